"""Lists of referrals, the intake queue and the home-page summary, filtered, sorted and paged in SQL.

Referrals recorded before the site used LEAD Desktop (a history import) are listed like the others but
never in the intake queue or the home page's deadlines: their intake happened, or did not, long ago."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.referrals.common import _today
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import sort_key

MAX_PAGE = 500
QUEUE_LIMIT = 2000


@dataclass(frozen=True)
class ReferralRow:
    id: str
    pathway: str
    outcome: str
    referred_at: datetime
    name: str
    aliases: str
    source: str  # agency (officer) or referring person
    due_on: date | None
    days_left: int | None
    intake_state: str | None  # only while the intake is pending
    result: str | None  # final eligibility (override first)
    participant_id: str | None
    recorded_before: bool = False  # from a site's history: no intake clock


@dataclass(frozen=True)
class ReferralPage:
    rows: list[ReferralRow]
    total: int


@dataclass(frozen=True)
class QueueItem:
    referral_id: str
    name: str
    pathway: str
    referred_at: datetime
    due_on: date | None
    days_left: int | None
    state: str | None  # overdue, due_today, due_soon, on_track; None without a legal deadline
    source: str
    case_manager: str


@dataclass(frozen=True)
class IntakeSummary:
    """For the home page: pending arrest-diversion intakes by deadline."""

    overdue: list[QueueItem]
    due_today: list[QueueItem]
    due_this_week: list[QueueItem]  # due in 1–7 days


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _source_text(agency: str | None, officer: str | None, badge: str | None, person: str | None) -> str:
    if person and not agency:
        return person
    parts = [agency or ""]
    if officer:
        parts.append(f"({officer}{', #' + badge if badge else ''})")
    return " ".join(p for p in parts if p) or (person or "")


SORT_COLUMNS = {
    "referred_at": M.Referral.referred_at,
    "name": M.Referral.sort_name,
    "pathway": M.Referral.pathway,
    "outcome": M.Referral.outcome,
    "due_on": M.Referral.intake_due_on,
}


def list_referrals(
    site: SiteSession,
    *,
    query: str = "",
    pathway: str | None = None,
    outcome: str | None = None,
    participant_id: str | None = None,
    sort: str = "referred_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> ReferralPage:
    """Referrals filtered, sorted and paged in SQL."""
    site.require(Permission.VIEW_PARTICIPANTS)
    r, a, o = M.Referral, M.Organization, M.ReferringOfficer
    conditions = [r.deleted_at.is_(None)]
    for term in P.search_terms(query):
        conditions.append(r.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
    if pathway:
        conditions.append(r.pathway == pathway)
    if outcome:
        conditions.append(r.outcome == outcome)
    if participant_id:
        conditions.append(r.participant_id == participant_id)
    sort_col = SORT_COLUMNS.get(sort, r.referred_at)
    today = _today()
    with site.unit_of_work() as session:
        total = session.scalar(select(func.count()).select_from(r).where(*conditions))
        rows = session.execute(
            select(r.id, r.pathway, r.outcome, r.referred_at, r.first_name, r.last_name, r.aliases,
                   a.name, o.name, o.badge, r.referring_person, r.intake_due_on, r.intake_completed_on,
                   r.screening_result, r.override_result, r.participant_id, r.recorded_before)
            .outerjoin(a, a.id == r.agency_id).outerjoin(o, o.id == r.officer_id)
            .where(*conditions)
            .order_by(sort_key(sort_col, descending), r.referred_at.desc(), r.id)
            .limit(max(0, min(limit, MAX_PAGE))).offset(max(0, offset))
        ).all()
    out = []
    for x in rows:
        pending = x[2] == "pending" and x[12] is None and not x[16]
        out.append(ReferralRow(
            x[0], x[1], x[2], x[3], display_name(x[4], x[5]), x[6] or "", _source_text(x[7], x[8], x[9], x[10]),
            x[11], R.days_left(x[11], today) if x[11] else None,
            R.intake_state(x[11], today) if pending else None, R.final_result(x[13], x[14]), x[15], bool(x[16]),
        ))
    return ReferralPage(out, total or 0)


def intake_queue(site: SiteSession, today: date | None = None) -> list[QueueItem]:
    """Pending referrals whose intake is not done: arrest diversions by days left (overdue first),
    then the other pathways (no legal deadline) oldest first."""
    site.require(Permission.VIEW_PARTICIPANTS)
    today = today or _today()
    r, a, o = M.Referral, M.Organization, M.ReferringOfficer
    manager = aliased(M.Account)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(r.id, r.first_name, r.last_name, r.pathway, r.referred_at, r.intake_due_on,
                   a.name, o.name, o.badge, r.referring_person, manager.display_name)
            .outerjoin(a, a.id == r.agency_id).outerjoin(o, o.id == r.officer_id)
            .outerjoin(manager, manager.id == r.case_manager_id)
            .where(r.deleted_at.is_(None), r.outcome == "pending", r.intake_completed_on.is_(None),
                   r.recorded_before.is_(False))
            .order_by(r.intake_due_on.is_(None), r.intake_due_on, r.referred_at, r.id)
            .limit(QUEUE_LIMIT)
        ).all()
    return [
        QueueItem(x[0], display_name(x[1], x[2]), x[3], x[4], x[5], R.days_left(x[5], today) if x[5] else None,
                  R.intake_state(x[5], today), _source_text(x[6], x[7], x[8], x[9]), x[10] or "")
        for x in rows
    ]


def intake_summary(site: SiteSession, today: date | None = None) -> IntakeSummary:
    """What the home page shows: overdue intakes, those due today, and those due in the next 7 days."""
    site.require(Permission.VIEW_PARTICIPANTS)
    today = today or _today()
    r = M.Referral
    with site.unit_of_work() as session:
        rows = session.execute(
            select(r.id, r.first_name, r.last_name, r.pathway, r.referred_at, r.intake_due_on)
            .where(r.deleted_at.is_(None), r.outcome == "pending", r.intake_completed_on.is_(None),
                   r.recorded_before.is_(False), r.intake_due_on.is_not(None),
                   r.intake_due_on <= today + timedelta(days=R.WEEK_DAYS))
            .order_by(r.intake_due_on, r.referred_at, r.id)
        ).all()
    overdue, due_today, week = [], [], []
    for x in rows:
        left = R.days_left(x[5], today)
        item = QueueItem(x[0], display_name(x[1], x[2]), x[3], x[4], x[5], left, R.intake_state(x[5], today), "", "")
        (overdue if left < 0 else due_today if left == 0 else week).append(item)
    return IntakeSummary(overdue, due_today, week)


def referral_counts(site: SiteSession) -> dict[str, int]:
    """Referrals per outcome (for the page header and reports)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Referral.outcome, func.count()).where(M.Referral.deleted_at.is_(None))
            .group_by(M.Referral.outcome)
        ).all()
    return {code: 0 for code in R.OUTCOME.codes()} | {k: v for k, v in rows}
