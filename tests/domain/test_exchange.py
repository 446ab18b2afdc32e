"""Data exchange rules: cells become the right values (or a plain reason), mappings, formula neutralisation,
age bands, pseudonyms and the HMIS codes."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FieldProblem, FieldSpec, Kind

TODAY = date(2026, 6, 15)
DOB = P.PARTICIPANT_FORM["dob"]
AT = P.CONTACT_FORM["at"]


def value(spec: FieldSpec, raw: object, order: str = X.MONTH_FIRST) -> object:
    return X.field_value(spec, raw, order, today=TODAY)


# ----- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03/31/2025", date(2025, 3, 31)),
        ("3/1/2025", date(2025, 3, 1)),
        ("03-31-2025", date(2025, 3, 31)),
        ("2025-03-31", date(2025, 3, 31)),
        ("2025/03/31", date(2025, 3, 31)),
        ("20250331", date(2025, 3, 31)),
        ("2025-03-31T23:10:00", date(2025, 3, 31)),
        ("31 Mar 2025", date(2025, 3, 31)),
        ("March 31, 2025", date(2025, 3, 31)),
        ("31-Mar-2025", date(2025, 3, 31)),
        ("3/31/79", date(1979, 3, 31)),  # two-digit years: never in the future
        ("3/31/24", date(2024, 3, 31)),
        (45382, date(2024, 3, 31)),  # Excel serials, as numbers …
        (45382.0, date(2024, 3, 31)),
        ("45382", date(2024, 3, 31)),  # … and as text
        (datetime(2024, 3, 31, 8, 0), date(2024, 3, 31)),
        (date(2024, 3, 31), date(2024, 3, 31)),
    ],
)
def test_dates_in_the_shapes_spreadsheets_write(raw, expected):
    assert value(DOB, raw) == expected


def test_day_first_when_the_mapping_says_so():
    assert value(DOB, "04/03/2025", X.DAY_FIRST) == date(2025, 3, 4)
    assert value(DOB, "04/03/2025", X.MONTH_FIRST) == date(2025, 4, 3)
    assert value(DOB, "31.03.2025", X.DAY_FIRST) == date(2025, 3, 31)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03/31/2025 14:30", datetime(2025, 3, 31, 14, 30)),
        ("3/31/2025 2:30 PM", datetime(2025, 3, 31, 14, 30)),
        ("3/31/2025 12:05 am", datetime(2025, 3, 31, 0, 5)),
        ("2025-03-31 14:30:15", datetime(2025, 3, 31, 14, 30, 15)),
        ("March 31, 2025 2:30 PM", datetime(2025, 3, 31, 14, 30)),
        (45382.5, datetime(2024, 3, 31, 12, 0)),
        ("45382.75", datetime(2024, 3, 31, 18, 0)),
        ("2025-03-31", datetime(2025, 3, 31, 0, 0)),
    ],
)
def test_date_times(raw, expected):
    assert value(AT, raw) == expected


def test_an_iso_time_with_a_zone_becomes_local_wall_clock_time():
    moment = value(AT, "2025-03-31T12:00:00Z")
    expected = datetime(2025, 3, 31, 12, 0, tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
    assert moment == expected and moment.tzinfo is None


def test_excel_serials_count_the_1900_leap_year_bug_and_the_1904_system():
    assert X.excel_serial(1) == datetime(1900, 1, 1)
    assert X.excel_serial(59) == datetime(1900, 2, 28)
    assert X.excel_serial(61) == datetime(1900, 3, 1)
    assert X.excel_serial(0) is None and X.excel_serial(X.EXCEL_MAX_SERIAL + 1) is None
    assert X.excel_serial(0, epoch1904=True) is None
    assert X.excel_serial(1, epoch1904=True) == datetime(1904, 1, 2)


@pytest.mark.parametrize("raw", ["02/30/2025", "13/01/2025", "yesterday", "2025-13-01", "1/2", "3/31/2025 25:00"])
def test_impossible_dates_are_left_for_validation_to_name(raw):
    assert X.parse_moment(raw, today=TODAY) is None
    assert value(DOB, raw) == raw  # validate() then says what a date should look like


@pytest.mark.parametrize("raw", [1985, 1985.0, "1985", " 1985 "])
def test_a_bare_year_is_refused_not_read_as_an_excel_serial(raw):
    with pytest.raises(FieldProblem) as caught:
        value(DOB, raw)
    assert caught.value.template == X.BARE_YEAR_REASON
    assert "01/01/1985" in caught.value.message


# ----- cells that must not be read as values --------------------------------------------------------


@pytest.mark.parametrize("raw", ["=1+1", "=SUM(A1:A3)", '=HYPERLINK("http://x","y")', "=A1", "=cmd|' /C calc'!A0",
                                 "  =2*3"])
def test_formulas_are_refused_with_a_reason(raw):
    with pytest.raises(FieldProblem) as caught:
        value(P.PARTICIPANT_FORM["first_name"], raw)
    assert caught.value.template == X.FORMULA_REASON
    assert "First name" in caught.value.message


@pytest.mark.parametrize("raw", ["=== intake ===", "= see the note above", "-- called twice", "@home", "+1 505 555 0100"])
def test_text_that_only_starts_like_a_formula_is_text(raw):
    assert value(P.CONTACT_FORM["note"], raw) == raw


def test_an_uncalculated_formula_and_spreadsheet_errors_are_refused():
    with pytest.raises(FieldProblem) as caught:
        value(DOB, X.UNCALCULATED)
    assert caught.value.template == X.UNCALCULATED_REASON
    with pytest.raises(FieldProblem) as caught:
        value(P.PARTICIPANT_FORM["phone"], "#N/A")
    assert caught.value.params["value"] == "#N/A"


def test_a_neutralised_cell_imports_as_it_was_exported():
    assert value(P.CONTACT_FORM["note"], "'=1+1") == "=1+1"
    assert value(P.PARTICIPANT_FORM["phone"], "'+1 505") == "+1 505"


@pytest.mark.parametrize("text", ["=1+1", "+1 505", "-2", "@SUM(A1)", "\tindent", "\rline"])
def test_neutralise_quotes_every_trigger(text):
    assert X.neutralise(text) == "'" + text


def test_neutralise_leaves_plain_text_alone():
    for text in ("Marcus", "", "'quoted", "1+1", " =x"):
        assert X.neutralise(text) == text


@given(st.text(max_size=40))
def test_neutralise_round_trips_and_never_leaves_a_trigger_first(text):
    out = X.neutralise(text)
    assert X.unneutralise(out) == text
    assert not out or out[0] not in X.FORMULA_TRIGGERS


# ----- vocabularies, numbers, text --------------------------------------------------------------------


def test_choices_accept_codes_and_labels():
    sex = P.PARTICIPANT_FORM["sex"]
    assert value(sex, "0") == "0"
    assert value(sex, "female") == "0"
    assert value(sex, "Client doesn't know") == "8"
    assert value(sex, 1.0) == "1"
    assert value(P.PARTICIPANT_FORM["veteran_status"], "Y") == "1"
    assert value(R.REFERRAL_FORM["pathway"], "Social Contact") == "social_contact"
    assert value(P.CONTACT_FORM["contact_type"], "Street / field") == "street"
    assert value(sex, "robot") == "robot"  # left for validation to name


def test_multi_select_splits_without_cutting_labels_that_hold_commas():
    race = P.PARTICIPANT_FORM["race_ethnicity"]
    assert value(race, "American Indian, Alaska Native or Indigenous, White") == ["1", "5"]
    assert value(race, "Black, African American or African; Hispanic/Latina/e/o") == ["3", "6"]
    assert value(race, "3,5") == ["3", "5"]
    assert value(race, "White | Martian") == ["5", "Martian"]


def test_numbers_from_excel_floats():
    assert value(P.CONTACT_FORM["duration_minutes"], 30.0) == 30
    assert value(P.CONTACT_FORM["duration_minutes"], "45.0") == "45"
    assert value(P.PARTICIPANT_FORM["phone"], 5055550100.0) == "5055550100"
    assert value(P.CONTACT_FORM["unable_to_locate"], 1) is True
    assert value(P.CONTACT_FORM["unable_to_locate"], "x") == "x"


def test_empty_cells_are_none():
    for raw in (None, "", "   "):
        assert value(P.PARTICIPANT_FORM["first_name"], raw) is None


_SPECS = [spec for form in (P.PARTICIPANT_FORM, P.CONTACT_FORM, R.REFERRAL_FORM) for spec in form]
_CELLS = st.one_of(
    st.none(), st.text(max_size=60), st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), st.dates(), st.times(),
    st.sampled_from(["=1+1", "'=x", "#REF!", "1985", "45382", "02/30/2025", "3/31/79 2:30 PM", X.UNCALCULATED]),
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_SPECS), _CELLS, st.sampled_from(X.DATE_ORDERS))
def test_any_cell_gives_a_value_or_a_reason_never_a_crash(spec, raw, order):
    try:
        X.field_value(spec, raw, order, today=TODAY)
    except FieldProblem as problem:
        assert problem.message


# ----- mappings ---------------------------------------------------------------------------------------


def test_headers_map_by_name_label_or_synonym_each_field_once():
    mapping = X.suggest_mapping(
        X.PARTICIPANTS,
        ["Client ID", "First Name", "Surname", "D.O.B.", "race_ethnicity", "Enrollment Date", "Last name", "Shoe size"],
    )
    assert mapping.mapped == {
        "external_id": "Client ID", "first_name": "First Name", "last_name": "Surname", "dob": "D.O.B.",
        "race_ethnicity": "race_ethnicity", "enrolled_on": "Enrollment Date",
    }
    assert mapping.target_of("Shoe size") == "" and mapping.target_of("Last name") == ""


def test_the_same_header_means_the_participant_in_a_contacts_file():
    mapping = X.suggest_mapping(X.CONTACTS, ["Contact ID", "Client ID", "Date"])
    assert mapping.mapped == {"external_id": "Contact ID", "participant_external_id": "Client ID", "at": "Date"}


def test_exported_headers_map_themselves():
    for kind in X.KINDS:
        targets = X.targets(kind)
        assert X.suggest_mapping(kind, [t.label for t in targets]).mapped == {t.name: t.label for t in targets}
        assert X.suggest_mapping(kind, [t.name for t in targets]).mapped == {t.name: t.name for t in targets}


def test_a_mapping_round_trips_through_json_and_is_checked():
    mapping = X.ColumnMapping(X.CONTACTS, (("When", "at"), ("Who", "lead_number"), ("Junk", "")), X.DAY_FIRST)
    again = X.ColumnMapping.from_json(mapping.to_json())
    assert again.mapped == {"at": "When", "lead_number": "Who"} and again.date_order == X.DAY_FIRST
    with pytest.raises(ValidationError):
        X.ColumnMapping.from_json("{not json")
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping(X.CONTACTS, (("A", "at"), ("B", "at"))))
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping(X.CONTACTS, (("A", "dob"),)))
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping("people", ()))


def test_a_saved_mapping_fits_a_file_that_lacks_some_columns():
    mapping = X.ColumnMapping(X.PARTICIPANTS, (("First", "first_name"), ("Start", "enrolled_on")))
    fitted, missing = X.fit_mapping(mapping, ["First", "Other"])
    assert fitted.mapped == {"first_name": "First"} and missing == ["Start"]
    assert X.target(X.PARTICIPANTS, "enrolled_on").label in X.unmapped_required(fitted)
    assert X.unmapped_required(X.ColumnMapping(X.CONTACTS, (("A", "at"),)))  # no way to find the participant
    assert X.unmapped_required(X.ColumnMapping(X.CONTACTS, (("A", "at"), ("B", "lead_number")))) == []


# ----- import keys -----------------------------------------------------------------------------------------


def test_identity_keys_ignore_case_accents_and_spacing_but_not_the_birth_date():
    a = X.identity_key("participant", ["José ", "García", date(1980, 1, 2)])
    assert a == X.identity_key("participant", ["jose", "GARCIA", date(1980, 1, 2)])
    assert a != X.identity_key("participant", ["jose", "garcia", date(1980, 1, 3)])
    assert X.external_key("participant", " C-1 ") == X.external_key("participant", "C-1")
    assert X.external_key("participant", "C-1") != X.external_key("contact", "C-1")


# ----- de-identified export ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "band"),
    [(date(2008, 6, 16), "under 18"), (date(2008, 6, 15), "18-24"), (date(2001, 6, 16), "18-24"),
     (date(2001, 6, 15), "25-34"), (date(1961, 6, 16), "55-64"), (date(1961, 6, 15), "65 and over"),
     (None, "unknown"), (date(2027, 1, 1), "unknown")],
)
def test_age_bands_turn_on_the_birthday(dob, band):
    assert X.age_band(dob, date(2026, 6, 15)) == band


def test_pseudonyms_are_stable_per_key_and_unrelated_across_keys():
    key = X.derive_export_key("evaluation key 2026")
    same = X.derive_export_key("evaluation key 2026")
    other = X.derive_export_key("another key for 2026")
    pid = "0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10"
    assert X.pseudonym(key, pid) == X.pseudonym(same, pid)
    assert X.pseudonym(key, pid) != X.pseudonym(other, pid)
    assert X.pseudonym(key, pid) != X.pseudonym(key, pid[:-1] + "1")
    assert X.pseudonym(key, pid).startswith("P-") and pid not in X.pseudonym(key, pid)
    with pytest.raises(ValidationError):
        X.derive_export_key("short")


# ----- HMIS -------------------------------------------------------------------------------------------------


def test_hmis_race_columns_and_race_none():
    out = X.hmis_race(["3", "6"])
    assert out["BlackAfAmerican"] == "1" and out["HispanicLatinaeo"] == "1" and out["White"] == "0"
    assert out["RaceNone"] == ""
    assert X.hmis_race(["9"]) == {**{c: "0" for _, c in X.HMIS.race}, "RaceNone": "9"}
    assert X.hmis_race([])["RaceNone"] == "99"


def test_hmis_destination_and_ids():
    assert X.hmis_destination("410", "moved_away") == "410"
    assert X.hmis_destination(None, "deceased") == "24"
    assert X.hmis_destination(None, "other") == "99"
    assert X.hmis_id("0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10") == "0b9f5b0c1a514cf59d1f2f4a9d2f7e10"
    assert len(X.hmis_id("0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10")) == 32


def test_cell_text_keeps_ids_and_phone_numbers_whole():
    assert X.cell_text(12.0) == "12"
    assert X.cell_text(12.5) == "12.5"
    assert X.cell_text(datetime(2025, 3, 31)) == "2025-03-31"
    assert X.cell_text(datetime(2025, 3, 31, 14, 30)) == "2025-03-31 14:30"
    assert X.cell_text(time(9, 5)) == "09:05:00"
    assert X.cell_text(True) == "yes"
    assert X.cell_text(None) == ""
