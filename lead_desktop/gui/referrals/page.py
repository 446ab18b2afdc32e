"""The Referrals page: the intake queue, all referrals, referral sources and the screening checklist.

The intake queue comes first because an arrest diversion's deadline is legal: every
pending intake is listed by days left, overdue first, in words and color. Actions
work on the selected referral of whichever list has the focus: open (edit and
screen), enroll, record the outcome, record intake and prosecutor notification.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import KnownError, PermissionDenied
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.referrals.checklist_tab import ChecklistPart
from lead_desktop.gui.referrals.dialogs import intake_dialog, outcome_dialog
from lead_desktop.gui.referrals.enroll import EnrollDialog
from lead_desktop.gui.referrals.models import QueueColumn, QueueModel, ReferralColumn, ReferralTableModel
from lead_desktop.gui.referrals.referral_dialog import ReferralDialog
from lead_desktop.gui.referrals.sources_tab import SourcesPart
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.drafts import DraftPlace
from lead_desktop.gui.widgets.look import DANGER, MUTED, OK, WARNING, mute, paint_label, problem_label, show_problem
from lead_desktop.gui.widgets.messages import show_message
from lead_desktop.gui.widgets.tables import ID_ROLE
from lead_desktop.gui.widgets.text import error_text, format_count, vocab_label
from lead_desktop.gui.widgets.views import make_table, select_key, selected_id, size_columns, sort_in_sql
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession

SEARCH_DELAY_MS = 150


class ReferralsPage(SourcesPart, ChecklistPart, QWidget):
    """Referral intake: the queue of pending intakes, every referral, sources and the checklist."""

    participant_opened = Signal(str)
    referrals_changed = Signal()

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referrals_page")
        self._site = site
        self.can_edit = site.can(Permission.EDIT_PARTICIPANTS)
        self.can_edit_checklist = site.can(Permission.EDIT_SCREENING)

        self.problem_label = problem_label(self)

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
        self.enroll_button.setToolTip(self.tr("Enroll the selected referral: link or create the participant"))
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
        self.new_action.setEnabled(self.can_edit)
        self.refresh()

    # ----- building ----------------------------------------------------------------------------

    def _build_queue(self) -> QWidget:
        tab = QWidget(self)
        self.queue_summary = QLabel(tab)
        self.queue_summary.setObjectName("queue_summary_label")
        self.queue_summary.setWordWrap(True)
        self.queue_model = QueueModel(self)
        # The service's order: overdue first, then by days left.
        self.queue_view = make_table(self.queue_model, tab, "queue_table", self.tr("Pending intakes"))
        header = self.queue_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QueueColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        size_columns(self.queue_view, {
            QueueColumn.DAYS_LEFT: "00 days left — due soon", QueueColumn.DUE_ON: "0000-00-00",
            QueueColumn.NAME: "Shanice Robinson-Harris", QueueColumn.PATHWAY: "Social contact referral",
            QueueColumn.REFERRED: "0000-00-00 00:00", QueueColumn.CASE_MANAGER: "Terrence Stewart"})
        self.queue_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.queue_view.installEventFilter(self)
        self.queue_empty = mute(QLabel(self.tr("No intakes are pending."), tab))
        self.queue_empty.setObjectName("queue_empty_label")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.queue_summary)
        layout.addWidget(self.queue_empty)  # alone, at the top, when nothing is pending
        layout.addWidget(self.queue_view, 1)
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
        self.list_view = make_table(self.list_model, tab, "referrals_table", self.tr("Referrals"))
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ReferralColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        sort_in_sql(self.list_view, self.list_model, ReferralColumn.REFERRED, Qt.SortOrder.DescendingOrder)
        size_columns(self.list_view, {
            ReferralColumn.REFERRED: "0000-00-00 00:00", ReferralColumn.NAME: "Shanice Robinson (Peaches)",
            ReferralColumn.PATHWAY: "Social contact referral", ReferralColumn.RESULT: "not screened yet",
            ReferralColumn.OUTCOME: "Intake not completed", ReferralColumn.INTAKE: "00 days left — due soon"})
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

    def _show_problem(self, error: KnownError) -> None:
        show_problem(self.problem_label, error_text(error), DANGER)
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
        selected = selected_id(self.queue_view, or_current=True)
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
        self.queue_summary.setVisible(bool(items))  # "0 intakes pending." would say the same as the line below
        self.queue_empty.setVisible(not items)
        select_key(self.queue_view, selected)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.list_model.set_filters(query=self.search_edit.text(), pathway=self.pathway_combo.currentData() or None,
                                    outcome=self.outcome_combo.currentData() or None)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ----- the selected referral ----------------------------------------------------------------

    def selected_referral_id(self) -> str | None:
        if self.tabs.currentIndex() == 0:
            return selected_id(self.queue_view, or_current=True)
        if self.tabs.currentIndex() == 1:
            return selected_id(self.list_view, or_current=True)
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
        dialog.referral_saved.connect(self._changed)
        return open_dialog(dialog)

    def open_selected(self) -> ReferralDialog | None:
        referral_id = self._need_selection()
        if referral_id is None:
            return None
        dialog = ReferralDialog(self._site, referral_id, self)
        if not self.can_edit:
            dialog.save_button.setEnabled(False)
        dialog.referral_saved.connect(self._changed)
        return open_dialog(dialog)

    def enroll_selected(self) -> EnrollDialog | None:
        referral_id = self._need_selection()
        if referral_id is None:
            return None
        dialog = EnrollDialog(self._site, referral_id, self)
        dialog.enrolled.connect(self._on_enroll_dialog_enrolled)
        return open_dialog(dialog)

    def _on_enroll_dialog_enrolled(self, enrollment: svc.Enrollment) -> None:
        self._changed(enrollment.referral_id)
        self.participant_opened.emit(enrollment.participant_id)

    def record_outcome_selected(self):  # noqa: ANN201 - a RecordDialog or None
        referral_id = self._need_selection()
        detail = self._detail(referral_id) if referral_id else None
        if detail is None:
            return None
        if detail.outcome == "enrolled":
            show_message(self, self.tr("{name} is enrolled ({number}); the outcome cannot change.").format(
                name=detail.name, number=detail.participant_lead_number), warning=False)
            return None
        return self._open_for(outcome_dialog(self._site, detail, self), "referral_outcome", referral_id)

    def record_intake_selected(self):  # noqa: ANN201 - a RecordDialog or None
        referral_id = self._need_selection()
        detail = self._detail(referral_id) if referral_id else None
        if detail is None:
            return None
        return self._open_for(intake_dialog(self._site, detail, self), "referral_intake", referral_id)

    def _open_for(self, dialog: RecordDialog, opener: str, referral_id: str) -> RecordDialog:
        """A dialog about one referral; what is typed in it is kept as a draft."""
        dialog.draft_tracker().identify(DraftPlace(dialog.form.form.name, referral_id, opener, {}, dialog.windowTitle()))
        return open_dialog(dialog, lambda _d: self._changed(referral_id))

    # ----- reacting ------------------------------------------------------------------------------

    def _on_list_model_loaded(self, total: int) -> None:
        if total == 1:
            self.list_status.setText(self.tr("1 referral"))
        else:
            self.list_status.setText(self.tr("{count} referrals").format(count=format_count(total)))
        if self.list_model.rowCount() and not self.list_view.selectionModel().hasSelection():
            self.list_view.selectRow(0)

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
