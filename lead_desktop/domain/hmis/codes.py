"""The HUD code lists of the HMIS CSV FY2026 specification, and the questions an exporter or importer asks of them.

`is_valid_code(list, value)` and `label(list, code)` take a list's number
("3.12.A") or name ("RentalSubsidyType"). The data lives in `lists_core`,
`lists_programs` and `vamc_stations`; this module adds the three living
situation lists HUD derives from its shared list 3.12.1, the FY2024 list an
FY2024 import still meets, and the missing-data codes.
"""

from __future__ import annotations

from lead_desktop.domain.hmis import lists_core, lists_programs, vamc_stations
from lead_desktop.domain.hmis.model import CodeList

# The specification's reasons for missing data, on every list that allows them.
CLIENT_DOESNT_KNOW = 8
CLIENT_PREFERS_NOT_TO_ANSWER = 9
DATA_NOT_COLLECTED = 99
MISSING_DATA = (CLIENT_DOESNT_KNOW, CLIENT_PREFERS_NOT_TO_ANSWER, DATA_NOT_COLLECTED)

# "Rental by client, with ongoing housing subsidy": the one living situation or destination
# that needs its subsidy type (list 3.12.A) in the column beside it.
RENTAL_WITH_ONGOING_SUBSIDY = 435


def _narrowed(number: str, name: str, excluded: tuple[int, ...]) -> CodeList:
    """HUD validates Destination, LivingSituation and CurrentLivingSituation against list 3.12.1
    "NotInList" some of its codes; each column gets its own list so a code is checked against
    the list that column really allows."""
    shared = next(found for found in lists_core.LISTS if found.number == "3.12.1")
    return CodeList(number, name, tuple((code, text) for code, text in shared.codes if code not in excluded))


# 3.12 Destination at exit: no "staying in a family member's/friend's room" (335, 336), those
# are entry answers, and no "worker unable to determine" (37).
DESTINATION = _narrowed("3.12", "Destination", (335, 336, 37))
# 3.917 Prior living situation: no tenure-qualified stays, HOPWA moves, exit-only or worker answers.
PRIOR_LIVING_SITUATION = _narrowed("3.917", "PriorLivingSituation", (312, 313, 327, 422, 423, 426, 30, 17, 24, 37))
# 4.12 Current living situation: like the prior one, but "Other" (17) and 37 are allowed.
CURRENT_LIVING_SITUATION = _narrowed("4.12", "CurrentLivingSituation", (312, 313, 327, 422, 423, 426, 30, 24))

# Lists that FY2024 columns use and FY2026 dropped with them. PreferredLanguage's list C4.A
# (several hundred languages) is not kept: LEAD Desktop has nothing to map it to.
FY2024_ONLY_LISTS = (
    CodeList("R3.1", "SexualOrientation", (
        (1, "Heterosexual"),
        (2, "Gay"),
        (3, "Lesbian"),
        (4, "Bisexual"),
        (5, "Questioning / unsure"),
        (6, "Other"),
        (8, "Client doesn't know"),
        (9, "Client prefers not to answer"),
        (99, "Data not collected"),
    )),
)

LISTS: dict[str, CodeList] = {
    found.number: found
    for found in (
        *lists_core.LISTS, DESTINATION, PRIOR_LIVING_SITUATION, CURRENT_LIVING_SITUATION,
        *lists_programs.LISTS, *vamc_stations.LISTS,
    )
}
_ALL = {**LISTS, **{found.number: found for found in FY2024_ONLY_LISTS}}
_BY_NAME = {found.name: found for found in _ALL.values()}


def code_list(list_name: str) -> CodeList:
    """The list by number or name; KeyError names the unknown list (a programming error, not data)."""
    found = _ALL.get(list_name) or _BY_NAME.get(list_name)
    if found is None:
        raise KeyError(f"no HMIS code list {list_name!r}")
    return found


def integer_code(value: object) -> int | None:
    """An int, or a cell of plain decimal digits ("435"), as an integer code; None for anything
    else ("435.0", " 435", "", booleans), which is never a valid code of an integer list."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _as_code(found: CodeList, value: object) -> int | str | None:
    """A cell or a Python value as the list's kind of code; the string list (V6.1) compares text as written."""
    if isinstance(found.codes[0][0], str):
        if isinstance(value, bool):
            return None
        return value if isinstance(value, str) else str(value) if isinstance(value, int) else None
    return integer_code(value)


def is_valid_code(list_name: str, value: object) -> bool:
    found = code_list(list_name)
    code = _as_code(found, value)
    return code is not None and code in found


def label(list_name: str, code: object) -> str | None:
    """HUD's label for the code, or None when the code is not on the list."""
    found = code_list(list_name)
    as_code = _as_code(found, code)
    return None if as_code is None else found.label(as_code)


def missing_data_codes(list_name: str) -> tuple[int, ...]:
    """Which of 8, 9 and 99 the list allows as reasons for missing data (1.7 allows only 99; 1.10
    none). Read from the labels, because on some lists 8 and 9 are real answers (DisabilityType 8
    is HIV/AIDS, ProjectType 9 is PH - Housing Only)."""
    found = code_list(list_name)
    meaning = {
        CLIENT_DOESNT_KNOW: lambda text: text == "Client doesn't know",
        CLIENT_PREFERS_NOT_TO_ANSWER: lambda text: text == "Client prefers not to answer",
        DATA_NOT_COLLECTED: lambda text: "data not collected" in text.lower(),
    }
    return tuple(code for code in MISSING_DATA if meaning[code](label(found.number, code) or ""))
