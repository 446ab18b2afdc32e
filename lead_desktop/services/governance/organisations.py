"""The organisations that sit on the governance bodies (agencies, community groups): their names,
and the check that an organisation chosen on a form is one on file."""

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
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


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


def _org_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(GM.GovOrganisation.id, GM.GovOrganisation.name)).all()
    return {r[0]: r[1] for r in rows}


def _organisation(row: GM.GovOrganisation) -> Organisation:
    return Organisation(row.id, row.name, row.short_name, row.kind, row.notes, row.row_version)


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


def _check_org(session: Session, organisation_id: object, field_name: str = "organisation_id") -> None:
    if organisation_id:
        row = session.get(GM.GovOrganisation, str(organisation_id))
        if row is None or row.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the organisations on file."), field=field_name
            )


def organisation_choices(site: SiteSession) -> list[tuple[str, str]]:
    return [(o.id, o.name) for o in list_organisations(site)]
