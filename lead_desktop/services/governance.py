"""Governance: organisations, people, bodies (PCG, OWGs, CLT, others), their seats and memberships,
and the roster of each body with expiring terms and empty seats.

Reads need Permission.VIEW_GOVERNANCE (viewers have it), writes EDIT_GOVERNANCE (project
managers, administrators). Every change is audited with ids only. The window gets frozen
dataclasses; `roster_data` is also the input a roster PDF is built from.

Seats: a body's charter seats are rows of (organisation, number of seats); a row without an
organisation is an open seat (a community member, any agency). Current voting members (chair,
co-chair, member) fill their organisation's seats first, then open seats; what is left is shown as
empty seats (domain.governance.empty_seats). The organisations with seats are the body's member
agencies for the PCG's one-voice-per-agency rule, so an agency whose member left still counts as
absent rather than silently dropping out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import Form, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


class GovernanceRecordNotFound(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "That governance record no longer exists. It may have been removed.")


class StillInUse(KnownError):
    """A record others still depend on; the template given says what to do first."""

    template = QT_TRANSLATE_NOOP("errors", "This record is still in use.")


def _today() -> date:
    return date.today()


# ----- plain data handed to the window and to reports ------------------------------------------


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    short_name: str | None
    kind: str
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"name": self.name, "short_name": self.short_name, "kind": self.kind, "notes": self.notes}


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    organisation_id: str | None
    organisation: str
    title: str | None
    email: str | None
    phone: str | None
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.PERSON_FORM.names}


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
    organisation: str  # "" for an open seat
    seats: int
    note: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"organisation_id": self.organisation_id, "seats": self.seats, "note": self.note}


@dataclass(frozen=True)
class MembershipRow:
    id: str
    body_id: str
    person_id: str
    person: str
    title: str | None
    organisation_id: str | None
    organisation: str
    role: str
    term_start: date
    term_end: date | None
    decision_authority: bool
    confidentiality_signed_on: date | None
    alternate_for_id: str | None
    alternate_for: str  # the member's name, for an alternate
    state: str  # domain.governance.term_state: future, current, expiring, ended
    flags: frozenset[str] = field(default_factory=frozenset)  # "no_confidentiality" (OWG)
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.MEMBERSHIP_FORM.names}

    @property
    def days_left(self) -> int | None:
        return None if self.term_end is None else (self.term_end - _today()).days


@dataclass(frozen=True)
class EmptySeatRow:
    organisation_id: str | None
    organisation: str  # "" for open seats
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
    organisation: str
    role: str
    term_end: date
    days_left: int


# ----- shared helpers ----------------------------------------------------------------------


def _live(session: Session, model: type, row_id: str | None) -> object:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise GovernanceRecordNotFound()
    return row


def _defaults(form: Form, values: Mapping) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _org_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(GM.GovOrganisation.id, GM.GovOrganisation.name)).all()
    return {r[0]: r[1] for r in rows}


def _organisation(row: GM.GovOrganisation) -> Organisation:
    return Organisation(row.id, row.name, row.short_name, row.kind, row.notes, row.row_version)


def _person(row: GM.GovPerson, orgs: Mapping[str, str]) -> Person:
    return Person(row.id, row.full_name, row.organisation_id, orgs.get(row.organisation_id or "", ""),
                  row.title, row.email, row.phone, row.notes, row.row_version)


def _body(row: GM.GovBody) -> Body:
    return Body(row.id, row.name, row.kind, row.area, row.in_development, row.rule, row.quorum_count,
                row.quorum_percent, row.meets, row.purpose, row.row_version)


def _stamp(site: SiteSession, row: object) -> None:
    row.updated_by = site.actor.account_id


# ----- organisations -------------------------------------------------------------------------


def list_organisations(site: SiteSession) -> list[Organisation]:
    site.require(Permission.VIEW_GOVERNANCE)
    o = GM.GovOrganisation
    with site.unit_of_work() as session:
        rows = session.scalars(select(o).where(o.deleted_at.is_(None)).order_by(func.lower(o.name))).all()
        return [_organisation(r) for r in rows]


def _check_unique_org(session: Session, name: str, exclude: str | None) -> None:
    o = GM.GovOrganisation
    clash = session.scalar(
        select(o.id).where(o.deleted_at.is_(None), func.lower(o.name) == name.lower(), o.id != (exclude or ""))
    )
    if clash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is already an organisation with this name."), field="name"
        )


def create_organisation(site: SiteSession, values: Mapping) -> Organisation:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ORGANISATION_FORM, _defaults(G.ORGANISATION_FORM, values))
    with site.unit_of_work() as session:
        _check_unique_org(session, clean["name"], None)
        row = GM.GovOrganisation(**clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "gov_organisation", row.id)
        return _organisation(row)


def update_organisation(site: SiteSession, organisation_id: str, values: Mapping,
                        expected_version: int | None = None) -> Organisation:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ORGANISATION_FORM, _defaults(G.ORGANISATION_FORM, values))
    with site.unit_of_work() as session:
        row = _live(session, GM.GovOrganisation, organisation_id)
        check_version(row, expected_version, G.ORGANISATION_FORM, clean, lambda: _organisation(row).values)
        _check_unique_org(session, clean["name"], row.id)
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_organisation", row.id)
        session.flush()
        return _organisation(row)


def delete_organisation(site: SiteSession, organisation_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.GovOrganisation, organisation_id)
        people = session.scalar(select(func.count()).select_from(GM.GovPerson).where(
            GM.GovPerson.organisation_id == row.id, GM.GovPerson.deleted_at.is_(None)))
        members = session.scalar(select(func.count()).select_from(GM.Membership).where(
            GM.Membership.organisation_id == row.id, GM.Membership.deleted_at.is_(None)))
        seats = session.scalar(select(func.count()).select_from(GM.BodySeat).where(
            GM.BodySeat.organisation_id == row.id, GM.BodySeat.deleted_at.is_(None)))
        if people or members or seats:
            raise StillInUse(
                QT_TRANSLATE_NOOP("errors", "This organisation still has people, memberships or seats "
                                            "({people}, {members}, {seats}). Move or remove them first."),
                people=people, members=members, seats=seats,
            )
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "gov_organisation", row.id)


# ----- people -----------------------------------------------------------------------------


def list_people(site: SiteSession, organisation_id: str | None = None) -> list[Person]:
    site.require(Permission.VIEW_GOVERNANCE)
    p = GM.GovPerson
    with site.unit_of_work() as session:
        query = select(p).where(p.deleted_at.is_(None))
        if organisation_id:
            query = query.where(p.organisation_id == organisation_id)
        rows = session.scalars(query.order_by(func.lower(p.full_name))).all()
        orgs = _org_names(session)
        return [_person(r, orgs) for r in rows]


def _check_org(session: Session, organisation_id: object, field_name: str = "organisation_id") -> None:
    if organisation_id:
        row = session.get(GM.GovOrganisation, str(organisation_id))
        if row is None or row.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the organisations on file."), field=field_name
            )


def create_person(site: SiteSession, values: Mapping) -> Person:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.PERSON_FORM, dict(values))
    with site.unit_of_work() as session:
        _check_org(session, clean.get("organisation_id"))
        row = GM.GovPerson(**clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "gov_person", row.id)
        return _person(row, _org_names(session))


def update_person(site: SiteSession, person_id: str, values: Mapping, expected_version: int | None = None) -> Person:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.PERSON_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.GovPerson, person_id)
        check_version(row, expected_version, G.PERSON_FORM, clean, lambda: _person(row, {}).values)
        _check_org(session, clean.get("organisation_id"))
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_person", row.id)
        session.flush()
        return _person(row, _org_names(session))


def delete_person(site: SiteSession, person_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.GovPerson, person_id)
        current = [
            m for m in session.scalars(select(GM.Membership).where(
                GM.Membership.person_id == row.id, GM.Membership.deleted_at.is_(None))).all()
            if G.term_state(m.term_start, m.term_end, _today()) != "ended"
        ]
        if current:
            raise StillInUse(
                QT_TRANSLATE_NOOP("errors", "This person still holds {count} membership(s). End their terms first."),
                count=len(current),
            )
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "gov_person", row.id)


# ----- bodies and seats ---------------------------------------------------------------------


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
                      key=lambda s: (s.organisation_id is None, s.organisation.casefold()))


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
                    "errors", "This organisation already has seats on this body; change their number instead."
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
                    "errors", "This organisation already has seats on this body; change their number instead."
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


# ----- memberships ----------------------------------------------------------------------------


def _membership_rows(session: Session, body: GM.GovBody, memberships: list[GM.Membership], day: date) -> list[MembershipRow]:
    orgs = _org_names(session)
    person_ids = {m.person_id for m in memberships}
    people = {
        p.id: p for p in session.scalars(select(GM.GovPerson).where(GM.GovPerson.id.in_(person_ids))).all()
    } if person_ids else {}
    by_id = {m.id: m for m in memberships}
    out = []
    for m in memberships:
        person = people.get(m.person_id)
        flags = set()
        if body.kind == "owg" and m.role != "staff" and m.confidentiality_signed_on is None:
            flags.add("no_confidentiality")
        target = by_id.get(m.alternate_for_id or "") or (
            session.get(GM.Membership, m.alternate_for_id) if m.alternate_for_id else None
        )
        target_person = (people.get(target.person_id) or session.get(GM.GovPerson, target.person_id)) if target else None
        out.append(MembershipRow(
            m.id, m.body_id, m.person_id, person.full_name if person else "", person.title if person else None,
            m.organisation_id, orgs.get(m.organisation_id or "", ""), m.role, m.term_start, m.term_end,
            m.decision_authority, m.confidentiality_signed_on, m.alternate_for_id,
            target_person.full_name if target_person else "", G.term_state(m.term_start, m.term_end, day),
            frozenset(flags), m.row_version,
        ))
    return out


_ROLE_ORDER = {code: i for i, code in enumerate(G.MEMBERSHIP_ROLE.codes())}


def _sort_key(row: MembershipRow) -> tuple:
    return (_ROLE_ORDER.get(row.role, 9), row.organisation.casefold(), row.person.casefold())


def list_memberships(site: SiteSession, body_id: str, *, include_ended: bool = True) -> list[MembershipRow]:
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        body = _live(session, GM.GovBody, body_id)
        rows = _membership_rows(session, body, _memberships(session, body_id), _today())
    if not include_ended:
        rows = [r for r in rows if r.state != "ended"]
    return sorted(rows, key=_sort_key)


def _memberships(session: Session, body_id: str) -> list[GM.Membership]:
    m = GM.Membership
    return list(session.scalars(select(m).where(m.body_id == body_id, m.deleted_at.is_(None))).all())


def _check_membership(session: Session, body_id: str, clean: dict, membership_id: str | None) -> None:
    person = session.get(GM.GovPerson, str(clean["person_id"]))
    if person is None or person.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose one of the people on file."), field="person_id")
    _check_org(session, clean.get("organisation_id"))
    if not clean.get("organisation_id"):
        clean["organisation_id"] = person.organisation_id
    target_id = clean.get("alternate_for_id")
    if target_id:
        if clean["role"] != "alternate":
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only an alternate sits in for a member."), field="alternate_for_id"
            )
        target = session.get(GM.Membership, str(target_id))
        if (target is None or target.deleted_at is not None or target.body_id != body_id
                or target.role not in G.VOTING_ROLES or target.id == membership_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An alternate sits in for a chair, co-chair or member of the same body."),
                field="alternate_for_id",
            )


def add_membership(site: SiteSession, body_id: str, values: Mapping) -> MembershipRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.MEMBERSHIP_FORM, _defaults(G.MEMBERSHIP_FORM, values))
    with site.unit_of_work() as session:
        body = _live(session, GM.GovBody, body_id)
        _check_membership(session, body_id, clean, None)
        row = GM.Membership(body_id=body_id, **clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "gov_membership", row.id, body=body_id, person=row.person_id)
        return _membership_rows(session, body, [row], _today())[0]


def update_membership(site: SiteSession, membership_id: str, values: Mapping,
                      expected_version: int | None = None) -> MembershipRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.MEMBERSHIP_FORM, _defaults(G.MEMBERSHIP_FORM, values))
    with site.unit_of_work() as session:
        row = _live(session, GM.Membership, membership_id)
        body = _live(session, GM.GovBody, row.body_id)
        _check_membership(session, row.body_id, clean, row.id)  # fills in the person's organisation
        check_version(row, expected_version, G.MEMBERSHIP_FORM, clean,
                      {name: getattr(row, name) for name in G.MEMBERSHIP_FORM.names})
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_membership", row.id, body=row.body_id)
        session.flush()
        return _membership_rows(session, body, [row], _today())[0]


def end_membership(site: SiteSession, membership_id: str, term_end: date | None = None,
                   expected_version: int | None = None) -> MembershipRow:
    """End a term (today unless told otherwise); the membership stays for past minutes."""
    site.require(Permission.EDIT_GOVERNANCE)
    term_end = term_end or _today()
    with site.unit_of_work() as session:
        row = _live(session, GM.Membership, membership_id)
        body = _live(session, GM.GovBody, row.body_id)
        check_version(row, expected_version, G.MEMBERSHIP_FORM, {"term_end": term_end}, {"term_end": row.term_end})
        if term_end < row.term_start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The term cannot end before it starts."), field="term_end"
            )
        row.term_end = term_end
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "gov_membership", row.id, body=row.body_id, ended=True)
        session.flush()
        return _membership_rows(session, body, [row], _today())[0]


def delete_membership(site: SiteSession, membership_id: str) -> None:
    """Remove a membership entered by mistake. One that appears in a meeting's attendance is refused."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.Membership, membership_id)
        used = session.scalar(select(func.count()).select_from(GM.Attendance).where(
            GM.Attendance.membership_id == row.id, GM.Attendance.deleted_at.is_(None),
            GM.Attendance.status.is_not(None)))
        if used:
            raise StillInUse(
                QT_TRANSLATE_NOOP(
                    "errors", "This membership is in the attendance of {count} meeting(s). End the term instead."
                ),
                count=used,
            )
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "gov_membership", row.id, body=row.body_id)


# ----- roster and expiring terms ---------------------------------------------------------------


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
    seats_sorted = sorted(seat_rows, key=lambda s: (s.organisation_id is None, s.organisation.casefold()))
    return RosterData(
        _body(body_row),
        day,
        tuple(sorted(current, key=_sort_key) + sorted(future, key=_sort_key)),
        tuple(sorted(ended, key=lambda r: r.term_end or day, reverse=True)),
        tuple(seats_sorted),
        tuple(
            sorted((EmptySeatRow(e.organisation_id, orgs.get(e.organisation_id or "", ""), e.missing) for e in empty),
                   key=lambda e: (e.organisation_id is None, e.organisation.casefold()))
        ),
        site_name,
    )


roster = roster_data


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


def organisation_choices(site: SiteSession) -> list[tuple[str, str]]:
    return [(o.id, o.name) for o in list_organisations(site)]


def person_choices(site: SiteSession) -> list[tuple[str, str]]:
    return [(p.id, f"{p.full_name} ({p.organisation})" if p.organisation else p.full_name) for p in list_people(site)]
