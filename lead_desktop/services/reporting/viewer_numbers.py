"""Numbers for viewers: staff who sign in compute (and so publish) what viewers most likely open, since
viewers never read participant tables (on a server the database refuses them; on a laptop their key
opens only the viewers' store, written afresh here afterwards)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from lead_desktop.domain.roles import Permission
from lead_desktop.reports.tabular import Period
from lead_desktop.services import published
from lead_desktop.services.meetings.meetings import list_meetings
from lead_desktop.services.metrics.fact_sheet import fact_sheet_numbers, snapshot
from lead_desktop.services.metrics.periods import custom_period, month_so_far, period_for, site_created
from lead_desktop.services.metrics.program import program_numbers
from lead_desktop.services import viewers
from lead_desktop.services.metrics.publishing import publishes
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)

PACKET_DAYS_AHEAD = 60  # meetings this close get their packet's snapshot prepared for viewers


def standard_periods(today: date, created: date | None = None) -> list[Period]:
    """The periods a program report is most often made for, and the one the Reports page starts with for
    a site created on `created` (services.metrics.default_period, as a viewer gets it): this month so far,
    this and last month, this and last quarter, year to date, this and last year."""
    quarter = period_for("quarter", today)
    periods = [
        month_so_far(created or today.replace(day=1), today),
        period_for("month", today),
        period_for("month", today.replace(day=1) - timedelta(days=1)),
        quarter,
        period_for("quarter", quarter.start - timedelta(days=1)),
        custom_period(date(today.year, 1, 1), today),
        period_for("year", today),
        period_for("year", date(today.year - 1, 1, 1)),
    ]
    unique: dict[tuple[date, date], Period] = {}
    for period in periods:  # year to date is this month on 31 January, this year on 31 December, …
        unique.setdefault((period.start, period.end), period)
    return list(unique.values())


@dataclass(frozen=True)
class PreparedNumbers:
    periods: tuple[Period, ...]  # program reports published
    fact_sheet_day: date
    snapshot_days: tuple[date, ...]  # meeting packets' snapshots published
    seconds: float


def prepares_viewer_numbers(site: SiteSession) -> bool:
    """Whether `site` publishes numbers for viewers: anyone but a viewer, on a server or on a laptop site
    that has viewers."""
    return publishes(site)


def prepare_viewer_numbers(site: SiteSession, *, today: date | None = None,
                           cancelled: Callable[[], bool] = lambda: False) -> PreparedNumbers | None:
    """On a server, compute (and so publish, see services.metrics) what viewers most likely open: the
    program report for the standard periods, today's fact sheet, and the packet snapshot of every
    meeting in the next PACKET_DAYS_AHEAD days. Aggregate queries only; the window runs it on a worker
    when someone signs in. Everything is published at the end in one transaction, so the other laptops
    hear of it once (numbers that did not change are not written at all). None for a viewer, or a laptop
    site without viewers (nothing to prepare), and when `cancelled()` stops it between two reports."""
    site.require(Permission.VIEW_REPORTS)
    if not prepares_viewer_numbers(site):
        return None
    today = today or date.today()
    started = time.perf_counter()
    periods = standard_periods(today, site_created(site))
    days: list[date] = []
    if site.can(Permission.VIEW_GOVERNANCE):
        days = sorted({m.starts_at.date() for m in list_meetings(site)
                       if today <= m.starts_at.date() <= today + timedelta(days=PACKET_DAYS_AHEAD)})
    steps = ([(published.PROGRAM, p.start, p.end, partial(program_numbers, site, p, today=today,
                                                          publish=False)) for p in periods]
             + [(published.FACT_SHEET, today, today, partial(fact_sheet_numbers, site, today=today,
                                                             publish=False))]
             + [(published.SNAPSHOT, d, d, partial(snapshot, site, d, today=today, publish=False))
                for d in days])
    results = []
    for kind, start, end, compute in steps:
        if cancelled():
            return None
        results.append((kind, start, end, compute()))
    with site.unit_of_work() as session:
        for kind, start, end, numbers in results:
            published.store(session, kind, start, end, numbers, site.actor.account_id)
    viewers.refresh(site)  # a laptop's viewers' store (nothing to do on a server)
    seconds = time.perf_counter() - started
    log.info("numbers for viewers prepared: %d periods, the fact sheet, %d snapshots in %.2f s",
             len(periods), len(days), seconds)
    return PreparedNumbers(tuple(periods), today, tuple(days), seconds)
