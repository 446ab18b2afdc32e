"""lead-desktop-admin import / export: moving a site's data in and out without the window.

    import KIND FILE [--mapping M] [--save-mapping NAME] [--sheet S] [--day-first] [--dry-run]
                     [--valid-only [--rejected-to FILE]] [--reviewed-rows N,N]
    import site-history --people P --referrals R [--contacts C] [--day-first] [--dry-run]
                     [--valid-only [--rejected-to FOLDER]] [--mapping NAME|FILE.json]
        a site's history: its people, referrals and contacts sheets together (cli.history).
        KIND: participants, contacts or referrals. FILE: .csv (any common encoding) or .xlsx.
        Columns are matched to fields by their headers unless --mapping names a saved mapping (or a
        mapping .json file). Every row is checked first; with a problem in any row nothing is
        imported (exit 2) unless --valid-only, which imports the good rows and writes the others,
        with a Reason column, to --rejected-to (default: FILE-rejected.csv beside FILE).
        Possible matches with people already on file are never imported unless their row numbers
        are given with --reviewed-rows. Running the same import again creates nothing new.
    export KIND -o FILE [--codes] [--project-id ID]
        KIND: participants, contacts, referrals (a list as .csv or .xlsx, by FILE's suffix),
        deidentified (stdin line 2: the export key; the same key gives the same pseudonyms), or
        hmis (Client.csv, Enrollment.csv, Exit.csv into a new folder FILE, or FILE.zip).

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
    imp = command("import", "import participants, contacts or referrals from a CSV or Excel (.xlsx) file, or a "
                            "site's history (site-history: people, referrals and contacts together)")
    imp.add_argument("kind", choices=(*X.KINDS, SITE_HISTORY), metavar="KIND",
                     help="participants, contacts, referrals or site-history")
    imp.add_argument("file", metavar="FILE", nargs="?", help="a .csv or .xlsx file (not for site-history)")
    imp.add_argument("--people", metavar="P", help="site-history: the people sheet (.csv, or an .xlsx with a "
                                                   "sheet each)")
    imp.add_argument("--referrals", metavar="R", help="site-history: the referrals sheet")
    imp.add_argument("--contacts", metavar="C", help="site-history: the contacts sheet (optional)")
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
    exp.add_argument("--project-id", metavar="ID", help="hmis: the ProjectID to write (default: the site's id)")
    handlers["export"] = cmd_export


def _reviewed(text: str) -> list[int]:
    rows = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit():
            raise BadInput("--reviewed-rows takes row numbers separated by commas, e.g. 4,17.")
        rows.append(int(part))
    return rows


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    if args.rejected_to and not args.valid_only:
        raise BadInput("--rejected-to goes with --valid-only.")
    if args.kind == SITE_HISTORY:
        return cmd_site_history(ctx)
    if not args.file:
        raise BadInput("import {kind} needs the FILE to import.", kind=args.kind)
    if args.people or args.referrals or args.contacts:
        raise BadInput("--people, --referrals and --contacts belong to import site-history.")
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
    for row in report.rows:
        if row.status != ex.NEW:
            ctx.say(f"row {row.number}: {ex.STATUS_LABELS[row.status].lower()}: {row.reasons}")
        for warning in row.warnings:
            ctx.say(f"row {row.number}: note: {warning.message}")
    counts = report.counts
    summary = ", ".join(f"{counts[s]} {ex.STATUS_LABELS[s].lower()}" for s in ex.STATUSES if counts[s])
    ctx.say(f"{len(report.rows)} rows: {summary or 'none'}.")
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


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    credentials = ctx.credentials()
    export_key = ctx.stdin.line("export key") if args.kind == "deidentified" else None
    target = Path(args.output).expanduser()
    site = ctx.open(credentials)
    try:
        if args.kind == "deidentified":
            result = ex.export_deidentified(site, target, export_key or "")
        elif args.kind == "hmis":
            result = ex.export_hmis(site, target, project_id=args.project_id)
        else:
            result = ex.export_list(site, args.kind, target, labels=not args.codes)
    finally:
        site.close()
    if result.files:
        for name, rows in result.files:
            ctx.say(f"{name}: {rows} rows")
    else:
        ctx.say(f"{result.rows} rows")
    ctx.say(f"Written to {result.path}")
    return EXIT_OK
