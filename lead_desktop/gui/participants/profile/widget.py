"""One participant's profile: the header (name, number, status, case manager, last contact) and the tabs.

Each tab lives in its own module of this package and is loaded when first shown:
overview.py (the participant form), contacts.py, assessment.py, goals.py, services.py,
housing.py, legal.py (record tabs over records.RecordsTab), consents.py (consents, scans and
the disclosure log) and merges.py (merge and undo). Alt+1 … Alt+9 switch tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.participants.common import STATUS_TONES
from lead_desktop.gui.participants.profile.assessment import assessment_tab
from lead_desktop.gui.participants.profile.consents import ConsentsTab
from lead_desktop.gui.participants.profile.contacts import contacts_tab
from lead_desktop.gui.participants.profile.goals import goals_tab
from lead_desktop.gui.participants.profile.housing import housing_tab
from lead_desktop.gui.participants.profile.legal import legal_tab
from lead_desktop.gui.participants.profile.merges import MergesTab
from lead_desktop.gui.participants.profile.overview import OverviewTab
from lead_desktop.gui.participants.profile.records import RecordsTab
from lead_desktop.gui.participants.profile.services import services_tab
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import (
    DANGER,
    WARNING,
    ElidedLabel,
    heading,
    paint_label,
    problem_label,
    show_problem,
)
from lead_desktop.gui.widgets.messages import show_error
from lead_desktop.gui.widgets.text import error_text, format_date, lead_number_text, vocab_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class ProfileWidget(QWidget):
    """Header and tabs for one participant."""

    participant_opened = Signal(str)  # e.g. "Open the record it was merged into"
    case_summary_requested = Signal(str)  # the LEAD number: the Reports page's case summary, consent check first
    participant_changed = Signal(str)  # after any save here, so lists can refresh

    TAB_KEYS = ("overview", "contacts", "assessment", "goals", "services", "housing", "legal", "consents", "merges")

    def __init__(self, site: SiteSession, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_widget")
        self.site = site
        self.participant_id = participant_id
        self.detail: svc.ParticipantDetail | None = None
        self.tabs: dict[str, QWidget] = {}

        self.problem_label = problem_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        try:
            detail = svc.get_participant(site, participant_id)
        except KnownError as error:
            show_problem(self.problem_label, error_text(error), DANGER)
            layout.addStretch(1)
            self.tab_widget = None
            return
        editable = site.can(Permission.EDIT_PARTICIPANTS) and detail.merged_into_id is None

        self.name_label = ElidedLabel(self)
        self.name_label.setObjectName("name_label")
        heading(self.name_label, 1.5)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("lead_number_label")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.manager_label = ElidedLabel(self)
        self.manager_label.setObjectName("case_manager_label")
        self.last_contact_label = QLabel(self)
        self.last_contact_label.setObjectName("last_contact_label")
        self.record_contact_button = QPushButton(self.tr("Record &contact…"), self)
        self.record_contact_button.setObjectName("record_contact_button")
        self.record_contact_button.setToolTip(self.tr("Record a contact (Ctrl+Shift+C)"))
        self.record_contact_button.clicked.connect(self.record_contact)
        self.record_contact_button.setVisible(editable)
        self.case_summary_button = QPushButton(self.tr("Case summar&y…"), self)
        self.case_summary_button.setObjectName("case_summary_button")
        self.case_summary_button.setToolTip(self.tr(
            "A case summary PDF for a recipient, on the Reports page: the consents in force are checked first"))
        self.case_summary_button.clicked.connect(
            lambda: self.case_summary_requested.emit(self.detail.lead_number) if self.detail else None)
        # Case summaries go to people who may change records, as on the Reports page.
        self.case_summary_button.setVisible(site.can(Permission.EDIT_PARTICIPANTS))
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addSpacing(12)
        top.addWidget(self.number_label)
        top.addStretch(1)
        top.addWidget(self.case_summary_button)
        top.addWidget(self.record_contact_button)
        facts = QHBoxLayout()
        for widget in (self.status_label, self.manager_label, self.last_contact_label):
            facts.addWidget(widget)
            facts.addSpacing(18)
        facts.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(facts)

        self.merged_banner = QLabel(self)
        self.merged_banner.setObjectName("merged_banner")
        self.merged_banner.setWordWrap(True)
        self.merged_banner.setVisible(False)
        self.merged_banner.linkActivated.connect(lambda _link: self._open_merged_into())
        layout.addWidget(self.merged_banner)

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("profile_tabs")
        self.tab_widget.setDocumentMode(True)
        layout.addWidget(self.tab_widget, 1)

        self.overview = OverviewTab(site, participant_id, editable, self)
        self.overview.saved.connect(self._on_overview_saved)
        self._add_tab("overview", self.overview, self.tr("Overview"))
        for key, tab, title in self._record_tabs(editable):
            tab.changed.connect(self._on_records_changed)
            self._add_tab(key, tab, title)
        self.merges = MergesTab(site, self, site.can(Permission.EDIT_PARTICIPANTS))
        self.merges.changed.connect(self._on_merges_changed)
        self._add_tab("merges", self.merges, self.tr("Merges"))
        self.tab_widget.currentChanged.connect(self._on_tab_changed)

        self.record_contact_action = page_action(
            self, self.tr("Record contact…"), self.tr("Ctrl+Shift+C"), self.record_contact
        )
        for number in range(1, len(self.TAB_KEYS) + 1):
            page_action(
                self,
                self.tr("Show tab {number}").format(number=number),
                f"Alt+{number}",
                lambda n=number: self.tab_widget.setCurrentIndex(n - 1),
            )
        self._show_detail(detail)

    def take_focus(self) -> None:
        """The keyboard focus on the profile's row of tabs (Left/Right switch them), so the profile's own
        shortcuts work right after it opens."""
        target = self.tab_widget.tabBar() if self.tab_widget is not None else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_tab(self, key: str, widget: QWidget, title: str) -> None:
        self.tabs[key] = widget
        index = self.tab_widget.addTab(widget, title)
        self.tab_widget.setTabToolTip(index, self.tr("Alt+{number}").format(number=index + 1))

    def _record_tabs(self, editable: bool) -> list[tuple[str, RecordsTab, str]]:
        site, pid = self.site, self.participant_id
        return [
            ("contacts", contacts_tab(site, pid, editable, self), self.tr("Contacts")),
            ("assessment", assessment_tab(site, pid, editable, self), self.tr("Assessment")),
            ("goals", goals_tab(site, pid, editable, self), self.tr("Plan goals")),
            ("services", services_tab(site, pid, editable, self), self.tr("Services")),
            ("housing", housing_tab(site, pid, editable, self), self.tr("Housing history")),
            ("legal", legal_tab(site, pid, editable, self), self.tr("Legal")),
            ("consents", ConsentsTab(site, pid, editable, self), self.tr("Consents")),
        ]

    # ----- header and reloading --------------------------------------------------------------------

    def _show_detail(self, detail: svc.ParticipantDetail) -> None:
        self.detail = detail
        self.name_label.setText(detail.name)
        self.number_label.setText(lead_number_text(detail.lead_number))
        self.status_label.setText(
            self.tr("Status: {status}").format(status=vocab_label(V.PARTICIPANT_STATUS, detail.effective_status))
        )
        paint_label(self.status_label, STATUS_TONES.get(detail.effective_status))
        self.manager_label.setText(
            self.tr("Case manager: {name}").format(name=detail.case_manager or self.tr("unassigned"))
        )
        self.last_contact_label.setText(
            self.tr("Last contact: {when}").format(when=format_date(detail.last_contact_at) or self.tr("never"))
        )
        if detail.merged_into_id:
            self.merged_banner.setText(
                self.tr(
                    "This record was merged into another one; its history now lives there. "
                    '<a href="open">Open that record</a>, or undo the merge on the Merges tab.'
                )
            )
            paint_label(self.merged_banner, WARNING)
            self.merged_banner.setVisible(True)
        else:
            self.merged_banner.setVisible(False)
        owner = f"{lead_number_text(detail.lead_number)} · {detail.name}"
        for tab in (*self.tabs.values(), getattr(self.tabs.get("consents"), "disclosures", None)):
            if tab is not None and hasattr(tab, "owner_title"):
                tab.owner_title = owner
        self.overview.set_detail(detail)

    def records_tab(self, kind: str) -> RecordsTab | None:
        """The tab of one kind of record (disclosures live on the Consents tab)."""
        if kind == "disclosure":
            consents = self.tabs.get("consents")
            if consents is None:
                return None
            self.open_tab("consents")
            return consents.disclosures
        tab = next((t for t in self.tabs.values() if isinstance(t, RecordsTab) and t.kind == kind), None)
        if tab is not None:
            self.open_tab(next(k for k, t in self.tabs.items() if t is tab))
        return tab

    def current_tab_key(self) -> str | None:
        if self.tab_widget is None:
            return None
        return next((k for k, t in self.tabs.items() if t is self.tab_widget.currentWidget()), None)

    def reload(self) -> None:
        """Header and every tab already shown, from the services again."""
        if self.tab_widget is None:
            return
        detail = self._reload_header()
        if detail is None:
            return
        editable = self.site.can(Permission.EDIT_PARTICIPANTS) and detail.merged_into_id is None
        self.record_contact_button.setVisible(editable)
        self.overview.editable = editable
        self.overview._update_buttons()
        for tab in self.tabs.values():
            if isinstance(tab, RecordsTab):
                tab.set_editable(editable)
            if getattr(tab, "loaded", False):
                tab.reload()

    def _reload_header(self) -> svc.ParticipantDetail | None:
        try:
            detail = svc.get_participant(self.site, self.participant_id)
        except KnownError as error:
            show_error(self, error)
            return None
        self._show_detail(detail)
        return detail

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tab_widget.widget(index)
        if hasattr(widget, "ensure_loaded"):
            widget.ensure_loaded()

    def _on_overview_saved(self, detail: svc.ParticipantDetail) -> None:
        self._show_detail(detail)
        self.participant_changed.emit(self.participant_id)

    def _on_records_changed(self) -> None:
        if self.sender() is self.tabs.get("contacts"):
            self._reload_header()
        self.participant_changed.emit(self.participant_id)

    def _on_merges_changed(self) -> None:
        self.reload()
        self.participant_changed.emit(self.participant_id)

    def _open_merged_into(self) -> None:
        if self.detail is not None and self.detail.merged_into_id:
            self.participant_opened.emit(self.detail.merged_into_id)

    # ----- actions ------------------------------------------------------------------------------

    def open_tab(self, key: str) -> QWidget:
        """Show one tab (loading it if needed) and return it."""
        widget = self.tabs[key]
        self.tab_widget.setCurrentWidget(widget)
        if hasattr(widget, "ensure_loaded"):
            widget.ensure_loaded()
        return widget

    def record_contact(self) -> RecordDialog | None:
        if self.tab_widget is None:
            return None
        contacts = self.open_tab("contacts")
        assert isinstance(contacts, RecordsTab)
        return contacts.add()
