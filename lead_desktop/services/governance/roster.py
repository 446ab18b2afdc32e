"""A body's roster on a day — members, expiring terms, seats and empty seats (what the Governance
page shows and a roster PDF prints) — and the terms ending soon on every body.

Current voting members (chair, co-chair, member) fill their organization's seats first, then open
seats; what is left is shown as empty seats (domain.governance.empty_seats).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lead_desktop.domain import governance as G
from lead_desktop.domain.roles import Permission
from lead_desktop.services.governance.bodies import Body, Seat, _body, _seat, _seats
from lead_desktop.services.governance.common import _live, _today
from lead_desktop.services.governance.memberships import MembershipRow, _membership_rows, _memberships, _sort_key
from lead_desktop.services.governance.organizations import _org_names
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class EmptySeatRow:
    organisation_id: str | None
    organization: str  # "" for open seats
    missing: int


@dataclass(frozen=True)
class RosterData:
    """A body's roster on `day`: what the Governance page shows and a roster PDF prints."""

    body: Body
    day: date
    members: tuple[MembershipRow, ...]  # current and expiring, then future terms; chairs first
    ended: tuple[MembershipRow, ...]  # terms ended in the last year, for reference
    seats: tuple[Seat, ...]
    empty_seats: tuple[EmptySeatRow, ...]
    site_name: str = ""

    @property
    def expiring(self) -> tuple[MembershipRow, ...]:
        return tuple(m for m in self.members if m.state == "expiring")

    @property
    def seat_total(self) -> int:
        return sum(s.seats for s in self.seats)


@dataclass(frozen=True)
class ExpiringTerm:
    membership_id: str
    body_id: str
    body: str
    person: str
    organization: str
    role: str
    term_end: date
    days_left: int


def roster_data(site: SiteSession, body_id: str, day: date | None = None) -> RosterData:
    """The roster of one body on `day` (today): members, expiring terms, seats and empty seats."""
    site.require(Permission.VIEW_GOVERNANCE)
    day = day or _today()
    with site.unit_of_work() as session:
        body_row = _live(session, GM.GovBody, body_id)
        rows = _membership_rows(session, body_row, _memberships(session, body_id), day)
        orgs = _org_names(session)
        seat_rows = [_seat(s, orgs) for s in _seats(session, body_id)]
        site_name = str(read_setting(session, "site_name"))
    current = [r for r in rows if r.state in ("current", "expiring")]
    future = [r for r in rows if r.state == "future"]
    ended = [r for r in rows if r.state == "ended" and r.term_end and (day - r.term_end).days <= 365]
    voting_orgs = [r.organisation_id for r in current if r.role in G.VOTING_ROLES]
    empty = G.empty_seats([(s.organisation_id, s.seats) for s in seat_rows], voting_orgs)
    seats_sorted = sorted(seat_rows, key=lambda s: (s.organisation_id is None, s.organization.casefold()))
    return RosterData(
        _body(body_row),
        day,
        tuple(sorted(current, key=_sort_key) + sorted(future, key=_sort_key)),
        tuple(sorted(ended, key=lambda r: r.term_end or day, reverse=True)),
        tuple(seats_sorted),
        tuple(
            sorted((EmptySeatRow(e.organisation_id, orgs.get(e.organisation_id or "", ""), e.missing) for e in empty),
                   key=lambda e: (e.organisation_id is None, e.organization.casefold()))
        ),
        site_name,
    )


def expiring_terms(site: SiteSession, within_days: int = G.EXPIRING_TERM_DAYS, day: date | None = None) -> list[ExpiringTerm]:
    """Terms on every body ending within `within_days` (today included), soonest first."""
    site.require(Permission.VIEW_GOVERNANCE)
    day = day or _today()
    m = GM.Membership
    with site.unit_of_work() as session:
        rows = session.execute(
            select(m.id, m.body_id, GM.GovBody.name, GM.GovPerson.full_name, m.organisation_id, m.role, m.term_end,
                   m.term_start)
            .join(GM.GovBody, GM.GovBody.id == m.body_id)
            .join(GM.GovPerson, GM.GovPerson.id == m.person_id)
            .where(m.deleted_at.is_(None), GM.GovBody.deleted_at.is_(None), m.term_end.is_not(None),
                   m.term_end >= day)
            .order_by(m.term_end)
        ).all()
        orgs = _org_names(session)
    return [
        ExpiringTerm(r[0], r[1], r[2], r[3], orgs.get(r[4] or "", ""), r[5], r[6], (r[6] - day).days)
        for r in rows
        if G.term_state(r[7], r[6], day, within_days) == "expiring"
    ]
