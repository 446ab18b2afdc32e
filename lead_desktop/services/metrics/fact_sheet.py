"""The fact sheet's numbers (live aggregates since the program began) and a meeting packet's snapshot
(the same, plus the referrals of the three whole months before the meeting's month)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain.roles import Permission
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.meeting_packet import SnapshotData
from lead_desktop.reports.tabular import Breakdown, Line, Period, breakdown
from lead_desktop.services import published
from lead_desktop.services.metrics.categories import OPEN_STATUSES
from lead_desktop.services.metrics.program import _funnel, _participants
from lead_desktop.services.metrics.publishing import _publish, _read_published, reads_published
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


def fact_sheet_numbers(site: SiteSession, *, today: date | None = None, publish: bool = True) -> FactSheetNumbers:
    """Live aggregates since the program began, as of today (exact; see public_view). A viewer on a
    server gets the newest ones published on or before that day — the sheet prints their "as of" date —
    (NumbersNotPrepared if none)."""
    site.require(Permission.VIEW_REPORTS)
    today = today or date.today()
    if reads_published(site):
        return _read_published(site, published.FACT_SHEET, today, today, FactSheetNumbers, newest_by_end=True)
    with site.unit_of_work() as session:
        numbers = _fact_sheet_numbers(session, today)
    if publish:
        _publish(site, published.FACT_SHEET, today, today, numbers)
    return numbers


def _count(session: Session, query) -> int:  # noqa: ANN001
    return int(session.scalar(query) or 0)


def _fact_sheet_numbers(session: Session, today: date) -> FactSheetNumbers:
    r, p, s, h = M.Referral, M.Participant, M.ServiceLinkage, M.HousingStatus
    rows = session.execute(select(r.pathway, func.count()).where(r.deleted_at.is_(None)).group_by(r.pathway)).all()
    pathways = R.ALL_PATHWAYS
    referrals = breakdown(pathways, [R.PATHWAY.label(k) for k in pathways], dict(rows))
    enrolled = _count(session, select(func.count(p.id)).where(*_participants()))
    open_people = [*_participants(), p.status.in_(OPEN_STATUSES)]
    active = _count(session, select(func.count(p.id)).where(*open_people))
    ranked = (select(h.participant_id, h.living_situation,
                     func.row_number().over(partition_by=h.participant_id,
                                            order_by=(h.effective_on.desc(), h.created_at.desc())).label("rank"))
              .where(h.deleted_at.is_(None), h.effective_on <= today).subquery())
    latest = _count(session, select(func.count()).select_from(ranked).join(p, p.id == ranked.c.participant_id)
                    .where(ranked.c.rank == 1, ranked.c.living_situation.like("4__"), *open_people))
    accepted = [s.deleted_at.is_(None), s.outcome == "1", *_participants()]
    linkages = _count(session, select(func.count(s.id)).join(p, p.id == s.participant_id).where(*accepted))
    housing = _count(session, select(func.count(s.id)).join(p, p.id == s.participant_id)
                     .where(*accepted, s.service_type == "housing"))
    people = _count(session, select(func.count(distinct(s.participant_id))).join(p, p.id == s.participant_id)
                    .where(*accepted))
    return FactSheetNumbers(today, referrals, enrolled, active, latest, housing, linkages, people)


def snapshot(site: SiteSession, day: date, *, today: date | None = None, publish: bool = True) -> SnapshotData:
    """For a meeting packet: the live aggregates, and the referrals of the three whole months before `day`'s month.
    A viewer on a server gets the snapshot published for `day` (NumbersNotPrepared if none)."""
    site.require(Permission.VIEW_REPORTS)
    if reads_published(site):
        return _read_published(site, published.SNAPSHOT, day, day, SnapshotData)
    today = today or date.today()
    end = day.replace(day=1) - timedelta(days=1)
    recent = Period(R.add_months(end.replace(day=1), -2), end, "custom")
    with site.unit_of_work() as session:
        numbers = _fact_sheet_numbers(session, today)
        funnel = _funnel(session, recent)
        enrollments = _count(session, select(func.count(M.Participant.id)).where(
            *_participants(), M.Participant.enrolled_on >= recent.start, M.Participant.enrolled_on <= recent.end))
    referrals = Breakdown(tuple(Line(k, l, t) for k, l, t in zip(funnel.row_keys, funnel.row_labels,
                                                                 funnel.row_totals)), funnel.total)
    data = SnapshotData(numbers, recent, referrals, enrollments)
    if publish:
        _publish(site, published.SNAPSHOT, day, day, data)
    return data
