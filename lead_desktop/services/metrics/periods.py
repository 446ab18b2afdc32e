"""Report periods: a calendar month, quarter or year, or a custom range (calendar dates, both ends
included), and the months of a monthly trend."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports.tabular import Period

TREND_MONTHS = 12


def period_for(kind: str, day: date) -> Period:
    """The calendar month, quarter or year that holds `day`."""
    if kind == "month":
        start = day.replace(day=1)
        return Period(start, R.add_months(start, 1) - timedelta(days=1), "month")
    if kind == "quarter":
        start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return Period(start, R.add_months(start, 3) - timedelta(days=1), "quarter")
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a month, a quarter, a year or a custom range."))


def custom_period(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    if (end - start).days > 366 * 20:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a period of at most twenty years."))
    return Period(start, end, "custom")


def _bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end) as wall-clock datetimes, for DateTime columns."""
    return datetime.combine(period.start, time()), datetime.combine(period.end + timedelta(days=1), time())


def _month_starts(period: Period) -> list[date]:
    first = period.start.replace(day=1)
    last = period.end.replace(day=1)
    months = []
    cursor = first
    while cursor <= last:
        months.append(cursor)
        cursor = R.add_months(cursor, 1)
    if len(months) < TREND_MONTHS:
        months = [R.add_months(last, -i) for i in range(TREND_MONTHS - 1, -1, -1)]
    return months
