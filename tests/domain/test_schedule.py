"""domain.schedule: the start a new meeting of a body is offered."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from lead_desktop.domain.schedule import next_meeting_start, usual_time, usual_weekday

NOW = datetime(2026, 3, 4, 15, 30)  # a Wednesday afternoon


@pytest.mark.parametrize(("meets", "weekday", "clock"), [
    ("every other Tuesday, 10:00", 1, time(10)),
    ("First Monday of the month at 2 pm", 0, time(14)),
    ("Thursdays 9:30 a.m., City Hall room 3", 3, time(9, 30)),
    ("fri noon", 4, time(12)),
    ("monthly", None, None),
    ("", None, None),
    (None, None, None),
])
def test_the_weekday_and_time_in_usually_meets(meets, weekday, clock):
    assert usual_weekday(meets) == weekday
    assert usual_time(meets) == clock


def test_the_start_offered_for_a_new_meeting():
    planned = datetime(2026, 3, 17, 10, 0)
    assert next_meeting_start(NOW, planned=planned, meets="Mondays 9 am") == planned  # what the minutes planned
    past = datetime(2026, 3, 1, 10, 0)
    assert next_meeting_start(NOW, planned=past, meets="every other Tuesday, 10:00") == datetime(2026, 3, 10, 10, 0)
    last = datetime(2026, 2, 26, 13, 30)  # a Thursday
    assert next_meeting_start(NOW, last=last) == datetime(2026, 3, 5, 13, 30)  # its weekday and time again
    assert next_meeting_start(NOW, meets="at 2 pm", last=last) == datetime(2026, 3, 5, 14, 0)
    assert next_meeting_start(NOW) == datetime(2026, 3, 11, 10, 0)  # nothing known: a week from today, 10 am
    assert next_meeting_start(NOW, meets="Wednesdays 4 pm") == datetime(2026, 3, 11, 16, 0)  # not today: next week


@pytest.mark.parametrize(("meets", "expected"), [
    ("First Tuesday of the month, 2 pm", datetime(2026, 4, 7, 14, 0)),  # March's was on the 3rd, before NOW
    ("2nd Thursday at 9:30 am", datetime(2026, 3, 12, 9, 30)),
    ("third Wednesday, 10:00", datetime(2026, 3, 18, 10, 0)),
    ("last Friday of the month at noon", datetime(2026, 3, 27, 12, 0)),
    ("4th Monday 6 pm", datetime(2026, 3, 23, 18, 0)),
])
def test_a_week_of_the_month(meets, expected):
    assert next_meeting_start(NOW, meets=meets) == expected
    assert next_meeting_start(datetime(2026, 12, 30, 9, 0), meets="first Monday").date().month == 1  # over New Year
