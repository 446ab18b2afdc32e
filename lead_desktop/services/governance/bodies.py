"""The governance bodies (PCG, OWGs, CLT, others), their decision rule, and their charter seats.

Seats: a body's charter seats are rows of (organization, number of seats); a row without an
organization is an open seat (a community member, any agency). The organizations with seats are
the body's member agencies for the PCG's one-voice-per-agency rule, so an agency whose member left
still counts as absent rather than silently dropping out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import StillInUse, _defaults, _live, _stamp
from lead_desktop.services.governance.organizations import _check_org, _org_names
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    kind: str
    area: str | None
    in_development: bool
    rule: str
    quorum_count: int | None
    quorum_percent: int | None
    meets: str | None
    purpose: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.BODY_FORM.names}

    @property
    def rule_spec(self) -> G.Rule:
        return G.Rule(self.rule, self.quorum_count, self.quorum_percent)


@dataclass(frozen=True)
class Seat:
    id: str
    body_id: str
    organisation_id: str | None
    organization: str  # "" for an open seat
    seats: int
    note: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"organisation_id": self.organisation_id, "seats": self.seats, "note": self.note}


def _body(row: GM.GovBody) -> Body:
    return Body(row.id, row.name, row.kind, row.area, row.in_development, row.rule, row.quorum_count,
                row.quorum_percent, row.meets, row.purpose, row.row_version)


def list_bodies(site: SiteSession) -> list[Body]:
    """PCG first, then work groups, the CLT and others; by name within each kind."""
    site.require(Permission.VIEW_GOVERNANCE)
    b = GM.GovBody
    order = {code: i for i, code in enumerate(G.BODY_KIND.codes())}
    with site.unit_of_work() as session:
        rows = session.scalars(select(b).where(b.deleted_at.is_(None))).all()
        bodies = [_body(r) for r in rows]
    return sorted(bodies, key=lambda x: (order.get(x.kind, 99), x.name.casefold()))


def get_body(site: SiteSession, body_id: str) -> Body:
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        return _body(_live(session, GM.GovBody, body_id))


def _clean_body(values: Mapping) -> dict:
    clean = validate(G.BODY_FORM, _defaults(G.BODY_FORM, values))
    # Keep only the number the chosen rule uses, so a later change of rule starts clean.
    if clean["rule"] == "quorum_share":
        clean["quorum_count"] = None
    else:
        clean["quorum_percent"] = None
    return clean


def create_body(site: SiteSession, values: Mapping) -> Body:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = _clean_body(values)
    with site.unit_of_work() as session:
        row = GM.GovBody(**clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "gov_body", row.id, kind=row.kind)
        return _body(row)


def update_body(site: SiteSession, body_id: str, values: Mapping, expected_version: int | None = None) -> Body:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = _clean_body(values)
    with site.unit_of_work() as session:
        row = _live(session, GM.GovBody, body_id)
        check_version(row, expected_version, G.BODY_FORM, clean, lambda: _body(row).values)
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_body", row.id)
        session.flush()
        return _body(row)


def delete_body(site: SiteSession, body_id: str) -> None:
    """Only a body that never met: minutes keep their body."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.GovBody, body_id)
        meetings = session.scalar(select(func.count()).select_from(GM.Meeting).where(
            GM.Meeting.body_id == row.id, GM.Meeting.deleted_at.is_(None)))
        if meetings:
            raise StillInUse(
                QT_TRANSLATE_NOOP("errors", "This body has {count} meeting(s) on record; its minutes keep it. "
                                            "Mark it “in development” or end its members' terms instead."),
                count=meetings,
            )
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "gov_body", row.id)


def _seat(row: GM.BodySeat, orgs: Mapping[str, str]) -> Seat:
    return Seat(row.id, row.body_id, row.organisation_id, orgs.get(row.organisation_id or "", ""), row.seats, row.note,
                row.row_version)


def _seats(session: Session, body_id: str) -> list[GM.BodySeat]:
    s = GM.BodySeat
    return list(session.scalars(select(s).where(s.body_id == body_id, s.deleted_at.is_(None)).order_by(s.created_at)))


def list_seats(site: SiteSession, body_id: str) -> list[Seat]:
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        orgs = _org_names(session)
        return sorted((_seat(r, orgs) for r in _seats(session, body_id)),
                      key=lambda s: (s.organisation_id is None, s.organization.casefold()))


def add_seat(site: SiteSession, body_id: str, values: Mapping) -> Seat:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.SEAT_FORM, _defaults(G.SEAT_FORM, values))
    with site.unit_of_work() as session:
        _live(session, GM.GovBody, body_id)
        _check_org(session, clean.get("organisation_id"))
        if clean.get("organisation_id") and any(
            s.organisation_id == clean["organisation_id"] for s in _seats(session, body_id)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This organization already has seats on this body; change their number instead."
                ),
                field="organisation_id",
            )
        row = GM.BodySeat(body_id=body_id, **clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "gov_body_seat", row.id, body=body_id)
        return _seat(row, _org_names(session))


def update_seat(site: SiteSession, seat_id: str, values: Mapping, expected_version: int | None = None) -> Seat:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.SEAT_FORM, _defaults(G.SEAT_FORM, values))
    with site.unit_of_work() as session:
        row = _live(session, GM.BodySeat, seat_id)
        check_version(row, expected_version, G.SEAT_FORM, clean, lambda: _seat(row, {}).values)
        _check_org(session, clean.get("organisation_id"))
        if clean.get("organisation_id") and any(
            s.organisation_id == clean["organisation_id"] and s.id != row.id for s in _seats(session, row.body_id)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This organization already has seats on this body; change their number instead."
                ),
                field="organisation_id",
            )
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_body_seat", row.id, body=row.body_id)
        session.flush()
        return _seat(row, _org_names(session))


def remove_seat(site: SiteSession, seat_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.BodySeat, seat_id)
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "gov_body_seat", row.id, body=row.body_id)
