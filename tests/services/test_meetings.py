"""Meetings through the services: attendance and the body's rule, agenda, decisions, action items
carried forward until closed, and the minutes lifecycle with amendments after approval."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import audit as audit_service
from lead_desktop.services import meetings as mt
from lead_desktop.services import referrals
from tests.services.test_governance import small_owg, small_pcg

TODAY = date.today()


def at(days: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY, datetime.min.time()) + timedelta(days=days, hours=hour)


def meeting(site, body_id, days=-14, **values):
    return mt.create_meeting(site, body_id, {"starts_at": at(days), "place": "City Hall, room 3", **values})


def mark_all(site, detail, status="present"):
    for a in detail.attendees:
        if a.voting:
            detail = mt.set_attendance(site, detail.id, a.key, status)
    return detail


def attendee(detail, name):
    return next(a for a in detail.attendees if a.name == name)


# ----- attendance and the live rule -------------------------------------------------------------


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
    from tests.services.test_governance import member

    member(new_site, built.body.id, "Newcomer", built.orgs["pd"], start=TODAY)
    past = meeting(new_site, built.body.id, days=-30)
    assert "Newcomer" not in {a.name for a in past.attendees}
    coming = meeting(new_site, built.body.id, days=7)
    assert "Newcomer" in {a.name for a in coming.attendees}


# ----- agenda and decisions -------------------------------------------------------------------


def test_agenda_add_reorder_remove(new_site):
    built = small_owg(new_site)
    detail = meeting(new_site, built.body.id)
    ids = [mt.add_agenda_item(new_site, detail.id, {"title": t}).id for t in ("Welcome", "Protocols", "Next steps")]
    order = mt.move_agenda_item(new_site, ids[2], -1)
    assert [r.title for r in order] == ["Welcome", "Next steps", "Protocols"]
    assert [r.position for r in order] == [1, 2, 3]
    assert [r.title for r in mt.move_agenda_item(new_site, ids[0], -5)] == ["Welcome", "Next steps", "Protocols"]
    mt.reorder_agenda(new_site, detail.id, [ids[1], ids[0], ids[2]])
    mt.update_agenda_item(new_site, ids[1], {"title": "Protocol review", "notes": "Draft 3 discussed."})
    mt.remove_agenda_item(new_site, ids[0])
    agenda = mt.get_meeting(new_site, detail.id).agenda
    assert [(r.position, r.title) for r in agenda] == [(1, "Protocol review"), (2, "Next steps")]
    assert agenda[0].notes == "Draft 3 discussed."
    with pytest.raises(ValidationError):
        mt.reorder_agenda(new_site, detail.id, [ids[1]])


def test_decisions_by_consensus_and_by_vote_with_a_criteria_link(new_site):
    built = small_pcg(new_site)
    detail = meeting(new_site, built.body.id)
    item = mt.add_agenda_item(new_site, detail.id, {"title": "Eligibility"})
    version = referrals.current_checklist(new_site)
    choices = mt.criteria_version_choices(new_site)
    assert choices[0][0] == version.id and choices[0][1].startswith(f"Version {version.version}")
    first = mt.add_decision(new_site, detail.id, {
        "text": "Adopt the revised exclusion list.", "agenda_item_id": item.id, "method": "consensus",
        "outcome": "adopted", "criteria_version_id": version.id})
    assert first.criteria_version == f"Version {version.version}" and first.agenda_item == "Eligibility"
    second = mt.add_decision(new_site, detail.id, {
        "text": "Shorten the intake deadline.", "method": "vote", "votes_for": "5", "votes_against": "2",
        "votes_abstain": "1", "mover": "Chief Ada", "seconder": "Director Cy", "outcome": "adopted",
        "intake_deadline_days": "14"})
    assert (second.votes_for, second.votes_against, second.votes_abstain, second.intake_deadline_days) == (5, 2, 1, 14)
    with pytest.raises(FormInvalid):
        mt.add_decision(new_site, detail.id, {"text": "A vote", "method": "vote", "outcome": "adopted"})
    with pytest.raises(ValidationError) as caught:
        mt.add_decision(new_site, detail.id, {"text": "x", "method": "consensus", "outcome": "adopted",
                                              "criteria_version_id": "not-a-version"})
    assert caught.value.field == "criteria_version_id"
    mt.remove_agenda_item(new_site, item.id)
    decisions = mt.get_meeting(new_site, detail.id).decisions
    assert [d.position for d in decisions] == [1, 2] and decisions[0].agenda_item_id is None
    mt.remove_decision(new_site, first.id)
    assert [d.position for d in mt.get_meeting(new_site, detail.id).decisions] == [1]


# ----- action items carried forward ---------------------------------------------------------------


def test_action_items_carry_forward_until_closed(new_site):
    built = small_owg(new_site)
    first = meeting(new_site, built.body.id, days=-28)
    a = mt.add_action_item(new_site, first.id, {"description": "Draft the protocol", "owner": "Officer Fay",
                                                "due_on": TODAY - timedelta(days=20)})
    b = mt.add_action_item(new_site, first.id, {"description": "Find a room", "owner": "Manager Hal"})
    second = meeting(new_site, built.body.id, days=-14)
    rows = {r.id: r for r in second.actions}
    assert set(rows) == {a.id, b.id} and all(r.carried for r in rows.values())
    assert rows[a.id].overdue and not rows[b.id].overdue
    assert rows[a.id].origin_starts_at == first.meeting.starts_at

    assert mt.set_action_status(new_site, a.id, "done", second.id) == "done"
    mt.set_action_status(new_site, b.id, "in_progress", second.id)
    second = mt.get_meeting(new_site, second.id)
    rows = {r.id: r for r in second.actions}
    assert rows[a.id].status == "done" and rows[a.id].closed_here
    assert rows[b.id].status == "in_progress" and not rows[b.id].closed_here

    third = meeting(new_site, built.body.id, days=0)
    assert [r.id for r in third.actions] == [b.id]  # closed items are no longer carried
    # earlier minutes keep the status as of their meeting
    assert {r.id: r.status for r in mt.get_meeting(new_site, first.id).actions} == {a.id: "open", b.id: "open"}
    with pytest.raises(ValidationError):  # already closed before the third meeting
        mt.set_action_status(new_site, a.id, "open", third.id)

    # closed between meetings: the next meeting no longer carries it
    mt.set_action_status(new_site, b.id, "dropped")
    fourth = meeting(new_site, built.body.id, days=14)
    assert fourth.actions == ()
    assert [r.id for r in mt.open_actions(new_site, built.body.id)] == []


# ----- minutes lifecycle -------------------------------------------------------------------------


def test_minutes_are_approved_at_a_later_meeting_and_then_refuse_edits(new_site):
    built = small_owg(new_site)
    earlier = meeting(new_site, built.body.id, days=-14)
    item = mt.add_agenda_item(new_site, earlier.id, {"title": "Protocols", "notes": "Agreed to draft."})
    decision = mt.add_decision(new_site, earlier.id, {"text": "Adopt protocol 1.", "method": "consensus",
                                                      "outcome": "adopted"})
    action = mt.add_action_item(new_site, earlier.id, {"description": "Circulate protocol", "owner": "Officer Fay"})
    later = meeting(new_site, built.body.id, days=0)

    with pytest.raises(mt.MinutesStep, match="Circulate"):
        mt.approve_minutes(new_site, later.id, earlier.id)
    mt.circulate_minutes(new_site, earlier.id)
    assert [r.meeting_id for r in mt.approvable_minutes(new_site, later.id)] == [earlier.id]
    with pytest.raises(mt.MinutesStep, match="decision rule is not met"):
        mt.approve_minutes(new_site, later.id, earlier.id)
    mark_all(new_site, later)
    with pytest.raises(mt.MinutesStep, match="later meeting"):
        mt.approve_minutes(new_site, earlier.id, later.id)
    later = mt.approve_minutes(new_site, later.id, earlier.id)
    assert [r.meeting_id for r in later.approves] == [earlier.id]
    settled = mt.get_meeting(new_site, earlier.id)
    assert settled.meeting.minutes_status == "approved" and not settled.editable
    assert settled.approved_at.meeting_id == later.id and settled.meeting.approved_on == later.meeting.starts_at.date()

    refusals = [
        lambda: mt.update_meeting(new_site, earlier.id, {"starts_at": at(-13)}),
        lambda: mt.add_agenda_item(new_site, earlier.id, {"title": "Late item"}),
        lambda: mt.update_agenda_item(new_site, item.id, {"title": "Changed"}),
        lambda: mt.remove_agenda_item(new_site, item.id),
        lambda: mt.set_attendance(new_site, earlier.id, attendee(settled, "Officer Fay").key, "present"),
        lambda: mt.add_guest(new_site, earlier.id, name="Late guest"),
        lambda: mt.update_decision(new_site, decision.id, {"text": "Changed", "method": "consensus",
                                                           "outcome": "adopted"}),
        lambda: mt.remove_decision(new_site, decision.id),
        lambda: mt.add_action_item(new_site, earlier.id, {"description": "x", "owner": "y"}),
        lambda: mt.update_action_item(new_site, action.id, {"description": "x", "owner": "y"}),
        lambda: mt.set_action_status(new_site, action.id, "done", earlier.id),
    ]
    for refuse in refusals:
        with pytest.raises(mt.MinutesSettled) as caught:
            refuse()
        assert "can no longer be changed" in caught.value.message and "amendment" in caught.value.message
        assert later.meeting.starts_at.date().isoformat() in caught.value.message
    after = mt.get_meeting(new_site, earlier.id)
    assert after.agenda[0].title == "Protocols" and after.decisions[0].text == "Adopt protocol 1."

    # the action decided there is still followed up at the later meeting
    mt.set_action_status(new_site, action.id, "done", later.id)
    assert {r.id: r.status for r in mt.get_meeting(new_site, earlier.id).actions} == {action.id: "open"}

    amendment = mt.add_amendment(new_site, earlier.id, {"text": "Item 1: the protocol is number 2, not 1.",
                                                        "proposed_by": "Defender Gus"})
    assert amendment.recorded_by == "Ada Administrator" and amendment.recorded_at is not None
    mt.lock_minutes(new_site, earlier.id)
    mt.add_amendment(new_site, earlier.id, {"text": "Spelling of a name corrected."})
    locked = mt.get_meeting(new_site, earlier.id)
    assert locked.meeting.minutes_status == "locked"
    assert [a.text for a in locked.amendments] == ["Item 1: the protocol is number 2, not 1.",
                                                   "Spelling of a name corrected."]
    with pytest.raises(mt.MinutesStep):
        mt.add_amendment(new_site, later.id, {"text": "Not yet approved"})
    with pytest.raises(mt.MinutesStep):
        mt.lock_minutes(new_site, later.id)


def test_minutes_data_for_the_pdf(new_site):
    built = small_pcg(new_site)
    earlier = meeting(new_site, built.body.id, days=-30)
    mt.circulate_minutes(new_site, earlier.id)
    detail = meeting(new_site, built.body.id, days=-1, next_meeting_at=at(27))
    detail = mark_all(new_site, detail)
    detail = mt.set_attendance(new_site, detail.id, attendee(detail, "Director Cy").key, "excused")
    mt.add_guest(new_site, detail.id, name="Council aide")
    mt.add_agenda_item(new_site, detail.id, {"title": "Budget", "notes": "Q3 figures reviewed."})
    mt.add_decision(new_site, detail.id, {"text": "Approve the Q3 budget.", "method": "vote", "votes_for": "2",
                                          "votes_against": "0", "outcome": "adopted"})
    mt.add_action_item(new_site, detail.id, {"description": "Send figures", "owner": "PM Di"})
    mt.approve_minutes(new_site, detail.id, earlier.id)

    data = mt.minutes_data(new_site, detail.id)
    assert data.body == "Policy Coordinating Group" and data.body_kind_label == "Policy Coordinating Group"
    assert data.draft and data.status == "draft"
    assert {a.name for a in data.attendance} == {"Chief Ada", "DA Bo", "Director Cy"}
    assert next(a for a in data.attendance if a.name == "Director Cy").status_label == "Excused"
    assert next(a for a in data.attendance if a.name == "Chief Ada").organisation == "New Orleans Police Department"
    assert next(a for a in data.attendance if a.name == "Chief Ada").role_label == "Chair"
    assert [g.name for g in data.guests] == ["Council aide"]
    assert data.quorum_met and data.quorum_note.startswith("Consensus possible")
    assert [a.title for a in data.agenda] == ["Budget"] and data.agenda[0].notes == "Q3 figures reviewed."
    assert data.decisions[0].votes_for == 2 and data.actions[0].owner == "PM Di"
    assert data.next_meeting_at == at(27)
    assert [r.meeting_id for r in data.prior_minutes_approved] == [earlier.id]
    assert mt.minutes_data(new_site, earlier.id).draft is False  # approved: no watermark
    assert data.case_conference_note == ""


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
