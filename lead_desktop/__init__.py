"""LEAD Desktop: encrypted case management, referral intake and governance for LEAD sites."""

__version__ = "0.1.0"
APP_NAME = "LEAD Desktop"
