"""Report periods: a calendar month, quarter or year, or a custom range (calendar dates, both ends
included), the months of a monthly trend, and the period a program report starts with.

The default period is this month so far, or the time since the site began when that is shorter,
so a new site's first report is not an empty last month. A site began when it was created (its
first setting was written), or on its first record when that is earlier (records entered later
with their real, earlier dates, or a demo site). Viewers on a shared server may not read records:
for them the creation counts, and staff publish that period for them (services.reporting).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.reports.tabular import Period
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

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


def _local_day(moment: datetime | date | None) -> date | None:
    if moment is None or not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is None:  # SQLite hands stamps back without their zone: they are UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def site_created(site: SiteSession) -> date:
    """The day the site was created: its first setting (the site's name) was written then."""
    with site.unit_of_work() as session:
        first = session.scalar(select(func.min(M.Setting.created_at)))
    return _local_day(first) or date.today()


def site_began(site: SiteSession) -> date:
    """The site's creation, or its first referral, enrollment or contact when earlier (for those who may read
    records; a viewer on a server gets the creation)."""
    began = site_created(site)
    if not site.can(Permission.VIEW_PARTICIPANTS):
        return began
    with site.unit_of_work() as session:
        firsts = (
            session.scalar(select(func.min(M.Referral.referred_at)).where(M.Referral.deleted_at.is_(None))),
            session.scalar(select(func.min(M.Participant.enrolled_on)).where(M.Participant.deleted_at.is_(None))),
            session.scalar(select(func.min(M.Contact.at)).where(M.Contact.deleted_at.is_(None))),
        )
    days = [day.date() if isinstance(day, datetime) else day for day in firsts if day is not None]
    return min([began, *days])


def month_so_far(began: date, today: date) -> Period:
    """From the first of `today`'s month (or `began`, when later) to `today`."""
    return custom_period(min(today, max(today.replace(day=1), began)), today)


def default_period(site: SiteSession, today: date | None = None) -> Period:
    """The period the program report starts with: this month so far, or since the site began when shorter."""
    return month_so_far(site_began(site), today or date.today())


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
