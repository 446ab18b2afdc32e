"""The shared page template, fonts and resource lookup that every report uses."""

from __future__ import annotations

import os
import sys

import pypdf
import pytest
from reportlab.platypus import Paragraph

from lead_desktop import resources
from lead_desktop.reports import pdfbase
from lead_desktop.storage import atomic


def write_pdf(path, story, decor):
    """A report's PDF as the services write it: rendered into the one file writer's temporary file."""
    return atomic.write_file(path, lambda handle: pdfbase.render_pdf(handle, story, decor))


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
    licence = resources.resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "Arev" in licence


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
