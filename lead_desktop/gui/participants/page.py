"""The Participants page: views, filters, incremental search, the paged list and the caseload panel.

Every filter change asks the service for one page (100 rows, total counted in
the same call); further pages load as the list scrolls. Search waits 150 ms after
the last keystroke so a fast typist causes one query, not one per letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError, PermissionDenied
from lead_desktop.gui.participants.dialogs import ParticipantDialog
from lead_desktop.gui.participants.models import (
    CaseloadColumn,
    CaseloadModel,
    ParticipantColumn,
    ParticipantTableModel,
    caseload_state_text,
)
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.dialogs import open_dialog
from lead_desktop.gui.widgets.look import DANGER, problem_label, show_problem
from lead_desktop.gui.widgets.tables import ID_ROLE
from lead_desktop.gui.widgets.text import error_text, format_count, vocab_label
from lead_desktop.gui.widgets.views import make_table, size_columns, sort_in_sql, sorted_table
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession

SEARCH_DELAY_MS = 150


class ParticipantsPage(QWidget):
    """All participants, my caseload, no contact in N days, court this week; opens profiles."""

    participant_opened = Signal(str)

    VIEW_ALL, VIEW_MINE, VIEW_NO_CONTACT, VIEW_COURT = "all", "mine", "no_contact", "court"

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_page")
        self._site = site
        self._inactive_days = 90
        try:
            self._inactive_days = int(site.setting("inactive_after_days"))
        except KnownError:
            pass

        self.problem_label = problem_label(self)

        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("view_combo")
        self.view_combo.setAccessibleName(self.tr("View"))
        self.view_combo.addItem(self.tr("All participants"), self.VIEW_ALL)
        self.view_combo.addItem(self.tr("My caseload"), self.VIEW_MINE)
        self.view_combo.addItem(
            self.tr("No contact in {days} days").format(days=self._inactive_days), self.VIEW_NO_CONTACT
        )
        self.view_combo.addItem(self.tr("Court date this week"), self.VIEW_COURT)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for term in V.PARTICIPANT_STATUS:
            self.status_combo.addItem(vocab_label(V.PARTICIPANT_STATUS, term.code), term.code)

        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("manager_combo")
        self.manager_combo.setAccessibleName(self.tr("Case manager"))
        self.manager_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.manager_combo.addItem(self.tr("Any case manager"), "")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name, alias or LEAD number"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setToolTip(self.tr("Search name, alias or LEAD number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance("Search name, alias") + 40)
        self.search_edit.installEventFilter(self)

        self.new_button = QPushButton(self.tr("New participant…"), self)
        self.new_button.setObjectName("new_button")
        self.new_button.setToolTip(self.tr("Add a participant (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_participant)

        # Two rows, so the page fits a 1024-pixel screen (or 200 % scaling) without squeezing a combo box's
        # text or sliding the search box's clear button under the button beside it.
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for label_text, widget in (
            (self.tr("&View:"), self.view_combo),
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("Case &manager:"), self.manager_combo),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)

        self.model = ParticipantTableModel(site, self)
        self.table = make_table(self.model, self, "participants_table", self.tr("Participants"))
        sort_in_sql(self.table, self.model, ParticipantColumn.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ParticipantColumn.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        size_columns(self.table, {
            ParticipantColumn.LEAD_NUMBER: "NOLA-000000",
            ParticipantColumn.ALIASES: "Preacher, Slim",
            ParticipantColumn.DOB: "0000-00-00",
            ParticipantColumn.STATUS: "Unable to locate",
            ParticipantColumn.CASE_MANAGER: "Terrence Stewart",
            ParticipantColumn.LAST_CONTACT: "0000-00-00",
        }, padding=16, header_padding=34)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Name") + 34)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)

        self.caseload_model = CaseloadModel(self)
        # Largest caseload first, as the service sorts it, until a header is clicked.
        self.caseload_view = sorted_table(self.caseload_model, self, "caseload_table", self.tr("Caseloads"),
                                          style_rows=True)
        self.caseload_view.setAlternatingRowColors(False)
        cheader = self.caseload_view.horizontalHeader()
        cheader.setStretchLastSection(False)
        cheader.setSectionResizeMode(CaseloadColumn.CASE_MANAGER, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from sample text: measuring every row (ResizeToContents) costs a data() call per cell.
        cheader.setSectionResizeMode(CaseloadColumn.ACTIVE, QHeaderView.ResizeMode.Fixed)
        cheader.setSectionResizeMode(CaseloadColumn.STATE, QHeaderView.ResizeMode.Fixed)
        size_columns(self.caseload_view, {CaseloadColumn.ACTIVE: "0000",
                                          CaseloadColumn.STATE: caseload_state_text("over_maximum")})
        self.caseload_view.doubleClicked.connect(self._on_caseload_double_clicked)
        self.caseload_view.setToolTip(self.tr("Double-click a case manager to list their caseload."))
        caseload_box = QGroupBox(self.tr("Caseloads (average 20, maximum 25)"), self)
        caseload_layout = QVBoxLayout(caseload_box)
        caseload_layout.addWidget(self.caseload_view)
        self.caseload_summary = QLabel(caseload_box)
        self.caseload_summary.setWordWrap(True)
        caseload_layout.addWidget(self.caseload_summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(caseload_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        name_width = metrics.horizontalAdvance("Angela Edwards") + 16  # longer names elide; tooltips show them
        caseload_box.setMinimumWidth(
            name_width
            + cheader.sectionSize(CaseloadColumn.ACTIVE)
            + cheader.sectionSize(CaseloadColumn.STATE)
            + 2 * self.caseload_view.frameWidth()
            + 2 * caseload_layout.contentsMargins().left()
            + 24
        )
        splitter.setSizes([900, caseload_box.minimumWidth()])

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setAccessibleName(self.tr("Number of participants"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.view_combo.currentIndexChanged.connect(self._on_view_combo_changed)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.manager_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self._on_model_failed)
        for text, key, slot, _show in self.section_shortcuts():
            page_action(self, text, key, slot)


        self.setTabOrder(self.search_edit, self.new_button)  # in the order they stand on the page
        self.setTabOrder(self.new_button, self.view_combo)
        self.setTabOrder(self.view_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.manager_combo)
        self.setTabOrder(self.manager_combo, self.table)
        self.setTabOrder(self.table, self.caseload_view)
        self.setFocusProxy(self.search_edit)

        self._load_case_managers()
        self.apply_filters()
        self._load_caseloads()

    # ----- loading -----------------------------------------------------------------------------

    def _show_problem(self, error: KnownError) -> None:
        show_problem(self.problem_label, error_text(error), DANGER)

    def _load_case_managers(self) -> None:
        try:
            managers = svc.case_managers(self._site)
        except KnownError as error:
            self._show_problem(error)
            self._set_enabled(False)
            return
        with QSignalBlocker(self.manager_combo):
            for account_id, name in managers:
                self.manager_combo.addItem(name, account_id)

    def _load_caseloads(self) -> None:
        try:
            rows = svc.caseloads(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        self.caseload_model.set_rows(rows)
        over = sum(1 for r in rows if r.state == "over_maximum")
        self.caseload_summary.setText(
            self.tr("{count} over the maximum of {maximum}.").format(count=over, maximum=V.CASELOAD_MAXIMUM)
            if over
            else self.tr("Nobody is over the maximum of {maximum}.").format(maximum=V.CASELOAD_MAXIMUM)
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.view_combo,
            self.status_combo,
            self.manager_combo,
            self.search_edit,
            self.new_button,
            self.table,
            self.caseload_view,
        ):
            widget.setEnabled(enabled)

    def current_filters(self) -> dict:
        view = self.view_combo.currentData()
        return {
            "query": self.search_edit.text(),
            "status": self.status_combo.currentData() or None,
            "case_manager_id": None if view == self.VIEW_MINE else (self.manager_combo.currentData() or None),
            "mine": view == self.VIEW_MINE,
            "no_contact_days": self._inactive_days if view == self.VIEW_NO_CONTACT else None,
            "court_this_week": view == self.VIEW_COURT,
        }

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(**self.current_filters())

    def refresh(self) -> None:
        """Reload the list (keeping filters and sort) and the caseloads, e.g. after a profile changed."""
        self.problem_label.setVisible(False)
        self.model.reload()
        self._load_caseloads()

    def section_shortcuts(self) -> list[tuple[str, QKeySequence.StandardKey, object, bool]]:
        """Ctrl+N and Ctrl+F: here, and from anywhere else in the Participants section too (Today, a
        profile; gui.sections). The last item says whether the section shows this tab first."""
        return [
            (self.tr("New participant…"), QKeySequence.StandardKey.New, self.new_participant, False),
            (self.tr("Find participant"), QKeySequence.StandardKey.Find, self.focus_search, True),
        ]

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ----- reacting ------------------------------------------------------------------------------

    def _on_model_loaded(self, total: int) -> None:
        if total == 1:
            text = self.tr("1 participant")
        else:
            text = self.tr("{count} participants").format(count=format_count(total))
        self.status_label.setText(text)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_model_failed(self, error: KnownError) -> None:
        self._show_problem(error)
        if isinstance(error, PermissionDenied):
            self._set_enabled(False)

    def _on_view_combo_changed(self, _index: int) -> None:
        self.manager_combo.setEnabled(self.view_combo.currentData() != self.VIEW_MINE)
        self.apply_filters()

    def _on_table_double_clicked(self, index) -> None:  # noqa: ANN001
        self._open_row(index.row())

    def _on_caseload_double_clicked(self, index) -> None:  # noqa: ANN001
        account_id = index.data(ID_ROLE)
        position = self.manager_combo.findData(account_id)
        if position >= 0:
            self.view_combo.setCurrentIndex(0)
            self.manager_combo.setCurrentIndex(position)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.participant_opened.emit(self.model.row_at(row).id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if watched is self.search_edit:
                if key == Qt.Key.Key_Down:
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.table.currentIndex().isValid() and self.model.rowCount():
                        self.table.selectRow(0)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.apply_filters()
                    if self.model.rowCount() == 1:
                        self._open_row(0)
                    return True
        return super().eventFilter(watched, event)

    def new_participant(self) -> ParticipantDialog:
        dialog = ParticipantDialog(self._site, self)
        dialog.participant_created.connect(self._on_dialog_participant_created)
        dialog.participant_chosen.connect(self.participant_opened)
        return open_dialog(dialog)

    def _on_dialog_participant_created(self, participant_id: str) -> None:
        self.refresh()
        self.participant_opened.emit(participant_id)
