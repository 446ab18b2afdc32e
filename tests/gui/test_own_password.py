"""Changing your own password: one path for the forced change after sign-in and for Account ▸ Change password.

On a shared server, a password this computer's keychain remembers follows the change whichever way the
person came to change it; a password that was not remembered stays unremembered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.domain.errors import KeychainUnavailable
from lead_desktop.domain.roles import Role
from lead_desktop.gui import own_password
from lead_desktop.services import accounts, server_profiles

from ..conftest import ADMIN_PASSWORD
from .test_server_window import (  # noqa: F401 - fixtures used here
    address,
    flow,
    private_preferences,
    server_address,
    server_site_session,
    sign_in,
)

NEW_PASSWORD = "a brand new long passphrase"


def change_password(qtbot, dialog, current: str, new: str) -> None:
    qtbot.keyClicks(dialog.ui.current_edit, current)
    qtbot.keyClicks(dialog.ui.new_edit, new)
    qtbot.keyClicks(dialog.ui.repeat_edit, new)
    qtbot.mouseClick(dialog._ok, Qt.MouseButton.LeftButton)


def change_from_the_account_menu(qtbot, window, current: str, new: str) -> None:
    window.ui.action_change_password.trigger()
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible()
    change_password(qtbot, dialog, current, new)
    qtbot.waitUntil(lambda: window.password_dialog is None)


def test_a_remembered_server_password_follows_a_change_from_the_account_menu(qtbot, flow, address, memory_keyring):
    service = address.keychain_service()
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD, remember=True)
    assert memory_keyring.store == {(service, "admin"): ADMIN_PASSWORD}
    change_from_the_account_menu(qtbot, flow.window, ADMIN_PASSWORD, NEW_PASSWORD)
    assert memory_keyring.store == {(service, "admin"): NEW_PASSWORD}

    flow.window.sign_out()
    sign_in(qtbot, flow.sign_in_dialog, "")  # nothing typed: the keychain's password, the new one
    assert flow.window is not None and flow.window.site.actor.username == "admin"


def test_a_password_not_remembered_stays_unremembered(qtbot, flow, memory_keyring):
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD, remember=False)
    change_from_the_account_menu(qtbot, flow.window, ADMIN_PASSWORD, NEW_PASSWORD)
    assert memory_keyring.store == {}


def test_the_forced_change_after_signing_in_updates_the_remembered_password(qtbot, flow, address,
                                                                               server_site_session, memory_keyring):
    service = address.keychain_service()
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD)
    accounts.add_account(flow.window.site, "dana", "Dana Viewer", Role.VIEWER, "dana temporary pw")
    flow.window.sign_out()
    dialog = flow.sign_in_dialog
    dialog.ui.username_edit.setText("dana")
    sign_in(qtbot, dialog, "dana temporary pw", remember=True)
    assert flow.window is None and memory_keyring.store == {(service, "dana"): "dana temporary pw"}
    change_password(qtbot, flow.password_dialog, "dana temporary pw", NEW_PASSWORD)
    assert flow.window is not None and not flow.window.site.actor.must_change_password
    assert memory_keyring.store == {(service, "dana"): NEW_PASSWORD}


def test_a_keychain_that_refuses_the_new_password_forgets_the_old_one(qtbot, flow, address, memory_keyring,
                                                                       monkeypatch):
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD, remember=True)
    assert memory_keyring.store

    def refuse(*_args: object) -> None:
        raise KeychainUnavailable(reason="The computer's keychain did not accept the password. Try again later.")

    monkeypatch.setattr(server_profiles, "remember_password", refuse)
    change_from_the_account_menu(qtbot, flow.window, ADMIN_PASSWORD, NEW_PASSWORD)
    assert memory_keyring.store == {}  # a stale password would only fail at the next sign-in


def test_a_refused_change_is_shown_in_the_dialog_and_keeps_the_keychain(qtbot, flow, address, memory_keyring):
    service = address.keychain_service()
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD, remember=True)
    window = flow.window
    window.ui.action_change_password.trigger()
    dialog = window.password_dialog
    change_password(qtbot, dialog, "not my password", NEW_PASSWORD)
    assert dialog.isVisible() and "not right" in dialog.ui.message_label.text()
    assert memory_keyring.store == {(service, "admin"): ADMIN_PASSWORD}
    dialog.reject()


def test_a_laptop_site_never_touches_the_keychain(new_site, memory_keyring):
    own_password.keep_keychain_in_step(new_site, NEW_PASSWORD)
    assert memory_keyring.store == {}
