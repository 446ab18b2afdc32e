"""A participant's child records — contacts, plan goals, service linkages, housing, legal cases,
consents, disclosures, assessments — through one generic path keyed by their form (CHILD_KINDS),
so every tab of a profile reads, adds, changes and removes its records the same way.

A contact also moves the participant's last-contact date; a disclosure must name a consent in
force on its day, or say why it was made without one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import Form, Kind, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.participants.common import RecordNotFound, _get_participant, _today
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class Record:
    """One child record (contact, goal, …): its id and its form values."""

    kind: str
    id: str
    participant_id: str
    values: Mapping[str, object]
    flags: frozenset[str] = field(default_factory=frozenset)  # e.g. {"expired"}, {"upcoming"}
    extra: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    version: int = 0  # the row version this was read at; saves pass it as expected_version


@dataclass(frozen=True)
class Kind_:
    form: Form
    model: type
    order: object  # column to order by, newest first
    multi_columns: tuple[str, ...] = ()


CHILD_KINDS: dict[str, Kind_] = {
    "contact": Kind_(P.CONTACT_FORM, M.Contact, M.Contact.at),
    "goal": Kind_(P.GOAL_FORM, M.PlanGoal, M.PlanGoal.set_on),
    "service": Kind_(P.SERVICE_FORM, M.ServiceLinkage, M.ServiceLinkage.referred_on),
    "housing": Kind_(P.HOUSING_FORM, M.HousingStatus, M.HousingStatus.effective_on),
    "legal_case": Kind_(P.LEGAL_CASE_FORM, M.LegalCase, M.LegalCase.next_court_at),
    "consent": Kind_(P.CONSENT_FORM, M.Consent, M.Consent.signed_on, ("information",)),
    "disclosure": Kind_(P.DISCLOSURE_FORM, M.Disclosure, M.Disclosure.disclosed_on),
    "assessment": Kind_(P.ASSESSMENT_FORM, M.Assessment, M.Assessment.assessed_on),
}


def _record(kind: str, row: object, today: date) -> Record:
    spec = CHILD_KINDS[kind]
    values: dict[str, object] = {}
    for f in spec.form:
        if kind == "assessment" and f.name.startswith("need_"):
            values[f.name] = json.loads(row.needs).get(f.name[5:], "not_assessed")
            continue
        value = getattr(row, f.name)
        if f.kind is Kind.MULTI:
            value = [c for c in (value or "").split(",") if c]
        values[f.name] = value
    flags: set[str] = set()
    extra: dict[str, object] = {}
    if kind == "consent":
        state = P.consent_state(row.expires_on, row.revoked_on, today)
        flags.add(state)
        extra["state"] = state
    if kind == "legal_case" and row.next_court_at is not None and row.status in V.ACTIVE_LEGAL_CASE_STATUSES:
        start = datetime.combine(today, datetime.min.time())
        if start <= row.next_court_at < start + timedelta(days=7):
            flags.add("upcoming")
        elif row.next_court_at >= start:
            flags.add("future")
    if kind == "goal" and row.status in V.OPEN_GOAL_STATUSES and row.target_date and row.target_date <= today:
        flags.add("due")
    if kind == "contact":
        extra["staff_id"] = row.staff_id
    return Record(kind, row.id, row.participant_id, MappingProxyType(values), frozenset(flags), MappingProxyType(extra),
                  row.row_version)


def _store(kind: str, row: object, clean: dict) -> None:
    spec = CHILD_KINDS[kind]
    if kind == "assessment":
        row.needs = json.dumps({k[5:]: v for k, v in clean.items() if k.startswith("need_")}, sort_keys=True)
    for f in spec.form:
        if kind == "assessment" and f.name.startswith("need_"):
            continue
        value = clean.get(f.name)
        if f.kind is Kind.MULTI:
            value = ",".join(value or [])
        setattr(row, f.name, value)
    if kind == "housing":
        row.vocab_version = V.VOCAB_VERSION


def _defaults(form: Form, values: dict) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _check_links(session: Session, kind: str, participant_id: str, clean: dict) -> None:
    if kind == "disclosure":
        consent_id = clean.get("consent_id")
        if consent_id:
            consent = session.get(M.Consent, consent_id)
            if consent is None or consent.participant_id != participant_id or consent.deleted_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose one of this participant's consents."), field="consent_id"
                )
            # A consent covers a disclosure only when it was in force that day (signed, not expired,
            # not revoked); otherwise the disclosure was made without consent and needs its reason.
            day = clean.get("disclosed_on")
            in_force = day is None or (
                consent.signed_on <= day
                and P.consent_state(consent.expires_on, consent.revoked_on, day) in ("active", "expiring")
            )
            if not in_force and not clean.get("reason_without_consent"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That consent was not in force on the date of this disclosure. "
                                                "Choose another one, or record why the disclosure was made without consent."),
                    field="consent_id",
                )
        elif not clean.get("reason_without_consent"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No consent was chosen: record why this disclosure was made without one."),
                field="reason_without_consent",
            )


def _touch_last_contact(session: Session, participant_id: str) -> None:
    latest = session.scalar(
        select(func.max(M.Contact.at)).where(
            M.Contact.participant_id == participant_id, M.Contact.deleted_at.is_(None),
            M.Contact.unable_to_locate.is_(False),
        )
    )
    session.execute(update(M.Participant).where(M.Participant.id == participant_id).values(last_contact_at=latest))


@queued("participants.add_record")
def add_record(site: SiteSession, kind: str, participant_id: str, values: dict) -> Record:
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    with site.unit_of_work() as session:
        _get_participant(session, participant_id)
        _check_links(session, kind, participant_id, clean)
        row = spec.model(participant_id=participant_id, updated_by=site.actor.account_id)
        _store(kind, row, clean)
        if kind == "contact":
            row.staff_id = site.actor.account_id
        if kind == "assessment":
            row.assessor_id = site.actor.account_id
        if kind == "disclosure":
            row.staff_id = site.actor.account_id
        session.add(row)
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, participant_id)
        site.audit(session, AuditAction.CREATE, kind, row.id, participant=participant_id)
        return _record(kind, row, _today())


def insert_record(site: SiteSession, session: Session, kind: str, participant_id: str, values: dict,
                  *, staff_id: str | None = None) -> Record:
    """Validate and save a child record inside the caller's unit of work (services.exchange imports
    contacts this way, many in one transaction). `staff_id` is who made a contact or disclosure, or
    who assessed; None when the source does not say."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    _get_participant(session, participant_id)
    _check_links(session, kind, participant_id, clean)
    row = spec.model(participant_id=participant_id, updated_by=site.actor.account_id)
    _store(kind, row, clean)
    if kind in ("contact", "disclosure"):
        row.staff_id = staff_id
    if kind == "assessment":
        row.assessor_id = staff_id
    session.add(row)
    session.flush()
    if kind == "contact":
        _touch_last_contact(session, participant_id)
    site.audit(session, AuditAction.CREATE, kind, row.id, participant=participant_id)
    return _record(kind, row, _today())


@queued("participants.update_record", target="record_id")
def update_record(site: SiteSession, kind: str, record_id: str, values: dict,
                  expected_version: int | None = None) -> Record:
    """Save a child record's form; EditConflict when it changed since `expected_version` (services.conflicts)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    with site.unit_of_work() as session:
        row = session.get(spec.model, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        check_version(row, expected_version, spec.form, clean, lambda: _record(kind, row, _today()).values)
        _check_links(session, kind, row.participant_id, clean)
        _store(kind, row, clean)
        row.updated_by = site.actor.account_id
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, row.participant_id)
        site.audit(session, AuditAction.UPDATE, kind, row.id, participant=row.participant_id)
        return _record(kind, row, _today())


@queued("participants.delete_record", target="record_id")
def delete_record(site: SiteSession, kind: str, record_id: str) -> None:
    """Soft delete: the row stays (for the audit trail and merges) but no longer shows."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    with site.unit_of_work() as session:
        row = session.get(spec.model, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, row.participant_id)
        site.audit(session, AuditAction.DELETE, kind, row.id, participant=row.participant_id)


def list_records(site: SiteSession, kind: str, participant_id: str, limit: int = 1000) -> list[Record]:
    site.require(Permission.VIEW_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    model = spec.model
    today = _today()
    with site.unit_of_work() as session:
        rows = session.scalars(
            select(model)
            .where(model.participant_id == participant_id, model.deleted_at.is_(None))
            .order_by(spec.order.desc().nulls_last(), model.created_at.desc())
            .limit(limit)
        ).all()
        return [_record(kind, r, today) for r in rows]


def active_consents(site: SiteSession, participant_id: str, sud: bool | None = None) -> list[Record]:
    """Consents in force today (active or expiring), optionally only those covering SUD information."""
    records = list_records(site, "consent", participant_id)
    return [r for r in records if r.extra["state"] in ("active", "expiring") and (sud is None or r.values["sud"] == sud)]
