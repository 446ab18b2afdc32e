"""The main window's chrome: navigation shortcuts, File > Back up site…, About, status bar."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from lead_desktop import __version__
from lead_desktop.gui.sign_in import SignInDialog
from lead_desktop.services import site as sites
from lead_desktop.storage.lock import SiteLock

from ..conftest import ADMIN_PASSWORD, SITE_NAME


def test_status_bar_names_the_person_and_the_site(window):
    assert window.user_label.text() == "Ada Administrator (Administrator)"
    assert window.site_label.text() == f"Site: {SITE_NAME}"
    assert SITE_NAME in window.windowTitle()


def test_ctrl_number_keys_move_between_sections(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    for key, page in ((Qt.Key.Key_3, "governance"), (Qt.Key.Key_6, "administration"), (Qt.Key.Key_1, "participants")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == page
        assert window.ui.nav_list.currentRow() == window.ui.page_stack.currentIndex()
    window.ui.nav_list.setCurrentRow(4)
    assert window.current_page_key() == "reports"
    reports = window.pages["reports"]
    assert [reports.tabs.tabText(i) for i in range(reports.tabs.count())] == ["Reports", "Import and export"]


def test_back_up_site_writes_one_backup_file(qtbot, window, tmp_path):
    target = tmp_path / "nightly.leadbackup"

    def answer_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # type the path, as a person would
        name.setText(str(target))
        dialog.accept()

    QTimer.singleShot(200, answer_file_dialog)
    window.ui.action_backup.trigger()
    assert target.exists()
    with zipfile.ZipFile(target) as archive:
        assert {"manifest.json", "site.db", "site.keys"} <= set(archive.namelist())
    assert str(target) in window.statusBar().currentMessage()
    assert sites.restore(target, tmp_path / "restored").site_id == window.site.site_id


def test_about_box_says_what_lead_is(qtbot, window):
    seen = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.ui.action_about.trigger()
    assert seen and __version__ in seen[0]
    assert "Law Enforcement Assisted Diversion" in seen[0]
    assert "GNU Affero General Public License" in seen[0]


def test_change_my_password_from_the_account_menu(qtbot, window, site_dir):
    window.ui.action_change_password.trigger()
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.current_edit, "not my password")
    qtbot.keyClicks(dialog.ui.new_edit, "a brand new passphrase")
    qtbot.keyClicks(dialog.ui.repeat_edit, "a brand new passphrase")
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible()
    assert "not right" in dialog.ui.message_label.text()
    qtbot.keyClicks(dialog.ui.current_edit, ADMIN_PASSWORD)
    dialog.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: window.password_dialog is None)
    window.close()
    sites.sign_in(site_dir, "admin", "a brand new passphrase").close()


def test_a_site_open_elsewhere_gets_a_plain_message(qtbot, new_site, site_dir):
    from lead_desktop.gui.flow import AppFlow

    new_site.close()
    other = SiteLock(site_dir).acquire()  # another program has the folder
    flow = AppFlow(site_dir)
    flow.start()
    try:
        dialog = flow.sign_in_dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.ui.username_edit, "admin")
        qtbot.keyClicks(dialog.ui.password_edit, ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)
        assert "already open" in dialog.ui.message_label.text()
        assert dialog.ui.sign_in_button.isEnabled()  # not a wrong password: no delay
        assert flow.window is None
    finally:
        other.release()
        flow.shutdown()
        if flow.sign_in_dialog is not None:
            flow.sign_in_dialog.close()
