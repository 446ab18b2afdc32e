"""The Meetings page: each body's meetings, and the meeting editor the project manager runs a meeting in.

The editor's header always shows the minutes' state and the body's rule applied to the attendance
("Quorum met: 4 of 7 …", "Consensus not possible: …"), recomputed by the service after every mark.
Tabs: details, agenda (reorder with buttons or Ctrl+Up/Down), attendance (mark the selected lines
present / absent / excused / alternate attended; guests), decisions, action items (carried forward
from earlier meetings until closed), minutes (circulate, approve previous minutes, lock,
amendments), and — for people who may see participant records, at OWG meetings — case conferencing.

Approved minutes refuse changes (the service says so in plain words); the editor disables the
editing buttons and offers "Record amendment…" instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.conflict_dialog import resolve_conflict
from lead_desktop.gui.governance.case_conference import CaseConferenceSection
from lead_desktop.gui.governance.common import (
    Col,
    RowsModel,
    button,
    day_text,
    fit_columns,
    make_table,
    role_text,
    rule_text,
    select_key,
    selected_rows,
    tr,
    vocab,
)
from lead_desktop.gui.participants.common import (
    ask,
    error_text,
    heading_font,
    mute,
    page_action,
    paint_label,
    show_error,
    show_message,
)
from lead_desktop.gui.participants.dialogs import RecordDialog
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services.session import SiteSession

MINUTES_TONES = {"draft": "warning", "circulated": "notice", "approved": "ok", "locked": "ok"}
ATTENDANCE_TONES = {"present": "ok", "alternate": "ok", "excused": "muted", "absent": "danger", None: "warning"}
ACTION_TONES = {"open": "notice", "in_progress": "notice", "done": "ok", "dropped": "muted"}


def _open(dialog: QDialog, on_saved: Callable[[object], None]) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


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
            item = QListWidgetItem(self.tr("Minutes of {when}").format(when=day_text(ref.starts_at)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, ref.meeting_id)
        if candidates:
            self.list.setCurrentRow(0)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        paint_label(self.problem_label, "danger")
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


class MeetingEditor(QWidget):
    """One meeting: header with the live rule, and a tab per part of the record."""

    changed = Signal()  # something that the meetings list shows may have changed
    AUTHORITY_COLUMN = 3  # of the attendance table: only the one-voice-per-agency rule uses it

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_editor")
        self.site = site
        self.detail: mt.MeetingDetail | None = None

        self.title_label = QLabel(self)
        self.title_label.setObjectName("meeting_title_label")
        heading_font(self.title_label, 1.2)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("minutes_status_label")
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setAccessibleName(self.tr("Quorum or consensus"))
        self.settled_label = QLabel(self)
        self.settled_label.setObjectName("settled_label")
        self.settled_label.setWordWrap(True)

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("meeting_tabs")
        self._build_details()
        self._build_agenda()
        self._build_attendance()
        self._build_decisions()
        self._build_actions()
        self._build_minutes()
        self.case_section = CaseConferenceSection(site, self)
        self.case_section.changed.connect(self._reload)
        # Always a tab, shown only to people who may see participants and only at OWG meetings.
        self.tab_widget.addTab(self.case_section, self.tr("Case con&ferencing"))
        self.tab_widget.setTabVisible(self._case_tab_index(), False)
        self.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.status_label)
        layout.addLayout(header)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.settled_label)
        layout.addWidget(self.tab_widget, 1)
        self.show_meeting(None)

    # ----- building the tabs -------------------------------------------------------------------

    def _tab(self, name: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget(self)
        widget.setObjectName(name)
        layout = QVBoxLayout(widget)
        self.tab_widget.addTab(widget, title)
        return widget, layout

    @staticmethod
    def _row(layout: QVBoxLayout, *widgets: QWidget) -> None:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_details(self) -> None:
        self.details_tab, layout = self._tab("details_tab", self.tr("&Details"))
        self.details_form = FormWidget(G.MEETING_FORM, None, self.details_tab)
        self.save_details_button = button(self.tr("&Save details"), self.details_tab, "save_details_button",
                                          self.save_details)
        self.delete_button = button(self.tr("Remove meeting…"), self.details_tab, "delete_meeting_button",
                                    self.delete_meeting, self.tr("Only a draft without decisions or actions."))
        layout.addWidget(self.details_form)
        self._row(layout, self.save_details_button, self.delete_button)
        layout.addStretch(1)

    def _build_agenda(self) -> None:
        self.agenda_tab, layout = self._tab("agenda_tab", self.tr("&Agenda"))
        self.agenda_model = RowsModel([
            Col(self.tr("No."), lambda r: str(r.position), sort=lambda r: r.position),
            Col(self.tr("Item"), lambda r: r.title),
            Col(self.tr("Presenter"), lambda r: r.presenter or ""),
            Col(self.tr("Notes"), lambda r: r.notes or ""),
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
        self._row(layout, self.add_item_button, self.edit_item_button, self.up_button, self.down_button,
                  self.remove_item_button)
        layout.addWidget(self.agenda_view, 1)
        hint = mute(QLabel(self.tr("Governance minutes only: never name participants here — case conferencing "
                                   "has its own confidential tab."), self.agenda_tab))
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def _attendance_text(self, a: mt.Attendee) -> str:
        if a.status is None:
            return self.tr("Not marked")
        text = vocab(G.ATTENDANCE, a.status)
        if a.status == "alternate" and a.alternate:
            text = self.tr("{status}: {names}").format(status=text, names=a.alternate)
        return text

    def _build_attendance(self) -> None:
        self.attendance_tab, layout = self._tab("attendance_tab", self.tr("A&ttendance"))
        self.attendance_model = RowsModel([
            Col(self.tr("Name"), lambda a: a.name),
            Col(self.tr("Organisation"), lambda a: a.organisation),
            Col(self.tr("Role"), lambda a: role_text(a.role)),
            Col(self.tr("Decides for agency"), lambda a: self.tr("Yes") if a.decision_authority else ""),
            Col(self.tr("Attendance"), self._attendance_text, tone=lambda a: ATTENDANCE_TONES.get(a.status)),
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
        self._row(layout, *self.mark_buttons.values())
        layout.addWidget(self.attendance_view, 1)
        self._row(layout, self.add_guest_button, self.remove_guest_button)

    def _votes_text(self, d: mt.DecisionRow) -> str:
        if d.method != "vote":
            return vocab(G.DECISION_METHOD, d.method)
        text = self.tr("Vote {yes}–{no}").format(yes=d.votes_for or 0, no=d.votes_against or 0)
        if d.votes_abstain:
            text += self.tr(", {count} abstaining").format(count=d.votes_abstain)
        return text

    def _link_text(self, d: mt.DecisionRow) -> str:
        if d.criteria_version_number is not None:
            version = mt.version_label(d.criteria_version_number, tr)
            return self.tr("Eligibility criteria: {version}").format(version=version)
        if d.criteria_version:
            return self.tr("Eligibility criteria: {version}").format(version=d.criteria_version)
        if d.intake_deadline_days:
            return self.tr("Intake deadline: {days} days").format(days=d.intake_deadline_days)
        return ""

    def _build_decisions(self) -> None:
        self.decisions_tab, layout = self._tab("decisions_tab", self.tr("D&ecisions"))
        self.decision_model = RowsModel([
            Col(self.tr("No."), lambda d: str(d.position), sort=lambda d: d.position),
            Col(self.tr("Decision"), lambda d: d.text),
            Col(self.tr("Decided by"), self._votes_text),
            Col(self.tr("Outcome"), lambda d: vocab(G.DECISION_OUTCOME, d.outcome),
                tone=lambda d: {"adopted": "ok", "not_adopted": "danger"}.get(d.outcome, "muted")),
            Col(self.tr("Moved / seconded"), lambda d: " / ".join(x for x in (d.mover, d.seconder) if x)),
            Col(self.tr("Changes"), self._link_text),
        ], self)
        self.decision_view = make_table(self.decision_model, self.decisions_tab, "decisions_table", self.tr("Decisions"))
        self.decision_view.doubleClicked.connect(lambda _i: self.edit_decision())
        self.add_decision_button = button(self.tr("&New decision…"), self.decisions_tab, "add_decision_button",
                                          self.add_decision)
        self.edit_decision_button = button(self.tr("Edit decision…"), self.decisions_tab, "edit_decision_button",
                                           self.edit_decision)
        self.remove_decision_button = button(self.tr("&Remove decision…"), self.decisions_tab,
                                             "remove_decision_button", self.remove_decision)
        self._row(layout, self.add_decision_button, self.edit_decision_button, self.remove_decision_button)
        layout.addWidget(self.decision_view, 1)

    def _action_status_text(self, a: mt.ActionRow) -> str:
        text = vocab(G.ACTION_STATUS, a.status)
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
            Col(self.tr("Action"), lambda a: a.description),
            Col(self.tr("Owner"), lambda a: a.owner),
            Col(self.tr("Due"), lambda a: day_text(a.due_on), sort=lambda a: a.due_on),
            Col(self.tr("Status"), self._action_status_text,
                tone=lambda a: "danger" if a.overdue else ACTION_TONES.get(a.status)),
            Col(self.tr("From"), lambda a: self.tr("Carried from {day}").format(day=day_text(a.origin_starts_at.date()))
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
        self._row(layout, self.add_action_button, self.edit_action_button, QLabel(self.tr("Status:"), self.actions_tab),
                  *self.status_buttons.values())
        layout.addWidget(self.carried_label)
        layout.addWidget(self.action_view, 1)

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
            Col(self.tr("Recorded"), lambda a: day_text(a.recorded_at.astimezone().replace(tzinfo=None)
                                                        if a.recorded_at.tzinfo else a.recorded_at),
                sort=lambda a: a.recorded_at),
            Col(self.tr("By"), lambda a: a.recorded_by),
            Col(self.tr("Proposed by"), lambda a: a.proposed_by or ""),
            Col(self.tr("Amendment"), lambda a: a.text),
        ], self)
        self.amendment_view = make_table(self.amendment_model, self.minutes_tab, "amendments_table",
                                         self.tr("Amendments"))
        self.amend_button = button(self.tr("&Record amendment…"), self.minutes_tab, "amend_button", self.add_amendment)
        layout.addWidget(self.minutes_label)
        self._row(layout, self.circulate_button, self.approve_button, self.lock_button)
        layout.addWidget(self.approvals_label)
        amendments = QLabel(self.tr("Amendments to approved minutes"), self.minutes_tab)
        heading_font(amendments, 1.0)
        layout.addWidget(amendments)
        self._row(layout, self.amend_button)
        self.no_amendments_label = mute(QLabel(self.tr("No amendments recorded."), self.minutes_tab))
        layout.addWidget(self.no_amendments_label)
        layout.addWidget(self.amendment_view, 4)
        layout.addStretch(1)

    # ----- showing a meeting -------------------------------------------------------------------

    def _can_edit(self) -> bool:
        return self.site is not None and self.site.can(Permission.EDIT_GOVERNANCE)

    def set_site(self, site: SiteSession | None) -> None:
        self.site = site
        self.case_section.site = site
        self.show_meeting(None)

    def load(self, meeting_id: str | None) -> None:
        if meeting_id is None or self.site is None:
            self.show_meeting(None)
            return
        try:
            detail = mt.get_meeting(self.site, meeting_id)
        except KnownError as error:
            self.show_meeting(None)
            show_error(self, error)
            return
        self.show_meeting(detail)

    def _reload(self, _value: object = None) -> None:
        if self.detail is not None:
            self.load(self.detail.id)
        self.changed.emit()

    def _case_tab_index(self) -> int:
        return self.tab_widget.indexOf(self.case_section)

    def show_meeting(self, detail: mt.MeetingDetail | None) -> None:
        previous = self.detail
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.title_label.setText(self.tr("No meeting chosen"))
            self.status_label.clear()
            self.rule_label.clear()
            self.settled_label.setVisible(False)
            for model in (self.agenda_model, self.attendance_model, self.decision_model, self.action_model,
                          self.amendment_model):
                model.set_rows([])
            self.details_form.reset()
            self.tab_widget.setTabVisible(self._case_tab_index(), False)
            self.case_section.set_meeting(None, False)
            return
        meeting = detail.meeting
        self.title_label.setText(self.tr("{body} — {when}").format(body=meeting.body, when=day_text(meeting.starts_at)))
        self.status_label.setText(self.tr("Minutes: {status}").format(
            status=vocab(G.MINUTES_STATUS, meeting.minutes_status)))
        paint_label(self.status_label, MINUTES_TONES.get(meeting.minutes_status))
        self._show_rule(detail)
        editable = detail.editable and self._can_edit()
        if not detail.editable:
            when = day_text(detail.approved_at.starts_at) if detail.approved_at else day_text(meeting.approved_on)
            self.settled_label.setText(self.tr(
                "These minutes were approved at the meeting of {when}. They can no longer be changed; "
                "corrections are recorded as amendments on the Minutes tab.").format(when=when))
            paint_label(self.settled_label, "notice")
        self.settled_label.setVisible(not detail.editable)
        same = previous is not None and previous.id == detail.id

        self.details_form.set_values(meeting.values)
        self.details_form.clear_problems()
        self.details_form.set_read_only(not editable)

        self._fill(self.agenda_view, self.agenda_model, detail.agenda, same)
        self._fill(self.attendance_view, self.attendance_model, detail.attendees, same, multi=True)
        self.attendance_view.setColumnHidden(self.AUTHORITY_COLUMN, detail.body.rule != "consensus_one_voice_per_agency")
        self._fill(self.decision_view, self.decision_model, detail.decisions, same)
        self._fill(self.action_view, self.action_model, detail.actions, same)
        self.amendment_model.set_rows(list(detail.amendments))
        fit_columns(self.amendment_view)
        self.amendment_view.setVisible(bool(detail.amendments))
        self.no_amendments_label.setVisible(not detail.amendments)

        carried = [a for a in detail.actions if a.carried]
        if carried:
            still_open = sum(1 for a in carried if a.status in G.OPEN_ACTION_STATUSES)
            self.carried_label.setText(self.tr(
                "{count} carried forward from earlier meetings ({open} still open). Record their status here; "
                "closed ones are not carried to the next meeting.").format(count=len(carried), open=still_open))
        else:
            self.carried_label.setText(self.tr("No open action items were carried forward to this meeting."))
        paint_label(self.carried_label, "muted")

        self._show_minutes(detail)
        has = {"agenda": bool(detail.agenda), "decisions": bool(detail.decisions), "actions": bool(detail.actions)}
        for widget in (self.save_details_button, self.delete_button, self.add_item_button, self.add_decision_button,
                       self.add_action_button, self.add_guest_button, *self.mark_buttons.values()):
            widget.setEnabled(editable)
        for widget in (self.edit_item_button, self.up_button, self.down_button, self.remove_item_button):
            widget.setEnabled(editable and has["agenda"])
        for widget in (self.edit_decision_button, self.remove_decision_button):
            widget.setEnabled(editable and has["decisions"])
        self.edit_action_button.setEnabled(editable and has["actions"])
        for widget in self.status_buttons.values():
            widget.setEnabled(editable and has["actions"])
        self.remove_guest_button.setEnabled(editable and any(a.guest for a in detail.attendees))
        can_edit = self._can_edit()
        for widget in (self.save_details_button, self.delete_button, self.add_item_button, self.edit_item_button,
                       self.up_button, self.down_button, self.remove_item_button, self.add_decision_button,
                       self.edit_decision_button, self.remove_decision_button, self.add_action_button,
                       self.edit_action_button, self.add_guest_button, self.remove_guest_button,
                       self.circulate_button, self.approve_button, self.lock_button, self.amend_button,
                       *self.mark_buttons.values(), *self.status_buttons.values()):
            widget.setVisible(can_edit)

        show_case = (self.site is not None and self.site.can(Permission.VIEW_PARTICIPANTS)
                     and detail.body.kind == "owg")
        self.tab_widget.setTabVisible(self._case_tab_index(), show_case)
        if show_case:
            self.case_section.set_meeting(detail, editable)
            if self.tab_widget.currentWidget() is self.case_section:
                self.case_section.reload()

    def _fill(self, view, model: RowsModel, rows, same: bool, multi: bool = False) -> None:  # noqa: ANN001
        keep = [getattr(r, "key", None) or r.id for r in selected_rows(view)] if same else []
        model.set_rows(list(rows))
        fit_columns(view)
        if multi and keep:
            for row in range(model.rowCount()):
                if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) in keep:
                    view.selectionModel().select(
                        model.index(row, 0),
                        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows)
        else:
            select_key(view, keep[0] if keep else None)

    def _show_rule(self, detail: mt.MeetingDetail) -> None:
        self.rule_label.setText(rule_text(detail.rule))
        nothing_marked = all(a.status is None for a in detail.attendees if not a.guest)
        paint_label(self.rule_label, "ok" if detail.rule.met else "notice" if nothing_marked else "danger")

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
            dates = ", ".join(day_text(r.starts_at) for r in detail.approves)
            lines.append(self.tr("At this meeting the members approved the minutes of {dates}.").format(dates=dates))
        if detail.approved_at:
            lines.append(self.tr("These minutes were approved at the meeting of {when}.").format(
                when=day_text(detail.approved_at.starts_at)))
        self.approvals_label.setText("\n".join(lines))
        self.approvals_label.setVisible(bool(lines))
        can = self._can_edit()
        self.circulate_button.setEnabled(can and status == "draft")
        self.approve_button.setEnabled(can and detail.editable)
        self.lock_button.setEnabled(can and status == "approved")
        self.amend_button.setEnabled(can and not detail.editable)

    def _on_tab_widget_current_changed(self, _index: int) -> None:
        if self.tab_widget.currentWidget() is self.case_section:
            self.case_section.reload()

    # ----- details ---------------------------------------------------------------------------

    def save_details(self, version: int | None = None) -> None:
        """Save the meeting's details, based on the version shown (or, after a conflict, the one chosen over)."""
        if self.detail is None:
            return
        self.details_form.clear_problems()
        try:
            mt.update_meeting(self.site, self.detail.id, self.details_form.values(),
                              expected_version=self.detail.meeting.version if version is None else version)
        except EditConflict as error:
            self.conflict_dialog = resolve_conflict(self, error, keep_mine=self.save_details,
                                                    use_theirs=lambda _error: self._reload())
            if self.conflict_dialog is None:
                self.details_form.show_field_problem(None, error_text(error))
            return
        except KnownError as error:
            if not self.details_form.show_error(error):
                self.details_form.show_field_problem(None, error_text(error))
            return
        self._reload()

    def delete_meeting(self) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.id

        def remove() -> None:
            try:
                mt.delete_meeting(self.site, meeting_id)
            except KnownError as error:
                show_error(self, error)
                return
            self.show_meeting(None)
            self.changed.emit()

        ask(self, self.tr("Remove this meeting? Only a draft entered by mistake should be removed."),
            self.tr("Remove meeting"), remove)

    # ----- agenda ------------------------------------------------------------------------------

    def add_agenda_item(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return _open(RecordDialog(self.tr("Add agenda item"), G.AGENDA_ITEM_FORM,
                                  lambda values: mt.add_agenda_item(self.site, meeting_id, values), None, None, self),
                     self._reload)

    def edit_agenda_item(self) -> RecordDialog | None:
        rows = selected_rows(self.agenda_view)
        if not rows or self.detail is None or not self.detail.editable:
            return None
        item = rows[0]
        return _open(RecordDialog(self.tr("Agenda item and notes"), G.AGENDA_ITEM_FORM,
                                  lambda values, version: mt.update_agenda_item(self.site, item.id, values, version),
                                  item.values, None, self, version=item.version), self._reload)

    def move_agenda_item(self, offset: int) -> None:
        rows = selected_rows(self.agenda_view)
        if not rows or self.detail is None or not self.detail.editable or not self._can_edit():
            return
        try:
            mt.move_agenda_item(self.site, rows[0].id, offset)
        except KnownError as error:
            show_error(self, error)
            return
        self._reload()

    def remove_agenda_item(self) -> None:
        rows = selected_rows(self.agenda_view)
        if not rows:
            return
        item = rows[0]

        def remove() -> None:
            try:
                mt.remove_agenda_item(self.site, item.id)
            except KnownError as error:
                show_error(self, error)
                return
            self._reload()

        ask(self, self.tr("Remove “{title}” from the agenda? Its decisions and actions stay.").format(title=item.title),
            self.tr("Remove item"), remove)

    # ----- attendance --------------------------------------------------------------------------

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

        return _open(RecordDialog(self.tr("Add guest"), G.GUEST_FORM, submit, None,
                                  {"organisation_id": gov.organisation_choices(self.site)}, self), self._reload)

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

    # ----- decisions ---------------------------------------------------------------------------

    def _decision_choices(self) -> dict[str, list[tuple[str, str]]]:
        agenda = [(a.id, f"{a.position}. {a.title}") for a in (self.detail.agenda if self.detail else ())]
        try:
            versions = mt.criteria_version_choices(self.site, tr)
        except KnownError:
            versions = []
        return {"agenda_item_id": agenda, "criteria_version_id": versions}

    def add_decision(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return _open(RecordDialog(self.tr("Add decision"), G.DECISION_FORM,
                                  lambda values: mt.add_decision(self.site, meeting_id, values), None,
                                  self._decision_choices(), self, columns=2), self._reload)

    def edit_decision(self) -> RecordDialog | None:
        rows = selected_rows(self.decision_view)
        if not rows or self.detail is None or not self.detail.editable:
            return None
        decision = rows[0]
        return _open(RecordDialog(self.tr("Edit decision"), G.DECISION_FORM,
                                  lambda values, version: mt.update_decision(self.site, decision.id, values, version),
                                  decision.values, self._decision_choices(), self, columns=2,
                                  version=decision.version), self._reload)

    def remove_decision(self) -> None:
        rows = selected_rows(self.decision_view)
        if not rows:
            return
        decision = rows[0]

        def remove() -> None:
            try:
                mt.remove_decision(self.site, decision.id)
            except KnownError as error:
                show_error(self, error)
                return
            self._reload()

        ask(self, self.tr("Remove this decision from the minutes?"), self.tr("Remove decision"), remove)

    # ----- action items ------------------------------------------------------------------------

    def _action_choices(self) -> dict[str, list[tuple[str, str]]]:
        return {"agenda_item_id": [(a.id, f"{a.position}. {a.title}") for a in (self.detail.agenda if self.detail else ())]}

    def add_action(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return _open(RecordDialog(self.tr("Add action item"), G.ACTION_ITEM_FORM,
                                  lambda values: mt.add_action_item(self.site, meeting_id, values), None,
                                  self._action_choices(), self), self._reload)

    def edit_action(self) -> RecordDialog | None:
        rows = selected_rows(self.action_view)
        if not rows or self.detail is None:
            return None
        action = rows[0]
        if action.carried:
            show_message(self, self.tr("This action was decided at an earlier meeting; here you can record its status."))
            return None
        return _open(RecordDialog(self.tr("Edit action item"), G.ACTION_ITEM_FORM,
                                  lambda values, version: mt.update_action_item(self.site, action.id, values, version),
                                  action.values, self._action_choices(), self, version=action.version), self._reload)

    def set_action_status(self, status: str) -> None:
        rows = selected_rows(self.action_view)
        if not rows or self.detail is None:
            return
        try:
            mt.set_action_status(self.site, rows[0].id, status, self.detail.id)
        except KnownError as error:
            show_error(self, error)
            return
        self._reload()

    # ----- minutes -----------------------------------------------------------------------------

    def circulate(self) -> None:
        if self.detail is None:
            return
        try:
            mt.circulate_minutes(self.site, self.detail.id)
        except KnownError as error:
            show_error(self, error)
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
        return _open(dialog, self._reload)

    def lock(self) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.id

        def go() -> None:
            try:
                mt.lock_minutes(self.site, meeting_id)
            except KnownError as error:
                show_error(self, error)
                return
            self._reload()

        ask(self, self.tr("Lock these approved minutes? They stay as they are; corrections become amendments."),
            self.tr("Lock"), go)

    def add_amendment(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return _open(RecordDialog(self.tr("Record amendment"), G.AMENDMENT_FORM,
                                  lambda values: mt.add_amendment(self.site, meeting_id, values), None, None, self),
                     self._reload)


class MeetingsPage(QWidget):
    """Choose a body, see its meetings (newest first), open one in the editor."""

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self.site = site
        self.title_label = QLabel(self.tr("Meetings"), self)
        self.title_label.setObjectName("title_label")
        heading_font(self.title_label, 1.5)
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
            Col(self.tr("Date"), lambda m: day_text(m.starts_at), sort=lambda m: m.starts_at),
            Col(self.tr("Minutes"), lambda m: vocab(G.MINUTES_STATUS, m.minutes_status),
                tone=lambda m: MINUTES_TONES.get(m.minutes_status)),
            Col(self.tr("Place"), lambda m: m.place or (self.tr("Virtual") if m.virtual_link else "")),
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

        return _open(RecordDialog(self.tr("New meeting"), G.MEETING_FORM,
                                  lambda v: mt.create_meeting(self.site, body_id, v), values, None, self), saved)
