"""The HMIS CSV files the export writes: their columns (FY2026 CSV specification names, for the data
LEAD Desktop holds) and the few codes that are computed rather than stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from lead_desktop.domain import vocab as V
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "HmisColumns", "HMIS", "hmis_id", "hmis_race", "hmis_destination", "HMIS_BLANK_NOTE",
]


@dataclass(frozen=True)
class HmisColumns:
    """The HMIS CSV files we write and their columns (FY2026 CSV specification names, for the data we hold)."""

    client: tuple[str, ...] = (
        "PersonalID", "FirstName", "MiddleName", "LastName", "NameSuffix", "NameDataQuality", "SSN",
        "SSNDataQuality", "DOB", "DOBDataQuality", "AmIndAKNative", "Asian", "BlackAfAmerican",
        "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific", "White", "RaceNone", "AdditionalRaceEthnicity",
        "Sex", "VeteranStatus", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    )
    enrollment: tuple[str, ...] = (
        "EnrollmentID", "PersonalID", "ProjectID", "EntryDate", "HouseholdID", "RelationshipToHoH",
        "EnrollmentCoC", "LivingSituation", "DisablingCondition", "DateCreated", "DateUpdated", "UserID",
        "DateDeleted", "ExportID",
    )
    exit: tuple[str, ...] = (
        "ExitID", "EnrollmentID", "PersonalID", "ExitDate", "Destination", "DestinationSubsidyType",
        "OtherDestination", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    )
    # Race and ethnicity code (vocab.RACE_ETHNICITY) → its Client.csv column.
    race: tuple[tuple[str, str], ...] = (
        ("1", "AmIndAKNative"), ("2", "Asian"), ("3", "BlackAfAmerican"), ("6", "HispanicLatinaeo"),
        ("7", "MidEastNAfrican"), ("4", "NativeHIPacific"), ("5", "White"),
    )


HMIS = HmisColumns()


def hmis_id(record_id: str | None) -> str:
    """HMIS ids are at most 32 characters: a UUID without its hyphens."""
    return (record_id or "").replace("-", "")[:32]


def hmis_race(codes: Sequence[str]) -> dict[str, str]:
    """3.04 as Client.csv columns: 1/0 per race, RaceNone 8/9/99 when a missing-data answer was given."""
    chosen = set(codes)
    missing = next((c for c in V.MISSING_CODES if c in chosen), None)
    out = {column: ("1" if code in chosen and missing is None else "0") for code, column in HMIS.race}
    if missing is None and not any(v == "1" for v in out.values()):
        missing = "99"
    out["RaceNone"] = missing or ""
    return out


def hmis_destination(destination: str | None, exit_reason: str | None) -> str:
    """3.12: the recorded destination; deceased when that was the exit reason; else 99 (not collected)."""
    if destination:
        return destination
    if exit_reason == "deceased":
        return "24"
    return "99"


# Plain notes for the README and the export dialog: what the HMIS files leave blank and why.
HMIS_BLANK_NOTE = QT_TRANSLATE_NOOP(
    "vocab",
    "Left blank because LEAD Desktop does not hold them: NameSuffix, SSN (SSNDataQuality is 99, not "
    "collected), AdditionalRaceEthnicity, EnrollmentCoC, DestinationSubsidyType, OtherDestination, "
    "DateDeleted (deleted records are not exported). Veteran service details and the other optional "
    "columns are not written. Each participant is one enrollment, their own household (RelationshipToHoH 1).",
)
