"""One referral (services.referrals.referral): each pathway recorded, bad input refused, screening
again, the override, the legal intake and the outcome."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import audit as audit_service
from lead_desktop.services import referrals as rs
from lead_desktop.services import settings as settings_service
from lead_desktop.services.participants.common import RecordNotFound
from tests.services.referrals.helpers import TODAY, arrest, arrest_values, at, clear_answers, referral_count, sources


def test_arrest_diversion_is_recorded_with_its_deadline_and_handoff_minutes(new_site):
    detail = arrest(new_site, days=-2)
    assert detail.outcome == "pending" and detail.pathway == "arrest_diversion"
    assert detail.due_on == TODAY - timedelta(days=2) + timedelta(days=30)
    assert detail.days_left == 28 and detail.intake_state == "on_track"
    assert detail.handoff_minutes == 25
    assert detail.result == "eligible" and detail.checklist_version == 1
    assert detail.agency == "Harbour Police Department" and detail.officer == "Officer Dana Reyes #4411"
    again = rs.get_referral(new_site, detail.id)
    assert again.values["race_ethnicity"] == ["3"] and again.values["alleged_offences"].startswith("Possession")


def test_the_sites_deadline_setting_applies_to_new_arrest_diversions(new_site):
    settings_service.set_setting(new_site, "intake_deadline_days", 7)  # Santa Fe
    detail = arrest(new_site, days=-1)
    assert detail.due_on == TODAY + timedelta(days=6)
    assert detail.intake_state == "on_track"
    soon = arrest(new_site, days=-4, first_name="Other")
    assert soon.days_left == 3 and soon.intake_state == "due_soon"


def test_social_contact_and_community_referrals_have_no_legal_deadline(new_site):
    agency_id, officer_id = sources(new_site)
    social = rs.create_referral(new_site, {
        "pathway": "social_contact", "referred_at": at(-3), "first_name": "Lena", "agency_id": agency_id,
        "officer_id": officer_id, "alleged_offences": "dropped: not an arrest",
    })
    assert social.due_on is None and social.intake_state is None
    assert social.values["alleged_offences"] is None  # only arrest diversions carry offenses
    community = rs.create_referral(new_site, {
        "pathway": "community", "referred_at": at(-3), "first_name": "Ray",
        "referring_person": "Pastor Lee, St. Mark's",
        "officer_id": officer_id,
    })
    assert community.values["officer_id"] is None and community.values["referring_person"] == "Pastor Lee, St. Mark's"
    assert social.result is None and set(social.screening.unanswered) >= {"no_prior_activity", "not_amenable"}


BAD_REFERRALS = {
    "hand-off before referral": ("handoff_at", {"handoff_at": at(-1, 8, 59)}),
    "referral in the future": ("referred_at", {"referred_at": at(1), "handoff_at": None}),
    "hand-off in the future": ("handoff_at", {"handoff_at": at(2)}),
    "birth date in the future": ("dob", {"dob": TODAY + timedelta(days=1)}),
    "impossible date": ("referred_at", {"referred_at": "2025-02-30 10:00"}),
    "no officer on an arrest diversion": ("officer_id", {"officer_id": None}),
    "no offense on an arrest diversion": ("alleged_offences", {"alleged_offences": "  "}),
    "no agency on an arrest diversion": ("agency_id", {"agency_id": ""}),
    "no name": ("last_name", {"first_name": None, "last_name": None}),
    "unknown pathway": ("pathway", {"pathway": "walk_in"}),
    "race code not in HMIS": ("race_ethnicity", {"race_ethnicity": ["42"]}),
}


@pytest.mark.parametrize("case", list(BAD_REFERRALS), ids=list(BAD_REFERRALS))
def test_bad_referral_is_refused_with_a_plain_message_and_nothing_is_saved(new_site, case):
    field, change = BAD_REFERRALS[case]
    arrest(new_site, first_name="Already")
    count, entries = referral_count(new_site), audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        rs.create_referral(new_site, arrest_values(new_site, **change), clear_answers("arrest_diversion"))
    assert field in caught.value.problems
    message = caught.value.problems[field].message
    assert message.endswith(".") and "{" not in message and "None" not in message
    assert R.REFERRAL_FORM[field].label in caught.value.message
    assert referral_count(new_site) == count
    assert audit_service.count_entries(new_site) == entries


def test_bad_screening_answers_save_nothing(new_site):
    arrest(new_site, first_name="Already")
    count, entries = referral_count(new_site), audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        arrest(new_site, answers={"drug_quantity": "lots"})
    assert "grams" in caught.value.detail
    assert referral_count(new_site) == count and audit_service.count_entries(new_site) == entries


def test_a_bad_edit_changes_nothing(new_site):
    detail = arrest(new_site, days=-3)
    with pytest.raises(FormInvalid):
        rs.update_referral(new_site, detail.id, {**detail.values, "handoff_at": at(-4)})
    again = rs.get_referral(new_site, detail.id)
    assert again.values["handoff_at"] == detail.values["handoff_at"]


def test_editing_the_referral_date_moves_the_deadline(new_site):
    detail = arrest(new_site, days=-3)
    moved = rs.update_referral(new_site, detail.id, {**detail.values, "referred_at": at(-10),
                                                     "handoff_at": at(-10, 9, 40)})
    assert moved.due_on == TODAY + timedelta(days=20) and moved.handoff_minutes == 40
    assert moved.result == "eligible"  # stored answers re-screened
    social = rs.update_referral(new_site, detail.id, {**moved.values, "pathway": "social_contact"})
    assert social.due_on is None
    assert "no_prior_activity" in social.screening.unanswered and social.result is None


def test_prosecutor_notification_and_charges_are_recorded(new_site):
    detail = arrest(new_site, days=-9)
    done = rs.record_intake(new_site, detail.id, {
        "prosecutor_notified_on": TODAY - timedelta(days=8), "prosecutor_notified_how": "E-mail to the ADA on duty",
        "charges_filed": "no",
    })
    assert done.intake["charges_filed"] == "no" and done.intake["prosecutor_notified_how"].startswith("E-mail")
    assert done.intake_state == "on_track"  # notified, but the intake itself is still open
    filed = rs.record_intake(new_site, detail.id, {**done.intake, "charges_filed": "yes",
                                                    "charges_filed_on": TODAY - timedelta(days=2)})
    assert filed.intake["charges_filed"] == "yes" and filed.intake["charges_filed_on"] == TODAY - timedelta(days=2)
    with pytest.raises(ValidationError, match="before the referral"):
        rs.record_intake(new_site, detail.id, {"intake_completed_on": TODAY - timedelta(days=10)})
    with pytest.raises(FormInvalid):
        rs.record_intake(new_site, detail.id, {"intake_completed_on": TODAY + timedelta(days=1)})


def test_outcomes_follow_the_rules(new_site):
    eligible = arrest(new_site, days=-3)
    with pytest.raises(ValidationError, match="screened ineligible"):
        rs.set_outcome(new_site, eligible.id, "ineligible")
    with pytest.raises(ValidationError, match="Enroll"):
        rs.set_outcome(new_site, eligible.id, "enrolled")
    declined = rs.set_outcome(new_site, eligible.id, "declined")
    assert declined.outcome == "declined" and declined.outcome_on == TODAY and declined.intake_state is None
    back = rs.set_outcome(new_site, eligible.id, "pending")
    assert back.outcome == "pending" and back.outcome_on is None
    with pytest.raises(ValidationError, match="future"):
        rs.set_outcome(new_site, eligible.id, "declined", TODAY + timedelta(days=1))

    excluded = arrest(new_site, answers=clear_answers("arrest_diversion") | {"dealing_for_profit": True},
                      first_name="Dealer")
    assert excluded.result == "ineligible"
    assert excluded.screening.reasons == ("Dealing for profit rather than subsistence",)
    assert rs.set_outcome(new_site, excluded.id, "ineligible").outcome == "ineligible"
    counts = rs.referral_counts(new_site)
    assert counts["ineligible"] == 1 and counts["pending"] == 1 and counts["enrolled"] == 0


def test_missing_referral_is_a_known_error(new_site):
    with pytest.raises(RecordNotFound):
        rs.get_referral(new_site, "no-such-id")


def test_a_referral_can_be_screened_again_under_the_version_shown(new_site):
    detail = arrest(new_site, answers={})
    assert detail.result is None and detail.checklist_version == 1 and len(detail.screening.unanswered) == 8
    screened = rs.screen_referral(new_site, detail.id, clear_answers("arrest_diversion"), detail.checklist_id)
    assert screened.result == "eligible"
    with pytest.raises(ValidationError, match="no longer exists"):
        rs.screen_referral(new_site, detail.id, {}, "missing-version")


def test_override_is_documented_and_decides(new_site):
    detail = arrest(new_site, answers=clear_answers("arrest_diversion") | {"violent_history": "2020-01-01"})
    assert detail.result == "ineligible"
    with pytest.raises(ValidationError, match="screened eligible"):
        rs.enroll(new_site, detail.id, reviewed_duplicates=True)
    overridden = rs.set_override(new_site, detail.id, {
        "override_result": "eligible", "override_by": "ADA Smith, prosecutor",
        "override_reason": "Old conviction was reduced on appeal"})
    assert overridden.result == "eligible" and overridden.screening.result == "ineligible"
    assert overridden.override["override_by"] == "ADA Smith, prosecutor" and overridden.override_at is not None
    cleared = rs.clear_override(new_site, detail.id)
    assert cleared.result == "ineligible" and cleared.override["override_by"] is None


def test_a_referral_recorded_before_lead_desktop_is_edited_without_todays_intake_rules(new_site):
    with new_site.unit_of_work() as session:
        old_id = rs.insert_referral(new_site, session, {"pathway": "arrest_diversion", "referred_at": at(-400),
                                                        "first_name": "Old", "last_name": "History"},
                                    recorded_before=True).id
    detail = rs.get_referral(new_site, old_id)
    assert detail.recorded_before and detail.intake_state is None
    values = dict(detail.values) | {"location": "Pier 4"}  # still no officer and no offense
    saved = rs.update_referral(new_site, old_id, values, expected_version=detail.version)
    assert saved.values["location"] == "Pier 4" and saved.recorded_before
    # A referral made today is held to the rules, and cannot be made without them.
    with pytest.raises(FormInvalid):
        rs.create_referral(new_site, {"pathway": "arrest_diversion", "referred_at": at(-400),
                                      "first_name": "New", "last_name": "Referral"})
