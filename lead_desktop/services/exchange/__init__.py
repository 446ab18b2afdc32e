"""Data exchange: importing a site's spreadsheets safely, exporting lists, de-identified and HMIS files.

Importing and exporting need EDIT_PARTICIPANTS and VIEW_PARTICIPANTS; every import is audited once
with counts only, every export with its kind and row count.

One module per job; this package re-exports their public names, so callers may write
`exchange.run_import(...)`:

* files — reading CSV and Excel into plain rows; writing CSV and Excel without stray plaintext
* mappings — which column fills which field; mappings saved by name
* checking — each row's conversion, links and status (matching: likely duplicates of a person)
* importing — preview, and the all-or-nothing import in one transaction
* history — a site's history of people, referrals and contacts as one import (history_check checks the
  three sheets together, history_write writes them in bulk)
* export — whole lists as CSV or .xlsx
* deidentified — the de-identified analysis file
* hmis — the HMIS CSV FY2026 export and the import of an HMIS export (a package of its own)
* progress — progress and Cancel for all of them
"""

from __future__ import annotations

from lead_desktop.domain.errors import FileNotWritten
from lead_desktop.services.exchange.checking import (
    IMPORTED_BEFORE, INVALID, NEW, ON_FILE, POSSIBLE_MATCH, REJECTED_STATUSES, REPEAT, STATUSES, STATUS_LABELS, SUBJECT,
    UPDATE, RowReport,
)
from lead_desktop.services.exchange.deidentified import DEIDENTIFIED_COLUMNS, export_deidentified
from lead_desktop.services.exchange.export import (
    EXPORT_KINDS, EXPORT_KIND_LABELS, ExportCancelled, ExportResult, export_columns, export_list,
)
from lead_desktop.services.exchange.files import (
    FileUnreadable, SourceRow, SourceTable, csv_file, format_for, read_table, table_file,
)
from lead_desktop.services.exchange.history import (
    HistoryFiles, HistoryReport, HistoryResult, SheetSummary, check_history, default_start, history_start,
    read_history, read_sheet, rejected_path, run_history_import,
)
from lead_desktop.services.exchange.hmis import (
    ChooseProject, ConsentCount, ExportFolderNotEmpty, HmisExportResult, HmisImportResult, HmisPreview, HmisSite,
    NoSuchProject, NotAnHmisExport, export_hmis, hmis_consent_count, hmis_projects, hmis_site, hmis_site_values,
    import_hmis,
    preview_hmis, save_hmis_site,
)
from lead_desktop.services.exchange.importing import (
    ImportCancelled, ImportReport, ImportResult, default_rejected_path, preview, run_import, write_rejected,
)
from lead_desktop.services.exchange.mappings import (
    SavedMapping, delete_mapping, get_mapping, history_mapping_names, list_mappings, load_history_mapping,
    load_mapping, save_history_mapping, save_mapping, suggest_mapping,
)
from lead_desktop.services.exchange.progress import Cancelled, Progress

__all__ = [
    "FileNotWritten", "IMPORTED_BEFORE", "INVALID", "NEW", "ON_FILE", "POSSIBLE_MATCH", "REJECTED_STATUSES", "REPEAT",
    "STATUSES", "STATUS_LABELS", "SUBJECT", "UPDATE", "RowReport", "DEIDENTIFIED_COLUMNS", "export_deidentified",
    "EXPORT_KINDS", "EXPORT_KIND_LABELS", "ExportCancelled", "ExportResult", "export_columns", "export_list",
    "FileUnreadable", "SourceRow", "SourceTable", "csv_file", "format_for", "read_table", "table_file",
    "HistoryFiles", "HistoryReport", "HistoryResult", "SheetSummary", "check_history", "default_start",
    "history_start", "read_history", "read_sheet", "rejected_path", "run_history_import", "ChooseProject",
    "ConsentCount", "ExportFolderNotEmpty", "HmisExportResult", "HmisImportResult", "HmisPreview", "HmisSite",
    "NoSuchProject", "NotAnHmisExport", "export_hmis", "hmis_consent_count", "hmis_projects", "hmis_site",
    "hmis_site_values", "import_hmis", "preview_hmis", "save_hmis_site", "ImportCancelled", "ImportReport",
    "ImportResult", "default_rejected_path", "preview", "run_import", "write_rejected", "SavedMapping",
    "delete_mapping", "get_mapping", "history_mapping_names", "list_mappings", "load_history_mapping", "load_mapping",
    "save_history_mapping", "save_mapping", "suggest_mapping", "Cancelled", "Progress",
]
