"""Enrollment, exactly once (services.referrals.enrollment)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from lead_desktop.services.participants.duplicates import DuplicatesFound
from lead_desktop.storage import models as M
from tests.services.participants.helpers import participant_count, person
from tests.services.referrals.helpers import TODAY, arrest, at, clear_answers


def _participants_linked(site, referral_id: str) -> int:
    with site.unit_of_work() as session:
        return session.scalar(select(func.count(M.Referral.id)).where(
            M.Referral.id == referral_id, M.Referral.participant_id.is_not(None)))


def test_enrolling_creates_the_participant_exactly_once_even_when_called_twice(new_site):
    detail = arrest(new_site, days=-2, aliases="Slim")
    before = participant_count(new_site)
    first = rs.enroll(new_site, detail.id, reviewed_duplicates=True)
    second = rs.enroll(new_site, detail.id, reviewed_duplicates=True)
    assert first.created and not second.created
    assert second.participant_id == first.participant_id and second.lead_number == first.lead_number
    assert participant_count(new_site) == before + 1

    participant = ps.get_participant(new_site, first.participant_id)
    assert participant.values["first_name"] == "Marcus" and participant.values["last_name"] == "Okafor"
    assert participant.values["aliases"] == "Slim" and participant.values["race_ethnicity"] == ["3"]
    assert participant.values["sex"] == "1" and participant.values["enrolled_on"] == TODAY
    enrolled = rs.get_referral(new_site, detail.id)
    assert enrolled.outcome == "enrolled" and enrolled.participant_id == first.participant_id
    assert enrolled.participant_lead_number == first.lead_number
    assert enrolled.intake["intake_completed_on"] == TODAY and enrolled.intake_state is None
    assert detail.id not in [q.referral_id for q in rs.intake_queue(new_site)]
    with pytest.raises(ValidationError, match="already enrolled"):
        rs.set_outcome(new_site, detail.id, "declined")


def test_enrolling_from_two_threads_at_once_creates_one_participant(new_site):
    detail = arrest(new_site)
    before = participant_count(new_site)
    results, errors = [], []
    start = threading.Barrier(2)

    def click() -> None:
        start.wait()
        try:
            results.append(rs.enroll(new_site, detail.id, reviewed_duplicates=True))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=click) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len({r.participant_id for r in results}) == 1 and sorted(r.created for r in results) == [False, True]
    assert participant_count(new_site) == before + 1


def test_enrolling_checks_for_duplicates_and_links_an_existing_participant(new_site):
    known = person(new_site, "Marcus", "Okafor", dob="1984-02-11")
    detail = arrest(new_site)
    matches = rs.enrollment_matches(new_site, detail.id)
    assert [m.id for m in matches] == [known.id]
    with pytest.raises(DuplicatesFound) as caught:
        rs.enroll(new_site, detail.id)
    assert caught.value.matches[0].id == known.id
    assert _participants_linked(new_site, detail.id) == 0

    count = participant_count(new_site)
    linked = rs.enroll(new_site, detail.id, known.id)
    again = rs.enroll(new_site, detail.id, known.id)
    assert linked.participant_id == known.id == again.participant_id and not linked.created
    assert participant_count(new_site) == count
    assert [r.id for r in rs.list_referrals(new_site, participant_id=known.id).rows] == [detail.id]

    # Referred again later: the same person links to the same record, no duplicate made.
    later = arrest(new_site, days=-1, first_name="Marcus")
    assert rs.enroll(new_site, later.id, known.id).participant_id == known.id
    assert len(rs.list_referrals(new_site, participant_id=known.id).rows) == 2


def test_enrolling_links_to_the_kept_record_of_a_merged_participant(new_site):
    kept = person(new_site, "Marcus", "Okafor")
    merged = person(new_site, "Markus", "Okafor")
    ps.merge_participants(new_site, kept.id, merged.id)
    detail = arrest(new_site)
    assert rs.enroll(new_site, detail.id, merged.id).participant_id == kept.id


def test_enrollment_is_refused_for_ineligible_or_closed_referrals(new_site):
    unscreened = arrest(new_site, answers={})
    with pytest.raises(ValidationError, match="screened eligible"):
        rs.enroll(new_site, unscreened.id, reviewed_duplicates=True)
    declined = arrest(new_site, first_name="Declined")
    rs.set_outcome(new_site, declined.id, "declined")
    with pytest.raises(ValidationError, match="already recorded"):
        rs.enroll(new_site, declined.id, reviewed_duplicates=True)
    assert _participants_linked(new_site, declined.id) == 0


def test_enrollment_can_correct_participant_fields_and_respects_validation(new_site):
    community = rs.create_referral(new_site, {
        "pathway": "community", "referred_at": at(-2), "first_name": "Ray", "referring_person": "Sister",
    }, clear_answers("community"))
    done = rs.enroll(new_site, community.id, reviewed_duplicates=True, values={"name_quality": "2"},
                     enrolled_on=TODAY - timedelta(days=1))
    participant = ps.get_participant(new_site, done.participant_id)
    assert participant.values["name_quality"] == "2" and participant.values["enrolled_on"] == TODAY - timedelta(days=1)
    assert rs.get_referral(new_site, community.id).outcome_on == TODAY - timedelta(days=1)
