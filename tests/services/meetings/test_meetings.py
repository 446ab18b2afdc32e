"""Meetings (services.meetings.meetings): their times, removal, and the audit of every change."""

from __future__ import annotations

import json

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import audit as audit_service
from lead_desktop.services import meetings as mt
from tests.services.governance.helpers import small_owg
from tests.services.meetings.helpers import at, attendee, meeting


def test_meeting_times_and_deletion(new_site):
    built = small_owg(new_site)
    with pytest.raises(ValidationError) as caught:
        meeting(new_site, built.body.id, days=0, next_meeting_at=at(-1))
    assert caught.value.field == "next_meeting_at"
    spare = meeting(new_site, built.body.id, days=3)
    mt.delete_meeting(new_site, spare.id)
    assert spare.id not in {m.id for m in mt.list_meetings(new_site, built.body.id)}
    used = meeting(new_site, built.body.id, days=4)
    mt.add_decision(new_site, used.id, {"text": "x", "method": "consensus", "outcome": "adopted"})
    with pytest.raises(mt.MinutesStep):
        mt.delete_meeting(new_site, used.id)


def test_meeting_changes_are_audited_with_ids_only(new_site):
    built = small_owg(new_site)
    detail = meeting(new_site, built.body.id)
    mt.add_agenda_item(new_site, detail.id, {"title": "Secret title", "notes": "Secret note"})
    mt.set_attendance(new_site, detail.id, attendee(detail, "Officer Fay").key, "present")
    mt.add_decision(new_site, detail.id, {"text": "Secret decision", "method": "consensus", "outcome": "adopted"})
    mt.add_action_item(new_site, detail.id, {"description": "Secret action", "owner": "Officer Fay"})
    mt.circulate_minutes(new_site, detail.id)
    entries = audit_service.list_entries(new_site, limit=1000)
    types = {e.entity_type for e in entries}
    assert {"meeting", "agenda_item", "meeting_attendance", "decision", "action_item"} <= types
    assert any(e.entity_id == detail.id and e.detail.get("minutes") == "circulated" for e in entries)
    text = json.dumps([e.detail for e in entries])
    assert "Secret" not in text and "Officer Fay" not in text
