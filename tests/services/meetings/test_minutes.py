"""The minutes lifecycle and the minutes for the PDF (services.meetings.minutes)."""

from __future__ import annotations

import pytest

from lead_desktop.services import meetings as mt
from tests.services.governance.helpers import small_owg, small_pcg
from tests.services.meetings.helpers import at, attendee, mark_all, meeting


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
    assert next(a for a in data.attendance if a.name == "Chief Ada").organization == "New Orleans Police Department"
    assert next(a for a in data.attendance if a.name == "Chief Ada").role_label == "Chair"
    assert [g.name for g in data.guests] == ["Council aide"]
    assert data.quorum_met and data.quorum_note.startswith("Consensus possible")
    assert [a.title for a in data.agenda] == ["Budget"] and data.agenda[0].notes == "Q3 figures reviewed."
    assert data.decisions[0].votes_for == 2 and data.actions[0].owner == "PM Di"
    assert data.next_meeting_at == at(27)
    assert [r.meeting_id for r in data.prior_minutes_approved] == [earlier.id]
    assert mt.minutes_data(new_site, earlier.id).draft is False  # approved: no watermark
    assert data.case_conference_note == ""
