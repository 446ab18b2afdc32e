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
from tests.conftest import ADMIN_PASSWORD

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


def fill_hmis_details(qtbot, dialog: ExportDialog, **changes: str) -> None:  # noqa: ANN001
    form = dialog.hmis_part.details_form
    values = {"organization_id": "ORG-7", "organization_name": "Harbor Services", "project_id": "PRJ-7",
              "project_name": "LEAD Santa Fe", "coc_code": "NM-500", "geocode": "359049",
              "other_funder": "City of Santa Fe", "grant_id": "SF-17", "operating_start": "2023-01-01", **changes}
    for name, value in values.items():
        field = form.input(name)
        field.setText("")
        qtbot.keyClicks(field.edit if hasattr(field, "edit") else field, value)


def test_the_hmis_export_asks_the_details_once_and_the_consent_rule(qtbot, dialog, new_site, tmp_path):
    choose(dialog, "hmis")
    part = dialog.hmis_part
    assert part.isVisible() and not dialog.format_combo.isVisible()
    assert part.details_box.isVisible() and not part.change_button.isVisible()  # asked the first time
    assert "0 participants have a consent" in part.consent_label.text() and "2 have none" in part.consent_label.text()
    set_path(qtbot, dialog, tmp_path / "hmis.zip")
    fill_hmis_details(qtbot, dialog, coc_code="NM500")
    export(qtbot, dialog)
    assert "two capital letters" in part.details_form.problem("coc_code") and not (tmp_path / "hmis.zip").exists()
    fill_hmis_details(qtbot, dialog)
    export(qtbot, dialog)
    text = dialog.status_label.text()
    assert "Client.csv (0 rows)" in text and "2 left out: no consent in force names the HMIS" in text
    assert not part.details_box.isVisible() and "PRJ-7 (LEAD Santa Fe)" in part.summary_label.text()  # kept
    qtbot.mouseClick(part.without_consent_check, Qt.MouseButton.LeftButton)
    set_path(qtbot, dialog, tmp_path / "all.zip")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # refused before any work starts
    assert "Say why" in dialog.status_label.text() and not dialog.runner.running
    assert not (tmp_path / "all.zip").exists()
    qtbot.keyClicks(part.reason_edit, "The CoC's data-sharing agreement covers every LEAD participant.")
    export(qtbot, dialog)
    assert "Client.csv (2 rows)" in dialog.status_label.text()
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        enrollment = archive.read("Enrollment.csv").decode("utf-8").splitlines()
    assert ",PRJ-7," in enrollment[1] and ",NM-500," in enrollment[1]
    for row in ps.list_participants(new_site).rows:
        (logged,) = ps.list_records(new_site, "disclosure", row.id)
        assert "data-sharing agreement" in logged.values["reason_without_consent"]
    again = ExportDialog(new_site, kind="hmis")
    qtbot.addWidget(again)
    again.show()
    assert again.hmis_part.change_button.isVisible() and not again.hmis_part.details_box.isVisible()
    qtbot.mouseClick(again.hmis_part.change_button, Qt.MouseButton.LeftButton)
    assert again.hmis_part.details_box.isVisible()
    assert again.hmis_part.details_form.values()["project_id"] == "PRJ-7"


def test_a_case_manager_exports_with_the_kept_details(qtbot, new_site, site_dir, tmp_path):
    from lead_desktop.domain.roles import Role
    from lead_desktop.services import accounts
    from lead_desktop.services import exchange as ex
    from tests.helpers import sites as site_helpers

    accounts.add_account(new_site, "cm", "Case Manager", Role.CASE_MANAGER, "case manager pass 1")
    new_site.close()

    def dialog_for(manager):  # noqa: ANN001, ANN202
        widget = ExportDialog(manager, kind="hmis")
        qtbot.addWidget(widget)
        widget.show()
        return widget

    with site_helpers.signed_in(site_dir, "cm", "case manager pass 1") as manager:
        widget = dialog_for(manager)
        assert "An administrator gives them once" in widget.hmis_part.summary_label.text()
        assert not widget.hmis_part.details_box.isVisible() and not widget.hmis_part.change_button.isVisible()
        widget.close()
    with site_helpers.signed_in(site_dir, "admin", ADMIN_PASSWORD) as admin:
        ex.save_hmis_site(admin, {"organization_id": "O", "organization_name": "Org", "project_id": "P",
                                  "project_name": "LEAD", "coc_code": "NM-500", "geocode": "359049",
                                  "other_funder": "City", "grant_id": "G", "operating_start": date(2023, 1, 1)})
    with site_helpers.signed_in(site_dir, "cm", "case manager pass 1") as manager:
        widget = dialog_for(manager)
        assert "HMIS project P (LEAD)" in widget.hmis_part.summary_label.text()
        assert not widget.hmis_part.change_button.isVisible()  # an administrator's to change
        set_path(qtbot, widget, tmp_path / "cm.zip")
        export(qtbot, widget)
        assert "Client.csv (0 rows)" in widget.status_label.text()
        widget.close()


def test_a_failed_export_says_why(qtbot, dialog, tmp_path):
    choose(dialog, "hmis")
    fill_hmis_details(qtbot, dialog)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "other.txt").write_text("x", encoding="utf-8")
    set_path(qtbot, dialog, tmp_path / "busy")
    export(qtbot, dialog)
    assert "is not empty" in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
