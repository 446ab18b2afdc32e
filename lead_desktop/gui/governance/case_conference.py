"""OWG case conferencing inside the meeting editor: the participants discussed, the consent check before
the meeting, and a preview of the notes as one attendee would receive them (redacted where no release
covers their organisation).

Shown only to people who may see participant records (Permission.VIEW_PARTICIPANTS); the service
refuses everyone else anyway. Loaded when its tab is opened, since every load is an audited view.
The notes typed in a case item's dialog (and the participant chosen) are kept as a draft
(gui.widgets.drafts).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import Form
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict, save_again
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.actions import button
from lead_desktop.gui.widgets.text import format_date
from lead_desktop.gui.widgets.views import fit_columns, make_table, select_key, selected_rows
from lead_desktop.gui.widgets.messages import ask_then, attempt
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.widgets.look import DANGER, MUTED, OK, WARNING, mute, paint_label, problem_label
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as ps
from lead_desktop.services.session import SiteSession
from lead_desktop.gui.widgets.dialogs import FAILED, save_cancel_box, save_form
from lead_desktop.gui.widgets.drafts import DraftPlace, DraftTracker, GuardedDialog

NOTES_FORM = Form("case_item", tuple(f for f in G.CASE_ITEM_FORM if f.name != "participant_id"))
SEARCH_DELAY_MS = 150


class CaseItemDialog(GuardedDialog):
    """Choose a participant (search by name, alias or LEAD number) and write the discussion."""

    saved = Signal(object)

    def __init__(self, site: SiteSession, meeting_id: str, item: mt.CaseItemRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_item_dialog")
        self.site = site
        self.meeting_id = meeting_id
        self.item = item
        self.version = item.version if item is not None else None  # the version this edit is based on
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(self.tr("Case conferencing: edit notes") if item else self.tr("Case conferencing: add participant"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("participant_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name, alias or LEAD number"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setMaxLength(100)
        self.results = QListWidget(self)
        self.results.setObjectName("participant_results")
        self.results.setAccessibleName(self.tr("Matching participants"))
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosen_participant_label")
        self.problem_label = problem_label(self)
        paint_label(self.problem_label, DANGER)
        self.form = FormWidget(NOTES_FORM, None, self)
        self.buttons, self.save_button = save_cancel_box(self, self.save)
        layout = QVBoxLayout(self)
        if item is None:
            label = QLabel(self.tr("&Participant:"), self)
            label.setBuddy(self.search_edit)
            layout.addWidget(label)
            layout.addWidget(self.search_edit)
            layout.addWidget(self.results, 1)
        else:
            self.search_edit.setVisible(False)
            self.results.setVisible(False)
            self.chosen_label.setText(self.tr("{name} ({number})").format(name=item.name, number=item.lead_number))
            self.form.set_values(item.values)
            layout.addWidget(self.chosen_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.resize(560, 560)
        if item is None:
            self.search()
        self.draft = DraftTracker(self, self._draft_values, self._put_draft, form=NOTES_FORM, version_attr="version",
                                  conflict=self.show_conflict, comparable=lambda values: values.get("notes", {}))

    def _draft_values(self) -> dict:
        current = self.results.currentItem()
        return {"notes": self.form.values(), "search": self.search_edit.text(),
                "participant": current.data(Qt.ItemDataRole.UserRole) if current is not None and self.item is None
                else None}

    def _put_draft(self, values: dict) -> None:
        self.form.set_values(dict(values.get("notes") or {}))
        if self.item is not None:
            return
        self.timer.stop()
        self.search_edit.setText(str(values.get("search") or ""))
        self.timer.stop()  # the search runs now, not after the typing delay
        self.search()
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == values.get("participant"):
                self.results.setCurrentRow(row)

    def search(self) -> None:
        self.results.clear()
        try:
            page = ps.list_participants(self.site, query=self.search_edit.text(), limit=30, with_total=False)
        except KnownError as error:
            self._problem(error_text(error))
            return
        for row in page.rows:
            item = QListWidgetItem(f"{row.name} — {row.lead_number}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def save(self) -> None:
        self._problem("")
        self.form.clear_problems()
        values = self.form.values()
        if self.item is None:
            current = self.results.currentItem()
            if current is None:
                self._problem(self.tr("Choose the participant to discuss."))
                return
            values["participant_id"] = current.data(Qt.ItemDataRole.UserRole)
            submit = lambda: mt.add_case_item(self.site, self.meeting_id, values)  # noqa: E731
        else:
            values["participant_id"] = self.item.participant_id
            submit = lambda: mt.update_case_item(self.site, self.item.id, values,  # noqa: E731
                                                 expected_version=self.version)
        result = save_form(self.form, submit, conflict=self.show_conflict, problem=self._problem)
        if result is FAILED:
            return
        self.saved.emit(result)
        self.accept()

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved these notes meanwhile: show both versions, let the person choose."""

        def use_theirs(conflict: EditConflict) -> None:
            self.version = conflict.current_version
            self.form.set_values({k: v for k, v in conflict.their_values.items() if k != "participant_id"})

        person = {"participant_id": [(self.item.participant_id, self.chosen_label.text())]} if self.item else None
        self.conflict_dialog = resolve_conflict(
            self, error, keep_mine=save_again(self, "version", self.save), use_theirs=use_theirs, choices=person,
            otherwise=self._problem)


class CaseConferenceSection(QWidget):
    """The case-conference list of one OWG meeting, its consent check and a redacted preview."""

    changed = Signal()

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_conference_section")
        self.site = site
        self.detail: mt.MeetingDetail | None = None
        self.editable = False
        intro = mute(QLabel(self.tr(
            "Confidential. These notes name participants: they are kept apart from the governance minutes, "
            "and are shared only as far as each participant's releases allow."), self))
        intro.setWordWrap(True)
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("consent_gaps_label")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowsModel([
            Column(self.tr("No."), lambda r: str(r.position), sort=lambda r: r.position),
            Column(self.tr("LEAD number"), lambda r: r.lead_number),
            Column(self.tr("Participant"), lambda r: r.name),
            Column(self.tr("Discussion"), lambda r: r.notes or ""),
            Column(self.tr("Follow-up"), lambda r: r.follow_up or ""),
        ], self)
        self.view = make_table(self.model, self, "case_items_table", self.tr("Participants discussed"))
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.add_button = button(self.tr("Add &participant…"), self, "add_case_item_button", self.add_item)
        self.edit_button = button(self.tr("Edit &notes…"), self, "edit_case_item_button", self.edit_item)
        self.up_button = button(self.tr("Move up"), self, "case_up_button", lambda: self.move(-1),
                                self.tr("Move up (Ctrl+Up)"))
        self.down_button = button(self.tr("Move down"), self, "case_down_button", lambda: self.move(1),
                                  self.tr("Move down (Ctrl+Down)"))
        self.remove_button = button(self.tr("Remove…"), self, "remove_case_item_button", self.remove_item)
        page_action(self.view, self.tr("Move up"), "Ctrl+Up", lambda: self.move(-1))
        page_action(self.view, self.tr("Move down"), "Ctrl+Down", lambda: self.move(1))
        row = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)

        self.preview_combo = QComboBox(self)
        self.preview_combo.setObjectName("preview_attendee_combo")
        self.preview_combo.setAccessibleName(self.tr("Attendee"))
        self.preview_combo.currentIndexChanged.connect(self._on_preview_combo_current_index_changed)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("shared_preview_text")
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(self.tr("Notes as shared with the attendee"))
        preview_label = QLabel(self.tr("Notes as shared &with:"), self)
        preview_label.setBuddy(self.preview_combo)
        preview_row = QHBoxLayout()
        preview_row.addWidget(preview_label)
        preview_row.addWidget(self.preview_combo, 1)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(preview_row)
        preview_layout.addWidget(self.preview_text, 1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.gaps_label)
        top_layout.addLayout(row)
        top_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(preview)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_meeting(self, detail: mt.MeetingDetail | None, editable: bool) -> None:
        """Remember the meeting; rows load on `reload` (when the tab is shown)."""
        self.detail = detail
        self.editable = editable
        self.model.set_rows([])
        self.gaps_label.clear()
        self.preview_text.clear()
        with QSignalBlocker(self.preview_combo):
            self.preview_combo.clear()
            for a in (detail.attendees if detail else ()):
                if a.status in ("absent", "excused"):
                    continue
                label = f"{a.name} ({a.organisation})" if a.organisation else a.name
                self.preview_combo.addItem(label, a.key)
        for widget in (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button):
            widget.setVisible(editable)

    def reload(self) -> None:
        if self.detail is None or self.site is None:
            return
        keep = selected_rows(self.view)
        try:
            rows = mt.list_case_items(self.site, self.detail.id)
            gaps = mt.consent_gaps(self.site, self.detail.id)
        except KnownError as error:
            self.gaps_label.setText(error_text(error))
            paint_label(self.gaps_label, DANGER)
            return
        self.model.set_rows(rows)
        fit_columns(self.view)
        select_key(self.view, keep[0].id if keep else None)
        self._show_gaps(gaps)
        for widget in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(bool(rows))
        self._preview()

    def _show_gaps(self, gaps: list[mt.ConsentGap]) -> None:
        if not gaps:
            self.gaps_label.setText(self.tr("Nobody is on the case-conference list yet."))
            paint_label(self.gaps_label, MUTED)
            return
        lines = []
        for gap in gaps:
            if not gap.uncovered:
                continue
            who = ", ".join(f"{a.name} ({a.organisation or self.tr('no organisation')})" for a in gap.uncovered)
            if gap.releases == 0:
                lines.append(self.tr("{name} ({number}) has no release in force: {who}.").format(
                    name=gap.name, number=gap.lead_number, who=who))
            else:
                lines.append(self.tr("{name} ({number}): no release covers {who}.").format(
                    name=gap.name, number=gap.lead_number, who=who))
        if lines:
            self.gaps_label.setText(
                self.tr("Check before sharing — these attendees' organisations are not covered, so the "
                        "participant's name is redacted in anything shared with them:") + "\n• " + "\n• ".join(lines))
            paint_label(self.gaps_label, WARNING)
        else:
            self.gaps_label.setText(self.tr("Every attendee's organisation is covered by a release for each "
                                            "participant on the list."))
            paint_label(self.gaps_label, OK)

    def _on_preview_combo_current_index_changed(self, _index: int) -> None:
        self._preview()

    def _preview(self) -> None:
        key = self.preview_combo.currentData()
        if self.detail is None or self.site is None or not key or self.model.rowCount() == 0:
            self.preview_text.clear()
            return
        try:
            shared = mt.shared_case_notes(self.site, self.detail.id, key)
        except KnownError as error:
            self.preview_text.setPlainText(error_text(error))
            return
        lines = [self.tr("{body} — {when}").format(body=shared.body, when=format_date(shared.starts_at)),
                 self.tr("For {name}").format(name=shared.recipient), ""]
        for number, item in enumerate(shared.items, start=1):
            name = self.tr("[participant — no release]") if item.redacted else f"{item.participant} ({item.lead_number})"
            lines.append(f"{number}. {name}")
            if item.notes:
                lines.append("   " + item.notes.replace("\n", "\n   "))
            if item.follow_up:
                lines.append("   " + self.tr("Follow-up: {text}").format(text=item.follow_up))
        self.preview_text.setPlainText("\n".join(lines))

    # ----- actions ------------------------------------------------------------------------

    def _done(self, _value: object = None) -> None:
        self.reload()
        self.changed.emit()

    def _open(self, dialog: CaseItemDialog) -> CaseItemDialog:
        if self.detail is not None:
            item = dialog.item
            title = " — ".join(t for t in (dialog.windowTitle(), item.name if item else "") if t)
            dialog.draft_tracker().identify(DraftPlace(
                "case_item", item.id if item else None, "case_item",
                {"body": self.detail.body.id, "meeting": self.detail.id}, title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._done)
        dialog.open()
        return dialog

    def add_item(self) -> CaseItemDialog | None:
        if self.detail is None or not self.editable:
            return None
        return self._open(CaseItemDialog(self.site, self.detail.id, None, self))

    def edit_item(self) -> CaseItemDialog | None:
        rows = selected_rows(self.view)
        if not rows or not self.editable:
            return None
        return self._open(CaseItemDialog(self.site, self.detail.id, rows[0], self))

    def open_item(self, item_id: str | None) -> CaseItemDialog | None:
        """The dialog of one case item (None: a new one), e.g. to take a draft back."""
        if item_id is None:
            return self.add_item()
        self.reload()
        if not select_key(self.view, item_id, first=False):
            return None
        return self.edit_item()

    def move(self, offset: int) -> None:
        rows = selected_rows(self.view)
        if not rows or not self.editable:
            return
        if not attempt(self, lambda: mt.move_case_item(self.site, rows[0].id, offset)):
            return
        self._done()

    def remove_item(self) -> None:
        rows = selected_rows(self.view)
        if not rows or not self.editable:
            return
        row = rows[0]

        ask_then(self, self.tr("Take {name} off the case-conference list?").format(name=row.name), self.tr("Remove"), lambda: mt.remove_case_item(self.site, row.id), self._done)
