"""Memberships: who sits on a body, in which role, for which term, and for whom an alternate sits
in. A term is ended rather than removed, so past minutes keep their attendance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import StillInUse, _defaults, _live, _stamp, _today
from lead_desktop.services.governance.organizations import _check_org, _org_names
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class MembershipRow:
    id: str
    body_id: str
    person_id: str
    person: str
    title: str | None
    organisation_id: str | None
    organization: str
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
    return (_ROLE_ORDER.get(row.role, 9), row.organization.casefold(), row.person.casefold())


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
        _check_membership(session, row.body_id, clean, row.id)  # fills in the person's organization
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
