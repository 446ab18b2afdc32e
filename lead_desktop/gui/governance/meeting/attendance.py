"""The Attendance tab: mark the selected people present, absent, excused or alternate attended; guests.

A part of `MeetingEditor` (a mixin: the editor owns the widgets, the site and the meeting shown).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.messages import show_error
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import vocab_label
from lead_desktop.gui.widgets.views import make_table, selected_rows
from lead_desktop.services import meetings as mt
from lead_desktop.gui.governance.common import ATTENDANCE_TONES, role_text
from lead_desktop.domain.fields import validate
from lead_desktop.services import governance as gov


class AttendancePart:
    """Builds the Attendance tab and records attendance; the rule line follows each mark."""

    def _attendance_text(self, a: mt.Attendee) -> str:
        if a.status is None:
            return self.tr("Not marked")
        text = vocab_label(G.ATTENDANCE, a.status)
        if a.status == "alternate" and a.alternate:
            text = self.tr("{status}: {names}").format(status=text, names=a.alternate)
        return text

    def _build_attendance(self) -> None:
        self.attendance_tab, layout = self._tab("attendance_tab", self.tr("A&ttendance"))
        self.attendance_model = RowsModel([
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Organisation"), lambda a: a.organisation),
            Column(self.tr("Role"), lambda a: role_text(a.role)),
            Column(self.tr("Decides for agency"), lambda a: self.tr("Yes") if a.decision_authority else ""),
            Column(self.tr("Attendance"), self._attendance_text, tone=lambda a: ATTENDANCE_TONES.get(a.status)),
        ], self)
        self.attendance_view = make_table(self.attendance_model, self.attendance_tab, "attendance_table",
                                          self.tr("Attendance"), multi=True)
        self.mark_buttons = {
            "present": button(self.tr("&Present"), self.attendance_tab, "mark_present_button",
                              lambda: self.mark("present")),
            "absent": button(self.tr("A&bsent"), self.attendance_tab, "mark_absent_button", lambda: self.mark("absent")),
            "excused": button(self.tr("E&xcused"), self.attendance_tab, "mark_excused_button",
                              lambda: self.mark("excused")),
            "alternate": button(self.tr("A&lternate attended"), self.attendance_tab, "mark_alternate_button",
                                lambda: self.mark("alternate")),
            None: button(self.tr("&Clear"), self.attendance_tab, "mark_clear_button", lambda: self.mark(None)),
        }
        self.add_guest_button = button(self.tr("Add &guest…"), self.attendance_tab, "add_guest_button", self.add_guest)
        self.remove_guest_button = button(self.tr("Remove guest"), self.attendance_tab, "remove_guest_button",
                                          self.remove_guest)
        hint = mute(QLabel(self.tr("Select one or more people (Ctrl+A for everyone), then mark them."),
                           self.attendance_tab))
        layout.addWidget(hint)
        layout.addLayout(button_row(*self.mark_buttons.values()))
        layout.addWidget(self.attendance_view, 1)
        layout.addLayout(button_row(self.add_guest_button, self.remove_guest_button))

    def mark(self, status: str | None) -> None:
        rows = selected_rows(self.attendance_view)
        if not rows or self.detail is None:
            return
        detail = self.detail
        try:
            for a in rows:
                detail = mt.set_attendance(self.site, detail.id, a.key, status)
        except KnownError as error:
            show_error(self, error)
        self.show_meeting(mt.get_meeting(self.site, detail.id))

    def add_guest(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id

        def submit(values: dict) -> mt.MeetingDetail:
            clean = validate(G.GUEST_FORM, values)
            return mt.add_guest(self.site, meeting_id, name=clean["guest_name"],
                                organisation_id=clean.get("organisation_id"))

        return self._open_part(RecordDialog(self.tr("Add guest"), G.GUEST_FORM, submit, None,
                               {"organisation_id": gov.organisation_choices(self.site)}, self), "guest", None)

    def remove_guest(self) -> None:
        guests = [a for a in selected_rows(self.attendance_view) if a.guest]
        if not guests:
            return
        try:
            for guest in guests:
                mt.remove_guest(self.site, guest.key)
        except KnownError as error:
            show_error(self, error)
        self._reload()

