"""The HMIS import dialog: an export's projects, the check of every client, the review of possible
matches, dry run and import, all on the task runner; and the page's button and shortcut for it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lead_desktop.gui.exchange import ExchangePage, HmisImportDialog
from lead_desktop.gui.exchange.models import PreviewColumn
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from tests.services.exchange.hmis.builders import export_row, write_export

WAIT_MS = 60_000


def client(pid: str, first: str, last: str, **extra: str) -> dict[str, str]:
    return {"PersonalID": pid, "FirstName": first, "LastName": last, "NameDataQuality": "1", "SSNDataQuality": "99",
            "DOB": "1980-05-06", "DOBDataQuality": "1", "AmIndAKNative": "0", "Asian": "0", "BlackAfAmerican": "1",
            "HispanicLatinao": "0", "MidEastNAfrican": "0", "NativeHIPacific": "0", "White": "0",
            "VeteranStatus": "0", "ExportID": "E1", **extra}


def enrollment(eid: str, pid: str, project: str) -> dict[str, str]:
    return {"EnrollmentID": eid, "PersonalID": pid, "ProjectID": project, "EntryDate": "2024-03-01",
            "HouseholdID": eid, "RelationshipToHoH": "1", "EnrollmentCoC": "NM-500", "LivingSituation": "116",
            "DisablingCondition": "0", "ExportID": "E1"}


@pytest.fixture
def export_folder(tmp_path):
    return write_export(tmp_path / "hmis", {
        "Export.csv": [export_row()],
        "Project.csv": [{"ProjectID": "P1", "ProjectName": "Street Outreach"}, {"ProjectID": "P2", "ProjectName": "Shelter"}],
        "Client.csv": [client("1", "Marcus", "Okafor"), client("2", "Rosa", "Delgado"), client("3", "Jo", "Li")],
        "Enrollment.csv": [enrollment("E1", "1", "P1"), enrollment("E2", "2", "P1"), enrollment("E3", "3", "P2")],
        "Exit.csv": [],
    })


@pytest.fixture
def dialog(qtbot, new_site):
    ps.create_participant(new_site, {"first_name": "Marcus", "last_name": "Okafor", "dob": date(1980, 5, 6),
                                     "enrolled_on": date(2023, 1, 1)}, reviewed_duplicates=True)
    widget = HmisImportDialog(new_site)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.stop()


def run(qtbot, dialog: HmisImportDialog, button) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_check_review_dry_run_and_import(qtbot, dialog, new_site, export_folder):
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.keyClicks(dialog.path_edit, str(export_folder))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "FY2026" in dialog.file_label.text() and dialog.project_combo.count() == 2
    assert dialog.project_id == "P1" and "Street Outreach (P1): 2 enrollments" in dialog.project_combo.currentText()
    run(qtbot, dialog, dialog.check_button)
    model = dialog.preview_model
    assert model.rowCount() == 2
    assert "Possible match" in model.index(0, PreviewColumn.STATUS).data()
    assert "Ready to import" in model.index(1, PreviewColumn.STATUS).data()
    assert model.index(1, len(PreviewColumn) + 2).data() == "Delgado"
    run(qtbot, dialog, dialog.dry_run_button)
    assert "1 participants would be created" in dialog.status_label.text()
    assert ps.list_participants(new_site).total == 1
    model.setData(model.index(0, PreviewColumn.STATUS), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "1 reviewed" in dialog.summary_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].created == 2 and "Imported 2 new participants" in dialog.status_label.text()
    assert ps.list_participants(new_site).total == 3
    run(qtbot, dialog, dialog.import_button)
    assert "Imported 0 new participants and updated 0" in dialog.status_label.text()


def test_what_is_not_an_export_is_said_plainly(qtbot, dialog, tmp_path):
    (tmp_path / "empty").mkdir()
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        dialog.load_export(tmp_path / "empty")
    assert "has no Export.csv" in dialog.status_label.text()
    assert not dialog.check_button.isEnabled() and dialog.project_combo.count() == 0


def test_the_page_opens_it_by_button_and_shortcut(qtbot, new_site):
    page = ExchangePage(new_site)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.hmis_import_button.isEnabled()
    qtbot.mouseClick(page.hmis_import_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.hmis_import_dialog, HmisImportDialog) and page.hmis_import_dialog.isVisible()
    page.hmis_import_dialog.reject()
    assert page.hmis_import_dialog is None
    page.activateWindow()
    page.import_button.setFocus()
    qtbot.waitUntil(page.import_button.hasFocus)
    qtbot.keyClick(page.import_button, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(page.hmis_import_dialog, HmisImportDialog) and page.hmis_import_dialog.isVisible()
    page.set_site(None)
    assert page.hmis_import_dialog is None and not page.hmis_import_button.isEnabled()
    assert ex.STATUS_LABELS[ex.UPDATE] == "Updates a participant"
