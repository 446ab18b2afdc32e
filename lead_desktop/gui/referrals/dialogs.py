"""Referral dialogs: the intake form (new or edit) with screening and override, enrolment with the
duplicate check, and the checklist editor.

Dialogs collect input and call the one service they exist for; a refusal is shown
next to its field while everything typed stays. The referral form is built from
domain.referrals.REFERRAL_FORM; choosing a pathway shows only the fields it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ChecklistChanged, EditConflict, KnownError
from lead_desktop.domain.fields import FormInvalid, parse_date, parse_datetime, validate
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict
from lead_desktop.gui.participants.common import (
    DANGER,
    MUTED,
    OK,
    WARNING,
    error_text,
    format_date,
    paint_label,
    vocab_label,
)
from lead_desktop.gui.participants.dialogs import RecordDialog, candidate_table, fit_columns, scrolling, selected_id
from lead_desktop.gui.participants.models import CandidateModel
from lead_desktop.gui.referrals.common import (
    INTAKE_TONES,
    OUTCOME_TONES,
    days_left_text,
    handoff_text,
    handoff_tone,
    result_text,
)
from lead_desktop.gui.referrals.screening import ScreeningWidget
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.services import participants as participants_service
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession


def _date_or_none(text: object) -> date | None:
    try:
        return parse_date(text) if text else None
    except ValueError:
        return None


def agency_dialog(site: SiteSession, parent: QWidget, row: svc.AgencyRow | None = None) -> RecordDialog:
    values = None if row is None else {"name": row.name, "kind": row.kind, "active": row.active, "note": row.note}
    if row is None:
        dialog = RecordDialog("", R.AGENCY_FORM, lambda v: svc.save_agency(site, v), values, None, parent)
    else:
        dialog = RecordDialog("", R.AGENCY_FORM,
                              lambda v, version: svc.save_agency(site, v, row.id, expected_version=version),
                              values, None, parent, version=row.version)
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "New referring agency") if row is None
                          else QCoreApplication.translate("referrals", "Referring agency"))
    return dialog


def officer_dialog(site: SiteSession, parent: QWidget, row: svc.OfficerRow | None = None,
                   agency_id: str | None = None) -> RecordDialog:
    agencies = [(a.id, a.name) for a in svc.list_agencies(site) if a.active or (row and a.id == row.agency_id)]
    values = ({"agency_id": agency_id} if row is None
              else {"name": row.name, "badge": row.badge, "agency_id": row.agency_id, "active": row.active})
    if row is None:
        dialog = RecordDialog("", R.OFFICER_FORM, lambda v: svc.save_officer(site, v), values,
                              {"agency_id": agencies}, parent)
    else:
        dialog = RecordDialog("", R.OFFICER_FORM,
                              lambda v, version: svc.save_officer(site, v, row.id, expected_version=version),
                              values, {"agency_id": agencies}, parent, version=row.version)
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "New referring officer") if row is None
                          else QCoreApplication.translate("referrals", "Referring officer"))
    return dialog


class ReferralDialog(QDialog):
    """New or existing referral: who, when, by whom; the screening checklist; a documented override."""

    referral_saved = Signal(str)

    def __init__(self, site: SiteSession, referral_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self._site = site
        self.detail: svc.ReferralDetail | None = None
        self.expected_version: int | None = None  # the version this edit started from
        self.conflict_dialog: ConflictDialog | None = None
        problem: KnownError | None = None
        managers: list[tuple[str, str]] = []
        checklist: svc.ChecklistVersion | None = None
        try:
            if referral_id is not None:
                self.detail = svc.get_referral(site, referral_id)
                self.expected_version = self.detail.version
            managers = participants_service.case_managers(site)
            checklist = svc.current_checklist(site)
            self._agencies = svc.list_agencies(site)
            self._officers = svc.list_officers(site)
            self._deadline_days = int(site.setting("intake_deadline_days"))
        except KnownError as error:
            problem = error
            self._agencies, self._officers, self._deadline_days = [], [], 30
        self.setWindowTitle(self.tr("New referral") if self.detail is None else
                            self.tr("Referral — {name}").format(name=self.detail.name))

        self.form = FormWidget(R.REFERRAL_FORM, {"case_manager_id": managers}, self, columns=2)
        self._fill_source_choices()
        self.form.field_changed.connect(self._on_form_field_changed)

        self.add_agency_button = QPushButton(self.tr("Add &agency…"), self)
        self.add_agency_button.setObjectName("add_agency_button")
        self.add_agency_button.clicked.connect(self._add_agency)
        self.add_officer_button = QPushButton(self.tr("Add o&fficer…"), self)
        self.add_officer_button.setObjectName("add_officer_button")
        self.add_officer_button.clicked.connect(self._add_officer)
        self.handoff_label = QLabel(self)
        self.handoff_label.setObjectName("handoff_label")
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadline_label")
        info = QHBoxLayout()
        info.addWidget(self.handoff_label)
        info.addSpacing(24)
        info.addWidget(self.deadline_label)
        info.addStretch(1)
        info.addWidget(self.add_agency_button)
        info.addWidget(self.add_officer_button)

        self.screening_box = QGroupBox(self)
        self.screening_box.setObjectName("screening_box")
        self.screening = ScreeningWidget(self.screening_box)
        self.all_clear_button = QPushButton(self.tr("Answer “no” to every question"), self.screening_box)
        self.all_clear_button.setObjectName("all_clear_button")
        self.all_clear_button.setToolTip(self.tr("Sets every yes/no question to No, grams to 0 and violent history "
                                                 "to none. Check each answer before saving."))
        self.all_clear_button.clicked.connect(self.screening.answer_all_clear)
        screening_layout = QVBoxLayout(self.screening_box)
        screening_layout.addWidget(self.screening)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.all_clear_button)
        screening_layout.addLayout(clear_row)

        self.override_box = QGroupBox(self.tr("Override the screening result (e.g. the prosecutor's decision)"), self)
        self.override_box.setObjectName("override_box")
        self.override_box.setCheckable(True)
        self.override_box.setChecked(False)
        self.override_form = FormWidget(R.OVERRIDE_FORM, None, self.override_box)
        override_layout = QVBoxLayout(self.override_box)
        override_layout.addWidget(self.override_form)
        self.override_box.toggled.connect(self.override_form.setVisible)
        self.override_form.setVisible(False)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status_label)
        body_layout.addWidget(self.form)
        body_layout.addLayout(info)
        body_layout.addWidget(self.screening_box)
        body_layout.addWidget(self.override_box)
        body_layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save the referral (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, self), 1)
        layout.addWidget(self.buttons)
        available = self.screen().availableGeometry()  # office laptops can be 1366 × 768
        self.resize(min(1120, int(available.width() * 0.95)), min(860, int(available.height() * 0.9)))

        if checklist is not None:
            if self.detail is not None and self.detail.checklist_id and (self.detail.answers or self.detail.result):
                # Keep the version it was screened under; an unscreened referral is screened under today's.
                self.screening.set_checklist(self.detail.checklist_id, self.detail.checklist_version,
                                             self.detail.criteria)
            else:
                self.screening.set_checklist(checklist.id, checklist.version, checklist.criteria)
        if self.detail is None:
            self.form.set_values({"referred_at": _now_minute()})
            if any(account_id == site.actor.account_id for account_id, _ in managers):
                self.form.set_values({"case_manager_id": site.actor.account_id})
        else:
            self._show_saved(self.detail)
        self.screening_box.setTitle(self.tr("Eligibility screening (checklist version {version})").format(
            version=self.screening.version or "—"))
        self._update_pathway()
        self._update_info()
        if problem is not None:
            self.form.show_field_problem(None, error_text(problem))
            self.save_button.setEnabled(False)
        self.form.input("pathway").setFocus()

    def _show_saved(self, detail: svc.ReferralDetail) -> None:
        """The form, answers and override as saved."""
        self._fill_source_choices(keep=(detail.values.get("agency_id"), detail.values.get("officer_id")))
        self.form.set_values(dict(detail.values))
        self.screening.set_answers(detail.answers)
        overridden = bool(detail.override.get("override_result"))
        self.override_box.setChecked(overridden)
        self.override_form.set_values(dict(detail.override) if overridden else
                                      {name: None for name in R.OVERRIDE_FORM.names})
        self._show_status(detail)

    def _show_status(self, detail: svc.ReferralDetail) -> None:
        text = self.tr("Outcome: {outcome}").format(outcome=vocab_label(R.OUTCOME, detail.outcome))
        if detail.outcome_on:
            text += " " + self.tr("on {date}").format(date=format_date(detail.outcome_on))
        if detail.participant_lead_number:
            text += " — " + self.tr("participant {number}").format(number=detail.participant_lead_number)
        intake = detail.intake
        if intake.get("intake_completed_on"):
            text += " · " + self.tr("intake completed {date}").format(date=format_date(intake["intake_completed_on"]))
        if intake.get("prosecutor_notified_on"):
            text += " · " + self.tr("prosecutor notified {date}").format(
                date=format_date(intake["prosecutor_notified_on"]))
        if intake.get("charges_filed") == "yes":
            text += " · " + self.tr("charges filed")
        self.status_label.setText(text)
        paint_label(self.status_label, OUTCOME_TONES.get(detail.outcome))
        self.status_label.setVisible(True)

    # ----- choices --------------------------------------------------------------------------------

    def _fill_source_choices(self, keep: tuple[object, object] = (None, None)) -> None:
        agency_keep, officer_keep = keep
        agencies = [(a.id, a.name) for a in self._agencies if a.active or a.id == agency_keep]
        self.form.set_choices("agency_id", agencies)
        self._fill_officers(officer_keep)

    def _fill_officers(self, keep: object = None) -> None:
        agency_id = self.form.values().get("agency_id") or None
        officers = [
            (o.id, f"{o.name} #{o.badge}" if o.badge else o.name)
            for o in self._officers
            if (o.active or o.id == keep) and (agency_id is None or o.agency_id in (None, agency_id))
        ]
        self.form.set_choices("officer_id", officers)

    def _reload_sources(self, agency_id: str | None = None, officer_id: str | None = None) -> None:
        current = self.form.values()
        self._agencies = svc.list_agencies(self._site)
        self._officers = svc.list_officers(self._site)
        with QSignalBlocker(self.form):
            self._fill_source_choices()
            self.form.set_values({"agency_id": agency_id or current.get("agency_id")})
            self._fill_officers()
            self.form.set_values({"officer_id": officer_id or current.get("officer_id")})

    def _add_agency(self) -> None:
        dialog = agency_dialog(self._site, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda agency_id: self._reload_sources(agency_id=agency_id))
        dialog.open()

    def _add_officer(self) -> None:
        dialog = officer_dialog(self._site, self, agency_id=self.form.values().get("agency_id") or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda officer_id: self._reload_sources(officer_id=officer_id))
        dialog.open()

    # ----- live updates ----------------------------------------------------------------------

    def _on_form_field_changed(self, name: str) -> None:
        if name == "pathway":
            self._update_pathway()
        if name == "agency_id":
            self._fill_officers(self.form.values().get("officer_id"))
        if name in ("pathway", "referred_at", "handoff_at", "dob"):
            self._update_info()

    def _set_row_visible(self, name: str, visible: bool) -> None:
        cell = self.form.input(name).parentWidget()
        for layout in self.form.findChildren(QFormLayout):
            if layout.indexOf(cell) >= 0:
                layout.setRowVisible(cell, visible)

    def _update_pathway(self) -> None:
        pathway = self.form.values().get("pathway") or "arrest_diversion"
        for name, pathways in R.PATHWAY_FIELDS.items():
            self._set_row_visible(name, pathway in pathways)
        self.form.set_required("agency_id", pathway != "community")
        self.form.set_required("officer_id", pathway == "arrest_diversion")
        self.form.set_required("alleged_offences", pathway == "arrest_diversion")
        self.form.set_required("referring_person", pathway == "community")
        self.add_officer_button.setVisible(pathway != "community")

    def _update_info(self) -> None:
        values = self.form.values()
        pathway = values.get("pathway") or "arrest_diversion"
        referred = _datetime_or_none(values.get("referred_at"))
        handoff = _datetime_or_none(values.get("handoff_at"))
        minutes = R.handoff_minutes(referred, handoff) if referred and handoff else None
        if minutes is not None and minutes < 0:
            self.handoff_label.setText(self.tr("The hand-off cannot be before the referral."))
            paint_label(self.handoff_label, DANGER)
        else:
            self.handoff_label.setText(handoff_text(minutes).capitalize())
            paint_label(self.handoff_label, handoff_tone(minutes))
        if pathway == "arrest_diversion" and referred is not None:
            due = R.intake_due_on(referred, self._deadline_days)
            if self.detail is not None and self.detail.due_on and referred == self.detail.values.get("referred_at"):
                due = self.detail.due_on  # the date set when the referral was recorded
            left = R.days_left(due, date.today())
            self.deadline_label.setText(self.tr("Intake due {date} ({left})").format(
                date=format_date(due), left=days_left_text(left)))
            done = self.detail is not None and (self.detail.outcome != "pending"
                                                or self.detail.intake.get("intake_completed_on"))
            paint_label(self.deadline_label, MUTED if done else INTAKE_TONES[R.intake_state(due, date.today())])
        elif pathway == "arrest_diversion":
            self.deadline_label.setText(self.tr("Intake due {days} days after the referral").format(
                days=self._deadline_days))
            paint_label(self.deadline_label, MUTED)
        else:
            self.deadline_label.setText(self.tr("No legal intake deadline for this pathway"))
            paint_label(self.deadline_label, MUTED)
        self.screening.set_context(pathway, referred.date() if referred else None, _date_or_none(values.get("dob")))

    # ----- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        self.form.clear_problems()
        self.override_form.clear_problems()
        values = self.form.values()
        answers = self.screening.answers()
        override = None
        if self.override_box.isChecked():
            try:
                override = validate(R.OVERRIDE_FORM, self.override_form.values())
            except FormInvalid as error:
                self.override_form.show_problems(error)
                return
        try:
            if self.detail is None:
                detail = svc.create_referral(self._site, values, answers, self.screening.checklist_id)
            else:
                detail = svc.update_referral(self._site, self.detail.id, values, answers, self.screening.checklist_id,
                                             expected_version=self.expected_version)
            if override is not None:
                if override != {k: detail.override.get(k) for k in override}:
                    detail = svc.set_override(self._site, detail.id, override, expected_version=detail.version)
            elif detail.override.get("override_result"):
                detail = svc.clear_override(self._site, detail.id)
        except FormInvalid as error:
            self.form.show_problems(error)
            return
        except EditConflict as error:
            self.show_conflict(error)
            return
        except KnownError as error:
            if not self.form.show_error(error):
                self.form.show_field_problem(None, error_text(error))
            return
        self.detail = detail
        self.referral_saved.emit(detail.id)
        self.accept()

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this referral while it was open: show both versions, let the person choose."""

        def keep_mine(current_version: int) -> None:
            self.expected_version = current_version
            self.save()

        def use_theirs(_error: EditConflict) -> None:
            try:
                detail = svc.get_referral(self._site, self.detail.id)
            except KnownError as problem:
                self.form.show_field_problem(None, error_text(problem))
                return
            self.detail, self.expected_version = detail, detail.version
            self.form.clear_problems()
            self._show_saved(detail)
            self._update_pathway()
            self._update_info()

        self.conflict_dialog = resolve_conflict(self, error, keep_mine=keep_mine, use_theirs=use_theirs,
                                                choices=self.form.choices)
        if self.conflict_dialog is None:
            self.form.show_field_problem(None, error_text(error))


def _datetime_or_none(text: object) -> datetime | None:
    try:
        return parse_datetime(text) if text else None
    except ValueError:
        return None


def _now_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


class EnrollDialog(QDialog):
    """Enrol the referred person: link an existing participant the duplicate check found, or create one.

    Both buttons are disabled while the service runs, and the service itself enrols a referral only
    once, so a double click cannot make two people.
    """

    enrolled = Signal(object)  # svc.Enrolment

    def __init__(self, site: SiteSession, referral_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll_dialog")
        self.setWindowTitle(self.tr("Enrol in LEAD"))
        self._site = site
        self._referral_id = referral_id
        self.enrolment: svc.Enrolment | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.matches_label = QLabel(self)
        self.matches_label.setObjectName("matches_label")
        self.matches_label.setWordWrap(True)
        layout.addWidget(self.matches_label)
        self.candidates = CandidateModel(self)
        self.view = candidate_table(self.candidates, self)
        self.view.setObjectName("matches_table")
        self.view.setAccessibleName(self.tr("Possible matches"))
        layout.addWidget(self.view, 1)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        paint_label(self.problem_label, DANGER)
        layout.addWidget(self.problem_label)
        layout.addStretch(0)  # takes the height when there is no table of matches
        self._layout = layout
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.link_button = self.buttons.addButton(self.tr("&Link to selected participant"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.link_button.setObjectName("link_button")
        self.create_button = self.buttons.addButton(self.tr("&Create new participant"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setObjectName("create_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.link_button.clicked.connect(self.link_selected)
        self.create_button.clicked.connect(self.create_new)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self._load()

    def _load(self) -> None:
        try:
            detail = svc.get_referral(self._site, self._referral_id)
            matches = svc.enrolment_matches(self._site, self._referral_id) if detail.participant_id is None else []
        except KnownError as error:
            self._fail(error)
            self.link_button.setEnabled(False)
            self.create_button.setEnabled(False)
            return
        dob = format_date(detail.values.get("dob")) or self.tr("unknown")
        self.intro.setText(self.tr(
            "Enrol {name} (born {dob}), referred {when} — screening: {result}. A new participant is made from the "
            "referral's name, aliases, date of birth, race and ethnicity, sex and case manager.").format(
            name=detail.name, dob=dob, when=format_date(detail.values.get("referred_at")),
            result=result_text(detail.result)))
        if detail.participant_id:
            self.matches_label.setText(self.tr("Already enrolled as {number}.").format(
                number=detail.participant_lead_number))
            self._show_matches(False)
            # Enrolling again only returns the participant (the service is idempotent): this opens it.
            self.create_button.setText(self.tr("&Open participant"))
            return
        self.candidates.set_rows(matches)
        fit_columns(self.view)
        if matches:
            self.matches_label.setText(self.tr(
                "This person may already have a participant record. Link the referral to the right record, or "
                "create a new participant if none of these is them."))
            paint_label(self.matches_label, WARNING)
            self.view.selectRow(0)
        else:
            self.matches_label.setText(self.tr("No existing participant looks like this person."))
            paint_label(self.matches_label, MUTED)
        self._show_matches(bool(matches))

    def _show_matches(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.link_button.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)
        if not shown:  # nothing to choose from: a short dialog
            self.resize(self.width(), self.layout().sizeHint().height() + 24)

    def _fail(self, error: KnownError) -> None:
        self.problem_label.setText(error_text(error))
        self.problem_label.setVisible(True)

    def _run(self, call: Callable[[], svc.Enrolment]) -> None:
        self.link_button.setEnabled(False)
        self.create_button.setEnabled(False)
        try:
            result = call()
        except participants_service.DuplicatesFound as found:
            self.candidates.set_rows(found.matches)
            fit_columns(self.view)
            self._show_matches(True)
            self.view.selectRow(0)
            self.link_button.setEnabled(True)
            self.create_button.setEnabled(True)
            return
        except KnownError as error:
            self._fail(error)
            self.link_button.setEnabled(True)
            self.create_button.setEnabled(True)
            return
        self.enrolment = result
        self.enrolled.emit(result)
        self.accept()

    def link_selected(self) -> None:
        chosen = selected_id(self.view)
        if chosen is None:
            return
        self._run(lambda: svc.enroll(self._site, self._referral_id, chosen))

    def create_new(self) -> None:
        # The person saw the matches (or there were none): creating is their reviewed decision.
        self._run(lambda: svc.enroll(self._site, self._referral_id, reviewed_duplicates=True))


class ChecklistDialog(QDialog):
    """Edit the screening checklist; saving adds a new version (referrals keep the one they were screened under)."""

    checklist_saved = Signal(object)  # svc.ChecklistVersion

    COL_LABEL, COL_ARREST, COL_SOCIAL, COL_COMMUNITY, COL_PARAMETER = range(5)

    def __init__(self, site: SiteSession, current: svc.ChecklistVersion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_dialog")
        self.setWindowTitle(self.tr("Edit the screening checklist"))
        self._site = site
        self._criteria: list[R.Criterion] = list(current.criteria)
        self._based_on = current.version  # the version this edit started from (see save)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Saving makes version {version}. Referrals already screened keep the version they were screened "
            "under; new screenings use the new one. Tick the pathways each exclusion applies to.").format(
            version=current.version + 1), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("criteria_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Excluded when"), self.tr("Arrest diversion"), self.tr("Social contact"), self.tr("Community"),
            self.tr("Limit"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a yes/no criterion"), self)
        self.add_button.setObjectName("add_criterion_button")
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.setObjectName("remove_criterion_button")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Why it changed:"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("change_note_edit")
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("e.g. PCG decision of 12 March: Santa Fe's 6 g limit"))
        note_label.setBuddy(self.note_edit)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        layout.addLayout(note_row)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        paint_label(self.problem_label, DANGER)
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save as version {version}").format(version=current.version + 1))
        self.save_button.setObjectName("save_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for criterion in self._criteria:
            self._append(criterion)
        self.resize(1000, 560)

    def _append(self, criterion: R.Criterion) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        label = QTableWidgetItem(criterion.label)
        label.setData(Qt.ItemDataRole.UserRole, criterion.code)
        self.table.setItem(row, self.COL_LABEL, label)
        for column, pathway in ((self.COL_ARREST, "arrest_diversion"), (self.COL_SOCIAL, "social_contact"),
                                (self.COL_COMMUNITY, "community")):
            box = QCheckBox(self.table)
            box.setChecked(criterion.applies_to(pathway))
            box.setAccessibleName(self.tr("Applies to {pathway}").format(
                pathway=self.table.horizontalHeaderItem(column).text()))
            self.table.setCellWidget(row, column, _centred(box))
        if criterion.kind in R.PARAMETER_RANGES:
            low, high = R.PARAMETER_RANGES[criterion.kind]
            spin = QDoubleSpinBox(self.table)
            spin.setRange(low, high)
            spin.setDecimals(1 if criterion.kind is R.CriterionKind.QUANTITY else 0)
            spin.setValue(criterion.parameter or low)
            spin.setSuffix({R.CriterionKind.QUANTITY: self.tr(" g"), R.CriterionKind.LOOKBACK: self.tr(" years"),
                            R.CriterionKind.RECENT_ACTIVITY: self.tr(" months"),
                            R.CriterionKind.MINIMUM_AGE: self.tr(" years")}[criterion.kind])
            spin.setAccessibleName(R.CriterionKind(criterion.kind).parameter_label)
            self.table.setCellWidget(row, self.COL_PARAMETER, spin)
        else:
            empty = QTableWidgetItem("")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, self.COL_PARAMETER, empty)

    def add_criterion(self) -> None:
        code = R.new_criterion_code([c.code for c in self.criteria(strict=False)] + [c.code for c in self._criteria])
        self._append(R.Criterion(code, "", R.ALL_PATHWAYS))
        self._criteria.append(R.Criterion(code, "", R.ALL_PATHWAYS))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, self.COL_LABEL)
        self.table.editItem(self.table.item(row, self.COL_LABEL))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def criteria(self, strict: bool = True) -> list[R.Criterion]:
        """The table as criteria, in its order."""
        by_code = {c.code: c for c in self._criteria}
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.COL_LABEL)
            code = item.data(Qt.ItemDataRole.UserRole)
            base = by_code.get(code, R.Criterion(code, "", R.ALL_PATHWAYS))
            pathways = tuple(
                pathway for column, pathway in ((self.COL_ARREST, "arrest_diversion"),
                                                (self.COL_SOCIAL, "social_contact"), (self.COL_COMMUNITY, "community"))
                if self.table.cellWidget(row, column).findChild(QCheckBox).isChecked()
            )
            spin = self.table.cellWidget(row, self.COL_PARAMETER)
            parameter = spin.value() if isinstance(spin, QDoubleSpinBox) else None
            out.append(R.Criterion(code, item.text(), pathways, base.kind, parameter))
        return out

    def save(self) -> None:
        self.problem_label.setVisible(False)
        try:
            version = svc.save_checklist(self._site, self.criteria(), self.note_edit.text(), based_on=self._based_on)
        except ChecklistChanged as error:
            # Someone saved a newer version meanwhile: keep these edits; Save again puts them on top of it.
            self._based_on = int(error.params["version"])
            self.save_button.setText(self.tr("&Save as version {version}").format(version=self._based_on + 1))
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            return
        except KnownError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            return
        self.checklist_saved.emit(version)
        self.accept()


def _centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addStretch(1)
    box.addWidget(widget)
    box.addStretch(1)
    return holder


def outcome_dialog(site: SiteSession, detail: svc.ReferralDetail, parent: QWidget) -> RecordDialog:
    """Record ineligible, declined, intake not completed — or set a referral back to pending."""
    choices = {"outcome": [(code, vocab_label(R.OUTCOME, code)) for code in R.RECORDABLE_OUTCOMES]}

    def submit(values: dict, version: int) -> svc.ReferralDetail:
        clean = validate(R.OUTCOME_FORM, values)
        return svc.set_outcome(site, detail.id, clean["outcome"], clean["outcome_on"], expected_version=version)

    current = detail.outcome if detail.outcome in R.RECORDABLE_OUTCOMES else None
    dialog = RecordDialog("", R.OUTCOME_FORM, submit, {"outcome": current, "outcome_on": date.today()}, choices,
                          parent, version=detail.version)
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "Record outcome — {name}").format(name=detail.name))
    if detail.result == "ineligible" and detail.screening.reasons:
        dialog.intro.setText(QCoreApplication.translate("referrals", "Screened ineligible: {reasons}.").format(
            reasons="; ".join(QCoreApplication.translate("vocab", r) for r in detail.screening.reasons)))
        dialog.intro.setVisible(True)
    return dialog


def intake_dialog(site: SiteSession, detail: svc.ReferralDetail, parent: QWidget) -> RecordDialog:
    """Intake completed, prosecutor notified (date, how), charges filed (yes/no, date)."""
    dialog = RecordDialog("", R.INTAKE_FORM,
                          lambda values, version: svc.record_intake(site, detail.id, values, expected_version=version),
                          dict(detail.intake), None, parent, version=detail.version)
    dialog.setWindowTitle(
        QCoreApplication.translate("referrals", "Intake and prosecutor — {name}").format(name=detail.name))
    if detail.due_on is not None:
        dialog.intro.setText(QCoreApplication.translate("referrals", "Intake due {date} ({left}).").format(
            date=format_date(detail.due_on), left=days_left_text(detail.days_left)))
        left = detail.days_left or 0
        paint_label(dialog.intro, OK if left > R.DUE_SOON_DAYS else WARNING if left > 0 else DANGER)
        dialog.intro.setVisible(True)
    return dialog


__all__ = [
    "ChecklistDialog",
    "EnrollDialog",
    "ReferralDialog",
    "agency_dialog",
    "intake_dialog",
    "officer_dialog",
    "outcome_dialog",
]
