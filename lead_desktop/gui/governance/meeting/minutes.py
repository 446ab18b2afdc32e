"""The Minutes tab: circulate the draft, approve earlier minutes, lock, and record amendments.

A part of `MeetingEditor` (a mixin: the editor owns the widgets, the site and the meeting shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.look import DANGER, heading, mute, paint_label
from lead_desktop.gui.widgets.messages import ask_then, attempt, show_message
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, format_date
from lead_desktop.gui.widgets.views import make_table
from lead_desktop.services import meetings as mt
from collections.abc import Callable


class MinutesPart:
    """Builds the Minutes tab and moves the minutes through their lifecycle."""

    def _build_minutes(self) -> None:
        self.minutes_tab, layout = self._tab("minutes_tab", self.tr("&Minutes"))
        self.minutes_label = QLabel(self.minutes_tab)
        self.minutes_label.setObjectName("minutes_label")
        self.minutes_label.setWordWrap(True)
        self.circulate_button = button(self.tr("&Circulate"), self.minutes_tab, "circulate_button", self.circulate,
                                       self.tr("Send the draft to the members; it can still be corrected until approved."))
        self.approve_button = button(self.tr("Approve &previous minutes…"), self.minutes_tab, "approve_previous_button",
                                     self.approve_previous)
        self.lock_button = button(self.tr("&Lock"), self.minutes_tab, "lock_button", self.lock)
        self.approvals_label = QLabel(self.minutes_tab)
        self.approvals_label.setObjectName("approvals_label")
        self.approvals_label.setWordWrap(True)
        self.amendment_model = RowsModel([
            Column(self.tr("Recorded"), lambda a: format_date(a.recorded_at.astimezone().replace(tzinfo=None)
                                                        if a.recorded_at.tzinfo else a.recorded_at),
                sort=lambda a: a.recorded_at),
            Column(self.tr("By"), lambda a: a.recorded_by),
            Column(self.tr("Proposed by"), lambda a: a.proposed_by or ""),
            Column(self.tr("Amendment"), lambda a: a.text),
        ], self)
        self.amendment_view = make_table(self.amendment_model, self.minutes_tab, "amendments_table",
                                         self.tr("Amendments"))
        self.amend_button = button(self.tr("&Record amendment…"), self.minutes_tab, "amend_button", self.add_amendment)
        layout.addWidget(self.minutes_label)
        layout.addLayout(button_row(self.circulate_button, self.approve_button, self.lock_button))
        layout.addWidget(self.approvals_label)
        amendments = QLabel(self.tr("Amendments to approved minutes"), self.minutes_tab)
        heading(amendments, 1.0)
        layout.addWidget(amendments)
        layout.addLayout(button_row(self.amend_button))
        self.no_amendments_label = mute(QLabel(self.tr("No amendments recorded."), self.minutes_tab))
        layout.addWidget(self.no_amendments_label)
        layout.addWidget(self.amendment_view, 4)
        layout.addStretch(1)

    def _show_minutes(self, detail: mt.MeetingDetail) -> None:
        status = detail.meeting.minutes_status
        texts = {
            "draft": self.tr("Draft minutes. Circulate them to the members when they are ready; they are approved "
                             "at a later meeting of this body."),
            "circulated": self.tr("Circulated to the members. They are approved at a later meeting of this body, "
                                  "with “Approve previous minutes…” there."),
            "approved": self.tr("Approved. Lock them to mark them final; corrections are recorded as amendments."),
            "locked": self.tr("Approved and locked. Corrections are recorded as amendments."),
        }
        self.minutes_label.setText(texts.get(status, ""))
        lines = []
        if detail.approves:
            dates = ", ".join(format_date(r.starts_at) for r in detail.approves)
            lines.append(self.tr("At this meeting the members approved the minutes of {dates}.").format(dates=dates))
        if detail.approved_at:
            lines.append(self.tr("These minutes were approved at the meeting of {when}.").format(
                when=format_date(detail.approved_at.starts_at)))
        self.approvals_label.setText("\n".join(lines))
        self.approvals_label.setVisible(bool(lines))
        can = self._can_edit()
        self.circulate_button.setEnabled(can and status == "draft")
        self.approve_button.setEnabled(can and detail.editable)
        self.lock_button.setEnabled(can and status == "approved")
        self.amend_button.setEnabled(can and not detail.editable)

    def circulate(self) -> None:
        if self.detail is None:
            return
        if not attempt(self, lambda: mt.circulate_minutes(self.site, self.detail.id)):
            return
        self._reload()

    def approve_previous(self) -> ApproveMinutesDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        candidates = mt.approvable_minutes(self.site, meeting_id)
        if not candidates:
            show_message(self, self.tr("No earlier meeting of this body has circulated minutes waiting for approval."))
            return None
        dialog = ApproveMinutesDialog(candidates, lambda prior: mt.approve_minutes(self.site, meeting_id, prior), self)
        return open_dialog(dialog, self._reload)

    def lock(self) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.id

        ask_then(self, self.tr("Lock these approved minutes? They stay as they are; corrections become amendments."),
            self.tr("Lock"), lambda: mt.lock_minutes(self.site, meeting_id), self._reload)

    def add_amendment(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return self._open_part(RecordDialog(self.tr("Record amendment"), G.AMENDMENT_FORM,
                               lambda values: mt.add_amendment(self.site, meeting_id, values), None, None, self),
                               "amendment", None)




class ApproveMinutesDialog(QDialog):
    """Choose which earlier circulated minutes this meeting approves."""

    saved = Signal(object)

    def __init__(self, candidates: list[mt.MinutesRef], submit: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_minutes_dialog")
        self.setWindowTitle(self.tr("Approve previous minutes"))
        self._submit = submit
        intro = QLabel(self.tr("The members approve the circulated minutes of an earlier meeting. The approval is "
                               "recorded on this meeting; the approved minutes can then only be amended."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("minutes_list")
        self.list.setAccessibleName(self.tr("Circulated minutes"))
        for ref in candidates:
            item = QListWidgetItem(self.tr("Minutes of {when}").format(when=format_date(ref.starts_at)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, ref.meeting_id)
        if candidates:
            self.list.setCurrentRow(0)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        paint_label(self.problem_label, DANGER)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Approve"))
        self.ok_button.setObjectName("approve_button")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            result = self._submit(item.data(Qt.ItemDataRole.UserRole))
        except KnownError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            return
        self.saved.emit(result)
        self.accept()


