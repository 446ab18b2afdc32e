"""Participants and case management in the window: the list page, a profile, the Today page, dialogs.

The main window embeds `ParticipantsPage`, `ProfileWidget` and `TodayPage`; each
takes the signed-in `SiteSession` and talks only to services.participants.
"""

from lead_desktop.gui.participants.dialogs import MergeDialog, ParticipantDialog
from lead_desktop.gui.participants.models import ParticipantColumn, ParticipantTableModel
from lead_desktop.gui.participants.page import ParticipantsPage
from lead_desktop.gui.participants.profile import ProfileWidget
from lead_desktop.gui.participants.today import TodayPage

__all__ = [
    "MergeDialog",
    "ParticipantColumn",
    "ParticipantDialog",
    "ParticipantTableModel",
    "ParticipantsPage",
    "ProfileWidget",
    "TodayPage",
]
