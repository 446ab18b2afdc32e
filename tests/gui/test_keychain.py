"""Keychain unlock: hidden with a reason on a fail backend, offered with a secure one, and it really unlocks."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from lead_desktop.gui.sign_in import SignInDialog
from lead_desktop.services import accounts
from lead_desktop.services import site as sites


@pytest.fixture
def fail_keyring():
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest restores the previous backend


def sign_in_dialog(qtbot, site_dir) -> SignInDialog:
    status = sites.keychain_status()
    dialog = SignInDialog(site_dir, status.usable, status.reason)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_sign_in_hides_keychain_button_with_a_reason_on_the_fail_backend(qtbot, fail_keyring, site_dir):
    dialog = sign_in_dialog(qtbot, site_dir)
    assert dialog.ui.keychain_button.isHidden()
    assert dialog.ui.keychain_reason_label.isVisible()
    assert "no secure keychain" in dialog.ui.keychain_reason_label.text()


def test_sign_in_offers_keychain_with_a_secure_backend(qtbot, memory_keyring, site_dir):
    dialog = sign_in_dialog(qtbot, site_dir)
    assert dialog.ui.keychain_button.isVisible()
    assert not dialog.ui.keychain_reason_label.isVisible()


def test_account_menu_says_why_keychain_unlock_is_missing(qtbot, fail_keyring, window):
    assert not window.ui.action_keychain.isVisible()
    assert window.ui.action_keychain_reason.isVisible()
    assert "no secure keychain" in window.ui.action_keychain_reason.text()
    window.lock()
    assert window.ui.lock_screen.ui.keychain_button.isHidden()


def test_keychain_forbidden_by_the_administrator_is_explained(qtbot, window):
    from lead_desktop.services import settings

    settings.set_setting(window.site, "keychain_allowed", False)
    window._on_settings_saved()
    assert not window.ui.action_keychain.isVisible()
    assert "administrator has turned keychain unlock off" in window.ui.action_keychain_reason.text()


def test_turn_on_keychain_unlock_then_unlock_with_it(qtbot, memory_keyring, window, site_dir):
    action = window.ui.action_keychain
    assert action.isVisible() and not action.isChecked()
    action.trigger()
    assert action.isChecked()
    assert accounts.keychain_unlock_enabled(window.site)
    assert memory_keyring.store  # the device key lives in the (test) keychain

    window.lock()
    lock = window.ui.lock_screen
    assert lock.ui.keychain_button.isVisible()
    qtbot.mouseClick(lock.ui.keychain_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked

    action.trigger()  # off again: every device slot goes
    assert not action.isChecked()
    assert not accounts.keychain_unlock_enabled(window.site)
    window.lock()
    assert lock.ui.keychain_button.isHidden()


def test_keychain_sign_in_from_the_dialog(qtbot, memory_keyring, new_site, site_dir):
    from lead_desktop.gui.flow import AppFlow

    accounts.enable_keychain_unlock(new_site)
    new_site.close()
    flow = AppFlow(site_dir, idle_ms=60_000)
    flow.start()
    try:
        dialog = flow.sign_in_dialog
        qtbot.mouseClick(dialog.ui.keychain_button, Qt.MouseButton.LeftButton)
        assert "user name first" in dialog.ui.message_label.text()
        qtbot.keyClicks(dialog.ui.username_edit, "admin")
        qtbot.mouseClick(dialog.ui.keychain_button, Qt.MouseButton.LeftButton)
        assert flow.window is not None
        assert flow.window.site.actor.username == "admin"
    finally:
        flow.shutdown()
