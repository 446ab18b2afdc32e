"""The participant list and search, and caseloads: filtered, sorted and paged in SQL so they stay
instant at 50,000 people.

Status "active" and "inactive" are the effective statuses (domain.participants.effective_status):
an active participant nobody has seen for the site's inactive_after_days counts as inactive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.participants.common import _escape_like, _today, display_name
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import sort_key, string_agg


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    lead_number: str
    name: str
    aliases: str
    dob: date | None
    status: str  # effective status
    case_manager_id: str | None
    case_manager: str
    last_contact_at: datetime | None


@dataclass(frozen=True)
class ParticipantPage:
    rows: list[ParticipantRow]
    total: int


@dataclass(frozen=True)
class CaseloadRow:
    case_manager_id: str
    case_manager: str
    active: int
    state: str  # "ok", "over_average", "over_maximum"


SORT_COLUMNS = {
    "name": M.Participant.sort_name,
    "lead_number": M.Participant.sequence,
    "dob": M.Participant.dob,
    "status": M.Participant.status,
    "last_contact": M.Participant.last_contact_at,
    "case_manager": M.Account.display_name,
}
MAX_PAGE = 500


def _inactive_days(site: SiteSession) -> int:
    return int(site.setting("inactive_after_days"))


def _not_seen_for(days: int, today: date) -> tuple:
    """(not seen for `days` days, seen within them): the SQL twins of domain.participants.effective_status.

    "Seen" is the last real contact, or the enrollment date when never contacted. Each column is
    compared with a value of its own type: SQLite keeps a DATETIME and a DATE as differently shaped
    text, so comparing a coalesce of both with one bound value misplaces the boundary day.
    """
    p = M.Participant
    day = today - timedelta(days=days - 1)  # seen before this day ⇔ (today - seen).days >= days
    start = datetime.combine(day, time())
    stale = or_(p.last_contact_at < start, and_(p.last_contact_at.is_(None), p.enrolled_on < day))
    fresh = or_(p.last_contact_at >= start,
                and_(p.last_contact_at.is_(None), or_(p.enrolled_on >= day, p.enrolled_on.is_(None))))
    return stale, fresh


def _filters(
    inactive_days: int,
    site: SiteSession,
    query: str,
    status: str | None,
    case_manager_id: str | None,
    mine: bool,
    no_contact_days: int | None,
    court_this_week: bool,
    today: date,
) -> list:
    p = M.Participant
    conditions = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    for term in P.search_terms(query):
        conditions.append(p.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
    if status:
        stale, fresh = _not_seen_for(inactive_days, today)
        if status == "inactive":
            conditions.append(or_(p.status == "inactive", and_(p.status == "active", stale)))
        elif status == "active":
            conditions.append(and_(p.status == "active", fresh))
        else:
            conditions.append(p.status == status)
    if mine:
        case_manager_id = site.actor.account_id
    if case_manager_id:
        conditions.append(p.case_manager_id == case_manager_id)
    if no_contact_days is not None:
        conditions.append(p.status.in_(("active", "inactive", "unable_to_locate")))
        conditions.append(_not_seen_for(no_contact_days, today)[0])
    if court_this_week:
        start = datetime.combine(today, datetime.min.time())
        conditions.append(
            p.id.in_(
                select(M.LegalCase.participant_id).where(
                    M.LegalCase.deleted_at.is_(None),
                    M.LegalCase.status.in_(V.ACTIVE_LEGAL_CASE_STATUSES),
                    M.LegalCase.next_court_at >= start,
                    M.LegalCase.next_court_at < start + timedelta(days=7),
                )
            )
        )
    return conditions


def list_participants(
    site: SiteSession,
    *,
    query: str = "",
    status: str | None = None,
    case_manager_id: str | None = None,
    mine: bool = False,
    no_contact_days: int | None = None,
    court_this_week: bool = False,
    sort: str = "name",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
    with_total: bool = True,
) -> ParticipantPage:
    site.require(Permission.VIEW_PARTICIPANTS)
    today = _today()
    p = M.Participant
    inactive_days = _inactive_days(site)  # before the unit of work: the first read opens its own
    with site.unit_of_work() as session:
        conditions = _filters(inactive_days, site, query, status, case_manager_id, mine, no_contact_days,
                              court_this_week, today)
        conn = session.connection()  # Core execution: these are plain column reads, no ORM objects
        total = conn.scalar(select(func.count()).select_from(p).where(*conditions)) if with_total else -1
        sort_col = SORT_COLUMNS.get(sort, p.sort_name)
        # People without a case manager have no name to sort by (an outer join): NULL, first going up.
        order = [sort_key(sort_col, descending, nullable=True if sort == "case_manager" else None), p.sequence.asc()]
        # Two steps: the page's ids first (for the default order and any search this is
        # answered from ix_participant_list alone), then the displayed columns for those ids.
        id_query = select(p.id).where(*conditions).order_by(*order)
        if sort == "case_manager":
            id_query = id_query.outerjoin(M.Account, M.Account.id == p.case_manager_id)
        ids = list(conn.scalars(id_query.limit(max(0, min(limit, MAX_PAGE))).offset(max(0, offset))))
        alias_list = (
            select(string_agg(M.ParticipantAlias.alias, ", "))
            .where(M.ParticipantAlias.participant_id == p.id, M.ParticipantAlias.deleted_at.is_(None))
            .scalar_subquery()
        )
        rows = conn.execute(
            select(
                p.id, p.lead_number, p.first_name, p.last_name, alias_list, p.dob, p.status,
                p.case_manager_id, M.Account.display_name, p.last_contact_at, p.enrolled_on,
            )
            .outerjoin(M.Account, M.Account.id == p.case_manager_id)
            .where(p.id.in_(ids))
        ).all() if ids else []
    by_id = {r[0]: r for r in rows}
    return ParticipantPage(
        [
            ParticipantRow(
                r[0], r[1], display_name(r[2], r[3]), r[4] or "", r[5],
                P.effective_status(r[6], r[9], r[10], today, inactive_days), r[7], r[8] or "", r[9],
            )
            for r in (by_id[i] for i in ids if i in by_id)
        ],
        total,
    )


def caseloads(site: SiteSession) -> list[CaseloadRow]:
    """Active participants per case manager against the 20 average / 25 maximum standard."""
    site.require(Permission.VIEW_PARTICIPANTS)
    p = M.Participant
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Account.id, M.Account.display_name, func.count(p.id))
            .join(p, and_(p.case_manager_id == M.Account.id, p.deleted_at.is_(None), p.merged_into_id.is_(None),
                          p.status.in_(("active", "inactive", "unable_to_locate"))), isouter=True)
            .where(M.Account.active.is_(True))
            .group_by(M.Account.id, M.Account.display_name)
            .order_by(func.count(p.id).desc(), M.Account.display_name)
        ).all()
    out = []
    for account_id, name, count in rows:
        if count == 0:
            continue
        state = "over_maximum" if count > V.CASELOAD_MAXIMUM else "over_average" if count > V.CASELOAD_AVERAGE else "ok"
        out.append(CaseloadRow(account_id, name, count, state))
    return out


def case_managers(site: SiteSession) -> list[tuple[str, str]]:
    """(account id, display name) of active staff who can hold a caseload."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Account.id, M.Account.display_name)
            .where(M.Account.active.is_(True), M.Account.role != Role.VIEWER.value)
            .order_by(M.Account.display_name)
        ).all()
    return [(r[0], r[1]) for r in rows]
