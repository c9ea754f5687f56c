"""One module per platform, all behind the Connector port; the registry is in bootstrap."""
