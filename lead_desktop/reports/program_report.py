"""The program report for a month, quarter, year or any range: the numbers the PCG and funders ask for.

Input contract: `ProgramReportData` (reports.program_data), filled by services.metrics
(`program_numbers`, and `public_view` for the public variant). This module lays it out as a PDF
and draws its charts, for the PDF and the window alike; reports.program_export gives the same
numbers as CSV sections and a JSON document. As a report builder (services.reporting) this
module answers for all three.

The internal variant is marked "Internal — contains small counts" on every page; the
public variant says how small counts were withheld.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import charts, pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.program_data import CaseloadData, CaseloadRow, EquityData, ProgramReportData, TrendData
# A report builder answers for its PDF, CSV and JSON (services.reporting.exporting).
from lead_desktop.reports.program_export import csv_preamble, csv_sections, json_payload  # noqa: F401
from lead_desktop.reports.tabular import Checkpoint, fmt_count, fmt_number, fmt_percent


# ----- fixed words ---------------------------------------------------------------------------

STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Program report"),
    "header_internal": QT_TRANSLATE_NOOP("reports", "Program report · Internal — contains small counts"),
    "header_public": QT_TRANSLATE_NOOP("reports", "Program report · Public"),
    "title": QT_TRANSLATE_NOOP("reports", "Program report: {period}"),
    "subtitle": QT_TRANSLATE_NOOP("reports", "{site} · {start} to {end} · generated on {generated}"),
    "internal_notice": QT_TRANSLATE_NOOP(
        "reports",
        "Internal — contains small counts. For the Policy Coordinating Group and program staff; "
        "do not publish or pass on. Use the public version for anything that leaves the program."),
    "public_notice": QT_TRANSLATE_NOOP(
        "reports",
        "Public version. Counts from 1 to {below_minus} are shown as “&lt;{below}”; where a total would reveal "
        "such a count, another count in the same row or column is withheld too. Shares and ratios that "
        "depend on a withheld count are shown as “n&lt;{below}”."),
    "key_referrals": QT_TRANSLATE_NOOP("reports", "Referrals"),
    "key_enrolled": QT_TRANSLATE_NOOP("reports", "Enrolled"),
    "key_served": QT_TRANSLATE_NOOP("reports", "On the caseload"),
    "key_contacted": QT_TRANSLATE_NOOP("reports", "Contacted"),
    "key_exits": QT_TRANSLATE_NOOP("reports", "Exits"),
    "key_open": QT_TRANSLATE_NOOP("reports", "Open caseload today"),
    "funnel": QT_TRANSLATE_NOOP("reports", "1. Referral funnel by pathway"),
    "funnel_note": QT_TRANSLATE_NOOP(
        "reports",
        "Referrals made in the period, by their outcome today. “Referred” is the row total."),
    "pathway": QT_TRANSLATE_NOOP("reports", "Pathway"),
    "referred": QT_TRANSLATE_NOOP("reports", "Referred"),
    "handoff": QT_TRANSLATE_NOOP("reports", "2. Hand-off times and intakes"),
    "handoff_note": QT_TRANSLATE_NOOP(
        "reports",
        "Minutes from the referral to the warm hand-off to a case manager, for referrals with a recorded "
        "hand-off. The {target}-minute target is for arrest diversions."),
    "with_handoff": QT_TRANSLATE_NOOP("reports", "With hand-off"),
    "within": QT_TRANSLATE_NOOP("reports", "Within {target} min"),
    "within_share": QT_TRANSLATE_NOOP("reports", "Share within"),
    "median": QT_TRANSLATE_NOOP("reports", "Median minutes"),
    "all_pathways": QT_TRANSLATE_NOOP("reports", "All pathways"),
    "intake_note": QT_TRANSLATE_NOOP(
        "reports",
        "Arrest diversions referred in the period have a legal intake deadline ({days} days after the "
        "referral). How each intake went, as of {as_of}:"),
    "intake": QT_TRANSLATE_NOOP("reports", "Intake"),
    "enrollments": QT_TRANSLATE_NOOP("reports", "3. Enrollments and exits"),
    "enrollments_text": QT_TRANSLATE_NOOP("reports", "Participants enrolled in the period: <b>{count}</b>."),
    "exits_title": QT_TRANSLATE_NOOP("reports", "Exits by destination (HMIS group)"),
    "destination": QT_TRANSLATE_NOOP("reports", "Destination"),
    "engagement": QT_TRANSLATE_NOOP("reports", "4. Engagement"),
    "engagement_note": QT_TRANSLATE_NOOP(
        "reports",
        "Participants on the caseload at any time in the period, and whether a contact reached them in the "
        "period. Contacts: <b>{contacts}</b>; contacts per participant contacted: <b>{per}</b>."),
    "participants": QT_TRANSLATE_NOOP("reports", "Participants"),
    "caseload": QT_TRANSLATE_NOOP("reports", "5. Caseload per case manager"),
    "caseload_note": QT_TRANSLATE_NOOP(
        "reports",
        "Open participants (not exited) today, per case manager, against the LEAD standard of about "
        "{average} on average and never more than {maximum}. Average per case manager: <b>{mean}</b>."),
    "case_manager": QT_TRANSLATE_NOOP("reports", "Case manager"),
    "caseload_count": QT_TRANSLATE_NOOP("reports", "Open participants"),
    "standard": QT_TRANSLATE_NOOP("reports", "Against the standard"),
    "state_ok": QT_TRANSLATE_NOOP("reports", "Within"),
    "state_over_average": QT_TRANSLATE_NOOP("reports", "Above {average}"),
    "state_over_maximum": QT_TRANSLATE_NOOP("reports", "Above the maximum of {maximum}"),
    "state_unassigned": QT_TRANSLATE_NOOP("reports", "No case manager"),
    "linkages": QT_TRANSLATE_NOOP("reports", "6. Service linkages and outcomes"),
    "linkages_note": QT_TRANSLATE_NOOP(
        "reports",
        "Referrals to services made in the period, by their outcome (HMIS 4.20.D). Participants linked: "
        "<b>{people}</b>."),
    "service": QT_TRANSLATE_NOOP("reports", "Service"),
    "housing": QT_TRANSLATE_NOOP("reports", "7. Housing status change"),
    "housing_note": QT_TRANSLATE_NOOP(
        "reports",
        "Participants with a living situation recorded in the period: the situation in effect at the start "
        "of the period (or the first one recorded in it) in the rows, the latest one in the period in the "
        "columns. The diagonal is “no change”."),
    "housing_corner": QT_TRANSLATE_NOOP("reports", "First \\ latest"),
    "demographics": QT_TRANSLATE_NOOP("reports", "8. Who was served"),
    "demographics_note": QT_TRANSLATE_NOOP(
        "reports",
        "Participants on the caseload at any time in the period. Age at the end of the period. Race and "
        "ethnicity: people who chose one answer are counted under it; people who chose more than one under "
        "“Multiple”."),
    "sex": QT_TRANSLATE_NOOP("reports", "Sex"),
    "age": QT_TRANSLATE_NOOP("reports", "Age"),
    "race": QT_TRANSLATE_NOOP("reports", "Race and ethnicity"),
    "equity": QT_TRANSLATE_NOOP("reports", "9. Equity: race and ethnicity against the local baseline"),
    "equity_note": QT_TRANSLATE_NOOP(
        "reports",
        "Baseline: <b>{label}</b> ({start} to {end}; source: {source}; {total} people). Ratio = share of "
        "referrals (or enrollments) ÷ share of the baseline; 1.0 means the same share, above 1.0 a larger "
        "share than in the baseline. Shares include answers not recorded."),
    "equity_none": QT_TRANSLATE_NOOP(
        "reports",
        "No baseline has been entered for this period. The project manager enters one on the Reports page "
        "(for example local arrests by race and ethnicity for the period); until then only the counts are "
        "shown."),
    "group": QT_TRANSLATE_NOOP("reports", "Group"),
    "referrals_n": QT_TRANSLATE_NOOP("reports", "Referrals"),
    "enrollments_n": QT_TRANSLATE_NOOP("reports", "Enrollments"),
    "baseline_n": QT_TRANSLATE_NOOP("reports", "Baseline"),
    "ratio_to_baseline": QT_TRANSLATE_NOOP("reports", "Ratio to the baseline"),
    "ratio_referrals": QT_TRANSLATE_NOOP("reports", "Ratio, referrals"),
    "ratio_enrollments": QT_TRANSLATE_NOOP("reports", "Ratio, enrollments"),
    "equity_chart": QT_TRANSLATE_NOOP("reports", "Share of referrals and enrollments ÷ share of the baseline"),
    "parity": QT_TRANSLATE_NOOP("reports", "1.0 = same share as the baseline"),
    "trend": QT_TRANSLATE_NOOP("reports", "10. Referrals and enrollments per month"),
    "trend_note": QT_TRANSLATE_NOOP("reports", "{first} to {last}."),
    "series_referrals": QT_TRANSLATE_NOOP("reports", "Referrals"),
    "series_enrollments": QT_TRANSLATE_NOOP("reports", "Enrollments"),
    "notes": QT_TRANSLATE_NOOP("reports", "How these figures are counted"),
    "audit_head": QT_TRANSLATE_NOOP(
        "reports", "Audit log when this report was made: entry {seq}, hash {hash}. Keep this page: "
        "lead-desktop-admin verify --anchor {seq}:HASH shows whether any entry up to it was changed or removed since."),
}

SECTIONS = 11  # checkpoints in the story (progress steps)


# ----- PDF ---------------------------------------------------------------------------------


def decor(data: ProgramReportData, translate: Translate = identity) -> PageDecor:
    # The internal marking sits in every page's header (instead of CONFIDENTIAL: these are aggregates).
    title = STRINGS["header_public"] if data.public else STRINGS["header_internal"]
    return PageDecor(site_name=data.site_name, title=title, translate=translate)


def render(data: ProgramReportData, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    story = build_story(data, translate, checkpoint)
    return pdfbase.render_pdf(handle, story, decor(data, translate), pagesize=pagesize,
                              subject=translate(STRINGS["title"]).format(period=data.period.label(translate)))


def pdf_bytes(data: ProgramReportData, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(data, buffer, translate=translate)
    return buffer.getvalue()


def _state_text(row: CaseloadRow, data: CaseloadData, tr: Translate) -> str:
    key = f"state_{row.state}"
    return tr(STRINGS[key]).format(average=data.average_standard, maximum=data.maximum_standard)


def build_story(data: ProgramReportData, tr: Translate = identity,
                checkpoint: Callable[[int], None] | None = None) -> list:
    st = pdfbase.styles()
    width = CONTENT_WIDTH
    story: list = []
    step = iter(range(1, SECTIONS + 1))

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    def heading(key: str) -> list:
        return [CondPageBreak(45 * mm), para(escape(tr(STRINGS[key])), "heading")]

    def check() -> None:
        story.append(Checkpoint(checkpoint, next(step)))

    period = data.period
    story.append(para(escape(tr(STRINGS["title"]).format(period=period.label(tr))), "title"))
    story.append(para(escape(tr(STRINGS["subtitle"]).format(
        site=data.site_name, start=period.start.isoformat(), end=period.end.isoformat(),
        generated=data.generated_on.isoformat())), "subtitle"))
    if data.public:
        story.append(para(tr(STRINGS["public_notice"]).format(below=data.suppression_limit,
                                                              below_minus=data.suppression_limit - 1), "small"))
    else:
        story.append(para(escape(tr(STRINGS["internal_notice"])), "alert"))
    story.append(Spacer(1, 2 * mm))
    story.append(_key_figures(data, tr))
    check()

    # 1. funnel
    story += heading("funnel")
    story.append(para(escape(tr(STRINGS["funnel_note"])), "small"))
    story.append(tabular.crosstab_table(data.funnel, tr(STRINGS["pathway"]), width, tr, first_col=48 * mm,
                                        total_label=tr(STRINGS["referred"])))
    check()

    # 2. hand-off and intake
    h = data.handoff
    story += heading("handoff")
    story.append(para(escape(tr(STRINGS["handoff_note"]).format(target=h.target_minutes)), "small"))
    rows = []
    for key, label, total, median in zip(h.table.row_keys, h.table.row_labels, h.table.row_totals, h.medians):
        rows.append((tr(label), fmt_count(total), fmt_count(h.table.cell(key, "within")),
                     fmt_percent(h.within_share(key)), fmt_number(median, 0)))
    rows.append((tr(STRINGS["all_pathways"]), fmt_count(h.table.total), fmt_count(h.table.col_total("within")),
                 fmt_percent(h.within_share_all), fmt_number(h.median_all, 0)))
    w = (width - 48 * mm) / 4
    story.append(tabular.data_table(
        (tr(STRINGS["pathway"]), tr(STRINGS["with_handoff"]), tr(STRINGS["within"]).format(target=h.target_minutes),
         tr(STRINGS["within_share"]), tr(STRINGS["median"])),
        rows, (48 * mm, w, w, w, w), numeric=(1, 2, 3, 4), total_row=True))
    story.append(Spacer(1, 3 * mm))
    story.append(para(escape(tr(STRINGS["intake_note"]).format(days=data.intake_deadline_days,
                                                              as_of=data.generated_on.isoformat())), "small"))
    story.append(tabular.breakdown_table(data.intake, tr(STRINGS["intake"]), width, tr, first_col=90 * mm))
    check()

    # 3. enrollments and exits
    story += heading("enrollments")
    story.append(para(tr(STRINGS["enrollments_text"]).format(count=fmt_count(data.enrollments))))
    story.append(para(escape(tr(STRINGS["exits_title"])), "subheading"))
    story.append(tabular.breakdown_table(data.exits, tr(STRINGS["destination"]), width, tr, first_col=90 * mm))
    check()

    # 4. engagement
    e = data.engagement
    story += heading("engagement")
    story.append(para(tr(STRINGS["engagement_note"]).format(contacts=fmt_count(e.contacts),
                                                            per=fmt_number(e.contacts_per_participant)), "small"))
    story.append(tabular.breakdown_table(e.people, tr(STRINGS["participants"]), width, tr, first_col=90 * mm))
    check()

    # 5. caseload
    c = data.caseload
    story += heading("caseload")
    story.append(para(tr(STRINGS["caseload_note"]).format(average=c.average_standard, maximum=c.maximum_standard,
                                                          mean=fmt_number(c.average)), "small"))
    rows = [(r.case_manager, fmt_count(r.count), _state_text(r, c, tr)) for r in c.rows]
    rows.append((tr(tabular.STRINGS["total"]), fmt_count(c.total), ""))
    story.append(tabular.data_table((tr(STRINGS["case_manager"]), tr(STRINGS["caseload_count"]),
                                     tr(STRINGS["standard"])), rows, (80 * mm, 35 * mm, width - 115 * mm),
                                    numeric=(1,), total_row=True))
    check()

    # 6. linkages
    story += heading("linkages")
    story.append(para(tr(STRINGS["linkages_note"]).format(people=fmt_count(data.linkages.people)), "small"))
    story.append(tabular.crosstab_table(data.linkages.table, tr(STRINGS["service"]), width, tr, first_col=44 * mm))
    check()

    # 7. housing
    story += heading("housing")
    story.append(para(escape(tr(STRINGS["housing_note"])), "small"))
    story.append(tabular.crosstab_table(data.housing, tr(STRINGS["housing_corner"]), width, tr, first_col=40 * mm))
    check()

    # 8. demographics
    d = data.demographics
    story += heading("demographics")
    story.append(para(escape(tr(STRINGS["demographics_note"])), "small"))
    half = (width - 6 * mm) / 2
    pair = Table([[tabular.breakdown_table(d.sex, tr(STRINGS["sex"]), half, tr, first_col=half - 36 * mm),
                   tabular.breakdown_table(d.age, tr(STRINGS["age"]), half, tr, first_col=half - 36 * mm)]],
                 colWidths=[half + 3 * mm, half + 3 * mm], hAlign="LEFT")
    pair.setStyle(pdfbase.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)))
    story.append(pair)
    story.append(Spacer(1, 3 * mm))
    story.append(tabular.breakdown_table(d.race, tr(STRINGS["race"]), width, tr, first_col=110 * mm))
    check()

    # 9. equity
    story.append(CondPageBreak(110 * mm))
    story.append(para(escape(tr(STRINGS["equity"])), "heading"))
    story += _equity(data.equity, tr, st)
    check()

    # 10. trend
    t = data.trend
    block = [para(escape(tr(STRINGS["trend"])), "heading")]
    if t.months:
        first, last = _month(t.months[0], tr), _month(t.months[-1], tr)
        block.append(para(escape(tr(STRINGS["trend_note"]).format(first=first, last=last)), "small"))
    block.append(trend_chart(t, tr, width))
    story.append(KeepTogether(block))
    check()

    if data.notes:
        story += heading("notes")
        note_style = st["small"].clone("note", bulletFontName=pdfbase.FONT_SANS, leftIndent=9, bulletIndent=0)
        for note in data.notes:
            story.append(Paragraph(escape(tr(note)), note_style, bulletText="•"))
    if data.audit_head is not None:
        seq, digest = data.audit_head
        story.append(Spacer(1, 4 * mm))
        story.append(para(escape(tr(STRINGS["audit_head"]).format(seq=seq, hash=digest)), "small"))
    return story


def _month(day: date, tr: Translate = identity, short: bool = False) -> str:
    return pdfbase.short_month_year(day, tr) if short else pdfbase.month_year(day, tr)


def _key_figures(data: ProgramReportData, tr: Translate) -> Table:
    e = data.engagement
    figures = [
        (STRINGS["key_referrals"], data.referred),
        (STRINGS["key_enrolled"], data.enrollments),
        (STRINGS["key_served"], e.people.total),
        (STRINGS["key_contacted"], e.people.count("contacted")),
        (STRINGS["key_exits"], data.exits.total),
        (STRINGS["key_open"], data.caseload.total),
    ]
    st = pdfbase.styles()
    big = st["title"].clone("figure", fontSize=16, leading=19, spaceAfter=0, alignment=1)
    small = st["small"].clone("figure_label", alignment=1, spaceAfter=0)
    cells = [[Paragraph(escape(fmt_count(value)), big) for _, value in figures],
             [Paragraph(escape(tr(label)), small) for label, _ in figures]]
    col = CONTENT_WIDTH / len(figures)
    table = Table(cells, colWidths=[col] * len(figures))
    table.setStyle(pdfbase.table_style(
        ("BOX", (0, 0), (-1, -1), 0.6, pdfbase.RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, pdfbase.RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0, pdfbase.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), tabular.ZEBRA),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


def _equity(eq: EquityData, tr: Translate, st: dict) -> list:
    out: list = []
    if eq.baseline is None:
        out.append(Paragraph(escape(tr(STRINGS["equity_none"])), st["small"]))
    else:
        b = eq.baseline
        out.append(Paragraph(tr(STRINGS["equity_note"]).format(
            label=escape(b.label), start=b.start.isoformat(), end=b.end.isoformat(), source=escape(b.source or "—"),
            total=f"{b.total:,}"), st["small"]))
    rows = []
    for line in eq.referrals.lines:
        key = line.key
        base = eq.baseline.count(key) if eq.baseline else None
        rows.append((tr(line.label), fmt_count(line.count), fmt_percent(eq.referrals.share(key), 1),
                     fmt_count(eq.enrollments.count(key)), fmt_percent(eq.enrollments.share(key), 1),
                     fmt_count(base) if eq.baseline else "—", fmt_percent(eq.baseline_share(key), 1),
                     fmt_number(eq.referral_ratio(key), 2), fmt_number(eq.enrollment_ratio(key), 2)))
    rows.append((tr(tabular.STRINGS["total"]), fmt_count(eq.referrals.total), "", fmt_count(eq.enrollments.total), "",
                 fmt_count(eq.baseline.total) if eq.baseline else "—", "", "", ""))
    # Two header lines: each group's label spans its count and share, so no word is squeezed.
    first, count, part = 42 * mm, 15 * mm, 15 * mm
    ratio_col = (CONTENT_WIDTH - first - 3 * (count + part)) / 2
    count_word, share_word = tr(tabular.STRINGS["count"]), tr(tabular.STRINGS["share"])
    out.append(KeepTogether([tabular.data_table(
        (tr(STRINGS["group"]), count_word, share_word, count_word, share_word, count_word, share_word,
         tr(STRINGS["referrals_n"]), tr(STRINGS["enrollments_n"])),
        rows, (first, count, part, count, part, count, part, ratio_col, ratio_col), numeric=range(1, 9),
        total_row=True, font_size=8,
        header_groups=(("", 1), (tr(STRINGS["referrals_n"]), 2), (tr(STRINGS["enrollments_n"]), 2),
                       (tr(STRINGS["baseline_n"]), 2), (tr(STRINGS["ratio_to_baseline"]), 2)))]))
    drawing = equity_chart(eq, tr)
    if drawing is not None:
        out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether([drawing]))
    return out


# ----- the charts, on paper and on screen -------------------------------------------------------

TREND_HEIGHT = 62 * mm


def trend_chart(trend: TrendData, tr: Translate = identity, width: float = CONTENT_WIDTH) -> Drawing:
    """Referrals and enrollments per month, as section 10 of the PDF draws them."""
    return charts.bar_chart(
        [_month(m, tr, short=True) for m in trend.months],
        [(tr(STRINGS["series_referrals"]), trend.referrals), (tr(STRINGS["series_enrollments"]), trend.enrollments)],
        width, TREND_HEIGHT)


def equity_chart(eq: EquityData, tr: Translate = identity) -> Drawing | None:
    """The equity ratios of section 9; None without a baseline to compare with."""
    if eq.baseline is None:
        return None
    labels = [tr(eq.referrals.lines[eq.referrals.keys.index(k)].label) for k in eq.chart_keys]
    return charts.ratio_chart(
        labels,
        [(tr(STRINGS["ratio_referrals"]), [eq.referral_ratio(k) for k in eq.chart_keys]),
         (tr(STRINGS["ratio_enrollments"]), [eq.enrollment_ratio(k) for k in eq.chart_keys])],
        CONTENT_WIDTH, title=tr(STRINGS["equity_chart"]), reference_label=tr(STRINGS["parity"]))


def program_charts(data: ProgramReportData, tr: Translate = identity) -> list[tuple[str, Drawing]]:
    """Every chart of the report with the heading it stands under in the PDF, in the PDF's order.

    The window shows these same drawings (rendered to SVG), so a chart on screen is the chart on paper.
    """
    out = []
    equity = equity_chart(data.equity, tr)
    if equity is not None:
        out.append((tr(STRINGS["equity"]), equity))
    out.append((tr(STRINGS["trend"]), trend_chart(data.trend, tr)))
    return out
