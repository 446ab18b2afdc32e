"""The audit log viewer's table model: newest first, fetched in batches as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QWidget

from lead_desktop.domain.audit import AuditAction
from lead_desktop.gui.widgets import tables
from lead_desktop.gui.widgets.tables import RIGHT, Index, RowsModel
from lead_desktop.gui.widgets.text import local_time_text
from lead_desktop.services.audit import AuditRow

Fetch = Callable[[int, int], list[AuditRow]]  # (limit, offset) → rows, newest first


def action_text(code: str) -> str:
    try:
        return QCoreApplication.translate("vocab", AuditAction(code).label)
    except ValueError:
        return code  # an action written by a newer version


def record_text(entry: AuditRow) -> str:
    """The kind of record and the start of its id: enough to tell records apart, no names."""
    if not entry.entity_type:
        return ""
    short = (entry.entity_id or "")[:8]
    return f"{entry.entity_type} {short}".strip()


def detail_text(detail: dict) -> str:
    parts = []
    for key in sorted(detail):
        value = detail[key]
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditModel(RowsModel):
    BATCH = 200

    class Column(IntEnum):
        SEQ = 0
        WHEN = 1
        WHO = 2
        ACTION = 3
        RECORD = 4
        DETAILS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, row_id=lambda entry: entry.seq)
        self.columns = [
            tables.Column(self.tr("No."), lambda e: str(e.seq), sort=lambda e: e.seq, align=RIGHT),
            tables.Column(self.tr("When"), lambda e: local_time_text(e.at), sort=lambda e: e.seq),
            tables.Column(self.tr("Who"), lambda e: e.actor),
            tables.Column(self.tr("What"), lambda e: action_text(e.action), sort=lambda e: e.action),
            tables.Column(self.tr("Record"), record_text, sort=lambda e: f"{e.entity_type or ''} {e.entity_id or ''}",
                          tooltip=lambda e: e.entity_id or None),
            tables.Column(self.tr("Details"), lambda e: detail_text(e.detail)),
        ]
        self._fetch: Fetch | None = None
        self._total = 0

    def set_source(self, fetch: Fetch | None, total: int = 0) -> None:
        """Start again from the newest entry; `None` empties the model (sign-out, lock)."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._total = total if fetch else 0
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return self._total

    def entry_at(self, row: int) -> AuditRow:
        return self.row_at(row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        batch = self._fetch(self.BATCH, len(self._rows))
        if self._rows:
            # Entries written since the first batch shift the offsets; skip the ones already here.
            oldest = self._rows[-1].seq
            batch = [row for row in batch if row.seq < oldest]
        if not batch:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()
