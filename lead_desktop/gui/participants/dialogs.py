"""Dialogs for a whole participant: create a person (with the duplicate check), merge two records.

The new-participant form is built from the domain form through FormWidget; a refusal is shown next
to its field while the dialog stays open with everything typed kept (gui.widgets.dialogs). Dialogs
for one record of a person (a contact, a consent, …) are RecordDialogs opened by the profile's tabs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.candidates import CandidateModel, candidate_table
from lead_desktop.gui.participants.models import moved_text
from lead_desktop.gui.widgets.dialogs import FAILED, save_cancel_box, save_form, scrolling
from lead_desktop.gui.widgets.drafts import DraftPlace, GuardedDialog
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import DANGER, WARNING, paint_label
from lead_desktop.gui.widgets.tables import ID_ROLE
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.widgets.views import fit_columns, selected_id
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class ParticipantDialog(GuardedDialog):
    """New participant: the participant form, then likely duplicates before anything is saved. What is
    typed is kept as a draft; Cancel asks before throwing it away."""

    participant_created = Signal(str)
    participant_chosen = Signal(str)  # the person opened an existing record instead

    def __init__(self, site: SiteSession, parent: QWidget | None = None, values: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participant_dialog")
        self.setWindowTitle(self.tr("New participant"))
        self._site = site
        self.created: svc.ParticipantDetail | None = None
        self.chosen_id: str | None = None
        managers: list[tuple[str, str]] = []
        problem = None
        try:
            managers = svc.case_managers(site)
        except KnownError as error:
            problem = error
        self.form = FormWidget(P.PARTICIPANT_FORM, {"case_manager_id": managers}, self, columns=2)
        defaults: dict = {"enrolled_on": date.today()}
        if any(account_id == site.actor.account_id for account_id, _ in managers):
            defaults["case_manager_id"] = site.actor.account_id
        defaults.update(values or {})
        self.form.set_values(defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.form, self), 1)

        self.duplicates_box = QGroupBox(self.tr("Possible matches already on file"), self)
        self.duplicates_box.setObjectName("duplicates_box")
        box = QVBoxLayout(self.duplicates_box)
        self.duplicates_intro = QLabel(
            self.tr(
                "This person may already have a record. Open the matching record instead, "
                "or save a new person if none of these is them."
            ),
            self.duplicates_box,
        )
        self.duplicates_intro.setWordWrap(True)
        paint_label(self.duplicates_intro, WARNING)
        box.addWidget(self.duplicates_intro)
        self.candidates = CandidateModel(self)
        self.candidate_view = candidate_table(self.candidates, self.duplicates_box)
        self.candidate_view.setAccessibleName(self.tr("Possible matches"))
        self.candidate_view.doubleClicked.connect(lambda _i: self._open_selected())
        rows_shown = 5  # enough for the likely matches; the form above keeps most of the height
        self.candidate_view.setMaximumHeight(
            self.candidate_view.horizontalHeader().sizeHint().height()
            + rows_shown * self.candidate_view.verticalHeader().defaultSectionSize()
            + 4
        )
        box.addWidget(self.candidate_view)
        row = QHBoxLayout()
        self.open_existing_button = QPushButton(self.tr("&Open selected record"), self.duplicates_box)
        self.open_existing_button.setObjectName("open_existing_button")
        self.open_existing_button.clicked.connect(self._open_selected)
        self.save_new_button = QPushButton(self.tr("Save as a &new person"), self.duplicates_box)
        self.save_new_button.setObjectName("save_new_button")
        self.save_new_button.clicked.connect(lambda: self._create(reviewed=True))
        row.addWidget(self.open_existing_button)
        row.addStretch(1)
        row.addWidget(self.save_new_button)
        box.addLayout(row)
        self.duplicates_box.setVisible(False)
        layout.addWidget(self.duplicates_box)

        self.buttons, self.save_button = save_cancel_box(
            self, lambda: self._create(reviewed=False), tip=self.tr("Check for duplicates and save (Ctrl+S)"))
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        if problem is not None:
            self.form.show_field_problem(None, error_text(problem))
            self.save_button.setEnabled(False)
        self.form.input("first_name").setFocus()
        self.draft_tracker().identify(DraftPlace("participant", None, "new_participant", {}, self.windowTitle()))

    def _create(self, *, reviewed: bool) -> None:
        self.form.clear_problems()

        def create() -> object:
            try:
                return svc.create_participant(self._site, self.form.values(), reviewed_duplicates=reviewed)
            except svc.DuplicatesFound as found:  # not a refusal: the matches are shown for review
                return found

        detail = save_form(self.form, create)
        if isinstance(detail, svc.DuplicatesFound):
            self._show_duplicates(detail.matches)
            return
        if detail is FAILED:
            return
        self.created = detail
        self.participant_created.emit(detail.id)
        self.accept()

    def _show_duplicates(self, matches: list[svc.DuplicateCandidate]) -> None:
        self.candidates.set_rows(matches)
        self.duplicates_box.setVisible(True)
        fit_columns(self.candidate_view)
        self.candidate_view.selectRow(0)
        self.candidate_view.setFocus()

    def _open_selected(self) -> None:
        chosen = selected_id(self.candidate_view)
        if chosen is None:
            return
        self.chosen_id = chosen
        self.participant_chosen.emit(chosen)
        self.accept()


class MergeDialog(QDialog):
    """Pick another record of the same person (likely duplicates first, or search), preview, merge it here."""

    merged = Signal(object)  # MergeInfo

    def __init__(self, site: SiteSession, kept: svc.ParticipantDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge with another record"))
        self._site = site
        self._kept = kept
        self.result_info: svc.MergeInfo | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose another record of {name} ({number}). Its contacts, consents and other history move to "
                "this record and its name becomes an alias here. You can undo the merge from the Merges tab."
            ).format(name=kept.name, number=kept.lead_number),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("merge_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name, alias or LEAD number"))
        self.search_edit.setMaxLength(100)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search for the other record"))
        layout.addWidget(self.search_edit)
        self.candidates = CandidateModel(self)
        self.view = candidate_table(self.candidates, self)
        self.view.setAccessibleName(self.tr("Records to merge"))
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("merge_preview_label")
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge into this record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._preview())
        self.resize(820, 520)
        self._load_duplicates()

    def _load_duplicates(self) -> None:
        try:
            matches = svc.find_duplicates(self._site, dict(self._kept.values), exclude_id=self._kept.id)
        except KnownError as error:
            self.preview_label.setText(error_text(error))
            return
        self._set_candidates(matches, self.tr("No likely duplicates found. Search for the other record above."))

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self._load_duplicates()
            return
        try:
            page = svc.list_participants(self._site, query=text, limit=50, with_total=False)
        except KnownError as error:
            self.preview_label.setText(error_text(error))
            return
        rows = [
            svc.DuplicateCandidate(r.id, r.lead_number, r.name, r.aliases, r.dob, 0.0, ())
            for r in page.rows
            if r.id != self._kept.id
        ]
        self._set_candidates(rows, self.tr("No other record matches “{text}”.").format(text=text[:40]))

    def _set_candidates(self, rows: list[svc.DuplicateCandidate], empty_text: str) -> None:
        self.candidates.set_rows(rows)
        self.empty_label.setText("" if rows else empty_text)
        self.empty_label.setVisible(not rows)
        fit_columns(self.view)
        self._preview()

    def select_candidate(self, participant_id: str) -> bool:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == participant_id:
                self.view.selectionModel().select(
                    proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def _preview(self) -> None:
        other = selected_id(self.view)
        self.merge_button.setEnabled(other is not None)
        if other is None:
            self.preview_label.setText(self.tr("Select the record to merge into this one."))
            return
        try:
            counts = svc.merge_preview(self._site, self._kept.id, other)
        except KnownError as error:
            self.preview_label.setText(error_text(error))
            self.merge_button.setEnabled(False)
            return
        self.preview_label.setText(self.tr("Moves to this record: {moved}.").format(moved=moved_text(counts)))

    def merge(self) -> None:
        other = selected_id(self.view)
        if other is None:
            return
        try:
            self.result_info = svc.merge_participants(self._site, self._kept.id, other)
        except KnownError as error:
            self.preview_label.setText(error_text(error))
            paint_label(self.preview_label, DANGER)
            return
        self.merged.emit(self.result_info)
        self.accept()
