"""The Today page: a case manager's day — court dates this week, consents expiring within 30 days,
people not contacted for the site's inactive_after_days, open plan goals due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import _today, display_name
from lead_desktop.services.participants.lists import _not_seen_for
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class TodayItem:
    participant_id: str
    lead_number: str
    name: str
    when: date | datetime | None
    what: str


@dataclass(frozen=True)
class TodayData:
    court_dates: list[TodayItem]
    expiring_consents: list[TodayItem]
    not_contacted: list[TodayItem]
    goals_due: list[TodayItem]
    inactive_after_days: int


def today_page(site: SiteSession, account_id: str | None = None, limit: int = 200) -> TodayData:
    """The signed-in case manager's day: court this week, consents expiring in 30 days,
    people not contacted in N days, open plan goals due."""
    site.require(Permission.VIEW_PARTICIPANTS)
    account_id = account_id or site.actor.account_id
    today = _today()
    p = M.Participant
    mine = [p.case_manager_id == account_id, p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    open_people = p.status.in_(("active", "inactive", "unable_to_locate"))
    with site.unit_of_work() as session:
        days = int(read_setting(session, "inactive_after_days"))
        start = datetime.combine(today, datetime.min.time())
        court = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.LegalCase.next_court_at, M.LegalCase.jurisdiction)
            .join(M.LegalCase, M.LegalCase.participant_id == p.id)
            .where(*mine, M.LegalCase.deleted_at.is_(None), M.LegalCase.status.in_(V.ACTIVE_LEGAL_CASE_STATUSES),
                   M.LegalCase.next_court_at >= start,
                   M.LegalCase.next_court_at < start + timedelta(days=7))
            .order_by(M.LegalCase.next_court_at).limit(limit)
        ).all()
        consents = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.Consent.expires_on, M.Consent.consent_type)
            .join(M.Consent, M.Consent.participant_id == p.id)
            .where(*mine, M.Consent.deleted_at.is_(None), M.Consent.revoked_on.is_(None),
                   M.Consent.expires_on >= today,
                   M.Consent.expires_on <= today + timedelta(days=P.CONSENT_EXPIRING_DAYS))
            .order_by(M.Consent.expires_on).limit(limit)
        ).all()
        last_seen = func.coalesce(p.last_contact_at, p.enrolled_on)
        stale = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, p.last_contact_at)
            .where(*mine, open_people, _not_seen_for(days, today)[0])
            .order_by(last_seen).limit(limit)
        ).all()
        goals = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.PlanGoal.target_date, M.PlanGoal.goal)
            .join(M.PlanGoal, M.PlanGoal.participant_id == p.id)
            .where(*mine, M.PlanGoal.deleted_at.is_(None), M.PlanGoal.status.in_(V.OPEN_GOAL_STATUSES),
                   M.PlanGoal.target_date <= today + timedelta(days=7))
            .order_by(M.PlanGoal.target_date).limit(limit)
        ).all()

    def items(rows, what=lambda r: "") -> list[TodayItem]:  # noqa: ANN001
        return [TodayItem(r[0], r[1], display_name(r[2], r[3]), r[4], what(r)) for r in rows]

    return TodayData(
        items(court, lambda r: r[5]),
        items(consents, lambda r: V.CONSENT_TYPE.label(r[5])),
        items(stale),
        items(goals, lambda r: r[5]),
        days,
    )
