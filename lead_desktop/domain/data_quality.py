"""What historical records lack (issue 16): the data-quality list of a site's history.

A site's history comes in with what the site wrote down, not what today's intake asks for: a
referral recorded before LEAD Desktop may lack the officer, the offense, the hand-off time or the
screening answers; a participant's enrollment date may have been worked out from a referral. Each
gap has a code (stable, in CSV and JSON) and a label; the project manager fills them in if they
want — none of them stops a record from counting in the reports.

Pure functions over a record's stored values; services.reporting.data_quality reads them.
"""

from __future__ import annotations

from datetime import date, datetime

from lead_desktop.domain import vocab as V
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

GAP_LABELS = {
    "officer": QT_TRANSLATE_NOOP("reports", "No referring officer"),
    "agency": QT_TRANSLATE_NOOP("reports", "No referring agency"),
    "offense": QT_TRANSLATE_NOOP("reports", "No alleged offense"),
    "handoff": QT_TRANSLATE_NOOP("reports", "No hand-off time"),
    "screening": QT_TRANSLATE_NOOP("reports", "No screening answers"),
    "referrer": QT_TRANSLATE_NOOP("reports", "No referring person or agency"),
    "outcome": QT_TRANSLATE_NOOP("reports", "Outcome not recorded"),
    "dob": QT_TRANSLATE_NOOP("reports", "No date of birth"),
    "race": QT_TRANSLATE_NOOP("reports", "Race and ethnicity not recorded"),
    "sex": QT_TRANSLATE_NOOP("reports", "Sex not recorded"),
    "enrolled_from_outcome": QT_TRANSLATE_NOOP("reports", "Enrollment date taken from the referral's outcome date"),
    "enrolled_from_referral": QT_TRANSLATE_NOOP("reports", "Enrollment date taken from the referral date"),
    "exit_reason": QT_TRANSLATE_NOOP("reports", "No exit reason"),
    "exit_destination": QT_TRANSLATE_NOOP("reports", "No exit destination"),
}
GAPS = tuple(GAP_LABELS)

_OFFICER_PATHWAYS = ("arrest_diversion", "social_contact")


def _not_recorded(codes: str | None) -> bool:
    chosen = [c for c in (codes or "").split(",") if c]
    return not chosen or all(c in V.MISSING_CODES for c in chosen)


def referral_gaps(*, pathway: str, agency_id: str | None, officer_id: str | None, referring_person: str | None,
                  alleged_offenses: str | None, handoff_at: datetime | None, screening_result: str | None,
                  override_result: str | None, outcome: str, dob: date | None, race_ethnicity: str | None,
                  sex: str | None) -> tuple[str, ...]:
    """What a referral recorded before LEAD Desktop lacks of what today's intake records."""
    gaps = []
    if pathway in _OFFICER_PATHWAYS:
        if not agency_id:
            gaps.append("agency")
        if not officer_id:
            gaps.append("officer")
    if pathway == "arrest_diversion":
        if not (alleged_offenses or "").strip():
            gaps.append("offense")
        if handoff_at is None:
            gaps.append("handoff")
    if pathway == "community" and not (referring_person or "").strip() and not agency_id:
        gaps.append("referrer")
    if screening_result is None and override_result is None:
        gaps.append("screening")
    if outcome == "pending":
        gaps.append("outcome")
    gaps += _person_gaps(dob, race_ethnicity, sex)
    return tuple(gaps)


def participant_gaps(*, enrolled_on_source: str | None, dob: date | None, race_ethnicity: str | None,
                     sex: str | None, status: str, exit_reason: str | None,
                     exit_destination: str | None) -> tuple[str, ...]:
    """What a participant of the site's history lacks, or holds only as worked out by the import."""
    gaps = []
    if enrolled_on_source == "referral_outcome":
        gaps.append("enrolled_from_outcome")
    elif enrolled_on_source == "referral":
        gaps.append("enrolled_from_referral")
    gaps += _person_gaps(dob, race_ethnicity, sex)
    if status == "exited":
        if not exit_reason:
            gaps.append("exit_reason")
        if not exit_destination:
            gaps.append("exit_destination")
    return tuple(gaps)


def _person_gaps(dob: date | None, race_ethnicity: str | None, sex: str | None) -> list[str]:
    gaps = []
    if dob is None:
        gaps.append("dob")
    if _not_recorded(race_ethnicity):
        gaps.append("race")
    if not sex or sex in V.MISSING_CODES:
        gaps.append("sex")
    return gaps
