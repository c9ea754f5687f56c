"""The domain core: standard library only, no I/O."""
