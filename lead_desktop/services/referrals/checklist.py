"""The screening checklist, versioned: a change adds a version, and each referral keeps the id of the
version it was screened under with its answers. A site that has none gets DOMAIN.md §3's defaults
as version 1; editing it needs EDIT_SCREENING (administrators and the project manager)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ChecklistChanged, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes


@dataclass(frozen=True)
class ChecklistVersion:
    id: str
    version: int
    criteria: tuple[R.Criterion, ...]
    created_at: datetime
    created_by: str
    change_note: str | None
    referrals: int  # referrals screened under this version


def _latest_checklist(session: Session) -> M.ScreeningChecklist | None:
    return session.scalar(
        select(M.ScreeningChecklist).where(M.ScreeningChecklist.deleted_at.is_(None))
        .order_by(M.ScreeningChecklist.version.desc()).limit(1)
    )


def _current_checklist(site: SiteSession, session: Session) -> M.ScreeningChecklist:
    """The newest version; a site that has none gets DOMAIN.md §3's defaults as version 1."""
    row = _latest_checklist(session)
    if row is None:
        serialize_writes(session)  # two laptops opening intake at once must not both make version 1
        row = _latest_checklist(session)
    if row is None:
        row = M.ScreeningChecklist(version=1, criteria=R.checklist_to_json(R.DEFAULT_CHECKLIST),
                                   change_note=None, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "screening_checklist", row.id, version=1, defaults=True)
    return row


def _checklist_version(session: Session, row: M.ScreeningChecklist) -> ChecklistVersion:
    count = session.scalar(
        select(func.count(M.Referral.id)).where(M.Referral.checklist_id == row.id, M.Referral.deleted_at.is_(None))
    )
    author = session.get(M.Account, row.updated_by) if row.updated_by else None
    return ChecklistVersion(row.id, row.version, R.checklist_from_json(row.criteria), row.created_at,
                            author.display_name if author else "", row.change_note, count or 0)


def current_checklist(site: SiteSession) -> ChecklistVersion:
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        return _checklist_version(session, _current_checklist(site, session))


def checklist_versions(site: SiteSession) -> list[ChecklistVersion]:
    """Every version, newest first."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        _current_checklist(site, session)
        rows = session.scalars(
            select(M.ScreeningChecklist).where(M.ScreeningChecklist.deleted_at.is_(None))
            .order_by(M.ScreeningChecklist.version.desc())
        ).all()
        return [_checklist_version(session, row) for row in rows]


def save_checklist(site: SiteSession, criteria: list[R.Criterion], change_note: str | None = None,
                   based_on: int | None = None) -> ChecklistVersion:
    """Save an edited checklist as a new version. Referrals screened before keep their version.

    `based_on` is the version the editor opened: when someone saved a newer one meanwhile, nothing is
    saved and ChecklistChanged says which (saving again with that number puts this one on top)."""
    site.require(Permission.EDIT_SCREENING)
    clean = R.validate_checklist(criteria)
    note = " ".join((change_note or "").split())[:500] or None
    with site.unit_of_work() as session:
        serialize_writes(session)  # the next version number is read here
        current = _current_checklist(site, session)
        if based_on is not None and current.version != based_on:
            raise ChecklistChanged(version=current.version, next=current.version + 1)
        if R.checklist_from_json(current.criteria) == clean:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nothing was changed in the checklist."))
        row = M.ScreeningChecklist(version=current.version + 1, criteria=R.checklist_to_json(clean),
                                   change_note=note, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "screening_checklist", row.id, version=row.version,
                   criteria=[c.code for c in clean])
        return _checklist_version(session, row)
