"""Exporting a report: gather its data, render PDF, CSV or JSON — all three from the same data object —
and write it.

Every export is written by the one file writer, storage.atomic (a temporary file in the target
folder, renamed into place only when complete; removed on cancel or error) and audited as AuditAction.EXPORT
with ids and the kind of report only. Long exports report progress and can be cancelled
between steps (`ExportCancelled`); the window runs them on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.reports import case_summary as case_summary_pdf
from lead_desktop.reports import data_quality as data_quality_pdf
from lead_desktop.reports import fact_sheet as fact_sheet_pdf
from lead_desktop.reports import meeting_packet as packet_pdf
from lead_desktop.reports import minutes as minutes_pdf
from lead_desktop.reports import program_report as program_pdf
from lead_desktop.reports import roster as roster_pdf
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import Translate, identity
from lead_desktop.reports.tabular import Period
from lead_desktop.services.participants.records import add_record
from lead_desktop.services.reporting.case_summaries import case_summary
from lead_desktop.services.reporting.data_quality import data_quality
from lead_desktop.services.reporting.report_data import fact_sheet, minutes_doc, packet, program_report, roster_doc
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import atomic

log = logging.getLogger(__name__)

KINDS = ("fact-sheet", "program", "roster", "minutes", "packet", "case-summary", "data-quality")
FORMATS = ("pdf", "csv", "json")
GOVERNANCE_KINDS = ("roster", "minutes", "packet")
KIND_LABELS = {
    "fact-sheet": QT_TRANSLATE_NOOP("reports", "Fact sheet"),
    "program": QT_TRANSLATE_NOOP("reports", "Program report"),
    "roster": QT_TRANSLATE_NOOP("reports", "Governance roster"),
    "minutes": QT_TRANSLATE_NOOP("reports", "Meeting minutes"),
    "packet": QT_TRANSLATE_NOOP("reports", "Meeting packet"),
    "case-summary": QT_TRANSLATE_NOOP("reports", "Case summary"),
    "data-quality": QT_TRANSLATE_NOOP("reports", "Data quality of the site's history"),
}


class ExportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The export was canceled. No file was written.")


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # one of KINDS
    format: str = "pdf"  # one of FORMATS
    period: Period | None = None  # program report
    public: bool | None = None  # None: the kind's default — the fact sheet public, the program report internal
    meeting_id: str | None = None  # minutes, packet
    body_id: str | None = None  # roster
    participant_id: str | None = None  # case summary
    recipient: str = ""
    purpose: str = ""
    consent_id: str | None = None
    reason: str | None = None
    include_sud: bool = True
    language: str = "en"  # the fact sheet's default texts (the words come from export's `translate`)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    format: str
    pages: int | None = None
    disclosure_id: str | None = None
    notice: bool = False  # the 42 CFR 2.32 notice was printed


_BUILDERS = {
    "fact-sheet": fact_sheet_pdf,
    "program": program_pdf,
    "roster": roster_pdf,
    "minutes": minutes_pdf,
    "packet": packet_pdf,
    "case-summary": case_summary_pdf,
    "data-quality": data_quality_pdf,
}

Progress = Callable[[int], None]


def _check_permission(site: SiteSession, request: ExportRequest) -> None:
    if request.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown report {kind}."), kind=request.kind)
    if request.format not in FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose PDF, CSV or JSON."), field="format")
    if request.kind == "case-summary":
        site.require(Permission.VIEW_PARTICIPANTS)
        site.require(Permission.EDIT_PARTICIPANTS)
        return
    if request.kind == "data-quality":  # it names the people whose records lack something
        site.require(Permission.VIEW_PARTICIPANTS)
        return
    site.require(Permission.VIEW_REPORTS)
    if request.kind in GOVERNANCE_KINDS:
        site.require(Permission.VIEW_GOVERNANCE)


def gather(site: SiteSession, request: ExportRequest, *, progress: Progress | None = None,
           today: date | None = None, translate: Translate = identity) -> tuple[object, dict | None]:
    """The report's data object (and, for a case summary, the disclosure-log entry to write with it).

    `translate` is only used for a case summary, which is worded for its recipient when it is made.
    """
    _check_permission(site, request)
    if request.kind == "program":
        if request.period is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the period of the report."), field="period")
        scaled = (lambda step: progress(5 + step * 8)) if progress else None
        return program_report(site, request.period, public=bool(request.public), today=today,
                              progress=scaled), None
    if request.kind == "fact-sheet":
        return fact_sheet(site, public=request.public is not False, today=today, language=request.language), None
    if request.kind == "roster":
        if not request.body_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the body whose roster to print."), field="body")
        return roster_doc(site, request.body_id), None
    if request.kind == "minutes":
        if not request.meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the meeting."), field="meeting")
        return minutes_doc(site, request.meeting_id), None
    if request.kind == "packet":
        if not request.meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the meeting."), field="meeting")
        return packet(site, request.meeting_id, today=today), None
    if request.kind == "data-quality":
        return data_quality(site, today=today), None
    if not request.participant_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the participant."), field="participant")
    return case_summary(site, request.participant_id, request.recipient, purpose=request.purpose,
                        consent_id=request.consent_id, reason=request.reason, include_sud=request.include_sud,
                        today=today, translate=translate)


def _json_envelope(site_name: str, kind: str, payload: Mapping) -> dict:
    return {"format": "lead-desktop-report", "version": 1, "kind": kind, "site": site_name,
            "generated_at": datetime.now().replace(microsecond=0).isoformat(), **payload}


def _site_name_of(data: object) -> str:
    return str(getattr(data, "site_name", ""))


def render_to(handle: BinaryIO, kind: str, fmt: str, data: object, *, translate: Translate = identity,
              checkpoint: Callable[[int], None] | None = None,
              pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int | None:
    """Write one report in one format to an open binary file; returns the page count for a PDF."""
    builder = _BUILDERS[kind]
    if fmt == "pdf":
        return builder.render(data, handle, translate=translate, checkpoint=checkpoint, pagesize=pagesize)
    if fmt == "csv":
        tabular.write_csv(handle, builder.csv_sections(data), builder.csv_preamble(data))
        return None
    tabular.write_json(handle, _json_envelope(_site_name_of(data), kind, builder.json_payload(data)))
    return None


def export(site: SiteSession, request: ExportRequest, path: str | Path, *, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, translate: Translate = identity,
           today: date | None = None) -> ExportResult:
    """Gather, render and write one report atomically; audit it (and log the disclosure of a case summary).

    `progress(percent)` is called from this thread; `cancelled()` is polled between steps, and a
    canceled export raises ExportCancelled and leaves no file behind.
    """
    report = progress or (lambda percent: None)

    def check(percent: int | None = None) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if percent is not None:
            report(percent)

    check(2)
    data, disclosure = gather(site, request, progress=lambda p: check(p), today=today, translate=translate)
    check(45)
    target = Path(path).expanduser()
    pagesize = pdfbase.paper(site.setting("paper_size"))
    outcome: dict[str, object] = {}

    def checkpoint(step: int) -> None:
        check(45 + min(step, 10) * 5)

    def render(handle: BinaryIO) -> None:
        outcome["pages"] = render_to(handle, request.kind, request.format, data, translate=translate,
                                     checkpoint=checkpoint, pagesize=pagesize)
        check(97)
        # Written before the file is renamed into place: a disclosure is never missing from the log.
        outcome["disclosure"] = _record_export(site, request, data, disclosure)

    atomic.write_file(target, render)
    report(100)
    log.info("exported %s as %s", request.kind, request.format)
    return ExportResult(target.absolute(), request.kind, request.format, outcome.get("pages"),  # type: ignore[arg-type]
                        outcome.get("disclosure"),  # type: ignore[arg-type]
                        bool(getattr(data, "redisclosure_notice", False)))


def _record_export(site: SiteSession, request: ExportRequest, data: object, disclosure: dict | None) -> str | None:
    disclosure_id = None
    if disclosure is not None:
        record = add_record(site, "disclosure", str(request.participant_id), disclosure)
        disclosure_id = record.id
    detail: dict[str, object] = {"kind": request.kind, "format": request.format}
    entity_type, entity_id = "report", None
    if request.kind in ("program", "fact-sheet"):
        detail["public"] = bool(getattr(getattr(data, "numbers", data), "public", False))
    if request.period is not None and request.kind == "program":
        detail["period"] = [request.period.start.isoformat(), request.period.end.isoformat()]
    if request.kind == "roster":
        entity_type, entity_id = "gov_body", request.body_id
    elif request.kind in ("minutes", "packet"):
        entity_type, entity_id = "meeting", request.meeting_id
    elif request.kind == "case-summary":
        entity_type, entity_id = "participant", request.participant_id
        detail["disclosure"] = disclosure_id
        detail["sud"] = bool(getattr(data, "includes_sud", False))
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.EXPORT, entity_type, entity_id, **detail)
    return disclosure_id


def default_filename(request: ExportRequest, site_name: str = "") -> str:
    """A file name suggestion: kind, period or date, extension. Never a participant's name."""
    stem = {"fact-sheet": "fact-sheet", "program": "program-report", "roster": "roster", "minutes": "minutes",
            "packet": "meeting-packet", "case-summary": "case-summary", "data-quality": "data-quality"}[request.kind]
    if request.kind == "program" and request.period is not None:
        stem += f"-{request.period.start.isoformat()}-to-{request.period.end.isoformat()}"
        stem += "-public" if request.public else "-internal"
    elif request.kind == "fact-sheet":
        stem += f"-{date.today().isoformat()}" + ("-internal" if request.public is False else "")
    else:
        stem += f"-{date.today().isoformat()}"
    return f"{stem}.{request.format}"
