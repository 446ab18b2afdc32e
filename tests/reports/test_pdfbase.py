"""The shared page template, fonts and resource lookup that every report uses."""

from __future__ import annotations

import os
import sys

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from lead_desktop import resources
from lead_desktop.reports import pdfbase
from lead_desktop.storage import atomic


def write_pdf(path, story, decor, pagesize=pdfbase.PAGE_SIZE):
    """A report's PDF as the services write it: rendered into the one file writer's temporary file."""
    return atomic.write_file(path, lambda handle: pdfbase.render_pdf(handle, story, decor, pagesize=pagesize))


def _pages(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_page_x_of_y_header_and_confidential_marking_on_every_page(tmp_path):
    st = pdfbase.styles()
    story = [Paragraph(f"Paragraph {i}: Ñandú café and more words to fill the line.", st["body"]) for i in range(160)]
    decor = pdfbase.PageDecor(site_name="Zürich – Café Ñandú LEAD", title="Fact sheet", confidential=True)
    path = write_pdf(tmp_path / "report.pdf", story, decor)

    pages = _pages(path)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Zürich – Café Ñandú LEAD" in text
        assert "Fact sheet" in text
        assert text.count("CONFIDENTIAL") == 2  # top and bottom
    assert "Paragraph 159:" in pages[-1]
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_no_marking_unless_asked_and_header_translated(tmp_path):
    decor = pdfbase.PageDecor(
        site_name="Site", title="Fact sheet", translate=lambda t: {"Page {page} of {pages}": "Seite {page} von {pages}"}.get(t, t)
    )
    path = write_pdf(tmp_path / "r.pdf", [Paragraph("Hello", pdfbase.styles()["body"])], decor)
    (text,) = _pages(path)
    assert "CONFIDENTIAL" not in text
    assert "Seite 1 von 1" in text


def test_a_long_site_name_is_cut_in_the_header_not_spilled(tmp_path):
    name = "Ünïcødé " * 30
    decor = pdfbase.PageDecor(site_name=name, title="Report", confidential=True)
    path = write_pdf(tmp_path / "r.pdf", [Paragraph("Body", pdfbase.styles()["body"])], decor)
    (text,) = _pages(path)
    assert "…" in text
    assert name.strip() not in text


def test_error_while_rendering_leaves_no_file(tmp_path):
    class Exploding(Paragraph):
        def wrap(self, *args):  # noqa: ANN002
            raise RuntimeError("layout failed")

    decor = pdfbase.PageDecor(site_name="Site")
    with pytest.raises(RuntimeError):
        write_pdf(tmp_path / "r.pdf", [Exploding("x", pdfbase.styles()["body"])], decor)
    assert os.listdir(tmp_path) == []


def test_fonts_come_from_the_resources_folder():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"):
        path = resources.resource_path("fonts", name)
        assert path.is_file() and path.stat().st_size > 100_000
    license = resources.resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in license and "Arev" in license


def test_resource_lookup_refuses_paths_outside_and_reports_missing_files():
    with pytest.raises(ValueError):
        resources.resource_path("..", "pyproject.toml")
    with pytest.raises(ValueError):
        resources.resource_path()
    with pytest.raises(resources.ResourceMissing):
        resources.resource_path("fonts", "NoSuchFont.ttf")


def test_pyinstaller_bundle_folder_is_searched_first(tmp_path, monkeypatch):
    bundled = tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    bundled.parent.mkdir(parents=True)
    bundled.write_bytes(b"bundled copy")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == bundled
    # files the bundle lacks still resolve from the other layouts
    assert resources.resource_path("fonts", "DejaVuSansMono.ttf").stat().st_size > 100_000


def test_wheel_layout_is_searched_before_the_source_tree(tmp_path, monkeypatch):
    package = tmp_path / "lead_desktop"
    wheel_copy = package / resources.WHEEL_DIR_NAME / "fonts" / "DejaVuSans.ttf"
    wheel_copy.parent.mkdir(parents=True)
    wheel_copy.write_bytes(b"wheel copy")
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == wheel_copy


# ----- paper, headings, characters no font has -------------------------------------------------


def _shown_strings(page: pypdf.PageObject) -> list[tuple[str, bytes]]:
    """(font resource, bytes) of every piece of text the page shows."""
    from pypdf.generic import ByteStringObject, ContentStream, TextStringObject

    def raw(item: object) -> bytes:
        return item.get_original_bytes() if isinstance(item, TextStringObject) else bytes(item)

    stream = ContentStream(page.get_contents(), page.pdf)
    shown, font = [], None
    for operands, operator in stream.operations:
        if operator == b"Tf":
            font = str(operands[0])
        elif operator == b"Tj":
            shown.append((font, raw(operands[0])))
        elif operator == b"TJ":
            shown += [(font, raw(item)) for item in operands[0] if isinstance(item, (TextStringObject, ByteStringObject))]
    return shown


def _notdef_shown(path) -> list[str]:
    """Fonts whose code 0 (reportlab's .notdef, the empty box) a page shows."""
    found = []
    for page in pypdf.PdfReader(path).pages:
        found += [font for font, data in _shown_strings(page) if b"\x00" in data]
    return found


def test_emoji_and_symbols_print_from_the_fallback_font_and_nothing_prints_as_a_box(tmp_path):
    st = pdfbase.styles()
    name = "Ana 😀 Ruiz ✅ 🚓 — café \U000e0041\U0010fffd end"  # a tag and a private-use character no font has
    table = Table([[name, "🏠 housed"]], colWidths=[100 * mm, 60 * mm])
    table.setStyle(pdfbase.table_style())
    story = [Paragraph(name, st["heading"]), Paragraph(name, st["body"]), table]
    path = write_pdf(tmp_path / "r.pdf", story, pdfbase.PageDecor(site_name="Site 🌈", title="Roster"))

    assert _notdef_shown(path) == []
    text = " ".join(_pages(path)[0].split())
    for expected in ("Ana 😀 Ruiz ✅ 🚓 — café end", "🏠 housed", "Site 🌈"):
        assert expected in text
    assert "\U0010fffd" not in text and "\U000e0041" not in text
    fonts = {str(font["/BaseFont"]) for page in pypdf.PdfReader(path).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Symbola" in f for f in fonts) and any("DejaVuSans" in f for f in fonts)
    assert pdfbase.drawable("A\U0010fffdB 😀") == "AB 😀"


def test_the_box_check_itself_fails_on_a_plain_truetype_font(tmp_path):
    """Without the fallback, reportlab shows code 0 for a missing character: the check above would see it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # (reportlab hands a face registered once to every later name: Symbola is the one face the house never registers)
    pdfmetrics.registerFont(TTFont("Plain-Symbola", str(resources.resource_path("fonts", "Symbola.ttf"))))
    drawing = canvas.Canvas(str(tmp_path / "plain.pdf"))
    drawing.setFont("Plain-Symbola", 12)
    drawing.drawString(72, 700, "Ana \U0010fffd")
    drawing.save()
    assert _notdef_shown(tmp_path / "plain.pdf")


def test_us_letter_by_default_a4_when_asked_and_the_text_column_is_the_same(tmp_path):
    st = pdfbase.styles()
    story = [Paragraph("Hello " * 400, st["body"])]
    letter = write_pdf(tmp_path / "l.pdf", story, pdfbase.PageDecor(site_name="Site"))
    a4 = write_pdf(tmp_path / "a.pdf", [Paragraph("Hello " * 400, st["body"])],
                   pdfbase.PageDecor(site_name="Site"), pagesize=pdfbase.paper("a4"))
    assert [float(v) for v in pypdf.PdfReader(letter).pages[0].mediabox] == [0, 0, 612, 792]
    assert [round(float(v)) for v in pypdf.PdfReader(a4).pages[0].mediabox] == [0, 0, 595, 842]
    assert pdfbase.paper("nonsense") == pdfbase.paper("letter") == pdfbase.PAGE_SIZE
    assert pdfbase.CONTENT_WIDTH <= 595.28 - 2 * pdfbase.MARGIN_SIDE + 0.01


def test_a_heading_never_sits_alone_at_the_foot_of_a_page(tmp_path):
    st = pdfbase.styles()
    for cut in range(40, 60):  # the heading lands on every position near the foot of page 1
        story = [Paragraph(f"Line {i}", st["body"]) for i in range(cut)]
        story += [Paragraph("Section heading", st["heading"]), Paragraph("Its first line.", st["body"])]
        path = write_pdf(tmp_path / f"h{cut}.pdf", story, pdfbase.PageDecor(site_name="Site"))
        for page in _pages(path):
            assert ("Section heading" in page) == ("Its first line." in page), cut
    assert st["heading"].keepWithNext and st["title"].keepWithNext and st["subheading"].keepWithNext


def test_a_heading_over_a_long_table_keeps_the_tables_first_rows_with_it(tmp_path):
    """No half-empty page: the table starts under its heading and goes on over the page."""
    st = pdfbase.styles()
    story = [Paragraph(f"Line {i}", st["body"]) for i in range(30)]
    story.append(Paragraph("Recent contacts", st["heading"]))
    table = Table([[f"Row {i}", "text"] for i in range(60)], colWidths=[60 * mm, 60 * mm], repeatRows=1)
    table.setStyle(pdfbase.table_style())
    story.append(table)
    pages = _pages(write_pdf(tmp_path / "t.pdf", story, pdfbase.PageDecor(site_name="Site")))
    assert "Recent contacts" in pages[0] and "Row 1\n" in pages[0] and "Line 29" in pages[0]
    assert "Row 59" in pages[-1]
