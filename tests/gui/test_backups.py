"""Automatic backups from the window, the Backups tab (list, verify, restore) and the backup and logo settings."""

from __future__ import annotations

import shutil
import struct
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Role
from lead_desktop.gui.admin.backups import BackupsModel
from lead_desktop.gui.flow import AppFlow
from lead_desktop.services import accounts, backups, settings
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from tests.helpers.sites import flip_byte, signed_in

from ..conftest import ADMIN_PASSWORD, SITE_NAME
from .conftest import NO_IDLE_MS

T0 = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def automatic_files(site_dir: Path) -> list[Path]:
    folder = site_dir / "backups" / "auto"
    return sorted(folder.glob("lead-*.leadbackup")) if folder.exists() else []


def png(width: int, height: int) -> bytes:
    """A real PNG image (one colour), made without Qt so the logo path is tested from the file up."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture
def backups_tab(window):
    window.go_to_page("administration")
    page = window.pages["administration"]
    page.ui.tabs.setCurrentWidget(page.ui.backups_tab)
    return page


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.backups.running, timeout=20_000)


# ----- automatic backups from the window --------------------------------------------------------------


def test_closing_the_window_writes_a_backup(qtbot, window, site_dir):
    site_id = window.site.site_id
    assert automatic_files(site_dir) == []
    window.close()
    files = automatic_files(site_dir)
    assert len(files) == 1
    assert sites.restore(files[0], site_dir.parent / "restored").site_id == site_id
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        kinds = [e.detail.get("kind") for e in audit_service.list_entries(site, action=AuditAction.BACKUP.value)]
        assert kinds == ["on_close"]


def test_signing_out_writes_a_backup_and_the_next_session_starts_clean(qtbot, window, site_dir):
    with qtbot.waitSignal(window.signed_out):
        window.sign_out()
    assert len(automatic_files(site_dir)) == 1
    assert not window.backup_warning_label.isVisible()


def test_a_failed_backup_does_not_block_closing_and_is_shown_next_time(qtbot, new_site, site_dir, tmp_path, caplog):
    from lead_desktop.gui.main_window import MainWindow

    drive = tmp_path / "usb drive"
    drive.mkdir()
    settings.set_setting(new_site, "backup_folder", str(drive))
    win = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(win)
    win.show()
    shutil.rmtree(drive)  # unplugged while the window was open
    with qtbot.waitSignal(win.quit_requested):
        win.close()
    assert not win.isVisible() and win.site is None
    assert str(drive) not in caplog.text and SITE_NAME not in caplog.text

    site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)  # closed properly: the folder lock is free
    second = MainWindow(site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.backup_warning_label.isVisible()
        assert "automatic backup" in second.backup_warning_label.text()
        drive.mkdir()  # plugged in again: Back up now clears the warning
        second.go_to_page("administration")
        page = second.pages["administration"]
        page.ui.tabs.setCurrentWidget(page.ui.backups_tab)
        qtbot.mouseClick(page.ui.back_up_now_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, second)
        assert "Backup saved as lead-" in page.ui.backups_message_label.text()
        second._refresh_backup_warning()
        assert not second.backup_warning_label.isVisible()
        assert len(list(drive.glob("lead-*.leadbackup"))) == 1
    finally:
        second.close()


def test_daily_backup_starts_when_the_last_one_is_older_than_24_hours(qtbot, new_site, site_dir):
    from lead_desktop.gui.main_window import MainWindow

    backups.automatic_backup(new_site, now=T0)
    now = [T0 + timedelta(hours=23)]
    win = MainWindow(new_site, idle_ms=NO_IDLE_MS, clock=lambda: now[0])
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.daily_timer.isActive() and win.daily_timer.interval() == 60 * 60_000
        assert not win.check_daily_backup()
        assert len(automatic_files(site_dir)) == 1

        now[0] = T0 + timedelta(hours=25)
        win.daily_timer.setInterval(20)  # let the window's own timer find it due
        qtbot.waitUntil(lambda: len(automatic_files(site_dir)) == 2, timeout=20_000)
        wait_idle(qtbot, win)
        win.daily_timer.setInterval(60 * 60_000)
        assert win.statusBar().currentMessage() == "Automatic backup saved."
        assert backups.status(win.site).last_backup_at == now[0]
        assert not win.check_daily_backup(), "done for today"
    finally:
        win.close()


def test_locking_waits_for_a_running_backup(qtbot, window, site_dir):
    assert window.check_daily_backup()
    window.lock()  # the backup still needs the key: the lock waits for it
    assert window.is_locked and not window.backups.running
    assert len(automatic_files(site_dir)) == 1


def test_closing_waits_for_a_running_backup_then_takes_its_own(qtbot, window, site_dir):
    assert window.check_daily_backup() and window.backups.running
    window.close()
    assert not window.backups.running
    files = automatic_files(site_dir)
    assert len(files) == 2  # the daily one, finished, and the one taken on closing
    for path in files:
        assert sites.restore(path, site_dir.parent / path.stem).created_at  # complete: its checksums match


# ----- the Backups tab -------------------------------------------------------------------------------------


def test_backups_model(qtmodeltester, new_site):
    written = backups.automatic_backup(new_site, now=T0)
    model = BackupsModel()
    model.set_rows(backups.list_backups(new_site))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, BackupsModel.Column.KIND).data() == "Automatic"
    assert model.index(0, BackupsModel.Column.SITE).data() == "This site"
    assert model.index(0, BackupsModel.Column.FILE).data() == written.name


def test_backups_tab_lists_and_verifies(qtbot, window, backups_tab, site_dir):
    qtbot.mouseClick(backups_tab.ui.back_up_now_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    panel = backups_tab.backups
    assert panel.model.rowCount() == 1
    assert "The newest 14 are kept" in backups_tab.ui.backups_status_label.text()
    assert "Last automatic backup" in backups_tab.ui.backups_status_label.text()
    assert panel.selected() is not None  # the new backup is selected
    qtbot.mouseClick(backups_tab.ui.verify_backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    message = backups_tab.ui.backups_message_label.text()
    assert "is sound" in message and "1 staff accounts" in message
    assert not list(site_dir.glob(".lead-verify-*"))


def test_restore_refuses_a_corrupted_backup_and_the_site_stays_open(qtbot, window, backups_tab, site_dir):
    written = backups.automatic_backup(window.site, now=T0)
    flip_byte(written, written.stat().st_size // 2)
    backups_tab.backups.reload()
    backups_tab.backups.select_path(written)
    db_before, keys_before = (site_dir / "site.db").read_bytes(), (site_dir / "site.keys").read_bytes()
    qtbot.mouseClick(backups_tab.ui.restore_backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert backups_tab.backups.confirm_box is None, "no confirmation is offered for a damaged backup"
    assert "is not a LEAD Desktop backup or is damaged" in backups_tab.ui.backups_message_label.text()
    assert window.site is not None and not window.site.closed
    assert (site_dir / "site.db").read_bytes() == db_before
    assert (site_dir / "site.keys").read_bytes() == keys_before


@pytest.fixture
def flow(qtbot, new_site, site_dir):
    new_site.close()
    app_flow = AppFlow(site_dir, idle_ms=NO_IDLE_MS)
    app_flow.start()
    yield app_flow
    app_flow.shutdown()
    if app_flow.sign_in_dialog is not None:
        app_flow.sign_in_dialog.close()


def sign_in(qtbot, flow, username: str, password: str):
    dialog = flow.sign_in_dialog
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)
    assert flow.window is not None, dialog.ui.message_label.text()
    return flow.window


def test_restore_after_a_strong_confirmation_returns_to_sign_in(qtbot, flow, site_dir):
    window = sign_in(qtbot, flow, "admin", ADMIN_PASSWORD)
    written = backups.automatic_backup(window.site, now=T0)
    accounts.add_account(window.site, "late", "Added Later", Role.CASE_MANAGER, "temporary pass 1")
    window.go_to_page("administration")
    page = window.pages["administration"]
    page.ui.tabs.setCurrentWidget(page.ui.backups_tab)
    page.backups.reload()
    page.backups.select_path(written)
    qtbot.mouseClick(page.ui.restore_backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.confirm_box is not None and page.backups.confirm_box.isVisible(), timeout=20_000)
    box = page.backups.confirm_box
    restore = next(b for b in box.buttons() if b.text().replace("&", "") == "Restore and sign out")
    assert not restore.isEnabled(), "the box must be ticked first"
    assert "is sound" in box.informativeText()
    box.checkBox().setChecked(True)
    assert restore.isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.sign_in_dialog is not None, timeout=20_000)

    dialog = flow.sign_in_dialog
    assert flow.window is None
    assert "The site was restored from the backup made" in dialog.ui.message_label.text()
    assert "Sign in with the password you had then" in dialog.ui.message_label.text()
    window = sign_in(qtbot, flow, "admin", ADMIN_PASSWORD)
    assert "late" not in [a.username for a in accounts.list_accounts(window.site)]
    assert [e.action for e in audit_service.list_entries(window.site, action=AuditAction.RESTORED.value)]
    assert len(list((site_dir / "backups").glob("before-restore-*.leadbackup"))) == 1


def test_open_restore_from_file_uses_the_same_checks(qtbot, window, backups_tab, tmp_path):
    other, _key = sites.create_site(tmp_path / "other", "Another LEAD", "admin", ADMIN_PASSWORD)
    try:
        foreign = other.vault.write_backup(tmp_path / "another site.leadbackup")
    finally:
        other.close()

    def answer_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(foreign))
        dialog.accept()

    QTimer.singleShot(200, answer_file_dialog)
    qtbot.mouseClick(backups_tab.ui.restore_file_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "is of another LEAD Desktop site" in backups_tab.ui.backups_message_label.text()
    assert window.site is not None and not window.site.closed


# ----- the settings --------------------------------------------------------------------------------------


def test_backup_folder_and_retention_in_site_settings(qtbot, window, tmp_path):
    window.go_to_page("administration")
    page = window.pages["administration"]
    page.ui.tabs.setCurrentWidget(page.ui.settings_tab)
    form = page.settings_form
    assert "last_auto_backup_at" not in form.editors
    assert form.value("backup_keep") == 14 and form.value("backup_folder") == ""
    target = tmp_path / "share"
    target.mkdir()

    def answer_folder_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    QTimer.singleShot(200, answer_folder_dialog)
    qtbot.mouseClick(form.browse_buttons["backup_folder"], Qt.MouseButton.LeftButton)
    assert form.value("backup_folder") == str(target)
    form.editors["backup_keep"].setValue(5)
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert page.ui.settings_status_label.text() == "Saved."
    assert backups.backup_folder(window.site) == target
    assert window.site.setting("backup_keep") == 5

    form.editors["backup_folder"].setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert form.error_labels["backup_folder"].isVisible()
    assert backups.backup_folder(window.site) == target


def test_logo_is_chosen_previewed_saved_and_removed(qtbot, window, tmp_path):
    window.go_to_page("administration")
    page = window.pages["administration"]
    page.ui.tabs.setCurrentWidget(page.ui.settings_tab)
    logo = page.logo
    assert page.ui.logo_preview_label.text() == "No logo" and not page.ui.remove_logo_button.isEnabled()

    too_big = tmp_path / "huge.png"
    too_big.write_bytes(png(1, 1) + b"\0" * (1024 * 1024))
    assert not logo.choose_file(too_big)
    assert "at most 1 MB" in page.ui.logo_message_label.text()
    not_an_image = tmp_path / "fake.png"
    not_an_image.write_bytes(b"\x89PNG\r\n\x1a\n but no image follows")
    assert not logo.choose_file(not_an_image)

    image = tmp_path / "logo.png"
    image.write_bytes(png(300, 100))
    assert logo.choose_file(image)
    assert not page.ui.logo_preview_label.pixmap().isNull()
    assert settings.get_logo(window.site) is None, "nothing is stored before Save"
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert page.ui.settings_status_label.text() == "Saved."
    assert settings.get_logo(window.site) == image.read_bytes()

    page.reload_settings()
    assert not page.ui.logo_preview_label.pixmap().isNull()
    qtbot.mouseClick(page.ui.remove_logo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert settings.get_logo(window.site) is None
    assert page.ui.logo_preview_label.text() == "No logo"
