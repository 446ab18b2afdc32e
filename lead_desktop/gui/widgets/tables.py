"""Table models over the services' frozen rows: one column-table model for small lists, one paged model.

Every list in the window is one of these. A `Column` says how a row reads in it (its text), how
it sorts, and the tone of its state (coloured text, a dot beside it, and `TONE_ROLE` for tests and
delegates). `RowsModel` holds a small list in memory and is sorted through a proxy with
`SORT_ROLE`; `PagedQueryModel` holds one page of a long list at a time and lets the service sort
and filter in SQL, so 50,000 people cost the same as 100.

The roles are the same in every model: `ID_ROLE` gives the row's id, which lets a page keep the
selection across a reload (gui.live_refresh) whatever the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.look import tone_colour, tone_dot

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def sort_key(value: object) -> str:
    """One comparable form for every cell (text): numbers zero-padded, times as UTC ISO text, words case-folded.

    A column's cells must compare with each other whatever they hold (a number here, nothing there),
    so every value becomes text that sorts the way the value does.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return f"{value + 10**12:013d}"
    if isinstance(value, float):
        return f"{value + 10**12:020.6f}"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "\x1f".join(sort_key(part) for part in value)
    return str(value).casefold()


def default_id(row: object) -> object:
    return getattr(row, "key", None) or getattr(row, "id", None)


@dataclass(frozen=True)
class Column:
    """One column: its header (translated by the caller) and how a row reads, sorts and is coloured in it."""

    header: str
    display: Callable[[object], str]
    sort: Callable[[object], object] | None = None  # default: the text shown
    tone: Callable[[object], str | None] | None = None  # coloured text and TONE_ROLE
    # A dot in the tone's colour beside the text, visible on a selected row: True for the column's tone,
    # or a function giving the dot's own tone (a marker without coloured text).
    dot: bool | Callable[[object], str | None] = False
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[object], str | None] | None = None  # default: the whole text (cells elide)


class RowsModel(QAbstractTableModel):
    """A small list held whole: rows are the services' frozen dataclasses, columns say how each reads."""

    def __init__(self, columns: Sequence[Column] = (), parent=None, *,  # noqa: ANN001 - a QObject
                 row_id: Callable[[object], object] = default_id) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self._rows: list = []

    # ----- rows ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):  # noqa: ANN201 - the service's row dataclass
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        """The position of the row whose id is `key`, or None."""
        return next((number for number, row in enumerate(self._rows) if self._row_id(row) == key), None)

    # ----- Qt overrides -------------------------------------------------------------------------

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
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.display(row)
            return text.splitlines()[0] if text else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            return column.display(row) or None
        if role == SORT_ROLE:
            return sort_key(column.sort(row) if column.sort else column.display(row))
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.DecorationRole and column.dot:
            tone = column.dot(row) if callable(column.dot) else column.tone(row) if column.tone else None
            return tone_dot(tone) if tone else None
        if column.tone is not None and role in (TONE_ROLE, Qt.ItemDataRole.ForegroundRole):
            tone = column.tone(row)
            if role == TONE_ROLE:
                return tone
            return tone_colour(tone, QGuiApplication.palette()) if tone else None
        return None


class PagedQueryModel(RowsModel):
    """A list paged and sorted by a service in SQL: one page first, more as the view scrolls.

    Subclasses set SORT_KEYS (column → the service's sort key), DEFAULT_SORT and
    `query(offset, limit, with_total)`, which calls the service with the current
    filters and sort and returns a page (`.rows`, `.total`).
    """

    SORT_KEYS: dict[int, str] = {}
    DEFAULT_SORT: tuple[str, bool] = ("", False)
    PAGE_SIZE = 100
    KEEP_FALSE_FILTERS = False  # False is a real filter value for some services, "no filter" for others

    loaded = Signal(int)  # the total number of matching rows, after each reload
    failed = Signal(object)  # a KnownError from the service (e.g. PermissionDenied)

    def __init__(self, site, columns: Sequence[Column], parent=None) -> None:  # noqa: ANN001
        super().__init__(columns, parent)
        self._site = site
        self._total = 0
        self._filters: dict = {}
        self._sort_key, self._descending = self.DEFAULT_SORT
        self.queries = 0  # service calls made (for tests of lazy paging)

    def query(self, offset: int, limit: int, with_total: bool):  # noqa: ANN201 - a service page
        raise NotImplementedError

    def set_filters(self, **filters: object) -> None:
        """Filters as the service takes them; reloads."""
        empty = (None, "") if self.KEEP_FALSE_FILTERS else (None, "", False)
        self._filters = {k: v for k, v in filters.items() if v not in empty}
        self.reload()

    @property
    def filters(self) -> dict:
        return dict(self._filters)

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    @property
    def total(self) -> int:
        return self._total

    def _fetch(self, offset: int, with_total: bool):  # noqa: ANN202
        self.queries += 1
        try:
            return self.query(offset, self.PAGE_SIZE, with_total)
        except KnownError as error:
            self.failed.emit(error)
            return None

    def reload(self) -> None:
        """First page and the total, in one service call."""
        page = self._fetch(0, True)
        self.beginResetModel()
        self._rows = list(page.rows) if page else []
        self._total = page.total if page else 0
        self.endResetModel()
        self.loaded.emit(self._total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self._fetch(len(self._rows), False)
        if page is None:
            return
        rows = page.rows
        if not rows:  # rows vanished since the count (e.g. merged meanwhile): stop asking
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return  # not a sortable column; the page restores the indicator
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self.queries:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key == self._sort_key:
                return int(column)
        return next(c for c, k in self.SORT_KEYS.items() if k == self.DEFAULT_SORT[0])
