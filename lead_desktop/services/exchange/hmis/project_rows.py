"""The rows of an HMIS export that describe who exports and the project: Export.csv, Organization.csv,
User.csv, Project.csv, Funder.csv and ProjectCoC.csv, from the site's HMIS details (hmis.site).

LEAD Desktop is an agency's own application (SourceType 2) making a full refresh (ExportDirective 2)
of one project's records over the whole time it holds (ExportPeriodType 3, from the first entry to
the day of the export), unhashed. User.csv lists every staff account by its id alone: no names, the
HMIS needs only that each UserID of the other files resolves.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from lead_desktop import __version__
from lead_desktop.domain.hmis import mapping, site as hmis_site_form, spec
from lead_desktop.services.exchange.hmis.site import HmisSite

SOFTWARE_NAME = "LEAD Desktop"
AGENCY_APPLICATION = 2  # 1.9 SourceType
REPORTING_PERIOD = 3  # 1.1 ExportPeriodType
FULL_REFRESH = 2  # 1.2 ExportDirective
UNHASHED = 1  # 1.5 HashStatus
NOT_APPLICABLE = 4  # 2.02.7 TargetPopulation
NON_HOPWA = 2  # 2.02.8


@dataclass(frozen=True)
class ExportHeader:
    """What every file's bookkeeping and Export.csv need: this export's id, when, by whom, for which site."""

    export_id: str
    now: datetime
    user_id: str  # the person exporting, as an HMIS UserID
    site_id: str
    site_name: str
    start: date  # ExportStartDate: the first EntryDate exported (the export's day when none)


def bookkeeping(header: ExportHeader, created: datetime | None = None, updated: datetime | None = None,
                user_id: str | None = None) -> dict[str, object]:
    return {"DateCreated": created or header.now, "DateUpdated": updated or created or header.now,
            "UserID": user_id or header.user_id, "DateDeleted": None, "ExportID": header.export_id}


def export_rows(header: ExportHeader, project: HmisSite) -> Iterator[dict]:
    yield {
        "ExportID": header.export_id, "SourceType": AGENCY_APPLICATION, "SourceID": project.coc_code,
        "SourceName": header.site_name, "ExportDate": header.now, "ExportStartDate": header.start,
        "ExportEndDate": header.now.date(), "SoftwareName": SOFTWARE_NAME, "SoftwareVersion": __version__,
        "CSVVersion": spec.CSV_VERSION, "ExportPeriodType": REPORTING_PERIOD, "ExportDirective": FULL_REFRESH,
        "HashStatus": UNHASHED, "ImplementationID": f"{SOFTWARE_NAME} {header.site_id}",
    }


def organization_rows(header: ExportHeader, project: HmisSite) -> Iterator[dict]:
    yield {"OrganizationID": project.organization_id, "OrganizationName": project.organization_name,
           "VictimServiceProvider": 0, **bookkeeping(header)}


def user_rows(header: ExportHeader, accounts: list[tuple[str, datetime, datetime]]) -> Iterator[dict]:
    """Every account (id, created, updated); the person exporting is always one of them."""
    for account_id, created, updated in accounts:
        yield {"UserID": mapping.hmis_id(account_id), "DateCreated": created, "DateUpdated": updated,
               "DateDeleted": None, "ExportID": header.export_id}


def project_rows(header: ExportHeader, project: HmisSite) -> Iterator[dict]:
    services_only = project.project_type == int(hmis_site_form.SERVICES_ONLY)
    yield {
        "ProjectID": project.project_id, "OrganizationID": project.organization_id,
        "ProjectName": project.project_name, "OperatingStartDate": project.operating_start,
        "ContinuumProject": int(project.continuum_project), "ProjectType": project.project_type,
        # 2.02.B: asked of Services Only projects (is it tied to a residential project? LEAD is not).
        "ResidentialAffiliation": 0 if services_only else None,
        "TargetPopulation": NOT_APPLICABLE, "HOPWAMedAssistedLivingFac": NON_HOPWA, **bookkeeping(header),
    }


def funder_rows(header: ExportHeader, project: HmisSite) -> Iterator[dict]:
    yield {
        "FunderID": mapping.derived_id("funder", project.project_id), "ProjectID": project.project_id,
        "Funder": project.funder, "OtherFunder": project.other_funder or None, "GrantID": project.grant_id,
        "StartDate": project.operating_start, **bookkeeping(header),
    }


def project_coc_rows(header: ExportHeader, project: HmisSite) -> Iterator[dict]:
    yield {
        "ProjectCoCID": mapping.derived_id("project_coc", project.project_id), "ProjectID": project.project_id,
        "CoCCode": project.coc_code, "Geocode": project.geocode, **bookkeeping(header),
    }
