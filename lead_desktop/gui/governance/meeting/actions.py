"""The Action items tab: owners and due dates; open items carried forward from earlier meetings.

A part of `MeetingEditor` (a mixin: the editor owns the widgets, the site and the meeting shown).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from lead_desktop.domain import governance as G
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import DANGER
from lead_desktop.gui.widgets.messages import attempt, show_message
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import format_date, vocab_label
from lead_desktop.gui.widgets.views import make_table, selected_rows
from lead_desktop.services import meetings as mt
from lead_desktop.gui.governance.common import ACTION_TONES


class ActionsPart:
    """Builds the Action items tab; records actions and their status at this meeting."""

    def _action_status_text(self, a: mt.ActionRow) -> str:
        text = vocab_label(G.ACTION_STATUS, a.status)
        if a.overdue:
            text = self.tr("{status} — overdue").format(status=text)
        if a.closed_here:
            text = self.tr("{status} at this meeting").format(status=text)
        return text

    def _build_actions(self) -> None:
        self.actions_tab, layout = self._tab("actions_tab", self.tr("Action &items"))
        self.carried_label = QLabel(self.actions_tab)
        self.carried_label.setObjectName("carried_label")
        self.carried_label.setWordWrap(True)
        self.action_model = RowsModel([
            Column(self.tr("Action"), lambda a: a.description),
            Column(self.tr("Owner"), lambda a: a.owner),
            Column(self.tr("Due"), lambda a: format_date(a.due_on), sort=lambda a: a.due_on),
            Column(self.tr("Status"), self._action_status_text,
                tone=lambda a: DANGER if a.overdue else ACTION_TONES.get(a.status)),
            Column(self.tr("From"), lambda a: self.tr("Carried from {day}").format(day=format_date(a.origin_starts_at.date()))
                if a.carried else self.tr("This meeting"), sort=lambda a: a.origin_starts_at),
        ], self)
        self.action_view = make_table(self.action_model, self.actions_tab, "actions_table", self.tr("Action items"))
        self.action_view.doubleClicked.connect(lambda _i: self.edit_action())
        self.add_action_button = button(self.tr("&New action…"), self.actions_tab, "add_action_button", self.add_action)
        self.edit_action_button = button(self.tr("Edit action…"), self.actions_tab, "edit_action_button",
                                         self.edit_action)
        self.status_buttons = {
            code: button(QCoreApplication.translate("vocab", G.ACTION_STATUS.label(code)), self.actions_tab,
                         f"action_{code}_button", lambda c=code: self.set_action_status(c),
                         self.tr("Record this status for the selected action at this meeting"))
            for code in G.ACTION_STATUS.codes()
        }
        layout.addLayout(button_row(self.add_action_button, self.edit_action_button, QLabel(self.tr("Status:"), self.actions_tab),
                  *self.status_buttons.values()))
        layout.addWidget(self.carried_label)
        layout.addWidget(self.action_view, 1)

    def _action_choices(self) -> dict[str, list[tuple[str, str]]]:
        return {"agenda_item_id": [(a.id, f"{a.position}. {a.title}") for a in (self.detail.agenda if self.detail else ())]}

    def add_action(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return self._open_part(RecordDialog(self.tr("Add action item"), G.ACTION_ITEM_FORM,
                               lambda values: mt.add_action_item(self.site, meeting_id, values), None,
                               self._action_choices(), self), "action", None)

    def edit_action(self) -> RecordDialog | None:
        rows = selected_rows(self.action_view)
        if not rows or self.detail is None:
            return None
        action = rows[0]
        if action.carried:
            show_message(self, self.tr("This action was decided at an earlier meeting; here you can record its status."))
            return None
        return self._open_part(RecordDialog(self.tr("Edit action item"), G.ACTION_ITEM_FORM,
                               lambda values, version: mt.update_action_item(self.site, action.id, values, version),
                               action.values, self._action_choices(), self, version=action.version), "action", action.id)

    def set_action_status(self, status: str) -> None:
        rows = selected_rows(self.action_view)
        if not rows or self.detail is None:
            return
        if not attempt(self, lambda: mt.set_action_status(self.site, rows[0].id, status, self.detail.id)):
            return
        self._reload()

