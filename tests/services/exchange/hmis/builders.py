"""Reading an HMIS export back in the tests, writing one by hand, and people as the round trip compares them."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

from lead_desktop.domain.hmis import spec
from lead_desktop.services import participants as ps
from lead_desktop.services.session import SiteSession
from tests.helpers.hmis_validator import files_of, read_tables  # noqa: F401 - re-exported for the tests

DETAILS = {"organization_id": "ORG-7", "organization_name": "Harbor Services", "project_id": "LEAD-PROJECT-1",
           "project_name": "LEAD Santa Fe", "project_type": "4", "continuum_project": True, "coc_code": "NM-500",
           "geocode": "359049", "funder": "46", "other_funder": "City of Santa Fe", "grant_id": "SF-2024-17",
           "operating_start": date(2023, 1, 1)}


def consent(site, person, *, sud: bool, hmis: bool = True, signed: date = date(2023, 4, 1)):  # noqa: ANN001, ANN201
    return ps.add_record(site, "consent", person.id, {
        "consent_type": "part2" if sud else "lead_multi_party", "sud": sud, "disclosing_party": "LEAD case management",
        "recipients": "Continuum of Care HMIS" if hmis else "Police department",
        "recipient_kinds": ["hmis"] if hmis else [], "information": ["enrollment", "housing"],
        "purpose": "HMIS participation", "right_to_revoke_explained": True, "signer": "participant",
        "signed_on": signed, "expires_on": date.today() + timedelta(days=365)})


# What the round trip keeps: the demographics, the enrollment and the exit (HMIS has no exit reason).
KEPT = ("first_name", "middle_name", "last_name", "name_quality", "dob", "dob_quality", "race_ethnicity", "sex",
        "veteran_status", "disabling_condition", "enrolled_on", "exit_date", "exit_destination",
        "exit_destination_subsidy")


def people(site: SiteSession) -> dict[str, dict]:
    """Everyone on the site by full name and birth date → the fields a round trip keeps."""
    out = {}
    offset = 0
    while True:
        page = ps.list_participants(site, limit=500, offset=offset)
        for row in page.rows:
            values = ps.get_participant(site, row.id).values
            out[f"{row.name} {values['dob']}"] = {name: values[name] for name in KEPT}
        offset += 500
        if offset >= page.total:
            return out


def write_export(folder: Path, tables: dict[str, list[dict[str, str]]], version: str = "2026") -> Path:
    """Files of the given rows under the version's full headers (blank cells where a row says nothing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        header = spec.columns(name, version)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, "") for column in header])
        (folder / name).write_bytes(out.getvalue().encode("utf-8"))
    return folder


def export_row(export_id: str = "E1") -> dict[str, str]:
    return {"ExportID": export_id, "SourceType": "1", "ExportDate": "2025-06-30 12:00:00",
            "ExportStartDate": "2020-01-01", "ExportEndDate": "2025-06-30", "SoftwareName": "Some HMIS",
            "ExportPeriodType": "3", "ExportDirective": "2", "HashStatus": "1", "ImplementationID": "HMIS-1"}
