"""The Agenda tab: items in order (Move up/down, Ctrl+Up/Ctrl+Down), presenters and notes.

A part of `MeetingEditor` (a mixin: the editor owns the widgets, the site and the meeting shown).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from lead_desktop.domain import governance as G
from lead_desktop.gui.widgets.actions import button, button_row, page_action
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.messages import ask_then, attempt
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.views import make_table, selected_rows
from lead_desktop.services import meetings as mt


class AgendaPart:
    """Builds the Agenda tab and changes the agenda."""

    def _build_agenda(self) -> None:
        self.agenda_tab, layout = self._tab("agenda_tab", self.tr("&Agenda"))
        self.agenda_model = RowsModel([
            Column(self.tr("No."), lambda r: str(r.position), sort=lambda r: r.position),
            Column(self.tr("Item"), lambda r: r.title),
            Column(self.tr("Presenter"), lambda r: r.presenter or ""),
            Column(self.tr("Notes"), lambda r: r.notes or ""),
        ], self)
        self.agenda_view = make_table(self.agenda_model, self.agenda_tab, "agenda_table", self.tr("Agenda"))
        self.agenda_view.doubleClicked.connect(lambda _i: self.edit_agenda_item())
        self.add_item_button = button(self.tr("&New item…"), self.agenda_tab, "add_agenda_item_button",
                                      self.add_agenda_item)
        self.edit_item_button = button(self.tr("Edit item and n&otes…"), self.agenda_tab, "edit_agenda_item_button",
                                       self.edit_agenda_item)
        self.up_button = button(self.tr("Move &up"), self.agenda_tab, "agenda_up_button",
                                lambda: self.move_agenda_item(-1), self.tr("Move up (Ctrl+Up)"))
        self.down_button = button(self.tr("Move do&wn"), self.agenda_tab, "agenda_down_button",
                                  lambda: self.move_agenda_item(1), self.tr("Move down (Ctrl+Down)"))
        self.remove_item_button = button(self.tr("&Remove item…"), self.agenda_tab, "remove_agenda_item_button",
                                         self.remove_agenda_item)
        page_action(self.agenda_view, self.tr("Move up"), QKeySequence("Ctrl+Up"), lambda: self.move_agenda_item(-1))
        page_action(self.agenda_view, self.tr("Move down"), QKeySequence("Ctrl+Down"), lambda: self.move_agenda_item(1))
        layout.addLayout(button_row(self.add_item_button, self.edit_item_button, self.up_button, self.down_button,
                  self.remove_item_button))
        layout.addWidget(self.agenda_view, 1)
        hint = mute(QLabel(self.tr("Governance minutes only: never name participants here — case conferencing "
                                   "has its own confidential tab."), self.agenda_tab))
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def add_agenda_item(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return self._open_part(RecordDialog(self.tr("Add agenda item"), G.AGENDA_ITEM_FORM,
                               lambda values: mt.add_agenda_item(self.site, meeting_id, values), None, None, self),
                               "agenda", None)

    def edit_agenda_item(self) -> RecordDialog | None:
        rows = selected_rows(self.agenda_view)
        if not rows or self.detail is None or not self.detail.editable:
            return None
        item = rows[0]
        return self._open_part(RecordDialog(self.tr("Agenda item and notes"), G.AGENDA_ITEM_FORM,
                               lambda values, version: mt.update_agenda_item(self.site, item.id, values, version),
                               item.values, None, self, version=item.version), "agenda", item.id)

    def move_agenda_item(self, offset: int) -> None:
        rows = selected_rows(self.agenda_view)
        if not rows or self.detail is None or not self.detail.editable or not self._can_edit():
            return
        if not attempt(self, lambda: mt.move_agenda_item(self.site, rows[0].id, offset)):
            return
        self._reload()

    def remove_agenda_item(self) -> None:
        rows = selected_rows(self.agenda_view)
        if not rows:
            return
        item = rows[0]

        ask_then(self, self.tr("Remove “{title}” from the agenda? Its decisions and actions stay.").format(title=item.title),
            self.tr("Remove item"), lambda: mt.remove_agenda_item(self.site, item.id), self._reload)

