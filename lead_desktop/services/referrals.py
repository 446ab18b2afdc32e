"""Referral intake: the three LEAD pathways, eligibility screening, enrolment and the legal intake clock.

Roles as for participants: reading needs Permission.VIEW_PARTICIPANTS (viewers see no
referrals), changing needs EDIT_PARTICIPANTS, and editing the screening checklist needs
EDIT_SCREENING (administrators and the project manager). Every change and every opened
referral is audited with ids and codes only.

The checklist is versioned: a change adds a version, and each referral keeps the id of the
version it was screened under with its answers. Enrolment links the referral to exactly one
participant — an existing one or one created from the referral's subject — in one
transaction that first takes the write lock, so a second call (a double click, a retry)
returns the same participant instead of creating another.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ChecklistChanged, ValidationError
from lead_desktop.domain.fields import Form, Kind, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services import participants as participants_service
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.participants import DuplicateCandidate, RecordNotFound, display_name
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes, sort_key

MAX_PAGE = 500
QUEUE_LIMIT = 2000

# ----- plain data handed to the window -------------------------------------------------------


@dataclass(frozen=True)
class AgencyRow:
    id: str
    name: str
    kind: str
    active: bool
    note: str | None
    referrals: int
    officers: int
    version: int = 0  # the row version this was read at; saves pass it as expected_version


@dataclass(frozen=True)
class OfficerRow:
    id: str
    name: str
    badge: str | None
    agency_id: str | None
    agency: str
    active: bool
    referrals: int
    version: int = 0


@dataclass(frozen=True)
class ChecklistVersion:
    id: str
    version: int
    criteria: tuple[R.Criterion, ...]
    created_at: datetime
    created_by: str
    change_note: str | None
    referrals: int  # referrals screened under this version


@dataclass(frozen=True)
class ReferralRow:
    id: str
    pathway: str
    outcome: str
    referred_at: datetime
    name: str
    aliases: str
    source: str  # agency (officer) or referring person
    due_on: date | None
    days_left: int | None
    intake_state: str | None  # only while the intake is pending
    result: str | None  # final eligibility (override first)
    participant_id: str | None


@dataclass(frozen=True)
class ReferralPage:
    rows: list[ReferralRow]
    total: int


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

    @property
    def name(self) -> str:
        return display_name(self.values.get("first_name"), self.values.get("last_name"))

    @property
    def pathway(self) -> str:
        return str(self.values["pathway"])


@dataclass(frozen=True)
class QueueItem:
    referral_id: str
    name: str
    pathway: str
    referred_at: datetime
    due_on: date | None
    days_left: int | None
    state: str | None  # overdue, due_today, due_soon, on_track; None without a legal deadline
    source: str
    case_manager: str


@dataclass(frozen=True)
class IntakeSummary:
    """For the home page: pending arrest-diversion intakes by deadline."""

    overdue: list[QueueItem]
    due_today: list[QueueItem]
    due_this_week: list[QueueItem]  # due in 1–7 days


@dataclass(frozen=True)
class Enrolment:
    referral_id: str
    participant_id: str
    lead_number: str
    created: bool  # a new participant was made (False: linked, or enrolled before)


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _defaults(form: Form, values: dict) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _source_text(agency: str | None, officer: str | None, badge: str | None, person: str | None) -> str:
    if person and not agency:
        return person
    parts = [agency or ""]
    if officer:
        parts.append(f"({officer}{', #' + badge if badge else ''})")
    return " ".join(p for p in parts if p) or (person or "")


# ----- referral sources ----------------------------------------------------------------------


def list_agencies(site: SiteSession, *, include_inactive: bool = True) -> list[AgencyRow]:
    site.require(Permission.VIEW_PARTICIPANTS)
    a, r, o = M.ReferralAgency, M.Referral, M.ReferringOfficer
    referrals = (select(func.count(r.id)).where(r.agency_id == a.id, r.deleted_at.is_(None))
                 .correlate(a).scalar_subquery())
    officers = (select(func.count(o.id)).where(o.agency_id == a.id, o.deleted_at.is_(None))
                .correlate(a).scalar_subquery())
    conditions = [a.deleted_at.is_(None)]
    if not include_inactive:
        conditions.append(a.active.is_(True))
    with site.unit_of_work() as session:
        rows = session.execute(
            select(a.id, a.name, a.kind, a.active, a.note, referrals, officers, a.row_version).where(*conditions)
            .order_by(func.lower(a.name))
        ).all()
    return [AgencyRow(*row) for row in rows]


def _agency_row(session: Session, agency_id: str) -> M.ReferralAgency:
    row = session.get(M.ReferralAgency, agency_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound()
    return row


def save_agency(site: SiteSession, values: dict, agency_id: str | None = None,
                expected_version: int | None = None) -> str:
    """Add (no id) or change an agency (EditConflict when it changed since `expected_version`). Returns its id."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(R.AGENCY_FORM, _defaults(R.AGENCY_FORM, values))
    with site.unit_of_work() as session:
        clash = session.scalar(
            select(M.ReferralAgency.id).where(
                func.lower(M.ReferralAgency.name) == clean["name"].lower(), M.ReferralAgency.deleted_at.is_(None),
                M.ReferralAgency.id != (agency_id or ""),
            )
        )
        if clash:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already an agency with that name."), field="name"
            )
        if agency_id is None:
            row = M.ReferralAgency(updated_by=site.actor.account_id)
            session.add(row)
        else:
            row = _agency_row(session, agency_id)
            check_version(row, expected_version, R.AGENCY_FORM, clean,
                          {name: getattr(row, name) for name in R.AGENCY_FORM.names})
            row.updated_by = site.actor.account_id
        for name in R.AGENCY_FORM.names:
            setattr(row, name, clean[name])
        session.flush()
        site.audit(session, AuditAction.CREATE if agency_id is None else AuditAction.UPDATE, "referral_agency",
                   row.id, kind=row.kind)
        return row.id


def list_officers(site: SiteSession, *, agency_id: str | None = None,
                  include_inactive: bool = True) -> list[OfficerRow]:
    site.require(Permission.VIEW_PARTICIPANTS)
    o, a, r = M.ReferringOfficer, M.ReferralAgency, M.Referral
    referrals = (select(func.count(r.id)).where(r.officer_id == o.id, r.deleted_at.is_(None))
                 .correlate(o).scalar_subquery())
    conditions = [o.deleted_at.is_(None)]
    if agency_id:
        conditions.append(o.agency_id == agency_id)
    if not include_inactive:
        conditions.append(o.active.is_(True))
    with site.unit_of_work() as session:
        rows = session.execute(
            select(o.id, o.name, o.badge, o.agency_id, a.name, o.active, referrals, o.row_version)
            .outerjoin(a, a.id == o.agency_id).where(*conditions).order_by(func.lower(o.name))
        ).all()
    return [OfficerRow(r_[0], r_[1], r_[2], r_[3], r_[4] or "", r_[5], r_[6], r_[7]) for r_ in rows]


def save_officer(site: SiteSession, values: dict, officer_id: str | None = None,
                 expected_version: int | None = None) -> str:
    """Add (no id) or change an officer (EditConflict when it changed since `expected_version`). Returns its id."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(R.OFFICER_FORM, _defaults(R.OFFICER_FORM, values))
    with site.unit_of_work() as session:
        if clean.get("agency_id"):
            _agency_row(session, clean["agency_id"])
        if officer_id is None:
            row = M.ReferringOfficer(updated_by=site.actor.account_id)
            session.add(row)
        else:
            row = session.get(M.ReferringOfficer, officer_id)
            if row is None or row.deleted_at is not None:
                raise RecordNotFound()
            check_version(row, expected_version, R.OFFICER_FORM, clean,
                          {name: getattr(row, name) for name in R.OFFICER_FORM.names})
            row.updated_by = site.actor.account_id
        for name in R.OFFICER_FORM.names:
            setattr(row, name, clean[name])
        session.flush()
        site.audit(session, AuditAction.CREATE if officer_id is None else AuditAction.UPDATE, "referring_officer",
                   row.id, agency=row.agency_id)
        return row.id


# ----- the screening checklist ---------------------------------------------------------------


def _latest_checklist(session: Session) -> M.ScreeningChecklist | None:
    return session.scalar(
        select(M.ScreeningChecklist).where(M.ScreeningChecklist.deleted_at.is_(None))
        .order_by(M.ScreeningChecklist.version.desc()).limit(1)
    )


def _current_checklist(site: SiteSession, session: Session) -> M.ScreeningChecklist:
    """The newest version; a site that has none gets DOMAIN.md §3's defaults as version 1."""
    row = _latest_checklist(session)
    if row is None:
        serialize_writes(session)  # two laptops opening intake at once must not both make version 1
        row = _latest_checklist(session)
    if row is None:
        row = M.ScreeningChecklist(version=1, criteria=R.checklist_to_json(R.DEFAULT_CHECKLIST),
                                   change_note=None, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "screening_checklist", row.id, version=1, defaults=True)
    return row


def _checklist_version(session: Session, row: M.ScreeningChecklist) -> ChecklistVersion:
    count = session.scalar(
        select(func.count(M.Referral.id)).where(M.Referral.checklist_id == row.id, M.Referral.deleted_at.is_(None))
    )
    author = session.get(M.Account, row.updated_by) if row.updated_by else None
    return ChecklistVersion(row.id, row.version, R.checklist_from_json(row.criteria), row.created_at,
                            author.display_name if author else "", row.change_note, count or 0)


def current_checklist(site: SiteSession) -> ChecklistVersion:
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        return _checklist_version(session, _current_checklist(site, session))


def checklist_versions(site: SiteSession) -> list[ChecklistVersion]:
    """Every version, newest first."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        _current_checklist(site, session)
        rows = session.scalars(
            select(M.ScreeningChecklist).where(M.ScreeningChecklist.deleted_at.is_(None))
            .order_by(M.ScreeningChecklist.version.desc())
        ).all()
        return [_checklist_version(session, row) for row in rows]


def save_checklist(site: SiteSession, criteria: list[R.Criterion], change_note: str | None = None,
                   based_on: int | None = None) -> ChecklistVersion:
    """Save an edited checklist as a new version. Referrals screened before keep their version.

    `based_on` is the version the editor opened: when someone saved a newer one meanwhile, nothing is
    saved and ChecklistChanged says which (saving again with that number puts this one on top)."""
    site.require(Permission.EDIT_SCREENING)
    clean = R.validate_checklist(criteria)
    note = " ".join((change_note or "").split())[:500] or None
    with site.unit_of_work() as session:
        serialize_writes(session)  # the next version number is read here
        current = _current_checklist(site, session)
        if based_on is not None and current.version != based_on:
            raise ChecklistChanged(version=current.version, next=current.version + 1)
        if R.checklist_from_json(current.criteria) == clean:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nothing was changed in the checklist."))
        row = M.ScreeningChecklist(version=current.version + 1, criteria=R.checklist_to_json(clean),
                                   change_note=note, updated_by=site.actor.account_id)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "screening_checklist", row.id, version=row.version,
                   criteria=[c.code for c in clean])
        return _checklist_version(session, row)


# ----- referrals -----------------------------------------------------------------------------


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
    agency = session.get(M.ReferralAgency, row.agency_id) if row.agency_id else None
    officer = session.get(M.ReferringOfficer, row.officer_id) if row.officer_id else None
    participant = session.get(M.Participant, row.participant_id) if row.participant_id else None
    pending = row.outcome == "pending" and row.intake_completed_on is None
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
        agency = session.get(M.ReferralAgency, agency_id)
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


def _clean_referral(values: dict) -> dict:
    clean = validate(R.REFERRAL_FORM, _defaults(R.REFERRAL_FORM, values))
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


def create_referral(site: SiteSession, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None) -> ReferralDetail:
    """Record a referral (pending), screened with `answers` under the checklist version shown
    (`checklist_id`, else the current one). Arrest diversions get their intake due date."""
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = insert_referral(site, session, values, answers, checklist_id)
        return _detail(session, row, _today())


def insert_referral(site: SiteSession, session: Session, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None) -> M.Referral:
    """Validate and save a pending referral inside the caller's unit of work (services.exchange imports
    many in one transaction this way); returns the new row for the caller to complete."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = _clean_referral(values)
    _check_sources(session, clean, None)
    row = M.Referral(outcome="pending", updated_by=site.actor.account_id)
    _store(row, clean)
    if row.pathway == "arrest_diversion":
        row.intake_due_on = R.intake_due_on(row.referred_at, int(read_setting(session, "intake_deadline_days")))
    _screen_into(site, session, row, answers or {}, checklist_id)
    session.add(row)
    session.flush()
    site.audit(session, AuditAction.CREATE, "referral", row.id, pathway=row.pathway, result=row.screening_result)
    return row


def update_referral(site: SiteSession, referral_id: str, values: dict, answers: dict | None = None,
                    checklist_id: str | None = None, expected_version: int | None = None) -> ReferralDetail:
    """Change a referral; `answers` None keeps the stored answers (the result is recomputed, since
    the pathway, referral date or date of birth may have changed). EditConflict when the referral
    changed since `expected_version` (any change, when new answers would replace the stored ones)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = _clean_referral(values)
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
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


def set_outcome(site: SiteSession, referral_id: str, outcome: str, outcome_on: date | None = None,
                expected_version: int | None = None) -> ReferralDetail:
    """Record ineligible, declined or intake not completed (or back to pending). Enrolment is `enroll`.
    EditConflict when the referral changed since `expected_version` and its outcome reads otherwise."""
    site.require(Permission.EDIT_PARTICIPANTS)
    if outcome not in R.RECORDABLE_OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enrol the person with “Enroll…”; other outcomes are recorded here.")
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


# ----- enrolment -------------------------------------------------------------------------------


def _subject_values(row: M.Referral) -> dict:
    return {
        "first_name": row.first_name,
        "middle_name": row.middle_name,
        "last_name": row.last_name,
        "aliases": row.aliases,
        "dob": row.dob,
        "dob_quality": "1" if row.dob else "99",
        "race_ethnicity": [c for c in (row.race_ethnicity or "").split(",") if c],
        "sex": row.sex,
        "case_manager_id": row.case_manager_id,
    }


def enrolment_matches(site: SiteSession, referral_id: str) -> list[DuplicateCandidate]:
    """Participants who may be the referred person (the duplicate check the window shows)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        values = _subject_values(_get(session, referral_id))
    return participants_service.find_duplicates(site, values)


def _check_enrollable(row: M.Referral) -> None:
    if R.final_result(row.screening_result, row.override_result) != "eligible":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a referral screened eligible (or overridden to eligible) can be "
                "enrolled. Complete the screening, or record the override.",
            )
        )
    if row.outcome != "pending":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This referral's outcome is already recorded. Set it back to pending before enrolling."
            )
        )


def _existing(session: Session, row: M.Referral) -> Enrolment:
    participant = session.get(M.Participant, row.participant_id)
    return Enrolment(row.id, participant.id, participant.lead_number, False)


def enroll(
    site: SiteSession,
    referral_id: str,
    participant_id: str | None = None,
    *,
    reviewed_duplicates: bool = False,
    enrolled_on: date | None = None,
    values: dict | None = None,
) -> Enrolment:
    """Enrol the referred person: link `participant_id`, or create a participant from the referral.

    Idempotent: a referral already enrolled returns its participant and nothing more happens.
    Creating checks for duplicates first (DuplicatesFound) unless the person reviewed them.
    `values` may add or correct participant fields (e.g. name quality) for a new participant.
    """
    site.require(Permission.EDIT_PARTICIPANTS)
    day = enrolled_on or _today()
    with site.unit_of_work() as session:
        row = _get(session, referral_id)
        if row.participant_id:
            return _existing(session, row)
        _check_enrollable(row)
        subject = _subject_values(row)
    clean = None
    if participant_id is None:
        wanted = {**subject, "enrolled_on": day, "status": "active", **(values or {})}
        clean = participants_service.prepare_participant(site, wanted, reviewed_duplicates=reviewed_duplicates)
    with site.unit_of_work() as session:
        # Take the write lock first: a second call waits here, then sees the link the first one made.
        session.execute(update(M.Referral).where(M.Referral.id == referral_id).values(updated_at=M.utcnow()))
        row = session.get(M.Referral, referral_id, populate_existing=True)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        if row.participant_id:
            return _existing(session, row)
        _check_enrollable(row)
        if participant_id is not None:
            participant = session.get(M.Participant, participant_id)
            while participant is not None and participant.merged_into_id:
                participant = session.get(M.Participant, participant.merged_into_id)
            if participant is None or participant.deleted_at is not None:
                raise RecordNotFound()
            created = False
            pid, lead_number = participant.id, participant.lead_number
        else:
            detail = participants_service.insert_participant(site, session, clean)
            created = True
            pid, lead_number = detail.id, detail.lead_number
        row.participant_id = pid
        row.outcome = "enrolled"
        row.outcome_on = day
        if row.intake_completed_on is None:
            row.intake_completed_on = max(day, row.referred_at.date())
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "referral", row.id, fields=["outcome"], outcome="enrolled",
                   participant=pid, created=created)
        return Enrolment(row.id, pid, lead_number, created)


# ----- lists, the intake queue and the home-page summary ----------------------------------------

SORT_COLUMNS = {
    "referred_at": M.Referral.referred_at,
    "name": M.Referral.sort_name,
    "pathway": M.Referral.pathway,
    "outcome": M.Referral.outcome,
    "due_on": M.Referral.intake_due_on,
}


def list_referrals(
    site: SiteSession,
    *,
    query: str = "",
    pathway: str | None = None,
    outcome: str | None = None,
    participant_id: str | None = None,
    sort: str = "referred_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> ReferralPage:
    """Referrals filtered, sorted and paged in SQL."""
    site.require(Permission.VIEW_PARTICIPANTS)
    r, a, o = M.Referral, M.ReferralAgency, M.ReferringOfficer
    conditions = [r.deleted_at.is_(None)]
    for term in P.search_terms(query):
        conditions.append(r.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
    if pathway:
        conditions.append(r.pathway == pathway)
    if outcome:
        conditions.append(r.outcome == outcome)
    if participant_id:
        conditions.append(r.participant_id == participant_id)
    sort_col = SORT_COLUMNS.get(sort, r.referred_at)
    today = _today()
    with site.unit_of_work() as session:
        total = session.scalar(select(func.count()).select_from(r).where(*conditions))
        rows = session.execute(
            select(r.id, r.pathway, r.outcome, r.referred_at, r.first_name, r.last_name, r.aliases,
                   a.name, o.name, o.badge, r.referring_person, r.intake_due_on, r.intake_completed_on,
                   r.screening_result, r.override_result, r.participant_id)
            .outerjoin(a, a.id == r.agency_id).outerjoin(o, o.id == r.officer_id)
            .where(*conditions)
            .order_by(sort_key(sort_col, descending), r.referred_at.desc(), r.id)
            .limit(max(0, min(limit, MAX_PAGE))).offset(max(0, offset))
        ).all()
    out = []
    for x in rows:
        pending = x[2] == "pending" and x[12] is None
        out.append(ReferralRow(
            x[0], x[1], x[2], x[3], display_name(x[4], x[5]), x[6] or "", _source_text(x[7], x[8], x[9], x[10]),
            x[11], R.days_left(x[11], today) if x[11] else None,
            R.intake_state(x[11], today) if pending else None, R.final_result(x[13], x[14]), x[15],
        ))
    return ReferralPage(out, total or 0)


def intake_queue(site: SiteSession, today: date | None = None) -> list[QueueItem]:
    """Pending referrals whose intake is not done: arrest diversions by days left (overdue first),
    then the other pathways (no legal deadline) oldest first."""
    site.require(Permission.VIEW_PARTICIPANTS)
    today = today or _today()
    r, a, o = M.Referral, M.ReferralAgency, M.ReferringOfficer
    manager = aliased(M.Account)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(r.id, r.first_name, r.last_name, r.pathway, r.referred_at, r.intake_due_on,
                   a.name, o.name, o.badge, r.referring_person, manager.display_name)
            .outerjoin(a, a.id == r.agency_id).outerjoin(o, o.id == r.officer_id)
            .outerjoin(manager, manager.id == r.case_manager_id)
            .where(r.deleted_at.is_(None), r.outcome == "pending", r.intake_completed_on.is_(None))
            .order_by(r.intake_due_on.is_(None), r.intake_due_on, r.referred_at, r.id)
            .limit(QUEUE_LIMIT)
        ).all()
    return [
        QueueItem(x[0], display_name(x[1], x[2]), x[3], x[4], x[5], R.days_left(x[5], today) if x[5] else None,
                  R.intake_state(x[5], today), _source_text(x[6], x[7], x[8], x[9]), x[10] or "")
        for x in rows
    ]


def intake_summary(site: SiteSession, today: date | None = None) -> IntakeSummary:
    """What the home page shows: overdue intakes, those due today, and those due in the next 7 days."""
    site.require(Permission.VIEW_PARTICIPANTS)
    today = today or _today()
    r = M.Referral
    with site.unit_of_work() as session:
        rows = session.execute(
            select(r.id, r.first_name, r.last_name, r.pathway, r.referred_at, r.intake_due_on)
            .where(r.deleted_at.is_(None), r.outcome == "pending", r.intake_completed_on.is_(None),
                   r.intake_due_on.is_not(None), r.intake_due_on <= today + timedelta(days=R.WEEK_DAYS))
            .order_by(r.intake_due_on, r.referred_at, r.id)
        ).all()
    overdue, due_today, week = [], [], []
    for x in rows:
        left = R.days_left(x[5], today)
        item = QueueItem(x[0], display_name(x[1], x[2]), x[3], x[4], x[5], left, R.intake_state(x[5], today), "", "")
        (overdue if left < 0 else due_today if left == 0 else week).append(item)
    return IntakeSummary(overdue, due_today, week)


def referral_counts(site: SiteSession) -> dict[str, int]:
    """Referrals per outcome (for the page header and reports)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Referral.outcome, func.count()).where(M.Referral.deleted_at.is_(None))
            .group_by(M.Referral.outcome)
        ).all()
    return {code: 0 for code in R.OUTCOME.codes()} | {k: v for k, v in rows}
