"""The referral dialog: who, when and by whom (new or existing), the screening checklist, a documented override.

The form is built from domain.referrals.REFERRAL_FORM; choosing a pathway shows only the fields it
uses and what it requires. The hand-off minutes and the intake deadline update as the times are typed,
and the screening result as the questions are answered (gui.referrals.screening). A refusal is shown
next to its field while everything typed stays; an edit conflict offers both versions. The form, the
answers and the override are kept together as one draft (gui.widgets.drafts).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import FormInvalid, parse_date, parse_datetime, validate
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict, save_again
from lead_desktop.gui.referrals.common import (
    INTAKE_TONES,
    OUTCOME_TONES,
    days_left_text,
    handoff_text,
    handoff_tone,
)
from lead_desktop.gui.referrals.dialogs import agency_dialog, officer_dialog
from lead_desktop.gui.referrals.screening import ScreeningWidget
from lead_desktop.gui.widgets.dialogs import FAILED, RecordDialog, open_dialog, save_cancel_box, save_form, scrolling
from lead_desktop.gui.widgets.drafts import DraftPlace, DraftTracker, GuardedDialog
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import DANGER, MUTED, paint_label, problem_label
from lead_desktop.gui.widgets.text import error_text, format_date, vocab_label
from lead_desktop.services import participants as participants_service
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession


def _date_or_none(text: object) -> date | None:
    try:
        return parse_date(text) if text else None
    except ValueError:
        return None


class ReferralDialog(GuardedDialog):
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
        self.add_agency_button.clicked.connect(self.add_agency)
        self.add_officer_button = QPushButton(self.tr("Add o&fficer…"), self)
        self.add_officer_button.setObjectName("add_officer_button")
        self.add_officer_button.clicked.connect(self.add_officer)
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

        self.status_label = problem_label(self, "status_label")
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status_label)
        body_layout.addWidget(self.form)
        body_layout.addLayout(info)
        body_layout.addWidget(self.screening_box)
        body_layout.addWidget(self.override_box)
        body_layout.addStretch(1)

        self.buttons, self.save_button = save_cancel_box(self, self.save, tip=self.tr("Save the referral (Ctrl+S)"))
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
        self.draft = DraftTracker(self, self._draft_values, self._put_draft, form=R.REFERRAL_FORM,
                                  version_attr="expected_version", conflict=self.show_conflict,
                                  comparable=lambda values: values.get("form", {}))
        self.draft.identify(DraftPlace("referral", referral_id, "referral", {}, self.windowTitle()))

    def _draft_values(self) -> dict:
        return {"form": self.form.values(), "answers": self.screening.answers(),
                "override": self.override_box.isChecked(), "override_values": self.override_form.values()}

    def _put_draft(self, values: dict) -> None:
        self.form.set_values(dict(values.get("form") or {}))
        self.screening.set_answers(dict(values.get("answers") or {}))
        self.override_box.setChecked(bool(values.get("override")))
        self.override_form.set_values(dict(values.get("override_values") or {}))
        self._update_pathway()
        self._update_info()

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

    def add_agency(self) -> RecordDialog:
        dialog = agency_dialog(self._site, self)
        dialog.draft_tracker().identify(DraftPlace("referral_agency", None, "referral_source",
                                                   {"kind": "agency", "within": "referral"}, dialog.windowTitle()))
        return open_dialog(dialog, lambda agency_id: self._reload_sources(agency_id=agency_id))

    def add_officer(self) -> RecordDialog:
        dialog = officer_dialog(self._site, self, agency_id=self.form.values().get("agency_id") or None)
        dialog.draft_tracker().identify(DraftPlace("referring_officer", None, "referral_source",
                                                   {"kind": "officer", "within": "referral"}, dialog.windowTitle()))
        return open_dialog(dialog, lambda officer_id: self._reload_sources(officer_id=officer_id))

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

        def submit() -> svc.ReferralDetail:
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
            return detail

        detail = save_form(self.form, submit, conflict=self.show_conflict)
        if detail is FAILED:
            return
        self.detail = detail
        self.referral_saved.emit(detail.id)
        self.accept()

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this referral while it was open: show both versions, let the person choose."""

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

        self.conflict_dialog = resolve_conflict(
            self, error, keep_mine=save_again(self, "expected_version", self.save), use_theirs=use_theirs,
            choices=self.form.choices, otherwise=lambda text: self.form.show_field_problem(None, text))


def _datetime_or_none(text: object) -> datetime | None:
    try:
        return parse_datetime(text) if text else None
    except ValueError:
        return None


def _now_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)
