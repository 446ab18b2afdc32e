"""One referral: recording and changing it, screening it against the checklist, the override of
the checklist's result, the legal intake (prosecutor notified, charges filed) and its outcome.

Arrest diversions get their intake due date from the site's intake_deadline_days. Enrollment is
services.referrals.enrollment.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import Kind, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.participants.common import RecordNotFound, display_name
from lead_desktop.services.referrals.checklist import _current_checklist
from lead_desktop.services.referrals.common import _defaults, _today
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class ReferralDetail:
    id: str
    values: Mapping[str, object]  # REFERRAL_FORM field → value
    outcome: str
    outcome_on: date | None
    checklist_id: str | None
    checklist_version: int | None
    criteria: tuple[R.Criterion, ...]  # of the version it was screened under
    answers: Mapping[str, object]
    screening: R.ScreeningResult
    override: Mapping[str, object]  # OVERRIDE_FORM field → value (all None when not overridden)
    override_at: datetime | None
    result: str | None  # final: the override when there is one
    intake: Mapping[str, object]  # INTAKE_FORM field → value
    due_on: date | None
    days_left: int | None
    intake_state: str | None
    handoff_minutes: int | None
    participant_id: str | None
    participant_lead_number: str | None
    agency: str
    officer: str
    version: int = 0  # the row version this was read at; saves pass it as expected_version
    recorded_before: bool = False  # from a site's history: not held to today's intake rules

    @property
    def name(self) -> str:
        return display_name(self.values.get("first_name"), self.values.get("last_name"))

    @property
    def pathway(self) -> str:
        return str(self.values["pathway"])


def _get(session: Session, referral_id: str) -> M.Referral:
    row = session.get(M.Referral, referral_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound()
    return row


def _values(row: M.Referral) -> dict:
    values: dict[str, object] = {}
    for spec in R.REFERRAL_FORM:
        value = getattr(row, spec.name)
        if spec.kind is Kind.MULTI:
            value = [c for c in (value or "").split(",") if c]
        values[spec.name] = value
    return values


def _detail(session: Session, row: M.Referral, today: date) -> ReferralDetail:
    checklist = session.get(M.ScreeningChecklist, row.checklist_id) if row.checklist_id else None
    criteria = R.checklist_from_json(checklist.criteria) if checklist else ()
    answers = json.loads(row.screening_answers or "{}")
    screening = R.screen(criteria, row.pathway, answers, row.referred_at.date(), row.dob)
    agency = session.get(M.Organization, row.agency_id) if row.agency_id else None
    officer = session.get(M.ReferringOfficer, row.officer_id) if row.officer_id else None
    participant = session.get(M.Participant, row.participant_id) if row.participant_id else None
    pending = row.outcome == "pending" and row.intake_completed_on is None and not row.recorded_before
    return ReferralDetail(
        id=row.id,
        values=MappingProxyType(_values(row)),
        outcome=row.outcome,
        outcome_on=row.outcome_on,
        checklist_id=row.checklist_id,
        checklist_version=checklist.version if checklist else None,
        criteria=criteria,
        answers=MappingProxyType(answers),
        screening=screening,
        override=MappingProxyType({"override_result": row.override_result, "override_by": row.override_by,
                                   "override_reason": row.override_reason}),
        override_at=row.override_at,
        result=R.final_result(row.screening_result, row.override_result),
        intake=MappingProxyType({
            "intake_completed_on": row.intake_completed_on,
            "prosecutor_notified_on": row.prosecutor_notified_on,
            "prosecutor_notified_how": row.prosecutor_notified_how,
            "charges_filed": None if row.charges_filed is None else ("yes" if row.charges_filed else "no"),
            "charges_filed_on": row.charges_filed_on,
        }),
        due_on=row.intake_due_on,
        days_left=R.days_left(row.intake_due_on, today) if row.intake_due_on else None,
        intake_state=R.intake_state(row.intake_due_on, today) if pending else None,
        handoff_minutes=R.handoff_minutes(row.referred_at, row.handoff_at),
        participant_id=participant.id if participant else None,
        participant_lead_number=participant.lead_number if participant else None,
        agency=agency.name if agency else "",
        officer=(f"{officer.name}{' #' + officer.badge if officer.badge else ''}" if officer else ""),
        version=row.row_version,
        recorded_before=bool(row.recorded_before),
    )


def get_referral(site: SiteSession, referral_id: str) -> ReferralDetail:
    """Open a referral. Audited as a record view."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        site.audit(session, AuditAction.VIEW, "referral", row.id)
        return _detail(session, row, _today())


def _check_sources(session: Session, clean: dict, before: M.Referral | None) -> None:
    """The agency, officer and case manager must exist; new choices must be active; the officer
    must belong to the chosen agency."""
    agency_id, officer_id = clean.get("agency_id"), clean.get("officer_id")
    if agency_id:
        agency = session.get(M.Organization, agency_id)
        unchanged = before is not None and before.agency_id == agency_id
        if agency is None or agency.deleted_at is not None or (not agency.active and not unchanged):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose an active referring agency."), field="agency_id")
    if officer_id:
        officer = session.get(M.ReferringOfficer, officer_id)
        unchanged = before is not None and before.officer_id == officer_id
        if officer is None or officer.deleted_at is not None or (not officer.active and not unchanged):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose an active referring officer."), field="officer_id"
            )
        if officer.agency_id and agency_id and officer.agency_id != agency_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That officer belongs to another agency."), field="officer_id"
            )
    manager_id = clean.get("case_manager_id")
    if manager_id:
        account = session.get(M.Account, manager_id)
        if account is None or not account.active or account.role == Role.VIEWER.value:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose an active staff member as case manager."),
                                  field="case_manager_id")


def _clean_referral(values: dict, recorded_before: bool = False) -> dict:
    """Today's rules for a referral, or only the subject's for one recorded before LEAD Desktop."""
    clean = validate(R.referral_form(recorded_before), _defaults(R.REFERRAL_FORM, values))
    for name, pathways in R.PATHWAY_FIELDS.items():
        if clean["pathway"] not in pathways:
            clean[name] = [] if R.REFERRAL_FORM[name].kind is Kind.MULTI else None
    clean["aliases"] = ", ".join(P.split_aliases(clean.get("aliases"))) or None
    return clean


def _store(row: M.Referral, clean: dict) -> None:
    for spec in R.REFERRAL_FORM:
        value = clean.get(spec.name)
        if spec.kind is Kind.MULTI:
            value = ",".join(value or [])
        setattr(row, spec.name, value)
    names = [row.first_name, row.middle_name, row.last_name, *P.split_aliases(row.aliases)]
    row.sort_name = P.fold(", ".join(x for x in (row.last_name, row.first_name) if x))[:170] or "~"
    row.search_text = " | ".join(P.fold(n) for n in names if n)


def _screen_into(site: SiteSession, session: Session, row: M.Referral, answers: dict | None,
                 checklist_id: str | None) -> None:
    """Store answers (cleaned against the chosen version) and the screening result."""
    if checklist_id:
        checklist = session.get(M.ScreeningChecklist, checklist_id)
        if checklist is None or checklist.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That screening checklist version no longer exists."))
    elif row.checklist_id:
        checklist = session.get(M.ScreeningChecklist, row.checklist_id)
    else:
        checklist = _current_checklist(site, session)
    criteria = R.checklist_from_json(checklist.criteria)
    referral_day = row.referred_at.date()
    if answers is None:
        answers = json.loads(row.screening_answers or "{}")
    clean = R.clean_answers(criteria, row.pathway, answers, referral_day)
    result = R.screen(criteria, row.pathway, clean, referral_day, row.dob)
    row.checklist_id = checklist.id
    row.screening_answers = json.dumps(clean, sort_keys=True)
    row.screening_result = result.result


@queued("referrals.create_referral")
def create_referral(site: SiteSession, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None) -> ReferralDetail:
    """Record a referral (pending), screened with `answers` under the checklist version shown
    (`checklist_id`, else the current one). Arrest diversions get their intake due date."""
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = insert_referral(site, session, values, answers, checklist_id)
        return _detail(session, row, _today())


def insert_referral(site: SiteSession, session: Session, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None, *, recorded_before: bool = False) -> M.Referral:
    """Validate and save a pending referral inside the caller's unit of work (services.exchange imports
    many in one transaction this way); returns the new row for the caller to complete."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = _clean_referral(values, recorded_before)
    _check_sources(session, clean, None)
    row = M.Referral(outcome="pending", updated_by=site.actor.account_id, recorded_before=recorded_before)
    _store(row, clean)
    if row.pathway == "arrest_diversion":
        row.intake_due_on = R.intake_due_on(row.referred_at, int(read_setting(session, "intake_deadline_days")))
    _screen_into(site, session, row, answers or {}, checklist_id)
    session.add(row)
    session.flush()
    site.audit(session, AuditAction.CREATE, "referral", row.id, pathway=row.pathway, result=row.screening_result)
    return row


@queued("referrals.update_referral", target="referral_id")
def update_referral(site: SiteSession, referral_id: str, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None, expected_version: int | None = None) -> ReferralDetail:
    """Change a referral; `answers` None keeps the stored answers (the result is recomputed, since
    the pathway, referral date or date of birth may have changed). EditConflict when the referral
    changed since `expected_version` (any change, when new answers would replace the stored ones)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        clean = _clean_referral(values, bool(row.recorded_before))
        check_version(row, expected_version, R.REFERRAL_FORM, clean, lambda: _values(row),
                      beyond_form=answers is not None)
        _check_sources(session, clean, row)
        before = {name: getattr(row, name) for name in R.REFERRAL_FORM.names}
        old_result = row.screening_result
        _store(row, clean)
        if row.pathway != before["pathway"] or row.referred_at != before["referred_at"]:
            row.intake_due_on = (
                R.intake_due_on(row.referred_at, int(read_setting(session, "intake_deadline_days")))
                if row.pathway == "arrest_diversion" else None
            )
        _screen_into(site, session, row, answers, checklist_id)
        row.updated_by = site.actor.account_id
        session.flush()
        changed = sorted(k for k, v in before.items() if getattr(row, k) != v)
        if answers is not None or row.screening_result != old_result:
            changed.append("screening")
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=changed, result=row.screening_result)
        return _detail(session, row, _today())


@queued("referrals.screen_referral", target="referral_id")
def screen_referral(site: SiteSession, referral_id: str, answers: dict,
                    checklist_id: str | None = None) -> ReferralDetail:
    """Answer the checklist (again) for a referral, under the version shown."""
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        _screen_into(site, session, row, answers, checklist_id)
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=["screening"],
                   checklist=row.checklist_id, result=row.screening_result)
        return _detail(session, row, _today())


@queued("referrals.set_override", target="referral_id")
def set_override(site: SiteSession, referral_id: str, values: dict,
                 expected_version: int | None = None) -> ReferralDetail:
    """A documented decision that replaces the checklist's result (e.g. the prosecutor's)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(R.OVERRIDE_FORM, values)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        check_version(row, expected_version, R.OVERRIDE_FORM, clean,
                      {name: getattr(row, name) for name in R.OVERRIDE_FORM.names})
        if row.outcome == "enrolled" and clean["override_result"] != "eligible":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person is already enrolled from this referral."))
        row.override_result = clean["override_result"]
        row.override_by = clean["override_by"]
        row.override_reason = clean["override_reason"]
        row.override_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=["override"],
                   override=row.override_result, screening=row.screening_result)
        return _detail(session, row, _today())


@queued("referrals.clear_override", target="referral_id")
def clear_override(site: SiteSession, referral_id: str) -> ReferralDetail:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        if row.override_result is None:
            return _detail(session, row, _today())
        if row.outcome == "enrolled":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person is already enrolled from this referral."))
        row.override_result = row.override_by = row.override_reason = None
        row.override_at = None
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=["override"], override=None)
        return _detail(session, row, _today())


@queued("referrals.record_intake", target="referral_id")
def record_intake(site: SiteSession, referral_id: str, values: dict,
                  expected_version: int | None = None) -> ReferralDetail:
    """Intake completed, prosecutor notified (date, how), charges filed (yes/no, date)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(R.INTAKE_FORM, values)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        check_version(row, expected_version, R.INTAKE_FORM, clean, lambda: _detail(session, row, _today()).intake)
        referral_day = row.referred_at.date()
        for name in ("intake_completed_on", "prosecutor_notified_on", "charges_filed_on"):
            if clean.get(name) and clean[name] < referral_day:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be before the referral."),
                                      field=name, label=R.INTAKE_FORM[name].label)
        before = {name: getattr(row, name) for name in R.INTAKE_FORM.names}
        row.intake_completed_on = clean["intake_completed_on"]
        row.prosecutor_notified_on = clean["prosecutor_notified_on"]
        row.prosecutor_notified_how = clean["prosecutor_notified_how"]
        row.charges_filed = None if clean["charges_filed"] is None else clean["charges_filed"] == "yes"
        row.charges_filed_on = clean["charges_filed_on"]
        row.updated_by = site.actor.account_id
        session.flush()
        changed = sorted(k for k, v in before.items() if getattr(row, k) != v)
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=changed)
        return _detail(session, row, _today())


@queued("referrals.set_outcome", target="referral_id")
def set_outcome(site: SiteSession, referral_id: str, outcome: str, outcome_on: date | None = None,
                expected_version: int | None = None) -> ReferralDetail:
    """Record ineligible, declined or intake not completed (or back to pending). Enrollment is `enroll`.
    EditConflict when the referral changed since `expected_version` and its outcome reads otherwise."""
    site.require(Permission.EDIT_PARTICIPANTS)
    if outcome not in R.RECORDABLE_OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enroll the person with “Enroll…”; other outcomes are recorded here.")
        )
    today = _today()
    day = outcome_on or today
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label} cannot be in the future."),
            label=QT_TRANSLATE_NOOP("fields", "Outcome date"),
        )
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        check_version(row, expected_version, R.OUTCOME_FORM,
                      {"outcome": outcome, "outcome_on": None if outcome == "pending" else day},
                      {"outcome": row.outcome, "outcome_on": row.outcome_on})
        if row.outcome == "enrolled":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person is already enrolled from this referral."))
        if day < row.referred_at.date():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be before the referral."),
                                  label=QT_TRANSLATE_NOOP("fields", "Outcome date"))
        if outcome == "ineligible" and R.final_result(row.screening_result, row.override_result) != "ineligible":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a referral screened ineligible (or overridden to ineligible) can be recorded as ineligible.",
                )
            )
        before = row.outcome
        row.outcome = outcome
        row.outcome_on = None if outcome == "pending" else day
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=["outcome"], outcome=outcome,
                   previous=before)
        return _detail(session, row, _today())
