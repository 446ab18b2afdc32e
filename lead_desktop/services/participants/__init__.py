"""Participants and case management: the case manager's daily work.

Reads need Permission.VIEW_PARTICIPANTS (viewers never get them), writes need
EDIT_PARTICIPANTS; every profile view and every change is audited with ids only.
Forms come from the field specs in domain.participants.

One module per job; this package re-exports their public names, so callers may write
`participants.list_participants(...)`:

* lists — the participant list and search, caseloads
* duplicates — search before create: likely matches of a new person
* profile — open, create and save a participant's profile
* records — child records (contacts, goals, services, housing, legal cases, consents,
  disclosures, assessments) through one path keyed by their form
* documents — scans of signed consent forms, inside the encrypted database
* today — the Today page
* merges — merging two records of one person, and undoing it
* common — what they share: RecordNotFound, display_name, reading a participant's aliases
"""

from __future__ import annotations

from lead_desktop.services.participants.common import RecordNotFound, display_name
from lead_desktop.services.participants.documents import (
    ALLOWED_DOCUMENT_TYPES, DOCUMENT_SIGNATURES, MAX_DOCUMENT_BYTES, DocumentInfo, attach_consent_document,
    consent_documents, read_consent_document,
)
from lead_desktop.services.participants.duplicates import DuplicateCandidate, DuplicatesFound, find_duplicates
from lead_desktop.services.participants.lists import (
    MAX_PAGE, SORT_COLUMNS, CaseloadRow, ParticipantPage, ParticipantRow, case_managers, caseloads, list_participants,
)
from lead_desktop.services.participants.merges import (
    MERGEABLE, MergeInfo, merge_participants, merge_preview, merges_for, undo_merge,
)
from lead_desktop.services.participants.profile import (
    ParticipantDetail, create_participant, get_participant, insert_participant, prepare_participant, update_participant,
)
from lead_desktop.services.participants.records import (
    CHILD_KINDS, Kind_, Record, active_consents, add_record, delete_record, insert_record, list_records, update_record,
)
from lead_desktop.services.participants.today import TodayData, TodayItem, today_page

__all__ = [
    "RecordNotFound", "display_name", "ALLOWED_DOCUMENT_TYPES", "DOCUMENT_SIGNATURES", "MAX_DOCUMENT_BYTES",
    "DocumentInfo", "attach_consent_document", "consent_documents", "read_consent_document", "DuplicateCandidate",
    "DuplicatesFound", "find_duplicates", "MAX_PAGE", "SORT_COLUMNS", "CaseloadRow", "ParticipantPage",
    "ParticipantRow", "case_managers", "caseloads", "list_participants", "MERGEABLE", "MergeInfo", "merge_participants",
    "merge_preview", "merges_for", "undo_merge", "ParticipantDetail", "create_participant", "get_participant",
    "insert_participant", "prepare_participant", "update_participant", "CHILD_KINDS", "Kind_", "Record",
    "active_consents", "add_record", "delete_record", "insert_record", "list_records", "update_record", "TodayData",
    "TodayItem", "today_page",
]
