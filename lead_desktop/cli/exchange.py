"""lead-desktop-admin import / export: moving a site's data in and out without the window.

    import KIND FILE [--mapping M] [--save-mapping NAME] [--sheet S] [--day-first] [--dry-run]
                     [--valid-only [--rejected-to FILE]] [--reviewed-rows N,N]
        KIND: participants, contacts or referrals. FILE: .csv (any common encoding) or .xlsx.
        Columns are matched to fields by their headers unless --mapping names a saved mapping (or a
        mapping .json file). Every row is checked first; with a problem in any row nothing is
        imported (exit 2) unless --valid-only, which imports the good rows and writes the others,
        with a Reason column, to --rejected-to (default: FILE-rejected.csv beside FILE).
        Possible matches with people already on file are never imported unless their row numbers
        are given with --reviewed-rows. Running the same import again creates nothing new.
    import site-history --people P --referrals R [--contacts C] [--day-first] [--dry-run]
                     [--valid-only [--rejected-to FOLDER]] [--mapping NAME|FILE.json]
        a site's history: its people, referrals and contacts sheets together (cli.history).
    import hmis FOLDER_OR_ZIP [--project-id ID] [--dry-run] [--reviewed-rows N,N]
        The clients, enrollments and exits of one project of an HMIS CSV export (FY2026 or FY2024)
        as participants, or updates of the participants linked to them; the same checks, all or
        nothing, and nothing new on a second run. --project-id chooses the project when the export
        holds several.
    export KIND -o FILE [--codes] [HMIS options]
        KIND: participants, contacts, referrals (a list as .csv or .xlsx, by FILE's suffix),
        deidentified (stdin line 2: the export key; the same key gives the same pseudonyms), or
        hmis (the HMIS CSV FY2026 files into a new folder FILE, or FILE.zip). The site's HMIS details
        (--organization-id … --operating-start) are kept for the next export; participants without a
        consent naming the HMIS are left out unless --without-consent-reason says why they are not.

Registered by lead_desktop.cli.program through add_commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from lead_desktop.cli.context import Context
from lead_desktop.cli.exits import EXIT_BAD_INPUT, EXIT_OK, BadInput
from lead_desktop.cli.history import SITE_HISTORY, cmd_site_history, describe_columns
from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
    imp = command("import", "import participants, contacts or referrals from a CSV or Excel (.xlsx) file, a "
                            "site's history (site-history: people, referrals and contacts together), or the clients "
                            "of a project from an HMIS CSV export")
    imp.add_argument("kind", choices=(*X.KINDS, SITE_HISTORY, HMIS), metavar="KIND",
                     help="participants, contacts, referrals, site-history or hmis")
    imp.add_argument("file", metavar="FILE", nargs="?",
                     help="a .csv or .xlsx file; for hmis a folder or .zip (not for site-history)")
    imp.add_argument("--people", metavar="P", help="site-history: the people sheet (.csv, or an .xlsx with a "
                                                   "sheet each)")
    imp.add_argument("--referrals", metavar="R", help="site-history: the referrals sheet")
    imp.add_argument("--contacts", metavar="C", help="site-history: the contacts sheet (optional)")
    imp.add_argument("--project-id", metavar="ID", help="hmis: the ProjectID whose clients to import")
    imp.add_argument("--mapping", metavar="M", help="a saved column mapping's name, or a mapping .json file")
    imp.add_argument("--save-mapping", metavar="NAME", help="save the mapping used under NAME, for the next file")
    imp.add_argument("--sheet", metavar="S", help="the worksheet to read (default: the first)")
    imp.add_argument("--day-first", action="store_true", help="dates are written day first (31/03/2025)")
    imp.add_argument("--dry-run", action="store_true", help="check and write everything, then undo it")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the rows without problems; write the others to --rejected-to")
    imp.add_argument("--rejected-to", metavar="FILE",
                     help="where --valid-only writes the rejected rows (site-history: a folder, one file per sheet)")
    imp.add_argument("--reviewed-rows", metavar="N,N", default="",
                     help="possible matches you checked: import these rows as new people")
    handlers["import"] = cmd_import

    exp = command("export", "export a list (CSV or .xlsx), a de-identified analysis file, or HMIS CSV files")
    exp.add_argument("kind", choices=ex.EXPORT_KINDS, metavar="KIND",
                     help="participants, contacts, referrals, deidentified or hmis")
    exp.add_argument("-o", "--output", metavar="FILE", required=True,
                     help="the file to write (.csv or .xlsx); for hmis a new folder or a .zip")
    exp.add_argument("--codes", action="store_true", help="lists: field names and codes instead of labels")
    for option, name, text in HMIS_OPTIONS:
        exp.add_argument(option, dest=f"hmis_{name}", metavar="VALUE", help=f"hmis: {text} (kept for the next export)")
    exp.add_argument("--without-consent-reason", metavar="TEXT",
                     help="hmis: include participants no consent naming the HMIS covers, and why (logged)")
    handlers["export"] = cmd_export


HMIS = "hmis"
# The site's HMIS details (domain.hmis.site) as export options.
HMIS_OPTIONS = (
    ("--organization-id", "organization_id", "the HMIS OrganizationID"),
    ("--organization-name", "organization_name", "the organization's name"),
    ("--project-id", "project_id", "the HMIS ProjectID"),
    ("--project-name", "project_name", "the project's name"),
    ("--project-type", "project_type", "4 Street Outreach, 6 Services Only or 7 Other"),
    ("--continuum-project", "continuum_project", "yes or no: part of the CoC's homeless response system"),
    ("--coc-code", "coc_code", "the CoC code, like LA-503"),
    ("--geocode", "geocode", "the six-digit geocode"),
    ("--funder", "funder", "the HMIS funder code (46 local or other, 4, 11, 21, 54, 34)"),
    ("--other-funder", "other_funder", "the local or other funding source's name"),
    ("--grant-id", "grant_id", "the grant ID"),
    ("--operating-start", "operating_start", "the project's first day, YYYY-MM-DD"),
)


def _reviewed(text: str) -> list[int]:
    rows = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit():
            raise BadInput("--reviewed-rows takes row numbers separated by commas, e.g. 4,17.")
        rows.append(int(part))
    return rows


def _say_rows(ctx: Context, report: ex.ImportReport, row_word: str, rows_word: str) -> None:
    """Each row not imported as new, and why; each note; then the count of every status."""
    for row in report.rows:
        if row.status != ex.NEW:
            ctx.say(f"{row_word} {row.number}: {ex.STATUS_LABELS[row.status].lower()}: {row.reasons}")
        for warning in row.warnings:
            ctx.say(f"{row_word} {row.number}: note: {warning.message}")
    counts = report.counts
    summary = ", ".join(f"{counts[s]} {ex.STATUS_LABELS[s].lower()}" for s in ex.STATUSES if counts[s])
    ctx.say(f"{len(report.rows)} {rows_word}: {summary or 'none'}.")


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    if args.kind != SITE_HISTORY and (args.people or args.referrals or args.contacts):
        raise BadInput("--people, --referrals and --contacts belong to import site-history.")
    if args.kind == HMIS:
        return _import_hmis(ctx)
    if args.project_id:
        raise BadInput("--project-id goes with import hmis.")
    if args.rejected_to and not args.valid_only:
        raise BadInput("--rejected-to goes with --valid-only.")
    if args.kind == SITE_HISTORY:
        return cmd_site_history(ctx)
    if not args.file:
        raise BadInput("import {kind} needs the FILE to import.", kind=args.kind)
    reviewed = _reviewed(args.reviewed_rows)
    site = ctx.open(ctx.credentials())
    try:
        table = ex.read_table(Path(args.file).expanduser(), sheet=args.sheet)
        order = X.DAY_FIRST if args.day_first else X.MONTH_FIRST
        if args.mapping:
            mapping = ex.load_mapping(site, args.mapping)
            if mapping.kind != args.kind:
                raise BadInput("The mapping “{name}” is for {kind}, not {wanted}.", name=args.mapping[:80],
                               kind=mapping.kind, wanted=args.kind)
            if args.day_first:
                mapping = X.ColumnMapping(mapping.kind, mapping.columns, order)
        else:
            mapping = ex.suggest_mapping(args.kind, table.headers, order)
        if args.save_mapping:
            ex.save_mapping(site, args.save_mapping, mapping)
        describe_columns(ctx, table, X.fit_mapping(mapping, table.headers)[0])
        result = ex.run_import(site, table, mapping, valid_only=args.valid_only,
                               rejected_to=args.rejected_to, reviewed=reviewed, dry_run=args.dry_run)
    finally:
        site.close()
    report = result.report
    for missing in report.missing_columns:
        ctx.say(f"warning: the file has no column “{missing}” that the mapping names")
    for label in report.unmapped_required:
        ctx.say(f"warning: no column fills {label}")
    _say_rows(ctx, report, "row", "rows")
    if result.dry_run:
        if report.invalid and not args.valid_only:
            ctx.say(f"Dry run: the import would be refused; {report.invalid} row(s) have problems. Nothing was changed.")
            return EXIT_BAD_INPUT
        ctx.say(f"Dry run: {result.created} record(s) would be created. Nothing was changed.")
        return EXIT_OK
    if not result.committed:
        ctx.say(f"Nothing was imported: {report.invalid} row(s) have problems. Correct them, or use --valid-only "
                "to import the other rows.")
        return EXIT_BAD_INPUT
    ctx.say(f"Imported {result.created} new {args.kind if result.created != 1 else args.kind[:-1]}.")
    if result.rejected_file is not None:
        ctx.say(f"Rows not imported, with the reasons: {result.rejected_file}")
    return EXIT_OK


def _import_hmis(ctx: Context) -> int:
    args = ctx.args
    for option, given in (("--mapping", args.mapping), ("--save-mapping", args.save_mapping), ("--sheet", args.sheet),
                          ("--day-first", args.day_first), ("--valid-only", args.valid_only),
                          ("--rejected-to", args.rejected_to)):
        if given:
            raise BadInput("{option} is for spreadsheets; an HMIS import is all or nothing.", option=option)
    if not args.file:
        raise BadInput("import hmis needs the FILE to import: the export's folder or .zip.")
    reviewed = _reviewed(args.reviewed_rows)
    site = ctx.open(ctx.credentials())
    try:
        result = ex.import_hmis(site, Path(args.file).expanduser(), project_id=args.project_id, reviewed=reviewed,
                                dry_run=args.dry_run)
    finally:
        site.close()
    preview, report = result.preview, result.report
    ctx.say(f"HMIS CSV FY{preview.version}, project {preview.project.id}"
            + (f" ({preview.project.name})" if preview.project.name else "") + f": {len(report.rows)} clients.")
    _say_rows(ctx, report, "Client.csv row", "clients")
    if report.invalid:
        ctx.say(f"Nothing was imported: {report.invalid} client(s) have problems.")
        return EXIT_BAD_INPUT
    if result.dry_run:
        ctx.say(f"Dry run: {result.created} participant(s) would be created and {result.updated} updated. "
                "Nothing was changed.")
        return EXIT_OK
    ctx.say(f"Imported {result.created} new participant(s); updated {result.updated}.")
    return EXIT_OK


def _hmis_details(args) -> dict:  # noqa: ANN001 - parsed arguments
    details = {}
    for _option, name, _text in HMIS_OPTIONS:
        value = getattr(args, f"hmis_{name}")
        if value is None:
            continue
        if name == "continuum_project":
            if value.lower() not in ("yes", "no"):
                raise BadInput("--continuum-project takes yes or no.")
            value = value.lower() == "yes"
        details[name] = value
    return details


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    details = _hmis_details(args)
    if args.kind != HMIS and (details or args.without_consent_reason):
        raise BadInput("The HMIS options go with export hmis.")
    credentials = ctx.credentials()
    export_key = ctx.stdin.line("export key") if args.kind == "deidentified" else None
    target = Path(args.output).expanduser()
    site = ctx.open(credentials)
    try:
        if args.kind == "deidentified":
            result = ex.export_deidentified(site, target, export_key or "")
        elif args.kind == HMIS:
            result = ex.export_hmis(site, target, details=details or None,
                                    without_consent_reason=args.without_consent_reason)
        else:
            result = ex.export_list(site, args.kind, target, labels=not args.codes)
    finally:
        site.close()
    if result.files:
        for name, rows in result.files:
            ctx.say(f"{name}: {rows} rows")
    else:
        ctx.say(f"{result.rows} rows")
    if isinstance(result, ex.HmisExportResult):
        _say_hmis(ctx, result)
    ctx.say(f"Written to {result.path}")
    return EXIT_OK


def _say_hmis(ctx: Context, result: ex.HmisExportResult) -> None:
    ctx.say(f"{result.included} participant(s) exported; each export is in their disclosure log.")
    if result.left_out:
        ctx.say(f"{result.left_out} participant(s) left out: no consent in force names the HMIS / Continuum of "
                "Care (--without-consent-reason includes them, with the reason logged).")
    if result.without_consent:
        ctx.say(f"{result.without_consent} participant(s) exported without such a consent, on the reason given.")
    if result.sud_withheld:
        ctx.say(f"{result.sud_withheld} participant(s): substance use information held back (42 CFR Part 2: no "
                "Part 2 consent names the HMIS); written as data not collected.")
    if result.missing_subsidy:
        ctx.say(f"{result.missing_subsidy} answer(s) of rental with ongoing subsidy have no subsidy type recorded; "
                "add it to the exit or housing history.")
