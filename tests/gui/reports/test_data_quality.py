"""The data-quality list on the Reports page: what the imported history lacks, shown and exported."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lead_desktop.domain import exchange as X
from lead_desktop.gui.reports import ReportsPage
from lead_desktop.services import exchange as ex
from lead_desktop.services import reporting

HISTORY = Path(__file__).resolve().parents[3] / "samples" / "history"


def import_sample(site) -> None:  # noqa: ANN001
    files = ex.read_history(HISTORY / "people.csv", HISTORY / "referrals.csv", HISTORY / "contacts.csv")
    mapping = X.suggest_history_mapping(files.people.headers, files.referrals.headers, files.contacts.headers)
    assert ex.run_history_import(site, files, mapping).committed


def test_the_list_names_each_record_and_what_it_lacks(qtbot, new_site, monkeypatch, tmp_path):
    page = ReportsPage(new_site)
    qtbot.addWidget(page)
    page.set_kind("data-quality")
    view = page._option_pages["data-quality"]
    assert "No history imported yet" in view.summary_label.text()
    assert view.model.rowCount() == 0

    import_sample(new_site)
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    # 8 participants (every enrollment date worked out from a referral) and 14 referrals (none screened).
    assert view.model.rowCount() == 22
    rows = {(view.model.index(r, 2).data(), view.model.index(r, 0).data()): view.model.index(r, 4).data()
            for r in range(view.model.rowCount())}
    assert rows[("Renée Dubois", "Participant")] == ("Enrollment date taken from the referral's outcome date; "
                                                     "No exit reason; No exit destination")
    assert "No referring officer; No alleged offense; No hand-off time" in rows[("Lan Nguyễn", "Referral")]
    assert "8 participants and 14 referrals; 22 of these records lack something" in view.summary_label.text()

    target = tmp_path / "quality.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as signal:
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert isinstance(signal.args[0], reporting.ExportResult)
    text = target.read_text(encoding="utf-8-sig")
    assert "No referring officer,officer,5" in text
    assert len([r for r in csv.reader(text.splitlines()) if r and r[0] in ("participant", "referral")]) == 22
    page.set_site(None)
    assert view.model.rowCount() == 0
