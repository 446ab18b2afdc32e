"""The HMIS export's site details (domain.hmis.site) and the forms' HMIS rules (subsidy types beside 435)."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain import participants as P
from lead_desktop.domain.fields import FormInvalid, validate
from lead_desktop.domain.hmis import codes
from lead_desktop.domain.hmis.site import FUNDER, HMIS_SITE_FORM, PROJECT_TYPE, setting_key
from lead_desktop.domain.settings import SETTINGS

GOOD = {"organization_id": "ORG-1", "organization_name": "Harbor Services", "project_id": "LEAD-1",
        "project_name": "LEAD", "project_type": "6", "coc_code": "LA-503", "geocode": "229071", "funder": "46",
        "other_funder": "City of New Orleans", "grant_id": "G-1", "operating_start": date(2020, 1, 1)}


def test_the_choices_are_hmis_codes_and_the_details_are_kept_settings():
    assert all(codes.is_valid_code("2.02.6", code) for code in PROJECT_TYPE.codes())
    assert all(codes.is_valid_code("2.06.1", code) for code in FUNDER.codes())
    for field in HMIS_SITE_FORM:
        spec = SETTINGS[setting_key(field.name)]
        assert not spec.editable  # asked by the export, never on the settings page


@pytest.mark.parametrize(("field", "value", "words"), [
    ("coc_code", "LA503", "LA-503"),
    ("coc_code", "la-5033", None),
    ("geocode", "22907", "six digits"),
    ("other_funder", "", "Name the local"),
    ("organization_id", "x" * 33, None),
])
def test_wrong_details_are_named(field, value, words):
    with pytest.raises(FormInvalid) as caught:
        validate(HMIS_SITE_FORM, {**GOOD, field: value})
    assert field in caught.value.problems
    if words:
        assert words in caught.value.problems[field].message


def test_good_details_pass_and_other_funders_need_no_name():
    assert validate(HMIS_SITE_FORM, GOOD)["coc_code"] == "LA-503"
    assert validate(HMIS_SITE_FORM, {**GOOD, "funder": "21", "other_funder": ""})["funder"] == "21"


def test_a_subsidy_type_goes_only_with_435():
    housing = {"effective_on": date(2024, 1, 1), "living_situation": "410", "subsidy_type": "433"}
    with pytest.raises(FormInvalid) as caught:
        validate(P.HOUSING_FORM, housing)
    assert "subsidy_type" in caught.value.problems
    assert validate(P.HOUSING_FORM, {**housing, "living_situation": "435"})["subsidy_type"] == "433"
    person = {"last_name": "Okafor", "name_quality": "1", "dob_quality": "99", "race_ethnicity": ["99"], "sex": "99",
              "veteran_status": "99", "disabling_condition": "99", "enrolled_on": date(2024, 1, 1), "status": "exited",
              "exit_date": date(2024, 3, 1), "exit_reason": "moved_away", "exit_destination": "410",
              "exit_destination_subsidy": "439"}
    with pytest.raises(FormInvalid) as caught:
        validate(P.PARTICIPANT_FORM, person)
    assert "exit_destination_subsidy" in caught.value.problems
    assert validate(P.PARTICIPANT_FORM, {**person, "exit_destination": "435"})["exit_destination_subsidy"] == "439"
