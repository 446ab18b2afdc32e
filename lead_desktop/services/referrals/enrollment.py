"""Enrollment: linking a referral to exactly one participant — an existing one or one created from
the referral's subject — in one transaction that first takes the write lock, so a second call (a
double click, a retry) returns the same participant instead of creating another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import RecordNotFound
from lead_desktop.services.participants.duplicates import DuplicateCandidate, find_duplicates
from lead_desktop.services.participants.profile import insert_participant, prepare_participant
from lead_desktop.services.referrals.common import _today
from lead_desktop.services.referrals.referral import _get
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class Enrollment:
    referral_id: str
    participant_id: str
    lead_number: str
    created: bool  # a new participant was made (False: linked, or enrolled before)


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


def enrollment_matches(site: SiteSession, referral_id: str) -> list[DuplicateCandidate]:
    """Participants who may be the referred person (the duplicate check the window shows)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        values = _subject_values(_get(session, referral_id))
    return find_duplicates(site, values)


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


def _existing(session: Session, row: M.Referral) -> Enrollment:
    participant = session.get(M.Participant, row.participant_id)
    return Enrollment(row.id, participant.id, participant.lead_number, False)


def enroll(
    site: SiteSession,
    referral_id: str,
    participant_id: str | None = None,
    *,
    reviewed_duplicates: bool = False,
    enrolled_on: date | None = None,
    values: dict | None = None,
) -> Enrollment:
    """Enroll the referred person: link `participant_id`, or create a participant from the referral.

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
        clean = prepare_participant(site, wanted, reviewed_duplicates=reviewed_duplicates)
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
            detail = insert_participant(site, session, clean)
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
        return Enrollment(row.id, pid, lead_number, created)
