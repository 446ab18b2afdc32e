"""Decisions and action items.

A decision may link the eligibility-criteria version (screening checklist) it adopted and the
intake deadline it set. Action items: each keeps its status history (ActionItemUpdate). A status
given at a meeting counts at that meeting's start, one given between meetings when it was given.
A meeting shows its own new items and every earlier item of the body that was still open when it
began ("carried forward"), with the status as of that meeting, so approved minutes never change as
items move on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import _defaults, _live, _today
from lead_desktop.services.meetings.editing import _meeting_for_edit, _renumber
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM

# An eligibility-criteria version (a screening checklist) as decisions name it.
VERSION_LABEL = QT_TRANSLATE_NOOP("governance", "Version {number}")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class DecisionRow:
    id: str
    position: int
    agenda_item_id: str | None
    agenda_item: str
    text: str
    method: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    mover: str | None
    seconder: str | None
    outcome: str
    criteria_version_id: str | None
    criteria_version: str  # e.g. "Version 3", "" when not linked
    intake_deadline_days: int | None
    criteria_version_number: int | None = None  # 3 for "Version 3" (VERSION_LABEL in other languages)
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.DECISION_FORM.names}


@dataclass(frozen=True)
class ActionRow:
    id: str
    meeting_id: str  # where it was decided
    origin_starts_at: datetime
    agenda_item_id: str | None
    description: str
    owner: str
    due_on: date | None
    status: str  # as of the meeting being shown
    current_status: str
    carried: bool  # from an earlier meeting of the body
    closed_here: bool  # carried in open, closed at this meeting
    overdue: bool  # still open and due before the meeting's day
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"description": self.description, "owner": self.owner, "due_on": self.due_on,
                "agenda_item_id": self.agenda_item_id}


def _criteria_numbers(session: Session, ids: Iterable[str | None]) -> dict[str, int]:
    """The version number of each linked eligibility-criteria version (screening checklist)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(M.ScreeningChecklist.id, M.ScreeningChecklist.version)
                           .where(M.ScreeningChecklist.id.in_(wanted))).all()
    return {r[0]: r[1] for r in rows}


def version_label(number: int, translate: Callable[[str], str] = lambda text: text) -> str:
    return translate(VERSION_LABEL).format(number=number)


def _decisions(session: Session, meeting_id: str, agenda: Mapping[str, str]) -> list[DecisionRow]:
    d = GM.Decision
    rows = session.scalars(
        select(d).where(d.meeting_id == meeting_id, d.deleted_at.is_(None)).order_by(d.position, d.created_at)).all()
    numbers = _criteria_numbers(session, (r.criteria_version_id for r in rows))

    def label(version_id: str | None) -> str:
        number = numbers.get(version_id or "")
        return version_label(number) if number is not None else ""

    return [
        DecisionRow(r.id, r.position, r.agenda_item_id, agenda.get(r.agenda_item_id or "", ""), r.text, r.method,
                    r.votes_for, r.votes_against, r.votes_abstain, r.mover, r.seconder, r.outcome,
                    r.criteria_version_id, label(r.criteria_version_id), r.intake_deadline_days,
                    numbers.get(r.criteria_version_id or ""), r.row_version)
        for r in rows
    ]


def _changes(session: Session, action_ids: list[str]) -> dict[str, list[G.StatusChange]]:
    if not action_ids:
        return {}
    u = GM.ActionItemUpdate
    rows = session.execute(
        select(u.action_item_id, u.at, u.status).where(u.action_item_id.in_(action_ids), u.deleted_at.is_(None))
        .order_by(u.created_at)
    ).all()
    out: dict[str, list[G.StatusChange]] = {}
    for index, (action_id, at, status) in enumerate(rows):
        out.setdefault(action_id, []).append(G.StatusChange(at, status, index))
    return out


def _actions(session: Session, meeting: GM.Meeting) -> list[ActionRow]:
    a = GM.ActionItem
    rows = session.execute(
        select(a, GM.Meeting.starts_at)
        .join(GM.Meeting, GM.Meeting.id == a.meeting_id)
        .where(a.body_id == meeting.body_id, a.deleted_at.is_(None), GM.Meeting.deleted_at.is_(None),
               GM.Meeting.starts_at <= meeting.starts_at)
        .order_by(GM.Meeting.starts_at, a.created_at)
    ).all()
    changes = _changes(session, [r[0].id for r in rows])
    day = meeting.starts_at.date()
    out = []
    for item, origin_start in rows:
        history = changes.get(item.id, [])
        here = item.meeting_id == meeting.id
        carried = not here and G.carried_forward(origin_start, history, meeting.starts_at)
        if not (here or carried):
            continue
        status = G.status_as_of(history, meeting.starts_at) or item.status
        is_open = status in G.OPEN_ACTION_STATUSES
        out.append(ActionRow(
            item.id, item.meeting_id, origin_start, item.agenda_item_id, item.description, item.owner, item.due_on,
            status, item.status, carried, carried and not is_open,
            is_open and item.due_on is not None and item.due_on < day, item.row_version,
        ))
    out.sort(key=lambda r: (not r.carried, r.origin_starts_at, r.due_on or date.max))
    return out


def criteria_version_choices(site: SiteSession, translate: Callable[[str], str] = lambda text: text,
                             ) -> list[tuple[str, str]]:
    """The eligibility-criteria versions (screening checklists) a decision can be linked to, newest first.

    `translate` puts "Version {number}" (context "governance") in the person's language.
    """
    site.require(Permission.VIEW_GOVERNANCE)
    c = M.ScreeningChecklist
    with site.unit_of_work() as session:
        rows = session.execute(select(c.id, c.version, c.change_note).where(c.deleted_at.is_(None))
                               .order_by(c.version.desc())).all()
    return [(r[0], version_label(r[1], translate) + (f" — {r[2]}" if r[2] else "")) for r in rows]


def _check_decision_links(session: Session, meeting: GM.Meeting, clean: dict) -> None:
    item_id = clean.get("agenda_item_id")
    if item_id:
        item = session.get(GM.AgendaItem, item_id)
        if item is None or item.deleted_at is not None or item.meeting_id != meeting.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of this meeting's agenda items."), field="agenda_item_id"
            )
    version_id = clean.get("criteria_version_id")
    if version_id:
        version = session.get(M.ScreeningChecklist, version_id)
        if version is None or version.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the eligibility criteria versions on file."),
                field="criteria_version_id",
            )


def _decision_row(session: Session, row: GM.Decision) -> DecisionRow:
    item = session.get(GM.AgendaItem, row.agenda_item_id) if row.agenda_item_id else None
    number = _criteria_numbers(session, [row.criteria_version_id]).get(row.criteria_version_id or "")
    return DecisionRow(row.id, row.position, row.agenda_item_id, item.title if item else "", row.text, row.method,
                       row.votes_for, row.votes_against, row.votes_abstain, row.mover, row.seconder, row.outcome,
                       row.criteria_version_id, version_label(number) if number is not None else "",
                       row.intake_deadline_days, number, row.row_version)


def add_decision(site: SiteSession, meeting_id: str, values: Mapping) -> DecisionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.DECISION_FORM, _defaults(G.DECISION_FORM, values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        _check_decision_links(session, meeting, clean)
        count = session.scalar(select(func.count()).select_from(GM.Decision).where(
            GM.Decision.meeting_id == meeting.id, GM.Decision.deleted_at.is_(None))) or 0
        row = GM.Decision(meeting_id=meeting.id, position=count + 1, updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "decision", row.id, meeting=meeting.id,
                   criteria_version=row.criteria_version_id)
        return _decision_row(session, row)


def update_decision(site: SiteSession, decision_id: str, values: Mapping,
                    expected_version: int | None = None) -> DecisionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.DECISION_FORM, _defaults(G.DECISION_FORM, values))
    with site.unit_of_work() as session:
        row = _live(session, GM.Decision, decision_id)
        meeting = _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.DECISION_FORM, clean,
                      {name: getattr(row, name) for name in G.DECISION_FORM.names})
        _check_decision_links(session, meeting, clean)
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.UPDATE, "decision", row.id, meeting=meeting.id)
        session.flush()
        return _decision_row(session, row)


def remove_decision(site: SiteSession, decision_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.Decision, decision_id)
        _meeting_for_edit(session, row.meeting_id)
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        rest = session.scalars(select(GM.Decision).where(
            GM.Decision.meeting_id == row.meeting_id, GM.Decision.deleted_at.is_(None))
            .order_by(GM.Decision.position, GM.Decision.created_at)).all()
        _renumber(list(rest))
        site.audit(session, AuditAction.DELETE, "decision", row.id, meeting=row.meeting_id)


def _action_row(session: Session, meeting: GM.Meeting, action_id: str) -> ActionRow:
    return next(r for r in _actions(session, meeting) if r.id == action_id)


def _refresh_current(session: Session, item: GM.ActionItem) -> None:
    history = _changes(session, [item.id]).get(item.id, [])
    latest = max(history, key=lambda c: (c.at, c.order)) if history else None
    item.status = latest.status if latest else "open"
    item.closed_on = latest.at.date() if latest and latest.status not in G.OPEN_ACTION_STATUSES else None


def add_action_item(site: SiteSession, meeting_id: str, values: Mapping) -> ActionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ACTION_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        _check_decision_links(session, meeting, {"agenda_item_id": clean.get("agenda_item_id")})
        row = GM.ActionItem(body_id=meeting.body_id, meeting_id=meeting.id, status="open",
                            updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        session.add(GM.ActionItemUpdate(action_item_id=row.id, meeting_id=meeting.id, at=meeting.starts_at,
                                        status="open", updated_by=site.actor.account_id))
        session.flush()
        site.audit(session, AuditAction.CREATE, "action_item", row.id, meeting=meeting.id)
        return _action_row(session, meeting, row.id)


def update_action_item(site: SiteSession, action_id: str, values: Mapping,
                       expected_version: int | None = None) -> ActionRow:
    """Change what, who or when: only while the minutes of the meeting that decided it are open."""
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ACTION_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.ActionItem, action_id)
        meeting = _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.ACTION_ITEM_FORM, clean,
                      {name: getattr(row, name) for name in G.ACTION_ITEM_FORM.names})
        _check_decision_links(session, meeting, {"agenda_item_id": clean.get("agenda_item_id")})
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "action_item", row.id, meeting=meeting.id)
        return _action_row(session, meeting, row.id)


def set_action_status(site: SiteSession, action_id: str, status: str, meeting_id: str | None = None) -> str:
    """Give an action item a status at a meeting (where it was carried forward to, or decided) or between
    meetings (no meeting). Returns its current status."""
    site.require(Permission.EDIT_GOVERNANCE)
    if status not in G.ACTION_STATUS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose one of the action statuses."), field="status")
    with site.unit_of_work() as session:
        item = _live(session, GM.ActionItem, action_id)
        history = _changes(session, [item.id]).get(item.id, [])
        if meeting_id:
            meeting = _meeting_for_edit(session, meeting_id)
            origin = session.get(GM.Meeting, item.meeting_id)
            if meeting.body_id != item.body_id or origin.starts_at > meeting.starts_at:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This action item is not on this meeting's list."))
            if meeting.id != origin.id and not G.carried_forward(origin.starts_at, history, meeting.starts_at):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This action item was already closed before this meeting.")
                )
            existing = session.scalar(select(GM.ActionItemUpdate).where(
                GM.ActionItemUpdate.action_item_id == item.id, GM.ActionItemUpdate.meeting_id == meeting.id,
                GM.ActionItemUpdate.deleted_at.is_(None)).order_by(GM.ActionItemUpdate.created_at.desc()))
            if existing is not None:  # one status per item per meeting: the latest word replaces the earlier
                existing.status = status
                existing.updated_by = site.actor.account_id
            else:
                session.add(GM.ActionItemUpdate(action_item_id=item.id, meeting_id=meeting.id, at=meeting.starts_at,
                                                status=status, updated_by=site.actor.account_id))
        else:
            session.add(GM.ActionItemUpdate(action_item_id=item.id, meeting_id=None, at=_now(), status=status,
                                            updated_by=site.actor.account_id))
        session.flush()
        _refresh_current(session, item)
        item.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "action_item", item.id, meeting=meeting_id, status=status)
        return item.status


def remove_action_item(site: SiteSession, action_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        item = _live(session, GM.ActionItem, action_id)
        _meeting_for_edit(session, item.meeting_id)
        later = session.scalar(select(func.count()).select_from(GM.ActionItemUpdate).where(
            GM.ActionItemUpdate.action_item_id == item.id, GM.ActionItemUpdate.meeting_id != item.meeting_id))
        if later:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Later meetings followed this action up; mark it dropped instead.")
            )
        item.deleted_at = M.utcnow()
        item.updated_by = site.actor.account_id
        site.audit(session, AuditAction.DELETE, "action_item", item.id, meeting=item.meeting_id)


def open_actions(site: SiteSession, body_id: str) -> list[ActionRow]:
    """Every action item of a body still open today (for the Governance page and meeting packets)."""
    site.require(Permission.VIEW_GOVERNANCE)
    a = GM.ActionItem
    today = _today()
    with site.unit_of_work() as session:
        rows = session.execute(
            select(a, GM.Meeting.starts_at).join(GM.Meeting, GM.Meeting.id == a.meeting_id)
            .where(a.body_id == body_id, a.deleted_at.is_(None), GM.Meeting.deleted_at.is_(None),
                   a.status.in_(G.OPEN_ACTION_STATUSES))
            .order_by(a.due_on.is_(None), a.due_on, GM.Meeting.starts_at)
        ).all()
    return [ActionRow(i.id, i.meeting_id, start, i.agenda_item_id, i.description, i.owner, i.due_on, i.status,
                      i.status, True, False, i.due_on is not None and i.due_on < today, i.row_version)
            for i, start in rows]
