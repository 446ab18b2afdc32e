"""Table views over the models of gui.widgets.tables: how every list looks, sorts, fits and is selected.

Lists select whole rows, one at a time unless told otherwise, are never edited in place and
keep their rows one line high. A small list sorts in memory only once a header is clicked (the
service's order until then); a paged list sorts in SQL through its model.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QSignalBlocker, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from lead_desktop.gui.widgets.tables import ID_ROLE, SORT_ROLE, PagedQueryModel


def make_table(model: QAbstractItemModel | None, parent: QWidget, name: str, accessible: str, *,
               multi: bool = False, style_rows: bool = False) -> QTableView:
    """A read-only list of rows: whole rows selected, alternating colours, columns the person can resize.
    Rows are a line of text high and the headers plain; `style_rows` keeps the style's own row height and
    header highlighting (the profile's and Today's lists)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    if not style_rows:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(style_rows)
    return view


def sorted_table(model: QAbstractItemModel, parent: QWidget, name: str, accessible: str, *,
                 sort_now: tuple[int, Qt.SortOrder] | None = None, style_rows: bool = False) -> QTableView:
    """A small list behind a sorting proxy. Rows keep the service's order until a header is clicked, unless
    `sort_now` sorts them at once (column, order)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = make_table(proxy, parent, name, accessible, style_rows=style_rows)
    if sort_now is None:
        sort_on_header_click(view, proxy)
    else:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort_now)
    return view


def sort_on_header_click(view: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Rows stay in the service's order (already sorted in SQL) until a header is clicked; sorting up
    front would ask the model for every row's sort value before the first paint."""
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)

    def sort(column: int, order: Qt.SortOrder) -> None:
        header.setSortIndicatorShown(True)
        proxy.sort(column, order)

    header.sortIndicatorChanged.connect(sort)


def sort_in_sql(view: QTableView, model: PagedQueryModel, column: int, order: Qt.SortOrder) -> None:
    """A paged list sorted by its service: a header click asks the model; a column the service cannot sort
    by keeps showing the sort really in effect."""
    header = view.horizontalHeader()
    header.setSortIndicator(column, order)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    view.setSortingEnabled(False)

    def sort(clicked: int, wanted: Qt.SortOrder) -> None:
        if clicked not in model.SORT_KEYS:
            descending = model.sort_key[1]
            with QSignalBlocker(header):
                header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder if descending
                                        else Qt.SortOrder.AscendingOrder)
            return
        model.sort(clicked, wanted)

    header.sortIndicatorChanged.connect(sort)


def fit_columns(view: QTableView, cap_chars: int = 30) -> None:
    """Columns to their contents (capped); the last one stretches."""
    header = view.horizontalHeader()
    cap = view.fontMetrics().horizontalAdvance("M") * cap_chars
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)


def size_columns(view: QTableView, samples: dict[int, str], padding: int = 30, header_padding: int = 30) -> None:
    """Column widths from sample text and the header, without measuring every row (which would ask the
    model for each cell)."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for column, sample in samples.items():
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, max(metrics.horizontalAdvance(sample) + padding,
                                         header.fontMetrics().horizontalAdvance(title) + header_padding))


def _source(view: QTableView, index):  # noqa: ANN001, ANN202 - a proxy's index mapped to its source row
    model = view.model()
    return model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index


def _source_model(view: QTableView):  # noqa: ANN202
    model = view.model()
    return model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model


def selected_rows(view: QTableView) -> list:
    """The service rows selected, top to bottom."""
    if view.selectionModel() is None:
        return []
    indexes = sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
    source = _source_model(view)
    return [source.row_at(_source(view, i).row()) for i in indexes]


def selected_row(view: QTableView):  # noqa: ANN201 - the service's row dataclass, or None
    rows = selected_rows(view)
    return rows[0] if rows else None


def selected_id(view: QTableView, *, or_current: bool = False) -> object:
    """The selected row's id (with `or_current`, the current row's when nothing is selected), or None."""
    model = view.selectionModel()
    rows = model.selectedRows() if model else []
    if rows:
        return rows[0].data(ID_ROLE)
    index = view.currentIndex()
    return index.data(ID_ROLE) if or_current and index.isValid() else None


def select_key(view: QTableView, key: object, *, first: bool = True) -> bool:
    """Select the row whose id is `key`; else the first row (when `first`). True when `key` was found."""
    model = view.model()
    for row in range(model.rowCount()):
        if key is not None and model.index(row, 0).data(ID_ROLE) == key:
            view.selectRow(row)
            return True
    if first and model.rowCount():
        view.selectRow(0)
    return False


def select_keys(view: QTableView, keys: list) -> None:
    """Select every row whose id is in `keys` (a multi-selection list after a reload)."""
    model, selection = view.model(), view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) in keys:
            selection.select(model.index(row, 0), flags)
