"""The parts of reports a site edits (services.reporting.editable): fact-sheet texts, logo, baselines."""

from __future__ import annotations

import struct
import zlib
from datetime import date

import pypdf
import pytest

from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.reports.program_data import Baseline
from lead_desktop.services import reporting
from tests.helpers import sites as site_helpers
from tests.services.metrics.dataset import CM_PASSWORD, TODAY
from tests.services.reporting.helpers import pdf_text


def test_fact_sheet_texts_are_the_sites_own_and_only_editors_change_them(site, site_dir, tmp_path):
    default = reporting.default_fact_sheet_text()
    assert len(default.goals) == 6 and default.goals[3].title == "Undo"
    assert "Racial disparities" in default.goals[3].text
    saved = reporting.save_fact_sheet_text(site, {"about": "Über LEAD in Zürich – Ñandú.", "contact": "Call Zoë.",
                                                  "referral": "", "how_to_refer": ""})
    assert saved.about == "Über LEAD in Zürich – Ñandú." and saved.referral == default.referral
    reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf", public=True), tmp_path / "f.pdf",
                     today=TODAY)
    text = pdf_text(tmp_path / "f.pdf")
    assert "Über LEAD in Zürich – Ñandú." in text and "Call Zoë." in text
    assert "REORIENT" in text and "STRENGTHEN" in text
    with pytest.raises(ValidationError):
        reporting.save_fact_sheet_text(site, {"about": "x" * (reporting.MAX_TEXT + 1)})
    site.close()
    cm = site_helpers.sign_in(site_dir, "casey", CM_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            reporting.save_fact_sheet_text(cm, {"about": "mine"})
        with pytest.raises(PermissionDenied):
            reporting.save_baselines(cm, [])
        assert reporting.fact_sheet_text(cm).about == "Über LEAD in Zürich – Ñandú."
    finally:
        cm.close()


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x1f\x5f\x9e" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_the_logo_is_kept_in_the_database_and_printed(site, tmp_path):
    logo = _png(40, 20)
    reporting.set_logo(site, logo)
    assert reporting.logo(site) == logo
    reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf"), tmp_path / "f.pdf")
    page = pypdf.PdfReader(tmp_path / "f.pdf").pages[0]
    assert len(page.images) == 1
    with pytest.raises(ValidationError):
        reporting.set_logo(site, b"GIF89a not a png")
    with pytest.raises(ValidationError):
        reporting.set_logo(site, b"\x89PNG\r\n\x1a\n" + b"broken")
    reporting.set_logo(site, None)
    assert reporting.logo(site) is None
    reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf"), tmp_path / "g.pdf")
    assert len(pypdf.PdfReader(tmp_path / "g.pdf").pages[0].images) == 0


def test_baselines_are_validated(site):
    good = Baseline("Bookings 2025", "Jail", date(2025, 1, 1), date(2025, 12, 31), (("3", 5), ("5", 5)))
    with pytest.raises(ValidationError):
        reporting.save_baselines(site, [Baseline("", "x", good.start, good.end, good.counts)])
    with pytest.raises(ValidationError):
        reporting.save_baselines(site, [Baseline("x", "x", good.end, good.start, good.counts)])
    with pytest.raises(ValidationError):
        reporting.save_baselines(site, [Baseline("x", "x", good.start, good.end, (("3", 0),))])
    with pytest.raises(ValidationError):
        reporting.save_baselines(site, [Baseline("x", "x", good.start, good.end, (("3", -1),))])
    assert [b.label for b in reporting.save_baselines(site, [good])] == ["Bookings 2025"]
