"""Meetings of the governance bodies: agenda, attendance with the body's rule computed live,
decisions, action items carried forward until closed, the minutes lifecycle, amendments, and
OWG case conferencing kept apart from the minutes.

Permissions: reading a meeting needs VIEW_GOVERNANCE; changing it EDIT_GOVERNANCE. Case
conferencing names participants, so it also needs VIEW_PARTICIPANTS (viewers never get it), and
it is never part of the governance minutes (`minutes_data` only says how many people were
discussed). Every change is audited with ids only.

One module per job; this package re-exports their public names, so callers may write
`meetings.create_meeting(...)`:

* meetings — a meeting and its attendance marks: create, move, remove, mark who came
* attendance — the attendance lines and the body's rule applied to them
* agenda — a meeting's agenda
* decisions — decisions and action items (carried forward until closed)
* minutes — the minutes lifecycle (circulate, approve, lock, amend) and the minutes for the PDF
* case_conference — OWG case conferencing and its consent coverage
* editing — the guard every change passes: settled minutes refuse changes
"""

from __future__ import annotations

from lead_desktop.services.meetings.agenda import (
    AgendaItemRow, add_agenda_item, move_agenda_item, remove_agenda_item, reorder_agenda, update_agenda_item,
)
from lead_desktop.services.meetings.attendance import Attendee, RuleView
from lead_desktop.services.meetings.case_conference import (
    CaseItemRow, ConsentGap, GapAttendee, NotCaseConferencing, SharedCaseItem, SharedCaseNotes, add_case_item,
    consent_gaps, list_case_items, move_case_item, remove_case_item, shared_case_notes, update_case_item,
)
from lead_desktop.services.meetings.decisions import (
    VERSION_LABEL, ActionRow, DecisionRow, add_action_item, add_decision, criteria_version_choices, open_actions,
    remove_action_item, remove_decision, set_action_status, update_action_item, update_decision, version_label,
)
from lead_desktop.services.meetings.editing import MinutesSettled, MinutesStep
from lead_desktop.services.meetings.meetings import (
    AmendmentRow, MeetingDetail, MeetingRow, MinutesRef, add_guest, create_meeting, delete_meeting, get_meeting,
    list_meetings, remove_guest, set_attendance, upcoming_meetings, update_meeting,
)
from lead_desktop.services.meetings.minutes import (
    MinutesAttendee, MinutesData, add_amendment, approvable_minutes, approve_minutes, circulate_minutes, lock_minutes,
    minutes_data,
)

__all__ = [
    "AgendaItemRow", "add_agenda_item", "move_agenda_item", "remove_agenda_item", "reorder_agenda",
    "update_agenda_item", "Attendee", "RuleView", "CaseItemRow", "ConsentGap", "GapAttendee", "NotCaseConferencing",
    "SharedCaseItem", "SharedCaseNotes", "add_case_item", "consent_gaps", "list_case_items", "move_case_item",
    "remove_case_item", "shared_case_notes", "update_case_item", "VERSION_LABEL", "ActionRow", "DecisionRow",
    "add_action_item", "add_decision", "criteria_version_choices", "open_actions", "remove_action_item",
    "remove_decision", "set_action_status", "update_action_item", "update_decision", "version_label", "MinutesSettled",
    "MinutesStep", "AmendmentRow", "MeetingDetail", "MeetingRow", "MinutesRef", "add_guest", "create_meeting",
    "delete_meeting", "get_meeting", "list_meetings", "remove_guest", "set_attendance", "upcoming_meetings",
    "update_meeting", "MinutesAttendee", "MinutesData", "add_amendment", "approvable_minutes", "approve_minutes",
    "circulate_minutes", "lock_minutes", "minutes_data",
]
