"""HMIS CSV FY2026 both ways: an export a Continuum of Care's HMIS loads, and an import of one of its projects.

One module per job; this package gathers their public names:

* site — the site's HMIS details (organization, project, CoC, funder), asked once and kept
* consent — whose record may go into the HMIS, and with substance use information or not
* project_rows, people_rows — each file's rows (domain.hmis.mapping maps the codes)
* csvio — writing the files into a folder or .zip as the specification asks; reading them back
* export — the export itself: consent, files, disclosure log, audit
* reading — an export's clients of one project, as participants would hold them
* importing — check, dry run and the all-or-nothing import of those clients
"""

from __future__ import annotations

from lead_desktop.services.exchange.hmis.csvio import ExportFolderNotEmpty, NotAnHmisExport
from lead_desktop.services.exchange.hmis.export import ConsentCount, HmisExportResult, export_hmis, hmis_consent_count
from lead_desktop.services.exchange.hmis.importing import (
    HmisImportResult, HmisPreview, hmis_projects, import_hmis, preview_hmis,
)
from lead_desktop.services.exchange.hmis.reading import ChooseProject, NoSuchProject
from lead_desktop.services.exchange.hmis.site import HmisSite, hmis_site, hmis_site_values, save_hmis_site

__all__ = [
    "ExportFolderNotEmpty", "NotAnHmisExport", "ConsentCount", "HmisExportResult", "export_hmis",
    "hmis_consent_count", "HmisImportResult", "HmisPreview", "hmis_projects", "import_hmis", "preview_hmis", "ChooseProject",
    "NoSuchProject", "HmisSite", "hmis_site", "hmis_site_values", "save_hmis_site",
]
