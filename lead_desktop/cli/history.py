"""lead-desktop-admin import site-history: a site's history of people, referrals and contacts as one import.

    import site-history --people P --referrals R [--contacts C] [--day-first] [--dry-run]
                        [--valid-only [--rejected-to FOLDER]] [--mapping NAME|FILE.json]

P, R and C are CSV files, or one .xlsx named three times (each takes the sheet named for it). Columns
are matched by their headers unless --mapping names a saved history mapping (or a mapping .json
file, which may also say what the site's status words mean). Every row of the three is checked
together first; with a problem in any, nothing is imported (exit 2) unless --valid-only, which
imports what can go in and writes one FILE-rejected.csv per input, with the reasons, to FOLDER
(default: beside each file). One summary line per file: created, already there, refused. Running it
again creates nothing new.

Also here: `describe_columns`, the column list every import prints (cli.exchange uses it too).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from lead_desktop.cli.context import Context
from lead_desktop.cli.exits import EXIT_BAD_INPUT, EXIT_OK, BadInput
from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex

SITE_HISTORY = "site-history"
_NOT_HERE = (("save_mapping", "--save-mapping"), ("sheet", "--sheet"), ("reviewed_rows", "--reviewed-rows"),
             ("file", "FILE"))


def describe_columns(ctx: Context, table: ex.SourceTable, mapping: X.ColumnMapping) -> None:
    """The file, how it was read, and which field each column fills (the closest fields for one that fills none)."""
    source = f"{table.path.name}"
    if table.format == "csv":
        source += f" (CSV, {table.encoding}, separator {table.delimiter!r})"
    else:
        source += f" (sheet “{table.sheet}”)"
    ctx.say(f"{source}: {len(table.rows)} rows.")
    for header in table.headers:
        name = mapping.target_of(header)
        if name:
            ctx.say(f"  {header} → {X.target(mapping.kind, name).label}")
        else:
            closest = ", ".join(X.target(mapping.kind, n).label for n in X.closest_targets(mapping.kind, header)[:3])
            ctx.say(f"  {header} → (ignored; closest fields: {closest})")


def _file_name(table: ex.SourceTable) -> str:
    return table.path.name if table.format == "csv" else f"{table.path.name} [{table.sheet}]"


def cmd_site_history(ctx: Context) -> int:
    args = ctx.args
    for attribute, option in _NOT_HERE:
        if getattr(args, attribute, None):
            raise BadInput("{option} does not go with import site-history.", option=option)
    if not args.people or not args.referrals:
        raise BadInput("import site-history needs --people and --referrals (and --contacts when there are any).")
    site = ctx.open(ctx.credentials())
    try:
        files = ex.read_history(Path(args.people).expanduser(), Path(args.referrals).expanduser(),
                                Path(args.contacts).expanduser() if args.contacts else None)
        order = X.DAY_FIRST if args.day_first else X.MONTH_FIRST
        if args.mapping:
            mapping = ex.load_history_mapping(site, args.mapping)
            if args.day_first:
                mapping = mapping.with_date_order(order)
        else:
            mapping = X.suggest_history_mapping(files.people.headers, files.referrals.headers,
                                                files.contacts.headers if files.contacts else (), order)
        for name in files.sheets:
            describe_columns(ctx, files.table(name), X.fit_mapping(mapping.sheet(name), files.table(name).headers)[0])
        result = ex.run_history_import(site, files, mapping, valid_only=args.valid_only, rejected_to=args.rejected_to,
                                       dry_run=args.dry_run)
    finally:
        site.close()
    return _report(ctx, files, result, args.valid_only)


def _report(ctx: Context, files: ex.HistoryFiles, result: ex.HistoryResult, valid_only: bool) -> int:
    report = result.report
    for word, code, rows in report.status_words:
        meaning = X.STATUS_CHOICE_LABELS[code] if code else "not known: say what it means in a mapping file"
        ctx.say(f"status “{word}” ({rows} row{'s' if rows != 1 else ''}) → {meaning}")
    for name, sheet in report.sheets:
        file = _file_name(files.table(name))
        for missing in sheet.missing_columns:
            ctx.say(f"warning: {file} has no column “{missing}” that the mapping names")
        for label in sheet.unmapped_required:
            ctx.say(f"warning: no column of {file} fills {label}")
        for row in sheet.rows:
            if row.status in (ex.INVALID, ex.POSSIBLE_MATCH, ex.REPEAT):
                ctx.say(f"{file} row {row.number}: {ex.STATUS_LABELS[row.status].lower()}: {row.reasons}")
    ctx.say(f"Referrals dated before {report.started_on.isoformat()} (the day this site started using LEAD Desktop; "
            "Administration → Site settings) come in as recorded before LEAD Desktop.")
    would = result.dry_run or not result.committed
    for name, _sheet in report.sheets:
        ctx.say(_summary_line(files.table(name), name, report.summary(name), would))
    sources = Counter(issue.params["source"][0] for row in report.sheet("people").rows if row.status == ex.NEW
                      for issue in row.warnings if issue.template == X.ENROLLMENT_FROM)
    if sources:
        ctx.say("Enrollment dates: " + ", ".join(f"{count} from {label}" for label, count in sources.items()) + ".")
    refused = report.invalid and not valid_only
    if result.dry_run:
        if refused:
            ctx.say(f"Dry run: the import would be refused; {report.refused} row(s) have problems. Nothing was "
                    "changed.")
            return EXIT_BAD_INPUT
        ctx.say("Dry run: nothing was changed.")
        return EXIT_OK
    if not result.committed:
        ctx.say(f"Nothing was imported: {report.refused} row(s) have problems. Correct them, or use --valid-only to "
                "import the others.")
        return EXIT_BAD_INPUT
    ctx.say("Imported the history.")
    for name, path in result.rejected_files.items():
        ctx.say(f"Rows of {_file_name(files.table(name))} not imported, with the reasons: {path}")
    return EXIT_OK


def _summary_line(table: ex.SourceTable, sheet: str, summary: ex.SheetSummary, would: bool) -> str:
    made = "would be created" if would else "created"
    what = {"people": "participants", "referrals": "referrals", "contacts": "contacts"}[sheet]
    parts = [f"{summary.created} {what} {made}"]
    if sheet == "people":
        parts.append(f"{summary.subjects} referral subjects (not enrolled)")
    parts.append(f"{summary.already} already there")
    if summary.repeats:
        parts.append(f"{summary.repeats} repeat{'s' if summary.repeats != 1 else ''}")
    parts.append(f"{summary.refused} refused")
    return f"{_file_name(table)}: {summary.rows} rows: " + ", ".join(parts) + "."
