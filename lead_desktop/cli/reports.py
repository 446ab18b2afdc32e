"""lead-desktop-admin report: every report as PDF, CSV or JSON without the window.

    report KIND -o FILE [--format pdf|csv|json] [--public | --internal]
                [--from DATE --to DATE | --period month|quarter|year [--date D]]
                [--body ID|NAME] [--meeting ID]
                [--participant NUMBER --recipient R [--purpose P] [--consent ID | --reason TEXT] [--no-sud]]

    KIND        fact-sheet   the site's fact sheet (public unless --internal; texts not written yet are left out,
                             and named)
                program      the program report for a period (internal unless --public)
                roster       a governance body's roster (--body: its id, its name, or pcg/owg/clt when only
                             one body is of that kind)
                minutes      a meeting's minutes (--meeting ID)
                packet       the packet for a meeting: agenda, previous minutes, open actions, snapshot
                case-summary a participant's case summary for a named recipient (--participant LEAD number,
                             --recipient). It is a disclosure: it goes into the participant's disclosure
                             log. A consent in force that names the recipient is used (or --consent ID);
                             without one, --reason says why it is shared anyway (exit 2 when missing).
                             --no-sud leaves substance-use information out.
                data-quality what the records of a site's history lack (recorded before LEAD Desktop): for
                             the project manager to fill in; it names people
    --format    defaults to FILE's extension (.pdf, .csv, .json), else pdf.
    --language  the PDF's words: en (default) or es. The fact sheet's default texts follow it; a case
                summary is worded in it in every format. CSV and JSON column names stay English.
    Period      --from/--to (YYYY-MM-DD, both included), or the month, quarter or year holding --date
                (default today). Without either: the month holding today.

Registered by lead_desktop.cli.program through add_commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lead_desktop import languages
from lead_desktop.cli.context import Context, error
from lead_desktop.cli.exits import EXIT_BAD_INPUT, EXIT_OK, BadInput
from lead_desktop.domain.fields import parse_date
from lead_desktop.services import governance as governance_service
from lead_desktop.services import metrics, reporting

PERIOD_KINDS = ("month", "quarter", "year")
UNSET_NAMES = {"about": "What LEAD is", "referral": "How referral works", "how_to_refer": "How to refer",
               "contact": "Contact"}


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
    rep = command("report", "write a report (fact sheet, program report, roster, minutes, meeting packet, "
                            "case summary, data quality) as PDF, CSV or JSON")
    rep.add_argument("kind", choices=reporting.KINDS, metavar="KIND",
                     help="fact-sheet, program, roster, minutes, packet, case-summary or data-quality")
    rep.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    rep.add_argument("--format", choices=reporting.FORMATS, help="pdf, csv or json (default: FILE's extension)")
    audience = rep.add_mutually_exclusive_group()
    audience.add_argument("--public", action="store_true",
                          help="withhold counts under 11 (the fact sheet always does unless --internal)")
    audience.add_argument("--internal", action="store_true", help="exact counts, marked internal")
    rep.add_argument("--from", dest="date_from", metavar="DATE", help="first day of a custom period (YYYY-MM-DD)")
    rep.add_argument("--to", dest="date_to", metavar="DATE", help="last day of a custom period (YYYY-MM-DD)")
    rep.add_argument("--period", choices=PERIOD_KINDS, help="the calendar month, quarter or year holding --date")
    rep.add_argument("--date", metavar="D", help="a day in the period (default: today)")
    rep.add_argument("--body", metavar="ID|NAME", help="roster: the body")
    rep.add_argument("--meeting", metavar="ID", help="minutes, packet: the meeting's id")
    rep.add_argument("--participant", metavar="NUMBER", help="case-summary: the LEAD number, e.g. NOLA-000042")
    rep.add_argument("--recipient", metavar="R", help="case-summary: who receives it")
    rep.add_argument("--purpose", metavar="P", default="", help="case-summary: why it is shared")
    consent = rep.add_mutually_exclusive_group()
    consent.add_argument("--consent", metavar="ID", help="case-summary: the consent it is shared under")
    consent.add_argument("--reason", metavar="TEXT", help="case-summary: why it is shared without a covering consent")
    rep.add_argument("--no-sud", action="store_true", help="case-summary: leave substance-use information out")
    rep.add_argument("--language", choices=tuple(languages.LANGUAGES), default=languages.SOURCE_LANGUAGE,
                     help="the report's language: " + ", ".join(f"{code} ({name})" for code, name
                                                                in languages.LANGUAGES.items())
                     + " (default: %(default)s)")
    handlers["report"] = cmd_report


def _date(text: str, option: str) -> date:
    try:
        return parse_date(text)
    except ValueError:
        raise BadInput("{option} needs a date like 2025-03-31, not “{text}”.", option=option, text=text[:40]) from None


def _period(args: argparse.Namespace):  # noqa: ANN202
    if args.date_from or args.date_to:
        if args.period or args.date:
            raise BadInput("Give either --from and --to, or --period with --date, not both.")
        if not (args.date_from and args.date_to):
            raise BadInput("A custom period needs both --from and --to.")
        return metrics.custom_period(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
    day = _date(args.date, "--date") if args.date else date.today()
    return metrics.period_for(args.period or "month", day)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return suffix if suffix in reporting.FORMATS else "pdf"


def _body_id(site, text: str) -> str:  # noqa: ANN001
    bodies = governance_service.list_bodies(site)
    wanted = text.strip().casefold()
    for body in bodies:
        if body.id == text.strip() or body.name.casefold() == wanted:
            return body.id
    of_kind = [b for b in bodies if b.kind == wanted]
    if len(of_kind) == 1:
        return of_kind[0].id
    names = ", ".join(b.name for b in bodies) or "none on file"
    raise BadInput("No single governance body matches “{text}”. Bodies: {names}.", text=text[:80], names=names)


def _check_options(args: argparse.Namespace) -> None:
    kind = args.kind
    if kind == "roster" and not args.body:
        raise BadInput("report roster needs --body (the body's id or name).")
    if kind in ("minutes", "packet") and not args.meeting:
        raise BadInput("report {kind} needs --meeting ID.", kind=kind)
    if kind == "case-summary":
        if not args.participant or not args.recipient:
            raise BadInput("report case-summary needs --participant NUMBER and --recipient R.")
    elif args.participant or args.recipient or args.consent or args.reason or args.no_sud:
        raise BadInput("--participant, --recipient, --consent, --reason and --no-sud belong to case-summary.")
    if kind != "program" and (args.date_from or args.date_to or args.period or args.date):
        raise BadInput("A period (--from/--to, --period, --date) belongs to the program report.")


def cmd_report(ctx: Context) -> int:
    args = ctx.args
    _check_options(args)
    fmt = _format(args)
    period = _period(args) if args.kind == "program" else None
    public = args.public or (args.kind == "fact-sheet" and not args.internal)
    target = Path(args.output).expanduser()
    site = ctx.open(ctx.credentials())
    try:
        request = reporting.ExportRequest(
            kind=args.kind, format=fmt, period=period, public=public, meeting_id=args.meeting,
            body_id=_body_id(site, args.body) if args.kind == "roster" else None,
            participant_id=reporting.find_participant(site, args.participant) if args.kind == "case-summary" else None,
            recipient=args.recipient or "", purpose=args.purpose, consent_id=args.consent, reason=args.reason,
            include_sud=not args.no_sud, language=args.language,
        )
        translate = languages.report_translator(args.language)
        unset = reporting.fact_sheet_text(site, args.language).unset if args.kind == "fact-sheet" else ()
        try:
            result = reporting.export(site, request, target, translate=translate)
        except reporting.ConsentNeeded as err:
            error(err.message + " (use --consent ID or --reason TEXT)")
            return EXIT_BAD_INPUT
    finally:
        site.close()
    what = reporting.KIND_LABELS[args.kind]
    pages = f", {result.pages} page{'s' if result.pages != 1 else ''}" if result.pages else ""
    audience = ""
    if args.kind in ("program", "fact-sheet"):
        audience = " (public: counts under 11 withheld)" if public else " (internal: contains small counts)"
    if period is not None:
        audience = f" for {period.start.isoformat()} to {period.end.isoformat()}" + audience
    ctx.say(f"{what}{audience} written to {result.path} ({fmt.upper()}{pages}).")
    if unset:
        names = ", ".join(UNSET_NAMES[key] for key in unset)
        ctx.say(f"Not written yet, so left out of the fact sheet: {names} (a project manager writes them on the "
                "Reports page).")
    if result.disclosure_id:
        ctx.say(f"Disclosure logged ({result.disclosure_id})."
                + (" The 42 CFR 2.32 notice is printed on it." if result.notice else ""))
    return EXIT_OK
