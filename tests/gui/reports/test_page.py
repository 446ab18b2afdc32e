"""The Reports page: exports on a worker with progress and Cancel, charts as SVG, case summaries, baselines, texts."""

from __future__ import annotations

import struct
import threading
import zlib
from datetime import date

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from lead_desktop.domain.roles import Role
from lead_desktop.gui.reports import ReportsPage
from lead_desktop.services import accounts, participants, reporting
from lead_desktop.services import site as sites

from tests.services.metrics.dataset import build_dataset

WAIT_MS = 30_000
VIEWER_PASSWORD = "viewer passphrase 123"


@pytest.fixture
def page(qtbot, new_site):
    new_site.ids = build_dataset(new_site)  # type: ignore[attr-defined]
    widget = ReportsPage(new_site)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.set_site(None)


def choose_q1_2025(page: ReportsPage) -> None:
    page.set_kind("program")
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    page.from_edit.setDate(QDate(2025, 1, 1))
    page.to_edit.setDate(QDate(2025, 3, 31))


def save_as(monkeypatch, path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def pdf_text(path) -> str:  # noqa: ANN001
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def kinds(page: ReportsPage) -> list[str]:
    return [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]


def test_an_administrator_gets_every_report_and_the_editors(page):
    assert kinds(page) == ["fact-sheet", "program", "roster", "minutes", "packet", "case-summary", "data-quality"]
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.fact_sheet_editor))
    assert not page.baselines.save_button.isHidden() and page.baselines.table.rowCount() == 3
    assert page.fact_public_radio.isChecked() and page.program_internal_radio.isChecked()


def test_export_button_writes_the_pdf_on_the_worker(qtbot, page, monkeypatch, tmp_path):
    choose_q1_2025(page)
    assert page.period_label.text() == "2025-01-01 to 2025-03-31"
    target = tmp_path / "q1.pdf"
    save_as(monkeypatch, target)
    with qtbot.waitSignal(page.export_finished, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isVisible() and not page.pdf_button.isEnabled()
    result = signal.args[0]
    assert isinstance(result, reporting.ExportResult) and result.path == target
    assert "Arrest diversion 1 0 1 2 2 6" in pdf_text(target)
    assert page.status_label.text() == f"Saved to {target}."
    qtbot.waitUntil(lambda: page.job is None)
    assert page.pdf_button.isEnabled() and not page.progress_bar.isVisible()


def test_public_csv_from_the_window(qtbot, page, monkeypatch, tmp_path):
    choose_q1_2025(page)
    page.program_public_radio.setChecked(True)
    target = tmp_path / "q1"  # the extension is added
    save_as(monkeypatch, target)
    with qtbot.waitSignal(page.export_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "q1.csv").read_text(encoding="utf-8-sig")
    assert "Arrest diversion,<11,0,<11,<11,<11,<11" in text


def test_cancel_leaves_no_file(qtbot, page, tmp_path):
    choose_q1_2025(page)
    release = threading.Event()
    page.runner.start(lambda _progress, _cancelled: release.wait(10))
    target = tmp_path / "q1.pdf"
    assert page.export_to(target, "pdf")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "Canceling…" and not page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.export_finished, timeout=WAIT_MS) as signal:
        release.set()
    assert isinstance(signal.args[0], reporting.ExportCancelled)
    assert list(tmp_path.iterdir()) == [tmp_path / "site"] and not target.exists()
    assert page.status_label.text() == "Canceled. No file was written."
    qtbot.waitUntil(lambda: page.job is None)
    assert page.pdf_button.isEnabled()


def test_charts_show_the_reports_drawings_as_svg(qtbot, page):
    choose_q1_2025(page)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.chart_widgets) == 2, timeout=WAIT_MS)
    for widget in page.chart_widgets:
        assert widget.renderer().isValid() and widget.width() > 300
    page.set_kind("fact-sheet")
    assert not page.preview_button.isVisible() and not page.chart_scroll.isVisible()


def test_case_summary_needs_a_consent_check_and_a_reason(qtbot, page, monkeypatch, tmp_path):
    page.set_kind("case-summary")
    assert not page.pdf_button.isEnabled()
    qtbot.keyClicks(page.participant_edit, "TEST-000003")
    qtbot.keyClicks(page.recipient_edit, "Public Defender")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "Warning: no consent in force names Public Defender" in page.check_label.text()
    assert not page.pdf_button.isEnabled() and page.reason_edit.isEnabled()
    qtbot.keyClicks(page.reason_edit, "Court order 25-17")
    assert page.pdf_button.isEnabled()
    save_as(monkeypatch, tmp_path / "summary.pdf")
    with qtbot.waitSignal(page.export_finished, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result.disclosure_id and "Zoë Ñandú-Łukasz" in pdf_text(tmp_path / "summary.pdf")
    (entry,) = participants.list_records(page._site, "disclosure", page._site.ids["P3"])
    assert entry.values["reason_without_consent"] == "Court order 25-17"
    assert not page.pdf_button.isEnabled()  # a new summary needs a new check


def test_case_summary_with_a_covering_consent_needs_no_reason(qtbot, page):
    site = page._site
    participants.add_record(site, "consent", site.ids["P2"], {
        "consent_type": "lead_multi_party", "sud": False, "disclosing_party": "LEAD", "recipients": "Public Defender",
        "information": ["case_plan"], "purpose": "Care", "right_to_revoke_explained": True, "signer": "participant",
        "signed_on": date.today(), "expires_on": date(date.today().year + 1, 12, 31)})
    page.set_kind("case-summary")
    page.participant_edit.setText("TEST-000002")
    page.recipient_edit.setText("Public Defender")
    assert page.check_consent()
    assert "A consent in force covers this recipient." in page.check_label.text()
    assert page.consent_combo.currentText().startswith("✓ ") and page.pdf_button.isEnabled()
    assert not page.reason_edit.isEnabled()


def test_a_viewer_exports_aggregates_but_gets_no_case_summaries_and_no_editors(qtbot, site_dir, new_site):
    build_dataset(new_site)
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, VIEWER_PASSWORD)
    new_site.close()
    viewer = sites.sign_in(site_dir, "pcg", VIEWER_PASSWORD)
    page = ReportsPage(viewer)
    qtbot.addWidget(page)
    try:
        assert kinds(page) == ["fact-sheet", "program", "roster", "minutes", "packet"]
        assert not page.tabs.isTabVisible(page.tabs.indexOf(page.fact_sheet_editor))
        assert page.baselines.save_button.isHidden() and page.baselines.table.rowCount() == 3
        assert page.baselines.table.editTriggers() == page.baselines.table.EditTrigger.NoEditTriggers
    finally:
        page.set_site(None)
        viewer.close()


def test_baselines_are_entered_in_the_table(qtbot, page):
    editor = page.baselines
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    for col, value in enumerate(["Bookings 2025", "County jail", "2025-01-01", "2025-12-31", "0", "0", "120"]):
        editor.table.item(row, col).setText(value)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message_label.text() == "Baselines saved."
    saved = reporting.list_baselines(page._site)
    assert saved[-1].label == "Bookings 2025" and dict(saved[-1].counts)["3"] == 120
    editor.table.item(row, 2).setText("1st of January")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Row 4: enter the first and last day as YYYY-MM-DD." in editor.message_label.text()
    editor.table.selectRow(row)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 3


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x10\x50\x90" * 8 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_fact_sheet_texts_and_logo_are_edited_here(qtbot, page, tmp_path):
    editor = page.fact_sheet_editor
    editor.edits["contact"].setPlainText("Zoë Ñandú-Łukasz")  # typed through an input method in real use
    editor.edits["contact"].moveCursor(editor.edits["contact"].textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.edits["contact"], ", 555-0100")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message_label.text() == "Fact-sheet texts saved."
    assert reporting.fact_sheet_text(page._site).contact == "Zoë Ñandú-Łukasz, 555-0100"
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    assert editor.set_logo_file(logo)
    assert reporting.logo(page._site) == logo.read_bytes() and not editor.logo_label.pixmap().isNull()
    (tmp_path / "bad.png").write_bytes(b"not an image")
    assert not editor.set_logo_file(tmp_path / "bad.png")
    assert "PNG or JPEG" in editor.message_label.text()
    qtbot.mouseClick(editor.defaults_button, Qt.MouseButton.LeftButton)
    assert editor.edits["contact"].toPlainText() == reporting.default_fact_sheet_text().contact


def test_signing_out_clears_the_page(page):
    page.set_kind("case-summary")
    page.participant_edit.setText("TEST-000003")
    page.set_site(None)
    assert page.kind_combo.count() == 0 and page.participant_edit.text() == ""
    assert page.baselines.table.rowCount() == 0 and not page.pdf_button.isEnabled()


# ----- as a project manager opens the page -----------------------------------------------------


def test_the_program_report_starts_with_this_month_so_far_or_since_the_site_began(qtbot, new_site, page):
    today = date.today()
    # The data set's records go back to 2024: this month so far is the shorter period.
    page.set_kind("program")
    assert page.period_combo.currentData() == "custom"
    assert page.period() == reporting_period(today.replace(day=1), today)
    assert page.period_label.text() == f"{today.replace(day=1).isoformat()} to {today.isoformat()}"
    # A site created today, with no records yet, starts its first report today.
    fresh = ReportsPage(new_site)
    qtbot.addWidget(fresh)
    with new_site.unit_of_work() as session:
        for table in ("contact", "referral", "participant"):
            session.execute(text(f'UPDATE "{table}" SET deleted_at = created_at'))
    fresh.set_site(new_site)
    fresh.set_kind("program")
    assert fresh.period() == reporting_period(today, today)
    fresh.set_site(None)


def reporting_period(start: date, end: date):  # noqa: ANN201
    from lead_desktop.services import metrics

    return metrics.custom_period(start, end)


def test_saved_to_is_cleared_when_another_report_is_chosen(qtbot, page, monkeypatch, tmp_path):
    page.set_kind("fact-sheet")
    assert page.export_to(tmp_path / "fact-sheet.pdf", "pdf")
    qtbot.waitUntil(lambda: page.job is None, timeout=WAIT_MS)
    assert "fact-sheet.pdf" in page.status_label.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("program"))
    assert page.status_label.text() == ""


def test_the_page_says_which_fact_sheet_texts_are_not_written_yet(qtbot, page):
    page.set_kind("fact-sheet")
    label = page.fact_texts_label
    assert not label.isHidden()
    assert "How to refer, Contact" in label.text() and "Fact sheet texts tab" in label.text()
    editor = page.fact_sheet_editor
    assert editor.edits["contact"].toPlainText() == ""
    assert editor.edits["contact"].placeholderText().startswith("Not written yet")
    editor.edits["contact"].setPlainText("Call Zoë at 555-0100.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "How to refer" in label.text() and "Contact" not in label.text()
    editor.edits["how_to_refer"].setPlainText("Officers call the LEAD line.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert label.isHidden() and label.text() == ""
