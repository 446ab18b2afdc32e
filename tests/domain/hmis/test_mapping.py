"""LEAD Desktop's answers mapped to each FY2026 HMIS list, and back (domain.hmis.mapping): every code
written is on the list of its column, whatever LEAD Desktop holds (issue 17, part 3)."""

from __future__ import annotations

import pytest

from lead_desktop.domain import vocab as V
from lead_desktop.domain.hmis import codes, mapping, spec

EVERY_SITUATION = [t.code for t in V.LIVING_SITUATION.terms] + [t.code for t in V.DESTINATION.terms] + [None, "", "x"]


@pytest.mark.parametrize("code", EVERY_SITUATION)
def test_every_living_situation_lands_on_each_list(code):
    assert codes.is_valid_code("4.12", mapping.current_living_situation(code))
    assert codes.is_valid_code("3.917", mapping.prior_living_situation(code))
    assert codes.is_valid_code("3.12", mapping.destination(code))
    assert codes.is_valid_code("3.12", mapping.destination(code, "deceased"))


def test_destination_codes_stored_as_living_situations_keep_their_meaning():
    # With family or friends, whatever the tenure, is 335 or 336 on the living situation lists.
    for stored, written in (("312", 335), ("422", 335), ("313", 336), ("423", 336)):
        assert mapping.current_living_situation(stored) == written
        assert mapping.prior_living_situation(stored) == written
    # A HOPWA move is "Other" where the list has it, "not collected" where it has not.
    assert mapping.current_living_situation("327") == mapping.current_living_situation("426") == 17
    assert mapping.prior_living_situation("327") == 99
    assert mapping.prior_living_situation("37") == 99 and mapping.current_living_situation("37") == 37
    assert mapping.prior_living_situation("17") == 99 and mapping.current_living_situation("17") == 17
    for code in ("116", "101", "205", "335", "435", "8", "9"):
        assert mapping.prior_living_situation(code) == mapping.current_living_situation(code) == int(code)
    assert mapping.prior_living_situation(None) == mapping.current_living_situation(None) == 99


def test_destinations_and_their_subsidy():
    assert [mapping.destination(t.code) for t in V.DESTINATION] == [int(t.code) for t in V.DESTINATION]
    assert mapping.destination(None, "deceased") == 24 and mapping.destination(None, "other") == 99
    assert mapping.destination("335") == 99  # an entry answer, not a destination
    assert mapping.subsidy_type(435, "433") == 433
    assert mapping.subsidy_type(435, None) is None and mapping.subsidy_type(435, "999") is None
    assert mapping.subsidy_type(410, "433") is None  # only beside 435


def test_the_vocabularies_offer_only_codes_of_their_hmis_list():
    offered = V.LIVING_SITUATION.codes()
    assert all(codes.is_valid_code("4.12", code) for code in offered)
    assert set(codes.code_list("4.12").values()) == {int(c) for c in offered}
    assert not {"312", "313", "327", "422", "423", "426"} & set(offered)
    assert V.LIVING_SITUATION.label("312") == "Staying with family, temporary"  # old records still read
    assert "312" in V.LIVING_SITUATION  # and still validate: a record keeps its code
    assert set(codes.code_list("3.12").values()) == {int(c) for c in V.DESTINATION.codes()}
    assert set(codes.code_list("3.12.A").values()) == {int(c) for c in V.SUBSIDY_TYPE.codes()}
    assert {str(c) for c in codes.code_list("3.917").values()} <= set(offered)  # an import's answers fit


def test_quality_and_yes_no_columns():
    assert mapping.dob_quality("1", True) == 1 and mapping.dob_quality("2", True) == 2
    assert mapping.dob_quality("99", True) == 2  # a date given claims at least "approximate"
    assert mapping.dob_quality("1", False) == 99 and mapping.dob_quality("9", False) == 9
    assert mapping.name_quality("2") == 2 and mapping.name_quality("") == 99
    assert mapping.no_yes_missing("0") == 0 and mapping.no_yes_missing("7") == 99
    assert mapping.sex("0") == 0 and mapping.sex(None) == 99


def test_race_columns_and_race_none():
    out = mapping.race_columns(["3", "6"])
    assert out["BlackAfAmerican"] == out["HispanicLatinao"] == 1 and out["White"] == 0 and out["RaceNone"] is None
    assert set(out) == {*(c for _code, c in mapping.RACE_COLUMNS), "RaceNone"} and set(out) <= set(
        spec.columns("Client.csv"))
    assert mapping.race_columns(["9"]) == {**{c: 0 for _, c in mapping.RACE_COLUMNS}, "RaceNone": 9}
    assert mapping.race_columns([])["RaceNone"] == 99


def test_reading_back_both_versions():
    fy26 = {"Asian": "1", "HispanicLatinao": "1", "White": "0", "RaceNone": ""}
    fy24 = {"Asian": "0", "HispanicLatinaeo": "1", "RaceNone": ""}
    assert mapping.race_from(fy26) == ["2", "6"]
    assert mapping.race_from(fy24, "2024") == ["6"] and mapping.race_from(fy24) == ["99"]
    assert mapping.race_from({"RaceNone": "8"}) == ["8"]
    assert mapping.race_column_names("2024")[3] == "HispanicLatinaeo"
    assert all(name in spec.columns("Client.csv", "2024") for name in mapping.race_column_names("2024"))
    assert mapping.genders_from({"Woman": "1", "Transgender": "1", "Man": "0"}) == "Woman, Transgender"
    assert mapping.genders_from({"DifferentIdentity": "1", "DifferentIdentityText": "Two-Spirit"}) == "Two-Spirit"
    assert mapping.answer_from("4.21", "1") == "1" and mapping.answer_from("4.21", "") == "99"
    assert mapping.answer_from("4.21", "5") == "99" and not mapping.is_on("4.21", "5")
    assert mapping.living_situation_from("116") == "116" and mapping.living_situation_from("99") is None
    assert mapping.living_situation_from("312") is None  # not a prior living situation
    assert mapping.subsidy_from("435", "439") == "439" and mapping.subsidy_from("410", "439") is None


def test_ids():
    record = "0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10"
    assert mapping.hmis_id(record) == "0b9f5b0c1a514cf59d1f2f4a9d2f7e10"
    assert mapping.derived_id("exit", record) == mapping.derived_id("exit", record)
    assert mapping.derived_id("exit", record) != mapping.derived_id("enrollment", record)
    assert len(mapping.derived_id("exit", record)) == 32


def test_path_referrals_are_on_their_lists():
    assert all(codes.is_valid_code("P2.2", c) for c in mapping.PATH_REFERRAL_TYPES.values())
    assert all(codes.is_valid_code("P2.A", c) for c in mapping.PATH_REFERRAL_OUTCOMES.values())
    assert set(mapping.PATH_REFERRAL_OUTCOMES) == set(V.SERVICE_OUTCOME.codes())
    assert set(mapping.PATH_REFERRAL_TYPES) < set(V.SERVICE_TYPE.codes())
    assert codes.is_valid_code("1.4", mapping.PATH_REFERRAL)
