"""Import a site's history: its people, referrals and contacts files, a step each, then one check and one
import of the three together (services.exchange.history).

Steps 1–3 (gui.exchange.history_steps) take each file and show which column fills which field; the
saved mappings and how dates are written apply to all three. Step 4 shows the day the site started
using LEAD Desktop (referrals before it come in as recorded before LEAD Desktop; editable), checks
every row of the three files at once, lists each file's rows with what the check found, and imports:
everything or nothing, or only the valid rows with one rejected-rows file per input. Everything that
reads a file or the database runs on the task runner (gui.widgets.tasks) with a progress bar and
Cancel; a canceled import leaves nothing behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.common import RunningImportPart, failure_text, preview_table
from lead_desktop.gui.exchange.history_steps import SheetStep
from lead_desktop.gui.exchange.models import PreviewColumn, PreviewModel, StatusFilter
from lead_desktop.gui.widgets.actions import button
from lead_desktop.gui.widgets.look import DANGER, OK, heading, mute, paint_label, resize_within_screen
from lead_desktop.gui.widgets.tasks import Outcome, TaskRunner
from lead_desktop.gui.widgets.text import error_text, format_count, plural
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession

FILE_FILTER = "*.csv *.xlsx *.xlsm *.txt"
STEP_TITLES = {
    "people": QT_TRANSLATE_NOOP("HistoryDialog", "1. People"),
    "referrals": QT_TRANSLATE_NOOP("HistoryDialog", "2. Referrals"),
    "contacts": QT_TRANSLATE_NOOP("HistoryDialog", "3. Contacts (optional)"),
    "check": QT_TRANSLATE_NOOP("HistoryDialog", "4. Check and import"),
}
SHOW = {  # what the "Show" list offers: the statuses each choice shows (none: every row)
    QT_TRANSLATE_NOOP("HistoryDialog", "All rows"): (),
    QT_TRANSLATE_NOOP("HistoryDialog", "Rows with problems"): (ex.INVALID,),
    QT_TRANSLATE_NOOP("HistoryDialog", "Possible matches to review"): (ex.POSSIBLE_MATCH,),
    QT_TRANSLATE_NOOP("HistoryDialog", "Rows that will be imported"): (ex.NEW, ex.SUBJECT),
    QT_TRANSLATE_NOOP("HistoryDialog", "Rows already there or repeated"): (ex.ON_FILE, ex.IMPORTED_BEFORE, ex.REPEAT),
}


class HistoryDialog(RunningImportPart, QDialog):
    """The history import: a step per file, one check, one import."""

    imported = Signal(object)  # services.exchange.HistoryResult, after a committed import

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Import a site's history"))
        self.setSizeGripEnabled(True)
        self._site = site
        self.report: ex.HistoryReport | None = None
        self.last_result: ex.HistoryResult | None = None
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._update_buttons)

        self.saved_combo = QComboBox(self)
        self.saved_combo.setObjectName("saved_combo")
        self.saved_combo.setAccessibleName(self.tr("Saved mappings"))
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.date_order_combo = QComboBox(self)
        self.date_order_combo.setObjectName("date_order_combo")
        for code in X.DATE_ORDERS:
            self.date_order_combo.addItem(QCoreApplication.translate("vocab", X.DATE_ORDER_LABELS[code]), code)
        self.date_order_combo.activated.connect(lambda _i: self._stale())
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("step_list")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setMaximumWidth(210)
        self.stack = QStackedWidget(self)
        self.steps: dict[str, SheetStep] = {}
        for sheet in X.SHEETS:
            step = SheetStep(sheet, self)
            step.file_wanted.connect(lambda path, sheet_name, s=sheet: self.load_file(s, path, sheet_name or None))
            step.browse_button.clicked.connect(lambda _c=False, s=sheet: self._browse(s))
            step.changed.connect(self._stale)
            self.steps[sheet] = step
            self.stack.addWidget(step)
        self.stack.addWidget(self._build_check_page())
        for key in (*X.SHEETS, "check"):
            self.step_list.addItem(QCoreApplication.translate("HistoryDialog", STEP_TITLES[key]))
        self.step_list.currentRowChanged.connect(self._on_step_list_current_row_changed)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(self.tr("Start with the people file: everyone the site referred."), self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = button(self.tr("&Back"), self, "back_button", lambda: self.go(self.current - 1))
        self.next_button = button(self.tr("&Next"), self, "next_button", lambda: self.go(self.current + 1))
        self.cancel_button = button(self.tr("Cancel"), self, "cancel_button", self.cancel,
                                    self.tr("Stop: an import stopped half-way leaves nothing imported (Esc)"))
        self.close_button = button(self.tr("Close"), self, "close_button", self.reject)

        top = QHBoxLayout()
        saved_label = QLabel(self.tr("Saved &mapping:"), self)
        saved_label.setBuddy(self.saved_combo)
        top.addWidget(saved_label)
        top.addWidget(self.saved_combo, 1)
        dates_label = QLabel(self.tr("&Dates in the files are written:"), self)
        dates_label.setBuddy(self.date_order_combo)
        top.addWidget(dates_label)
        top.addWidget(self.date_order_combo)
        middle = QHBoxLayout()
        middle.addWidget(self.step_list)
        middle.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(1)
        for widget in (self.back_button, self.next_button, self.cancel_button, self.close_button):
            buttons.addWidget(widget)
        title = QLabel(self.tr("Import a site's history"), self)
        heading(title, 1.4)
        intro = mute(QLabel(self.tr(
            "The people, referrals and contacts the site kept before LEAD Desktop, joined by the site's own "
            "client ID and imported together: everything or nothing. Importing them again adds only what is "
            "new."), self))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._refresh_saved()
        self.step_list.setCurrentRow(0)
        self._update_buttons()
        resize_within_screen(self, 1100, 720)  # its buttons stay on a small laptop's screen

    # ----- step 4 -----------------------------------------------------------------------------------

    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("check_step")
        title = QLabel(self.tr("Check and import"), page)
        heading(title, 1.2)
        self.started_edit = QDateEdit(page)
        self.started_edit.setObjectName("started_edit")
        self.started_edit.setCalendarPopup(True)
        self.started_edit.setDisplayFormat("yyyy-MM-dd")
        self.started_edit.setMaximumDate(QDate.currentDate())
        start = ex.default_start(self._site) if self._site.can(Permission.EDIT_PARTICIPANTS) else date.today()
        self.started_edit.setDate(QDate(start.year, start.month, start.day))
        self.started_edit.dateChanged.connect(lambda _d: self._stale())
        started_label = QLabel(self.tr("The site started using LEAD Desktop &on:"), page)
        started_label.setBuddy(self.started_edit)
        started_help = mute(QLabel(self.tr(
            "Referrals dated before this day come in marked “recorded before LEAD Desktop”: they count in every "
            "report, but today's intake rules (officer, offense, hand-off, screening) are not asked of them. The "
            "import keeps this day as a site setting."), page))
        started_help.setWordWrap(True)
        self.check_button = button(self.tr("Chec&k all rows"), page, "check_button", self.check,
                                   self.tr("Check every row of the three files without importing anything"))
        self.summary_label = QLabel(self.tr("Not checked yet."), page)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setObjectName("rows_sheet_combo")
        self.sheet_combo.setAccessibleName(self.tr("File whose rows are shown"))
        for sheet in X.SHEETS:
            self.sheet_combo.addItem(QCoreApplication.translate("vocab", X.SHEET_LABELS[sheet]), sheet)
        self.sheet_combo.activated.connect(lambda _i: self._show_sheet())
        self.show_combo = QComboBox(page)
        self.show_combo.setObjectName("show_combo")
        self.show_combo.setAccessibleName(self.tr("Rows to show"))
        for text, statuses in SHOW.items():
            self.show_combo.addItem(QCoreApplication.translate("HistoryDialog", text), list(statuses))
        self.show_combo.activated.connect(lambda _i: self.preview_filter.set_statuses(self.show_combo.currentData()))
        self.previews = {sheet: PreviewModel(self) for sheet in X.SHEETS}
        self.previews["people"].reviewed_changed.connect(self._stale_review)
        self.preview_filter = StatusFilter(self)
        self.preview_view = preview_table(self.preview_filter, page,
                                          self.tr("Rows of the file and what the check found"))
        self.all_radio = QRadioButton(self.tr("&All or nothing: import only when every row of the three files is "
                                              "right"), page)
        self.all_radio.setObjectName("all_radio")
        self.all_radio.setChecked(True)
        self.valid_radio = QRadioButton(self.tr("Only the &valid rows; write the others, with the reasons, one file "
                                                "per input, to the folder:"), page)
        self.valid_radio.setObjectName("valid_radio")
        group = QButtonGroup(page)
        group.addButton(self.all_radio)
        group.addButton(self.valid_radio)
        self.rejected_edit = QLineEdit(page)
        self.rejected_edit.setObjectName("rejected_edit")
        self.rejected_edit.setAccessibleName(self.tr("Folder for the rejected rows"))
        self.rejected_edit.setPlaceholderText(self.tr("beside each file (NAME-rejected.csv)"))
        self.valid_radio.toggled.connect(lambda _on: self._update_buttons())
        self.mapping_name_edit = QLineEdit(page)
        self.mapping_name_edit.setObjectName("mapping_name_edit")
        self.mapping_name_edit.setPlaceholderText(self.tr("Name, e.g. “Our spreadsheets 2024”"))
        self.mapping_name_edit.setAccessibleName(self.tr("Name of the mapping to save"))
        self.mapping_name_edit.setMaxLength(80)
        self.save_mapping_button = button(self.tr("&Save mapping"), page, "save_mapping_button", self.save_mapping)
        self.dry_run_button = button(self.tr("D&ry run"), page, "dry_run_button", lambda: self.start_import(True),
                                     self.tr("Import everything, then undo it: shows what would happen"))
        self.import_button = button(self.tr("&Import"), page, "import_button", self.start_import)

        started = QHBoxLayout()
        started.addWidget(started_label)
        started.addWidget(self.started_edit)
        started.addStretch(1)
        check = QHBoxLayout()
        check.addWidget(self.check_button)
        check.addWidget(self.summary_label, 1)
        rows = QHBoxLayout()
        rows_label = QLabel(self.tr("Ro&ws of:"), page)
        rows_label.setBuddy(self.sheet_combo)
        rows.addWidget(rows_label)
        rows.addWidget(self.sheet_combo)
        show_label = QLabel(self.tr("S&how:"), page)
        show_label.setBuddy(self.show_combo)
        rows.addWidget(show_label)
        rows.addWidget(self.show_combo)
        rows.addStretch(1)
        rejected = QHBoxLayout()
        rejected.addWidget(self.valid_radio)
        rejected.addWidget(self.rejected_edit, 1)
        save = QHBoxLayout()
        save.addWidget(self.mapping_name_edit, 1)
        save.addWidget(self.save_mapping_button)
        save.addSpacing(24)
        save.addWidget(self.dry_run_button)
        save.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(started)
        layout.addWidget(started_help)
        layout.addLayout(check)
        layout.addLayout(rows)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.all_radio)
        layout.addLayout(rejected)
        layout.addLayout(save)
        return page

    # ----- steps --------------------------------------------------------------------------------------

    @property
    def current(self) -> int:
        return self.step_list.currentRow()

    def go(self, index: int) -> None:
        if 0 <= index < self.step_list.count():
            self.step_list.setCurrentRow(index)

    def _on_step_list_current_row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if row == len(X.SHEETS) and not self.runner.running:
            if self.report is None:
                self._show_sheet()
            ready = all(self.steps[s].table is not None for s in ("people", "referrals"))
            self._say(self.tr("Check all rows, look at what the check found, then import.") if ready else
                      self.tr("Choose the people and referrals files first (steps 1 and 2)."), None if ready else DANGER)
        self._update_buttons()

    def _say(self, text: str, tone: str | None = None) -> None:
        self.status_label.setText(text)
        paint_label(self.status_label, tone)

    def _update_buttons(self) -> None:
        busy = self.runner.running
        allowed = self._site.can(Permission.EDIT_PARTICIPANTS) and self._site.can(Permission.EDIT_SCREENING)
        ready = allowed and not busy and all(self.steps[s].table is not None for s in ("people", "referrals"))
        for widget in (self.check_button, self.dry_run_button, self.import_button, self.save_mapping_button):
            widget.setEnabled(ready)
        for widget in (self.step_list, self.saved_combo, self.date_order_combo, self.started_edit, self.all_radio,
                       self.valid_radio, *self.steps.values()):
            widget.setEnabled(not busy)
        self.rejected_edit.setEnabled(not busy and self.valid_radio.isChecked())
        self.back_button.setEnabled(not busy and self.current > 0)
        self.next_button.setEnabled(not busy and self.current < self.step_list.count() - 1)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)

    # ----- files and mappings -------------------------------------------------------------------------

    def _browse(self, sheet: str) -> None:
        dialog = QFileDialog(self, self.tr("Choose the {sheet} file").format(
            sheet=QCoreApplication.translate("vocab", X.SHEET_LABELS[sheet]).lower()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
                               self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.load_file(sheet, path))
        dialog.open()

    def load_file(self, sheet: str, path: str | Path, worksheet: str | None = None) -> None:
        """Read one file on the runner; a workbook chosen for people also fills the steps still empty."""
        path = Path(path).expanduser()

        def done(table: ex.SourceTable) -> None:
            self._file_read(sheet, table)
            if sheet == "people" and table.format == "xlsx" and len(table.sheets) > 1:
                for other in ("referrals", "contacts"):
                    if self.steps[other].table is None and X.sheet_for(other, table.sheets):
                        self.load_file(other, path)

        self._start(lambda _progress, _cancelled: ex.read_sheet(path, sheet, worksheet), done,
                    self.tr("Reading {file}…").format(file=path.name))

    def _file_read(self, sheet: str, table: ex.SourceTable) -> None:
        mapping = X.suggest_mapping(X.SHEET_KINDS[sheet], table.headers, self.date_order)
        missing: list[str] = []
        saved = self._saved_mapping()
        if saved is not None:
            mapping, missing = X.fit_mapping(saved.sheet(sheet), table.headers)
        self.steps[sheet].set_table(table, mapping, missing)
        self.previews[sheet].load(table)
        self._say(self.tr("Check which column fills which field, then go on to the next file."))
        self._update_buttons()

    @property
    def date_order(self) -> str:
        return str(self.date_order_combo.currentData() or X.MONTH_FIRST)

    def mapping(self) -> X.HistoryMapping:
        contacts = self.steps["contacts"]
        mapping = X.HistoryMapping(self.steps["people"].mapping(), self.steps["referrals"].mapping(),
                                   contacts.mapping() if contacts.table is not None else X.ColumnMapping(X.CONTACTS),
                                   self.steps["people"].chosen_words(), contacts.import_identical)
        return mapping.with_date_order(self.date_order)

    def files(self) -> ex.HistoryFiles:
        return ex.HistoryFiles(self.steps["people"].table, self.steps["referrals"].table,
                               self.steps["contacts"].table)

    def _refresh_saved(self, select: str | None = None) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(none: matched by the column names)"), "")
        try:
            names = ex.history_mapping_names(self._site) if self._site.can(Permission.EDIT_PARTICIPANTS) else []
        except KnownError as err:
            self._say(error_text(err), DANGER)
            names = []
        for name in names:
            self.saved_combo.addItem(name, name)
        if select:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(select)))

    def _saved_mapping(self) -> X.HistoryMapping | None:
        name = self.saved_combo.currentData()
        if not name:
            return None
        try:
            return ex.load_history_mapping(self._site, name)
        except KnownError as err:
            self._say(error_text(err), DANGER)
            return None

    def _on_saved_combo_activated(self, _index: int) -> None:
        saved = self._saved_mapping()
        if saved is not None:
            self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(saved.date_order)))
            self.steps["people"].set_chosen_words(saved.status_words)
            if self.steps["contacts"].identical_check is not None:
                self.steps["contacts"].identical_check.setChecked(saved.import_identical_contacts)
            self.mapping_name_edit.setText(str(self.saved_combo.currentData()))
        for sheet, step in self.steps.items():
            if step.table is not None:
                self._file_read(sheet, step.table)

    def save_mapping(self) -> None:
        try:
            name = ex.save_history_mapping(self._site, self.mapping_name_edit.text(), self.mapping())
        except KnownError as err:
            self._say(error_text(err), DANGER)
            return
        self._refresh_saved(select=name)
        self._say(self.tr("Saved the mapping “{name}”. Choose it next time files come from the same place.")
                  .format(name=name), OK)

    # ----- check and import ---------------------------------------------------------------------------

    @property
    def started_on(self) -> date:
        return self.started_edit.date().toPython()

    def _stale(self) -> None:
        """A file, the mapping or a choice changed: the last check no longer says what would happen."""
        self.report = None
        for sheet, step in self.steps.items():
            self.previews[sheet].load(step.table)
        self.summary_label.setText(self.tr("Not checked yet."))
        self._update_buttons()

    def _stale_review(self) -> None:
        self.summary_label.setText(self.tr("{count} possible matches ticked as someone else: check again to see "
                                           "what follows.").format(count=len(self.previews["people"].reviewed)))

    def check(self) -> None:
        if self.runner.running:
            return
        site, files, mapping = self._site, self.files(), self.mapping()
        reviewed, started = self.previews["people"].reviewed, self.started_on
        self._start(lambda progress, cancelled: ex.check_history(site, files, mapping, reviewed=reviewed,
                                                                 started_on=started, progress=progress,
                                                                 cancelled=cancelled),
                    self._checked, self.tr("Checking {count} rows…").format(count=format_count(files.rows)))

    def _show_report(self, report: ex.HistoryReport, done: bool = False) -> None:
        self.report = report
        for name, sheet_report in report.sheets:
            self.previews[name].load(self.steps[name].table, sheet_report, imported=done)
        lines = [self._summary_line(name, report.summary(name), done) for name, _r in report.sheets]
        if report.sheet("contacts") is None:
            lines.append(self.tr("Contacts: no file chosen (step 3), so none are imported."))
        self.summary_label.setText("\n".join(lines))
        self._show_sheet()

    def _summary_line(self, sheet: str, summary: ex.SheetSummary, done: bool) -> str:
        made = self.tr("{count} created") if done else self.tr("{count} to import")
        parts = [made.format(count=format_count(summary.created))]
        if sheet == "people":
            parts.append(self.tr("{count} referral subjects (not enrolled)").format(
                count=format_count(summary.subjects)))
        parts.append(self.tr("{count} already there").format(count=format_count(summary.already)))
        if summary.repeats:
            parts.append(plural(summary.repeats, self.tr("1 repeat"), self.tr("{n} repeats")))
        parts.append(self.tr("{count} refused").format(count=format_count(summary.refused)))
        return self.tr("{file}: {rows} rows — {parts}").format(
            file=QCoreApplication.translate("vocab", X.SHEET_LABELS[sheet]), rows=format_count(summary.rows),
            parts=", ".join(parts))

    def _show_sheet(self) -> None:
        sheet = self.sheet_combo.currentData()
        self.preview_filter.setSourceModel(self.previews[sheet])
        self.preview_filter.set_statuses(self.show_combo.currentData() or [])
        self.preview_view.resizeColumnToContents(PreviewColumn.ROW)
        self.preview_view.resizeColumnToContents(PreviewColumn.STATUS)
        self.preview_view.setColumnWidth(PreviewColumn.REASONS, 380)
        if self.previews[sheet].rowCount() <= 2000:  # measuring every row of a big file would freeze the window
            self.preview_view.resizeRowsToContents()

    def _checked(self, report: ex.HistoryReport) -> None:
        self._show_report(report)
        if report.refused:
            self._say(self.tr("{count} rows need attention: see “Rows with problems”. Correct them in the files and "
                              "read them again, or import only the valid rows.").format(
                count=format_count(report.refused)), DANGER)
        else:
            self._say(self.tr("Every row can be imported as it is."), OK)

    def start_import(self, dry_run: bool = False) -> None:
        if self.runner.running:
            return
        site, files, mapping = self._site, self.files(), self.mapping()
        reviewed, started = self.previews["people"].reviewed, self.started_on
        valid_only = self.valid_radio.isChecked()
        rejected = self.rejected_edit.text().strip() or None

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker
            return ex.run_history_import(site, files, mapping, valid_only=valid_only, rejected_to=rejected,
                                         reviewed=reviewed, dry_run=dry_run, started_on=started, progress=progress,
                                         cancelled=cancelled)

        self._start(work, self._imported, self.tr("Trying the import…") if dry_run else self.tr("Importing…"))

    def _imported(self, result: ex.HistoryResult) -> None:
        self.last_result = result
        self._show_report(result.report, done=result.committed)
        report = result.report
        if result.dry_run:
            if report.invalid and not self.valid_radio.isChecked():
                self._say(self.tr("Dry run: the import would be refused, {count} rows need attention. Nothing was "
                                  "changed.").format(count=format_count(report.refused)), DANGER)
            else:
                self._say(self.tr("Dry run: this is what the import would do. Nothing was changed."), OK)
            return
        if not result.committed:
            self._say(self.tr("Nothing was imported: {count} rows need attention. Correct them, or choose “Only the "
                              "valid rows”.").format(count=format_count(report.refused)), DANGER)
            return
        text = self.tr("Imported the history.")
        if result.rejected_files:
            text += " " + self.tr("The rows that need attention are in: {files}.").format(
                files=", ".join(str(p) for p in result.rejected_files.values()))
        self._say(text, OK)
        self.imported.emit(result)

    # ----- the runner ---------------------------------------------------------------------------------

    def _start(self, work, done, label: str) -> None:  # noqa: ANN001 - callables
        """Run `work` after what is already running (reading a workbook queues its other sheets); `done` gets
        its result on the GUI thread."""

        def finish(outcome: Outcome) -> None:
            if outcome.ok:
                done(outcome.result)
            else:
                self._failed(outcome.error)

        self.progress_bar.setRange(0, 0)
        self._say(label)
        self.runner.start(work, finish)
        self._update_buttons()

    def _failed(self, error: KnownError | None) -> None:
        self._say(*failure_text(error))

    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
