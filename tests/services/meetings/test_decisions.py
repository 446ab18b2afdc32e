"""Decisions and action items carried forward until closed (services.meetings.decisions)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import referrals
from lead_desktop.services import meetings as mt
from tests.services.governance.helpers import small_owg, small_pcg
from tests.services.meetings.helpers import TODAY, meeting


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
