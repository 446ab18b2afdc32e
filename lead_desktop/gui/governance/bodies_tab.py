"""The Bodies and rosters tab: the bodies on the left; the chosen body's roster, seats and empty seats.

Expiring terms and empty seats are said in words and shown in color. Members, seats and bodies are
edited in RecordDialogs built from the domain forms; viewers see everything but no button that changes it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.conflict_dialog import resolve_conflict
from lead_desktop.gui.governance.common import TERM_TONES, role_text
from lead_desktop.gui.widgets.actions import button
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import DANGER, MUTED, OK, WARNING, ElidedLabel, heading, mute, paint_label
from lead_desktop.gui.widgets.messages import ask, ask_then, show_error
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, format_date, plural, vocab_label
from lead_desktop.gui.widgets.views import fit_columns, make_table, selected_rows
from lead_desktop.services import governance as gov
from lead_desktop.services.session import SiteSession


def term_state_text(row: gov.MembershipRow) -> str:
    translate = QCoreApplication.translate
    if row.state == "expiring":
        days = row.days_left or 0
        if days == 0:
            return translate("GovernancePage", "Term ends today")
        return plural(days, translate("GovernancePage", "Term ends tomorrow"),
                      translate("GovernancePage", "Term ends in {n} days"))
    if row.state == "future":
        return translate("GovernancePage", "Starts {day}").format(day=format_date(row.term_start))
    if row.state == "ended":
        return translate("GovernancePage", "Ended {day}").format(day=format_date(row.term_end))
    return translate("GovernancePage", "Current")



class BodiesTab(QWidget):
    """The bodies on the left; the chosen body's roster, seats and empty seats on the right."""

    changed = Signal()
    AUTHORITY_COLUMN, CONFIDENTIALITY_COLUMN = 5, 6

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodies_tab")
        self.site = site
        self.body: gov.Body | None = None
        self.roster: gov.RosterData | None = None

        self.body_list = QListWidget(self)
        self.body_list.setObjectName("body_list")
        self.body_list.setAccessibleName(self.tr("Bodies"))
        self.body_list.currentItemChanged.connect(self._on_body_list_current_item_changed)
        self.new_body_button = button(self.tr("&New body…"), self, "new_body_button", self.new_body)
        self.edit_body_button = button(self.tr("Edit bod&y…"), self, "edit_body_button", self.edit_body)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.body_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_body_button)
        row.addWidget(self.edit_body_button)
        left_layout.addLayout(row)

        self.title_label = ElidedLabel(self)
        self.title_label.setObjectName("body_title_label")
        heading(self.title_label, 1.2)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("body_summary_label")
        self.summary_label.setWordWrap(True)
        self.empty_seats_label = QLabel(self)
        self.empty_seats_label.setObjectName("empty_seats_label")
        self.empty_seats_label.setWordWrap(True)
        self.expiring_label = QLabel(self)
        self.expiring_label.setObjectName("body_expiring_label")
        self.expiring_label.setWordWrap(True)

        self.roster_model = RowsModel([
            Column(self.tr("Name"), lambda r: r.person),
            Column(self.tr("Organization"), lambda r: r.organization),
            Column(self.tr("Role"), self._role_cell),
            Column(self.tr("Term"), lambda r: f"{format_date(r.term_start)} – {format_date(r.term_end)}",
                sort=lambda r: r.term_end),
            Column(self.tr("Term status"), term_state_text, tone=lambda r: TERM_TONES.get(r.state),
                sort=lambda r: (r.term_end or r.term_start)),
            Column(self.tr("Decides for agency"), lambda r: self.tr("Yes") if r.decision_authority else ""),
            Column(self.tr("Confidentiality agreement"), self._confidentiality_cell,
                tone=lambda r: DANGER if "no_confidentiality" in r.flags else None),
        ], self)
        self.roster_view = make_table(self.roster_model, self, "roster_table", self.tr("Roster"))
        self.roster_view.doubleClicked.connect(lambda _i: self.edit_member())
        self.add_member_button = button(self.tr("Add &member…"), self, "add_member_button", self.add_member)
        self.edit_member_button = button(self.tr("&Edit member…"), self, "edit_member_button", self.edit_member)
        self.end_term_button = button(self.tr("End &term…"), self, "end_term_button", self.end_term,
                                      self.tr("End the selected member's term today; past minutes keep them."))
        member_buttons = QHBoxLayout()
        for widget in (self.add_member_button, self.edit_member_button, self.end_term_button):
            member_buttons.addWidget(widget)
        member_buttons.addStretch(1)

        self.seat_model = RowsModel([
            Column(self.tr("Organization"), lambda s: s.organization or self.tr("Open seat")),
            Column(self.tr("Seats"), lambda s: str(s.seats), sort=lambda s: s.seats),
            Column(self.tr("Note"), lambda s: s.note or ""),
        ], self)
        self.seat_view = make_table(self.seat_model, self, "seat_table", self.tr("Seats"))
        self.add_seat_button = button(self.tr("Add &seat…"), self, "add_seat_button", self.add_seat)
        self.edit_seat_button = button(self.tr("Edit seat…"), self, "edit_seat_button", self.edit_seat)
        self.remove_seat_button = button(self.tr("Remove seat…"), self, "remove_seat_button", self.remove_seat)
        seat_buttons = QHBoxLayout()
        for widget in (self.add_seat_button, self.edit_seat_button, self.remove_seat_button):
            seat_buttons.addWidget(widget)
        seat_buttons.addStretch(1)
        seats_box = QGroupBox(self.tr("Seats"), self)
        seats_layout = QVBoxLayout(seats_box)
        seats_hint = mute(QLabel(self.tr(
            "The seats the charter provides. Member agencies with a seat count for the one-voice-per-agency "
            "rule even while their seat is empty; an open seat can be filled by anyone."), seats_box))
        seats_hint.setWordWrap(True)
        seats_layout.addWidget(seats_hint)
        seats_layout.addWidget(self.seat_view)
        seats_layout.addLayout(seat_buttons)

        roster_box = QWidget(self)
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addLayout(member_buttons)
        roster_layout.addWidget(self.roster_view, 1)
        parts = QSplitter(Qt.Orientation.Vertical, self)
        parts.setObjectName("roster_seats_splitter")
        parts.addWidget(roster_box)
        parts.addWidget(seats_box)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.summary_label)
        right_layout.addWidget(self.expiring_label)
        right_layout.addWidget(self.empty_seats_label)
        right_layout.addWidget(parts, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.body_list.fontMetrics().horizontalAdvance("M") * 26, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._apply_permissions()

    # ----- cells ----------------------------------------------------------------------------

    def _role_cell(self, row: gov.MembershipRow) -> str:
        text = role_text(row.role)
        if row.alternate_for:
            text = self.tr("{role} for {member}").format(role=text, member=row.alternate_for)
        return text

    def _confidentiality_cell(self, row: gov.MembershipRow) -> str:
        if row.confidentiality_signed_on:
            return self.tr("Signed {day}").format(day=format_date(row.confidentiality_signed_on))
        if "no_confidentiality" in row.flags:
            return self.tr("Not signed")
        return ""

    # ----- loading ----------------------------------------------------------------------------

    def _can_edit(self) -> bool:
        return self.site is not None and self.site.can(Permission.EDIT_GOVERNANCE)

    def _apply_permissions(self) -> None:
        editable = self._can_edit()
        for widget in (self.new_body_button, self.edit_body_button, self.add_member_button, self.edit_member_button,
                       self.end_term_button, self.add_seat_button, self.edit_seat_button, self.remove_seat_button):
            widget.setVisible(editable)

    def set_site(self, site: SiteSession | None) -> None:
        self.site = site
        self._apply_permissions()
        self.reload()

    def reload(self, body_id: str | None = None) -> None:
        keep = body_id or (self.body.id if self.body else None)
        self.body_list.blockSignals(True)
        self.body_list.clear()
        self.body_list.blockSignals(False)
        if self.site is None:
            self._show_body(None)
            return
        try:
            bodies = gov.list_bodies(self.site)
        except KnownError as error:
            self.summary_label.setText(error_text(error))
            return
        current = None
        self.body_list.blockSignals(True)
        for body in bodies:
            text = body.name
            if body.in_development:
                text = self.tr("{name} (in development)").format(name=body.name)
            item = QListWidgetItem(text, self.body_list)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            item.setToolTip(vocab_label(G.BODY_KIND, body.kind))
            if body.id == keep:
                current = item
        self.body_list.blockSignals(False)
        # Wide enough for the longest name ("… (in development)"), within reason.
        wanted = self.body_list.sizeHintForColumn(0) + 2 * self.body_list.frameWidth() + 12
        self.body_list.setMinimumWidth(max(160, min(wanted, 420)))
        if current is None and self.body_list.count():
            current = self.body_list.item(0)
        if current is not None:
            self.body_list.setCurrentItem(current)
            self._load_body(current.data(Qt.ItemDataRole.UserRole))
        else:
            self._show_body(None)

    def _on_body_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._load_body(current.data(Qt.ItemDataRole.UserRole))

    def _load_body(self, body_id: str) -> None:
        try:
            self._show_body(gov.roster_data(self.site, body_id))
        except KnownError as error:
            show_error(self, error)

    def _rule_text(self, body: gov.Body) -> str:
        if body.rule == "consensus_one_voice_per_agency":
            text = self.tr("Decides by consensus, one voice per member agency")
            if body.quorum_count:
                text += self.tr(" (at least {count} agencies)").format(count=body.quorum_count)
            return text + "."
        if body.rule == "quorum_count":
            return self.tr("Quorum: {count} voting members.").format(count=body.quorum_count)
        return self.tr("Quorum: {percent} % of the voting members.").format(percent=body.quorum_percent)

    def _show_body(self, roster: gov.RosterData | None) -> None:
        self.roster = roster
        self.body = roster.body if roster else None
        has_body = roster is not None
        for widget in (self.add_member_button, self.edit_member_button, self.end_term_button, self.add_seat_button,
                       self.edit_seat_button, self.remove_seat_button, self.edit_body_button):
            widget.setEnabled(has_body)
        if roster is None:
            self.title_label.setText(self.tr("No body yet"))
            self.summary_label.setText(self.tr(
                "Add the Policy Coordinating Group, the Operational Work Groups and the Community Leadership "
                "Team with “New body…”.") if self._can_edit() else "")
            self.roster_model.set_rows([])
            self.seat_model.set_rows([])
            self.empty_seats_label.clear()
            self.expiring_label.setVisible(False)
            return
        body = roster.body
        title = body.name
        if body.in_development:
            title = self.tr("{name} — in development").format(name=body.name)
        self.title_label.setText(title)
        bits = [vocab_label(G.BODY_KIND, body.kind)] if vocab_label(G.BODY_KIND, body.kind) != body.name else []
        if body.area:
            bits.append(body.area)
        summary = (" · ".join(bits) + ". " if bits else "") + self._rule_text(body)
        if body.meets:
            summary += " " + self.tr("Meets: {when}.").format(when=body.meets)
        self.summary_label.setText(summary)
        self.roster_model.set_rows(list(roster.members))
        # Decision authority matters for the one-voice-per-agency rule, the confidentiality agreement for OWGs.
        self.roster_view.setColumnHidden(self.AUTHORITY_COLUMN, body.rule != "consensus_one_voice_per_agency")
        self.roster_view.setColumnHidden(self.CONFIDENTIALITY_COLUMN, body.kind != "owg")
        fit_columns(self.roster_view)
        self.seat_model.set_rows(list(roster.seats))
        fit_columns(self.seat_view)
        if not roster.seats:
            self.empty_seats_label.setText(self.tr("No seats are set for this body, so none can be empty."))
            paint_label(self.empty_seats_label, MUTED)
        elif roster.empty_seats:
            parts = [
                self.tr("{organization} ({count})").format(organization=e.organization, count=e.missing)
                if e.organization else self.tr("open seats ({count})").format(count=e.missing)
                for e in roster.empty_seats
            ]
            total = sum(e.missing for e in roster.empty_seats)
            head = plural(total, self.tr("1 empty seat: "), self.tr("{n} empty seats: "))
            self.empty_seats_label.setText(head + "; ".join(parts) + ".")
            paint_label(self.empty_seats_label, DANGER)
        else:
            self.empty_seats_label.setText(self.tr("Every seat is filled."))
            paint_label(self.empty_seats_label, OK)
        expiring = roster.expiring
        if expiring:
            names = ", ".join(self.tr("{name} ({days} days)").format(name=m.person, days=m.days_left) for m in expiring)
            head = plural(len(expiring), self.tr("1 term ends within 60 days: "),
                          self.tr("{n} terms end within 60 days: "))
            self.expiring_label.setText(head + names + ".")
            paint_label(self.expiring_label, WARNING)
        self.expiring_label.setVisible(bool(expiring))
        has_rows = bool(roster.members)
        self.edit_member_button.setEnabled(has_rows)
        self.end_term_button.setEnabled(has_rows)
        self.edit_seat_button.setEnabled(bool(roster.seats))
        self.remove_seat_button.setEnabled(bool(roster.seats))
        if has_rows and not self.roster_view.selectionModel().hasSelection():
            self.roster_view.selectRow(0)

    # ----- actions ----------------------------------------------------------------------------

    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        return {"organisation_id": gov.organization_choices(self.site)}

    def _saved(self, _value: object = None) -> None:
        self.reload()
        self.changed.emit()

    def new_body(self) -> RecordDialog:
        def submit(values: dict) -> gov.Body:
            return gov.create_body(self.site, values)

        def saved(body: gov.Body) -> None:
            self.reload(body.id)
            self.changed.emit()

        dialog = RecordDialog(self.tr("New body"), G.BODY_FORM, submit, None, None, self)
        form = dialog.form

        def kind_chosen(name: str) -> None:
            # The Policy Coordinating Group decides by consensus, one voice per member agency (DOMAIN.md §5).
            if name == "kind" and form.values()["kind"] == "pcg":
                form.set_values({"rule": "consensus_one_voice_per_agency"})

        form.field_changed.connect(kind_chosen)
        return open_dialog(dialog, saved)

    def edit_body(self) -> RecordDialog | None:
        if self.body is None:
            return None
        body_id = self.body.id
        return open_dialog(RecordDialog(self.tr("Edit body"), G.BODY_FORM,
                                  lambda values, version: gov.update_body(self.site, body_id, values, version),
                                  self.body.values, None, self, version=self.body.version), self._saved)

    def _member_choices(self, exclude: str | None = None) -> dict[str, list[tuple[str, str]]]:
        choices = self._choices()
        choices["person_id"] = gov.person_choices(self.site)
        members = self.roster.members if self.roster else ()
        choices["alternate_for_id"] = [(m.id, f"{m.person} ({m.organization})") for m in members
                                       if m.role in G.VOTING_ROLES and m.id != exclude]
        return choices

    def add_member(self) -> RecordDialog | None:
        if self.body is None:
            return None
        body_id = self.body.id
        dialog = RecordDialog(self.tr("Add member"), G.MEMBERSHIP_FORM,
                              lambda values: gov.add_membership(self.site, body_id, values),
                              {"term_start": date.today()}, self._member_choices(), self)
        self._fill_organization_from_person(dialog.form)
        return open_dialog(dialog, self._saved)

    def _fill_organization_from_person(self, form: FormWidget) -> None:
        """Choosing the person fills in the organization they represent (their own), as saving would; one
        chosen by hand stays."""
        try:
            own = {p.id: p.organisation_id for p in gov.list_people(self.site)}
        except KnownError:
            return
        filled = ""  # what was filled in last, so a later choice of person may replace it

        def person_chosen(name: str) -> None:
            nonlocal filled
            if name != "person_id":
                return
            values = form.values()
            if values["organisation_id"] in ("", filled):
                filled = own.get(values["person_id"]) or ""
                form.set_values({"organisation_id": filled})

        form.field_changed.connect(person_chosen)

    def selected_member(self) -> gov.MembershipRow | None:
        rows = selected_rows(self.roster_view)
        return rows[0] if rows else None

    def edit_member(self) -> RecordDialog | None:
        row = self.selected_member()
        if row is None:
            return None
        return open_dialog(RecordDialog(self.tr("Edit member"), G.MEMBERSHIP_FORM,
                                  lambda values, version: gov.update_membership(self.site, row.id, values, version),
                                  row.values, self._member_choices(row.id), self, version=row.version), self._saved)

    def end_term(self) -> None:
        row = self.selected_member()
        if row is None:
            return

        def end(version: int | None = row.version) -> None:
            try:
                gov.end_membership(self.site, row.id, expected_version=version)
            except EditConflict as error:
                # Someone changed the membership meanwhile: end it anyway, or look at their version first.
                if resolve_conflict(self, error, keep_mine=end, use_theirs=lambda _e: self._saved(),
                                    choices=self._member_choices()) is None:
                    show_error(self, error)
                return
            except KnownError as error:
                show_error(self, error)
                return
            self._saved()

        ask(self, self.tr("End {name}'s term on {body} today? Past minutes keep them.").format(
            name=row.person, body=self.body.name if self.body else ""), self.tr("End term"), end)

    def add_seat(self) -> RecordDialog | None:
        if self.body is None:
            return None
        body_id = self.body.id
        return open_dialog(RecordDialog(self.tr("Add seat"), G.SEAT_FORM,
                                  lambda values: gov.add_seat(self.site, body_id, values),
                                  None, self._choices(), self), self._saved)

    def edit_seat(self) -> RecordDialog | None:
        rows = selected_rows(self.seat_view)
        if not rows:
            return None
        seat = rows[0]
        return open_dialog(RecordDialog(self.tr("Edit seat"), G.SEAT_FORM,
                                  lambda values, version: gov.update_seat(self.site, seat.id, values, version),
                                  seat.values, self._choices(), self, version=seat.version), self._saved)

    def remove_seat(self) -> None:
        rows = selected_rows(self.seat_view)
        if not rows:
            return
        seat = rows[0]

        ask_then(self, self.tr("Remove this seat from the body's charter?"), self.tr("Remove seat"), lambda: gov.remove_seat(self.site, seat.id), self._saved)
