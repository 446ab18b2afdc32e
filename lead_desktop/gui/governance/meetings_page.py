"""The Meetings page: choose a body, see its meetings (newest first), open one in the meeting editor.

The editor (gui.governance.meeting) is where the project manager runs a meeting: agenda, attendance
with the live quorum or consensus line, decisions, action items, the minutes' lifecycle and, at OWG
meetings, case conferencing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.governance.common import MINUTES_TONES
from lead_desktop.gui.governance.meeting.editor import MeetingEditor
from lead_desktop.gui.widgets.actions import button, page_action
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.drafts import DraftPlace
from lead_desktop.gui.widgets.look import heading, mute
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, format_date, vocab_label
from lead_desktop.gui.widgets.views import fit_columns, make_table, select_key
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services.session import SiteSession


class MeetingsPage(QWidget):
    """Choose a body, see its meetings (newest first), open one in the editor."""

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self.site = site
        self.title_label = QLabel(self.tr("Meetings"), self)
        self.title_label.setObjectName("title_label")
        heading(self.title_label, 1.5)
        self.body_combo = QComboBox(self)
        self.body_combo.setObjectName("body_combo")
        self.body_combo.setAccessibleName(self.tr("Body"))
        self.body_combo.currentIndexChanged.connect(self._on_body_combo_current_index_changed)
        body_label = QLabel(self.tr("B&ody:"), self)
        body_label.setBuddy(self.body_combo)
        self.new_button = button(self.tr("New meeting…"), self, "new_meeting_button", self.new_meeting,
                                 self.tr("Add a meeting of this body (Ctrl+N)"))
        page_action(self, self.tr("New meeting"), QKeySequence.StandardKey.New, self.new_meeting)
        self.meeting_model = RowsModel([
            Column(self.tr("Date"), lambda m: format_date(m.starts_at), sort=lambda m: m.starts_at),
            Column(self.tr("Minutes"), lambda m: vocab_label(G.MINUTES_STATUS, m.minutes_status),
                tone=lambda m: MINUTES_TONES.get(m.minutes_status)),
            Column(self.tr("Place"), lambda m: m.place or (self.tr("Virtual") if m.virtual_link else "")),
        ], self)
        self.meeting_view = make_table(self.meeting_model, self, "meetings_table", self.tr("Meetings"))
        self.meeting_view.selectionModel().currentRowChanged.connect(self._on_meeting_view_current_row_changed)
        self.empty_label = mute(QLabel(self))
        self.empty_label.setWordWrap(True)
        self.editor = MeetingEditor(site, self)
        self.editor.changed.connect(self._on_editor_changed)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(body_label)
        row.addWidget(self.body_combo, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.meeting_view, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        self.reload()

    def set_site(self, site: SiteSession | None) -> None:
        """A new signed-in site, or None to clear every row (sign-out, lock)."""
        self.site = site
        self.editor.set_site(site)
        self.reload()

    def reload(self) -> None:
        keep = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        bodies = []
        if self.site is not None:
            try:
                bodies = gov.list_bodies(self.site)
            except KnownError as error:
                self.empty_label.setText(error_text(error))
        for body in bodies:
            self.body_combo.addItem(body.name, body.id)
        index = self.body_combo.findData(keep)
        self.body_combo.setCurrentIndex(index if index >= 0 else 0)
        self.body_combo.blockSignals(False)
        can_edit = self.site is not None and self.site.can(Permission.EDIT_GOVERNANCE)
        self.new_button.setVisible(can_edit)
        self.new_button.setEnabled(bool(bodies))
        self.load_meetings()

    def body_id(self) -> str | None:
        return self.body_combo.currentData()

    def _on_body_combo_current_index_changed(self, _index: int) -> None:
        self.load_meetings()

    def load_meetings(self, select: str | None = None) -> None:
        keep = select or (self.editor.detail.id if self.editor.detail else None)
        body_id = self.body_id()
        rows = []
        if self.site is not None and body_id:
            try:
                rows = mt.list_meetings(self.site, body_id)
            except KnownError as error:
                self.empty_label.setText(error_text(error))
        self.meeting_model.set_rows(rows)
        fit_columns(self.meeting_view)
        if not body_id:
            self.empty_label.setText(self.tr("Add the bodies on the Governance page first."))
        elif not rows:
            self.empty_label.setText(self.tr("No meetings of this body yet."))
        self.empty_label.setVisible(not rows)
        if rows:
            select_key(self.meeting_view, keep if keep in {r.id for r in rows} else self._default_meeting(rows))
        else:
            self.editor.load(None)

    @staticmethod
    def _default_meeting(rows: list[mt.MeetingRow]) -> str:
        """The next meeting to come, or else the latest one."""
        now = datetime.now()
        coming = [r for r in rows if r.starts_at >= now - timedelta(hours=12)]
        return (coming[-1] if coming else rows[0]).id

    def _on_meeting_view_current_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        row = self.meeting_model.row_at(current.row())
        if self.editor.detail is None or self.editor.detail.id != row.id:
            self.editor.load(row.id)

    def _on_editor_changed(self) -> None:
        self.load_meetings()

    def new_meeting(self) -> RecordDialog | None:
        body_id = self.body_id()
        if self.site is None or not body_id or not self.site.can(Permission.EDIT_GOVERNANCE):
            return None
        rows = self.meeting_model.rows()
        suggestion = max((r.next_meeting_at for r in rows if r.next_meeting_at), default=None)
        values = {"starts_at": suggestion} if suggestion and suggestion > datetime.now() else {}
        if rows and not values:
            values = {"place": rows[0].place, "virtual_link": rows[0].virtual_link}
        elif rows:
            values.update({"place": rows[0].place, "virtual_link": rows[0].virtual_link})

        def saved(detail: mt.MeetingDetail) -> None:
            self.load_meetings(detail.id)

        dialog = RecordDialog(self.tr("New meeting"), G.MEETING_FORM,
                              lambda v: mt.create_meeting(self.site, body_id, v), values, None, self)
        dialog.draft_tracker().identify(DraftPlace("meeting", None, "new_meeting", {"body": body_id},
                                                   f"{dialog.windowTitle()} — {self.body_combo.currentText()}"))
        return open_dialog(dialog, saved)

    def show_meeting_of(self, body_id: str | None, meeting_id: str | None, tab: int | None = None) -> bool:
        """Choose the body and show one of its meetings (e.g. after an unlock); False when it is not there."""
        index = self.body_combo.findData(body_id)
        if index < 0:  # a body added since the list was read
            self.reload()
            index = self.body_combo.findData(body_id)
        if index < 0:
            return False
        self.body_combo.setCurrentIndex(index)
        if meeting_id is None:
            return True
        self.load_meetings(meeting_id)
        if self.editor.detail is None or self.editor.detail.id != meeting_id:
            return False
        if tab is not None and 0 <= tab < self.editor.tab_widget.count():
            self.editor.tab_widget.setCurrentIndex(tab)
        return True
