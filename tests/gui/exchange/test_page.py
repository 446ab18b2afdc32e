"""The data exchange page: what each role may do, shortcuts, and a lock stopping a running job."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.exchange import ExchangePage, ExportDialog, ImportDialog
from lead_desktop.services import accounts
from lead_desktop.services import site as sites
from tests.services.exchange.helpers import HEADER, person_row, write_csv


def test_the_page_opens_both_dialogs(qtbot, new_site):
    page = ExchangePage(new_site)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.import_button.isEnabled() and page.export_button.isEnabled()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.import_dialog, ImportDialog) and page.import_dialog.isVisible()
    page.import_dialog.reject()
    assert page.import_dialog is None
    page.activateWindow()
    page.import_button.setFocus()
    qtbot.waitUntil(page.import_button.hasFocus)
    qtbot.keyClick(page.import_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.export_dialog, ExportDialog) and page.export_dialog.isVisible()
    page.export_dialog.reject()


def test_signing_out_stops_the_job_and_closes_the_dialogs(qtbot, new_site, tmp_path):
    page = ExchangePage(new_site)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_import()
    path = write_csv(tmp_path / "p.csv", [HEADER, person_row("C-1", "Ana", "Silva")])
    with qtbot.waitSignal(dialog.runner.finished, timeout=60_000):
        dialog.load_file(path)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    page.set_site(None)
    assert not dialog.runner.running and not dialog.isVisible()
    assert page.import_dialog is None
    assert not page.import_button.isEnabled() and not page.export_button.isEnabled()


def test_a_viewer_can_neither_import_nor_export(qtbot, site_dir, new_site):
    accounts.add_account(new_site, "pcg", "PCG Member", Role.VIEWER, "viewer pass phrase 1")
    new_site.close()
    viewer = sites.sign_in(site_dir, "pcg", "viewer pass phrase 1")
    try:
        page = ExchangePage(viewer)
        qtbot.addWidget(page)
        assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
        assert "reports and governance only" in page.message_label.text()
        assert page.open_import() is None and page.open_export() is None
    finally:
        viewer.close()


def test_a_case_manager_can_import_and_export(qtbot, site_dir, new_site):
    accounts.add_account(new_site, "cm", "Case Manager", Role.CASE_MANAGER, "case manager pass 1")
    new_site.close()
    person = sites.sign_in(site_dir, "cm", "case manager pass 1")
    try:
        page = ExchangePage(person)
        qtbot.addWidget(page)
        assert page.import_button.isEnabled() and page.export_button.isEnabled()
    finally:
        person.close()
