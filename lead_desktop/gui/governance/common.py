"""What the governance and meetings pages share: a table model over the services' frozen rows,
table and button factories, vocabulary labels, and the live rule sentence in the person's language.

States are shown as text AND colour (an expiring term says "ends in 20 days" in the warning colour),
so nothing depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from lead_desktop.domain import governance as G
from lead_desktop.gui.participants.common import tone_colour
from lead_desktop.services import meetings as mt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate a template marked elsewhere with QT_TRANSLATE_NOOP("governance", …)."""
    return QCoreApplication.translate("governance", text)


def vocab(vocabulary, code: object) -> str:  # noqa: ANN001 - a domain Vocabulary
    if code is None or code == "":
        return ""
    return QCoreApplication.translate("vocab", vocabulary.label(str(code)))


def role_text(code: str) -> str:
    if code == "guest":
        return QCoreApplication.translate("governance", "Guest")
    return vocab(G.MEMBERSHIP_ROLE, code)


def plural(n: int, one: str, many: str) -> str:
    """`one` (already translated) for 1, else `many` with {n}: languages with more forms get them from the translator."""
    return one if n == 1 else many.format(n=n)


def day_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def rule_text(view: mt.RuleView) -> str:
    """The body's rule applied to the attendance, translated (templates live in the "governance" context)."""
    parts = [tr(view.template).format(**view.params)]
    parts += [tr(template).format(**params) for template, params in view.details]
    return " ".join(parts)


def _sortable(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value).casefold()


@dataclass(frozen=True)
class Col:
    header: str  # translated by the caller
    display: Callable[[object], str]
    sort: Callable[[object], object] | None = None
    tone: Callable[[object], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """Rows are the services' frozen dataclasses; columns say how each reads, sorts and is coloured."""

    def __init__(self, columns: Sequence[Col], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[object] = []

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[object]:
        return list(self._rows)

    def row_at(self, row: int) -> object:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = column.display(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text.splitlines()[0] if text else ""
        if role == SORT_ROLE:
            return _sortable(column.sort(row) if column.sort else column.display(row))
        if role == ID_ROLE:
            return getattr(row, "key", None) or getattr(row, "id", None)
        if role in (Qt.ItemDataRole.ForegroundRole, TONE_ROLE) and column.tone is not None:
            tone = column.tone(row)
            if role == TONE_ROLE:
                return tone
            return tone_colour(tone, QGuiApplication.palette()) if tone else None
        return None


def make_table(model: RowsModel, parent: QWidget, name: str, accessible: str, *, multi: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return view


def fit_columns(view: QTableView, cap_chars: int = 30) -> None:
    """Columns to their contents (capped); the last one stretches."""
    header = view.horizontalHeader()
    cap = view.fontMetrics().horizontalAdvance("M") * cap_chars
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)


def selected_rows(view: QTableView) -> list[object]:
    model = view.model()
    if view.selectionModel() is None:
        return []
    return [model.row_at(i.row()) for i in sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())]


def select_key(view: QTableView, key: str | None) -> None:
    """Select the row whose id (or key) is `key`, else the first row."""
    model = view.model()
    if model.rowCount() == 0:
        return
    for row in range(model.rowCount()):
        if key is not None and model.index(row, 0).data(ID_ROLE) == key:
            view.selectRow(row)
            return
    view.selectRow(0)


def button(text: str, parent: QWidget, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget
