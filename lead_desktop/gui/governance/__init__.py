"""Governance in the window: the Governance page (bodies, rosters, seats, organizations, people) and the
Meetings page (the meeting editor with live quorum/consensus, minutes lifecycle and case conferencing).

Both take the signed-in `SiteSession` (or None) and talk only to services.governance and
services.meetings; `set_site(site | None)` reloads or clears them.
"""

from lead_desktop.gui.governance.case_conference import CaseConferenceSection, CaseItemDialog
from lead_desktop.gui.governance.governance_page import GovernancePage
from lead_desktop.gui.governance.meeting import ApproveMinutesDialog, MeetingEditor
from lead_desktop.gui.governance.meetings_page import MeetingsPage

__all__ = [
    "ApproveMinutesDialog",
    "CaseConferenceSection",
    "CaseItemDialog",
    "GovernancePage",
    "MeetingEditor",
    "MeetingsPage",
]
