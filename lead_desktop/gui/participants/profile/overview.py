"""The Overview tab: the participant form, read-only until Edit (Ctrl+E); Save (Ctrl+S) or Cancel.

A save is based on the version the edit started from: when someone else saved the person meanwhile,
the conflict dialog offers both versions (gui.conflict_dialog). While editing, what is typed is kept
as a draft, and Cancel asks before throwing it away (gui.widgets.drafts).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict, save_again
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.dialogs import FAILED, save_form, scrolling
from lead_desktop.gui.widgets.drafts import DraftPlace, confirm_discard, form_tracker
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class OverviewTab(QWidget):
    saved = Signal(object)  # ParticipantDetail

    def __init__(self, site: SiteSession, participant_id: str, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self.site = site
        self.participant_id = participant_id
        self.detail: svc.ParticipantDetail | None = None
        try:
            managers = svc.case_managers(site)
        except KnownError:
            managers = []
        self.form = FormWidget(P.PARTICIPANT_FORM, {"case_manager_id": managers}, self, columns=2)
        self.form.set_read_only(True)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setToolTip(self.tr("Edit the participant's details (Ctrl+E)"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.edit_button.clicked.connect(self.start_edit)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scrolling(self.form, self), 1)
        self.edit_action = page_action(self, self.tr("Edit"), self.tr("Ctrl+E"), self.start_edit)
        self.save_action = page_action(self, self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.editable = editable
        self.editing = False
        self.expected_version: int | None = None  # the version the edit started from
        self.conflict_dialog: ConflictDialog | None = None
        self.owner_title = ""  # set by the profile: names this form's draft
        self.draft = form_tracker(self, self.form, version_attr="expected_version", conflict=self.show_conflict)
        self.discard_question = None
        self._update_buttons()

    def set_detail(self, detail: svc.ParticipantDetail) -> None:
        self.detail = detail
        if not self.editing:
            self.form.set_values(dict(detail.values))

    def _update_buttons(self) -> None:
        can_edit = self.editable and (self.detail is None or self.detail.merged_into_id is None)
        self.edit_button.setVisible(can_edit and not self.editing)
        self.save_button.setVisible(self.editing)
        self.cancel_button.setVisible(self.editing)

    def start_edit(self) -> None:
        if not self.editable or self.editing or (self.detail is not None and self.detail.merged_into_id):
            return
        self.editing = True
        # Captured now: a header refresh while editing must not move the version this edit is based on.
        self.expected_version = self.detail.version if self.detail is not None else None
        self.form.set_read_only(False)
        self._update_buttons()
        self.form.input("first_name").setFocus()
        title = " — ".join(t for t in (self.tr("Participant details"), self.owner_title) if t)
        self.draft.identify(DraftPlace("participant", self.participant_id, "overview",
                                       {"participant": self.participant_id}, title))
        self.draft.activate()

    def cancel(self) -> None:
        """Back to the saved details; asks first when something was typed."""
        self.discard_question = confirm_discard(self, self.draft, self._stop_editing)

    def _stop_editing(self) -> None:
        self.draft.finish()
        self.editing = False
        self.form.clear_problems()
        self.form.set_read_only(True)
        if self.detail is not None:
            self.form.set_values(dict(self.detail.values))
        self._update_buttons()

    def save(self) -> None:
        if not self.editing:
            return
        self.form.clear_problems()
        detail = save_form(self.form, lambda: svc.update_participant(
            self.site, self.participant_id, self.form.values(), expected_version=self.expected_version),
            conflict=self.show_conflict)
        if detail is FAILED:
            return
        self.draft.finish(saved=True)
        self.editing = False
        self.form.set_read_only(True)
        self.set_detail(detail)
        self._update_buttons()
        self.saved.emit(detail)

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this profile while it was being edited: show both, let the person choose."""

        def use_theirs(_error: EditConflict) -> None:
            try:
                detail = svc.get_participant(self.site, self.participant_id)
            except KnownError as problem:
                self.form.show_field_problem(None, error_text(problem))
                return
            self.draft.finish(discarded=True)
            self.editing = False
            self.form.clear_problems()
            self.form.set_read_only(True)
            self.set_detail(detail)
            self._update_buttons()
            self.saved.emit(detail)  # the header and the lists show the saved version too

        self.conflict_dialog = resolve_conflict(
            self, error, keep_mine=save_again(self, "expected_version", self.save), use_theirs=use_theirs,
            choices=self.form.choices, otherwise=lambda text: self.form.show_field_problem(None, text))

