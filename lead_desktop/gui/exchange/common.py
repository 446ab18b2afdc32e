"""What the import dialogs share: how a file that was read is described, the column-mapping table, and
the way a dialog with a running import answers Esc, Cancel and closing (the import rolls back whole)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.exchange.models import FieldDelegate, MappingColumn, MappingModel
from lead_desktop.gui.widgets.look import DANGER
from lead_desktop.gui.widgets.text import error_text, format_count
from lead_desktop.services import exchange as ex


def file_text(table: ex.SourceTable) -> str:
    """How the file was read: its rows, and a CSV's encoding and separator or a workbook's sheet."""
    if table.format == "csv":
        separator = QCoreApplication.translate("exchange", "tab") if table.delimiter == "\t" else table.delimiter
        return QCoreApplication.translate(
            "exchange", "{rows} rows, read as {encoding} with “{separator}” between columns.").format(
            rows=format_count(len(table.rows)), encoding=table.encoding, separator=separator)
    return QCoreApplication.translate("exchange", "{rows} rows in the sheet “{sheet}”.").format(
        rows=format_count(len(table.rows)), sheet=table.sheet)


def mapping_table(model: MappingModel, parent: QWidget, name: str) -> QTableView:
    """One row per column of the file; the field it fills chosen in a combo box (FieldDelegate)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(QCoreApplication.translate("exchange", "Which column fills which field"))
    view.setModel(model)
    view.setItemDelegateForColumn(MappingColumn.FIELD, FieldDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def preview_table(filter_model: QAbstractItemModel, parent: QWidget, accessible_name: str) -> QTableView:
    """The check's table: one row per row of the file (or client), what the check found, the filter's rows."""
    view = QTableView(parent)
    view.setObjectName("preview_view")
    view.setAccessibleName(accessible_name)
    view.setModel(filter_model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def open_field_editors(view: QTableView, model: MappingModel) -> None:
    """The field of every column as an open combo box, so the whole mapping can be read and changed by key."""
    for row in range(model.rowCount()):
        view.openPersistentEditor(model.index(row, MappingColumn.FIELD))
    view.resizeColumnToContents(MappingColumn.SOURCE)
    view.setColumnWidth(MappingColumn.EXAMPLES, 320)


def field_editor(view: QTableView, model: MappingModel, header: str) -> QComboBox:
    """The combo box choosing the field a column fills (for keyboard users and tests)."""
    editor = view.indexWidget(model.index(model.headers().index(header), MappingColumn.FIELD))
    assert isinstance(editor, QComboBox)
    return editor


def failure_text(error: KnownError | None) -> tuple[str, str | None]:
    """What a dialog says when an import or a read stopped: (text, tone)."""
    if isinstance(error, ex.ImportCancelled):
        return error_text(error), None
    if isinstance(error, KnownError):
        return error_text(error), DANGER
    return QCoreApplication.translate(
        "exchange", "Something went wrong; it has been written to the log. Nothing was imported."), DANGER


class RunningImportPart:
    """Esc and Cancel stop the running job (an import stopped half-way keeps nothing); closing the dialog stops
    it and waits. A part of a QDialog that has `runner` (gui.widgets.tasks.TaskRunner) and `_say(text)`."""

    def cancel(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self._say(QCoreApplication.translate("exchange", "Canceling… nothing of this import will be kept."))

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.runner.running:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.runner.stop()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        self.runner.stop()
        super().closeEvent(event)
