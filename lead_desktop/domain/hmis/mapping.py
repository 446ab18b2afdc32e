"""LEAD Desktop's answers as HMIS CSV FY2026 codes, and an HMIS export's codes as LEAD Desktop's answers.

Each HMIS column has its own list (`codes`): a LEAD Desktop answer is mapped to the list of the
column it goes into, never copied across lists. Where an answer has no code on that list, the
column gets what the specification writes for an answer not collected: 99 where the list has it,
otherwise a blank cell (`spec.not_collected_value`). Nothing returned here is off its list; the
tests hold every mapping against `codes.is_valid_code`.

Living situations. LEAD Desktop keeps one living situation history (vocab.LIVING_SITUATION, list
4.12); records entered before vocabulary 2026.2 may hold destination codes that are not living
situations. HUD's living situation lists have one answer for a stay with family (335) and one for
friends (336) whatever the tenure, so 312 and 422 become 335, 313 and 423 become 336; a move
between HOPWA projects (327, 426) is "Other" (17) where the list has it. Prior living situation
(3.917) has neither "Other" nor "Worker unable to determine" (37): those become 99.

A date of birth recorded with a quality of 8, 9 or 99 (the form's default) is written with
quality 2, "approximate or partial": the HMIS refuses a birth date whose quality says it was not
given, and 2 claims the least about it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from lead_desktop.domain.hmis import codes

DATA_NOT_COLLECTED = codes.DATA_NOT_COLLECTED
DECEASED = 24
OTHER = 17
RENTAL_WITH_SUBSIDY = codes.RENTAL_WITH_ONGOING_SUBSIDY
# A living situation or destination that tells that the person was in substance use treatment:
# 42 CFR Part 2 information, withheld (written as 99) without a Part 2 consent that covers the HMIS.
SUD_TREATMENT_FACILITY = 205

# LEAD Desktop's race and ethnicity codes (vocab.RACE_ETHNICITY) and their Client.csv columns.
RACE_COLUMNS = (
    ("1", "AmIndAKNative"), ("2", "Asian"), ("3", "BlackAfAmerican"), ("6", "HispanicLatinao"),
    ("7", "MidEastNAfrican"), ("4", "NativeHIPacific"), ("5", "White"),
)
_FY2024_RACE = {"HispanicLatinao": "HispanicLatinaeo"}

# Stays that are destinations only, as the living situation that says the same.
_AS_LIVING_SITUATION = {"312": 335, "422": 335, "313": 336, "423": 336, "327": OTHER, "426": OTHER}

# FY2024's gender columns (3.06, retired in FY2026), in words for LEAD Desktop's local gender field.
FY2024_GENDERS = (
    ("Woman", "Woman"), ("Man", "Man"), ("NonBinary", "Non-binary"),
    ("CulturallySpecific", "Culturally specific identity"), ("Transgender", "Transgender"),
    ("Questioning", "Questioning"), ("DifferentIdentity", "Different identity"),
)

# Service linkages a PATH-funded project records as PATH referrals (Services.csv RecordType 161, list
# P2.2), and their outcome (4.20.D answers and "pending") as P2.A.
PATH_REFERRAL = 161
PATH_REFERRAL_TYPES = {
    "mental_health": 1, "sud_treatment": 2, "medical": 3, "housing": 6, "benefits_id": 8, "employment": 9,
}
PATH_REFERRAL_OUTCOMES = {"1": 1, "2": 2, "3": 2, "pending": 3}


def _code(value: object) -> int | None:
    return codes.integer_code(str(value).strip()) if value not in (None, "") else None


def _on(list_name: str, value: object) -> int | None:
    code = _code(value)
    return code if code is not None and codes.is_valid_code(list_name, code) else None


# ----- LEAD Desktop → HMIS ---------------------------------------------------------------------

def current_living_situation(situation: str | None) -> int:
    """4.12 CurrentLivingSituation for a living situation of the housing history."""
    if situation in _AS_LIVING_SITUATION:
        return _AS_LIVING_SITUATION[situation]
    return _on("4.12", situation) or DATA_NOT_COLLECTED


def prior_living_situation(situation: str | None) -> int:
    """3.917 Enrollment.LivingSituation for the living situation in force at project start."""
    code = current_living_situation(situation)
    return code if codes.is_valid_code("3.917", code) else DATA_NOT_COLLECTED


def destination(code: str | None, exit_reason: str | None = None) -> int:
    """3.12 Destination: the recorded destination; "deceased" when that was the exit reason; else 99."""
    found = _on("3.12", code)
    if found is not None:
        return found
    return DECEASED if exit_reason == "deceased" else DATA_NOT_COLLECTED


def subsidy_type(situation: int, subsidy: str | None) -> int | None:
    """3.12.A beside a 435 answer; None (a blank cell) for any other answer or an unknown subsidy,
    the list having no code for "not collected"."""
    return _on("3.12.A", subsidy) if situation == RENTAL_WITH_SUBSIDY else None


def no_yes_missing(value: str | None) -> int:
    """1.8 (veteran status, disabling condition)."""
    return _on("1.8", value) if _on("1.8", value) is not None else DATA_NOT_COLLECTED


def sex(value: str | None) -> int:
    return _on("4.21", value) if _on("4.21", value) is not None else DATA_NOT_COLLECTED


def name_quality(value: str | None) -> int:
    return _on("3.01.5", value) or DATA_NOT_COLLECTED


def dob_quality(value: str | None, has_dob: bool) -> int:
    """3.03.2, kept consistent with the DOB column: 1 or 2 only with a date, 8, 9 or 99 only without."""
    found = _on("3.03.2", value) or DATA_NOT_COLLECTED
    if has_dob:
        return found if found in (1, 2) else 2
    return found if found in codes.MISSING_DATA else DATA_NOT_COLLECTED


def race_columns(chosen: Iterable[str]) -> dict[str, int | None]:
    """3.04 as Client.csv's race columns (1.10 each) and RaceNone (1.6, blank when a race is chosen)."""
    chosen = set(chosen)
    missing = next((int(code) for code in ("8", "9", "99") if code in chosen), None)
    out: dict[str, int | None] = {
        column: 1 if code in chosen and missing is None else 0 for code, column in RACE_COLUMNS}
    if missing is None and not any(out.values()):
        missing = DATA_NOT_COLLECTED
    out["RaceNone"] = missing
    return out


def withheld(code: int, sud_allowed: bool) -> int:
    """A living situation or destination, or 99 when it would tell of substance use treatment and the
    export may not carry 42 CFR Part 2 information for this person."""
    return DATA_NOT_COLLECTED if code == SUD_TREATMENT_FACILITY and not sud_allowed else code


# ----- HMIS → LEAD Desktop ---------------------------------------------------------------------

def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def is_on(list_name: str, value: object) -> bool:
    return _on(list_name, value) is not None


def race_column_names(version: str = "2026") -> tuple[str, ...]:
    """Client.csv's race columns and RaceNone, as that version names them."""
    return (*(_FY2024_RACE.get(c, c) if version == "2024" else c for _code, c in RACE_COLUMNS), "RaceNone")


def race_from(row: Mapping[str, str], version: str = "2026") -> list[str]:
    """vocab.RACE_ETHNICITY codes from Client.csv's race columns (either version's names)."""
    chosen = []
    for (code, _column), name in zip(RACE_COLUMNS, race_column_names(version)):
        if _text(row.get(name)) == "1":
            chosen.append(code)
    if chosen:
        return chosen
    none = _on("1.6", _text(row.get("RaceNone")))
    return [str(none or DATA_NOT_COLLECTED)]


def genders_from(row: Mapping[str, str]) -> str:
    """FY2024's gender answers in words (LEAD Desktop's local gender field), or ""."""
    words = [text for column, text in FY2024_GENDERS if _text(row.get(column)) == "1"]
    other = _text(row.get("DifferentIdentityText"))
    if other and "Different identity" in words:
        words[words.index("Different identity")] = other[:60]
    return ", ".join(words)[:80]


def answer_from(list_name: str, value: object) -> str:
    """A coded cell as LEAD Desktop stores it (the same code as text); 99 when blank or off the list."""
    return str(_on(list_name, _text(value)) if _on(list_name, _text(value)) is not None else DATA_NOT_COLLECTED)


def living_situation_from(value: object) -> str | None:
    """A prior living situation (3.917) for the housing history; None when it gives none (blank, 8, 9, 99)."""
    code = _on("3.917", _text(value))
    return None if code is None or code in codes.MISSING_DATA else str(code)


def subsidy_from(situation: str | None, value: object) -> str | None:
    if situation != str(RENTAL_WITH_SUBSIDY):
        return None
    code = _on("3.12.A", _text(value))
    return None if code is None else str(code)


# ----- ids -----------------------------------------------------------------------------------

_NAMESPACE = uuid.UUID("6f1c2d4e-9b7a-4e51-8a3c-0d2f7b9e4a61")


def hmis_id(record_id: str | None) -> str:
    """A record's id as an HMIS key (at most 32 characters): its UUID without the hyphens."""
    return (record_id or "").replace("-", "")[:32]


def derived_id(kind: str, record_id: str) -> str:
    """A stable HMIS key for something LEAD Desktop keeps no row for (a participant's enrollment, exit,
    household): the same in every export, so an HMIS updates instead of duplicating."""
    return uuid.uuid5(_NAMESPACE, f"{kind}:{record_id}").hex
