"""The Referrals page: the intake queue, all referrals, referral sources and the screening checklist.

The intake queue comes first because an arrest diversion's deadline is legal: every
pending intake is listed by days left, overdue first, in words and colour. Actions
work on the selected referral of whichever list has the focus: open (edit and
screen), enrol, record the outcome, record intake and prosecutor notification.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import KnownError, PermissionDenied
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.participants.common import (
    DANGER,
    MUTED,
    OK,
    WARNING,
    error_text,
    format_count,
    mute,
    page_action,
    paint_label,
    show_message,
    sort_on_header_click,
    vocab_label,
)
from lead_desktop.gui.referrals.dialogs import (
    ChecklistDialog,
    EnrollDialog,
    ReferralDialog,
    agency_dialog,
    intake_dialog,
    officer_dialog,
    outcome_dialog,
)
from lead_desktop.gui.referrals.models import (
    ID_ROLE,
    SORT_ROLE,
    AgencyModel,
    ChecklistVersionModel,
    CriteriaModel,
    OfficerModel,
    QueueColumn,
    QueueModel,
    ReferralColumn,
    ReferralTableModel,
)
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession

SEARCH_DELAY_MS = 150


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _proxy_table(parent: QWidget, model, name: str, accessible: str) -> QTableView:  # noqa: ANN001
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = _table(parent, name, accessible)
    view.setModel(proxy)
    sort_on_header_click(view, proxy)
    return view


def _selected(view: QTableView) -> str | None:
    model = view.selectionModel()
    rows = model.selectedRows() if model else []
    if not rows:
        index = view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None
    return rows[0].data(ID_ROLE)


class ReferralsPage(QWidget):
    """Referral intake: the queue of pending intakes, every referral, sources and the checklist."""

    participant_opened = Signal(str)
    referrals_changed = Signal()

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referrals_page")
        self._site = site
        self.can_edit = site.can(Permission.EDIT_PARTICIPANTS)
        self.can_edit_checklist = site.can(Permission.EDIT_SCREENING)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)

        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.new_button.setObjectName("new_button")
        self.new_button.setToolTip(self.tr("Record a referral (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_referral)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("open_button")
        self.open_button.setToolTip(self.tr("Open the selected referral: details, screening, override (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.enroll_button = QPushButton(self.tr("&Enroll…"), self)
        self.enroll_button.setObjectName("enroll_button")
        self.enroll_button.setToolTip(self.tr("Enrol the selected referral: link or create the participant"))
        self.enroll_button.clicked.connect(self.enroll_selected)
        self.intake_button = QPushButton(self.tr("&Intake and prosecutor…"), self)
        self.intake_button.setObjectName("intake_button")
        self.intake_button.setToolTip(self.tr("Intake completed, prosecutor notified, charges filed"))
        self.intake_button.clicked.connect(self.record_intake_selected)
        self.outcome_button = QPushButton(self.tr("Record o&utcome…"), self)
        self.outcome_button.setObjectName("outcome_button")
        self.outcome_button.setToolTip(self.tr("Ineligible, declined or intake not completed"))
        self.outcome_button.clicked.connect(self.record_outcome_selected)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.enroll_button, self.intake_button,
                       self.outcome_button):
            actions.addWidget(button)
            button.setEnabled(self.can_edit or button is self.open_button)
        actions.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("referral_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_queue(), self.tr("Intake &queue"))
        self.tabs.addTab(self._build_list(), self.tr("All &referrals"))
        self.tabs.addTab(self._build_sources(), self.tr("&Sources"))
        self.tabs.addTab(self._build_checklist(), self.tr("Screening &checklist"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

        self.new_action = page_action(self, self.tr("New referral…"), QKeySequence.StandardKey.New,
                                      self.new_referral)
        self.find_action = page_action(self, self.tr("Find referral"), QKeySequence.StandardKey.Find,
                                       self.focus_search)
        self.refresh_action = page_action(self, self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.new_action.setEnabled(self.can_edit)
        self.refresh()

    # ----- building ----------------------------------------------------------------------------

    def _build_queue(self) -> QWidget:
        tab = QWidget(self)
        self.queue_summary = QLabel(tab)
        self.queue_summary.setObjectName("queue_summary_label")
        self.queue_summary.setWordWrap(True)
        self.queue_model = QueueModel(self)
        self.queue_view = _table(tab, "queue_table", self.tr("Pending intakes"))
        self.queue_view.setModel(self.queue_model)  # the service's order: overdue first, then by days left
        header = self.queue_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        metrics = self.queue_view.fontMetrics()
        for column, sample in ((QueueColumn.DAYS_LEFT, "00 days left — due soon"), (QueueColumn.DUE_ON, "0000-00-00"),
                               (QueueColumn.NAME, "Shanice Robinson-Harris"),
                               (QueueColumn.PATHWAY, "Social contact referral"),
                               (QueueColumn.REFERRED, "0000-00-00 00:00"),
                               (QueueColumn.CASE_MANAGER, "Terrence Stewart")):
            title = str(self.queue_model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + 30,
                                             header.fontMetrics().horizontalAdvance(title) + 30))
        self.queue_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.queue_view.installEventFilter(self)
        self.queue_empty = mute(QLabel(self.tr("No intakes are pending."), tab))
        self.queue_empty.setObjectName("queue_empty_label")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.queue_summary)
        layout.addWidget(self.queue_view, 1)
        layout.addWidget(self.queue_empty)
        return tab

    def _build_list(self) -> QWidget:
        tab = QWidget(self)
        self.pathway_combo = QComboBox(tab)
        self.pathway_combo.setObjectName("pathway_combo")
        self.pathway_combo.setAccessibleName(self.tr("Pathway"))
        self.pathway_combo.addItem(self.tr("Any pathway"), "")
        for term in R.PATHWAY:
            self.pathway_combo.addItem(vocab_label(R.PATHWAY, term.code), term.code)
        self.outcome_combo = QComboBox(tab)
        self.outcome_combo.setObjectName("outcome_combo")
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        self.outcome_combo.addItem(self.tr("Any outcome"), "")
        for term in R.OUTCOME:
            self.outcome_combo.addItem(vocab_label(R.OUTCOME, term.code), term.code)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name or alias"))
        self.search_edit.setAccessibleName(self.tr("Search referrals"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Pathway:"), self.pathway_combo), (self.tr("Ou&tcome:"), self.outcome_combo)):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.list_model = ReferralTableModel(self._site, self)
        self.list_view = _table(tab, "referrals_table", self.tr("Referrals"))
        self.list_view.setModel(self.list_model)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReferralColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(ReferralColumn.REFERRED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        metrics = self.list_view.fontMetrics()
        for column, sample in ((ReferralColumn.REFERRED, "0000-00-00 00:00"),
                               (ReferralColumn.NAME, "Shanice Robinson (Peaches)"),
                               (ReferralColumn.PATHWAY, "Social contact referral"),
                               (ReferralColumn.RESULT, "not screened yet"),
                               (ReferralColumn.OUTCOME, "Intake not completed"),
                               (ReferralColumn.INTAKE, "00 days left — due soon")):
            title = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + 30,
                                             header.fontMetrics().horizontalAdvance(title) + 30))
        header.sortIndicatorChanged.connect(self._on_list_sort_indicator_changed)
        self.list_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.list_view.installEventFilter(self)
        self.list_status = QLabel(tab)
        self.list_status.setObjectName("list_status_label")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.pathway_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.outcome_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.list_model.loaded.connect(self._on_list_model_loaded)
        self.list_model.failed.connect(self._show_problem)

        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.list_status)
        return tab

    def _build_sources(self) -> QWidget:
        tab = QWidget(self)
        self.agency_model = AgencyModel(self)
        self.agency_view = _proxy_table(tab, self.agency_model, "agencies_table", self.tr("Referring agencies"))
        self.agency_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agency_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agency_view.doubleClicked.connect(lambda _i: self.edit_agency())
        self.officer_model = OfficerModel(self)
        self.officer_view = _proxy_table(tab, self.officer_model, "officers_table", self.tr("Referring officers"))
        self.officer_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.officer_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.officer_view.doubleClicked.connect(lambda _i: self.edit_officer())

        self.add_agency_button = QPushButton(self.tr("Add agency…"), tab)
        self.add_agency_button.setObjectName("add_agency_button")
        self.add_agency_button.clicked.connect(self.add_agency)
        self.edit_agency_button = QPushButton(self.tr("Edit agency…"), tab)
        self.edit_agency_button.setObjectName("edit_agency_button")
        self.edit_agency_button.clicked.connect(self.edit_agency)
        self.add_officer_button = QPushButton(self.tr("Add officer…"), tab)
        self.add_officer_button.setObjectName("add_officer_button")
        self.add_officer_button.clicked.connect(self.add_officer)
        self.edit_officer_button = QPushButton(self.tr("Edit officer…"), tab)
        self.edit_officer_button.setObjectName("edit_officer_button")
        self.edit_officer_button.clicked.connect(self.edit_officer)
        for button in (self.add_agency_button, self.edit_agency_button, self.add_officer_button,
                       self.edit_officer_button):
            button.setEnabled(self.can_edit)

        agencies = QGroupBox(self.tr("Agencies and organisations"), tab)
        box = QVBoxLayout(agencies)
        box.addWidget(self.agency_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_agency_button)
        row.addWidget(self.edit_agency_button)
        row.addStretch(1)
        box.addLayout(row)
        officers = QGroupBox(self.tr("Referring officers"), tab)
        box = QVBoxLayout(officers)
        box.addWidget(self.officer_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_officer_button)
        row.addWidget(self.edit_officer_button)
        row.addStretch(1)
        box.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(agencies)
        splitter.addWidget(officers)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter, 1)
        return tab

    def _build_checklist(self) -> QWidget:
        tab = QWidget(self)
        self.version_model = ChecklistVersionModel(self)
        self.version_view = _table(tab, "versions_table", self.tr("Checklist versions"))
        self.version_view.setModel(self.version_model)
        vheader = self.version_view.horizontalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setStretchLastSection(True)
        self.criteria_model = CriteriaModel(self)
        self.criteria_view = _table(tab, "criteria_table", self.tr("Criteria of the selected version"))
        self.criteria_view.setModel(self.criteria_model)
        self.criteria_view.setWordWrap(True)
        cheader = self.criteria_view.horizontalHeader()
        cheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.edit_checklist_button = QPushButton(self.tr("&Edit checklist…"), tab)
        self.edit_checklist_button.setObjectName("edit_checklist_button")
        self.edit_checklist_button.clicked.connect(self.edit_checklist)
        self.edit_checklist_button.setVisible(self.can_edit_checklist)
        note = mute(QLabel(
            self.tr("Editing saves a new version; each referral keeps the version it was screened under.")
            if self.can_edit_checklist else
            self.tr("Only administrators and the project manager can change the checklist (for the PCG)."), tab))
        note.setWordWrap(True)
        versions = QGroupBox(self.tr("Versions"), tab)
        vbox = QVBoxLayout(versions)
        vbox.addWidget(self.version_view, 1)
        criteria = QGroupBox(self.tr("Excluded from LEAD when…"), tab)
        cbox = QVBoxLayout(criteria)
        cbox.addWidget(self.criteria_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(versions)
        splitter.addWidget(criteria)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.edit_checklist_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.version_view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_version(current))
        return tab

    # ----- loading ---------------------------------------------------------------------------

    def _show_problem(self, error: KnownError) -> None:
        self.problem_label.setText(error_text(error))
        paint_label(self.problem_label, DANGER)
        self.problem_label.setVisible(True)
        if isinstance(error, PermissionDenied):
            self.tabs.setEnabled(False)
            for button in (self.new_button, self.open_button, self.enroll_button, self.intake_button,
                           self.outcome_button):
                button.setEnabled(False)

    def refresh(self) -> None:
        """Reload every list (keeping filters and selections where they still exist)."""
        self.problem_label.setVisible(False)
        self.load_queue()
        self.apply_filters()
        self.load_sources()
        self.load_checklist()

    def load_queue(self) -> None:
        try:
            items = svc.intake_queue(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        selected = _selected(self.queue_view)
        self.queue_model.set_rows(items)
        counts = {state: sum(1 for i in items if i.state == state) for state in ("overdue", "due_today", "due_soon")}
        parts = []
        if counts["overdue"]:
            parts.append(self.tr("{count} overdue").format(count=counts["overdue"]))
        if counts["due_today"]:
            parts.append(self.tr("{count} due today").format(count=counts["due_today"]))
        if counts["due_soon"]:
            parts.append(self.tr("{count} due within {days} days").format(count=counts["due_soon"],
                                                                         days=R.DUE_SOON_DAYS))
        if len(items) == 1:
            head = self.tr("1 intake pending")
        else:
            head = self.tr("{count} intakes pending").format(count=format_count(len(items)))
        self.queue_summary.setText(head + (": " + ", ".join(parts) if parts else "") + ".")
        tone = DANGER if counts["overdue"] or counts["due_today"] else WARNING if counts["due_soon"] else (
            OK if items else MUTED)
        paint_label(self.queue_summary, tone)
        self.queue_view.setVisible(bool(items))
        self.queue_empty.setVisible(not items)
        self._reselect(self.queue_view, selected)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.list_model.set_filters(query=self.search_edit.text(), pathway=self.pathway_combo.currentData() or None,
                                    outcome=self.outcome_combo.currentData() or None)

    def load_sources(self) -> None:
        try:
            agencies = svc.list_agencies(self._site)
            officers = svc.list_officers(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        agency_id, officer_id = _selected(self.agency_view), _selected(self.officer_view)
        self.agency_model.set_rows(agencies)
        self.officer_model.set_rows(officers)
        self._reselect(self.agency_view, agency_id)
        self._reselect(self.officer_view, officer_id)

    def load_checklist(self) -> None:
        try:
            versions = svc.checklist_versions(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        self.version_model.set_rows(versions)
        if versions:
            self.version_view.selectRow(0)
            self._show_version(self.version_model.index(0, 0))

    def _show_version(self, index) -> None:  # noqa: ANN001
        if index.isValid():
            self.criteria_model.set_rows(self.version_model.row_at(index.row()).criteria)

    @staticmethod
    def _reselect(view: QTableView, row_id: str | None) -> None:
        """Select the row with this id again after a reload (else the first row)."""
        model = view.model()
        for row in range(model.rowCount()):
            if row_id is not None and model.index(row, 0).data(ID_ROLE) == row_id:
                view.selectRow(row)
                return
        if model.rowCount() and not view.selectionModel().hasSelection():
            view.selectRow(0)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ----- the selected referral ----------------------------------------------------------------

    def selected_referral_id(self) -> str | None:
        if self.tabs.currentIndex() == 0:
            return _selected(self.queue_view)
        if self.tabs.currentIndex() == 1:
            return _selected(self.list_view)
        return None

    def select_referral(self, referral_id: str) -> bool:
        """Select a referral in the visible list (the queue, else all referrals)."""
        for tab, view in ((0, self.queue_view), (1, self.list_view)):
            model = view.model()
            for row in range(model.rowCount()):
                if model.index(row, 0).data(ID_ROLE) == referral_id:
                    self.tabs.setCurrentIndex(tab)
                    view.selectRow(row)
                    return True
        return False

    def _detail(self, referral_id: str) -> svc.ReferralDetail | None:
        try:
            return svc.get_referral(self._site, referral_id)
        except KnownError as error:
            show_message(self, error_text(error))
            return None

    def _need_selection(self) -> str | None:
        referral_id = self.selected_referral_id()
        if referral_id is None:
            show_message(self, self.tr("Select a referral in the intake queue or the list first."), warning=False)
        return referral_id

    def _changed(self, referral_id: str | None = None) -> None:
        self.refresh()
        if referral_id:
            self.select_referral(referral_id)
        self.referrals_changed.emit()

    def new_referral(self) -> ReferralDialog | None:
        if not self.can_edit:
            return None
        dialog = ReferralDialog(self._site, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referral_saved.connect(self._changed)
        dialog.open()
        return dialog

    def open_selected(self) -> ReferralDialog | None:
        referral_id = self._need_selection()
        if referral_id is None:
            return None
        dialog = ReferralDialog(self._site, referral_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not self.can_edit:
            dialog.save_button.setEnabled(False)
        dialog.referral_saved.connect(self._changed)
        dialog.open()
        return dialog

    def enroll_selected(self) -> EnrollDialog | None:
        referral_id = self._need_selection()
        if referral_id is None:
            return None
        dialog = EnrollDialog(self._site, referral_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrolled.connect(self._on_enroll_dialog_enrolled)
        dialog.open()
        return dialog

    def _on_enroll_dialog_enrolled(self, enrolment: svc.Enrolment) -> None:
        self._changed(enrolment.referral_id)
        self.participant_opened.emit(enrolment.participant_id)

    def record_outcome_selected(self):  # noqa: ANN201 - a RecordDialog or None
        referral_id = self._need_selection()
        detail = self._detail(referral_id) if referral_id else None
        if detail is None:
            return None
        if detail.outcome == "enrolled":
            show_message(self, self.tr("{name} is enrolled ({number}); the outcome cannot change.").format(
                name=detail.name, number=detail.participant_lead_number), warning=False)
            return None
        dialog = outcome_dialog(self._site, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _d: self._changed(referral_id))
        dialog.open()
        return dialog

    def record_intake_selected(self):  # noqa: ANN201 - a RecordDialog or None
        referral_id = self._need_selection()
        detail = self._detail(referral_id) if referral_id else None
        if detail is None:
            return None
        dialog = intake_dialog(self._site, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _d: self._changed(referral_id))
        dialog.open()
        return dialog

    # ----- sources and checklist ----------------------------------------------------------------

    def _source_dialog(self, dialog) -> None:  # noqa: ANN001
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.load_sources())
        dialog.open()

    def add_agency(self):  # noqa: ANN201
        dialog = agency_dialog(self._site, self)
        self._source_dialog(dialog)
        return dialog

    def edit_agency(self):  # noqa: ANN201
        index = self.agency_view.currentIndex()
        if not index.isValid() or not self.can_edit:
            return None
        row = next(r for r in (self.agency_model.row_at(i) for i in range(self.agency_model.rowCount()))
                   if r.id == index.data(ID_ROLE))
        dialog = agency_dialog(self._site, self, row)
        self._source_dialog(dialog)
        return dialog

    def add_officer(self):  # noqa: ANN201
        index = self.agency_view.currentIndex()
        dialog = officer_dialog(self._site, self, agency_id=index.data(ID_ROLE) if index.isValid() else None)
        self._source_dialog(dialog)
        return dialog

    def edit_officer(self):  # noqa: ANN201
        index = self.officer_view.currentIndex()
        if not index.isValid() or not self.can_edit:
            return None
        row = next(r for r in (self.officer_model.row_at(i) for i in range(self.officer_model.rowCount()))
                   if r.id == index.data(ID_ROLE))
        dialog = officer_dialog(self._site, self, row)
        self._source_dialog(dialog)
        return dialog

    def edit_checklist(self) -> ChecklistDialog | None:
        if not self.can_edit_checklist or not self.version_model.rowCount():
            return None
        dialog = ChecklistDialog(self._site, self.version_model.row_at(0), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checklist_saved.connect(lambda _v: self.load_checklist())
        dialog.open()
        return dialog

    # ----- reacting ------------------------------------------------------------------------------

    def _on_list_model_loaded(self, total: int) -> None:
        if total == 1:
            self.list_status.setText(self.tr("1 referral"))
        else:
            self.list_status.setText(self.tr("{count} referrals").format(count=format_count(total)))
        if self.list_model.rowCount() and not self.list_view.selectionModel().hasSelection():
            self.list_view.selectRow(0)

    def _on_list_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in ReferralTableModel.SORT_KEYS:
            key_column = self.list_model.sort_column()
            descending = self.list_model.sort_key[1]
            with QSignalBlocker(self.list_view.horizontalHeader()):
                self.list_view.horizontalHeader().setSortIndicator(
                    key_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            return
        self.list_model.sort(column, order)

    def _on_tabs_current_changed(self, index: int) -> None:
        on_referrals = index in (0, 1)
        for button in (self.open_button, self.enroll_button, self.intake_button, self.outcome_button):
            button.setVisible(on_referrals)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in (self.queue_view, self.list_view)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)
