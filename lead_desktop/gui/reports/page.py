"""The Reports page: choose a report and its options, export it as PDF, CSV or JSON, see its charts.

Exports run on the task runner (gui.widgets.tasks) with a progress bar and Cancel; a canceled or failed export
leaves no file (services.reporting writes a temporary file and renames it only when complete).
The program report's charts are the drawings of the PDF itself (reports.program_report.program_charts),
rendered to SVG under the headings they have in the PDF.

On a shared server, when someone other than a viewer signs in (every page gets the site then),
the page publishes the standard periods' numbers for viewers on its worker, quietly
(services.reporting.prepare_viewer_numbers); an export started meanwhile waits its turn.

The data-quality list of the site's history (gui.reports.data_quality) is a report of its own, shown
on the page when chosen, for roles that see participant records.

Tabs: Export (everyone with the page), Equity baselines (edited by administrators and project
managers, read by others), Fact sheet (administrators and project managers). Case summaries are
offered only to roles that may see and change participant records (never viewers); they need a
recipient and a consent check first, and a reason when no consent in force covers the recipient.

The page's parts: options.py (each report's options), case_summary.py (the consent check),
charts_view.py (the charts); baselines.py and fact_sheet_editor.py are its other two tabs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.widgets.look import heading
from lead_desktop.gui.reports.baselines import BaselineEditor
from lead_desktop.gui.reports.case_summary import CaseSummaryPart
from lead_desktop.gui.reports.charts_view import ChartsPart
from lead_desktop.gui.reports.data_quality import DataQualityView
from lead_desktop.gui.reports.options import OptionsPart
from lead_desktop.gui.reports.fact_sheet_editor import FactSheetEditor
from lead_desktop.gui.widgets.tasks import Outcome, Task, TaskRunner
from lead_desktop.services import reporting
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)



class ReportsPage(OptionsPart, CaseSummaryPart, ChartsPart, QWidget):
    export_finished = Signal(object)  # ExportResult, or a KnownError / None when it did not happen

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._site: SiteSession | None = None
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.job: Task | None = None
        self.prepare_job: Task | None = None  # numbers for viewers, see prepare_for_viewers
        self._check: reporting.DisclosureCheck | None = None
        self.last_result: reporting.ExportResult | None = None

        title = QLabel(self.tr("Reports"), self)
        heading(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports_tabs")
        self.export_tab = QWidget(self)
        self.baselines = BaselineEditor(self)
        self.fact_sheet_editor = FactSheetEditor(self)
        self.fact_sheet_editor.saved.connect(lambda: self._show_unset_texts(self._site))
        self.tabs.addTab(self.export_tab, self.tr("&Export"))
        self.tabs.addTab(self.baselines, self.tr("Equity &baselines"))
        self.tabs.addTab(self.fact_sheet_editor, self.tr("Fact sheet te&xts"))
        self._build_export_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.set_site(site)

    # ----- building ----------------------------------------------------------------------------

    def _build_export_tab(self) -> None:
        tab = self.export_tab
        self.kind_combo = QComboBox(tab)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.setAccessibleName(self.tr("Report"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), tab)
        self.pdf_button.setObjectName("pdf_button")
        self.csv_button = QPushButton(self.tr("Export &CSV…"), tab)
        self.csv_button.setObjectName("csv_button")
        self.json_button = QPushButton(self.tr("Export &JSON…"), tab)
        self.json_button.setObjectName("json_button")
        self.preview_button = QPushButton(self.tr("Sho&w charts"), tab)
        self.preview_button.setObjectName("preview_button")
        self.progress_bar = QProgressBar(tab)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), tab)
        self.cancel_button.setObjectName("cancel_button")
        self.status_label = QLabel(tab)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.options = QStackedWidget(tab)
        self.options.setObjectName("options_stack")
        self._option_pages: dict[str, QWidget] = {
            "fact-sheet": self._fact_sheet_options(),
            "program": self._program_options(),
            "roster": self._roster_options(),
            "minutes": self._meeting_options("minutes"),
            "packet": self._meeting_options("packet"),
            "case-summary": self._case_options(),
            "data-quality": DataQualityView(tab),
        }
        for page in self._option_pages.values():
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.options.addWidget(page)
        self.options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.about_label = QLabel(tab)
        self.about_label.setObjectName("about_label")
        self.about_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.csv_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        running = QHBoxLayout()
        running.addWidget(self.progress_bar, 1)
        running.addWidget(self.cancel_button)

        self.chart_area = QWidget(tab)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(tab)
        scroll.setObjectName("chart_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_area)
        self.chart_scroll = scroll

        top = QFormLayout()
        label = QLabel(self.tr("&Report:"), tab)
        label.setBuddy(self.kind_combo)
        top.addRow(label, self.kind_combo)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.about_label)
        layout.addWidget(self.options)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        layout.addStretch(0)

        # "Saved to …" belongs to the report exported before, not to the one chosen now.
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.status_label.clear())
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        self.csv_button.clicked.connect(lambda: self._on_export_clicked("csv"))
        self.json_button.clicked.connect(lambda: self._on_export_clicked("json"))
        self.preview_button.clicked.connect(self.show_charts)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_running(False)

    # ----- site ----------------------------------------------------------------------------------

    def set_site(self, site: SiteSession | None) -> None:
        """Load (or clear, on lock and sign-out) everything the page shows."""
        if site is None:
            self.cancel()
            if self.prepare_job is not None:
                self.prepare_job.cancel()
            self.wait_for_job()
        self._site = site
        self.status_label.clear()
        self._clear_charts()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.body_combo.clear()
        self.minutes_meeting_combo.clear()
        self.packet_meeting_combo.clear()
        self.participant_edit.clear()
        self.recipient_edit.clear()
        self.purpose_edit.clear()
        self.reason_edit.clear()
        self._forget_check()
        if site is not None:
            kinds = ["fact-sheet", "program"]
            if site.can(Permission.VIEW_GOVERNANCE):
                kinds += ["roster", "minutes", "packet"]
            if site.can(Permission.VIEW_PARTICIPANTS) and site.can(Permission.EDIT_PARTICIPANTS):
                kinds.append("case-summary")
            if site.can(Permission.VIEW_PARTICIPANTS):
                kinds.append("data-quality")
            for kind in kinds:
                self.kind_combo.addItem(QCoreApplication.translate("reports", reporting.KIND_LABELS[kind]), kind)
            self._load_choices(site)
            self._start_with_default_period(site)
        self.kind_combo.blockSignals(False)
        editor = site is not None and reporting.can_edit_report_settings(site)
        self.tabs.setTabVisible(self.tabs.indexOf(self.fact_sheet_editor), editor)
        self.baselines.set_site(site)
        self.fact_sheet_editor.set_site(site if editor else None)
        self._show_unset_texts(site)
        self._on_kind_combo_current_index_changed()
        if site is not None and reporting.prepares_viewer_numbers(site):
            self.prepare_for_viewers(site)

    def prepare_for_viewers(self, site: SiteSession) -> None:
        """Publish the standard numbers for viewers on the worker; nothing shows on the page."""
        if self.prepare_job is not None:
            return

        def work(_progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker thread
            return reporting.prepare_viewer_numbers(site, cancelled=lambda: cancelled() or site.closed)

        self.prepare_job = self.runner.start(work, self._on_prepared)

    def _on_prepared(self, outcome: Outcome) -> None:
        self.prepare_job = None
        if outcome.error is not None:  # a bug was logged by the runner; a known error only costs the viewers' head start
            log.warning("numbers for viewers not prepared: %s", type(outcome.error).__name__)

    # ----- options ---------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData() or ""

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _on_kind_combo_current_index_changed(self, _index: int = 0) -> None:
        kind = self.kind
        if kind in self._option_pages:
            current = self._option_pages[kind]
            # A stacked widget is as tall as its tallest page; only the shown page may ask for room.
            for page in self._option_pages.values():
                policy = QSizePolicy.Policy.Maximum if page is current else QSizePolicy.Policy.Ignored
                page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
            self.options.setCurrentWidget(current)
            self.options.updateGeometry()
        self.options.setVisible(bool(kind))
        self.preview_button.setVisible(kind == "program")
        self.chart_scroll.setVisible(kind == "program")
        self.about_label.setText(self._about(kind))
        self._clear_charts()
        quality = self._option_pages["data-quality"]
        quality.load(self._site if kind == "data-quality" else None)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        kind = self.kind
        ready = self._site is not None and bool(kind) and self.job is None
        if kind in ("roster",):
            ready = ready and self.body_combo.count() > 0
        if kind in ("minutes", "packet"):
            ready = ready and getattr(self, f"{kind}_meeting_combo").count() > 0
        if kind == "case-summary":
            ready = ready and self._case_ready()
        for button in (self.pdf_button, self.csv_button, self.json_button):
            button.setEnabled(ready)
        self.preview_button.setEnabled(ready)

    def request(self, fmt: str) -> reporting.ExportRequest:
        """The export the options describe (raises a KnownError for a bad period)."""
        kind = self.kind
        if kind == "program":
            return reporting.ExportRequest(kind, fmt, period=self.period(),
                                           public=self.program_public_radio.isChecked())
        if kind == "fact-sheet":
            return reporting.ExportRequest(kind, fmt, public=self.fact_public_radio.isChecked(),
                                           language=languages.current_language())
        if kind == "roster":
            return reporting.ExportRequest(kind, fmt, body_id=self.body_combo.currentData())
        if kind in ("minutes", "packet"):
            return reporting.ExportRequest(kind, fmt, meeting_id=getattr(self, f"{kind}_meeting_combo").currentData())
        if kind == "data-quality":
            return reporting.ExportRequest(kind, fmt)
        chosen = self._chosen_consent()
        covered = chosen is not None and chosen.covers
        return reporting.ExportRequest(
            kind, fmt, participant_id=self._check.participant_id if self._check else None,
            recipient=self.recipient_edit.text(), purpose=self.purpose_edit.text(),
            consent_id=chosen.id if chosen is not None else None,
            reason=None if covered else self.reason_edit.toPlainText(),
            include_sud=self.include_sud_check.isChecked())

    # ----- exporting -----------------------------------------------------------------------------

    def _on_export_clicked(self, fmt: str) -> None:
        try:
            request = self.request(fmt)
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "csv": self.tr("CSV files (*.csv)"),
                   "json": self.tr("JSON files (*.json)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              str(Path.home() / reporting.default_filename(request)), filters[fmt])
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: str) -> bool:
        """Start exporting the chosen report to `path` on the worker; False when it cannot start."""
        site = self._site
        if site is None or self.job is not None:
            return False
        try:
            request = self.request(fmt)
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return False
        target = Path(path)

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker thread
            # A lock or sign-out closes the site: the export stops there and leaves no file.
            return reporting.export(site, request, target, progress=lambda percent: progress(percent, 100),
                                    cancelled=lambda: cancelled() or site.closed, translate=languages.translate_report_text)

        self.status_label.setText(self.tr("Exporting…"))
        self._start(work, self._on_export_succeeded, self._on_export_failed)
        return True

    def _start(self, work, on_success, on_failure) -> None:  # noqa: ANN001
        def done(outcome: Outcome) -> None:
            self.job = None
            self._set_running(False)
            if outcome.ok:
                on_success(outcome.result)
            else:
                on_failure(outcome.error)

        self.progress_bar.setValue(0)
        self.job = self.runner.start(work, done)
        self._set_running(True)

    def _on_runner_progressed(self, done: int, _total: int) -> None:
        if self.job is not None:
            self.progress_bar.setValue(done)

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.kind_combo.setEnabled(not running)
        self.options.setEnabled(not running)
        self._refresh_buttons()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Canceling…"))

    def wait_for_job(self) -> None:
        self.runner.wait()

    def _on_export_succeeded(self, result: reporting.ExportResult) -> None:
        self.last_result = result
        text = self.tr("Saved to {path}.").format(path=str(result.path))
        if result.disclosure_id:
            text += " " + self.tr("The disclosure is in the participant's disclosure log.")
        self.status_label.setText(text)
        if self.kind == "case-summary":
            self._forget_check()
        self.export_finished.emit(result)

    def _on_export_failed(self, err: KnownError | None) -> None:
        if isinstance(err, reporting.ExportCancelled):
            self.status_label.setText(self.tr("Canceled. No file was written."))
        elif err is not None:
            self.status_label.setText(error_text(err))
        else:
            self.status_label.setText(self.tr("The report could not be made; the problem is in the log."))
        self.export_finished.emit(err)


__all__ = ["ReportsPage"]
