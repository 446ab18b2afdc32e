"""Every file of the HMIS CSV FY2026 export, its columns in order, and the FY2024 differences an importer meets.

`columns("Client.csv")` is the header a file must have, `column(file, name)`
one column's type, length, nullability and code list. The columns are declared
in `files_project`, `files_client` and `files_records`; sources and the
choices made where they disagree are in the package docstring.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from lead_desktop.domain.hmis import codes, files_client, files_project, files_records
from lead_desktop.domain.hmis.model import Column

CSV_VERSION = "2026 v1.0"  # Export.CSVVersion as HUD's Data Lab and Green River write it
VERSIONS = ("2026", "2024")

# In the order the specification lists them. Every key points back at a file listed before it
# except UserID (Organization.csv comes before User.csv), so an importer reads User.csv early.
FILES: dict[str, tuple[Column, ...]] = {
    "Export.csv": files_project.EXPORT,
    "Organization.csv": files_project.ORGANIZATION,
    "User.csv": files_project.USER,
    "Project.csv": files_project.PROJECT,
    "Funder.csv": files_project.FUNDER,
    "ProjectCoC.csv": files_project.PROJECTCOC,
    "Inventory.csv": files_project.INVENTORY,
    "Affiliation.csv": files_project.AFFILIATION,
    "HMISParticipation.csv": files_project.HMISPARTICIPATION,
    "CEParticipation.csv": files_project.CEPARTICIPATION,
    "Client.csv": files_client.CLIENT,
    "Enrollment.csv": files_client.ENROLLMENT,
    "Exit.csv": files_client.EXIT,
    "IncomeBenefits.csv": files_records.INCOMEBENEFITS,
    "HealthAndDV.csv": files_records.HEALTHANDDV,
    "EmploymentEducation.csv": files_records.EMPLOYMENTEDUCATION,
    "Disabilities.csv": files_records.DISABILITIES,
    "Services.csv": files_records.SERVICES,
    "CurrentLivingSituation.csv": files_records.CURRENTLIVINGSITUATION,
    "Assessment.csv": files_records.ASSESSMENT,
    "AssessmentQuestions.csv": files_records.ASSESSMENTQUESTIONS,
    "AssessmentResults.csv": files_records.ASSESSMENTRESULTS,
    "Event.csv": files_records.EVENT,
    "YouthEducationStatus.csv": files_records.YOUTHEDUCATIONSTATUS,
}
# EnrollmentCoC.csv was folded into Enrollment.EnrollmentCoC in FY2024 and is not part of FY2026.

# Hashed exports (HashStatus 4) put a 64-character SHA-256 in these columns, hence S64 above;
# an unhashed export, which is all LEAD Desktop writes, keeps to the plain lengths.
UNHASHED_MAX_LENGTH = {"FirstName": 50, "MiddleName": 50, "LastName": 50, "NameSuffix": 50, "SSN": 9}

# ---- FY2024 ------------------------------------------------------------------------------
# FY2024 headers differ from FY2026 in Client.csv and Enrollment.csv only (HUD's FY2024
# machine-readable table against FY2026; Green River's 2024 and 2026 structures agree).
FY2024_HEADERS: dict[str, tuple[str, ...]] = {
    "Client.csv": (
        "PersonalID", "FirstName", "MiddleName", "LastName", "NameSuffix", "NameDataQuality", "SSN",
        "SSNDataQuality", "DOB", "DOBDataQuality", "AmIndAKNative", "Asian", "BlackAfAmerican",
        "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific", "White", "RaceNone",
        "AdditionalRaceEthnicity", "Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender",
        "Questioning", "DifferentIdentity", "GenderNone", "DifferentIdentityText", "VeteranStatus",
        "YearEnteredService", "YearSeparated", "WorldWarII", "KoreanWar", "VietnamWar", "DesertStorm",
        "AfghanistanOEF", "IraqOIF", "IraqOND", "OtherTheater", "MilitaryBranch", "DischargeStatus",
        "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    ),
    "Enrollment.csv": (
        "EnrollmentID", "PersonalID", "ProjectID", "EntryDate", "HouseholdID", "RelationshipToHoH",
        "EnrollmentCoC", "LivingSituation", "RentalSubsidyType", "LengthOfStay", "LOSUnderThreshold",
        "PreviousStreetESSH", "DateToStreetESSH", "TimesHomelessPastThreeYears",
        "MonthsHomelessPastThreeYears", "DisablingCondition", "DateOfEngagement", "MoveInDate",
        "DateOfPATHStatus", "ClientEnrolledInPATH", "ReasonNotEnrolled", "PercentAMI", "ReferralSource",
        "CountOutreachReferralApproaches", "DateOfBCPStatus", "EligibleForRHY", "ReasonNoServices",
        "RunawayYouth", "SexualOrientation", "SexualOrientationOther", "FormerWardChildWelfare",
        "ChildWelfareYears", "ChildWelfareMonths", "FormerWardJuvenileJustice", "JuvenileJusticeYears",
        "JuvenileJusticeMonths", "UnemploymentFam", "MentalHealthDisorderFam", "PhysicalDisabilityFam",
        "AlcoholDrugUseDisorderFam", "InsufficientIncome", "IncarceratedParent", "VAMCStation",
        "TargetScreenReqd", "TimeToHousingLoss", "AnnualPercentAMI", "LiteralHomelessHistory",
        "ClientLeaseholder", "HOHLeaseholder", "SubsidyAtRisk", "EvictionHistory", "CriminalRecord",
        "IncarceratedAdult", "PrisonDischarge", "SexOffender", "DisabledHoH", "CurrentPregnant",
        "SingleParent", "DependentUnder6", "HH5Plus", "CoCPrioritized", "HPScreeningScore",
        "ThresholdScore", "TranslationNeeded", "PreferredLanguage", "PreferredLanguageDifferent",
        "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    ),
}
FY2024_RENAMED = {"HispanicLatinaeo": "HispanicLatinao"}  # FY2024 header -> FY2026 column

# FY2024 columns FY2026 dropped (besides the rename), so an FY2024 file can be read and checked.
FY2024_ONLY: dict[str, tuple[Column, ...]] = {
    "Client.csv": (
        *(Column(name, "I", code_list="1.10", element="3.06.1") for name in (
            "Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender", "Questioning", "DifferentIdentity")),
        Column("GenderNone", "I", nullable=True, code_list="1.6", element="3.06.1"),
        Column("DifferentIdentityText", "S", 100, nullable=True, element="3.06.A"),
    ),
    "Enrollment.csv": (
        Column("SexualOrientation", "I", nullable=True, code_list="R3.1", element="R3.1"),
        Column("SexualOrientationOther", "S", 100, nullable=True, element="R3.A"),
        Column("TranslationNeeded", "I", nullable=True, code_list="1.8", element="C4.1"),
        # List C4.A (languages) is not kept, see codes.FY2024_ONLY_LISTS.
        Column("PreferredLanguage", "I", nullable=True, element="C4.A"),
        Column("PreferredLanguageDifferent", "S", 100, nullable=True, element="C4.B"),
    ),
}

# Columns both versions have whose FY2024 definition differs (lists widened, lengths grown).
_FY2024_LISTS = {
    ("Enrollment.csv", name): "1.7" for name in (
        "UnemploymentFam", "MentalHealthDisorderFam", "PhysicalDisabilityFam", "AlcoholDrugUseDisorderFam",
        "InsufficientIncome", "IncarceratedParent")
} | {
    ("Exit.csv", name): "1.7" for name in (
        "CounselingReceived", "IndividualCounseling", "FamilyCounseling", "GroupCounseling",
        "PostExitCounselingPlan", "EmailSocialMedia", "Telephone", "InPersonIndividual", "InPersonGroup")
}
_FY2024_LENGTHS = {
    ("Export.csv", "SourceID"): 32,
    ("CurrentLivingSituation.csv", "VerifiedBy"): 100,
    **{("Client.csv", name): length for name, length in UNHASHED_MAX_LENGTH.items()},
}


def _file_key(file_name: str) -> str:
    key = file_name if file_name.endswith(".csv") else f"{file_name}.csv"
    if key not in FILES:
        raise KeyError(f"no HMIS CSV file {file_name!r}")
    return key


def _check_version(version: str) -> None:
    if version not in VERSIONS:
        raise ValueError(f"HMIS CSV version {version!r} is not one of {VERSIONS}")


def columns(file_name: str, version: str = "2026") -> tuple[str, ...]:
    """The header the file must have, in order ("Client.csv" or "Client")."""
    _check_version(version)
    key = _file_key(file_name)
    if version == "2024" and key in FY2024_HEADERS:
        return FY2024_HEADERS[key]
    return tuple(found.name for found in FILES[key])


def column(file_name: str, name: str, version: str = "2026") -> Column:
    _check_version(version)
    key = _file_key(file_name)
    if name not in columns(key, version):
        raise KeyError(f"{key} has no column {name!r} in FY{version}")
    if version == "2024":
        extra = {found.name: found for found in FY2024_ONLY.get(key, ())}
        if name in extra:
            return extra[name]
        found = _find(key, FY2024_RENAMED.get(name, name))
        if (key, name) in _FY2024_LISTS:
            found = replace(found, code_list=_FY2024_LISTS[key, name])
        if (key, name) in _FY2024_LENGTHS:
            found = replace(found, max_length=_FY2024_LENGTHS[key, name])
        return replace(found, name=name)
    return _find(key, name)


def _find(key: str, name: str) -> Column:
    return next(found for found in FILES[key] if found.name == name)


def version_of(file_name: str, header: tuple[str, ...] | list[str]) -> str | None:
    """Which version's header this is, or None when it is neither (a column missing, extra or misplaced)."""
    for version in VERSIONS:
        if tuple(header) == columns(file_name, version):
            return version
    return None


def list_for(file_name: str, name: str, row: Mapping[str, object], version: str = "2026") -> str | None:
    """The code list the column's value must be on in this row; None when it is not coded.

    Most columns have one list; Services.TypeProvided follows RecordType, SubTypeProvided follows
    TypeProvided, and Disabilities.DisabilityResponse follows DisabilityType."""
    found = column(file_name, name, version)
    if found.list_by is None:
        return found.code_list
    controlling, choices, otherwise = found.list_by
    value = row.get(controlling)
    return next((number for code, number in choices if codes.integer_code(value) == code), otherwise)


def may_have_value(file_name: str, name: str, row: Mapping[str, object], version: str = "2026") -> bool:
    """False where the specification says the column must be blank given the row's other columns
    (its "Null unless" rule for columns of the same file)."""
    found = column(file_name, name, version)
    if not found.null_unless:
        return True
    return any(
        all(codes.integer_code(row.get(condition.column)) in condition.values for condition in alternative)
        for alternative in found.null_unless
    )


def dependent_columns(file_name: str, name: str, value: int, version: str = "2026") -> tuple[str, ...]:
    """Columns of the file that may hold a value only because `name` holds `value`: Destination 435
    opens DestinationSubsidyType, Destination 17 OtherDestination."""
    opened = []
    for other in columns(file_name, version):
        rules = column(file_name, other, version).null_unless
        if any(len(alternative) == 1 and alternative[0].column == name and value in alternative[0].values
               for alternative in rules):
            opened.append(other)
    return tuple(opened)


def not_collected_value(file_name: str, name: str, version: str = "2026") -> int | None:
    """What to write when the answer is unknown: 99 where the column's list has "Data not collected",
    otherwise None, meaning a blank cell (only where the column may be blank)."""
    found = column(file_name, name, version)
    if found.code_list and codes.DATA_NOT_COLLECTED in codes.missing_data_codes(found.code_list):
        return codes.DATA_NOT_COLLECTED
    return None
