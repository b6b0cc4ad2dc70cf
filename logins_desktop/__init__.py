"""Log'ins Desktop: workshop-floor application for an adapted enterprise doing co-packing."""

__version__ = "0.1.0"
