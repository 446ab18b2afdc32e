"""The site's fact sheet (one page, two with much governance): what LEAD is, how referral works, goals,
governance, live figures, how to refer and whom to contact.

Input contract: `FactSheetData`. The texts are the site's own (edited on the Reports page,
defaults from resources/texts/fact_sheet_en.json); the figures come from
services.metrics (public view for anything handed out: counts under 11 as "<11").
A text the site has not set (how to refer and the contact have no default) is left out
with its heading: a fact sheet never prints a placeholder.

The sheet is laid out a little tighter step by step (`FIT_SCALES`) until it fits one page;
when even the tightest does not, it takes two at the normal size.

Text markup is plain: paragraphs separated by a blank line, lines starting with "- " or
"• " become bullets. Nothing typed is taken as markup (it is escaped).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Breakdown, Checkpoint, Count, Section, fmt_count

# ----- input contract ------------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    title: str
    text: str


@dataclass(frozen=True)
class FactSheetText:
    about: str
    referral: str
    how_to_refer: str
    contact: str
    goals: tuple[Goal, ...]

    @property
    def unset(self) -> tuple[str, ...]:
        """The texts not written yet (left out of the fact sheet), by field name."""
        return tuple(name for name in TEXT_FIELDS if not getattr(self, name).strip())


TEXT_FIELDS = ("about", "referral", "how_to_refer", "contact")


@dataclass(frozen=True)
class BodySummary:
    name: str
    kind_label: str
    in_development: bool
    purpose: str
    meets: str
    organizations: tuple[str, ...]


@dataclass(frozen=True)
class FactSheetNumbers:
    """Live aggregates since the program began, as of `as_of`."""

    as_of: date
    referrals: Breakdown  # by pathway
    enrolled: Count  # participants ever enrolled
    active: Count  # open caseload (not exited)
    permanently_housed: Count  # open participants whose latest living situation is permanent housing
    housing_linkages: Count  # accepted housing referrals
    service_linkages: Count  # accepted referrals to any service
    people_linked: Count  # participants with at least one accepted referral
    public: bool = False


@dataclass(frozen=True)
class FactSheetData:
    site_name: str
    text: FactSheetText
    bodies: tuple[BodySummary, ...]
    numbers: FactSheetNumbers
    generated_on: date
    logo: bytes | None = field(default=None, metadata={"json_skip": True})


STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Fact sheet"),
    "kicker": QT_TRANSLATE_NOOP("reports", "Law Enforcement Assisted Diversion · fact sheet"),
    "about": QT_TRANSLATE_NOOP("reports", "What LEAD is"),
    "referral": QT_TRANSLATE_NOOP("reports", "How referral works"),
    "goals": QT_TRANSLATE_NOOP("reports", "Goals of LEAD"),
    "numbers": QT_TRANSLATE_NOOP("reports", "LEAD here, in numbers"),
    "numbers_note": QT_TRANSLATE_NOOP("reports", "Since the program began, as of {date}."),
    "referred": QT_TRANSLATE_NOOP("reports", "people referred"),
    "enrolled": QT_TRANSLATE_NOOP("reports", "participants enrolled"),
    "active": QT_TRANSLATE_NOOP("reports", "on the caseload today"),
    "housed": QT_TRANSLATE_NOOP("reports", "of them in permanent housing"),
    "linkages": QT_TRANSLATE_NOOP("reports", "services accepted"),
    "housing_linkages": QT_TRANSLATE_NOOP("reports", "housing placements accepted"),
    "by_pathway": QT_TRANSLATE_NOOP("reports", "Referrals by pathway"),
    "governance": QT_TRANSLATE_NOOP("reports", "Who runs LEAD here"),
    "in_development": QT_TRANSLATE_NOOP("reports", "in development"),
    "members": QT_TRANSLATE_NOOP("reports", "Member organizations: {names}"),
    "no_members": QT_TRANSLATE_NOOP("reports", "Member organizations are being recruited."),
    "how_to_refer": QT_TRANSLATE_NOOP("reports", "How to refer"),
    "contact": QT_TRANSLATE_NOOP("reports", "Contact"),
}

GOAL_BACKGROUND = colors.HexColor("#eef3f8")
ACCENT = colors.HexColor("#1f5f9e")
LOGO_MAX = (42 * mm, 22 * mm)
FIT_SCALES = (1.0, 0.95, 0.9, 0.85)


def text_flowables(text: str, st: dict) -> list:
    """Plain site text → paragraphs and bullets (escaped)."""
    out: list = []
    bullet = st["bullet"].clone("fs_bullet", bulletFontName=pdfbase.FONT_SANS)  # the embedded font, not Helvetica
    for block in (text or "").replace("\r\n", "\n").split("\n\n"):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        plain: list[str] = []
        for line in lines:
            stripped = line.lstrip()
            if stripped.startswith(("- ", "• ", "* ")):
                if plain:
                    out.append(Paragraph("<br/>".join(escape(x) for x in plain), st["body"]))
                    plain = []
                out.append(Paragraph(escape(stripped[2:].strip()), bullet, bulletText="•"))
            else:
                plain.append(line.strip())
        if plain:
            out.append(Paragraph("<br/>".join(escape(x) for x in plain), st["body"]))
    return out


def decor(data: FactSheetData, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=data.site_name, title=STRINGS["header"], confidential=not data.numbers.public,
                     translate=translate)


def render(data: FactSheetData, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    """Write the sheet on one page when a tighter layout allows it, else on two at the normal size."""
    first: tuple[bytes, int] | None = None
    for scale in FIT_SCALES:
        buffer = io.BytesIO()
        pages = pdfbase.render_pdf(buffer, build_story(data, translate, checkpoint, scale), decor(data, translate),
                                   subject=translate(STRINGS["header"]), pagesize=pagesize)
        if pages == 1:
            handle.write(buffer.getvalue())
            return pages
        first = first or (buffer.getvalue(), pages)
    handle.write(first[0])
    return first[1]



def pdf_bytes(data: FactSheetData, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(data, buffer, translate=translate)
    return buffer.getvalue()


def _logo(data: bytes | None) -> Image | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - an unreadable logo is left out, never fatal
        return None
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _side_by_side(parts: list[list], boxed: bool = False) -> Table | None:
    """Two parts in two columns, one part across the page, nothing for none."""
    if not parts:
        return None
    half = (CONTENT_WIDTH - 6 * mm) / 2
    widths = [half + 3 * mm] * 2 if len(parts) == 2 else [CONTENT_WIDTH]
    table = Table([parts], colWidths=widths)
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm / 2)]
    if boxed:
        commands += [("BOX", (0, 0), (-1, -1), 0.6, pdfbase.RULE), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    table.setStyle(pdfbase.table_style(*commands))
    return table


def build_story(data: FactSheetData, tr: Translate = identity,
                checkpoint: Callable[[int], None] | None = None, scale: float = 1.0) -> list:
    st = pdfbase.styles(0.96 * scale)
    story: list = []
    title = st["title"].clone("fs_title", fontSize=20 * scale, leading=24 * scale, textColor=ACCENT)
    kicker = st["subtitle"].clone("fs_kicker", spaceAfter=0)
    heading = st["heading"].clone("fs_heading", textColor=ACCENT)

    def part(key: str) -> list:
        """A text with its heading, or nothing when the site has not written it."""
        text = getattr(data.text, key)
        return [Paragraph(escape(tr(STRINGS[key])), heading), *text_flowables(text, st)] if text.strip() else []

    head = [Paragraph(escape(data.site_name), title), Paragraph(escape(tr(STRINGS["kicker"])), kicker)]
    logo = _logo(data.logo)
    if logo is not None:
        table = Table([[logo, head]], colWidths=[LOGO_MAX[0] + 4 * mm, CONTENT_WIDTH - LOGO_MAX[0] - 4 * mm])
        table.setStyle(pdfbase.table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)))
        story.append(table)
    else:
        story += head
    story.append(Spacer(1, 3 * mm * scale))
    story.append(Checkpoint(checkpoint, 1))

    # What LEAD is | How referral works, side by side
    columns = _side_by_side([p for p in (part("about"), part("referral")) if p])
    if columns is not None:
        story.append(columns)

    # goals: a 3 × 2 grid of boxes
    goal_title = st["heading"].clone("goal_title", spaceBefore=0, spaceAfter=1, fontSize=9.5 * scale,
                                     textColor=ACCENT, keepWithNext=0)
    goal_text = st["small"].clone("goal_text", textColor=pdfbase.INK, spaceAfter=0)
    cells = [[Paragraph(escape(g.title.upper()), goal_title), Paragraph(escape(g.text), goal_text)]
             for g in data.text.goals]
    if cells:
        story.append(Paragraph(escape(tr(STRINGS["goals"])), heading))
        per_row = 3
        grid = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        grid[-1] += [""] * (per_row - len(grid[-1]))
        goals = Table(grid, colWidths=[CONTENT_WIDTH / per_row] * per_row)
        goals.setStyle(pdfbase.table_style(
            ("BACKGROUND", (0, 0), (-1, -1), GOAL_BACKGROUND),
            ("GRID", (0, 0), (-1, -1), 2, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4 * scale), ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * scale),
        ))
        story.append(goals)
    story.append(Checkpoint(checkpoint, 2))

    # numbers
    n = data.numbers
    block = [Paragraph(escape(tr(STRINGS["numbers"])), heading)]
    figures = [
        (n.referrals.total, STRINGS["referred"]),
        (n.enrolled, STRINGS["enrolled"]),
        (n.active, STRINGS["active"]),
        (n.permanently_housed, STRINGS["housed"]),
        (n.service_linkages, STRINGS["linkages"]),
        (n.housing_linkages, STRINGS["housing_linkages"]),
    ]
    big = st["title"].clone("fs_big", fontSize=17 * scale, leading=20 * scale, alignment=1, spaceAfter=0,
                            textColor=ACCENT, keepWithNext=0)
    label = st["small"].clone("fs_label", alignment=1, spaceAfter=0)
    strip = Table([[Paragraph(escape(fmt_count(v)), big) for v, _ in figures],
                   [Paragraph(escape(tr(t)), label) for _, t in figures]],
                  colWidths=[CONTENT_WIDTH / len(figures)] * len(figures))
    strip.setStyle(pdfbase.table_style(("BOX", (0, 0), (-1, -1), 0.6, pdfbase.RULE), ("VALIGN", (0, 1), (-1, 1), "TOP"),
                                       ("LINEAFTER", (0, 0), (-2, -1), 0.3, pdfbase.RULE),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))
    block.append(strip)
    block.append(Spacer(1, 2 * mm * scale))
    block.append(tabular.breakdown_table(n.referrals, tr(STRINGS["by_pathway"]), CONTENT_WIDTH, tr,
                                         first_col=100 * mm))
    note = tr(STRINGS["numbers_note"]).format(date=n.as_of.isoformat())
    if n.public:
        note += " " + tabular.suppression_note(tr)
    block.append(Paragraph(escape(note), st["small"]))
    story.append(KeepTogether(block))
    story.append(Checkpoint(checkpoint, 3))

    # governance
    if data.bodies:
        story.append(Paragraph(escape(tr(STRINGS["governance"])), heading))
        for body in data.bodies:
            name = f"<b>{escape(body.name)}</b>"
            if body.in_development:
                name += f" ({escape(tr(STRINGS['in_development']))})"
            parts = [name]
            if body.purpose:
                parts.append(escape(body.purpose))
            if body.meets:
                parts.append(escape(body.meets))
            orgs = (tr(STRINGS["members"]).format(names=", ".join(body.organizations)) if body.organizations
                    else tr(STRINGS["no_members"]))
            story.append(KeepTogether([Paragraph(" — ".join(parts), st["body"]),
                                       Paragraph(escape(orgs), st["small"])]))
    story.append(Checkpoint(checkpoint, 4))

    # how to refer | contact
    bottom = _side_by_side([p for p in (part("how_to_refer"), part("contact")) if p], boxed=True)
    if bottom is not None:
        story.append(Spacer(1, 2 * mm * scale))
        story.append(KeepTogether([bottom]))
    return story


def csv_sections(data: FactSheetData) -> list[Section]:
    n = data.numbers
    c = lambda v: fmt_count(v).replace(",", "")  # noqa: E731
    return [
        Section("Referrals by pathway", ("Pathway", "Count", "Share"), tabular.breakdown_rows(n.referrals)),
        Section("Figures", ("Measure", "Count"), (
            ("Participants enrolled", c(n.enrolled)),
            ("On the caseload today", c(n.active)),
            ("On the caseload and in permanent housing", c(n.permanently_housed)),
            ("Service referrals accepted", c(n.service_linkages)),
            ("Housing referrals accepted", c(n.housing_linkages)),
            ("Participants with an accepted service referral", c(n.people_linked)),
        )),
        Section("Governance bodies", ("Body", "Kind", "In development", "Member organizations"),
                tuple((b.name, b.kind_label, b.in_development, "; ".join(b.organizations)) for b in data.bodies)),
    ]


def csv_preamble(data: FactSheetData) -> list[tuple[str, object]]:
    return [("Report", "Fact sheet (public)" if data.numbers.public else "Fact sheet (internal - exact counts)"),
            ("Site", data.site_name), ("As of", data.numbers.as_of.isoformat()),
            ("Generated on", data.generated_on.isoformat())]


def json_payload(data: FactSheetData) -> dict:
    return {"report": "fact_sheet", "numbers": data, "derived": {
        "referral_share": {k: data.numbers.referrals.share(k) for k in data.numbers.referrals.keys}}}
