"""Referral rules without a database: the intake clock, hand-off minutes, each screening criterion, forms."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FieldProblem, FormInvalid, validate

NY = ZoneInfo("America/New_York")
UTC = timezone.utc


# ----- deadline arithmetic -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("referred", "days", "due"),
    [
        (datetime(2025, 1, 31, 9, 0), 30, date(2025, 3, 2)),  # through a 28-day February
        (datetime(2024, 1, 31, 9, 0), 30, date(2024, 3, 1)),  # leap year
        (datetime(2024, 2, 29, 23, 59), 7, date(2024, 3, 7)),
        (datetime(2025, 12, 28, 18, 0), 7, date(2026, 1, 4)),  # year end
        (datetime(2025, 4, 30, 0, 1), 1, date(2025, 5, 1)),
        (datetime(2025, 6, 15, 12, 0), 14, date(2025, 6, 29)),
    ],
)
def test_due_date_is_referral_date_plus_calendar_days_across_month_ends(referred, days, due):
    assert R.intake_due_on(referred, days) == due


def test_due_date_counts_local_dates_across_the_spring_dst_change():
    # 9 March 2024, 23:30 in New York (EST) is 04:30 UTC on the 10th; clocks jump an hour that night.
    referred = datetime(2024, 3, 9, 23, 30, tzinfo=NY)
    assert R.intake_due_on(referred, 1, NY) == date(2024, 3, 10)
    assert R.intake_due_on(referred.astimezone(UTC), 1, NY) == date(2024, 3, 10)
    assert R.intake_due_on(referred, 30, NY) == date(2024, 4, 8)
    # What 24-hour arithmetic would have said: one day late.
    wrong = (referred.astimezone(UTC) + timedelta(hours=24)).astimezone(NY).date()
    assert wrong == date(2024, 3, 11)


def test_due_date_counts_local_dates_across_the_autumn_dst_change():
    # 2 November 2024, 00:30 EDT; clocks fall back an hour on the 3rd.
    referred = datetime(2024, 11, 2, 0, 30, tzinfo=NY)
    assert R.intake_due_on(referred, 1, NY) == date(2024, 11, 3)
    assert R.intake_due_on(referred, 7, NY) == date(2024, 11, 9)
    wrong = (referred.astimezone(UTC) + timedelta(hours=24 * 7)).astimezone(NY).date()
    assert wrong == date(2024, 11, 8)  # 24-hour multiples land an hour early, the day before
    # A referral late in the evening after the change keeps its own local date.
    late = datetime(2024, 11, 3, 23, 45, tzinfo=NY)
    assert late.astimezone(UTC).date() == date(2024, 11, 4)
    assert R.intake_due_on(late.astimezone(UTC), 30, NY) == date(2024, 12, 3)


def test_naive_times_are_the_sites_wall_clock():
    assert R.local_date(datetime(2024, 3, 10, 2, 30)) == date(2024, 3, 10)
    assert R.intake_due_on(datetime(2024, 3, 10, 2, 30), 30) == date(2024, 4, 9)


def test_days_left_and_states():
    due = date(2024, 3, 10)
    assert R.days_left(due, date(2024, 2, 28)) == 11  # across the end of a leap February
    assert R.intake_state(due, date(2024, 3, 1)) == "on_track"
    assert R.intake_state(due, date(2024, 3, 7)) == "due_soon"  # 3 days left
    assert R.intake_state(due, date(2024, 3, 6)) == "on_track"  # 4 days left
    assert R.intake_state(due, date(2024, 3, 10)) == "due_today"
    assert R.intake_state(due, date(2024, 3, 11)) == "overdue"
    assert R.intake_state(due, date(2024, 3, 5), due_soon_days=5) == "due_soon"
    assert R.intake_state(None, date(2024, 3, 11)) is None


def test_handoff_minutes_count_real_time_across_dst():
    # 01:50 EST to 03:10 EDT on 10 March 2024 is 20 minutes, not 80.
    assert R.handoff_minutes(datetime(2024, 3, 10, 1, 50), datetime(2024, 3, 10, 3, 10), NY) == 20
    # 01:20 EDT to 01:40 EST (the repeated hour, fold=1) on 3 November 2024 is 80 minutes.
    assert R.handoff_minutes(datetime(2024, 11, 3, 1, 20), datetime(2024, 11, 3, 1, 40, fold=1), NY) == 80
    assert R.handoff_minutes(datetime(2025, 5, 1, 10, 0), datetime(2025, 5, 1, 10, 25)) == 25
    assert R.handoff_minutes(datetime(2025, 5, 1, 10, 0), None) is None


def test_add_months_clamps_to_month_end():
    assert R.add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert R.add_months(date(2024, 2, 29), -24) == date(2022, 2, 28)
    assert R.add_months(date(2024, 1, 15), -24) == date(2022, 1, 15)
    assert R.add_months(date(2025, 12, 31), 1) == date(2026, 1, 31)
    assert R.add_months(date(2025, 1, 1), -1) == date(2024, 12, 1)


# ----- screening -----------------------------------------------------------------------------

DAY = date(2025, 6, 1)
ADULT = date(1980, 5, 5)


def _clear_answers(pathway: str) -> dict:
    """Answers to the default checklist under which nobody is excluded."""
    answers = {}
    for c in R.DEFAULT_CHECKLIST:
        if not c.applies_to(pathway):
            continue
        answers[c.code] = {
            R.CriterionKind.YES_NO: False,
            R.CriterionKind.MINIMUM_AGE: False,
            R.CriterionKind.QUANTITY: 0,
            R.CriterionKind.LOOKBACK: R.NONE_ANSWER,
            R.CriterionKind.RECENT_ACTIVITY: "2025-01-10",
        }[c.kind]
    return answers


def _screen(pathway: str, answers: dict, dob: date | None = ADULT) -> R.ScreeningResult:
    clean = R.clean_answers(R.DEFAULT_CHECKLIST, pathway, answers, DAY)
    return R.screen(R.DEFAULT_CHECKLIST, pathway, clean, DAY, dob)


def test_default_checklist_matches_domain_section_3():
    codes = [c.code for c in R.DEFAULT_CHECKLIST]
    assert codes == ["under_18", "drug_quantity", "dealing_for_profit", "exploiting_others",
                     "promoting_prostitution", "violent_history", "specialty_court", "protective_order",
                     "not_amenable", "no_prior_activity"]
    by_code = {c.code: c for c in R.DEFAULT_CHECKLIST}
    assert by_code["under_18"].parameter == 18
    assert by_code["drug_quantity"].parameter == 3
    assert by_code["violent_history"].parameter == 10
    assert by_code["no_prior_activity"].parameter == 24
    assert by_code["no_prior_activity"].pathways == ("social_contact",)
    assert all(c.pathways == R.ALL_PATHWAYS for c in R.DEFAULT_CHECKLIST if c.code != "no_prior_activity")
    assert R.checklist_from_json(R.checklist_to_json(R.DEFAULT_CHECKLIST)) == R.DEFAULT_CHECKLIST


@pytest.mark.parametrize("pathway", R.ALL_PATHWAYS)
def test_clear_answers_are_eligible(pathway):
    result = _screen(pathway, _clear_answers(pathway))
    assert result.result == "eligible" and result.reasons == () and result.unanswered == ()


# One failing answer per criterion (pathway, answer); each alone makes the person ineligible.
FAILING = {
    "drug_quantity": ("arrest_diversion", 3.5),
    "dealing_for_profit": ("arrest_diversion", True),
    "exploiting_others": ("community", True),
    "promoting_prostitution": ("social_contact", True),
    "violent_history": ("arrest_diversion", "2016-01-01"),  # within 10 years of 2025-06-01
    "specialty_court": ("arrest_diversion", True),
    "protective_order": ("social_contact", True),
    "not_amenable": ("community", True),
    "no_prior_activity": ("social_contact", R.NONE_ANSWER),
}


@pytest.mark.parametrize("code", sorted(FAILING))
def test_each_criterion_alone_makes_the_referral_ineligible_with_its_reason(code):
    pathway, answer = FAILING[code]
    answers = _clear_answers(pathway) | {code: answer}
    result = _screen(pathway, answers)
    label = next(c.label for c in R.DEFAULT_CHECKLIST if c.code == code)
    assert result.result == "ineligible"
    assert result.failed == (code,)
    assert result.reasons == (label,)


def test_under_18_is_decided_from_the_date_of_birth():
    answers = _clear_answers("arrest_diversion")
    seventeen = date(2007, 6, 2)  # 18 on 2 June 2025, the day after the referral
    result = _screen("arrest_diversion", answers, dob=seventeen)
    assert result.result == "ineligible" and result.failed == ("under_18",)
    assert _screen("arrest_diversion", answers, dob=date(2007, 6, 1)).result == "eligible"  # 18 that day
    # Without a birth date the screener's answer decides.
    assert _screen("arrest_diversion", answers | {"under_18": True}, dob=None).failed == ("under_18",)
    unanswered = {k: v for k, v in answers.items() if k != "under_18"}
    result = _screen("arrest_diversion", unanswered, dob=None)
    assert result.result is None and result.unanswered == ("under_18",)


def test_parameter_boundaries():
    answers = _clear_answers("arrest_diversion")
    assert _screen("arrest_diversion", answers | {"drug_quantity": 3}).result == "eligible"  # at the limit
    assert _screen("arrest_diversion", answers | {"drug_quantity": "3.01"}).failed == ("drug_quantity",)
    # Violent history exactly ten years back is outside the look-back; a day later is inside.
    assert _screen("arrest_diversion", answers | {"violent_history": "2015-06-01"}).result == "eligible"
    assert _screen("arrest_diversion", answers | {"violent_history": "2015-06-02"}).failed == ("violent_history",)
    social = _clear_answers("social_contact")
    assert _screen("social_contact", social | {"no_prior_activity": "2023-06-01"}).result == "eligible"
    assert _screen("social_contact", social | {"no_prior_activity": "2023-05-31"}).failed == ("no_prior_activity",)


def test_criteria_for_other_pathways_are_ignored():
    answers = _clear_answers("arrest_diversion") | {"no_prior_activity": R.NONE_ANSWER}
    clean = R.clean_answers(R.DEFAULT_CHECKLIST, "arrest_diversion", answers, DAY)
    assert "no_prior_activity" not in clean
    result = R.screen(R.DEFAULT_CHECKLIST, "arrest_diversion", answers, DAY, ADULT)
    assert result.result == "eligible"
    custom = (R.Criterion("custom_1", "Lives outside the county", ("community",)),)
    assert R.screen(custom, "arrest_diversion", {"custom_1": True}, DAY, ADULT).result == "eligible"
    assert R.screen(custom, "community", {"custom_1": True}, DAY, ADULT).reasons == ("Lives outside the county",)


def test_a_failed_criterion_decides_even_when_others_are_unanswered():
    result = _screen("arrest_diversion", {"dealing_for_profit": True})
    assert result.result == "ineligible" and "drug_quantity" in result.unanswered
    assert _screen("arrest_diversion", {"dealing_for_profit": False}).result is None


def test_bad_answers_are_refused_in_plain_words():
    with pytest.raises(FormInvalid) as caught:
        R.clean_answers(R.DEFAULT_CHECKLIST, "arrest_diversion",
                        {"drug_quantity": "a lot", "violent_history": "2026-01-01"}, DAY)
    assert set(caught.value.problems) == {"screening_drug_quantity", "screening_violent_history"}
    assert "grams as a number" in caught.value.detail and "after the referral" in caught.value.detail


def test_override_has_the_final_say():
    assert R.final_result("ineligible", "eligible") == "eligible"
    assert R.final_result("eligible", None) == "eligible"
    assert R.final_result(None, "ineligible") == "ineligible"


def test_checklist_edits_are_validated():
    edited = list(R.DEFAULT_CHECKLIST)
    edited[1] = R.Criterion("drug_quantity", "  Drug   quantity  ", R.ALL_PATHWAYS, R.CriterionKind.QUANTITY, 6)
    clean = R.validate_checklist(edited)
    assert clean[1].label == "Drug quantity" and clean[1].parameter == 6
    with pytest.raises(ValidationError, match="at least one pathway"):
        R.validate_checklist([R.Criterion("x", "X", ())])
    with pytest.raises(ValidationError, match="from 0 to 1000"):
        R.validate_checklist([R.Criterion("q", "Q", R.ALL_PATHWAYS, R.CriterionKind.QUANTITY, -1)])
    with pytest.raises(ValidationError, match="share the code"):
        R.validate_checklist([R.Criterion("a", "A", R.ALL_PATHWAYS), R.Criterion("a", "B", R.ALL_PATHWAYS)])
    with pytest.raises(ValidationError, match="description"):
        R.validate_checklist([R.Criterion("a", "  ", R.ALL_PATHWAYS)])
    with pytest.raises(ValidationError, match="at least one criterion"):
        R.validate_checklist([])
    assert R.new_criterion_code(["custom_1", "under_18"]) == "custom_2"


# ----- forms --------------------------------------------------------------------------------

NOW = datetime(2025, 6, 1, 12, 0)


def _arrest(**values) -> dict:
    return {"pathway": "arrest_diversion", "referred_at": "2025-06-01 09:00", "handoff_at": "2025-06-01 09:20",
            "first_name": "Jon", "last_name": "Smith", "agency_id": "a", "officer_id": "o",
            "alleged_offences": "Possession", "race_ethnicity": ["3"], "sex": "1", **values}


def _problems(values: dict) -> set[str]:
    with pytest.raises(FormInvalid) as caught:
        validate(R.REFERRAL_FORM, values, NOW)
    return set(caught.value.problems)


def test_referral_form_accepts_a_complete_arrest_diversion():
    clean = validate(R.REFERRAL_FORM, _arrest(), NOW)
    assert clean["referred_at"] == datetime(2025, 6, 1, 9, 0)


def test_referral_form_refuses_handoff_before_referral_and_future_times():
    assert _problems(_arrest(handoff_at="2025-06-01 08:59")) == {"handoff_at"}
    assert _problems(_arrest(referred_at="2025-06-01 12:30", handoff_at=None)) == {"referred_at"}
    assert _problems(_arrest(handoff_at="2025-06-02 09:00")) == {"handoff_at"}
    assert _problems(_arrest(dob="2025-06-02")) == {"dob"}


def test_referral_form_needs_each_pathways_own_fields():
    assert _problems(_arrest(officer_id=None)) == {"officer_id"}
    assert _problems(_arrest(alleged_offences="")) == {"alleged_offences"}
    assert _problems(_arrest(agency_id=None)) == {"agency_id"}
    assert _problems(_arrest(pathway="social_contact", agency_id=None)) == {"agency_id"}
    community = {"pathway": "community", "referred_at": "2025-06-01 09:00", "first_name": "Jon",
                 "race_ethnicity": ["99"], "sex": "99"}
    assert _problems(community) == {"referring_person"}
    assert validate(R.REFERRAL_FORM, community | {"referring_person": "Pastor Lee"}, NOW)["pathway"] == "community"
    assert _problems(_arrest(first_name=None, last_name=None)) == {"last_name"}


def test_a_referral_recorded_before_lead_desktop_needs_only_its_subject_and_times():
    history = R.referral_form(recorded_before=True)
    assert R.referral_form() is R.REFERRAL_FORM
    clean = validate(history, _arrest(officer_id=None, alleged_offences="", agency_id=None, handoff_at=None), NOW)
    assert clean["officer_id"] is None and clean["alleged_offences"] is None
    community = {"pathway": "community", "referred_at": "2025-06-01 09:00", "first_name": "Jon",
                 "race_ethnicity": ["99"], "sex": "99"}
    assert validate(history, community, NOW)["referring_person"] is None
    for broken in (_arrest(first_name=None, last_name=None), _arrest(handoff_at="2025-06-01 08:59"),
                   _arrest(dob="2025-06-02")):
        with pytest.raises(FormInvalid):
            validate(history, broken, NOW)
    with pytest.raises(FieldProblem):
        R.intake_rules(_arrest(officer_id=None))  # today's rules, asked of a later referral of a history


def test_intake_and_override_forms():
    with pytest.raises(FormInvalid) as caught:
        validate(R.INTAKE_FORM, {"prosecutor_notified_how": "phone"}, NOW)
    assert set(caught.value.problems) == {"prosecutor_notified_on"}
    with pytest.raises(FormInvalid):
        validate(R.INTAKE_FORM, {"charges_filed": "no", "charges_filed_on": "2025-05-01"}, NOW)
    with pytest.raises(FormInvalid) as caught:
        validate(R.OVERRIDE_FORM, {"override_result": "eligible"}, NOW)
    assert set(caught.value.problems) == {"override_by"}
    ok = validate(R.OVERRIDE_FORM, {"override_result": "eligible", "override_by": "ADA Smith, prosecutor",
                                    "override_reason": "Prosecutor's discretion"}, NOW)
    assert ok["override_by"] == "ADA Smith, prosecutor"
