"""The site's one list of organizations (storage.models_organizations): the agencies and groups that sit
on the governance bodies and the agencies that refer people, entered once for both.

Who may do what: anyone who sees governance or participants reads the list; project managers and
administrators (governance) and case managers (who add a referring agency while taking a referral)
add and change organizations. An organization still named by a person, a seat, a membership, a
referral or an officer cannot be deleted. The referral side's view of the list (agencies with their
referral and officer counts) is services.referrals.sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import organizations as O
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import StillInUse, _live, _stamp
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM

READERS = (Permission.VIEW_GOVERNANCE, Permission.VIEW_PARTICIPANTS)
EDITORS = (Permission.EDIT_GOVERNANCE, Permission.EDIT_PARTICIPANTS)


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    short_name: str | None
    kind: str
    refers_people: bool
    active: bool
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {name: getattr(self, name) for name in O.ORGANIZATION_FORM.names}


def require_one_of(site: SiteSession, permissions: tuple[Permission, ...]) -> None:
    """PermissionDenied (for the first) unless the person holds one of `permissions`."""
    if not any(site.can(p) for p in permissions):
        site.require(permissions[0])


def _org_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(M.Organization.id, M.Organization.name)).all()
    return {r[0]: r[1] for r in rows}


def _organization(row: M.Organization) -> Organization:
    return Organization(row.id, row.name, row.short_name, row.kind, bool(row.refers_people), bool(row.active),
                        row.notes, row.row_version)


def list_organizations(site: SiteSession, *, refers_people: bool | None = None,
                       include_inactive: bool = True) -> list[Organization]:
    """Every organization on file, by name; only those that refer people (or not) when asked."""
    require_one_of(site, READERS)
    o = M.Organization
    conditions = [o.deleted_at.is_(None)]
    if refers_people is not None:
        conditions.append(o.refers_people.is_(refers_people))
    if not include_inactive:
        conditions.append(o.active.is_(True))
    with site.unit_of_work() as session:
        rows = session.scalars(select(o).where(*conditions).order_by(func.lower(o.name))).all()
        return [_organization(r) for r in rows]


def _check_unique(session: Session, name: str, exclude: str | None) -> None:
    """Names are unique among live organizations, case and spacing aside (as migration 0009 merged them)."""
    o = M.Organization
    wanted = " ".join(name.split()).casefold()
    for other_id, other in session.execute(select(o.id, o.name).where(o.deleted_at.is_(None), o.id != (exclude or ""))):
        if " ".join(other.split()).casefold() == wanted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already an organization with this name."), field="name"
            )


def _clean(values: Mapping, current: Mapping | None) -> dict:
    """The form's values: those given, the current ones (or the defaults) for the rest."""
    merged = dict(current) if current is not None else {
        spec.name: spec.default for spec in O.ORGANIZATION_FORM if spec.default is not None}
    merged.update(values)
    if current is None and "refers_people" not in values:
        merged["refers_people"] = O.refers_by_default(merged.get("kind"))
    clean = validate(O.ORGANIZATION_FORM, merged)
    clean["name"] = " ".join(clean["name"].split())
    return clean


def create_organization(site: SiteSession, values: Mapping) -> Organization:
    require_one_of(site, EDITORS)
    clean = _clean(values, None)
    with site.unit_of_work() as session:
        _check_unique(session, clean["name"], None)
        row = M.Organization(**clean, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "organization", row.id, kind=row.kind,
                   refers_people=bool(row.refers_people))
        return _organization(row)


def update_organization(site: SiteSession, organization_id: str, values: Mapping,
                        expected_version: int | None = None) -> Organization:
    """Change an organization; fields not in `values` keep what they are (EditConflict when it changed since)."""
    require_one_of(site, EDITORS)
    with site.unit_of_work() as session:
        row = _live(session, M.Organization, organization_id)
        saved = _organization(row).values
        clean = _clean(values, saved)
        check_version(row, expected_version, O.ORGANIZATION_FORM, clean, saved)
        _check_unique(session, clean["name"], row.id)
        for key, value in clean.items():
            setattr(row, key, value)
        _stamp(site, row)
        site.audit(session, AuditAction.UPDATE, "organization", row.id)
        session.flush()
        return _organization(row)


def delete_organization(site: SiteSession, organization_id: str) -> None:
    require_one_of(site, EDITORS)
    with site.unit_of_work() as session:
        row = _live(session, M.Organization, organization_id)

        def count(model: type, column: object) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(
                column == row.id, model.deleted_at.is_(None))) or 0)

        people = count(GM.GovPerson, GM.GovPerson.organisation_id)
        members = count(GM.Membership, GM.Membership.organisation_id)
        seats = count(GM.BodySeat, GM.BodySeat.organisation_id)
        referrals = count(M.Referral, M.Referral.agency_id) + count(M.ReferringOfficer, M.ReferringOfficer.agency_id)
        if people or members or seats or referrals:
            raise StillInUse(
                QT_TRANSLATE_NOOP("errors", "This organization still has people, memberships, seats or referrals and "
                                            "officers ({people}, {members}, {seats}, {referrals}). Move or remove "
                                            "them first, or mark it inactive."),
                people=people, members=members, seats=seats, referrals=referrals,
            )
        row.deleted_at = M.utcnow()
        _stamp(site, row)
        site.audit(session, AuditAction.DELETE, "organization", row.id)


def _check_org(session: Session, organization_id: object, field_name: str = "organisation_id") -> None:
    if organization_id:
        row = session.get(M.Organization, str(organization_id))
        if row is None or row.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the organizations on file."), field=field_name
            )


def organization_choices(site: SiteSession) -> list[tuple[str, str]]:
    return [(o.id, o.name) for o in list_organizations(site)]
