"""The export dialog: each kind of export from the window, the export key typed twice, Cancel."""

from __future__ import annotations

import csv
import zipfile
from datetime import date

import pytest
from PySide6.QtCore import Qt

from lead_desktop.gui.exchange import ExportDialog
from lead_desktop.services import participants as ps
from lead_desktop.services import audit as audit_service

WAIT_MS = 60_000


@pytest.fixture
def dialog(qtbot, new_site):
    for first, last in (("Marcus", "Okafor"), ("Rosa", "Delgado")):
        ps.create_participant(new_site, {"first_name": first, "last_name": last, "dob": date(1980, 5, 6),
                                         "phone": "+1 505 555 0100", "enrolled_on": date(2024, 1, 1)},
                              reviewed_duplicates=True)
    widget = ExportDialog(new_site)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.stop()


def choose(dialog: ExportDialog, kind: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))


def set_path(qtbot, dialog: ExportDialog, path) -> None:  # noqa: ANN001
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def export(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_a_list_as_excel_and_as_csv(qtbot, dialog, tmp_path):
    assert dialog.format_combo.isVisible() and dialog.labels_check.isVisible() and not dialog.key_edit.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    assert dialog.path_edit.text().endswith("participants.xlsx")
    set_path(qtbot, dialog, tmp_path / "list.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0].rows == 2 and (tmp_path / "list.xlsx").exists()
    assert "Wrote 2 rows" in dialog.status_label.text()

    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    set_path(qtbot, dialog, tmp_path / "list.csv")
    qtbot.mouseClick(dialog.labels_check, Qt.MouseButton.LeftButton)  # field names and codes
    export(qtbot, dialog)
    with open(tmp_path / "list.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["phone"] == "'+1 505 555 0100" and rows[0]["sex"] == "99"


def test_the_deidentified_export_needs_the_key_twice(qtbot, dialog, new_site, tmp_path):
    choose(dialog, "deidentified")
    assert dialog.key_edit.isVisible() and not dialog.labels_check.isVisible()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    set_path(qtbot, dialog, tmp_path / "deid.csv")
    qtbot.keyClicks(dialog.key_edit, "evaluation key 2026")
    qtbot.keyClicks(dialog.key_again_edit, "evaluation key 2025")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.status_label.text() and not dialog.runner.running
    dialog.key_edit.clear()
    dialog.key_again_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "short")
    qtbot.keyClicks(dialog.key_again_edit, "short")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in dialog.status_label.text()
    assert not (tmp_path / "deid.csv").exists()
    dialog.key_edit.clear()
    dialog.key_again_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "evaluation key 2026")
    qtbot.keyClicks(dialog.key_again_edit, "evaluation key 2026")
    export(qtbot, dialog)
    text = (tmp_path / "deid.csv").read_text(encoding="utf-8-sig")
    assert "Okafor" not in text and "505" not in text and "P-" in text
    assert dialog.key_edit.text() == "" and dialog.key_again_edit.text() == ""  # not kept after use
    entries = audit_service.list_entries(new_site, limit=5)
    assert entries[0].entity_type == "deidentified" and "evaluation" not in str(entries[0].detail)


def test_the_hmis_export_to_a_zip(qtbot, dialog, tmp_path):
    choose(dialog, "hmis")
    assert dialog.project_edit.isVisible() and not dialog.format_combo.isVisible()
    assert "SSN" in dialog.hmis_note.text()
    set_path(qtbot, dialog, tmp_path / "hmis.zip")
    qtbot.keyClicks(dialog.project_edit, "PRJ-7")
    export(qtbot, dialog)
    assert "Client.csv (2 rows)" in dialog.status_label.text()
    with zipfile.ZipFile(tmp_path / "hmis.zip") as archive:
        enrollment = archive.read("Enrollment.csv").decode("utf-8").splitlines()
    assert ",PRJ7," in enrollment[1]


def test_a_failed_export_says_why(qtbot, dialog, tmp_path):
    choose(dialog, "hmis")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "other.txt").write_text("x", encoding="utf-8")
    set_path(qtbot, dialog, tmp_path / "busy")
    export(qtbot, dialog)
    assert "is not empty" in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
