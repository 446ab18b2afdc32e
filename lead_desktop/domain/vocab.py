"""Vocabularies from DOMAIN.md (§2, §4, §6, §7): stable codes stored in the database, labels for display.

A `Vocabulary` maps code → label; labels are marked for translation in the
"vocab" context. HMIS code lists follow the FY2026 HMIS CSV specification.
Records keep the code they were entered with; a retired code stays in its
list with `retired=True` so old records still show a label.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP as _N

VOCAB_VERSION = "2026.1"


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    retired: bool = False


class Vocabulary:
    def __init__(self, name: str, terms: list[tuple[str, str]], exclusive: tuple[str, ...] = ()) -> None:
        self.name = name
        self.terms = [Term(code, label) for code, label in terms]
        self._by_code = {t.code: t for t in self.terms}
        # Codes that cannot be combined with others in a multi-select (the HMIS missing-data codes).
        self.exclusive = exclusive

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def label(self, code: str | None) -> str:
        if code is None or code == "":
            return ""
        term = self._by_code.get(str(code))
        return term.label if term else str(code)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms if not t.retired]

    def __iter__(self):
        return iter(t for t in self.terms if not t.retired)


MISSING = [
    ("8", _N("vocab", "Client doesn't know")),
    ("9", _N("vocab", "Client prefers not to answer")),
    ("99", _N("vocab", "Data not collected")),
]
MISSING_CODES = ("8", "9", "99")

NAME_QUALITY = Vocabulary(
    "name_quality",
    [("1", _N("vocab", "Full name reported")), ("2", _N("vocab", "Partial, street name or code name"))] + MISSING,
)
DOB_QUALITY = Vocabulary(
    "dob_quality",
    [("1", _N("vocab", "Full date of birth")), ("2", _N("vocab", "Approximate or partial date of birth"))] + MISSING,
)
RACE_ETHNICITY = Vocabulary(
    "race_ethnicity",
    [
        ("1", _N("vocab", "American Indian, Alaska Native or Indigenous")),
        ("2", _N("vocab", "Asian or Asian American")),
        ("3", _N("vocab", "Black, African American or African")),
        ("6", _N("vocab", "Hispanic/Latina/e/o")),
        ("7", _N("vocab", "Middle Eastern or North African")),
        ("4", _N("vocab", "Native Hawaiian or Pacific Islander")),
        ("5", _N("vocab", "White")),
    ]
    + MISSING,
    exclusive=MISSING_CODES,
)
SEX = Vocabulary("sex", [("0", _N("vocab", "Female")), ("1", _N("vocab", "Male"))] + MISSING)
YES_NO = Vocabulary("yes_no", [("0", _N("vocab", "No")), ("1", _N("vocab", "Yes"))] + MISSING)

PARTICIPANT_STATUS = Vocabulary(
    "participant_status",
    [
        ("active", _N("vocab", "Active")),
        ("inactive", _N("vocab", "Inactive")),
        ("unable_to_locate", _N("vocab", "Unable to locate")),
        ("exited", _N("vocab", "Exited")),
    ],
)

EXIT_REASON = Vocabulary(
    "exit_reason",
    [
        ("no_further_need", _N("vocab", "No further need")),
        ("moved_away", _N("vocab", "Moved away")),
        ("deceased", _N("vocab", "Deceased")),
        ("long_term_incarceration", _N("vocab", "Long-term incarceration")),
        ("participant_request", _N("vocab", "Participant request")),
        ("site_criteria", _N("vocab", "Ended per site criteria")),
        ("other", _N("vocab", "Other")),
    ],
)

# HMIS 3.12 Destination (and, with 335/336/37, 3.917 / 4.12 living situation).
_DESTINATIONS = [
    ("101", _N("vocab", "Emergency shelter")),
    ("116", _N("vocab", "Place not meant for habitation")),
    ("118", _N("vocab", "Safe haven")),
    ("204", _N("vocab", "Psychiatric hospital or facility")),
    ("205", _N("vocab", "Substance use treatment facility or detox")),
    ("206", _N("vocab", "Hospital or other medical facility")),
    ("207", _N("vocab", "Jail, prison or juvenile detention")),
    ("215", _N("vocab", "Foster care home or group home")),
    ("225", _N("vocab", "Long-term care facility or nursing home")),
    ("302", _N("vocab", "Transitional housing")),
    ("312", _N("vocab", "Staying with family, temporary")),
    ("313", _N("vocab", "Staying with friends, temporary")),
    ("314", _N("vocab", "Hotel or motel paid without voucher")),
    ("327", _N("vocab", "Moved from one HOPWA project to HOPWA transitional housing")),
    ("329", _N("vocab", "Residential project or halfway house")),
    ("332", _N("vocab", "Host home (non-crisis)")),
    ("410", _N("vocab", "Rental by client, no ongoing subsidy")),
    ("411", _N("vocab", "Owned by client, no ongoing subsidy")),
    ("421", _N("vocab", "Owned by client, with ongoing subsidy")),
    ("422", _N("vocab", "Staying with family, permanent")),
    ("423", _N("vocab", "Staying with friends, permanent")),
    ("426", _N("vocab", "Moved to HOPWA permanent housing")),
    ("435", _N("vocab", "Rental by client, with ongoing subsidy")),
]
DESTINATION = Vocabulary(
    "destination",
    _DESTINATIONS
    + [
        ("17", _N("vocab", "Other")),
        ("24", _N("vocab", "Deceased")),
        ("30", _N("vocab", "No exit interview completed")),
    ]
    + MISSING,
)
LIVING_SITUATION = Vocabulary(
    "living_situation",
    _DESTINATIONS
    + [
        ("335", _N("vocab", "Staying or living in a family member's room, apartment or house")),
        ("336", _N("vocab", "Staying or living in a friend's room, apartment or house")),
        ("17", _N("vocab", "Other")),
        ("37", _N("vocab", "Worker unable to determine")),
    ]
    + MISSING,
)


def destination_group(code: str) -> str:
    """HMIS destination group: homeless, institutional, temporary, permanent or other."""
    if len(code) == 3 and code[0] in "1234":
        return {"1": "homeless", "2": "institutional", "3": "temporary", "4": "permanent"}[code[0]]
    return "other"


CONTACT_TYPE = Vocabulary(
    "contact_type",
    [
        ("street", _N("vocab", "Street / field")),
        ("office", _N("vocab", "Office")),
        ("phone", _N("vocab", "Phone")),
        ("collateral", _N("vocab", "Collateral")),
        ("court", _N("vocab", "Court accompaniment")),
        ("owg", _N("vocab", "OWG discussion")),
    ],
)

ASSESSMENT_DOMAIN = Vocabulary(
    "assessment_domain",
    [
        ("housing", _N("vocab", "Housing")),
        ("substance_use", _N("vocab", "Substance use")),
        ("mental_health", _N("vocab", "Mental health")),
        ("physical_health", _N("vocab", "Physical health")),
        ("income_benefits", _N("vocab", "Income / benefits")),
        ("legal", _N("vocab", "Legal")),
        ("safety", _N("vocab", "Safety")),
    ],
)
NEED_LEVEL = Vocabulary(
    "need_level",
    [
        ("none", _N("vocab", "No need")),
        ("low", _N("vocab", "Low")),
        ("moderate", _N("vocab", "Moderate")),
        ("high", _N("vocab", "High")),
        ("not_assessed", _N("vocab", "Not assessed")),
    ],
)

GOAL_STATUS = Vocabulary(
    "goal_status",
    [
        ("open", _N("vocab", "Open")),
        ("in_progress", _N("vocab", "In progress")),
        ("achieved", _N("vocab", "Achieved")),
        ("set_aside", _N("vocab", "Set aside by participant")),
    ],
)
OPEN_GOAL_STATUSES = ("open", "in_progress")

SERVICE_TYPE = Vocabulary(
    "service_type",
    [
        ("housing", _N("vocab", "Housing")),
        ("sud_treatment", _N("vocab", "SUD treatment")),
        ("mental_health", _N("vocab", "Mental health")),
        ("medical", _N("vocab", "Medical")),
        ("benefits_id", _N("vocab", "Benefits / ID")),
        ("legal", _N("vocab", "Legal")),
        ("employment", _N("vocab", "Employment / training")),
        ("other", _N("vocab", "Other")),
    ],
)
# HMIS 4.20.D referral outcome, plus "pending" before an answer comes back.
SERVICE_OUTCOME = Vocabulary(
    "service_outcome",
    [
        ("pending", _N("vocab", "Pending")),
        ("1", _N("vocab", "Accepted")),
        ("2", _N("vocab", "Client rejected")),
        ("3", _N("vocab", "Provider rejected")),
    ],
)

LEGAL_CASE_STATUS = Vocabulary(
    "legal_case_status",
    [
        ("open", _N("vocab", "Open")),
        ("warrant", _N("vocab", "Warrant outstanding")),
        ("resolved", _N("vocab", "Resolved")),
        ("dismissed", _N("vocab", "Dismissed")),
    ],
)

ACTIVE_LEGAL_CASE_STATUSES = ("open", "warrant")  # cases whose court dates still matter

CONSENT_TYPE = Vocabulary(
    "consent_type",
    [
        ("lead_multi_party", _N("vocab", "LEAD multi-party release of information")),
        ("part2", _N("vocab", "42 CFR Part 2 consent (substance use)")),
        ("agency_roi", _N("vocab", "Single-agency release of information")),
        ("other", _N("vocab", "Other")),
    ],
)
SIGNER = Vocabulary(
    "signer",
    [("participant", _N("vocab", "Participant")), ("representative", _N("vocab", "Authorised representative"))],
)
INFO_CATEGORY = Vocabulary(
    "info_category",
    [
        ("enrollment", _N("vocab", "Enrolment and participation status")),
        ("case_plan", _N("vocab", "Case plan and progress")),
        ("legal", _N("vocab", "Legal-system involvement")),
        ("housing", _N("vocab", "Housing")),
        ("mental_health", _N("vocab", "Mental health")),
        ("substance_use", _N("vocab", "Substance use (SUD) information")),
        ("medical", _N("vocab", "Physical health")),
    ],
)

ALL_VOCABULARIES = {
    v.name: v
    for v in (
        NAME_QUALITY, DOB_QUALITY, RACE_ETHNICITY, SEX, YES_NO, PARTICIPANT_STATUS, EXIT_REASON,
        DESTINATION, LIVING_SITUATION, CONTACT_TYPE, ASSESSMENT_DOMAIN, NEED_LEVEL, GOAL_STATUS,
        SERVICE_TYPE, SERVICE_OUTCOME, LEGAL_CASE_STATUS, CONSENT_TYPE, SIGNER, INFO_CATEGORY,
    )
}

# Caseload standards (Bureau, "Caseload Standards and Efficacy").
CASELOAD_AVERAGE = 20
CASELOAD_MAXIMUM = 25
