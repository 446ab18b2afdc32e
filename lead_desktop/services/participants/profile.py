"""One participant's profile: opening it (audited as a record view), creating a participant with
the next LEAD number, and saving the profile form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import Kind, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.participants.common import _aliases, _get_participant, _refresh_search, _today, display_name
from lead_desktop.services.participants.duplicates import DuplicatesFound, find_duplicates
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes


@dataclass(frozen=True)
class ParticipantDetail:
    id: str
    lead_number: str
    values: Mapping[str, object]  # PARTICIPANT_FORM field → value (aliases as "a, b")
    effective_status: str
    last_contact_at: datetime | None
    case_manager: str
    merged_into_id: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def name(self) -> str:
        return display_name(self.values.get("first_name"), self.values.get("last_name"))


def _detail(session: Session, row: M.Participant) -> ParticipantDetail:
    values: dict[str, object] = {}
    for spec in P.PARTICIPANT_FORM:
        if spec.name == "aliases":
            values["aliases"] = ", ".join(_aliases(session, row.id))
        elif spec.kind is Kind.MULTI:
            values[spec.name] = [c for c in (getattr(row, spec.name) or "").split(",") if c]
        else:
            values[spec.name] = getattr(row, spec.name)
    manager = session.get(M.Account, row.case_manager_id) if row.case_manager_id else None
    inactive_days = int(read_setting(session, "inactive_after_days"))
    return ParticipantDetail(
        row.id,
        row.lead_number,
        MappingProxyType(values),
        P.effective_status(row.status, row.last_contact_at, row.enrolled_on, _today(), inactive_days),
        row.last_contact_at,
        manager.display_name if manager else "",
        row.merged_into_id,
        row.row_version,
    )


def get_participant(site: SiteSession, participant_id: str) -> ParticipantDetail:
    """Open a profile. Audited as a record view."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get_participant(session, participant_id)
        site.audit(session, AuditAction.VIEW, "participant", row.id)
        return _detail(session, row)


def _check_case_manager(session: Session, account_id: object) -> None:
    if account_id:
        account = session.get(M.Account, str(account_id))
        # Viewers never see participant records, so they cannot hold a caseload (same rule as case_managers()).
        if account is None or not account.active or account.role == Role.VIEWER.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose an active staff member as case manager."), field="case_manager_id"
            )


def _apply(row: M.Participant, clean: dict) -> None:
    for spec in P.PARTICIPANT_FORM:
        if spec.name == "aliases" or spec.name not in clean:
            continue
        value = clean[spec.name]
        if spec.kind is Kind.MULTI:
            value = ",".join(value)
        setattr(row, spec.name, value)


def _set_aliases(session: Session, participant_id: str, aliases: list[str], actor_id: str | None) -> None:
    current = session.scalars(
        select(M.ParticipantAlias).where(
            M.ParticipantAlias.participant_id == participant_id, M.ParticipantAlias.deleted_at.is_(None)
        )
    ).all()
    wanted = {a.casefold(): a for a in aliases}
    for row in current:
        if row.alias.casefold() not in wanted:
            row.deleted_at = M.utcnow()
            row.updated_by = actor_id
        else:
            wanted.pop(row.alias.casefold())
    for alias in wanted.values():
        session.add(M.ParticipantAlias(participant_id=participant_id, alias=alias, updated_by=actor_id))


def _participant_defaults(values: dict) -> dict:
    merged = {spec.name: spec.default for spec in P.PARTICIPANT_FORM if spec.default is not None}
    merged.update({k: v for k, v in values.items()})
    return merged


def prepare_participant(site: SiteSession, values: dict, *, reviewed_duplicates: bool = False) -> dict:
    """Validate a new participant and check for likely duplicates (unless the person reviewed them)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(P.PARTICIPANT_FORM, _participant_defaults(values))
    if not reviewed_duplicates:
        matches = find_duplicates(site, clean)
        if matches:
            raise DuplicatesFound(matches)
    return clean


def insert_participant(site: SiteSession, session: Session, clean: dict) -> ParticipantDetail:
    """Save prepared values with the next LEAD number inside the caller's unit of work.

    services.referrals enrolls from a referral this way, so the new participant and the
    referral's link to it are written in one transaction.
    """
    site.require(Permission.EDIT_PARTICIPANTS)
    aliases = P.split_aliases(clean.get("aliases"))
    _check_case_manager(session, clean.get("case_manager_id"))
    if site.offline:
        # The server gives the number when the participant is sent (services.offline); until then a negative
        # sequence and a placeholder the window shows as "number on sync".
        sequence = min(session.scalar(select(func.min(M.Participant.sequence))) or 0, 0) - 1
        lead_number = P.pending_number(-sequence)
    else:
        prefix = str(read_setting(session, "participant_prefix"))
        serialize_writes(session)  # two laptops on one server must not both take the next number
        sequence = (session.scalar(select(func.max(M.Participant.sequence))) or 0) + 1
        lead_number = P.format_lead_number(prefix, sequence)
    row = M.Participant(sequence=sequence, lead_number=lead_number, vocab_version=V.VOCAB_VERSION,
                        updated_by=site.actor.account_id)
    _apply(row, clean)
    _refresh_search(session, row, aliases)
    session.add(row)
    session.flush()
    _set_aliases(session, row.id, aliases, site.actor.account_id)
    site.audit(session, AuditAction.CREATE, "participant", row.id)
    session.flush()
    return _detail(session, row)


@queued("participants.create_participant")
def create_participant(site: SiteSession, values: dict, *, reviewed_duplicates: bool = False) -> ParticipantDetail:
    """Validate, check for likely duplicates (unless the person reviewed them), then save with the next LEAD number."""
    clean = prepare_participant(site, values, reviewed_duplicates=reviewed_duplicates)
    with site.unit_of_work() as session:
        return insert_participant(site, session, clean)


def apply_participant_changes(site: SiteSession, session: Session, participant_id: str, changes: dict) -> list[str]:
    """Change some fields of a profile inside the caller's unit of work (services.exchange's HMIS import
    updates the participants it is linked to this way); the whole form is checked as on a save.
    Returns the names of the fields that changed."""
    site.require(Permission.EDIT_PARTICIPANTS)
    row = _get_participant(session, participant_id)
    current = dict(_detail(session, row).values)
    clean = validate(P.PARTICIPANT_FORM, _participant_defaults({**current, **changes}))
    _check_case_manager(session, clean.get("case_manager_id"))
    before = {s.name: getattr(row, s.name) for s in P.PARTICIPANT_FORM if s.name != "aliases"}
    _apply(row, clean)
    changed = sorted(k for k, v in before.items() if getattr(row, k) != v)
    if changed:
        row.updated_by = site.actor.account_id
        _refresh_search(session, row, P.split_aliases(clean.get("aliases")))
        site.audit(session, AuditAction.UPDATE, "participant", row.id, fields=changed)
        session.flush()
    return changed


@queued("participants.update_participant", target="participant_id")
def update_participant(site: SiteSession, participant_id: str, values: dict,
                       expected_version: int | None = None) -> ParticipantDetail:
    """Save the profile form. `expected_version` is the version the form was loaded at: EditConflict
    when someone else saved a different profile since (services.conflicts)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(P.PARTICIPANT_FORM, _participant_defaults(values))
    aliases = P.split_aliases(clean.get("aliases"))
    with site.unit_of_work() as session:
        row = _get_participant(session, participant_id)
        check_version(row, expected_version, P.PARTICIPANT_FORM, {**clean, "aliases": ", ".join(aliases)},
                      lambda: _detail(session, row).values)
        _check_case_manager(session, clean.get("case_manager_id"))
        before = {s.name: getattr(row, s.name) for s in P.PARTICIPANT_FORM if s.name != "aliases"}
        _apply(row, clean)
        if row.enrolled_on != before["enrolled_on"]:
            row.enrolled_on_source = None  # typed now: no longer the date a history import worked out
        row.updated_by = site.actor.account_id
        _set_aliases(session, row.id, aliases, site.actor.account_id)
        _refresh_search(session, row, aliases)
        changed = sorted(k for k, v in before.items() if getattr(row, k) != v)
        site.audit(session, AuditAction.UPDATE, "participant", row.id, fields=changed)
        session.flush()
        return _detail(session, row)
