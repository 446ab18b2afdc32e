"""Dates in import files: how a cell a spreadsheet wrote becomes a local date and time.

MM/DD/YYYY or DD/MM/YYYY as the column mapping says, ISO 8601, Excel serial numbers (both date
systems), month names; a bare year is never taken for an Excel serial.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from lead_desktop.domain.fields import parse_clock
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "MONTH_FIRST", "DAY_FIRST", "DATE_ORDERS", "DATE_ORDER_LABELS", "EXCEL_MAX_SERIAL", "excel_serial",
    "bare_year", "parse_moment",
]


MONTH_FIRST, DAY_FIRST = "mdy", "dmy"
DATE_ORDERS = (MONTH_FIRST, DAY_FIRST)
DATE_ORDER_LABELS = {
    MONTH_FIRST: QT_TRANSLATE_NOOP("vocab", "Month first (03/31/2025)"),
    DAY_FIRST: QT_TRANSLATE_NOOP("vocab", "Day first (31/03/2025)"),
}
EXCEL_MAX_SERIAL = 2958465  # 9999-12-31

_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:(?:[ T]+|\s*,\s*)(.+))?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_WORD_FORMATS = ("%d-%b-%Y", "%d-%b-%y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y",
                 "%B %d %Y", "%d-%B-%Y")


def excel_serial(number: float, epoch1904: bool = False) -> datetime | None:
    """An Excel date serial → datetime (1900 system, counting Excel's made-up 29 February 1900)."""
    if not (1 <= number <= EXCEL_MAX_SERIAL):
        return None
    if epoch1904:
        base = datetime(1904, 1, 1)
    elif number < 61:
        base = datetime(1899, 12, 31)
    else:
        base = datetime(1899, 12, 30)
    seconds = round(number * 86400)
    try:
        return base + timedelta(seconds=seconds)
    except OverflowError:
        return None


def bare_year(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)) and float(raw).is_integer():
        number = int(raw)
    elif isinstance(raw, str) and re.fullmatch(r"\s*\d{4}(?:\.0+)?\s*", raw):
        number = int(float(raw))
    else:
        return None
    return number if 1900 <= number <= 2100 else None


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) <= 2:  # two-digit years: this century up to this year, else the last
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _clock(text: str | None) -> time | None:
    """The time after a date, read as the window reads it (domain.fields.parse_clock); midnight for none."""
    if text is None:
        return time()
    try:
        return parse_clock(text)
    except ValueError:
        return None


def parse_moment(raw: object, date_order: str = MONTH_FIRST, *, today: date | None = None,
                 epoch1904: bool = False) -> datetime | None:
    """A cell as a local date and time (midnight for a date alone); None when it is no date.

    Accepts datetime/date objects, Excel serials (as numbers or numeric text, except a bare year),
    ISO 8601 (a time zone is converted to local time), MM/DD/YYYY or DD/MM/YYYY by `date_order`
    (also with - or ., two-digit years, and a time as the window accepts it: 9:00 am, 9 a.m., noon,
    21:00), YYYY/MM/DD, YYYYMMDD,
    and month names ("31 Mar 2025", "March 31, 2025")."""
    today = today or date.today()
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, datetime):
        return raw.astimezone().replace(tzinfo=None) if raw.tzinfo else raw
    if isinstance(raw, date):
        return datetime.combine(raw, time())
    if isinstance(raw, (int, float)):
        if bare_year(raw) is not None:
            return None
        return excel_serial(float(raw), epoch1904)
    text = " ".join(str(raw).split())
    if not text or len(text) > 40:
        return None
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text.replace(" T", "T"))
        except ValueError:
            return None
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    match = _NUMERIC.match(text)
    if match:
        a, b, c, clock_text = match.groups()
        if len(a) == 4:  # YYYY/MM/DD
            year, month, day = int(a), int(b), int(c)
        elif len(a) <= 2 and len(c) in (2, 4):
            month, day = (int(a), int(b)) if date_order == MONTH_FIRST else (int(b), int(a))
            year = _year(c, today)
        else:
            return None
        clock = _clock(clock_text)
        if clock is None:
            return None
        try:
            return datetime.combine(date(year, month, day), clock)
        except ValueError:
            return None
    match = _COMPACT.match(text)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if _SERIAL.match(text):
        if bare_year(text) is not None:
            return None
        return excel_serial(float(text), epoch1904)
    if any(ch.isalpha() for ch in text):
        return _worded(text, today)
    return None


def _worded(text: str, today: date) -> datetime | None:
    """'31 Mar 2025', 'March 31, 2025 2:30 PM': month names, optionally followed by a time."""
    candidates = [(text, None)]
    parts = text.rsplit(" ", 2)
    for cut in (1, 2):
        if len(parts) > cut:
            candidates.append((" ".join(parts[:-cut]), " ".join(parts[-cut:])))
    for day_text, clock_text in candidates:
        for fmt in _WORD_FORMATS:
            try:
                day = datetime.strptime(day_text, fmt)
            except ValueError:
                continue
            if "%y" in fmt and day.year > today.year:
                day = day.replace(year=day.year - 100)
            if clock_text is None:
                return day
            clock = _clock(clock_text)
            if clock is not None:
                return datetime.combine(day.date(), clock)
    return None
