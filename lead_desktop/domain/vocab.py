"""Vocabularies from DOMAIN.md (§2, §4, §6, §7): stable codes stored in the database, labels for display.

A `Vocabulary` maps code → label; labels are marked for translation in the
"vocab" context. HMIS code lists follow the FY2026 HMIS CSV specification.
Records keep the code they were entered with; a retired code stays in its
list with `retired=True` so old records still show a label.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

# 2026.2: living situations on the FY2026 list 4.12 (LIVING_SITUATION below), 3.12.A subsidy types.
VOCAB_VERSION = "2026.2"


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    retired: bool = False


class Vocabulary:
    def __init__(self, name: str, terms: list[tuple[str, str]], exclusive: tuple[str, ...] = (),
                 retired: list[tuple[str, str]] = ()) -> None:
        self.name = name
        # Retired codes are no longer offered, but records entered with them keep them and show their label.
        self.terms = [Term(code, label) for code, label in terms] + [Term(code, label, True) for code, label in retired]
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
    ("8", QT_TRANSLATE_NOOP("vocab", "Client doesn't know")),
    ("9", QT_TRANSLATE_NOOP("vocab", "Client prefers not to answer")),
    ("99", QT_TRANSLATE_NOOP("vocab", "Data not collected")),
]
MISSING_CODES = ("8", "9", "99")

NAME_QUALITY = Vocabulary(
    "name_quality",
    [
        ("1", QT_TRANSLATE_NOOP("vocab", "Full name reported")),
        ("2", QT_TRANSLATE_NOOP("vocab", "Partial, street name or code name")),
    ]
    + MISSING,
)
DOB_QUALITY = Vocabulary(
    "dob_quality",
    [
        ("1", QT_TRANSLATE_NOOP("vocab", "Full date of birth")),
        ("2", QT_TRANSLATE_NOOP("vocab", "Approximate or partial date of birth")),
    ]
    + MISSING,
)
RACE_ETHNICITY = Vocabulary(
    "race_ethnicity",
    [
        ("1", QT_TRANSLATE_NOOP("vocab", "American Indian, Alaska Native or Indigenous")),
        ("2", QT_TRANSLATE_NOOP("vocab", "Asian or Asian American")),
        ("3", QT_TRANSLATE_NOOP("vocab", "Black, African American or African")),
        ("6", QT_TRANSLATE_NOOP("vocab", "Hispanic/Latina/e/o")),
        ("7", QT_TRANSLATE_NOOP("vocab", "Middle Eastern or North African")),
        ("4", QT_TRANSLATE_NOOP("vocab", "Native Hawaiian or Pacific Islander")),
        ("5", QT_TRANSLATE_NOOP("vocab", "White")),
    ]
    + MISSING,
    exclusive=MISSING_CODES,
)
SEX = Vocabulary(
    "sex", [("0", QT_TRANSLATE_NOOP("vocab", "Female")), ("1", QT_TRANSLATE_NOOP("vocab", "Male"))] + MISSING
)
YES_NO = Vocabulary(
    "yes_no", [("0", QT_TRANSLATE_NOOP("vocab", "No")), ("1", QT_TRANSLATE_NOOP("vocab", "Yes"))] + MISSING
)

PARTICIPANT_STATUS = Vocabulary(
    "participant_status",
    [
        ("active", QT_TRANSLATE_NOOP("vocab", "Active")),
        ("inactive", QT_TRANSLATE_NOOP("vocab", "Inactive")),
        ("unable_to_locate", QT_TRANSLATE_NOOP("vocab", "Unable to locate")),
        ("exited", QT_TRANSLATE_NOOP("vocab", "Exited")),
    ],
)

EXIT_REASON = Vocabulary(
    "exit_reason",
    [
        ("no_further_need", QT_TRANSLATE_NOOP("vocab", "No further need")),
        ("moved_away", QT_TRANSLATE_NOOP("vocab", "Moved away")),
        ("deceased", QT_TRANSLATE_NOOP("vocab", "Deceased")),
        ("long_term_incarceration", QT_TRANSLATE_NOOP("vocab", "Long-term incarceration")),
        ("participant_request", QT_TRANSLATE_NOOP("vocab", "Participant request")),
        ("site_criteria", QT_TRANSLATE_NOOP("vocab", "Ended per site criteria")),
        ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
    ],
)

# HMIS 3.12 Destination. HUD derives three lists from one (3.12.1): Destination, 3.917 Prior
# living situation and 4.12 Current living situation, each leaving out codes that mean nothing for
# it (domain.hmis.codes). Each list here is its own, never one reused for another.
_DESTINATIONS = [
    ("101", QT_TRANSLATE_NOOP("vocab", "Emergency shelter")),
    ("116", QT_TRANSLATE_NOOP("vocab", "Place not meant for habitation")),
    ("118", QT_TRANSLATE_NOOP("vocab", "Safe haven")),
    ("204", QT_TRANSLATE_NOOP("vocab", "Psychiatric hospital or facility")),
    ("205", QT_TRANSLATE_NOOP("vocab", "Substance use treatment facility or detox")),
    ("206", QT_TRANSLATE_NOOP("vocab", "Hospital or other medical facility")),
    ("207", QT_TRANSLATE_NOOP("vocab", "Jail, prison or juvenile detention")),
    ("215", QT_TRANSLATE_NOOP("vocab", "Foster care home or group home")),
    ("225", QT_TRANSLATE_NOOP("vocab", "Long-term care facility or nursing home")),
    ("302", QT_TRANSLATE_NOOP("vocab", "Transitional housing")),
    ("312", QT_TRANSLATE_NOOP("vocab", "Staying with family, temporary")),
    ("313", QT_TRANSLATE_NOOP("vocab", "Staying with friends, temporary")),
    ("314", QT_TRANSLATE_NOOP("vocab", "Hotel or motel paid without voucher")),
    ("327", QT_TRANSLATE_NOOP("vocab", "Moved from one HOPWA project to HOPWA transitional housing")),
    ("329", QT_TRANSLATE_NOOP("vocab", "Residential project or halfway house")),
    ("332", QT_TRANSLATE_NOOP("vocab", "Host home (non-crisis)")),
    ("410", QT_TRANSLATE_NOOP("vocab", "Rental by client, no ongoing subsidy")),
    ("411", QT_TRANSLATE_NOOP("vocab", "Owned by client, no ongoing subsidy")),
    ("421", QT_TRANSLATE_NOOP("vocab", "Owned by client, with ongoing subsidy")),
    ("422", QT_TRANSLATE_NOOP("vocab", "Staying with family, permanent")),
    ("423", QT_TRANSLATE_NOOP("vocab", "Staying with friends, permanent")),
    ("426", QT_TRANSLATE_NOOP("vocab", "Moved to HOPWA permanent housing")),
    ("435", QT_TRANSLATE_NOOP("vocab", "Rental by client, with ongoing subsidy")),
]
DESTINATION = Vocabulary(
    "destination",
    _DESTINATIONS
    + [
        ("17", QT_TRANSLATE_NOOP("vocab", "Other")),
        ("24", QT_TRANSLATE_NOOP("vocab", "Deceased")),
        ("30", QT_TRANSLATE_NOOP("vocab", "No exit interview completed")),
    ]
    + MISSING,
)
# HMIS 4.12 Current living situation, which LEAD Desktop's housing history records over time; its
# first entry answers 3.917 Prior living situation (the same list less 17 and 37). A stay with family
# or friends is 335 or 336 whatever the tenure. The tenure-qualified stays (312, 313, 422, 423) and
# the HOPWA moves (327, 426) are destinations only: they were offered here before version 2026.2 and
# stay, retired, for the records entered with them (domain.hmis.mapping says what each becomes in an
# HMIS file).
_NOT_LIVING_SITUATIONS = ("312", "313", "327", "422", "423", "426")
LIVING_SITUATION = Vocabulary(
    "living_situation",
    [term for term in _DESTINATIONS if term[0] not in _NOT_LIVING_SITUATIONS]
    + [
        ("335", QT_TRANSLATE_NOOP("vocab", "Staying or living in a family member's room, apartment or house")),
        ("336", QT_TRANSLATE_NOOP("vocab", "Staying or living in a friend's room, apartment or house")),
        ("17", QT_TRANSLATE_NOOP("vocab", "Other")),
        ("37", QT_TRANSLATE_NOOP("vocab", "Worker unable to determine")),
    ]
    + MISSING,
    retired=[term for term in _DESTINATIONS if term[0] in _NOT_LIVING_SITUATIONS],
)
# HMIS 3.12.A: the kind of ongoing subsidy behind "rental by client, with ongoing housing subsidy"
# (435), asked wherever 435 is answered (destination, prior and current living situation).
RENTAL_WITH_SUBSIDY = "435"
SUBSIDY_TYPE = Vocabulary(
    "subsidy_type",
    [
        ("419", QT_TRANSLATE_NOOP("vocab", "VASH housing subsidy")),
        ("420", QT_TRANSLATE_NOOP("vocab", "Other ongoing housing subsidy")),
        ("428", QT_TRANSLATE_NOOP("vocab", "GPD TIP housing subsidy")),
        ("431", QT_TRANSLATE_NOOP("vocab", "RRH or equivalent subsidy")),
        ("433", QT_TRANSLATE_NOOP("vocab", "HCV voucher (tenant or project based, not dedicated)")),
        ("434", QT_TRANSLATE_NOOP("vocab", "Public housing unit")),
        ("436", QT_TRANSLATE_NOOP("vocab", "Housing Stability Voucher")),
        ("437", QT_TRANSLATE_NOOP("vocab", "Family Unification Program Voucher (FUP)")),
        ("438", QT_TRANSLATE_NOOP("vocab", "Foster Youth to Independence Initiative (FYI)")),
        ("439", QT_TRANSLATE_NOOP("vocab", "Permanent Supportive Housing")),
        ("440", QT_TRANSLATE_NOOP("vocab", "Other permanent housing dedicated for formerly homeless persons")),
    ],
)


def destination_group(code: str) -> str:
    """HMIS destination group: homeless, institutional, temporary, permanent or other."""
    if len(code) == 3 and code[0] in "1234":
        return {"1": "homeless", "2": "institutional", "3": "temporary", "4": "permanent"}[code[0]]
    return "other"


CONTACT_TYPE = Vocabulary(
    "contact_type",
    [
        ("street", QT_TRANSLATE_NOOP("vocab", "Street / field")),
        ("office", QT_TRANSLATE_NOOP("vocab", "Office")),
        ("phone", QT_TRANSLATE_NOOP("vocab", "Phone")),
        ("collateral", QT_TRANSLATE_NOOP("vocab", "Collateral")),
        ("court", QT_TRANSLATE_NOOP("vocab", "Court accompaniment")),
        ("owg", QT_TRANSLATE_NOOP("vocab", "OWG discussion")),
    ],
)

ASSESSMENT_DOMAIN = Vocabulary(
    "assessment_domain",
    [
        ("housing", QT_TRANSLATE_NOOP("vocab", "Housing")),
        ("substance_use", QT_TRANSLATE_NOOP("vocab", "Substance use")),
        ("mental_health", QT_TRANSLATE_NOOP("vocab", "Mental health")),
        ("physical_health", QT_TRANSLATE_NOOP("vocab", "Physical health")),
        ("income_benefits", QT_TRANSLATE_NOOP("vocab", "Income / benefits")),
        ("legal", QT_TRANSLATE_NOOP("vocab", "Legal")),
        ("safety", QT_TRANSLATE_NOOP("vocab", "Safety")),
    ],
)
NEED_LEVEL = Vocabulary(
    "need_level",
    [
        ("none", QT_TRANSLATE_NOOP("vocab", "No need")),
        ("low", QT_TRANSLATE_NOOP("vocab", "Low")),
        ("moderate", QT_TRANSLATE_NOOP("vocab", "Moderate")),
        ("high", QT_TRANSLATE_NOOP("vocab", "High")),
        ("not_assessed", QT_TRANSLATE_NOOP("vocab", "Not assessed")),
    ],
)

GOAL_STATUS = Vocabulary(
    "goal_status",
    [
        ("open", QT_TRANSLATE_NOOP("vocab", "Open")),
        ("in_progress", QT_TRANSLATE_NOOP("vocab", "In progress")),
        ("achieved", QT_TRANSLATE_NOOP("vocab", "Achieved")),
        ("set_aside", QT_TRANSLATE_NOOP("vocab", "Set aside by participant")),
    ],
)
OPEN_GOAL_STATUSES = ("open", "in_progress")

SERVICE_TYPE = Vocabulary(
    "service_type",
    [
        ("housing", QT_TRANSLATE_NOOP("vocab", "Housing")),
        ("sud_treatment", QT_TRANSLATE_NOOP("vocab", "SUD treatment")),
        ("mental_health", QT_TRANSLATE_NOOP("vocab", "Mental health")),
        ("medical", QT_TRANSLATE_NOOP("vocab", "Medical")),
        ("benefits_id", QT_TRANSLATE_NOOP("vocab", "Benefits / ID")),
        ("legal", QT_TRANSLATE_NOOP("vocab", "Legal")),
        ("employment", QT_TRANSLATE_NOOP("vocab", "Employment / training")),
        ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
    ],
)
# HMIS 4.20.D referral outcome, plus "pending" before an answer comes back.
SERVICE_OUTCOME = Vocabulary(
    "service_outcome",
    [
        ("pending", QT_TRANSLATE_NOOP("vocab", "Pending")),
        ("1", QT_TRANSLATE_NOOP("vocab", "Accepted")),
        ("2", QT_TRANSLATE_NOOP("vocab", "Client rejected")),
        ("3", QT_TRANSLATE_NOOP("vocab", "Provider rejected")),
    ],
)

LEGAL_CASE_STATUS = Vocabulary(
    "legal_case_status",
    [
        ("open", QT_TRANSLATE_NOOP("vocab", "Open")),
        ("warrant", QT_TRANSLATE_NOOP("vocab", "Warrant outstanding")),
        ("resolved", QT_TRANSLATE_NOOP("vocab", "Resolved")),
        ("dismissed", QT_TRANSLATE_NOOP("vocab", "Dismissed")),
    ],
)

ACTIVE_LEGAL_CASE_STATUSES = ("open", "warrant")  # cases whose court dates still matter

CONSENT_TYPE = Vocabulary(
    "consent_type",
    [
        ("lead_multi_party", QT_TRANSLATE_NOOP("vocab", "LEAD multi-party release of information")),
        ("part2", QT_TRANSLATE_NOOP("vocab", "42 CFR Part 2 consent (substance use)")),
        ("agency_roi", QT_TRANSLATE_NOOP("vocab", "Single-agency release of information")),
        ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
    ],
)
# Recipients a consent names as a data system rather than a person or organization: an export into
# that system includes only the people whose consent in force names it.
HMIS_RECIPIENT = "hmis"
CONSENT_RECIPIENT_KIND = Vocabulary(
    "consent_recipient_kind",
    [
        (HMIS_RECIPIENT, QT_TRANSLATE_NOOP("vocab", "HMIS / Continuum of Care")),
    ],
)
SIGNER = Vocabulary(
    "signer",
    [
        ("participant", QT_TRANSLATE_NOOP("vocab", "Participant")),
        ("representative", QT_TRANSLATE_NOOP("vocab", "Authorised representative")),
    ],
)
INFO_CATEGORY = Vocabulary(
    "info_category",
    [
        ("enrollment", QT_TRANSLATE_NOOP("vocab", "Enrollment and participation status")),
        ("case_plan", QT_TRANSLATE_NOOP("vocab", "Case plan and progress")),
        ("legal", QT_TRANSLATE_NOOP("vocab", "Legal-system involvement")),
        ("housing", QT_TRANSLATE_NOOP("vocab", "Housing")),
        ("mental_health", QT_TRANSLATE_NOOP("vocab", "Mental health")),
        ("substance_use", QT_TRANSLATE_NOOP("vocab", "Substance use (SUD) information")),
        ("medical", QT_TRANSLATE_NOOP("vocab", "Physical health")),
    ],
)

ALL_VOCABULARIES = {
    v.name: v
    for v in (
        NAME_QUALITY, DOB_QUALITY, RACE_ETHNICITY, SEX, YES_NO, PARTICIPANT_STATUS, EXIT_REASON,
        DESTINATION, LIVING_SITUATION, SUBSIDY_TYPE, CONTACT_TYPE, ASSESSMENT_DOMAIN, NEED_LEVEL, GOAL_STATUS,
        SERVICE_TYPE, SERVICE_OUTCOME, LEGAL_CASE_STATUS, CONSENT_TYPE, CONSENT_RECIPIENT_KIND, SIGNER,
        INFO_CATEGORY,
    )
}

# Caseload standards (Bureau, "Caseload Standards and Efficacy").
CASELOAD_AVERAGE = 20
CASELOAD_MAXIMUM = 25
