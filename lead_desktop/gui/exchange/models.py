"""Table models for the import dialog: the column mapping, and the rows with their check results.

Both hold plain data from services.exchange (a SourceTable, an ImportReport), never a Session.
The preview computes each cell's text when the view asks, so a 100,000-row file costs what the
screen shows; a proxy filters it by status.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lead_desktop.domain import exchange as X
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.gui.widgets.look import DANGER, MUTED, NOTICE, OK, WARNING, tone_colour
from lead_desktop.gui.widgets.tables import SORT_ROLE, Index
from lead_desktop.gui.widgets.text import translate_field_label
from lead_desktop.services import exchange as ex
CELL_CHARS = 200

STATUS_TONES = {ex.NEW: OK, ex.UPDATE: NOTICE, ex.INVALID: DANGER, ex.POSSIBLE_MATCH: WARNING, ex.ON_FILE: NOTICE,
                ex.IMPORTED_BEFORE: MUTED, ex.REPEAT: MUTED, ex.SUBJECT: OK}


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def issue_text(issue: X.RowIssue) -> str:
    """A row's reason in the person's language: the template and any field label or vocabulary words."""
    params: dict[str, object] = {}
    for key, value in issue.params.items():
        if key == "label" and isinstance(value, str):
            value = translate_field_label(value)
        elif isinstance(value, (list, tuple)):  # vocabulary words, or field labels (an HMIS update's fields)
            value = ", ".join(translate_field_label(str(v)) for v in value)
        params[key] = value
    try:
        return QCoreApplication.translate("errors", issue.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return issue.message


def row_text(report: ex.RowReport) -> str:
    parts = [issue_text(i) for i in report.problems]
    note = QCoreApplication.translate("exchange", "Note: {text}")
    parts += [note.format(text=issue_text(i)) for i in report.warnings]
    return "\n".join(parts)


def status_text(status: str) -> str:
    return QCoreApplication.translate("vocab", ex.STATUS_LABELS[status])


def target_label(kind: str, name: str) -> str:
    if not name:
        return QCoreApplication.translate("exchange", "(not imported)")
    return translate_field_label(X.target(kind, name).label)


class MappingColumn(IntEnum):
    SOURCE = 0
    EXAMPLES = 1
    FIELD = 2


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its examples and the field it fills (editable, each field once)."""

    mapping_changed = Signal()

    HEADERS = {
        MappingColumn.SOURCE: QT_TRANSLATE_NOOP("exchange", "Column in the file"),
        MappingColumn.EXAMPLES: QT_TRANSLATE_NOOP("exchange", "Examples"),
        MappingColumn.FIELD: QT_TRANSLATE_NOOP("exchange", "Fills the field"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = X.PARTICIPANTS
        self.date_order = X.MONTH_FIRST
        self._rows: list[tuple[str, str]] = []  # (header, examples)
        self._targets: dict[str, str] = {}

    def load(self, kind: str, table: ex.SourceTable | None, mapping: X.ColumnMapping) -> None:
        self.beginResetModel()
        self.kind = kind
        self.date_order = mapping.date_order
        self._rows = [(h, " · ".join(table.examples(h))) for h in table.headers] if table is not None else []
        headers = {h for h, _ in self._rows}
        self._targets = {h: n for h, n in mapping.columns if n and h in headers}
        self.endResetModel()
        self.mapping_changed.emit()

    def mapping(self) -> X.ColumnMapping:
        return X.ColumnMapping(self.kind, tuple((h, self._targets[h]) for h, _ in self._rows if self._targets.get(h)),
                               self.date_order)

    def headers(self) -> list[str]:
        return [h for h, _ in self._rows]

    def choices(self, header: str | None = None) -> list[tuple[str, str]]:
        """(target name, label), "" first for "not imported": in form order, or for a column that fills no field
        yet, the fields that look most like its header first."""
        names = [t.name for t in X.targets(self.kind)]
        if header is not None and not self._targets.get(header):
            names = X.closest_targets(self.kind, header)
        return [("", QCoreApplication.translate("exchange", "(not imported)"))] + [
            (name, translate_field_label(X.target(self.kind, name).label)) for name in names]

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(MappingColumn):
            return _tr(self.HEADERS[MappingColumn(section)])
        if orientation == Qt.Orientation.Vertical and section < len(self._rows):
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        header, examples = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == MappingColumn.SOURCE:
                return header
            if column == MappingColumn.EXAMPLES:
                return examples
            if column == MappingColumn.FIELD:
                return target_label(self.kind, self._targets.get(header, ""))
        if role == Qt.ItemDataRole.EditRole and column == MappingColumn.FIELD:
            return self._targets.get(header, "")
        if role == Qt.ItemDataRole.ToolTipRole and column == MappingColumn.FIELD:
            name = self._targets.get(header, "")
            if name:
                spec = X.target(self.kind, name).spec
                return QCoreApplication.translate("fields", spec.help) if spec.help else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == MappingColumn.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != MappingColumn.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value or "")
        if name and name not in {t.name for t in X.targets(self.kind)}:
            return False
        header = self._rows[index.row()][0]
        if self._targets.get(header, "") == name:
            return True
        for row, (other, _examples) in enumerate(self._rows):  # a field is filled from one column only
            if name and other != header and self._targets.get(other) == name:
                self._targets.pop(other)
                cell = self.index(row, MappingColumn.FIELD)
                self.dataChanged.emit(cell, cell)
        if name:
            self._targets[header] = name
        else:
            self._targets.pop(header, None)
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields a column can fill; changes apply as soon as a field is chosen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        for name, label in source.choices(index.siblingAtColumn(MappingColumn.SOURCE).data()):
            combo.addItem(label, name)
        combo.setAccessibleName(QCoreApplication.translate("exchange", "Field for the column “{column}”").format(
            column=index.siblingAtColumn(MappingColumn.SOURCE).data()))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, position))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802, ANN001
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewColumn(IntEnum):
    ROW = 0
    STATUS = 1
    REASONS = 2


class PreviewModel(QAbstractTableModel):
    """The file's rows with their status and reasons once checked; the file's own columns follow."""

    reviewed_changed = Signal()

    HEADERS = {
        PreviewColumn.ROW: QT_TRANSLATE_NOOP("exchange", "Row"),
        PreviewColumn.STATUS: QT_TRANSLATE_NOOP("exchange", "Status"),
        PreviewColumn.REASONS: QT_TRANSLATE_NOOP("exchange", "Reasons"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: ex.SourceTable | None = None
        self._reports: dict[int, ex.RowReport] = {}
        self._reviewed: set[int] = set()
        self._imported = False

    def load(self, table: ex.SourceTable | None, report: ex.ImportReport | None = None, *,
             imported: bool = False) -> None:
        """The file's rows, with what the check found; `imported`: the report is of an import that was committed."""
        self.beginResetModel()
        if table is not self._table:
            self._reviewed.clear()
        self._table = table
        self._imported = imported and report is not None
        self._reports = {r.number: r for r in report.rows} if report is not None else {}
        self._reviewed &= {n for n, r in self._reports.items() if r.status in (ex.POSSIBLE_MATCH, ex.NEW)}
        self.endResetModel()

    @property
    def reviewed(self) -> list[int]:
        return sorted(self._reviewed)

    def status_of(self, row: int) -> str | None:
        if self._table is None:
            return None
        report = self._reports.get(self._table.rows[row].number)
        return report.status if report else None

    def _source_columns(self) -> int:
        return len(self._table.headers) if self._table is not None else 0

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PreviewColumn) + self._source_columns()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or section < 0 or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(PreviewColumn):
            return _tr(self.HEADERS[PreviewColumn(section)])
        if section < self.columnCount():
            return self._table.headers[section - len(PreviewColumn)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None or not (0 <= index.row() < len(self._table.rows)):
            return None
        source = self._table.rows[index.row()]
        report = self._reports.get(source.number)
        column = index.column()
        if column == PreviewColumn.ROW:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return source.number
            return None
        if column == PreviewColumn.STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                if report is None:
                    return QCoreApplication.translate("exchange", "Not checked yet")
                if report.status == ex.POSSIBLE_MATCH and source.number in self._reviewed:
                    return QCoreApplication.translate("exchange", "Import anyway (reviewed)")
                if report.status in (ex.NEW, ex.SUBJECT) and self._imported:
                    return QCoreApplication.translate("exchange", "Imported")
                return status_text(report.status)
            if role == Qt.ItemDataRole.CheckStateRole and report is not None and report.status == ex.POSSIBLE_MATCH:
                return Qt.CheckState.Checked if source.number in self._reviewed else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ForegroundRole and report is not None:
                return tone_colour(STATUS_TONES[report.status], QGuiApplication.palette())
            if role == Qt.ItemDataRole.ToolTipRole and report is not None and report.status == ex.POSSIBLE_MATCH:
                return QCoreApplication.translate(
                    "exchange", "Tick to import this row as a new person: you checked that it is someone else.")
            return None
        if column == PreviewColumn.REASONS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
                return row_text(report) if report is not None else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            value = source.cells[column - len(PreviewColumn)]
            if isinstance(value, X.Uncalculated):
                return QCoreApplication.translate("exchange", "(formula)")
            text = X.cell_text(value)
            if role == Qt.ItemDataRole.DisplayRole and len(text) > CELL_CHARS:
                return text[:CELL_CHARS] + "…"
            return text[:2000] if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == PreviewColumn.STATUS and self.status_of(index.row()) == ex.POSSIBLE_MATCH:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != PreviewColumn.STATUS or self.status_of(index.row()) != ex.POSSIBLE_MATCH):
            return False
        number = self._table.rows[index.row()].number
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self._reviewed.add(number)
        else:
            self._reviewed.discard(number)
        self.dataChanged.emit(index, index)
        self.reviewed_changed.emit()
        return True


class StatusFilter(QSortFilterProxyModel):
    """Shows the rows whose status is in `statuses` (all rows when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] = frozenset()
        self.setSortRole(SORT_ROLE)

    def set_statuses(self, statuses: Sequence[str]) -> None:
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._statuses:
            return True
        model = self.sourceModel()
        return isinstance(model, PreviewModel) and model.status_of(source_row) in self._statuses
