"""Exporting reports (services.reporting.exporting): the same numbers in PDF, CSV and JSON, public
views, audit, cancel, progress, neutralized formulas, roles, file names."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import FolderNotWritable, PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, audit, metrics, reporting
from lead_desktop.storage import models as M
from tests.helpers import sites as site_helpers
from tests.services.metrics.dataset import CM_PASSWORD, PERIOD, TODAY
from tests.services.reporting.helpers import pdf_text

PM_PASSWORD = "project manager passphrase"


def csv_rows(path) -> list[list[str]]:  # noqa: ANN001
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def section(rows: list[list[str]], title: str) -> list[list[str]]:
    """The data rows under a CSV section title (header skipped), up to the blank line."""
    start = next(i for i, row in enumerate(rows) if row and row[0] == title)
    out = []
    for row in rows[start + 2:]:
        if not any(row):
            break
        out.append(row)
    return out


def exports(site) -> list:  # noqa: ANN001
    return [e for e in audit.list_entries(site, limit=1000) if e.action == AuditAction.EXPORT.value]


def test_pdf_csv_and_json_carry_the_same_numbers(site, tmp_path):
    request = reporting.ExportRequest("program", period=PERIOD)
    paths = {}
    for fmt in reporting.FORMATS:
        result = reporting.export(site, reporting.ExportRequest("program", fmt, period=PERIOD), tmp_path / f"r.{fmt}",
                                  today=TODAY)
        paths[fmt] = result.path
    assert not request.public
    data = metrics.program_numbers(site, PERIOD, today=TODAY)

    rows = csv_rows(paths["csv"])
    funnel = section(rows, "Referral funnel by pathway")
    assert funnel[0][:7] == ["Arrest diversion", "1", "0", "1", "2", "2", "6"]
    assert funnel[-1][:7] == ["Total", "1", "1", "1", "3", "3", "9"]
    equity = section(rows, next(r[0] for r in rows if r and r[0].startswith("Equity:")))
    black = next(r for r in equity if r[0].startswith("Black"))
    assert black[1:9] == ["4", "44.4%", "1", "25.0%", "50", "50.0%", "0.889", "0.500"]
    assert section(rows, "Enrollments") == [["Participants enrolled in the period", "4"] + [""] * (len(rows[0]) - 2)]

    doc = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert doc["kind"] == "program" and doc["numbers"]["public"] is False
    assert doc["numbers"]["funnel"]["cells"] == [list(row) for row in data.funnel.cells]
    assert doc["numbers"]["engagement"]["contacts"] == 4
    assert doc["derived"]["equity"]["3"]["referral_ratio"] == pytest.approx(data.equity.referral_ratio("3"))
    assert doc["derived"]["contacts_per_participant"] == 2.0

    text = pdf_text(paths["pdf"])
    assert "Arrest diversion 1 0 1 2 2 6" in text and "Total 1 1 1 3 3 9" in text


def test_the_public_export_withholds_in_every_format(site, tmp_path):
    for fmt in reporting.FORMATS:
        reporting.export(site, reporting.ExportRequest("program", fmt, period=PERIOD, public=True),
                         tmp_path / f"p.{fmt}", today=TODAY)
    funnel = section(csv_rows(tmp_path / "p.csv"), "Referral funnel by pathway")
    assert funnel[0][:7] == ["Arrest diversion", "<11", "0", "<11", "<11", "<11", "<11"]
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert doc["numbers"]["funnel"]["cells"][0] == ["<11", 0, "<11", "<11", "<11"]
    assert doc["derived"]["equity"]["3"]["referral_ratio"] == "<11"
    assert "Arrest diversion <11 0 <11 <11 <11 <11" in pdf_text(tmp_path / "p.pdf")


def test_every_export_is_audited_with_ids_and_kinds_only(site, tmp_path):
    before = len(exports(site))
    reporting.export(site, reporting.ExportRequest("program", "csv", period=PERIOD, public=True), tmp_path / "a.csv")
    reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf"), tmp_path / "b.pdf")
    entries = exports(site)
    assert len(entries) == before + 2
    newest = entries[0]
    assert newest.detail == {"kind": "fact-sheet", "format": "pdf", "public": True}
    program = entries[1]
    assert program.detail == {"kind": "program", "format": "csv", "public": True,
                              "period": ["2025-01-01", "2025-03-31"]}
    assert "tmp" not in json.dumps([e.detail for e in entries])  # no file paths either


@pytest.mark.parametrize("when", ["counting", "writing"])
@pytest.mark.parametrize("fmt", ["pdf", "csv", "json"])
def test_cancel_leaves_no_file_and_no_audit_entry(site, out, fmt, when):
    seen: list[int] = []

    def cancelled() -> bool:  # Cancel pressed while counting, or once the temporary file is being written
        return bool(seen) and seen[-1] >= (5 if when == "counting" else 45)

    before = len(exports(site))
    with pytest.raises(reporting.ExportCancelled):
        reporting.export(site, reporting.ExportRequest("program", fmt, period=PERIOD), out / f"r.{fmt}",
                         progress=seen.append, cancelled=cancelled)
    assert os.listdir(out) == []
    assert len(exports(site)) == before


def test_cancel_during_pdf_layout_removes_the_half_written_file(site, out):
    seen = []

    def progress(percent: int) -> None:
        seen.append(percent)

    def cancelled() -> bool:
        return any(p > 50 for p in seen)  # past the first layout checkpoint

    with pytest.raises(reporting.ExportCancelled):
        reporting.export(site, reporting.ExportRequest("program", "pdf", period=PERIOD), out / "r.pdf",
                         progress=progress, cancelled=cancelled)
    assert max(seen) > 50 and os.listdir(out) == []


def test_progress_reaches_one_hundred(site, tmp_path):
    seen = []
    result = reporting.export(site, reporting.ExportRequest("program", "pdf", period=PERIOD), tmp_path / "r.pdf",
                              progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen) and result.pages >= 3


def test_a_folder_that_does_not_exist_is_a_known_error(site, tmp_path):
    with pytest.raises(FolderNotWritable):
        reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf"), tmp_path / "missing" / "f.pdf")


def test_csv_cells_that_look_like_formulas_are_neutralised(site, tmp_path):
    evil = accounts.add_account(site, "evil", "=HYPERLINK(\"http://x\",\"y\")", Role.CASE_MANAGER, CM_PASSWORD)
    with site.unit_of_work() as session:
        session.get(M.Participant, site.ids["P6"]).case_manager_id = evil.id
    reporting.export(site, reporting.ExportRequest("program", "csv", period=PERIOD), tmp_path / "r.csv")
    caseload = section(csv_rows(tmp_path / "r.csv"), next(r[0] for r in csv_rows(tmp_path / "r.csv")
                                                          if r and r[0].startswith("Caseload")))
    assert ["'=HYPERLINK(\"http://x\",\"y\")", "1", "ok"] in [row[:3] for row in caseload]
    for row in csv_rows(tmp_path / "r.csv"):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    from lead_desktop.reports.tabular import neutralise

    assert neutralise("=1+1") == "'=1+1" and neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-5") == "'-5" and neutralise("+1") == "'+1" and neutralise("\tx") == "'\tx"
    assert neutralise("Zoë = 1") == "Zoë = 1" and neutralise(None) == ""


def test_a_viewer_exports_aggregates_and_governance_but_never_case_summaries(site, site_dir, out):
    accounts.add_account(site, "pcg", "Pat Council", Role.VIEWER, PM_PASSWORD)
    # a viewer reads the numbers staff published (on a laptop too): the administrator opens both once
    reporting.program_report(site, PERIOD)
    reporting.fact_sheet(site)
    pid = site.ids["P1"]
    site.close()
    viewer = site_helpers.sign_in(site_dir, "pcg", PM_PASSWORD)
    try:
        reporting.export(viewer, reporting.ExportRequest("program", "pdf", period=PERIOD, public=True),
                         out / "p.pdf")
        reporting.export(viewer, reporting.ExportRequest("fact-sheet", "csv"), out / "f.csv")
        with pytest.raises(PermissionDenied):
            reporting.export(viewer, reporting.ExportRequest("case-summary", "pdf", participant_id=pid,
                                                             recipient="Public Defender", reason="x"),
                             out / "c.pdf")
        assert sorted(os.listdir(out)) == ["f.csv", "p.pdf"]
    finally:
        viewer.close()


def test_what_n_under_11_means_is_said_once_in_every_public_report(site, tmp_path):
    for request in (reporting.ExportRequest("fact-sheet", public=True),
                    reporting.ExportRequest("program", period=PERIOD, public=True)):
        reporting.export(site, request, tmp_path / "r.pdf", today=TODAY)
        text = pdf_text(tmp_path / "r.pdf")
        assert "<11" in text
        assert text.count("shown as “n<11”") == 1, request.kind
    reporting.export(site, reporting.ExportRequest("program", period=PERIOD, public=False), tmp_path / "i.pdf",
                     today=TODAY)
    assert "n<11" not in pdf_text(tmp_path / "i.pdf")  # nothing withheld, nothing to explain


def test_pdfs_are_us_letter_unless_the_site_chose_a4(site, tmp_path):
    import pypdf

    from lead_desktop.services import settings

    kinds = [reporting.ExportRequest("fact-sheet"), reporting.ExportRequest("program", period=PERIOD)]
    for request in kinds:
        reporting.export(site, request, tmp_path / "letter.pdf", today=TODAY)
        assert [float(v) for v in pypdf.PdfReader(tmp_path / "letter.pdf").pages[0].mediabox] == [0, 0, 612, 792]
    settings.set_setting(site, "paper_size", "a4")
    for request in kinds:
        reporting.export(site, request, tmp_path / "a4.pdf", today=TODAY)
        assert [round(float(v)) for v in pypdf.PdfReader(tmp_path / "a4.pdf").pages[0].mediabox] == [0, 0, 595, 842]


def test_default_file_names_never_carry_names():
    request = reporting.ExportRequest("program", "pdf", period=PERIOD, public=True)
    assert reporting.default_filename(request) == "program-report-2025-01-01-to-2025-03-31-public.pdf"
    assert reporting.default_filename(reporting.ExportRequest("case-summary", "csv")).startswith("case-summary-")
