"""The HMIS CSV FY2026 file layouts: what an exporter writes and an importer expects, column by
column, and the FY2024 headers an importer must still read (issue 17)."""

from __future__ import annotations

import pytest

from lead_desktop.domain import hmis
from lead_desktop.domain.hmis import codes, spec
from lead_desktop.domain.hmis.model import TYPES, col

# Column counts per file. HUD's FY2026 machine-readable table, Green River's 2026 structures and
# HUD Data Lab's FY2026 column types agree on every one.
COUNTS = {
    "Export.csv": 19, "Organization.csv": 9, "User.csv": 10, "Project.csv": 19, "Funder.csv": 12,
    "ProjectCoC.csv": 15, "Inventory.csv": 22, "Affiliation.csv": 8, "HMISParticipation.csv": 10,
    "CEParticipation.csv": 15, "Client.csv": 38, "Enrollment.csv": 67, "Exit.csv": 44,
    "IncomeBenefits.csv": 77, "HealthAndDV.csv": 18, "EmploymentEducation.csv": 15, "Disabilities.csv": 20,
    "Services.csv": 18, "CurrentLivingSituation.csv": 18, "Assessment.csv": 13, "AssessmentQuestions.csv": 13,
    "AssessmentResults.csv": 11, "Event.csv": 15, "YouthEducationStatus.csv": 13,
}
# The files issue 17 wants in an export.
EXPORTED = (
    "Export.csv", "Organization.csv", "Project.csv", "ProjectCoC.csv", "Funder.csv", "User.csv", "Client.csv",
    "Enrollment.csv", "Exit.csv", "Services.csv", "CurrentLivingSituation.csv", "HealthAndDV.csv",
    "Disabilities.csv", "IncomeBenefits.csv",
)
# Keys and the file whose first column each one is.
KEYS = {
    "ExportID": "Export.csv", "OrganizationID": "Organization.csv", "UserID": "User.csv",
    "ProjectID": "Project.csv", "PersonalID": "Client.csv", "EnrollmentID": "Enrollment.csv",
    "AssessmentID": "Assessment.csv",
}


def every_column(version="2026"):
    for file_name in spec.FILES:
        for name in spec.columns(file_name, version):
            yield file_name, spec.column(file_name, name, version)


def test_every_file_of_the_fy2026_export_with_its_column_count():
    assert {name: len(spec.columns(name)) for name in spec.FILES} == COUNTS
    assert set(EXPORTED) <= set(spec.FILES)
    assert "EnrollmentCoC.csv" not in spec.FILES  # folded into Enrollment.EnrollmentCoC before FY2026


def test_client_csv_fy2026_order():
    header = hmis.columns("Client.csv")
    assert header[0] == "PersonalID"
    assert header[9:12] == ("DOBDataQuality", "Sex", "AmIndAKNative")
    assert header.index("HispanicLatinao") == 14
    assert "HispanicLatinaeo" not in header
    assert not {"Woman", "Man", "NonBinary", "GenderNone", "DifferentIdentityText"} & set(header)
    assert header[-5:] == ("DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID")


def test_client_csv_fy2024_variant_keeps_the_old_race_name_and_the_gender_block():
    header = spec.columns("Client.csv", "2024")
    assert len(header) == 46
    assert header.index("HispanicLatinaeo") == 13
    assert "HispanicLatinao" not in header and "Sex" not in header
    assert header[19:28] == (
        "Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender", "Questioning", "DifferentIdentity",
        "GenderNone", "DifferentIdentityText",
    )
    renamed = spec.column("Client.csv", "HispanicLatinaeo", "2024")
    assert (renamed.name, renamed.code_list) == ("HispanicLatinaeo", "1.10")
    assert spec.FY2024_RENAMED["HispanicLatinaeo"] in hmis.columns("Client.csv")
    with pytest.raises(KeyError):
        spec.column("Client.csv", "Sex", "2024")


def test_enrollment_csv_both_versions():
    fy26, fy24 = spec.columns("Enrollment.csv"), spec.columns("Enrollment.csv", "2024")
    assert (len(fy26), len(fy24)) == (67, 71)
    assert fy26[61] == "MentalHealthConsultation" and fy26[60] == "ThresholdScore"
    gone = {"SexualOrientation", "SexualOrientationOther", "TranslationNeeded", "PreferredLanguage",
            "PreferredLanguageDifferent"}
    assert set(fy24) - set(fy26) == gone
    assert set(fy26) - set(fy24) == {"MentalHealthConsultation"}
    assert [name for name in fy24 if name not in gone] == [name for name in fy26 if name != "MentalHealthConsultation"]
    # R13 family critical issues: 8/9 became answers in FY2026.
    assert spec.column("Enrollment.csv", "UnemploymentFam").code_list == "1.8"
    assert spec.column("Enrollment.csv", "UnemploymentFam", "2024").code_list == "1.7"


def test_exit_csv_header_is_the_same_in_both_versions_but_counseling_lists_narrowed():
    assert spec.columns("Exit.csv", "2024") == spec.columns("Exit.csv")
    assert spec.column("Exit.csv", "CounselingReceived").code_list == "1.10"
    assert spec.column("Exit.csv", "CounselingReceived", "2024").code_list == "1.7"
    assert spec.column("Exit.csv", "Destination", "2024") == spec.column("Exit.csv", "Destination")


def test_fy2024_lengths_and_fy2026_hash_lengths():
    assert spec.column("Client.csv", "SSN").max_length == 64
    assert spec.column("Client.csv", "SSN", "2024").max_length == 9 == spec.UNHASHED_MAX_LENGTH["SSN"]
    assert spec.column("CurrentLivingSituation.csv", "VerifiedBy").max_length == 200
    assert spec.column("CurrentLivingSituation.csv", "VerifiedBy", "2024").max_length == 100


def test_version_of_a_header():
    assert spec.version_of("Client.csv", list(spec.columns("Client.csv"))) == "2026"
    assert spec.version_of("Client.csv", spec.FY2024_HEADERS["Client.csv"]) == "2024"
    assert spec.version_of("Exit.csv", spec.columns("Exit.csv")) == "2026"  # same header: the newer wins
    shuffled = list(spec.columns("Client.csv"))
    shuffled[10], shuffled[11] = shuffled[11], shuffled[10]
    assert spec.version_of("Client.csv", shuffled) is None
    assert spec.version_of("Client.csv", spec.columns("Client.csv")[:-1]) is None


def test_lookups_by_file_with_or_without_extension_and_refusals():
    assert hmis.columns("Client") == hmis.columns("Client.csv")
    assert hmis.column("Enrollment", "EnrollmentCoC") == spec.column("Enrollment.csv", "EnrollmentCoC")
    with pytest.raises(KeyError):
        hmis.columns("EnrollmentCoC.csv")
    with pytest.raises(KeyError):
        hmis.column("Client.csv", "Gender")
    with pytest.raises(ValueError):
        hmis.columns("Client.csv", "2022")


@pytest.mark.parametrize("version", spec.VERSIONS)
def test_columns_are_well_formed(version):
    for file_name in spec.FILES:
        names = spec.columns(file_name, version)
        assert len(names) == len(set(names)), file_name
        assert names[0].endswith("ID")
    for file_name, found in every_column(version):
        assert found.type in TYPES, (file_name, found.name)
        assert (found.max_length is not None) == (found.type == "S"), (file_name, found.name)
        if found.name in KEYS or found.name == spec.columns(file_name, version)[0]:
            assert (found.type, found.max_length) == ("S", 32), (file_name, found.name)
        assert found.required == (not found.nullable)


def test_keys_point_at_the_first_column_of_their_file():
    for key, owner in KEYS.items():
        assert spec.columns(owner)[0] == key
    order = list(spec.FILES)
    for file_name, found in every_column():
        # In FILES order every key points back at a file already read, except UserID:
        # HUD lists Organization.csv before User.csv.
        if found.name in KEYS and file_name != KEYS[found.name] and found.name != "UserID":
            assert order.index(KEYS[found.name]) < order.index(file_name), (file_name, found.name)


@pytest.mark.parametrize("version", spec.VERSIONS)
def test_every_coded_column_names_an_existing_list(version):
    seen = set()
    for file_name, found in every_column(version):
        named = [found.code_list] if found.code_list else []
        if found.list_by:
            controlling, choices, otherwise = found.list_by
            assert controlling in spec.columns(file_name, version)
            named += [number for _, number in choices] + ([otherwise] if otherwise else [])
            assert found.code_list is None  # one way of naming the list, not two
        for number in named:
            assert codes.code_list(number).number == number, (file_name, found.name)
            seen.add(number)
        if found.type != "I":
            assert not named or found.name == "VAMCStation", (file_name, found.name)
    # Every FY2026 list is some column's list (Services' and Disabilities' through list_by);
    # the shared 3.12.1 only through the three lists narrowed from it.
    if version == "2026":
        assert set(codes.LISTS) - seen <= {"3.12.1"}


def test_null_unless_rules_name_columns_and_codes_of_the_same_file():
    rules = 0
    for file_name, found in every_column():
        for alternative in found.null_unless:
            row = {condition.column: min(condition.values) for condition in alternative}
            for condition in alternative:
                assert condition.column in spec.columns(file_name), (file_name, found.name)
                assert condition.column != found.name
                number = spec.list_for(file_name, condition.column, row)
                for value in condition.values:
                    assert number is None or codes.is_valid_code(number, value), (file_name, found.name, value)
            rules += 1
        assert not found.null_unless or found.nullable, (file_name, found.name)
    assert rules > 50


@pytest.mark.parametrize("file_name, coded, subsidy", [
    ("Exit.csv", "Destination", "DestinationSubsidyType"),
    ("Enrollment.csv", "LivingSituation", "RentalSubsidyType"),
    ("CurrentLivingSituation.csv", "CurrentLivingSituation", "CLSSubsidyType"),
])
def test_rental_with_ongoing_subsidy_opens_the_subsidy_type(file_name, coded, subsidy):
    rental = codes.RENTAL_WITH_ONGOING_SUBSIDY
    assert codes.is_valid_code(spec.column(file_name, coded).code_list, rental)
    assert subsidy in spec.dependent_columns(file_name, coded, rental)
    assert spec.column(file_name, subsidy).code_list == "3.12.A"
    assert spec.may_have_value(file_name, subsidy, {coded: "435"})
    assert spec.may_have_value(file_name, subsidy, {coded: rental})
    assert not spec.may_have_value(file_name, subsidy, {coded: "410"})
    assert not spec.may_have_value(file_name, subsidy, {coded: ""})
    assert not spec.may_have_value(file_name, subsidy, {})


def test_other_dependent_columns_of_exit():
    assert spec.dependent_columns("Exit.csv", "Destination", 17) == ("OtherDestination",)
    assert spec.dependent_columns("Exit.csv", "Destination", 410) == ()
    assert spec.may_have_value("Exit.csv", "Destination", {})  # no rule: always allowed
    either = {"WorkplaceViolenceThreats": 0, "WorkplacePromiseDifference": 1}
    assert spec.may_have_value("Exit.csv", "CoercedToContinueWork", either)
    assert not spec.may_have_value("Exit.csv", "CoercedToContinueWork", {"WorkplaceViolenceThreats": 0})


def test_both_conditions_must_hold_where_the_rule_says_and():
    hiv = {"DisabilityType": 8, "DisabilityResponse": 1}
    assert spec.may_have_value("Disabilities.csv", "AntiRetroviral", hiv)
    assert not spec.may_have_value("Disabilities.csv", "AntiRetroviral", {**hiv, "DisabilityResponse": 0})
    assert not spec.may_have_value("Disabilities.csv", "AntiRetroviral", {**hiv, "DisabilityType": 9})


def test_lists_chosen_by_another_column():
    assert spec.list_for("Services.csv", "TypeProvided", {"RecordType": "200"}) == "4.14"
    assert spec.list_for("Services.csv", "TypeProvided", {"RecordType": 144}) == "V2.2"
    assert spec.list_for("Services.csv", "TypeProvided", {"RecordType": "999"}) is None
    assert spec.list_for("Services.csv", "SubTypeProvided", {"TypeProvided": "4"}) == "V2.B"
    assert spec.list_for("Disabilities.csv", "DisabilityResponse", {"DisabilityType": "10"}) == "4.10.2"
    assert spec.list_for("Disabilities.csv", "DisabilityResponse", {"DisabilityType": "9"}) == "1.8"
    assert spec.list_for("Exit.csv", "Destination", {}) == "3.12"
    assert spec.list_for("Client.csv", "FirstName", {}) is None


@pytest.mark.parametrize("file_name, name, written", [
    ("Exit.csv", "Destination", 99),
    ("Client.csv", "Sex", 99),
    ("Client.csv", "VeteranStatus", 99),
    ("Enrollment.csv", "RelationshipToHoH", 99),
    ("Enrollment.csv", "LivingSituation", 99),
    ("Enrollment.csv", "LOSUnderThreshold", 99),  # list 1.7: only 99 of the three
    ("Exit.csv", "DestinationSubsidyType", None),  # 3.12.A has no 99: blank
    ("Exit.csv", "CounselingReceived", None),  # 1.10: yes or no, else blank
    ("Client.csv", "AmIndAKNative", None),
    ("Client.csv", "DOB", None),
])
def test_what_unknown_is_written_as(file_name, name, written):
    assert spec.not_collected_value(file_name, name) == written
    if written is None:
        assert spec.column(file_name, name).nullable or spec.column(file_name, name).code_list == "1.10"


def test_required_and_optional_columns_the_exporter_fills():
    assert spec.column("Client.csv", "PersonalID").required
    assert spec.column("Client.csv", "Sex").nullable
    coc = spec.column("Enrollment.csv", "EnrollmentCoC")
    assert (coc.type, coc.max_length, coc.required) == ("S", 6, True)
    assert spec.column("Project.csv", "ProjectType").required
    money = spec.column("IncomeBenefits.csv", "TotalMonthlyIncome")
    assert (money.type, money.max_length) == ("M", None)
    assert spec.column("Export.csv", "SourceID").max_length == 350
    assert spec.column("Export.csv", "SourceID", "2024").max_length == 32


def test_column_notation_is_checked():
    assert col("X", "S12").max_length == 12
    assert col("X", "M+").type == "M"
    for bad in ("S", "I3", "X", "D10", "Q+", "I+"):
        with pytest.raises(ValueError):
            col("X", bad)
    rule = col("X", "I", unless="A=1,2&B=3|C=4").null_unless
    assert [[(c.column, sorted(c.values)) for c in alternative] for alternative in rule] == [
        [("A", [1, 2]), ("B", [3])], [("C", [4])],
    ]
