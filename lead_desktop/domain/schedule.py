"""When a body's next meeting probably is: the date and time a new meeting starts with.

A project manager adds meetings of the same bodies week after week; the form should open on the
date they would type. In order: the next meeting the last minutes planned (if still ahead), else the
weekday (and week of the month) and time the body "usually meets" (the free text on the body,
e.g. "every other Tuesday, 10:00" or "first Monday of the month at 2 pm"), else the weekday and time of its last meeting, else a week from
today at the usual office hour. Only a suggestion: the field stays editable.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from lead_desktop.domain.fields import parse_clock

DEFAULT_HOUR = time(10)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
                  r"s?\b", re.IGNORECASE)  # Tuesday(s), Tue, Tues, Thurs …, but not "monthly"
_ORDINAL = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?=\w)", re.IGNORECASE)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
_CLOCK = re.compile(r"\b(noon|midnight|\d{1,2}(?::\d{2})?\s*[ap]\.?\s*m\b\.?|\d{1,2}:\d{2})", re.IGNORECASE)


def usual_weekday(meets: str | None) -> int | None:
    """The weekday named in "usually meets" (0 = Monday), or None."""
    match = _DAY.search(meets or "")
    if match is None:
        return None
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(match.group(1).lower()))


def usual_time(meets: str | None) -> time | None:
    """The time of day named in "usually meets" (10:00, 2 pm, 9:30 a.m., noon), or None."""
    for match in _CLOCK.finditer(meets or ""):
        try:
            return parse_clock(match.group(1))
        except ValueError:
            continue
    return None


def usual_week_of_month(meets: str | None) -> int | None:
    """1 … 4 for "first … fourth <weekday> of the month", -1 for "last <weekday>", None for every week."""
    text = meets or ""
    match = _ORDINAL.search(text)
    day = _DAY.search(text)
    if match is None or day is None or match.end() != day.start():
        return None
    return _ORDINALS[match.group(1).lower()]


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def next_meeting_start(now: datetime, *, planned: datetime | None = None, meets: str | None = None,
                       last: datetime | None = None) -> datetime:
    """The start a new meeting of a body is offered: see the module's docstring for the order."""
    if planned is not None and planned > now:
        return planned
    weekday = usual_weekday(meets)
    if weekday is None and last is not None:
        weekday = last.weekday()
    clock = usual_time(meets) or (last.time() if last is not None else DEFAULT_HOUR)
    if weekday is None:
        return datetime.combine(now.date() + timedelta(days=7), clock)
    nth = usual_week_of_month(meets)
    if nth is not None:
        year, month = now.year, now.month
        while True:
            day = _nth_weekday(year, month, weekday, nth)
            if day > now.date() and day.month == month:
                return datetime.combine(day, clock)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = now.date() + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return datetime.combine(day, clock)
