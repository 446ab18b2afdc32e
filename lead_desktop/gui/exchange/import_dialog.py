"""The import dialog: choose a file, map its columns to fields, check every row, then import.

Everything that reads the file or the database runs on the task runner (gui.widgets.tasks) with a
progress bar and Cancel (import_running, shared with the HMIS import dialog); the dialog only
collects choices and shows what the services report.
Cancel during an import rolls the whole transaction back: nothing is half-imported. Possible
matches with people already on file are listed and imported only when ticked after review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import exchange as X
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.common import field_editor, file_text, open_field_editors, preview_table
from lead_desktop.gui.exchange.import_mapping import MappingPart
from lead_desktop.gui.exchange.import_running import ImportRunPart
from lead_desktop.gui.exchange.models import (
    PreviewColumn,
    PreviewModel,
    status_text,
    StatusFilter,
)
from lead_desktop.gui.widgets.look import DANGER, OK, resize_within_screen
from lead_desktop.gui.widgets.text import format_count
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession

FILE_FILTER = "*.csv *.xlsx *.xlsm *.txt"


class ImportDialog(MappingPart, ImportRunPart, QDialog):
    """Import participants, contacts or referrals from a CSV or Excel file."""

    imported = Signal(object)  # services.exchange.ImportResult, after a committed import

    SHOW_ALL, SHOW_PROBLEMS, SHOW_MATCHES, SHOW_READY, SHOW_SKIPPED = range(5)

    def __init__(self, site: SiteSession, parent: QWidget | None = None, *, kind: str = X.PARTICIPANTS) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setSizeGripEnabled(True)
        self._site = site
        self.table: ex.SourceTable | None = None
        self.report: ex.ImportReport | None = None
        self.last_result: ex.ImportResult | None = None
        self._missing_columns: list[str] = []

        # ----- the file
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        for code in X.KINDS:
            self.kind_combo.addItem(self._vocab(X.KIND_LABELS[code]), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.browse_button = QPushButton(self.tr("&Choose file…"), self)
        self.browse_button.setObjectName("browse_button")
        self.browse_button.setShortcut(QKeySequence.StandardKey.Open)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheet_combo")
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.setVisible(False)
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.file_label = QLabel(self.tr("Choose the file to import."), self)
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)

        file_box = QGroupBox(self.tr("1. The file"), self)
        row = QHBoxLayout()
        kind_label = QLabel(self.tr("It &holds:"), file_box)
        kind_label.setBuddy(self.kind_combo)
        row.addWidget(kind_label)
        row.addWidget(self.kind_combo)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.sheet_combo)
        file_layout = QVBoxLayout(file_box)
        file_layout.addLayout(row)
        file_layout.addWidget(self.file_label)

        mapping_box = self._build_mapping_box()

        # ----- the check
        self.preview_model = PreviewModel(self)
        self.preview_model.reviewed_changed.connect(self._on_preview_model_reviewed_changed)
        self.preview_filter = StatusFilter(self)
        self.preview_filter.setSourceModel(self.preview_model)
        self.preview_view = preview_table(self.preview_filter, self, self.tr("Rows of the file and what the check found"))
        self.check_button = QPushButton(self.tr("Chec&k rows"), self)
        self.check_button.setObjectName("check_button")
        self.check_button.setToolTip(self.tr("Check every row without importing anything"))
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("show_combo")
        self.show_combo.setAccessibleName(self.tr("Rows to show"))
        for text in (self.tr("All rows"), self.tr("Rows with problems"), self.tr("Possible matches to review"),
                     self.tr("Rows ready to import"), self.tr("Rows already imported or on file")):
            self.show_combo.addItem(text)
        self.show_combo.activated.connect(self._on_show_combo_activated)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)

        check_box = QGroupBox(self.tr("3. Check"), self)
        check_top = QHBoxLayout()
        check_top.addWidget(self.check_button)
        check_top.addWidget(self.summary_label, 1)
        show_label = QLabel(self.tr("Sho&w:"), check_box)
        show_label.setBuddy(self.show_combo)
        check_top.addWidget(show_label)
        check_top.addWidget(self.show_combo)
        check_layout = QVBoxLayout(check_box)
        check_layout.addLayout(check_top)
        check_layout.addWidget(self.preview_view, 1)

        # ----- how to import
        self.all_radio = QRadioButton(self.tr("&All or nothing: import only when every row is right"), self)
        self.all_radio.setObjectName("all_radio")
        self.all_radio.setChecked(True)
        self.valid_radio = QRadioButton(self.tr("Only the &valid rows; write the others, with the reasons, to:"), self)
        self.valid_radio.setObjectName("valid_radio")
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.valid_radio)
        self.rejected_edit = QLineEdit(self)
        self.rejected_edit.setObjectName("rejected_edit")
        self.rejected_edit.setAccessibleName(self.tr("File for the rejected rows"))
        self.rejected_edit.setPlaceholderText(self.tr("beside the imported file (NAME-rejected.csv)"))
        self.valid_radio.toggled.connect(self.rejected_edit.setEnabled)
        self.rejected_edit.setEnabled(False)
        options_box = QGroupBox(self.tr("4. Import"), self)
        options = QVBoxLayout(options_box)
        options.addWidget(self.all_radio)
        rejected_row = QHBoxLayout()
        rejected_row.addWidget(self.valid_radio)
        rejected_row.addWidget(self.rejected_edit, 1)
        options.addLayout(rejected_row)

        buttons = self._build_run_row()  # progress, status line, Dry run, Import, Cancel, Close

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(mapping_box)
        splitter.addWidget(check_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(file_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(options_box)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self._refresh_saved()
        self._update_buttons()
        if not site.can(Permission.EDIT_PARTICIPANTS):
            self._say(self.tr("Your role does not allow importing records."), DANGER)
        resize_within_screen(self, 1000, 760)  # its buttons stay on a small laptop's screen

    # ----- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _vocab(text: str) -> str:
        return QCoreApplication.translate("vocab", text)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _update_buttons(self) -> None:
        busy = self.runner.running
        ready = self.table is not None and not busy and self._site.can(Permission.EDIT_PARTICIPANTS)
        for widget in (self.check_button, self.dry_run_button, self.import_button, self.save_mapping_button):
            widget.setEnabled(ready)
        for widget in (self.kind_combo, self.path_edit, self.browse_button, self.sheet_combo, self.saved_combo,
                       self.date_order_combo, self.mapping_view, self.all_radio, self.valid_radio):
            widget.setEnabled(not busy)
        self.rejected_edit.setEnabled(not busy and self.valid_radio.isChecked())
        self.delete_mapping_button.setEnabled(not busy and self.saved_combo.currentIndex() > 0)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)

    # ----- the file ------------------------------------------------------------------------------

    def load_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read the file on the worker; the mapping is suggested from its headers (or a saved one applied)."""
        if self.runner.running:
            return
        path = Path(path).expanduser()
        self.path_edit.setText(str(path))
        self._start(lambda progress, cancelled: ex.read_table(path, sheet), self._file_read,
                    self.tr("Reading {file}…").format(file=path.name))

    def _file_read(self, table: ex.SourceTable) -> None:
        self.table = table
        self.report = None
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setVisible(len(table.sheets) > 1)
        self.file_label.setText(file_text(table))
        self._missing_columns = []
        self.mapping_model.load(self.kind, table, ex.suggest_mapping(self.kind, table.headers, self._date_order()))
        self._open_field_editors()
        self.preview_model.load(table)
        self.summary_label.setText(self.tr("Not checked yet."))
        self._say(self.tr("Check the mapping, then check the rows."))

    def _date_order(self) -> str:
        return str(self.date_order_combo.currentData() or X.MONTH_FIRST)

    def _open_field_editors(self) -> None:
        open_field_editors(self.mapping_view, self.mapping_model)

    def field_editor(self, header: str) -> QComboBox:
        """The combo box choosing the field a column fills (for keyboard users and tests)."""
        return field_editor(self.mapping_view, self.mapping_model, header)

    def _on_path_edit_return_pressed(self) -> None:
        if self.path_edit.text().strip():
            self.load_file(self.path_edit.text().strip())

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the file to import"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
                               self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_file)
        dialog.open()

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self.table is not None and self.sheet_combo.currentText() != self.table.sheet:
            self.load_file(self.table.path, self.sheet_combo.currentText())

    def _on_kind_combo_activated(self, _index: int) -> None:
        self._refresh_saved()
        self._missing_columns = []
        if self.table is not None:
            self.mapping_model.load(self.kind, self.table,
                                    ex.suggest_mapping(self.kind, self.table.headers, self._date_order()))
            self._open_field_editors()

    # ----- check, dry run, import ------------------------------------------------------------------

    def _on_preview_model_reviewed_changed(self) -> None:
        self._update_summary()

    def _update_summary(self) -> None:
        if self.report is None:
            return
        counts = self.report.counts
        parts = [self.tr("{count} rows").format(count=format_count(len(self.report.rows)))]
        parts += [f"{status_text(s)}: {format_count(counts[s])}" for s in ex.STATUSES if counts[s]]
        reviewed = len(self.preview_model.reviewed)
        if reviewed:
            parts.append(self.tr("{count} reviewed and ticked to import anyway").format(count=reviewed))
        self.summary_label.setText(" · ".join(parts))

    def _show_report(self, report: ex.ImportReport, imported: bool = False) -> None:
        self.report = report
        self.preview_model.load(self.table, report, imported=imported)
        self.preview_view.resizeColumnToContents(PreviewColumn.STATUS)
        self.preview_view.setColumnWidth(PreviewColumn.REASONS, 380)
        if len(report.rows) <= 2000:  # measuring every row of a big file would freeze the window
            self.preview_view.resizeRowsToContents()
        self._update_summary()

    def check(self) -> None:
        if self.table is None or self.runner.running:
            return
        table, mapping, reviewed = self.table, self.mapping_model.mapping(), self.preview_model.reviewed
        site = self._site
        self._start(lambda progress, cancelled: ex.preview(site, table, mapping, reviewed=reviewed,
                                                           progress=progress, cancelled=cancelled),
                    self._checked, self.tr("Checking {count} rows…").format(count=format_count(len(table.rows))))

    def _checked(self, report: ex.ImportReport) -> None:
        self._show_report(report)
        if report.invalid:
            self._say(self.tr("{count} rows have problems. Correct them in the file and read it again, or import "
                              "only the valid rows.").format(count=format_count(report.invalid)), DANGER)
        else:
            self._say(self.tr("Every row can be imported as it is."), OK)

    def _on_check_button_clicked(self) -> None:
        self.check()

    def start_import(self, *, dry_run: bool = False) -> None:
        if self.table is None or self.runner.running:
            return
        table, mapping, reviewed = self.table, self.mapping_model.mapping(), self.preview_model.reviewed
        valid_only = self.valid_radio.isChecked()
        rejected = self.rejected_edit.text().strip() or None
        site = self._site

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            return ex.run_import(site, table, mapping, valid_only=valid_only, rejected_to=rejected,
                                 reviewed=reviewed, dry_run=dry_run, progress=progress, cancelled=cancelled)

        label = self.tr("Trying the import…") if dry_run else self.tr("Importing…")
        self._start(work, self._imported, label)

    def _imported(self, result: ex.ImportResult) -> None:
        self.last_result = result
        self._show_report(result.report, imported=result.committed)
        report = result.report
        refused = report.invalid and not self.valid_radio.isChecked()
        if result.dry_run:
            if refused:
                self._say(self.tr("Dry run: the import would be refused, {count} rows have problems. Nothing was "
                                  "changed.").format(count=format_count(report.invalid)), DANGER)
            else:
                self._say(self.tr("Dry run: {count} records would be created. Nothing was changed.").format(
                    count=format_count(result.created)), OK)
            return
        if not result.committed:
            self._say(self.tr("Nothing was imported: {count} rows have problems. Correct them, or choose “Only the "
                              "valid rows”.").format(count=format_count(report.invalid)), DANGER)
            return
        text = self.tr("Imported {count} new records.").format(count=format_count(result.created))
        skipped = len(report.rows) - result.created
        if skipped:
            text += " " + self.tr("{count} rows were not imported: see the list.").format(count=format_count(skipped))
        if result.rejected_file is not None:
            text += " " + self.tr("The rows that need attention are in {file}.").format(file=str(result.rejected_file))
        self._say(text, OK)
        self.imported.emit(result)

    def _on_show_combo_activated(self, index: int) -> None:
        statuses = {
            self.SHOW_ALL: (),
            self.SHOW_PROBLEMS: (ex.INVALID,),
            self.SHOW_MATCHES: (ex.POSSIBLE_MATCH,),
            self.SHOW_READY: (ex.NEW,),
            self.SHOW_SKIPPED: (ex.ON_FILE, ex.IMPORTED_BEFORE, ex.REPEAT),
        }[index]
        self.preview_filter.set_statuses(statuses)
