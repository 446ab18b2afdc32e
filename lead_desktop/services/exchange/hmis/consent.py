"""Whose record may go into the Continuum of Care's HMIS, and whether with substance use information.

An HMIS export is a disclosure of every record in it, so it follows the rules case summaries and the
disclosure log follow (services.reporting.case_summaries, services.participants.records):

- A participant is exported when a consent in force today (signed, not expired, not revoked) names
  the HMIS / Continuum of Care among its data systems (vocab.HMIS_RECIPIENT). Anyone else only
  when the person exporting gives a reason, and then that reason goes into each such participant's
  disclosure log, as for any disclosure made without consent.
- 42 CFR Part 2: information that tells of substance use disorder treatment (a living situation or
  destination "substance use treatment facility or detox", a PATH referral to substance use
  treatment) is exported only for a participant whose consent naming the HMIS is a Part 2 consent
  (its substance-use flag set), when the site applies Part 2 (setting part2_enabled). A reason
  never stands in for that consent: without it the item is written as "data not collected".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.storage import models as M

IN_FORCE = ("active", "expiring")


@dataclass(frozen=True)
class Coverage:
    """What an export may carry for one participant."""

    consent_id: str | None  # the consent in force that names the HMIS; None: exported on a reason
    sud: bool  # substance use disorder information may go


def names_hmis(recipient_kinds: str | None) -> bool:
    return V.HMIS_RECIPIENT in (recipient_kinds or "").split(",")


def hmis_consents(session: Session, today: date, part2: bool) -> dict[str, Coverage]:
    """Participant id → the coverage of their consents in force today that name the HMIS (a Part 2
    one preferred); participants without one are not in the mapping."""
    c = M.Consent
    found: dict[str, Coverage] = {}
    for consent_id, pid, sud, kinds, signed, expires, revoked in session.execute(
        select(c.id, c.participant_id, c.sud, c.recipient_kinds, c.signed_on, c.expires_on, c.revoked_on)
        .where(c.deleted_at.is_(None), c.signed_on <= today).order_by(c.signed_on.desc(), c.created_at.desc())
    ):
        if not names_hmis(kinds) or P.consent_state(expires, revoked, today) not in IN_FORCE:
            continue
        covers_sud = bool(sud) or not part2
        if pid not in found or (covers_sud and not found[pid].sud):
            found[pid] = Coverage(consent_id, covers_sud)
    return found


def coverage_for(consents: dict[str, Coverage], participant_id: str, reason: str | None,
                 part2: bool) -> Coverage | None:
    """A participant's coverage in this export: their consent's; a reason's (no consent, and substance use
    information only where the site does not apply Part 2); or None, left out."""
    if participant_id in consents:
        return consents[participant_id]
    if reason:
        return Coverage(None, not part2)
    return None
