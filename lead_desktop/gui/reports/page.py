"""The Reports page: choose a report and its options, export it as PDF, CSV or JSON, see its charts.

Exports run on a worker (QThreadPool) with a progress bar and Cancel; a cancelled or failed export
leaves no file (services.reporting writes a temporary file and renames it only when complete).
The program report's charts are the same reportlab drawings as in the PDF, shown as SVG.

On a shared server, when someone other than a viewer signs in (every page gets the site then),
the page publishes the standard periods' numbers for viewers on its worker, quietly
(services.reporting.prepare_viewer_numbers); an export started meanwhile waits its turn.

Tabs: Export (everyone with the page), Equity baselines (edited by administrators and project
managers, read by others), Fact sheet (administrators and project managers). Case summaries are
offered only to roles that may see and change participant records (never viewers); they need a
recipient and a consent check first, and a reason when no consent in force covers the recipient.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
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
from lead_desktop.gui.helpers import error_text, make_heading
from lead_desktop.gui.reports.baselines import BaselineEditor
from lead_desktop.gui.reports.fact_sheet_editor import FactSheetEditor
from lead_desktop.gui.reports.jobs import Job
from lead_desktop.reports import charts, pdfbase
from lead_desktop.reports.pdfbase import CONTENT_WIDTH
from lead_desktop.reports.tabular import Period
from lead_desktop.services import governance as governance_service
from lead_desktop.services import meetings as meetings_service
from lead_desktop.services import metrics, reporting
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)

PERIOD_KINDS = ("month", "quarter", "year", "custom")
CHART_SCALE = 1.5  # points → pixels on screen


def translate_report_text(text: str) -> str:
    """The `translate` the builders get: their fixed words in the "reports" context, labels in theirs."""
    return languages.translate_report_text(text)


class ReportsPage(QWidget):
    export_finished = Signal(object)  # ExportResult, or a KnownError / None when it did not happen

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._site: SiteSession | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.prepare_job: Job | None = None  # numbers for viewers, see prepare_for_viewers
        self._check: reporting.DisclosureCheck | None = None
        self.last_result: reporting.ExportResult | None = None

        title = QLabel(self.tr("Reports"), self)
        make_heading(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports_tabs")
        self.export_tab = QWidget(self)
        self.baselines = BaselineEditor(self)
        self.fact_sheet_editor = FactSheetEditor(self)
        self.tabs.addTab(self.export_tab, self.tr("&Export"))
        self.tabs.addTab(self.baselines, self.tr("Equity &baselines"))
        self.tabs.addTab(self.fact_sheet_editor, self.tr("&Fact sheet texts"))
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
        self.preview_button = QPushButton(self.tr("Show c&harts"), tab)
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
            "fact-sheet": self._audience_box("fact"),
            "program": self._program_options(),
            "roster": self._roster_options(),
            "minutes": self._meeting_options("minutes"),
            "packet": self._meeting_options("packet"),
            "case-summary": self._case_options(),
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

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        self.csv_button.clicked.connect(lambda: self._on_export_clicked("csv"))
        self.json_button.clicked.connect(lambda: self._on_export_clicked("json"))
        self.preview_button.clicked.connect(self.show_charts)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_running(False)

    def _audience_box(self, name: str) -> QGroupBox:
        box = QGroupBox(self.tr("Audience"), self.export_tab)
        box.setObjectName(f"{name}_audience_box")
        public = QRadioButton(self.tr("Public — counts under 11 shown as “<11”"), box)
        public.setObjectName(f"{name}_public_radio")
        internal = QRadioButton(self.tr("Internal (for the PCG) — contains small counts"), box)
        internal.setObjectName(f"{name}_internal_radio")
        group = QButtonGroup(box)
        group.addButton(public)
        group.addButton(internal)
        (public if name == "fact" else internal).setChecked(True)
        layout = QVBoxLayout(box)
        layout.addWidget(public)
        layout.addWidget(internal)
        setattr(self, f"{name}_public_radio", public)
        setattr(self, f"{name}_internal_radio", internal)
        return box

    def _program_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.period_combo = QComboBox(page)
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setAccessibleName(self.tr("Period"))
        for code, text in zip(PERIOD_KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                             self.tr("Custom range"))):
            self.period_combo.addItem(text, code)
        today = QDate.currentDate()
        self.date_edit = QDateEdit(today.addMonths(-1), page)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setAccessibleName(self.tr("A day in the period"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit = QDateEdit(QDate(today.year(), 1, 1), page)
        self.from_edit.setObjectName("from_edit")
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit = QDateEdit(today, page)
        self.to_edit.setObjectName("to_edit")
        self.to_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_label = QLabel(page)
        self.period_label.setObjectName("period_label")
        form = QFormLayout()
        form.addRow(self.tr("P&eriod:"), self.period_combo)
        form.addRow(self.tr("&Day in the period:"), self.date_edit)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow("", self.period_label)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self._audience_box("program"), 1)
        for signal in (self.period_combo.currentIndexChanged, self.date_edit.dateChanged, self.from_edit.dateChanged,
                       self.to_edit.dateChanged):
            signal.connect(self._refresh_period)
        self._refresh_period()
        return page

    def _roster_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.body_combo = QComboBox(page)
        self.body_combo.setObjectName("body_combo")
        self.body_combo.setAccessibleName(self.tr("Body"))
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Body:"), self.body_combo)
        return page

    def _meeting_options(self, name: str) -> QWidget:
        page = QWidget(self.export_tab)
        combo = QComboBox(page)
        combo.setObjectName(f"{name}_meeting_combo")
        combo.setAccessibleName(self.tr("Meeting"))
        setattr(self, f"{name}_meeting_combo", combo)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Meeting:"), combo)
        note = QLabel(self.tr("Case-conference notes are never part of minutes or packets.")
                      if name == "minutes" else
                      self.tr("The agenda, the previous meeting's minutes, the open action items and a program "
                              "snapshot (counts under 11 withheld)."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _case_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.participant_edit = QLineEdit(page)
        self.participant_edit.setObjectName("participant_edit")
        self.participant_edit.setPlaceholderText(self.tr("LEAD number, e.g. NOLA-000042"))
        self.participant_edit.setAccessibleName(self.tr("Participant's LEAD number"))
        self.recipient_edit = QLineEdit(page)
        self.recipient_edit.setObjectName("recipient_edit")
        self.recipient_edit.setMaxLength(200)
        self.recipient_edit.setAccessibleName(self.tr("Recipient"))
        self.purpose_edit = QLineEdit(page)
        self.purpose_edit.setObjectName("purpose_edit")
        self.purpose_edit.setMaxLength(300)
        self.purpose_edit.setAccessibleName(self.tr("Purpose"))
        self.include_sud_check = QCheckBox(self.tr("Include substance-use information"), page)
        self.include_sud_check.setObjectName("include_sud_check")
        self.include_sud_check.setChecked(True)
        self.check_button = QPushButton(self.tr("Check &consent"), page)
        self.check_button.setObjectName("check_button")
        self.consent_combo = QComboBox(page)
        self.consent_combo.setObjectName("consent_combo")
        self.consent_combo.setAccessibleName(self.tr("Consent"))
        self.check_label = QLabel(page)
        self.check_label.setObjectName("check_label")
        self.check_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(page)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Reason for sharing without a covering consent"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(60)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Participant:"), self.participant_edit)
        form.addRow(self.tr("Re&cipient:"), self.recipient_edit)
        form.addRow(self.tr("P&urpose:"), self.purpose_edit)
        form.addRow("", self.include_sud_check)
        form.addRow("", self.check_button)
        form.addRow(self.tr("Co&nsent:"), self.consent_combo)
        form.addRow("", self.check_label)
        form.addRow(self.tr("Reason &without consent:"), self.reason_edit)
        for widget in (self.participant_edit, self.recipient_edit):
            widget.textChanged.connect(self._forget_check)
        self.include_sud_check.toggled.connect(self._forget_check)
        self.check_button.clicked.connect(self.check_consent)
        self.consent_combo.currentIndexChanged.connect(self._refresh_buttons)
        self.reason_edit.textChanged.connect(self._refresh_buttons)
        self._forget_check()
        return page

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
            for kind in kinds:
                self.kind_combo.addItem(QCoreApplication.translate("reports", reporting.KIND_LABELS[kind]), kind)
            self._load_choices(site)
        self.kind_combo.blockSignals(False)
        editor = site is not None and reporting.can_edit_report_settings(site)
        self.tabs.setTabVisible(self.tabs.indexOf(self.fact_sheet_editor), editor)
        self.baselines.set_site(site)
        self.fact_sheet_editor.set_site(site if editor else None)
        self._on_kind_combo_current_index_changed()
        if site is not None and reporting.prepares_viewer_numbers(site):
            self.prepare_for_viewers(site)

    def prepare_for_viewers(self, site: SiteSession) -> None:
        """Publish the standard numbers for viewers on the worker; nothing shows on the page."""
        if self.prepare_job is not None:
            return

        def work(_progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker thread
            return reporting.prepare_viewer_numbers(site, cancelled=lambda: cancelled() or site.closed)

        job = Job(work)
        job.signals.failed.connect(self._on_prepare_failed)
        job.signals.finished.connect(self._on_prepare_finished)
        self.prepare_job = job
        self.pool.start(job)

    def _on_prepare_failed(self, err: KnownError | None) -> None:
        if err is not None:  # a bug was logged by the job; a known error only costs the viewers' head start
            log.warning("numbers for viewers not prepared: %s", type(err).__name__)

    def _on_prepare_finished(self) -> None:
        self.prepare_job = None

    def _load_choices(self, site: SiteSession) -> None:
        if not site.can(Permission.VIEW_GOVERNANCE):
            return
        try:
            bodies = governance_service.list_bodies(site)
            meetings = meetings_service.list_meetings(site)
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return
        for body in bodies:
            self.body_combo.addItem(body.name, body.id)
        for m in meetings:
            status = QCoreApplication.translate("vocab", _status_label(m.minutes_status))
            text = self.tr("{body} — {when} ({status})").format(body=m.body, when=m.starts_at.strftime("%Y-%m-%d %H:%M"),
                                                               status=status)
            self.minutes_meeting_combo.addItem(text, m.id)
            self.packet_meeting_combo.addItem(text, m.id)

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
        self._refresh_buttons()

    def _about(self, kind: str) -> str:
        return {
            "fact-sheet": self.tr("One or two pages for the public: what LEAD is, how referral works, goals, "
                                  "governance, figures and contacts."),
            "program": self.tr("For the PCG and funders: referral funnel, hand-offs, intakes, enrolments, exits, "
                               "engagement, caseloads, services, housing, who was served, the equity panel and "
                               "monthly trends."),
            "roster": self.tr("A governance body's members, terms and seats."),
            "minutes": self.tr("Attendance, quorum, agenda, decisions and action items. Draft until approved."),
            "packet": self.tr("Everything members need before the meeting."),
            "case-summary": self.tr("One participant's record, CONFIDENTIAL, for a named recipient. It is logged "
                                    "as a disclosure; substance-use information carries the 42 CFR 2.32 notice."),
        }.get(kind, "")

    def _refresh_period(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.date_edit.setEnabled(not custom)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        try:
            period = self.period()
        except KnownError as err:
            self.period_label.setText(error_text(err))
            return
        self.period_label.setText(self.tr("{start} to {end}").format(start=period.start.isoformat(),
                                                                     end=period.end.isoformat()))

    def period(self) -> Period:
        kind = self.period_combo.currentData()
        if kind == "custom":
            return metrics.custom_period(self.from_edit.date().toPython(), self.to_edit.date().toPython())
        return metrics.period_for(kind, self.date_edit.date().toPython())

    def _forget_check(self) -> None:
        self._check = None
        self.consent_combo.clear()
        self.consent_combo.setEnabled(False)
        self.reason_edit.setEnabled(False)
        self.check_label.setText(self.tr("Check the consent before exporting."))
        self._refresh_buttons()

    def check_consent(self) -> bool:
        """Look up the participant and which consents in force cover the recipient."""
        site = self._site
        if site is None:
            return False
        self._forget_check()
        try:
            participant_id = reporting.find_participant(site, self.participant_edit.text())
            check = reporting.check_case_summary(site, participant_id, self.recipient_edit.text(),
                                                 include_sud=self.include_sud_check.isChecked(),
                                                 translate=translate_report_text)
        except KnownError as err:
            self.check_label.setText(error_text(err))
            return False
        self._check = check
        for choice in check.consents:
            mark = "✓ " if choice.covers else ""
            self.consent_combo.addItem(mark + choice.label, choice.id)
        self.consent_combo.addItem(self.tr("No consent — record a reason"), "")
        if check.covering is not None:
            self.consent_combo.setCurrentIndex(self.consent_combo.findData(check.covering.id))
        else:
            self.consent_combo.setCurrentIndex(self.consent_combo.count() - 1)
        self.consent_combo.setEnabled(True)
        lines = [self.tr("Includes substance-use information: {answer}.").format(
            answer=self.tr("yes") if check.includes_sud else self.tr("no"))]
        if check.notice:
            lines.append(self.tr("The 42 CFR 2.32 notice will be printed on it."))
        if check.covering is None:
            lines.append(self.tr("Warning: no consent in force names {recipient}{sud}. Record why it is shared "
                                 "anyway; the reason goes into the disclosure log.").format(
                recipient=self.recipient_edit.text().strip(),
                sud=self.tr(" and covers substance-use information") if check.notice else ""))
        else:
            lines.append(self.tr("A consent in force covers this recipient."))
        self.check_label.setText(" ".join(lines))
        self._refresh_buttons()
        return True

    def _chosen_consent(self) -> reporting.ConsentChoice | None:
        if self._check is None:
            return None
        consent_id = self.consent_combo.currentData()
        return next((c for c in self._check.consents if c.id == consent_id), None)

    def _case_ready(self) -> bool:
        if self._check is None:
            return False
        chosen = self._chosen_consent()
        needs_reason = chosen is None or not chosen.covers
        self.reason_edit.setEnabled(needs_reason)
        return not needs_reason or bool(self.reason_edit.toPlainText().strip())

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
            return reporting.export(site, request, target, progress=progress,
                                    cancelled=lambda: cancelled() or site.closed, translate=translate_report_text)

        self.status_label.setText(self.tr("Exporting…"))
        self._start(work, self._on_export_succeeded, self._on_export_failed)
        return True

    def _start(self, work, on_success, on_failure) -> None:  # noqa: ANN001
        job = Job(work)
        job.signals.progressed.connect(self.progress_bar.setValue)
        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(on_failure)
        job.signals.finished.connect(self._on_job_finished)
        self.job = job
        self.progress_bar.setValue(0)
        self._set_running(True)
        self.pool.start(job)

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
            self.status_label.setText(self.tr("Cancelling…"))

    def wait_for_job(self, timeout_ms: int = 30_000) -> None:
        self.pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()

    def _on_job_finished(self) -> None:
        self.job = None
        self._set_running(False)

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
            self.status_label.setText(self.tr("Cancelled. No file was written."))
        elif err is not None:
            self.status_label.setText(error_text(err))
        else:
            self.status_label.setText(self.tr("The report could not be made; the problem is in the log."))
        self.export_finished.emit(err)

    # ----- charts on screen ------------------------------------------------------------------------

    def _clear_charts(self) -> None:
        while self.chart_layout.count():
            item = self.chart_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.chart_widgets: list[QSvgWidget] = []

    def show_charts(self) -> bool:
        """Count the program report's numbers on the worker, then show its charts (the PDF's drawings)."""
        site = self._site
        if site is None or self.job is not None or self.kind != "program":
            return False
        try:
            request = self.request("pdf")
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return False

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker thread
            data = reporting.program_report(site, request.period, public=request.public,
                                            progress=lambda step: progress(step * 25))
            if cancelled() or site.closed:
                raise reporting.ExportCancelled()
            return chart_svgs(data)

        self.status_label.setText(self.tr("Counting…"))
        self._start(work, self._on_charts_ready, self._on_export_failed)
        return True

    def _on_charts_ready(self, svgs: list[tuple[bytes, float, float]]) -> None:
        self._clear_charts()
        for data, width, height in svgs:
            widget = QSvgWidget(self.chart_area)
            widget.setObjectName("chart_svg")
            widget.load(data)
            widget.setFixedSize(int(width * CHART_SCALE), int(height * CHART_SCALE))
            self.chart_layout.addWidget(widget)
            self.chart_widgets.append(widget)
        self.chart_layout.addStretch(1)
        self.status_label.setText(self.tr("Charts of the period shown below."))


def chart_svgs(data) -> list[tuple[bytes, float, float]]:  # noqa: ANN001 - ProgramReportData
    """The program report's charts, drawn exactly as in the PDF, as (SVG, width, height)."""
    from lead_desktop.reports import program_report

    tr = translate_report_text
    t = data.trend
    drawings = [charts.bar_chart([pdfbase.short_month_year(m, tr) for m in t.months],
                                 [(tr(program_report.STRINGS["series_referrals"]), t.referrals),
                                  (tr(program_report.STRINGS["series_enrolments"]), t.enrolments)],
                                 CONTENT_WIDTH, 180, title=tr(program_report.STRINGS["trend"]))]
    eq = data.equity
    if eq.baseline is not None:
        labels = [eq.referrals.lines[eq.referrals.keys.index(k)].label for k in eq.chart_keys]
        drawings.append(charts.ratio_chart(
            [tr(label) for label in labels],
            [(tr(program_report.STRINGS["ratio_referrals"]), [eq.referral_ratio(k) for k in eq.chart_keys]),
             (tr(program_report.STRINGS["ratio_enrolments"]), [eq.enrolment_ratio(k) for k in eq.chart_keys])],
            CONTENT_WIDTH, title=tr(program_report.STRINGS["equity_chart"]),
            reference_label=tr(program_report.STRINGS["parity"])))
    return [(charts.svg_bytes(d), d.width, d.height) for d in drawings]


def _status_label(code: str) -> str:
    from lead_desktop.domain.governance import MINUTES_STATUS

    return MINUTES_STATUS.label(code)


__all__ = ["ReportsPage"]
