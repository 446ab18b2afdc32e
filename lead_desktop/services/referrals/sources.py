"""Referral sources: the referring agencies and their officers (arrest and social-contact
referrals name them; the community pathway names a referring person instead).

An agency is an organization of the site's one list (services.governance.organizations): the
organizations that refer people, or that a referral or an officer names. Adding one here adds it
to that list, marked as referring people, so it is on Governance → Organizations too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import validate
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.organizations import Organization, create_organization, update_organization
from lead_desktop.services.participants.common import RecordNotFound
from lead_desktop.services.referrals.common import _defaults
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class AgencyRow(Organization):
    """An organization as the referral side lists it: with its referrals and officers on file."""

    referrals: int = 0
    officers: int = 0


@dataclass(frozen=True)
class OfficerRow:
    id: str
    name: str
    badge: str | None
    agency_id: str | None
    agency: str
    active: bool
    referrals: int
    version: int = 0


def list_agencies(site: SiteSession, *, include_inactive: bool = True) -> list[AgencyRow]:
    """The organizations that refer people, or that a referral or an officer names, with those counts."""
    site.require(Permission.VIEW_PARTICIPANTS)
    a, r, o = M.Organization, M.Referral, M.ReferringOfficer
    referrals = (select(func.count(r.id)).where(r.agency_id == a.id, r.deleted_at.is_(None))
                 .correlate(a).scalar_subquery())
    officers = (select(func.count(o.id)).where(o.agency_id == a.id, o.deleted_at.is_(None))
                .correlate(a).scalar_subquery())
    conditions = [a.deleted_at.is_(None), or_(a.refers_people.is_(True), referrals > 0, officers > 0)]
    if not include_inactive:
        conditions.append(a.active.is_(True))
    with site.unit_of_work() as session:
        rows = session.execute(
            select(a.id, a.name, a.short_name, a.kind, a.refers_people, a.active, a.notes, a.row_version, referrals,
                   officers).where(*conditions).order_by(func.lower(a.name))
        ).all()
    return [AgencyRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), *row[6:]) for row in rows]


def _agency_row(session: Session, agency_id: str) -> M.Organization:
    row = session.get(M.Organization, agency_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound()
    return row


@queued("referrals.save_agency", target="agency_id")
def save_agency(site: SiteSession, values: dict, agency_id: str | None = None,
                expected_version: int | None = None) -> str:
    """Add (no id) or change a referring agency: an organization of the one list, referring people unless
    `values` say otherwise. Fields not in `values` keep what they are. EditConflict when it changed since
    `expected_version`. Returns its id."""
    site.require(Permission.EDIT_PARTICIPANTS)
    if agency_id is None:
        return create_organization(site, {"refers_people": True, **values}).id
    return update_organization(site, agency_id, values, expected_version).id


def list_officers(site: SiteSession, *, agency_id: str | None = None,
                  include_inactive: bool = True) -> list[OfficerRow]:
    site.require(Permission.VIEW_PARTICIPANTS)
    o, a, r = M.ReferringOfficer, M.Organization, M.Referral
    referrals = (select(func.count(r.id)).where(r.officer_id == o.id, r.deleted_at.is_(None))
                 .correlate(o).scalar_subquery())
    conditions = [o.deleted_at.is_(None)]
    if agency_id:
        conditions.append(o.agency_id == agency_id)
    if not include_inactive:
        conditions.append(o.active.is_(True))
    with site.unit_of_work() as session:
        rows = session.execute(
            select(o.id, o.name, o.badge, o.agency_id, a.name, o.active, referrals, o.row_version)
            .outerjoin(a, a.id == o.agency_id).where(*conditions).order_by(func.lower(o.name))
        ).all()
    return [OfficerRow(r_[0], r_[1], r_[2], r_[3], r_[4] or "", r_[5], r_[6], r_[7]) for r_ in rows]


@queued("referrals.save_officer", target="officer_id")
def save_officer(site: SiteSession, values: dict, officer_id: str | None = None,
                 expected_version: int | None = None) -> str:
    """Add (no id) or change an officer (EditConflict when it changed since `expected_version`). Returns its id."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(R.OFFICER_FORM, _defaults(R.OFFICER_FORM, values))
    with site.unit_of_work() as session:
        if clean.get("agency_id"):
            _agency_row(session, clean["agency_id"])
        if officer_id is None:
            row = M.ReferringOfficer(updated_by=site.actor.account_id)
            session.add(row)
        else:
            row = session.get(M.ReferringOfficer, officer_id)
            if row is None or row.deleted_at is not None:
                raise RecordNotFound()
            check_version(row, expected_version, R.OFFICER_FORM, clean,
                          {name: getattr(row, name) for name in R.OFFICER_FORM.names})
            row.updated_by = site.actor.account_id
        for name in R.OFFICER_FORM.names:
            setattr(row, name, clean[name])
        session.flush()
        site.audit(session, AuditAction.CREATE if officer_id is None else AuditAction.UPDATE, "referring_officer",
                   row.id, agency=row.agency_id)
        return row.id
