"""HMIS CSV FY2026 files that describe who exports and what projects exist.

Export, Organization, User, Project, Funder, ProjectCoC, Inventory,
Affiliation, HMISParticipation and CEParticipation, each an ordered tuple of
columns as the specification's tables give them (see `lead_desktop.domain.hmis`
for the sources and where they disagree).
"""

from __future__ import annotations

from lead_desktop.domain.hmis.model import bookkeeping, col

# Export.csv: 19 columns
EXPORT = (
    col("ExportID", "S32"),
    # The machine-readable table leaves SourceType without a list; its notes and the PDF give list 1.9.
    col("SourceType", "I", codes="1.9"),
    # FY2026 lets SourceID name several CoC codes, "XX-501;XX-502". The machine-readable table still
    # says S32; Green River's 2026 structure and Bitfocus's FY2026 notes say S350. 350 is kept so an
    # import of a multi-CoC export is not refused; anything LEAD Desktop writes fits in 32.
    col("SourceID", "S350", null=True),
    col("SourceName", "S50", null=True),
    col("SourceContactFirst", "S50", null=True),
    col("SourceContactLast", "S50", null=True),
    col("SourceContactPhone", "S10", null=True),
    col("SourceContactExtension", "S5", null=True),
    col("SourceContactEmail", "S320", null=True),
    col("ExportDate", "T"),
    col("ExportStartDate", "D"),
    col("ExportEndDate", "D"),
    col("SoftwareName", "S50"),
    col("SoftwareVersion", "S50", null=True),
    col("CSVVersion", "S50", null=True),
    col("ExportPeriodType", "I", codes="1.1"),
    col("ExportDirective", "I", codes="1.2"),
    col("HashStatus", "I", codes="1.5"),
    col("ImplementationID", "S200"),
)

# Organization.csv: 9 columns
ORGANIZATION = (
    col("OrganizationID", "S32", de="2.01.1"),
    col("OrganizationName", "S200", de="2.01.2"),
    # 1.10 (No/Yes) as in HUD's FY2024 table; the FY2026 table as Eva reads it says "1.1", the
    # same number read as a decimal, and 1.1 is ExportPeriodType.
    col("VictimServiceProvider", "I", codes="1.10", de="2.01.3"),
    col("OrganizationCommonName", "S200", null=True),
    *bookkeeping(),
)

# User.csv: 10 columns
USER = (
    col("UserID", "S32", de="5.07"),
    col("UserFirstName", "S50", null=True),
    col("UserLastName", "S50", null=True),
    col("UserPhone", "S10", null=True),
    col("UserExtension", "S5", null=True),
    col("UserEmail", "S320", null=True),
    col("DateCreated", "T"),
    col("DateUpdated", "T"),
    col("DateDeleted", "T", null=True),
    col("ExportID", "S32"),
)

# Project.csv: 19 columns
PROJECT = (
    col("ProjectID", "S32", de="2.02.1"),
    col("OrganizationID", "S32", de="2.01.1"),
    col("ProjectName", "S200", de="2.02.2"),
    col("ProjectCommonName", "S200", null=True),
    col("OperatingStartDate", "D", de="2.02.3"),
    col("OperatingEndDate", "D", null=True, de="2.02.4"),
    col("ContinuumProject", "I", codes="1.10", de="2.02.5"),
    # Required in FY2026 (FY2024's table allowed a blank); Green River's database allows null, which
    # is a storage choice, not the file format.
    col("ProjectType", "I", codes="2.02.6", de="2.02.6"),
    col("HousingType", "I", null=True, codes="2.02.D", de="2.02.D"),
    col("RRHSubType", "I", null=True, codes="2.02.A", de="2.02.A", unless="ProjectType=13"),
    col("ResidentialAffiliation", "I", null=True, codes="1.10", de="2.02.B"),
    col("TargetPopulation", "I", null=True, codes="2.02.7", de="2.02.7"),
    col("HOPWAMedAssistedLivingFac", "I", null=True, codes="2.02.8", de="2.02.8"),
    col("PITCount", "I", null=True),
    *bookkeeping(),
)

# Funder.csv: 12 columns
FUNDER = (
    col("FunderID", "S32"),
    col("ProjectID", "S32"),
    col("Funder", "I", codes="2.06.1", de="2.06.1"),
    col("OtherFunder", "S100", null=True, de="2.06.A"),
    col("GrantID", "S100", de="2.06.2"),
    col("StartDate", "D", de="2.06.3"),
    col("EndDate", "D", null=True, de="2.06.4"),
    *bookkeeping(),
)

# ProjectCoC.csv: 15 columns
PROJECTCOC = (
    col("ProjectCoCID", "S32"),
    col("ProjectID", "S32"),
    col("CoCCode", "S6", de="2.03.1"),
    col("Geocode", "S6", de="2.03.2"),
    col("Address1", "S100", null=True, de="2.03.3"),
    col("Address2", "S100", null=True, de="2.03.4"),
    col("City", "S50", null=True, de="2.03.5"),
    col("State", "S2", null=True, de="2.03.6"),
    # HUD spells the header ZIP; Green River's structure writes Zip (it reads headers case-blind).
    col("ZIP", "S5", null=True, de="2.03.7"),
    col("GeographyType", "I", null=True, codes="2.03.4", de="2.03.8"),
    *bookkeeping(),
)

# Inventory.csv: 22 columns
INVENTORY = (
    col("InventoryID", "S32"),
    col("ProjectID", "S32"),
    col("CoCCode", "S6", de="2.07.3"),
    col("HouseholdType", "I", codes="2.07.4", de="2.07.4"),
    col("Availability", "I", null=True, codes="2.07.6", de="2.07.6"),
    col("UnitInventory", "I", de="2.07.15"),
    col("BedInventory", "I", de="2.07.14"),
    col("CHVetBedInventory", "I", null=True, de="2.07.7"),
    col("YouthVetBedInventory", "I", null=True, de="2.07.8"),
    col("VetBedInventory", "I", null=True, de="2.07.9"),
    col("CHYouthBedInventory", "I", null=True, de="2.07.10"),
    col("YouthBedInventory", "I", null=True, de="2.07.11"),
    col("CHBedInventory", "I", null=True, de="2.07.12"),
    col("OtherBedInventory", "I", null=True, de="2.07.13"),
    col("ESBedType", "I", null=True, codes="2.07.5", de="2.07.5"),
    col("InventoryStartDate", "D", de="2.07.1"),
    col("InventoryEndDate", "D", null=True, de="2.07.2"),
    *bookkeeping(),
)

# Affiliation.csv: 8 columns
AFFILIATION = (
    col("AffiliationID", "S32"),
    col("ProjectID", "S32"),
    col("ResProjectID", "S32", de="2.02.C"),
    *bookkeeping(),
)

# HMISParticipation.csv: 10 columns
HMISPARTICIPATION = (
    col("HMISParticipationID", "S32"),
    col("ProjectID", "S32"),
    col("HMISParticipationType", "I", codes="2.08.1", de="2.08.1"),
    col("HMISParticipationStatusStartDate", "D", de="2.08.2"),
    col("HMISParticipationStatusEndDate", "D", null=True, de="2.08.3"),
    *bookkeeping(),
)

# CEParticipation.csv: 15 columns
CEPARTICIPATION = (
    col("CEParticipationID", "S32"),
    col("ProjectID", "S32"),
    col("AccessPoint", "I", codes="1.10", de="2.09.1"),
    col("PreventionAssessment", "I", null=True, codes="1.10", de="2.09.A"),
    col("CrisisAssessment", "I", null=True, codes="1.10", de="2.09.A"),
    col("HousingAssessment", "I", null=True, codes="1.10", de="2.09.A"),
    col("DirectServices", "I", null=True, codes="1.10", de="2.09.A"),
    col("ReceivesReferrals", "I", codes="1.10", de="2.09.2"),
    col("CEParticipationStatusStartDate", "D", de="2.09.3"),
    col("CEParticipationStatusEndDate", "D", null=True, de="2.09.4"),
    *bookkeeping(),
)

