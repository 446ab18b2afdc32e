"""Dates in import files (domain/exchange/dates.py): the shapes spreadsheets write, day or month first,
times and zones, Excel serials, and what is left for validation to name."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain.fields import FieldProblem

from .conftest import TODAY, value

DOB = P.PARTICIPANT_FORM["dob"]
AT = P.CONTACT_FORM["at"]


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
        ("3/31/2025 9:00 a.m.", datetime(2025, 3, 31, 9, 0)),  # read as the window reads it
        ("3/31/2025 noon", datetime(2025, 3, 31, 12, 0)),
        ("March 31, 2025 9 am", datetime(2025, 3, 31, 9, 0)),
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
