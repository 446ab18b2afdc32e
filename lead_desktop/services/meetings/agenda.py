"""A meeting's agenda: items added, changed, removed and put in order. Decisions and action items
under a removed item stay, no longer tied to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import _live
from lead_desktop.services.meetings.editing import _meeting_for_edit, _renumber
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class AgendaItemRow:
    id: str
    position: int
    title: str
    presenter: str | None
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"title": self.title, "presenter": self.presenter, "notes": self.notes}


def _agenda(session: Session, meeting_id: str) -> list[GM.AgendaItem]:
    a = GM.AgendaItem
    return list(session.scalars(
        select(a).where(a.meeting_id == meeting_id, a.deleted_at.is_(None)).order_by(a.position, a.created_at)))


def _agenda_row(row: GM.AgendaItem) -> AgendaItemRow:
    return AgendaItemRow(row.id, row.position, row.title, row.presenter, row.notes, row.row_version)


def add_agenda_item(site: SiteSession, meeting_id: str, values: Mapping) -> AgendaItemRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.AGENDA_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        items = _agenda(session, meeting.id)
        _renumber(items)
        row = GM.AgendaItem(meeting_id=meeting.id, position=len(items) + 1, updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "agenda_item", row.id, meeting=meeting.id)
        return _agenda_row(row)


def update_agenda_item(site: SiteSession, item_id: str, values: Mapping,
                       expected_version: int | None = None) -> AgendaItemRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.AGENDA_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.AGENDA_ITEM_FORM, clean, lambda: _agenda_row(row).values)
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.UPDATE, "agenda_item", row.id, meeting=row.meeting_id)
        session.flush()
        return _agenda_row(row)


def remove_agenda_item(site: SiteSession, item_id: str) -> None:
    """Decisions and actions under the item stay, no longer tied to an item."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        for model in (GM.Decision, GM.ActionItem):
            for linked in session.scalars(select(model).where(model.agenda_item_id == row.id)).all():
                linked.agenda_item_id = None
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        _renumber(_agenda(session, row.meeting_id))
        site.audit(session, AuditAction.DELETE, "agenda_item", row.id, meeting=row.meeting_id)


def move_agenda_item(site: SiteSession, item_id: str, offset: int) -> list[AgendaItemRow]:
    """Move an item up (negative offset) or down the agenda; returns the agenda in its new order."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        items = _agenda(session, row.meeting_id)
        index = next(i for i, item in enumerate(items) if item.id == row.id)
        target = max(0, min(len(items) - 1, index + offset))
        if target != index:
            items.insert(target, items.pop(index))
            _renumber(items)
            for item in items:
                item.updated_by = site.actor.account_id
            site.audit(session, AuditAction.UPDATE, "agenda_item", row.id, meeting=row.meeting_id, position=target + 1)
        session.flush()
        return [_agenda_row(r) for r in items]


def reorder_agenda(site: SiteSession, meeting_id: str, ordered_ids: list[str]) -> list[AgendaItemRow]:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        items = {i.id: i for i in _agenda(session, meeting.id)}
        if set(ordered_ids) != set(items) or len(ordered_ids) != len(items):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agenda changed meanwhile. Reload the meeting and try again.")
            )
        ordered = [items[i] for i in ordered_ids]
        _renumber(ordered)
        site.audit(session, AuditAction.UPDATE, "meeting", meeting.id, agenda_reordered=True)
        session.flush()
        return [_agenda_row(r) for r in ordered]
