"""What historical records lack (domain.data_quality)."""

from __future__ import annotations

from datetime import date, datetime

from lead_desktop.domain import data_quality as DQ


def referral(**changes: object) -> tuple[str, ...]:
    values = dict(pathway="arrest_diversion", agency_id="a", officer_id="o", referring_person=None,
                  alleged_offenses="Trespass", handoff_at=datetime(2025, 1, 1, 10, 30), screening_result="eligible",
                  override_result=None, outcome="enrolled", dob=date(1980, 1, 1), race_ethnicity="5", sex="1")
    values.update(changes)
    return DQ.referral_gaps(**values)


def test_a_complete_referral_lacks_nothing():
    assert referral() == ()


def test_an_arrest_diversion_of_the_history_lacks_what_the_intake_records_today():
    assert referral(officer_id=None, alleged_offenses="  ", handoff_at=None, screening_result=None) == (
        "officer", "offense", "handoff", "screening")
    assert referral(override_result="eligible", screening_result=None) == ()  # a documented decision counts


def test_each_pathway_is_asked_only_what_it_records():
    assert referral(pathway="social_contact", alleged_offenses=None, handoff_at=None, agency_id=None) == ("agency",)
    assert referral(pathway="community", agency_id=None, officer_id=None, alleged_offenses=None,
                    referring_person="") == ("referrer",)
    assert referral(pathway="community", agency_id="a", officer_id=None) == ()


def test_the_subject_and_the_outcome():
    assert referral(outcome="pending", dob=None, race_ethnicity="99", sex="9") == ("outcome", "dob", "race", "sex")
    assert referral(race_ethnicity="8,99") == ("race",) and referral(race_ethnicity="3,99") == ()


def test_a_participant_of_the_history():
    base = dict(enrolled_on_source=None, dob=date(1980, 1, 1), race_ethnicity="5", sex="0", status="active",
                exit_reason=None, exit_destination=None)
    assert DQ.participant_gaps(**base) == ()
    assert DQ.participant_gaps(**{**base, "enrolled_on_source": "referral"}) == ("enrolled_from_referral",)
    assert DQ.participant_gaps(**{**base, "enrolled_on_source": "referral_outcome"}) == ("enrolled_from_outcome",)
    assert DQ.participant_gaps(**{**base, "enrolled_on_source": "people_sheet"}) == ()
    assert DQ.participant_gaps(**{**base, "status": "exited"}) == ("exit_reason", "exit_destination")
    assert set(DQ.GAPS) == set(DQ.GAP_LABELS)
