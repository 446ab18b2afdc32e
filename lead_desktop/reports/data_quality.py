"""The data-quality list: what the records of a site's history lack (issue 16), for the project manager.

Input contract: `DataQualityDoc` (services.reporting.data_quality fills it). One line per record
that lacks something: a participant by LEAD number, a referral by its date and subject, with the
gaps' labels (domain.data_quality). It names people, so it is for staff who see records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from lead_desktop.domain.data_quality import GAP_LABELS
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Checkpoint, Section, fmt_date


@dataclass(frozen=True)
class QualityItem:
    record: str  # "participant" or "referral"
    record_id: str
    reference: str  # a LEAD number, or the referral's pathway label
    name: str
    day: date | datetime  # enrollment date, or referral date and time
    gaps: tuple[str, ...]  # domain.data_quality codes


@dataclass(frozen=True)
class DataQualityDoc:
    site_name: str
    generated_on: date
    started_on: date | None  # the day the site started using LEAD Desktop; None when not set
    participants_checked: int
    referrals_checked: int
    items: tuple[QualityItem, ...]

    def gap_counts(self) -> tuple[tuple[str, int], ...]:
        """How many records lack each thing, in the gaps' order (those no record lacks left out)."""
        counts = {code: 0 for code in GAP_LABELS}
        for item in self.items:
            for code in item.gaps:
                counts[code] += 1
        return tuple((code, n) for code, n in counts.items() if n)


STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Data quality"),
    "title": QT_TRANSLATE_NOOP("reports", "What the site's history lacks"),
    "subtitle": QT_TRANSLATE_NOOP("reports", "Records from before {day}, when the site started using LEAD Desktop"),
    "no_start": QT_TRANSLATE_NOOP("reports", "No history imported yet: the day the site started using LEAD Desktop "
                                             "is not set."),
    "intro": QT_TRANSLATE_NOOP("reports", "Checked {participants} participants and {referrals} referrals. None of "
                                          "these gaps keeps a record out of the reports; fill them in where the "
                                          "information can still be found."),
    "summary": QT_TRANSLATE_NOOP("reports", "What is missing"),
    "records": QT_TRANSLATE_NOOP("reports", "Records"),
    "gap": QT_TRANSLATE_NOOP("reports", "Missing"),
    "count": QT_TRANSLATE_NOOP("reports", "Records"),
    "record": QT_TRANSLATE_NOOP("reports", "Record"),
    "reference": QT_TRANSLATE_NOOP("reports", "Reference"),
    "name": QT_TRANSLATE_NOOP("reports", "Name"),
    "date": QT_TRANSLATE_NOOP("reports", "Date"),
    "participant": QT_TRANSLATE_NOOP("reports", "Participant"),
    "referral": QT_TRANSLATE_NOOP("reports", "Referral"),
    "none": QT_TRANSLATE_NOOP("reports", "Nothing is missing."),
}


def decor(doc: DataQualityDoc, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=doc.site_name, title=STRINGS["header"], translate=translate)


def render(doc: DataQualityDoc, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    return pdfbase.render_pdf(handle, build_story(doc, translate, checkpoint), decor(doc, translate),
                              subject=translate(STRINGS["title"]), pagesize=pagesize)


def build_story(doc: DataQualityDoc, tr: Translate = identity, checkpoint: Callable[[int], None] | None = None) -> list:
    st = pdfbase.styles()
    story: list = [Paragraph(escape(tr(STRINGS["title"])), st["title"])]
    if doc.started_on is None:
        story.append(Paragraph(escape(tr(STRINGS["no_start"])), st["subtitle"]))
    else:
        story.append(Paragraph(escape(tr(STRINGS["subtitle"]).format(day=fmt_date(doc.started_on))), st["subtitle"]))
    story.append(Paragraph(escape(tr(STRINGS["intro"]).format(participants=doc.participants_checked,
                                                              referrals=doc.referrals_checked)), st["body"]))
    story.append(Checkpoint(checkpoint, 1))
    if not doc.items:
        story.append(Paragraph(escape(tr(STRINGS["none"])), st["body"]))
        return story
    story.append(Paragraph(escape(tr(STRINGS["summary"])), st["heading"]))
    rows = [(tr(GAP_LABELS[code]), str(n)) for code, n in doc.gap_counts()]
    story.append(tabular.data_table((tr(STRINGS["gap"]), tr(STRINGS["count"])), rows, (130 * mm, 30 * mm),
                                    numeric=(1,)))
    story.append(Checkpoint(checkpoint, 2))
    story.append(Paragraph(escape(tr(STRINGS["records"])), st["heading"]))
    widths = [22 * mm, 28 * mm, 36 * mm, 28 * mm]  # a referral's date carries its time
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [(tr(STRINGS[item.record]), tr(item.reference), item.name, fmt_date(item.day),
             "; ".join(tr(GAP_LABELS[code]) for code in item.gaps)) for item in doc.items]
    story.append(tabular.data_table((tr(STRINGS["record"]), tr(STRINGS["reference"]), tr(STRINGS["name"]),
                                     tr(STRINGS["date"]), tr(STRINGS["gap"])), rows, widths, wrap=(1, 2, 4),
                                    font_size=8))
    story.append(Checkpoint(checkpoint, 3))
    return story


def csv_sections(doc: DataQualityDoc) -> list[Section]:
    return [
        Section("What is missing", ("Missing", "Code", "Records"),
                tuple((GAP_LABELS[code], code, n) for code, n in doc.gap_counts())),
        Section("Records", ("Record", "Id", "Reference", "Name", "Date", "Missing", "Codes"),
                tuple((item.record, item.record_id, item.reference, item.name, item.day,
                       "; ".join(GAP_LABELS[code] for code in item.gaps), " ".join(item.gaps))
                      for item in doc.items)),
    ]


def csv_preamble(doc: DataQualityDoc) -> list[tuple[str, object]]:
    return [("Report", "Data quality"), ("Site", doc.site_name),
            ("Started using LEAD Desktop on", doc.started_on or ""), ("Generated on", doc.generated_on),
            ("Participants checked", doc.participants_checked), ("Referrals checked", doc.referrals_checked)]


def json_payload(doc: DataQualityDoc) -> dict:
    return {"report": "data-quality", "data_quality": doc,
            "gap_counts": {code: n for code, n in doc.gap_counts()}}
