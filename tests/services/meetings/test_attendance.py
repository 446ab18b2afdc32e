"""Attendance and the body's rule computed live (services.meetings.attendance)."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import meetings as mt
from tests.services.governance.helpers import small_owg, small_pcg
from tests.services.meetings.helpers import TODAY, attendee, meeting


def test_new_meeting_lists_the_roster_unmarked(new_site):
    built = small_owg(new_site)
    detail = meeting(new_site, built.body.id)
    assert {a.name for a in detail.attendees} == set(built.members)
    assert all(a.status is None for a in detail.attendees)
    assert detail.meeting.minutes_status == "draft" and detail.editable
    assert not detail.rule.met
    assert detail.rule.params == {"attending": 0, "seats": 4, "required": 2}
    assert "4 not yet marked" in detail.rule.text


def test_quorum_follows_attendance(new_site):
    built = small_owg(new_site)
    detail = meeting(new_site, built.body.id)
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Officer Fay").key, "present")
    assert not detail.rule.met
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Defender Gus").key, "alternate")
    assert detail.rule.met and detail.rule.text.startswith("Quorum met: 2 of 4")
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Defender Gus").key, "excused")
    assert not detail.rule.met and detail.rule.text.startswith("No quorum: 1 of 4")
    # guests never make a quorum
    detail = mt.add_guest(new_site, detail.id, name="Visiting Researcher")
    assert not detail.rule.met and attendee(detail, "Visiting Researcher").guest
    detail = mt.remove_guest(new_site, attendee(detail, "Visiting Researcher").key)
    assert "Visiting Researcher" not in {a.name for a in detail.attendees}
    with pytest.raises(ValidationError):  # roster members are marked absent, not removed
        mt.remove_guest(new_site, attendee(detail, "Officer Fay").attendance_id)


def test_pcg_consensus_needs_a_voice_for_every_agency_present(new_site):
    built = small_pcg(new_site)
    from lead_desktop.services import governance as gov

    bo = built.members["DA Bo"]
    gov.update_membership(new_site, bo.id, {**bo.values, "decision_authority": False})
    detail = meeting(new_site, built.body.id)
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Chief Ada").key, "present")
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "DA Bo").key, "present")
    assert not detail.rule.met
    assert "Orleans Parish District Attorney" in detail.rule.text and "not possible" in detail.rule.text
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "DA Bo").key, "absent")
    assert detail.rule.met
    assert detail.rule.text.startswith("Consensus possible: 1 of 3 member agencies have a voice.")
    assert "Not present: Orleans Parish District Attorney, City Health Department." in detail.rule.text
    # the chief's alternate sits in: the deputy has decision authority of his own
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Chief Ada").key, "alternate")
    assert detail.rule.met and attendee(detail, "Chief Ada").alternate == "Deputy Ed"
    # staff presence is not an agency's voice
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "PM Di").key, "present")
    assert detail.rule.params["voices"] == 1


def test_alternate_mark_only_for_voting_members(new_site):
    built = small_pcg(new_site)
    detail = meeting(new_site, built.body.id)
    with pytest.raises(ValidationError):
        mt.set_attendance(new_site, detail.id, attendee(detail, "PM Di").key, "alternate")
    with pytest.raises(ValidationError):
        mt.set_attendance(new_site, detail.id, attendee(detail, "PM Di").key, "sleeping")


def test_a_member_whose_term_starts_later_is_not_on_an_earlier_meeting(new_site):
    built = small_owg(new_site)
    from tests.services.governance.helpers import member

    member(new_site, built.body.id, "Newcomer", built.orgs["pd"], start=TODAY)
    past = meeting(new_site, built.body.id, days=-30)
    assert "Newcomer" not in {a.name for a in past.attendees}
    coming = meeting(new_site, built.body.id, days=7)
    assert "Newcomer" in {a.name for a in coming.attendees}
