"""triage: classify a medical practice's social-media inbox and draft safe replies for approval."""

__version__ = "0.1.0"
