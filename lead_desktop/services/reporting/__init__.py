"""Reports: gathers the numbers (services.metrics) and records, hands them to the builders in
lead_desktop.reports, and writes PDF, CSV or JSON — all three from the same data object.

Who may do what:
* fact sheet and program report: Permission.VIEW_REPORTS (viewers included);
* roster, minutes, meeting packet: VIEW_REPORTS and VIEW_GOVERNANCE;
* case summary: VIEW_PARTICIPANTS and EDIT_PARTICIPANTS (never viewers), because it is a
  disclosure of one person's record, logged in their disclosure log;
* the site-editable parts of reports (fact-sheet texts and logo, equity baselines):
  administrators and project managers.

One module per job; this package re-exports their public names, so callers may write
`reporting.export(...)`:

* exporting — gather, render and write one report atomically; audit it
* report_data — the program report, fact sheet, roster, minutes and packet as their builders take them
* case_summaries — a case summary, the consent that covers it, its disclosure-log entry
* editable — the fact-sheet texts, the logo and the equity baselines a site edits
* viewer_numbers — numbers staff prepare for viewers on a shared server
* data_quality — what the records of a site's history lack (for staff who see records)
"""

from __future__ import annotations

from lead_desktop.services.reporting.case_summaries import (
    CASE_SUMMARY_STRINGS, RECENT_CONTACTS, ConsentChoice, ConsentNeeded, DisclosureCheck, case_summary,
    check_case_summary, find_participant,
)
from lead_desktop.services.reporting.data_quality import data_quality
from lead_desktop.services.reporting.editable import (
    FACT_SHEET_FIELDS, FACT_SHEET_KEY, LOGO_KEY, LOGO_TYPES, MAX_BASELINES, MAX_LOGO_BYTES, MAX_TEXT, REPORT_EDITORS,
    can_edit_report_settings, default_fact_sheet_text, fact_sheet_text, list_baselines, logo, save_baselines,
    save_fact_sheet_text, set_logo,
)
from lead_desktop.services.reporting.exporting import (
    FORMATS, GOVERNANCE_KINDS, KINDS, KIND_LABELS, ExportCancelled, ExportRequest, ExportResult, Progress,
    default_filename, export, gather, render_to,
)
from lead_desktop.services.reporting.report_data import fact_sheet, minutes_doc, packet, program_report, roster_doc
from lead_desktop.services.reporting.viewer_numbers import (
    PACKET_DAYS_AHEAD, PreparedNumbers, prepare_viewer_numbers, prepares_viewer_numbers, standard_periods,
)

__all__ = [
    "data_quality", "CASE_SUMMARY_STRINGS", "RECENT_CONTACTS", "ConsentChoice", "ConsentNeeded", "DisclosureCheck", "case_summary",
    "check_case_summary", "find_participant", "FACT_SHEET_FIELDS", "FACT_SHEET_KEY", "LOGO_KEY", "LOGO_TYPES",
    "MAX_BASELINES", "MAX_LOGO_BYTES", "MAX_TEXT", "REPORT_EDITORS", "can_edit_report_settings",
    "default_fact_sheet_text", "fact_sheet_text", "list_baselines", "logo", "save_baselines", "save_fact_sheet_text",
    "set_logo", "FORMATS", "GOVERNANCE_KINDS", "KINDS", "KIND_LABELS", "ExportCancelled", "ExportRequest",
    "ExportResult", "Progress", "default_filename", "export", "gather", "render_to", "fact_sheet", "minutes_doc",
    "packet", "program_report", "roster_doc", "PACKET_DAYS_AHEAD", "PreparedNumbers", "prepare_viewer_numbers",
    "prepares_viewer_numbers", "standard_periods",
]
