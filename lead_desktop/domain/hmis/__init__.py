"""A machine-readable copy of the HUD HMIS CSV Format Specifications FY2026 (in force from 1 October 2025).

`spec` holds every file of the export with its columns in order (type S string,
I integer, D date, T timestamp, M money; maximum length; whether a value is
required; the code list), plus the FY2024 Client and Enrollment headers so an
importer reads both versions. `codes` holds the HUD code lists with HUD's
labels. `mapping` maps LEAD Desktop's answers to each column's list and
back; `site` declares what an export needs to know about the LEAD project (its
IDs and names in the HMIS, CoC code, funder). Written from the sources below, never copied from their code:

- HUD, "HMIS CSV Format Specifications FY2026", machine-readable table (columns in
  order, types, nulls, lists, validations, list values; 2025), as carried by Eva, the
  HMIS data-quality tool Abt Associates builds for HUD: abtassociates/eva,
  public-resources/eva_specs_prepped.rds, built from "FY26 HMIS-CSV-Machine-Readable-
  Specifications.xlsx" (branch hotfix/additional-invalid-issues, commit ee2bcd2a,
  19 May 2026).
- HUD, "CSV Specifications Machine-Readable FY2024": HUD-Data-Lab/DataLab,
  "CSV Specifications Machine-Readable_FY2024.xlsx" (commit 9cf7e68, 22 April 2024),
  for HUD's labels and every FY2024 difference.
- Green River, greenriver/hmis-warehouse (commit 2bb2a18, 21 August 2026):
  app/models/concerns/hmis_structure/*.rb, `hmis_configuration(version: '2026')` and
  '2024'; lib/data/2026_hud_lists.json; drivers/hud_twenty_twenty_four_to_twenty_twenty_six
  (the 2024 to 2026 conversion).
- HUD Data Lab, HUD-Data-Lab/DataLab (commit ce46f7e, 15 October 2025): DataLab_Lists.R
  (`hmis_csvs_fy26` column types) and FY2026_mapping.R (the FY2024 to FY2026 column moves).
- Bitfocus, "HUD HMIS CSV/XML Program Data Export: FY 2026 Updates" (help.bitfocus.com),
  for the list and length changes.

The three FY2026 sources agree on every file's column count and column types (Client.csv
38 columns with Sex at position 11 after DOBDataQuality, Enrollment.csv 67, Exit.csv 44);
HUD's table and Green River's agree on every name and position but two spellings (HUD's
Data Lab gives types and the FY2024 to FY2026 moves, which match). Where the sources
disagree, HUD's own table is followed unless said otherwise, and the line says so:

- ProjectCoC.ZIP and Exit.WorkplaceViolenceThreats: HUD's spelling, not Green River's
  Zip and WorkPlaceViolenceThreats.
- Client names and SSN: S64 as HUD's FY2026 table (room for a SHA-256 hash; Green
  River keeps 50 and 9); unhashed exports keep to spec.UNHASHED_MAX_LENGTH.
- Export.SourceID: S350 as Green River and Bitfocus (HUD's table still says S32 while
  allowing several CoC codes in it); the one place HUD's table is not followed.
- Organization.VictimServiceProvider: list 1.10; the FY2026 table as Eva carries it says
  "1.1", the same number read as a decimal.
- Nullability: HUD's (Green River lets ProjectType, RelationshipToHoH, EnrollmentCoC,
  DisablingCondition, DataCollectionStage and others be null in its database).
- Money and data-quality columns: HUD's M and I (Green River stores strings).
- FundingSource 2.06.1: HUD's codes (47 and 48 kept, no 32; Green River the reverse);
  R11.A without 99 (Green River adds it); HOPWA financial assistance keeps HUD's number
  W2.2 (Green River: V2.3).
- Destination, prior and current living situation: HUD validates all three against list
  3.12.1 with per-column exclusions; here each column has its own list (codes.DESTINATION,
  PRIOR_LIVING_SITUATION, CURRENT_LIVING_SITUATION) built from 3.12.1 and those exclusions.
- Labels: HUD's FY2024 sheet has two RecordType labels one row off and R15.B ranges turned
  into dates; both are corrected. Sex, V10 and the FY2026 additions carry Green River's
  labels, HUD's table having codes only.

The labels are HUD's English, for the CSV exchange and for developers; a window that shows
them must mark them for translation first.
"""

from lead_desktop.domain.hmis.codes import is_valid_code, label
from lead_desktop.domain.hmis.spec import FILES, column, columns

__all__ = ["FILES", "column", "columns", "is_valid_code", "label"]
