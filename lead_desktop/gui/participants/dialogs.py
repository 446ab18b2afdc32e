"""Dialogs for participant records: create a person (with the duplicate check), add or edit a child
record, record a disclosure, merge two records.

Each dialog is built from a domain form through FormWidget. Dialogs that save
take the service call as `submit` (or call the one service they exist for), so a
refusal (FormInvalid, a ValidationError naming a field) is shown next to the
field while the dialog stays open with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import Form, FormInvalid
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict
from lead_desktop.gui.participants.common import error_text, format_date, paint_label, sort_on_header_click, vocab_label
from lead_desktop.gui.participants.models import ID_ROLE, SORT_ROLE, CandidateModel, moved_text
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def candidate_table(model: CandidateModel, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    sort_on_header_click(view, proxy)  # best match first until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)  # columns fit their contents when rows arrive
    view.setAlternatingRowColors(True)
    return view


def fit_columns(view: QTableView) -> None:
    """Every column but the last to its contents; the last stretches to the edge."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)


def selected_id(view: QTableView) -> str | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return rows[0].data(ID_ROLE)


class RecordDialog(QDialog):
    """Add or edit one record: the form, Save and Cancel. `submit(values)` saves or raises.

    Editing a saved record, give `version` (the version it was loaded at): then the dialog calls
    `submit(values, expected_version)`, and an EditConflict opens the conflict dialog (keep mine
    saves again over the version now saved; use theirs puts it in the form; cancel keeps editing).
    """

    saved = Signal(object)

    def __init__(
        self,
        title: str,
        form: Form,
        submit: Callable[[dict], object],
        values: dict | None = None,
        choices: dict[str, list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(f"{form.name}_dialog")
        self._submit = submit
        self.version = version
        self.result_value: object = None
        self.conflict_dialog: ConflictDialog | None = None
        self.form = FormWidget(form, choices, self, columns=columns)
        if values:
            self.form.set_values(dict(values))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        layout.addWidget(self.intro)
        layout.addWidget(scrolling(self.form, self), 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        hint = self.form.sizeHint()
        width = max(hint.width() + 60, 520 if columns == 1 else 1100)
        self.resize(min(width, 1200), min(hint.height() + 120, 760))

    def check(self, values: dict) -> bool:
        """The dialog's own rules before the service is asked (subclasses); False keeps the dialog open."""
        return True

    def save(self) -> None:
        self.form.clear_problems()
        values = self.form.values()
        if not self.check(values):
            return
        try:
            self.result_value = self._submit(values) if self.version is None else self._submit(values, self.version)
        except FormInvalid as error:
            self.form.show_problems(error)
            return
        except EditConflict as error:
            self.show_conflict(error)
            return
        except KnownError as error:
            if not self.form.show_error(error):
                self.form.show_field_problem(None, error_text(error))
            return
        self.saved.emit(self.result_value)
        self.accept()

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this record meanwhile: let the person choose between the two versions."""

        def keep_mine(current_version: int) -> None:
            self.version = current_version
            self.save()

        def use_theirs(conflict: EditConflict) -> None:
            self.version = conflict.current_version
            self.form.set_values(dict(conflict.their_values))
            self.form.clear_problems()
            self.intro.setText(self.tr("The form now shows the version someone else saved. Change it and save, "
                                       "or close it with Cancel."))
            paint_label(self.intro, "notice")
            self.intro.setVisible(True)

        self.conflict_dialog = resolve_conflict(self, error, keep_mine=keep_mine, use_theirs=use_theirs,
                                                choices=self.form.choices)
        if self.conflict_dialog is None:
            self.form.show_field_problem(None, error_text(error))


class DisclosureDialog(RecordDialog):
    """Record a disclosure. Warns when no active consent covers it, and then the reason is required."""

    def __init__(
        self, submit: Callable[[dict], object], consents: list[svc.Record], parent: QWidget | None = None
    ) -> None:
        choices = {"consent_id": [(c.id, consent_choice_label(c)) for c in consents]}
        super().__init__("", P.DISCLOSURE_FORM, submit, {"disclosed_on": date.today()}, choices, parent)
        self.setWindowTitle(self.tr("Record disclosure"))
        self.has_consents = bool(consents)
        if len(consents) == 1:
            self.form.set_values({"consent_id": consents[0].id})
        self.form.field_changed.connect(self._on_form_field_changed)
        self._update_warning()

    def _on_form_field_changed(self, name: str) -> None:
        if name == "consent_id":
            self._update_warning()

    def _update_warning(self) -> None:
        uncovered = not self.form.values()["consent_id"]
        if uncovered:
            text = (
                self.tr(
                    "Not covered by an active consent. Choose the consent it was shared under, or record "
                    "why it was shared without one (for example a medical emergency or a court order)."
                )
                if self.has_consents
                else self.tr(
                    "This person has no active consent. A disclosure without one needs the reason it "
                    "was made (for example a medical emergency or a court order)."
                )
            )
            self.intro.setText(text)
            paint_label(self.intro, "warning")
        self.intro.setVisible(uncovered)
        self.form.set_required("reason_without_consent", uncovered)

    def check(self, values: dict) -> bool:
        if not values["consent_id"] and not values["reason_without_consent"].strip():
            self.form.show_field_problem(
                "reason_without_consent", self.tr("Record why this was shared without an active consent.")
            )
            return False
        return True


def consent_choice_label(record: svc.Record) -> str:
    """How a consent reads in a choice: type — signed → expiry, plus its state when it is not simply active."""
    values = record.values
    expiry = format_date(values.get("expires_on")) or str(values.get("expiry_event") or "")
    label = "{type} — {signed} → {expiry}".format(
        type=vocab_label(V.CONSENT_TYPE, values.get("consent_type")),
        signed=format_date(values.get("signed_on")),
        expiry=expiry,
    )
    state = str(record.extra.get("state", "active"))
    if state != "active":
        label += " ({state})".format(state=QCoreApplication.translate("vocab", P.CONSENT_STATE_LABELS[state]))
    return label


class ParticipantDialog(QDialog):
    """New participant: the participant form, then likely duplicates before anything is saved."""

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
        paint_label(self.duplicates_intro, "warning")
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

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Check for duplicates and save (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self._create(reviewed=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        if problem is not None:
            self.form.show_field_problem(None, error_text(problem))
            self.save_button.setEnabled(False)
        self.form.input("first_name").setFocus()

    def _create(self, *, reviewed: bool) -> None:
        self.form.clear_problems()
        try:
            detail = svc.create_participant(self._site, self.form.values(), reviewed_duplicates=reviewed)
        except svc.DuplicatesFound as found:
            self._show_duplicates(found.matches)
            return
        except FormInvalid as error:
            self.form.show_problems(error)
            return
        except KnownError as error:
            if not self.form.show_error(error):
                self.form.show_field_problem(None, error_text(error))
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
            paint_label(self.preview_label, "danger")
            return
        self.merged.emit(self.result_info)
        self.accept()


def now_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)
