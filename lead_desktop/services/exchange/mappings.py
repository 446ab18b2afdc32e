"""Column mappings: which column of a spreadsheet fills which field (the field specs are the
columns, domain.exchange). A suggestion from the headers, and mappings saved by name for the next
file from the same source, or kept in a mapping file."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedMapping:
    name: str
    kind: str
    mapping: X.ColumnMapping
    updated_at: datetime


def suggest_mapping(kind: str, headers: Sequence[str], date_order: str = X.MONTH_FIRST) -> X.ColumnMapping:
    return X.suggest_mapping(kind, headers, date_order)


def _mapping_name(name: str) -> str:
    clean = " ".join(str(name or "").split())
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the mapping a name."), field="name")
    if len(clean) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A mapping name can have at most {maximum} characters."),
            field="name",
            maximum=80,
        )
    return clean


def list_mappings(site: SiteSession, kind: str | None = None) -> list[SavedMapping]:
    site.require(Permission.EDIT_PARTICIPANTS)
    m = M.ImportMapping
    conditions = [m.deleted_at.is_(None)]
    if kind:
        conditions.append(m.kind == kind)
    with site.unit_of_work() as session:
        rows = session.execute(select(m.name, m.kind, m.definition, m.updated_at).where(*conditions)
                               .order_by(func.lower(m.name))).all()
    out = []
    for name, row_kind, definition, updated in rows:
        if row_kind == X.HISTORY:
            continue  # the three sheets of a site's history: history_mapping_names
        try:
            out.append(SavedMapping(name, row_kind, X.ColumnMapping.from_json(definition), updated))
        except ValidationError:
            log.warning("a saved mapping could not be read")
    return out


def save_mapping(site: SiteSession, name: str, mapping: X.ColumnMapping) -> SavedMapping:
    """Save (or replace) a mapping under a name, for the next file from the same source."""
    site.require(Permission.EDIT_PARTICIPANTS)
    name = _mapping_name(name)
    X.check_mapping(mapping)
    row = _save(site, name, mapping.kind, mapping.to_json(), len(mapping.mapped))
    return SavedMapping(row[0], row[1], X.ColumnMapping.from_json(row[2]), row[3])


def _save(site: SiteSession, name: str, kind: str, definition: str, columns: int) -> tuple:
    with site.unit_of_work() as session:
        row = session.scalar(select(M.ImportMapping).where(M.ImportMapping.name == name))
        created = row is None
        if row is None:
            row = M.ImportMapping(name=name, kind=kind, definition=definition, updated_by=site.actor.account_id)
            session.add(row)
        else:
            row.kind, row.definition, row.deleted_at = kind, definition, None
            row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.CREATE if created else AuditAction.UPDATE, "import_mapping", row.id,
                   kind=kind, columns=columns)
        return row.name, row.kind, row.definition, row.updated_at


def save_history_mapping(site: SiteSession, name: str, mapping: X.HistoryMapping) -> str:
    """Save (or replace) the mapping of a site's history's three sheets under a name; returns the name."""
    site.require(Permission.EDIT_PARTICIPANTS)
    name = _mapping_name(name)
    mapping.checked()
    columns = sum(len(mapping.sheet(sheet).mapped) for sheet in X.SHEETS)
    return _save(site, name, X.HISTORY, mapping.to_json(), columns)[0]


def history_mapping_names(site: SiteSession) -> list[str]:
    site.require(Permission.EDIT_PARTICIPANTS)
    m = M.ImportMapping
    with site.unit_of_work() as session:
        return list(session.scalars(select(m.name).where(m.deleted_at.is_(None), m.kind == X.HISTORY)
                                    .order_by(func.lower(m.name))))


def load_history_mapping(site: SiteSession, name_or_file: str) -> X.HistoryMapping:
    """A saved history mapping by name, or a mapping file (the JSON `HistoryMapping.to_json` writes)."""
    path = Path(name_or_file).expanduser()
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            return X.HistoryMapping.from_json(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a saved mapping of a site's history.")) \
                from None
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        definition = session.scalar(select(M.ImportMapping.definition).where(
            M.ImportMapping.name == " ".join(name_or_file.split()), M.ImportMapping.deleted_at.is_(None)))
    if definition is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”."),
                              name=name_or_file[:80])
    return X.HistoryMapping.from_json(definition)


def get_mapping(site: SiteSession, name: str) -> X.ColumnMapping:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        definition = session.scalar(select(M.ImportMapping.definition).where(
            M.ImportMapping.name == " ".join(name.split()), M.ImportMapping.deleted_at.is_(None)))
    if definition is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”."), name=name[:80])
    return X.ColumnMapping.from_json(definition)


def delete_mapping(site: SiteSession, name: str) -> None:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.scalar(select(M.ImportMapping).where(M.ImportMapping.name == name,
                                                           M.ImportMapping.deleted_at.is_(None)))
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”."), name=name[:80]
            )
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.DELETE, "import_mapping", row.id)


def load_mapping(site: SiteSession, name_or_file: str) -> X.ColumnMapping:
    """A saved mapping by name, or a mapping file (the JSON `ColumnMapping.to_json` writes)."""
    path = Path(name_or_file).expanduser()
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            return X.ColumnMapping.from_json(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a saved column mapping.")) from None
    return get_mapping(site, name_or_file)
