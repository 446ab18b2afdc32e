"""The people who serve on the governance bodies (not participants): contact details and their
organization. A person who still holds a current membership cannot be removed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import StillInUse, _live, _stamp, _today
from lead_desktop.services.governance.organizations import _check_org, _org_names
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    organisation_id: str | None
    organization: str
    title: str | None
    email: str | None
    phone: str | None
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.PERSON_FORM.names}


def _person(row: GM.GovPerson, orgs: Mapping[str, str]) -> Person:
    return Person(row.id, row.full_name, row.organisation_id, orgs.get(row.organisation_id or "", ""),
                  row.title, row.email, row.phone, row.notes, row.row_version)


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


def person_choices(site: SiteSession) -> list[tuple[str, str]]:
    return [(p.id, f"{p.full_name} ({p.organization})" if p.organization else p.full_name) for p in list_people(site)]
