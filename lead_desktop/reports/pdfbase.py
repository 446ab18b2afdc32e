"""Shared PDF pieces for every report: embedded fonts, paragraph styles, the page template.

Fonts: DejaVu Sans and DejaVu Sans Mono (regular and bold) from ``resources/fonts``
are embedded in every PDF, so names such as "Zürich – Café Ñandú" print the same
on any computer, whatever fonts it has. A character DejaVu lacks (most emoji) is
drawn in Symbola, embedded the same way; one neither font has is left out, so no
PDF ever shows an empty box (`_FallbackFont`).

Page template (`PageDecor`): the site's name at the top left, the document's
title at the top right, "Page x of y" at the bottom, an optional
CONFIDENTIAL marking at the top and bottom of every page, and an optional
faint diagonal watermark (e.g. DRAFT on minutes not yet approved). US Letter by
default, A4 where the site chose it (the `paper_size` setting): the text column is
as wide as A4 allows on both, centered, so a report is laid out alike on either paper.
Headings keep with what follows them: none is left alone at the foot of a page.

`render_pdf` lays a story out into an open binary file. Writing the file is not a
report's job: the service that asked for the PDF hands the rendering to the program's
one file writer (storage.atomic), so a failed export never leaves a half-written PDF.

Fixed words live in `STRINGS` (marked for translation in the "reports"
context); every builder takes a `translate` callable, the identity by default,
which the window sets to Qt's translator. Nothing here reads a database:
builders get plain dataclasses.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, TableStyle

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.resources import resource_path

Translate = Callable[[str], str]

FONT_SANS = "LEAD-DejaVuSans"
FONT_SANS_BOLD = "LEAD-DejaVuSans-Bold"
FONT_MONO = "LEAD-DejaVuSansMono"
FONT_MONO_BOLD = "LEAD-DejaVuSansMono-Bold"

_FONT_FILES = {
    FONT_SANS: "DejaVuSans.ttf",
    FONT_SANS_BOLD: "DejaVuSans-Bold.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
    FONT_MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}
FONT_FALLBACK = "LEAD-Symbola"
FALLBACK_FILE = "Symbola.ttf"

# The site setting `paper_size` names one of these (domain.settings); US Letter unless a site chose A4.
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": letter, "a4": A4}
PAGE_SIZE = letter
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
MARGIN_SIDE = 18 * mm  # on A4; US Letter is 6 mm wider, shared between both sides
HEADER_Y = 12 * mm  # from the top edge
FOOTER_Y = 10 * mm  # from the bottom edge

# The body frame has no inner padding and is as wide on both papers: builders size their tables by it.
CONTENT_WIDTH = min(width for width, _height in PAPER_SIZES.values()) - 2 * MARGIN_SIDE

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
ALERT = colors.HexColor("#9b1c1c")

STRINGS: dict[str, str] = {
    "page_x_of_y": QT_TRANSLATE_NOOP("reports", "Page {page} of {pages}"),
    "confidential": QT_TRANSLATE_NOOP("reports", "CONFIDENTIAL"),
    "producer": QT_TRANSLATE_NOOP("reports", "LEAD Desktop"),
}

_fonts_lock = threading.Lock()
_fonts_ready = False


def identity(text: str) -> str:
    return text


# Month and day names for dates written out in words (C-locale strftime would print them in English).
MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("reports", "January"), QT_TRANSLATE_NOOP("reports", "February"),
    QT_TRANSLATE_NOOP("reports", "March"), QT_TRANSLATE_NOOP("reports", "April"),
    QT_TRANSLATE_NOOP("reports", "May"), QT_TRANSLATE_NOOP("reports", "June"),
    QT_TRANSLATE_NOOP("reports", "July"), QT_TRANSLATE_NOOP("reports", "August"),
    QT_TRANSLATE_NOOP("reports", "September"), QT_TRANSLATE_NOOP("reports", "October"),
    QT_TRANSLATE_NOOP("reports", "November"), QT_TRANSLATE_NOOP("reports", "December"),
)
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("reports", "Monday"), QT_TRANSLATE_NOOP("reports", "Tuesday"),
    QT_TRANSLATE_NOOP("reports", "Wednesday"), QT_TRANSLATE_NOOP("reports", "Thursday"),
    QT_TRANSLATE_NOOP("reports", "Friday"), QT_TRANSLATE_NOOP("reports", "Saturday"),
    QT_TRANSLATE_NOOP("reports", "Sunday"),
)
DATE_STRINGS: dict[str, str] = {
    "month_year": QT_TRANSLATE_NOOP("reports", "{month} {year}"),
    "moment": QT_TRANSLATE_NOOP("reports", "{weekday} {day} {month} {year}, {time}"),
}


def month_year(day: date, tr: Translate = identity) -> str:
    """"March 2025" in the report's language."""
    return tr(DATE_STRINGS["month_year"]).format(month=tr(MONTHS[day.month - 1]), year=day.year)


def short_month_year(day: date, tr: Translate = identity) -> str:
    """"Mar 25": the month's first three letters (the usual abbreviation in English and in Spanish) and the year."""
    return f"{tr(MONTHS[day.month - 1])[:3]} {day:%y}"


def moment_text(moment: datetime, tr: Translate = identity) -> str:
    """"Monday 03 March 2025, 14:00" in the report's language."""
    return tr(DATE_STRINGS["moment"]).format(weekday=tr(WEEKDAYS[moment.weekday()]), day=f"{moment.day:02d}",
                                             month=tr(MONTHS[moment.month - 1]), year=moment.year,
                                             time=moment.strftime("%H:%M"))


def paper(code: object) -> tuple[float, float]:
    """The page size a `paper_size` setting names (US Letter for anything unknown)."""
    return PAPER_SIZES.get(str(code or "").lower(), PAGE_SIZE)


def _outside(codes: Iterable[int]) -> re.Pattern[str]:
    """A pattern that finds any character not among `codes` (a no-break space counts as among them)."""
    ranges: list[list[int]] = []
    for code in sorted({*codes, 0xA0}):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{parts}]")


class _FallbackFont(TTFont):
    """An embedded DejaVu face that hands the characters it lacks to the fallback face (Symbola) and
    drops those neither has, in measuring and in writing alike.

    reportlab draws a character missing from a TrueType font as its .notdef glyph, an empty box. Every
    piece of text (paragraphs, table cells, chart labels, the page header) is measured with
    `stringWidth` and written through `splitString`/`getSubsetInternalName`, so doing it here covers
    them all. Subsets of the fallback face are numbered from `FALLBACK_SUBSETS` on.
    """

    FALLBACK_SUBSETS = 1_000_000

    def __init__(self, name: str, filename: str, fallback: TTFont) -> None:
        super().__init__(name, filename, shapable=False)
        self._fallback = fallback
        self._foreign = _outside(self.face.charToGlyph)

    def runs(self, text: str | bytes) -> list[tuple[TTFont, str]]:
        """`text` cut into runs each face can draw; characters neither can are left out."""
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if not self._foreign.search(text):  # nearly always: one regex search instead of a loop in Python
            return [(self, text)]
        own, other = self.face.charToGlyph, self._fallback.face.charToGlyph
        out: list[tuple[TTFont, str]] = []
        for char in text:
            code = ord(char)
            if code in own or code == 0xA0:  # a no-break space is written as a space
                face: TTFont = self
            elif code in other:
                face = self._fallback
            else:
                continue
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + char)
            else:
                out.append((face, char))
        return out

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        if isinstance(text, str) and not self._foreign.search(text):
            return TTFont.stringWidth(self, text, size, encoding)
        return sum(TTFont.stringWidth(face, run, size, encoding) for face, run in self.runs(text))

    def splitString(self, text: str | bytes, doc: object, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        out: list[tuple[int, bytes]] = []
        for face, run in self.runs(text):
            offset = 0 if face is self else self.FALLBACK_SUBSETS
            out += [(offset + subset, chunk) for subset, chunk in TTFont.splitString(face, run, doc, encoding)]
        return out

    def getSubsetInternalName(self, subset: int, doc: object) -> str:  # noqa: N802
        if subset >= self.FALLBACK_SUBSETS:
            return self._fallback.getSubsetInternalName(subset - self.FALLBACK_SUBSETS, doc)
        return super().getSubsetInternalName(subset, doc)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with each character as UTF-16BE as the PDF standard asks.

    # WORKAROUND: reportlab 4 writes a character beyond U+FFFF as five hex digits (<1F600>), which readers
    # reject, so an emoji could not be copied or read aloud from a PDF. Written as its surrogate pair it can.
    """
    lines = _REPORTLAB_CMAP(fontname, subset).split("\n")
    pairs = {f"<{i:02X}> <{v:04X}>": f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>"
             for i, v in enumerate(subset) if v > 0xFFFF}
    return "\n".join(pairs.get(line, line) for line in lines)


_REPORTLAB_CMAP = ttfonts.makeToUnicodeCMap


def drawable(text: str) -> str:
    """`text` as the PDFs print it: without the characters no embedded font can draw."""
    register_fonts()
    font = pdfmetrics.getFont(FONT_SANS)
    return "".join(run for _face, run in font.runs(text))


def register_fonts() -> None:
    """Register the embedded fonts with reportlab (once per process; safe from any thread)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        fallback = TTFont(FONT_FALLBACK, str(resource_path("fonts", FALLBACK_FILE)), shapable=False)
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(_FallbackFont(name, str(resource_path("fonts", filename)), fallback))
        # Paragraph markup (<b>, <font face=...>) finds the bold faces through these families.
        pdfmetrics.registerFontFamily(
            FONT_SANS, normal=FONT_SANS, bold=FONT_SANS_BOLD, italic=FONT_SANS, boldItalic=FONT_SANS_BOLD
        )
        pdfmetrics.registerFontFamily(
            FONT_MONO, normal=FONT_MONO, bold=FONT_MONO_BOLD, italic=FONT_MONO, boldItalic=FONT_MONO_BOLD
        )
        _fonts_ready = True


def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The house paragraph styles (`scale` < 1 tightens a page that must fit); fonts are registered on first use."""
    register_fonts()

    def pt(size: float) -> float:
        return round(size * scale, 2)

    body = ParagraphStyle(
        "body", fontName=FONT_SANS, fontSize=pt(9.5), leading=pt(12.5), textColor=INK, alignment=TA_LEFT,
        spaceAfter=pt(3),
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=pt(8), leading=pt(10), textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_SANS_BOLD, fontSize=pt(18), leading=pt(22), spaceAfter=pt(4),
            keepWithNext=1,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=pt(10), leading=pt(13), textColor=MUTED, spaceAfter=pt(8)
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=FONT_SANS_BOLD, fontSize=pt(11), leading=pt(14), spaceBefore=pt(7),
            spaceAfter=pt(3), keepWithNext=1,
        ),
        # A bold line over a table or a list ("Absent", "Exits by destination"): kept with it like a heading.
        "subheading": ParagraphStyle(
            "subheading", parent=body, fontName=FONT_SANS_BOLD, spaceBefore=pt(5), keepWithNext=1,
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=pt(2)),
        "mono": ParagraphStyle("mono", parent=body, fontName=FONT_MONO, fontSize=pt(8.5), leading=pt(11)),
        "alert": ParagraphStyle("alert", parent=body, fontName=FONT_SANS_BOLD, textColor=ALERT),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells default to the embedded sans font (reportlab's default is Helvetica, not embedded)."""
    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_SANS), ("TEXTCOLOR", (0, 0), (-1, -1), INK), *commands])


@dataclass(frozen=True)
class PageDecor:
    """What the page template prints around every page of a report."""

    site_name: str
    title: str = ""
    confidential: bool = False
    translate: Translate = identity
    watermark: str = ""  # e.g. "DRAFT": printed large and faint across every page


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis when wider than `width` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _DecoratedCanvas(canvas.Canvas):
    """Draws the header and footer once the page count is known ("Page x of y")."""

    def __init__(self, *args: object, decor: PageDecor, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_decor(total)
            super().showPage()
        super().save()

    def _draw_decor(self, total: int) -> None:
        tr = self._decor.translate
        width, height = self._pagesize
        left = (width - CONTENT_WIDTH) / 2
        right = left + CONTENT_WIDTH
        top = height - HEADER_Y
        self.saveState()
        self.setFillColor(INK)
        title = tr(self._decor.title) if self._decor.title else ""
        title_width = pdfmetrics.stringWidth(title, FONT_SANS, 8.5) if title else 0
        marking = tr(STRINGS["confidential"]) if self._decor.confidential else ""
        marking_width = pdfmetrics.stringWidth(marking, FONT_SANS_BOLD, 8.5) + 12 if marking else 0
        if marking:  # the marking sits in the middle; the site name stops short of it
            site_room = max(40.0, width / 2 - marking_width / 2 - left)
        else:
            site_room = max(40.0, (right - left) - title_width - 16)
        self.setFont(FONT_SANS_BOLD, 8.5)
        self.drawString(left, top, _fit(self._decor.site_name, FONT_SANS_BOLD, 8.5, site_room))
        if title:
            self.setFont(FONT_SANS, 8.5)
            self.setFillColor(MUTED)
            self.drawRightString(right, top, title)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, top - 4, right, top - 4)
        self.line(left, FOOTER_Y + 10, right, FOOTER_Y + 10)
        self.setFont(FONT_SANS, 8)
        self.setFillColor(MUTED)
        self.drawString(left, FOOTER_Y, tr(STRINGS["producer"]))
        self.drawRightString(right, FOOTER_Y, tr(STRINGS["page_x_of_y"]).format(page=self._pageNumber, pages=total))
        if marking:
            self.setFont(FONT_SANS_BOLD, 8.5)
            self.setFillColor(ALERT)
            self.drawCentredString(width / 2, top, marking)
            self.drawCentredString(width / 2, FOOTER_Y, marking)
        if self._decor.watermark:
            self._draw_watermark(tr(self._decor.watermark), width, height)
        self.restoreState()

    def _draw_watermark(self, text: str, width: float, height: float) -> None:
        """Large, faint, diagonal; drawn over the page (the content is already laid out), so it is see-through."""
        self.saveState()
        size = min(110.0, (width * 0.95) / max(1.0, pdfmetrics.stringWidth(text, FONT_SANS_BOLD, 1)))
        self.setFont(FONT_SANS_BOLD, size)
        self.setFillColor(ALERT)
        self.setFillAlpha(0.12)
        self.translate(width / 2, height / 2)
        self.rotate(45)
        self.drawCentredString(0, -size / 3, text)
        self.restoreState()


class _HeadingWithItsStart(KeepTogether):
    """A heading (a flowable with keepWithNext) and what follows it, as the page template groups them.

    reportlab keeps the two whole, so a heading over a long table would move the whole table to the
    next page and leave half a page empty. Here, when what follows is long (over `SHORT`) and the
    heading and its first rows (or lines) fit, the heading stays and what follows splits after them.
    Something short moves on to the next page with its heading, whole (no lone total line over there).
    """

    SHORT = 70 * mm

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        *heads, rest = self._content
        if rest.wrapOn(self.canv, available_width, available_height)[1] <= self.SHORT:
            return super().split(available_width, available_height)
        used = 0.0
        for flowable in heads:
            used += flowable.wrapOn(self.canv, available_width, available_height)[1]
            used += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if heads and used < available_height:
            parts = rest.splitOn(self.canv, available_width, available_height - used)
            if len(parts) > 1:
                return [*heads, *parts]
        return super().split(available_width, available_height)


def render_pdf(
    handle: BinaryIO,
    story: Sequence[Flowable],
    decor: PageDecor,
    *,
    pagesize: tuple[float, float] = PAGE_SIZE,
    subject: str = "",
) -> int:
    """Lay `story` out on the house page template, write the PDF to an open binary file; returns the page count."""
    register_fonts()
    width, height = pagesize
    side = (width - CONTENT_WIDTH) / 2
    frame = Frame(
        side,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        handle,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=side,
        rightMargin=side,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=decor.translate(decor.title) if decor.title else decor.site_name,
        author=decor.site_name,
        subject=subject,
        creator=decor.translate(STRINGS["producer"]),
        initialFontName=FONT_SANS,
    )
    doc.keepTogetherClass = _HeadingWithItsStart  # what reportlab groups a keepWithNext flowable in
    doc.build(list(story), canvasmaker=partial(_DecoratedCanvas, decor=decor))
    return doc.page
