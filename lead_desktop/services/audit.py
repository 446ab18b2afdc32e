"""Reading and checking the audit log (administrators only)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select

from lead_desktop.domain.roles import Permission
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage.models import AuditEntry


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity_type: str | None
    entity_id: str | None
    detail: dict


def count_entries(site: SiteSession) -> int:
    site.require(Permission.VIEW_AUDIT)
    with site.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def list_entries(site: SiteSession, limit: int = 500, offset: int = 0, action: str | None = None) -> list[AuditRow]:
    """Newest first."""
    site.require(Permission.VIEW_AUDIT)
    with site.unit_of_work() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit).offset(offset)
        if action:
            query = query.where(AuditEntry.action == action)
        return [
            AuditRow(e.seq, e.at, e.actor, e.action, e.entity_type, e.entity_id, json.loads(e.detail))
            for e in session.scalars(query)
        ]


def verify_chain(site: SiteSession) -> audit_log.ChainCheck:
    site.require(Permission.VIEW_AUDIT)
    with site.unit_of_work() as session:
        return audit_log.verify_chain(session)
