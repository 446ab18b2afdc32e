"""One participant's profile, one module per tab (see widget.py for the list)."""

from lead_desktop.gui.participants.profile.widget import ProfileWidget

__all__ = ["ProfileWidget"]
