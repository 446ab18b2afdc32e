"""A participant's case summary for case managers (and, under a release, for a named recipient). CONFIDENTIAL.

Input contract: `CaseSummaryData`, built by services.reporting (which decides what goes in,
checks consent, logs the disclosure). When the summary includes substance-use-disorder
information and the site applies 42 CFR Part 2, the notice that must accompany each
disclosure (42 CFR 2.32(a), Statement 1 of the 2024 rule) is printed on the first page,
with the scope of the consent the disclosure is made under (2.32(b)).

Free-text notes (contact notes, assessment summaries) are never included: minimum necessary.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Checkpoint, Section


@dataclass(frozen=True)
class SummarySection:
    key: str  # contacts, goals, services, housing, legal, consents, assessments
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # fractions of the page width; equal when empty


@dataclass(frozen=True)
class CaseSummaryData:
    site_name: str
    generated_on: date
    prepared_by: str
    lead_number: str
    name: str
    facts: tuple[tuple[str, str], ...]  # (label, value): aliases, date of birth, status, case manager, …
    sections: tuple[SummarySection, ...]
    recipient: str
    purpose: str
    consent: str  # the consent the disclosure is made under, described; "" when none
    reason_without_consent: str
    includes_sud: bool
    redisclosure_notice: bool  # includes SUD information and the site applies 42 CFR Part 2


# The 42 CFR 2.32(a)(1) statement ("Statement 1", as amended in 2024), word for word: it is a legal
# text, so translations must come from an authoritative version, not a paraphrase.
PART2_NOTICE = QT_TRANSLATE_NOOP(
    "reports",
    "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). "
    "These rules prohibit you from using or disclosing this record, or testimony that describes the information "
    "contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, "
    "State, or local authority, against the patient, unless authorized by the consent of the patient, except as "
    "provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In "
    "addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at "
    "least one of the following applies: (i) Further use or disclosure is expressly permitted by the written "
    "consent of the individual whose information is being disclosed in this record or as otherwise permitted by "
    "42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for "
    "treatment, payment, or health care operations, or (iii) You have received the record from a covered entity "
    "or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the "
    "release of medical or other information is NOT sufficient to meet the required elements of written consent "
    "to further use or redisclose the record (see 42 CFR 2.31).")

STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Case summary"),
    "title": QT_TRANSLATE_NOOP("reports", "Case summary: {name} ({number})"),
    "subtitle": QT_TRANSLATE_NOOP("reports", "Prepared by {by} on {date}. CONFIDENTIAL — participant information."),
    "part2_heading": QT_TRANSLATE_NOOP("reports", "Notice to the recipient — 42 CFR 2.32"),
    "part2_notice": PART2_NOTICE,
    "disclosure": QT_TRANSLATE_NOOP("reports", "Disclosed to: {recipient}. Purpose: {purpose}."),
    "consent": QT_TRANSLATE_NOOP("reports", "Consent this disclosure is made under: {consent}"),
    "no_consent": QT_TRANSLATE_NOOP("reports", "Disclosed without a covering consent. Reason recorded: {reason}"),
    "no_sud": QT_TRANSLATE_NOOP("reports", "This summary contains no substance-use-disorder information."),
    "sud_included": QT_TRANSLATE_NOOP("reports", "This summary includes substance-use-disorder information."),
    "notes_left_out": QT_TRANSLATE_NOOP("reports", "Free-text notes are not included in summaries."),
    "about": QT_TRANSLATE_NOOP("reports", "About the participant"),
    "none": QT_TRANSLATE_NOOP("reports", "None recorded."),
}

NOTICE_BACKGROUND = colors.HexColor("#fff6e5")


def decor(data: CaseSummaryData, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=data.site_name, title=STRINGS["header"], confidential=True, translate=translate)


def render(data: CaseSummaryData, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    return pdfbase.render_pdf(handle, build_story(data, translate, checkpoint), decor(data, translate),
                              subject=translate(STRINGS["header"]), pagesize=pagesize)



def pdf_bytes(data: CaseSummaryData, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(data, buffer, translate=translate)
    return buffer.getvalue()


def _box(flowables: list, background: colors.Color, border: colors.Color) -> Table:
    box = Table([[flowables]], colWidths=[CONTENT_WIDTH])
    box.setStyle(pdfbase.table_style(("BACKGROUND", (0, 0), (-1, -1), background),
                                     ("BOX", (0, 0), (-1, -1), 0.9, border),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                     ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    return box


def build_story(data: CaseSummaryData, tr: Translate = identity,
                checkpoint: Callable[[int], None] | None = None) -> list:
    st = pdfbase.styles()
    story: list = [
        Paragraph(escape(tr(STRINGS["title"]).format(name=data.name, number=data.lead_number)), st["title"]),
        Paragraph(escape(tr(STRINGS["subtitle"]).format(by=data.prepared_by, date=data.generated_on.isoformat())),
                  st["subtitle"]),
    ]
    if data.redisclosure_notice:
        notice = st["small"].clone("notice", textColor=pdfbase.INK, fontSize=8, leading=10.2)
        story.append(_box([Paragraph(escape(tr(STRINGS["part2_heading"])), st["alert"]),
                           Paragraph(escape(tr(STRINGS["part2_notice"])), notice)], NOTICE_BACKGROUND, pdfbase.ALERT))
        story.append(Spacer(1, 3 * mm))
    lines = [escape(tr(STRINGS["disclosure"]).format(recipient=data.recipient, purpose=data.purpose or "—"))]
    if data.consent:
        lines.append(escape(tr(STRINGS["consent"]).format(consent=data.consent)))
    elif data.reason_without_consent:
        lines.append(escape(tr(STRINGS["no_consent"]).format(reason=data.reason_without_consent)))
    lines.append(escape(tr(STRINGS["sud_included"] if data.includes_sud else STRINGS["no_sud"]))
                 + " " + escape(tr(STRINGS["notes_left_out"])))
    story.append(Paragraph("<br/>".join(lines), st["small"]))
    story.append(Checkpoint(checkpoint, 1))

    story.append(Paragraph(escape(tr(STRINGS["about"])), st["heading"]))
    facts = tabular.data_table(None, [(label, value) for label, value in data.facts],
                               (50 * mm, CONTENT_WIDTH - 50 * mm), wrap=(0, 1))
    story.append(facts)
    for i, section in enumerate(data.sections, start=2):
        story.append(CondPageBreak(25 * mm))
        heading = Paragraph(escape(section.title), st["heading"])
        if not section.rows:
            story.append(KeepTogether([heading, Paragraph(escape(tr(STRINGS["none"])), st["small"])]))
            continue
        fractions = section.widths or tuple([1 / len(section.header)] * len(section.header))
        widths = [CONTENT_WIDTH * f for f in fractions]
        story.append(heading)
        story.append(tabular.data_table(section.header, section.rows, widths, wrap=range(len(section.header)),
                                        font_size=8))
        story.append(Checkpoint(checkpoint, min(i, 4)))
    return story


def csv_sections(data: CaseSummaryData) -> list[Section]:
    out = [Section("Participant", ("Field", "Value"), (("LEAD number", data.lead_number), ("Name", data.name),
                                                      *data.facts))]
    out += [Section(s.title, s.header, s.rows) for s in data.sections]
    return out


def csv_preamble(data: CaseSummaryData) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        ("Report", "Case summary - CONFIDENTIAL"), ("Site", data.site_name), ("Prepared by", data.prepared_by),
        ("Generated on", data.generated_on), ("Disclosed to", data.recipient), ("Purpose", data.purpose),
        ("Consent", data.consent or ""), ("Reason without consent", data.reason_without_consent or ""),
    ]
    if data.redisclosure_notice:
        rows.append(("42 CFR 2.32 notice", PART2_NOTICE))
    return rows


def json_payload(data: CaseSummaryData) -> dict:
    payload: dict = {"report": "case_summary", "confidential": True, "summary": data}
    if data.redisclosure_notice:
        payload["notice_42_cfr_2_32"] = PART2_NOTICE
    return payload
