"""Cells of an import file (domain/exchange/cells.py): formulas and spreadsheet errors refused with a
reason, formula neutralisation, vocabularies, numbers and text, and no cell that crashes."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import FieldProblem

from .conftest import TODAY, value

DOB = P.PARTICIPANT_FORM["dob"]


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


def test_cell_text_keeps_ids_and_phone_numbers_whole():
    assert X.cell_text(12.0) == "12"
    assert X.cell_text(12.5) == "12.5"
    assert X.cell_text(datetime(2025, 3, 31)) == "2025-03-31"
    assert X.cell_text(datetime(2025, 3, 31, 14, 30)) == "2025-03-31 14:30"
    assert X.cell_text(time(9, 5)) == "09:05:00"
    assert X.cell_text(True) == "yes"
    assert X.cell_text(None) == ""
