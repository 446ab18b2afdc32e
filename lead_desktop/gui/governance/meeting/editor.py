"""The meeting editor: one meeting's header with the live rule line, and a tab per part of the record.

The header always shows the minutes' state and the body's rule applied to the attendance
("Quorum met: 4 of 7 …", "Consensus not possible: …"), recomputed by the service after every mark.
The tabs each live in a module of this package: details (here), agenda.py, attendance.py,
decisions.py, actions.py, minutes.py, and — for people who may see participant records, at OWG
meetings — case conferencing (gui.governance.case_conference).

Approved minutes refuse changes (the service says so in plain words); the editor disables the
editing buttons and offers "Record amendment…" instead.

What is typed into the details and into each part's dialog is kept as a draft (gui.widgets.drafts);
`open_part` and `open_case_item` open those dialogs again for a draft after an unlock or a crash.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.conflict_dialog import resolve_conflict
from lead_desktop.gui.governance.case_conference import CaseConferenceSection
from lead_desktop.gui.governance.common import MINUTES_TONES, rule_text
from lead_desktop.gui.governance.meeting.actions import ActionsPart
from lead_desktop.gui.governance.meeting.agenda import AgendaPart
from lead_desktop.gui.governance.meeting.attendance import AttendancePart
from lead_desktop.gui.governance.meeting.decisions import DecisionsPart
from lead_desktop.gui.governance.meeting.minutes import MinutesPart
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import FAILED, RecordDialog, open_dialog, save_form
from lead_desktop.gui.widgets.drafts import DraftPlace, form_tracker
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import DANGER, MUTED, NOTICE, OK, heading, paint_label
from lead_desktop.gui.widgets.messages import ask_then, show_error
from lead_desktop.gui.widgets.tables import RowsModel
from lead_desktop.gui.widgets.text import format_date, vocab_label
from lead_desktop.gui.widgets.views import fit_columns, select_key, select_keys, selected_rows
from lead_desktop.services import meetings as mt
from lead_desktop.services.session import SiteSession


class MeetingEditor(AgendaPart, AttendancePart, DecisionsPart, ActionsPart, MinutesPart, QWidget):
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
        heading(self.title_label, 1.2)
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

    def _build_details(self) -> None:
        self.details_tab, layout = self._tab("details_tab", self.tr("&Details"))
        self.details_form = FormWidget(G.MEETING_FORM, None, self.details_tab)
        self.details_version: int | None = None  # the version the details shown were loaded at
        self.details_draft = form_tracker(self, self.details_form, version_attr="details_version",
                                          conflict=self.show_details_conflict)
        self.save_details_button = button(self.tr("&Save details"), self.details_tab, "save_details_button",
                                          self.save_details)
        self.delete_button = button(self.tr("Remove meeting…"), self.details_tab, "delete_meeting_button",
                                    self.delete_meeting, self.tr("Only a draft without decisions or actions."))
        layout.addWidget(self.details_form)
        layout.addLayout(button_row(self.save_details_button, self.delete_button))
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
        same = previous is not None and detail is not None and previous.id == detail.id
        # The same meeting shown again (after a mark or a new agenda item): typed details stay, still based
        # on the version they were typed over. Another meeting: the typed details are kept as a draft.
        typed = self.details_form.values() if same and self.details_draft.has_input() else None
        if typed is None:
            self.details_draft.set_aside()
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
        self.title_label.setText(self.tr("{body} — {when}").format(body=meeting.body, when=format_date(meeting.starts_at)))
        self.status_label.setText(self.tr("Minutes: {status}").format(
            status=vocab_label(G.MINUTES_STATUS, meeting.minutes_status)))
        paint_label(self.status_label, MINUTES_TONES.get(meeting.minutes_status))
        self._show_rule(detail)
        editable = detail.editable and self._can_edit()
        if not detail.editable:
            when = format_date(detail.approved_at.starts_at) if detail.approved_at else format_date(meeting.approved_on)
            self.settled_label.setText(self.tr(
                "These minutes were approved at the meeting of {when}. They can no longer be changed; "
                "corrections are recorded as amendments on the Minutes tab.").format(when=when))
            paint_label(self.settled_label, NOTICE)
        self.settled_label.setVisible(not detail.editable)

        self.details_form.set_values(meeting.values)
        self.details_form.clear_problems()
        self.details_form.set_read_only(not editable)
        if typed is not None:
            self.details_form.set_values(typed)
        elif editable:
            self.details_version = meeting.version
            self.details_draft.identify(DraftPlace("meeting", detail.id, "meeting_details", {"body": detail.body.id},
                                                   self.title_label.text()))
            self.details_draft.activate()

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
        paint_label(self.carried_label, MUTED)

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
        """New rows in a list of the meeting, keeping the selection when it is the same meeting."""
        keep = [getattr(r, "key", None) or r.id for r in selected_rows(view)] if same else []
        model.set_rows(list(rows))
        fit_columns(view)
        if multi and keep:
            select_keys(view, keep)
        else:
            select_key(view, keep[0] if keep else None)

    def _show_rule(self, detail: mt.MeetingDetail) -> None:
        self.rule_label.setText(rule_text(detail.rule))
        nothing_marked = all(a.status is None for a in detail.attendees if not a.guest)
        paint_label(self.rule_label, OK if detail.rule.met else NOTICE if nothing_marked else DANGER)

    def _on_tab_widget_current_changed(self, _index: int) -> None:
        if self.tab_widget.currentWidget() is self.case_section:
            self.case_section.reload()

    # ----- details ---------------------------------------------------------------------------

    def save_details(self, version: int | None = None) -> None:
        """Save the meeting's details, based on the version shown (or, after a conflict, the one chosen over)."""
        if self.detail is None:
            return
        self.details_form.clear_problems()
        saved = save_form(self.details_form, lambda: mt.update_meeting(
            self.site, self.detail.id, self.details_form.values(),
            expected_version=self.details_version if version is None else version), conflict=self.show_details_conflict)
        if saved is not FAILED:
            self.details_draft.finish(saved=True)
            self._reload()

    def show_details_conflict(self, error: EditConflict) -> None:
        """Someone else saved this meeting's details meanwhile: both versions, the person chooses."""

        def use_theirs(_error: EditConflict) -> None:
            self.details_draft.finish(discarded=True)
            self._reload()

        self.conflict_dialog = resolve_conflict(
            self, error, keep_mine=self.save_details, use_theirs=use_theirs,
            otherwise=lambda text: self.details_form.show_field_problem(None, text))

    # ----- the parts' dialogs ------------------------------------------------------------------

    def _open_part(self, dialog: RecordDialog, part: str, record_id: str | None) -> RecordDialog:
        """Open a dialog of one part of this meeting; what is typed in it is kept as a draft."""
        if self.detail is not None:
            context = {"body": self.detail.body.id, "meeting": self.detail.id, "part": part}
            title = f"{dialog.windowTitle()} — {self.title_label.text()}"
            dialog.draft_tracker().identify(DraftPlace(dialog.form.form.name, record_id, "meeting_part", context, title))
        return open_dialog(dialog, self._reload)

    def open_part(self, part: str, record_id: str | None) -> RecordDialog | None:
        """One part's dialog for a record of this meeting (None: a new one), e.g. to take a draft back."""
        parts = {
            "agenda": (self.agenda_tab, self.agenda_view, self.add_agenda_item, self.edit_agenda_item),
            "decision": (self.decisions_tab, self.decision_view, self.add_decision, self.edit_decision),
            "action": (self.actions_tab, self.action_view, self.add_action, self.edit_action),
            "guest": (self.attendance_tab, None, self.add_guest, None),
            "amendment": (self.minutes_tab, None, self.add_amendment, None),
        }
        if part not in parts:
            return None
        tab, view, add, edit = parts[part]
        self.tab_widget.setCurrentWidget(tab)
        if record_id is None:
            return add()
        if view is None or edit is None or not select_key(view, record_id):
            return None
        return edit()

    def open_case_item(self, item_id: str | None):  # noqa: ANN201 - a CaseItemDialog or None
        if not self.tab_widget.isTabVisible(self._case_tab_index()):
            return None
        self.tab_widget.setCurrentWidget(self.case_section)
        return self.case_section.open_item(item_id)

    def delete_meeting(self) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.id

        def done() -> None:
            self.show_meeting(None)
            self.changed.emit()

        ask_then(self, self.tr("Remove this meeting? Only a draft entered by mistake should be removed."),
            self.tr("Remove meeting"), lambda: mt.delete_meeting(self.site, meeting_id), done)
