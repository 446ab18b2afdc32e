"""OWG case conferencing (services.meetings.case_conference): consent gaps, redacted shared notes, and
notes kept apart from the minutes."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as ps
from tests.services.governance.helpers import small_owg, small_pcg
from tests.services.meetings.helpers import attendee, meeting, release
from tests.services.participants.helpers import add_staff, person, sign_in_as

TODAY = date.today()


@pytest.fixture
def owg_case(new_site):
    """An OWG meeting next week conferencing two participants: Marcus (release names the police and the
    public defenders) and Rosa (release names the police only, by short name)."""
    built = small_owg(new_site)
    marcus = person(new_site, "Marcus", "Johnson", aliases="Slim")
    rosa = person(new_site, "Rosa", "Parkes")
    release(new_site, marcus.id, "New Orleans Police Department\nOrleans Public Defenders\nHarbor Housing")
    release(new_site, rosa.id, "NOPD officers")
    release(new_site, rosa.id, "Orleans Public Defenders", expires_on=TODAY - timedelta(days=1),
            signed_on=TODAY - timedelta(days=400))  # expired: covers nobody
    detail = meeting(new_site, built.body.id, days=7)
    mt.add_case_item(new_site, detail.id, {"participant_id": marcus.id,
                                           "notes": "Slim has court on Friday; Marcus Johnson asked for a ride.",
                                           "follow_up": "Defender to call Marcus."})
    mt.add_case_item(new_site, detail.id, {"participant_id": rosa.id, "notes": "Rosa moved into housing.",
                                           "follow_up": ""})
    return new_site, built, detail, marcus, rosa


def test_consent_gaps_list_uncovered_attendees_per_participant(owg_case):
    site, built, detail, marcus, rosa = owg_case
    gaps = {g.participant_id: g for g in mt.consent_gaps(site, detail.id)}
    # Marcus: police, defenders and housing are named; the case manager's agency is the disclosing party
    assert gaps[marcus.id].uncovered == ()
    assert gaps[marcus.id].releases == 1
    # Rosa: only the police (by short name) is covered; the expired release counts for nothing
    assert {a.name for a in gaps[rosa.id].uncovered} == {"Defender Gus", "Housing Ivy"}
    assert gaps[rosa.id].releases == 1 and gaps[rosa.id].lead_number == rosa.lead_number

    # someone marked absent will not hear it; a guest without an organization is never covered
    detail = mt.set_attendance(site, detail.id, attendee(detail, "Housing Ivy").key, "absent")
    mt.add_guest(site, detail.id, name="Student observer")
    gaps = {g.participant_id: g for g in mt.consent_gaps(site, detail.id)}
    assert {a.name for a in gaps[rosa.id].uncovered} == {"Defender Gus", "Student observer"}
    assert {a.name for a in gaps[marcus.id].uncovered} == {"Student observer"}
    assert next(a for a in gaps[marcus.id].uncovered).organization == ""


def test_shared_notes_redact_participants_no_release_covers(owg_case):
    site, built, detail, marcus, rosa = owg_case
    defender = attendee(detail, "Defender Gus")
    notes = mt.shared_case_notes(site, detail.id, defender.key)
    assert notes.recipient == "Defender Gus" and notes.recipient_organization == "Orleans Public Defenders"
    by_item = {i.case_item_id: i for i in notes.items}
    shown, hidden = notes.items[0], notes.items[1]
    assert shown.participant == "Marcus Johnson" and not shown.redacted and shown.lead_number == marcus.lead_number
    assert "Slim" in shown.notes
    assert hidden.redacted and hidden.participant == G.REDACTED and hidden.lead_number == ""
    assert "Rosa" not in hidden.notes and "Parkes" not in hidden.notes
    assert hidden.notes == f"{G.REDACTED} moved into housing."
    assert len(by_item) == 2

    police = mt.shared_case_notes(site, detail.id, attendee(detail, "Officer Fay").key)
    assert [i.redacted for i in police.items] == [False, False]

    # revoking Marcus's release today redacts him for everyone, names and street name included
    consent = ps.active_consents(site, marcus.id)[0]
    ps.update_record(site, "consent", consent.id, {**consent.values, "revoked_on": TODAY})
    redacted = mt.shared_case_notes(site, detail.id, attendee(detail, "Officer Fay").key).items[0]
    assert redacted.redacted
    for name in ("Marcus", "Johnson", "Slim"):
        assert name not in redacted.notes and name not in redacted.follow_up
    assert redacted.follow_up == f"Defender to call {G.REDACTED}."

    with pytest.raises(gov.GovernanceRecordNotFound):
        mt.shared_case_notes(site, detail.id, "nobody")


def test_case_conferencing_never_appears_in_the_minutes(owg_case):
    site, built, detail, marcus, rosa = owg_case
    data = mt.minutes_data(site, detail.id)
    text = json.dumps([repr(v) for v in data.__dict__.values()])
    for secret in ("Marcus", "Johnson", "Slim", "Rosa", "court on Friday", marcus.lead_number):
        assert secret not in text
    assert "2 participant(s) discussed" in data.case_conference_note
    assert mt.get_meeting(site, detail.id).case_items == 2


def test_case_items_are_listed_moved_and_removed(owg_case):
    site, built, detail, marcus, rosa = owg_case
    rows = mt.list_case_items(site, detail.id)
    assert [r.name for r in rows] == ["Marcus Johnson", "Rosa Parkes"]
    mt.move_case_item(site, rows[1].id, -1)
    assert [r.name for r in mt.list_case_items(site, detail.id)] == ["Rosa Parkes", "Marcus Johnson"]
    with pytest.raises(ValidationError) as caught:  # already on the list
        mt.add_case_item(site, detail.id, {"participant_id": rosa.id})
    assert caught.value.field == "participant_id"
    mt.update_case_item(site, rows[0].id, {"participant_id": marcus.id, "notes": "Ride arranged."})
    mt.remove_case_item(site, rows[1].id)
    left = mt.list_case_items(site, detail.id)
    assert [(r.position, r.name, r.notes) for r in left] == [(1, "Marcus Johnson", "Ride arranged.")]
    entries = audit_service.list_entries(site, limit=1000)
    assert any(e.entity_type == "case_conference" and e.action == "view" for e in entries)
    assert "Ride arranged" not in json.dumps([e.detail for e in entries])


def test_case_conferencing_only_at_owg_meetings(new_site):
    built = small_pcg(new_site)
    someone = person(new_site, "Rosa", "Parkes")
    detail = meeting(new_site, built.body.id)
    with pytest.raises(mt.NotCaseConferencing):
        mt.add_case_item(new_site, detail.id, {"participant_id": someone.id})


def test_approved_minutes_freeze_the_case_notes(owg_case):
    site, built, detail, marcus, rosa = owg_case
    later = meeting(site, built.body.id, days=21)
    for a in later.attendees:
        later = mt.set_attendance(site, later.id, a.key, "present")
    mt.circulate_minutes(site, detail.id)
    mt.approve_minutes(site, later.id, detail.id)
    item = mt.list_case_items(site, detail.id)[0]
    with pytest.raises(mt.MinutesSettled):
        mt.update_case_item(site, item.id, {"participant_id": marcus.id, "notes": "changed"})
    with pytest.raises(mt.MinutesSettled):
        mt.add_case_item(site, detail.id, {"participant_id": rosa.id})


def test_viewer_sees_the_meeting_but_never_case_conferencing(owg_case, site_dir):
    site, built, detail, marcus, rosa = owg_case
    add_staff(site, "pcgmember", Role.VIEWER)
    site.close()
    viewer = sign_in_as(site_dir, "pcgmember")
    try:
        seen = mt.get_meeting(viewer, detail.id)
        assert seen.meeting.body == "OWG — 8th District" and seen.case_items == 2
        assert mt.minutes_data(viewer, detail.id).body == "OWG — 8th District"
        key = attendee(seen, "Officer Fay").key
        for call in (lambda: mt.list_case_items(viewer, detail.id),
                     lambda: mt.consent_gaps(viewer, detail.id),
                     lambda: mt.shared_case_notes(viewer, detail.id, key),
                     lambda: mt.add_case_item(viewer, detail.id, {"participant_id": rosa.id})):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        viewer.close()
