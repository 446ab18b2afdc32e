"""The audit log viewer's table model: newest first, fetched in batches as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from lead_desktop.domain.audit import AuditAction
from lead_desktop.gui.helpers import local_time_text
from lead_desktop.services.audit import AuditRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Fetch = Callable[[int, int], list[AuditRow]]  # (limit, offset) → rows, newest first


def action_text(code: str) -> str:
    try:
        return QCoreApplication.translate("vocab", AuditAction(code).label)
    except ValueError:
        return code  # an action written by a newer version


def detail_text(detail: dict) -> str:
    parts = []
    for key in sorted(detail):
        value = detail[key]
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    BATCH = 200

    class Column(IntEnum):
        SEQ = 0
        WHEN = 1
        WHO = 2
        ACTION = 3
        RECORD = 4
        DETAILS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
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
        return self._rows[row]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
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

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.Column):
            return None
        return {
            self.Column.SEQ: self.tr("No."),
            self.Column.WHEN: self.tr("When"),
            self.Column.WHO: self.tr("Who"),
            self.Column.ACTION: self.tr("What"),
            self.Column.RECORD: self.tr("Record"),
            self.Column.DETAILS: self.tr("Details"),
        }[self.Column(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.Column.SEQ:
                return str(entry.seq)
            if column == self.Column.WHEN:
                return local_time_text(entry.at)
            if column == self.Column.WHO:
                return entry.actor
            if column == self.Column.ACTION:
                return action_text(entry.action)
            if column == self.Column.RECORD:
                if not entry.entity_type:
                    return ""
                short = (entry.entity_id or "")[:8]
                return f"{entry.entity_type} {short}".strip()
            if column == self.Column.DETAILS:
                return detail_text(entry.detail)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.RECORD and entry.entity_id:
            return entry.entity_id
        if role == SORT_ROLE:
            if column in (self.Column.SEQ, self.Column.WHEN):
                return entry.seq
            if column == self.Column.WHO:
                return entry.actor
            if column == self.Column.ACTION:
                return entry.action
            if column == self.Column.RECORD:
                return f"{entry.entity_type or ''} {entry.entity_id or ''}"
            if column == self.Column.DETAILS:
                return detail_text(entry.detail)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
