"""HMIS CSV FY2026 files about a person and their stay: Client, Enrollment and Exit.

The three files LEAD Desktop exchanges most; column order is the one every
header must have. Sources and the choices made where they disagree are listed
in `lead_desktop.domain.hmis`.
"""

from __future__ import annotations

from lead_desktop.domain.hmis.model import bookkeeping, col

# Client.csv: 38 columns
CLIENT = (
    col("PersonalID", "S32", de="5.08"),
    # S64 in FY2026 so a SHA-256 hash fits (HashStatus 4); an unhashed export keeps names to 50
    # characters and SSN to 9 (spec.UNHASHED_MAX_LENGTH). Green River keeps 50 and 9.
    col("FirstName", "S64", null=True, de="3.01.1"),
    col("MiddleName", "S64", null=True, de="3.01.2"),
    col("LastName", "S64", null=True, de="3.01.3"),
    col("NameSuffix", "S64", null=True, de="3.01.4"),
    col("NameDataQuality", "I", codes="3.01.5", de="3.01.5"),
    col("SSN", "S64", null=True, de="3.02.1"),
    col("SSNDataQuality", "I", codes="3.02.2", de="3.02.2"),
    col("DOB", "D", null=True, de="3.03.1"),
    col("DOBDataQuality", "I", codes="3.03.2", de="3.03.2"),
    # New in FY2026, right after DOBDataQuality: HUD's table, Green River and HUD's Data Lab agree.
    # The FY2024 gender columns (Woman … DifferentIdentityText) are gone. Blank is allowed: records
    # collected before 1 October 2025 have no answer.
    col("Sex", "I", null=True, codes="4.21", de="4.21"),
    col("AmIndAKNative", "I", codes="1.10", de="3.04.1"),
    col("Asian", "I", codes="1.10", de="3.04.1"),
    col("BlackAfAmerican", "I", codes="1.10", de="3.04.1"),
    col("HispanicLatinao", "I", codes="1.10", de="3.04.1"),  # FY2024: HispanicLatinaeo
    col("MidEastNAfrican", "I", codes="1.10", de="3.04.1"),
    col("NativeHIPacific", "I", codes="1.10", de="3.04.1"),
    col("White", "I", codes="1.10", de="3.04.1"),
    col("RaceNone", "I", null=True, codes="1.6", de="3.04.1"),
    col("AdditionalRaceEthnicity", "S100", null=True, de="3.04.2"),
    col("VeteranStatus", "I", codes="1.8", de="3.07.1"),
    col("YearEnteredService", "I", null=True, de="V1.1"),
    col("YearSeparated", "I", null=True, de="V1.2"),
    col("WorldWarII", "I", null=True, codes="1.8", de="V1.3"),
    col("KoreanWar", "I", null=True, codes="1.8", de="V1.4"),
    col("VietnamWar", "I", null=True, codes="1.8", de="V1.5"),
    col("DesertStorm", "I", null=True, codes="1.8", de="V1.6"),
    col("AfghanistanOEF", "I", null=True, codes="1.8", de="V1.7"),
    col("IraqOIF", "I", null=True, codes="1.8", de="V1.8"),
    col("IraqOND", "I", null=True, codes="1.8", de="V1.9"),
    col("OtherTheater", "I", null=True, codes="1.8", de="V1.10"),
    col("MilitaryBranch", "I", null=True, codes="V1.11", de="V1.11"),
    col("DischargeStatus", "I", null=True, codes="V1.12", de="V1.12"),
    *bookkeeping(),
)

# Enrollment.csv: 67 columns
ENROLLMENT = (
    col("EnrollmentID", "S32", de="5.06.1"),
    col("PersonalID", "S32", de="5.08.1"),
    col("ProjectID", "S32", de="2.02.1"),
    col("EntryDate", "D", de="3.10.1"),
    col("HouseholdID", "S32", de="5.09.1"),
    col("RelationshipToHoH", "I", codes="3.15.1", de="3.15.1"),
    col("EnrollmentCoC", "S6", de="3.16.1"),
    # HUD names the shared list 3.12.1 and excludes ten codes here; "3.917" is that narrower list.
    col("LivingSituation", "I", null=True, codes="3.917", de="3.917.1"),
    col("RentalSubsidyType", "I", null=True, codes="3.12.A", de="3.917.A", unless="LivingSituation=435"),
    col("LengthOfStay", "I", null=True, codes="3.917.2", de="3.917.2"),
    col("LOSUnderThreshold", "I", null=True, codes="1.7", de="3.917.2 A, 3.917.2 B"),
    col("PreviousStreetESSH", "I", null=True, codes="1.7", de="3.917.2 C"),
    col("DateToStreetESSH", "D", null=True, de="3.917.3"),
    col("TimesHomelessPastThreeYears", "I", null=True, codes="3.917.4", de="3.917.4"),
    col("MonthsHomelessPastThreeYears", "I", null=True, codes="3.917.5", de="3.917.5"),
    col("DisablingCondition", "I", codes="1.8", de="3.08"),
    col("DateOfEngagement", "D", null=True, de="4.13.1"),
    col("MoveInDate", "D", null=True, de="3.20.1"),
    col("DateOfPATHStatus", "D", null=True, de="P3.1"),
    col("ClientEnrolledInPATH", "I", null=True, codes="1.7", de="P3.2"),
    col("ReasonNotEnrolled", "I", null=True, codes="P3.A", de="P3.A", unless="ClientEnrolledInPATH=0"),
    col("PercentAMI", "I", null=True, codes="V4.1", de="V4.1"),
    col("ReferralSource", "I", null=True, codes="R1.1", de="R1.1"),
    col("CountOutreachReferralApproaches", "I", null=True, de="R1.A"),
    col("DateOfBCPStatus", "D", null=True, de="R2.1"),
    col("EligibleForRHY", "I", null=True, codes="1.7", de="R2.2"),
    col("ReasonNoServices", "I", null=True, codes="R2.A", de="R2.A", unless="EligibleForRHY=0"),
    col("RunawayYouth", "I", null=True, codes="1.8", de="R2.B", unless="EligibleForRHY=1"),
    col("FormerWardChildWelfare", "I", null=True, codes="1.8", de="R11.1"),
    col("ChildWelfareYears", "I", null=True, codes="R11.A", de="R11.A"),
    col("ChildWelfareMonths", "I", null=True, de="R11.B"),
    col("FormerWardJuvenileJustice", "I", null=True, codes="1.8", de="R12.1"),
    col("JuvenileJusticeYears", "I", null=True, codes="R11.A", de="R12.A"),
    col("JuvenileJusticeMonths", "I", null=True, de="R12.B"),
    # R13: list 1.8 from FY2026 (1.7 before), so 8 and 9 are valid answers now.
    col("UnemploymentFam", "I", null=True, codes="1.8", de="R13.9"),
    col("MentalHealthDisorderFam", "I", null=True, codes="1.8", de="R13.11"),
    col("PhysicalDisabilityFam", "I", null=True, codes="1.8", de="R13.15"),
    col("AlcoholDrugUseDisorderFam", "I", null=True, codes="1.8", de="R13.21"),
    col("InsufficientIncome", "I", null=True, codes="1.8", de="R13.22"),
    col("IncarceratedParent", "I", null=True, codes="1.8", de="R13.24"),
    col("VAMCStation", "S5", null=True, codes="V6.1", de="V6.1"),
    col("TargetScreenReqd", "I", null=True, codes="1.7", de="V7.1"),
    col("TimeToHousingLoss", "I", null=True, codes="V7.A", de="V7.A"),
    col("AnnualPercentAMI", "I", null=True, codes="V7.B", de="V7.B"),
    col("LiteralHomelessHistory", "I", null=True, codes="V7.C", de="V7.C"),
    col("ClientLeaseholder", "I", null=True, codes="1.7", de="V7.D"),
    col("HOHLeaseholder", "I", null=True, codes="1.7", de="V7.E"),
    col("SubsidyAtRisk", "I", null=True, codes="1.7", de="V7.F"),
    col("EvictionHistory", "I", null=True, codes="V7.G", de="V7.G"),
    col("CriminalRecord", "I", null=True, codes="1.7", de="V7.H"),
    col("IncarceratedAdult", "I", null=True, codes="V7.I", de="V7.I"),
    col("PrisonDischarge", "I", null=True, codes="1.7", de="V7.J"),
    col("SexOffender", "I", null=True, codes="1.7", de="V7.K"),
    col("DisabledHoH", "I", null=True, codes="1.7", de="V7.L"),
    col("CurrentPregnant", "I", null=True, codes="1.7", de="V7.M"),
    col("SingleParent", "I", null=True, codes="1.7", de="V7.N"),
    col("DependentUnder6", "I", null=True, codes="V7.O", de="V7.O"),
    col("HH5Plus", "I", null=True, codes="1.7", de="V7.P"),
    col("CoCPrioritized", "I", null=True, codes="1.7", de="V7.Q"),
    col("HPScreeningScore", "I", null=True, de="V7.R"),
    col("ThresholdScore", "I", null=True, de="V7.S"),
    # New in FY2026. FY2024's SexualOrientation, SexualOrientationOther, TranslationNeeded,
    # PreferredLanguage and PreferredLanguageDifferent are gone (spec.FY2024_HEADERS keeps them).
    col("MentalHealthConsultation", "I", null=True, codes="V10", de="V10"),
    *bookkeeping(),
)

# Exit.csv: 44 columns
EXIT = (
    col("ExitID", "S32"),
    col("EnrollmentID", "S32"),
    col("PersonalID", "S32"),
    col("ExitDate", "D", de="3.11.1"),
    # HUD names the shared list 3.12.1 and excludes 335, 336 and 37 here; "3.12" is that narrower list.
    col("Destination", "I", codes="3.12", de="3.12.1"),
    col("DestinationSubsidyType", "I", null=True, codes="3.12.A", de="3.12.A", unless="Destination=435"),
    col("OtherDestination", "S50", null=True, de="3.12.B", unless="Destination=17"),
    col("HousingAssessment", "I", null=True, codes="W5.1", de="W5.1"),
    col("SubsidyInformation", "I", null=True, codes="W5.AB", de="W5.A, W5.B"),
    col("ProjectCompletionStatus", "I", null=True, codes="R17.1", de="R17.1"),
    col("EarlyExitReason", "I", null=True, codes="R17.A", de="R17.A", unless="ProjectCompletionStatus=3"),
    col("ExchangeForSex", "I", null=True, codes="1.8", de="R15.1"),
    col("ExchangeForSexPastThreeMonths", "I", null=True, codes="1.8", de="R15.A", unless="ExchangeForSex=1"),
    col("CountOfExchangeForSex", "I", null=True, codes="R15.B", de="R15.B", unless="ExchangeForSex=1"),
    col("AskedOrForcedToExchangeForSex", "I", null=True, codes="1.8", de="R15.C", unless="ExchangeForSex=1"),
    col("AskedOrForcedToExchangeForSexPastThreeMonths", "I", null=True, codes="1.8",
        de="R15.D", unless="AskedOrForcedToExchangeForSex=1"),
    # HUD spells it Workplace…; Green River's structure has WorkPlaceViolenceThreats.
    col("WorkplaceViolenceThreats", "I", null=True, codes="1.8", de="R16.1"),
    col("WorkplacePromiseDifference", "I", null=True, codes="1.8", de="R16.2"),
    col("CoercedToContinueWork", "I", null=True, codes="1.8",
        de="R16.A", unless="WorkplaceViolenceThreats=1|WorkplacePromiseDifference=1"),
    col("LaborExploitPastThreeMonths", "I", null=True, codes="1.8",
        de="R16.B", unless="WorkplaceViolenceThreats=1|WorkplacePromiseDifference=1"),
    # R18 and R20.A: list 1.10 from FY2026 (1.7 before), so 99 is no longer a valid answer.
    col("CounselingReceived", "I", null=True, codes="1.10", de="R18.1"),
    col("IndividualCounseling", "I", null=True, codes="1.10", de="R18.A", unless="CounselingReceived=1"),
    col("FamilyCounseling", "I", null=True, codes="1.10", de="R18.A", unless="CounselingReceived=1"),
    col("GroupCounseling", "I", null=True, codes="1.10", de="R18.A", unless="CounselingReceived=1"),
    col("SessionCountAtExit", "I", null=True, de="R18.B", unless="CounselingReceived=1"),
    col("PostExitCounselingPlan", "I", null=True, codes="1.10", de="R18.3"),
    col("SessionsInPlan", "I", null=True, de="R18.2"),
    col("DestinationSafeClient", "I", null=True, codes="1.8", de="R19.1"),
    col("DestinationSafeWorker", "I", null=True, codes="R19.A", de="R19.2"),
    col("PosAdultConnections", "I", null=True, codes="R19.A", de="R19.3"),
    col("PosPeerConnections", "I", null=True, codes="R19.A", de="R19.4"),
    col("PosCommunityConnections", "I", null=True, codes="R19.A", de="R19.5"),
    col("AftercareDate", "D", null=True, de="R20.1"),
    col("AftercareProvided", "I", null=True, codes="R20.2", de="R20.2"),
    col("EmailSocialMedia", "I", null=True, codes="1.10", de="R20.A", unless="AftercareProvided=1"),
    col("Telephone", "I", null=True, codes="1.10", de="R20.A", unless="AftercareProvided=1"),
    col("InPersonIndividual", "I", null=True, codes="1.10", de="R20.A", unless="AftercareProvided=1"),
    col("InPersonGroup", "I", null=True, codes="1.10", de="R20.A", unless="AftercareProvided=1"),
    col("CMExitReason", "I", null=True, codes="V9.1", de="V9.1"),
    *bookkeeping(),
)

