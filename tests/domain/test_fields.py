"""Field specs and validation: whatever a widget or a CSV cell hands over, validate() returns clean,
typed values or raises FormInvalid naming the fields — never anything else."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lead_desktop.domain import participants as P
from lead_desktop.domain.fields import (
    FieldProblem,
    FieldSpec,
    Form,
    FormInvalid,
    Kind,
    clean_value,
    current_problems,
    parse_date,
    parse_datetime,
    validate,
)

NOW = datetime(2025, 6, 15, 12, 0)

# Text that looks like what people type: dates in several shapes, vocabulary codes, numbers,
# yes/no words, separators, plus anything at all.
_TYPED = st.sampled_from([
    "", " ", "2025-03-31", "03/31/2025", "3/31/25", "2025-13-45", "yesterday", "1899-12-31", "2999-01-01",
    "2025-03-31 14:30", "2025-03-31T14:30:00+05:00", "2025-03-31T14:30:00Z", "1", "0", "8", "9", "99",
    "3,5", "99;3", "active", "exited", "moved_away", "yes", "no", "x", "-1", "1441", "1_000", "١٢",
    "\x00", "\x01\x02", "\u200b", "  José  García ", "a" * 81, "street", "office", "410",
])
_VALUE = st.one_of(st.none(), st.text(max_size=120), _TYPED)


def _values_for(form: Form):
    return st.fixed_dictionaries({spec.name: _VALUE for spec in form})


def _check_types(form: Form, clean: dict) -> None:
    assert set(clean) == set(form.names)
    for spec in form:
        value = clean[spec.name]
        if spec.kind is Kind.MULTI:
            assert isinstance(value, list) and all(isinstance(c, str) and c in spec.vocabulary for c in value)
            assert len(value) == len(set(value))
            if spec.required:
                assert value
            continue
        if spec.kind is Kind.BOOL:
            assert isinstance(value, bool)
            continue
        if value is None:
            assert not spec.required, spec.name
            continue
        if spec.kind in (Kind.TEXT, Kind.LONGTEXT):
            assert isinstance(value, str) and value.strip(), spec.name  # empty text comes back as None
            assert len(value) <= spec.max_length
            assert all(ch in "\n\t" or ord(ch) >= 32 for ch in value)
        elif spec.kind is Kind.DATE:
            assert type(value) is date
            assert value.year >= 1900
            if spec.not_future:
                assert value <= NOW.date()
        elif spec.kind is Kind.DATETIME:
            assert type(value) is datetime
            assert value.tzinfo is None  # stored and compared as local wall-clock time
            if spec.not_future:
                assert value <= NOW
        elif spec.kind is Kind.CHOICE:
            assert isinstance(value, str)
            if spec.vocabulary is not None:
                assert value in spec.vocabulary
        elif spec.kind is Kind.INT:
            assert type(value) is int
            assert spec.minimum is None or value >= spec.minimum
            assert spec.maximum is None or value <= spec.maximum


def _validate_or_form_invalid(form: Form, values: dict) -> None:
    try:
        clean = validate(form, values, NOW)
    except FormInvalid as err:
        assert err.problems and set(err.problems) <= set(form.names)
        for problem in err.problems.values():
            assert isinstance(problem.message, str) and problem.message.strip()
            assert problem.params.get("label", "") in problem.message
        return
    _check_types(form, clean)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_values_for(P.PARTICIPANT_FORM))
@example({"first_name": "\x01", "last_name": None, "enrolled_on": "2025-01-01", "name_quality": "1",
          "dob_quality": "99", "race_ethnicity": "99", "sex": "99", "veteran_status": "99",
          "disabling_condition": "99", "status": "active"})
def test_participant_form_validates_or_raises_form_invalid(values):
    _validate_or_form_invalid(P.PARTICIPANT_FORM, values)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_values_for(P.CONTACT_FORM))
@example({"at": "2025-03-31T14:30:00+05:00", "contact_type": "street", "location": None,
          "duration_minutes": None, "unable_to_locate": None, "note": None})
def test_contact_form_validates_or_raises_form_invalid(values):
    _validate_or_form_invalid(P.CONTACT_FORM, values)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([P.CONSENT_FORM, P.GOAL_FORM, P.LEGAL_CASE_FORM, P.ASSESSMENT_FORM, P.DISCLOSURE_FORM]),
       st.data())
def test_every_child_form_validates_or_raises_form_invalid(form, data):
    _validate_or_form_invalid(form, data.draw(_values_for(form)))


# ----- examples that pin the rules down -------------------------------------------------------------


def _one(kind: Kind, value: object, **spec: object) -> object:
    return clean_value(FieldSpec("f", "Field", kind, **spec), value, NOW)


@pytest.mark.parametrize("text", ["2025-03-31", "03/31/2025", "3/31/25", "03-31-2025", " 2025-03-31 "])
def test_dates_in_the_usual_shapes(text):
    assert parse_date(text) == date(2025, 3, 31)


@pytest.mark.parametrize(("text", "expected"), [
    ("12/08/2026 9:00 am", datetime(2026, 12, 8, 9, 0)),  # as US staff write it
    ("12/08/2026 9 am", datetime(2026, 12, 8, 9, 0)),
    ("12/08/2026 9:00 a.m.", datetime(2026, 12, 8, 9, 0)),
    ("12/08/2026 9:00 A.M.", datetime(2026, 12, 8, 9, 0)),
    ("12/08/2026 9:00AM", datetime(2026, 12, 8, 9, 0)),
    ("12/08/2026 9:05 pm", datetime(2026, 12, 8, 21, 5)),
    ("12/08/2026 9:05 p. m.", datetime(2026, 12, 8, 21, 5)),
    ("12/08/2026 12:00 pm", datetime(2026, 12, 8, 12, 0)),
    ("12/08/2026 12:30 am", datetime(2026, 12, 8, 0, 30)),
    ("12/08/2026 noon", datetime(2026, 12, 8, 12, 0)),
    ("12/08/2026, 12 noon", datetime(2026, 12, 8, 12, 0)),
    ("12/08/2026 midnight", datetime(2026, 12, 8, 0, 0)),
    ("12/08/2026 at 3pm", datetime(2026, 12, 8, 15, 0)),
    ("12/08/26 9:00 pm", datetime(2026, 12, 8, 21, 0)),
    ("12/08/2026 21:00", datetime(2026, 12, 8, 21, 0)),  # the 24-hour clock still works
    ("2026-12-08 21:00", datetime(2026, 12, 8, 21, 0)),
    ("2026-12-08 9:00", datetime(2026, 12, 8, 9, 0)),
    ("2026-12-08 9:00 pm", datetime(2026, 12, 8, 21, 0)),
    ("2026-12-08T21:00", datetime(2026, 12, 8, 21, 0)),
    ("2026-12-08 2:05 pm", datetime(2026, 12, 8, 14, 5)),  # what the window shows reads back the same
    ("12/08/2026", datetime(2026, 12, 8, 0, 0)),
])
def test_times_as_us_staff_write_them_and_the_24_hour_clock(text, expected):
    assert parse_datetime(text) == expected
    assert _one(Kind.DATETIME, text) == expected


@pytest.mark.parametrize("text", ["12/08/2026 9", "12/08/2026 13 pm", "12/08/2026 0 am", "12/08/2026 25:00",
                                  "12/08/2026 9:60", "12/08/2026 9:00 xm", "31/12/2026 9:00", "tomorrow 9 am"])
def test_times_that_cannot_be_read_are_refused_with_an_example(text):
    with pytest.raises(ValueError):
        parse_datetime(text)
    with pytest.raises(FieldProblem) as caught:
        _one(Kind.DATETIME, text)
    assert caught.value.message == "Field: please enter a date and time like 03/31/2025 2:30 pm or 2025-03-31 14:30."


def test_a_required_field_of_only_control_characters_is_missing():
    spec = FieldSpec("f", "Field", Kind.TEXT, required=True)
    with pytest.raises(FieldProblem) as caught:
        clean_value(spec, "\x01\x02", NOW)
    assert caught.value.message == "Field is required."
    assert _one(Kind.TEXT, "\x01") is None
    assert _one(Kind.LONGTEXT, "\n\x07\n") is None


def test_text_is_tidied():
    assert _one(Kind.TEXT, "  José \t  García\x00 ") == "José García"
    assert _one(Kind.LONGTEXT, "\nline one\n\tline two  \n") == "line one\n\tline two"


def test_an_aware_time_is_turned_into_local_wall_clock_time():
    aware = datetime(2025, 3, 31, 14, 30).astimezone()  # this machine's zone, whatever it is
    value = _one(Kind.DATETIME, aware.isoformat())
    assert value.tzinfo is None and value == aware.replace(tzinfo=None)


def test_multi_select_rules():
    spec = P.PARTICIPANT_FORM["race_ethnicity"]
    assert clean_value(spec, "3; 5,3", NOW) == ["3", "5"]
    assert clean_value(spec, ["99"], NOW) == ["99"]
    for mixed in (["99", "3"], "3|8", ("9", "5")):
        with pytest.raises(FieldProblem) as caught:
            clean_value(spec, mixed, NOW)
        assert "stand alone" in caught.value.message


def test_numbers_and_yes_no():
    minutes = P.CONTACT_FORM["duration_minutes"]
    assert clean_value(minutes, " 45 ", NOW) == 45
    for bad in ("-1", "1441", "forty", "4.5"):
        with pytest.raises(FieldProblem):
            clean_value(minutes, bad, NOW)
    assert _one(Kind.BOOL, "Yes") is True and _one(Kind.BOOL, "0") is False and _one(Kind.BOOL, None) is False
    with pytest.raises(FieldProblem):
        _one(Kind.BOOL, "maybe")


def test_future_and_ancient_dates():
    assert _one(Kind.DATE, NOW.date() + timedelta(days=1)) == NOW.date() + timedelta(days=1)
    with pytest.raises(FieldProblem) as caught:
        _one(Kind.DATE, NOW.date() + timedelta(days=1), not_future=True)
    assert "cannot be in the future" in caught.value.message
    with pytest.raises(FieldProblem) as caught:
        _one(Kind.DATE, "1899-12-31")
    assert "1900" in caught.value.message
    assert _one(Kind.DATETIME, "2025-06-15 12:00", not_future=True) == NOW


def test_cross_field_checks_are_said_together_with_wrong_fields_and_never_about_them():
    defaults = {spec.name: spec.default for spec in P.PARTICIPANT_FORM if spec.default is not None}
    values = {**defaults, "first_name": "", "last_name": "", "enrolled_on": "yesterday"}
    with pytest.raises(FormInvalid) as caught:  # one Save tells every problem, each by its field
        validate(P.PARTICIPANT_FORM, values, NOW)
    assert set(caught.value.problems) == {"enrolled_on", "last_name"}
    assert "street name is fine" in caught.value.problems["last_name"].message
    with pytest.raises(FormInvalid) as caught:
        validate(P.PARTICIPANT_FORM, {**values, "enrolled_on": "2025-01-01"}, NOW)
    assert set(caught.value.problems) == {"last_name"}
    with pytest.raises(FormInvalid) as caught:  # a name that is only too long is still a name
        validate(P.PARTICIPANT_FORM, {**values, "first_name": "W" * 300, "enrolled_on": "2025-01-01"}, NOW)
    assert set(caught.value.problems) == {"first_name"}
    assert caught.value.problems["first_name"].message == "First name can have at most 80 characters."


def test_partial_validation_only_looks_at_given_fields():
    assert validate(P.CONTACT_FORM, {"note": " hi "}, NOW, partial=True) == {"note": "hi"}
    with pytest.raises(FormInvalid):
        validate(P.CONTACT_FORM, {"note": " hi "}, NOW)


def test_current_problems_name_every_wrong_field_and_run_each_check_on_the_right_ones():
    from lead_desktop.domain.referrals import REFERRAL_FORM

    values = {"pathway": "community", "referred_at": "", "dob": "2999-01-01", "first_name": "", "last_name": "",
              "sex": "99", "race_ethnicity": ["99"]}
    problems = current_problems(REFERRAL_FORM, values, NOW)
    assert set(problems) == {"referred_at", "dob", "last_name", "referring_person"}
    assert problems["last_name"].message == "Enter at least a first or a last name (a street name is fine)."
    values.update(first_name="Dana", referred_at="06/14/2025 9:00 am", dob="02/11/1984", referring_person="Pastor Lee")
    assert current_problems(REFERRAL_FORM, values, NOW) == {}
    with pytest.raises(FormInvalid) as caught:  # saving says every problem at once
        validate(REFERRAL_FORM, dict(values, first_name="", referring_person=""), NOW)
    assert set(caught.value.problems) == {"last_name", "referring_person"}


@given(st.text(max_size=80))
def test_control_characters_go_and_tabs_and_line_breaks_stay(text):
    spec = FieldSpec("note", "Note", Kind.LONGTEXT, max_length=20000)
    kept = "".join(ch for ch in text.strip("\n ") if ch in "\n\t" or ord(ch) >= 32)
    expected = None if not kept.strip() else kept
    assert clean_value(spec, text, datetime(2025, 1, 1)) == expected
