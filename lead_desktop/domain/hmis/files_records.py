"""HMIS CSV FY2026 files of records collected during an enrollment.

IncomeBenefits, HealthAndDV, EmploymentEducation, Disabilities, Services,
CurrentLivingSituation, Assessment, AssessmentQuestions, AssessmentResults,
Event and YouthEducationStatus. Sources and the choices made where they
disagree are listed in `lead_desktop.domain.hmis`.
"""

from __future__ import annotations

from lead_desktop.domain.hmis.model import bookkeeping, col

# Services.TypeProvided takes its list from RecordType (list 1.4).
_TYPE_PROVIDED = (
    (141, "P1.2"), (142, "R14.2"), (143, "W1.2"), (144, "V2.2"), (151, "W2.2"),
    (152, "V3.3"), (161, "P2.2"), (200, "4.14"), (210, "V8.2"), (300, "C2.2"),
)

# IncomeBenefits.csv: 77 columns
INCOMEBENEFITS = (
    col("IncomeBenefitsID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D"),
    col("IncomeFromAnySource", "I", null=True, codes="1.8", de="4.02.2"),
    # Money per HUD (Green River stores these as strings; HUD's Data Lab reads them as decimals).
    col("TotalMonthlyIncome", "M+", null=True, de="4.02.18"),
    col("Earned", "I", null=True, codes="1.7", de="4.02.3"),
    col("EarnedAmount", "M+", null=True, de="4.02.A"),
    col("Unemployment", "I", null=True, codes="1.7", de="4.02.4"),
    col("UnemploymentAmount", "M+", null=True, de="4.02.B"),
    col("SSI", "I", null=True, codes="1.7", de="4.02.5"),
    col("SSIAmount", "M+", null=True, de="4.02.C"),
    col("SSDI", "I", null=True, codes="1.7", de="4.02.6"),
    col("SSDIAmount", "M+", null=True, de="4.02.D"),
    col("VADisabilityService", "I", null=True, codes="1.7", de="4.02.7"),
    col("VADisabilityServiceAmount", "M+", null=True, de="4.02.E"),
    col("VADisabilityNonService", "I", null=True, codes="1.7", de="4.02.8"),
    col("VADisabilityNonServiceAmount", "M+", null=True, de="4.02.F"),
    col("PrivateDisability", "I", null=True, codes="1.7", de="4.02.9"),
    col("PrivateDisabilityAmount", "M+", null=True, de="4.02.G"),
    col("WorkersComp", "I", null=True, codes="1.7", de="4.02.10"),
    col("WorkersCompAmount", "M+", null=True, de="4.02.H"),
    col("TANF", "I", null=True, codes="1.7", de="4.02.11"),
    col("TANFAmount", "M+", null=True, de="4.02.I"),
    col("GA", "I", null=True, codes="1.7", de="4.02.12"),
    col("GAAmount", "M+", null=True, de="4.02.J"),
    col("SocSecRetirement", "I", null=True, codes="1.7", de="4.02.13"),
    col("SocSecRetirementAmount", "M+", null=True, de="4.02.K"),
    col("Pension", "I", null=True, codes="1.7", de="4.02.14"),
    col("PensionAmount", "M+", null=True, de="4.02.L"),
    col("ChildSupport", "I", null=True, codes="1.7", de="4.02.15"),
    col("ChildSupportAmount", "M+", null=True, de="4.02.M"),
    col("Alimony", "I", null=True, codes="1.7", de="4.02.16"),
    col("AlimonyAmount", "M+", null=True, de="4.02.N"),
    col("OtherIncomeSource", "I", null=True, codes="1.7", de="4.02.17"),
    col("OtherIncomeAmount", "M+", null=True, de="4.02.O"),
    col("OtherIncomeSourceIdentify", "S50", null=True, de="4.02.P", unless="OtherIncomeSource=1"),
    col("BenefitsFromAnySource", "I", null=True, codes="1.8", de="4.03.2"),
    col("SNAP", "I", null=True, codes="1.7", de="4.03.3"),
    col("WIC", "I", null=True, codes="1.7", de="4.03.4"),
    col("TANFChildCare", "I", null=True, codes="1.7", de="4.03.5"),
    col("TANFTransportation", "I", null=True, codes="1.7", de="4.03.6"),
    col("OtherTANF", "I", null=True, codes="1.7", de="4.03.7"),
    col("OtherBenefitsSource", "I", null=True, codes="1.7", de="4.03.8"),
    col("OtherBenefitsSourceIdentify", "S50", null=True, de="4.03.A", unless="OtherBenefitsSource=1"),
    col("InsuranceFromAnySource", "I", null=True, codes="1.8", de="4.04.2"),
    col("Medicaid", "I", null=True, codes="1.7", de="4.04.3"),
    col("NoMedicaidReason", "I", null=True, codes="4.04.A", de="4.04.3A", unless="Medicaid=0"),
    col("Medicare", "I", null=True, codes="1.7", de="4.04.4"),
    col("NoMedicareReason", "I", null=True, codes="4.04.A", de="4.04.4A", unless="Medicare=0"),
    col("SCHIP", "I", null=True, codes="1.7", de="4.04.5"),
    col("NoSCHIPReason", "I", null=True, codes="4.04.A", de="4.04.5A", unless="SCHIP=0"),
    col("VHAServices", "I", null=True, codes="1.7", de="4.04.6"),
    col("NoVHAReason", "I", null=True, codes="4.04.A", de="4.04.6A", unless="VHAServices=0"),
    col("EmployerProvided", "I", null=True, codes="1.7", de="4.04.7"),
    col("NoEmployerProvidedReason", "I", null=True, codes="4.04.A", de="4.04.7A", unless="EmployerProvided=0"),
    col("COBRA", "I", null=True, codes="1.7", de="4.04.8"),
    col("NoCOBRAReason", "I", null=True, codes="4.04.A", de="4.04.8A", unless="COBRA=0"),
    col("PrivatePay", "I", null=True, codes="1.7", de="4.04.9"),
    col("NoPrivatePayReason", "I", null=True, codes="4.04.A", de="4.04.9A", unless="PrivatePay=0"),
    col("StateHealthIns", "I", null=True, codes="1.7", de="4.04.10"),
    col("NoStateHealthInsReason", "I", null=True, codes="4.04.A", de="4.04.10A", unless="StateHealthIns=0"),
    col("IndianHealthServices", "I", null=True, codes="1.7", de="4.04.11"),
    col("NoIndianHealthServicesReason", "I", null=True, codes="4.04.A",
        de="4.04.11A", unless="IndianHealthServices=0"),
    col("OtherInsurance", "I", null=True, codes="1.7", de="4.04.12"),
    col("OtherInsuranceIdentify", "S50", null=True, de="4.04.12A", unless="OtherInsurance=1"),
    col("ADAP", "I", null=True, codes="1.8", de="W3.3"),
    col("NoADAPReason", "I", null=True, codes="W3", de="W3.B", unless="ADAP=0"),
    col("RyanWhiteMedDent", "I", null=True, codes="1.8", de="W3.4"),
    col("NoRyanWhiteReason", "I", null=True, codes="W3", de="W3.C", unless="RyanWhiteMedDent=0"),
    col("ConnectionWithSOAR", "I", null=True, codes="1.8", de="P4.1"),
    col("DataCollectionStage", "I", codes="5.03.1"),
    *bookkeeping(),
)

# HealthAndDV.csv: 18 columns
HEALTHANDDV = (
    col("HealthAndDVID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D", de="4.11.1"),
    col("DomesticViolenceSurvivor", "I", null=True, codes="1.8", de="4.11.2"),
    col("WhenOccurred", "I", null=True, codes="4.11.A", de="4.11.A", unless="DomesticViolenceSurvivor=1"),
    col("CurrentlyFleeing", "I", null=True, codes="1.8", de="4.11.B", unless="DomesticViolenceSurvivor=1"),
    col("GeneralHealthStatus", "I", null=True, codes="R7.1", de="R7.1"),
    col("DentalHealthStatus", "I", null=True, codes="R7.1", de="R8.1"),
    col("MentalHealthStatus", "I", null=True, codes="R7.1", de="R9.1"),
    col("PregnancyStatus", "I", null=True, codes="1.8", de="R10.1"),
    col("DueDate", "D", null=True, de="R10.A", unless="PregnancyStatus=1"),
    col("DataCollectionStage", "I", codes="5.03.1"),
    *bookkeeping(),
)

# EmploymentEducation.csv: 15 columns
EMPLOYMENTEDUCATION = (
    col("EmploymentEducationID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D", de="R6.1"),
    col("LastGradeCompleted", "I", null=True, codes="R4.1", de="R4.1"),
    col("SchoolStatus", "I", null=True, codes="R5.1", de="R5.1"),
    col("Employed", "I", null=True, codes="1.8", de="R6.2"),
    col("EmploymentType", "I", null=True, codes="R6.A", de="R6.A", unless="Employed=1"),
    col("NotEmployedReason", "I", null=True, codes="R6.B", de="R6.B", unless="Employed=0"),
    col("DataCollectionStage", "I", codes="5.03.1"),
    *bookkeeping(),
)

# Disabilities.csv: 20 columns
DISABILITIES = (
    col("DisabilitiesID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D"),
    col("DisabilityType", "I", codes="1.3"),
    col("DisabilityResponse", "I", by=("DisabilityType", ((10, "4.10.2"),), "1.8")),
    col("IndefiniteAndImpairs", "I", null=True, codes="1.8"),
    col("TCellCountAvailable", "I", null=True, codes="1.8",
        de="W4.2", unless="DisabilityType=8&DisabilityResponse=1"),
    col("TCellCount", "I", null=True, de="W4.A", unless="TCellCountAvailable=1"),
    col("TCellSource", "I", null=True, codes="W4.B", de="W4.B"),
    col("ViralLoadAvailable", "I", null=True, codes="W4.3",
        de="W4.3", unless="DisabilityType=8&DisabilityResponse=1"),
    col("ViralLoad", "I", null=True, de="W4.C", unless="ViralLoadAvailable=1"),
    col("ViralLoadSource", "I", null=True, codes="W4.B", de="W4.D"),
    col("AntiRetroviral", "I", null=True, codes="1.8", de="W6.2", unless="DisabilityType=8&DisabilityResponse=1"),
    col("DataCollectionStage", "I", codes="5.03.1"),
    *bookkeeping(),
)

# Services.csv: 18 columns
SERVICES = (
    col("ServicesID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("DateProvided", "D"),
    col("RecordType", "I", codes="1.4"),
    col("TypeProvided", "I", by=("RecordType", _TYPE_PROVIDED, None)),
    col("OtherTypeProvided", "S50", null=True,
        de="V2.D, V8.A", unless="RecordType=144&TypeProvided=6|RecordType=210&TypeProvided=12"),
    col("MovingOnOtherType", "S50", null=True, de="C2.A", unless="RecordType=300&TypeProvided=5"),
    col("SubTypeProvided", "I", null=True,
        de="V2.A, V2.B, V2.C",
        unless="RecordType=144&TypeProvided=3,4,5",
        by=("TypeProvided", ((3, "V2.A"), (4, "V2.B"), (5, "V2.C")), None)),
    col("FAAmount", "M", null=True, de="V3.3, W2", unless="RecordType=151,152"),
    col("FAStartDate", "D", null=True, de="V3.2", unless="RecordType=152"),
    col("FAEndDate", "D", null=True, de="V3.5", unless="RecordType=152"),
    col("ReferralOutcome", "I", null=True, codes="P2.A", de="P2", unless="RecordType=161"),
    *bookkeeping(),
)

# CurrentLivingSituation.csv: 18 columns
CURRENTLIVINGSITUATION = (
    col("CurrentLivingSitID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D", de="4.12.1"),
    # HUD names the shared list 3.12.1 and excludes eight codes here; "4.12" is that narrower list.
    col("CurrentLivingSituation", "I", codes="4.12", de="4.12.2"),
    col("CLSSubsidyType", "I", null=True, codes="3.12.A", de="4.12.A", unless="CurrentLivingSituation=435"),
    # S200 from FY2026 (S100 before). Blank unless the project is Coordinated Entry (ProjectType 14),
    # a rule across files that is the exporter's to keep.
    col("VerifiedBy", "S200", null=True, de="4.12.3"),
    col("LeaveSituation14Days", "I", null=True, codes="1.8",
        de="4.12.B", unless="CurrentLivingSituation=215,206,207,225,204,205,302,329,314,332,336,335,410,435,421,411"),
    col("SubsequentResidence", "I", null=True, codes="1.8", de="4.12.C", unless="LeaveSituation14Days=1"),
    col("ResourcesToObtain", "I", null=True, codes="1.8", de="4.12.D", unless="LeaveSituation14Days=1"),
    col("LeaseOwn60Day", "I", null=True, codes="1.8", de="4.12.E", unless="LeaveSituation14Days=1"),
    col("MovedTwoOrMore", "I", null=True, codes="1.8", de="4.12.F", unless="LeaveSituation14Days=1"),
    col("LocationDetails", "S250", null=True, de="4.12.4"),
    *bookkeeping(),
)

# Assessment.csv: 13 columns
ASSESSMENT = (
    col("AssessmentID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("AssessmentDate", "D", de="4.19.1"),
    col("AssessmentLocation", "S250", de="4.19.2"),
    col("AssessmentType", "I", codes="4.19.3", de="4.19.3"),
    col("AssessmentLevel", "I", codes="4.19.4", de="4.19.4"),
    col("PrioritizationStatus", "I", codes="4.19.7", de="4.19.7"),
    *bookkeeping(),
)

# AssessmentQuestions.csv: 13 columns
ASSESSMENTQUESTIONS = (
    col("AssessmentQuestionID", "S32"),
    col("AssessmentID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("AssessmentQuestionGroup", "S250", null=True),
    col("AssessmentQuestionOrder", "I", null=True),
    col("AssessmentQuestion", "S250", de="4.19.5"),
    col("AssessmentAnswer", "S500", null=True, de="4.19.A"),
    *bookkeeping(),
)

# AssessmentResults.csv: 11 columns
ASSESSMENTRESULTS = (
    col("AssessmentResultID", "S32"),
    col("AssessmentID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("AssessmentResultType", "S250", de="4.19.6"),
    col("AssessmentResult", "S250", null=True, de="4.19.B"),
    *bookkeeping(),
)

# Event.csv: 15 columns
EVENT = (
    col("EventID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("EventDate", "D", de="4.20.1"),
    col("Event", "I", codes="4.20.2", de="4.20.2"),
    col("ProbSolDivRRResult", "I", null=True, codes="1.7", de="4.20.A"),
    col("ReferralCaseManageAfter", "I", null=True, codes="1.7", de="4.20.B"),
    col("LocationCrisisOrPHHousing", "S250", null=True, de="4.20.C"),
    col("ReferralResult", "I", null=True, codes="4.20.D", de="4.20.D"),
    col("ResultDate", "D", null=True, de="4.20.E"),
    *bookkeeping(),
)

# YouthEducationStatus.csv: 13 columns
YOUTHEDUCATIONSTATUS = (
    col("YouthEducationStatusID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("InformationDate", "D", de="C3.1"),
    col("CurrentSchoolAttend", "I", null=True, codes="C3.2", de="C3.2"),
    col("MostRecentEdStatus", "I", null=True, codes="C3.A", de="C3.A", unless="CurrentSchoolAttend=0"),
    col("CurrentEdStatus", "I", null=True, codes="C3.B", de="C3.B", unless="CurrentSchoolAttend=1,2"),
    col("DataCollectionStage", "I", codes="5.03.1"),
    *bookkeeping(),
)

