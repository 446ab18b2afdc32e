"""Signing in through the start-up flow: wrong then right password, recovery key, forced password change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.flow import AppFlow
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service

from ..conftest import ADMIN_PASSWORD
from .conftest import NO_IDLE_MS, OTHER_PASSWORD


@pytest.fixture
def flow(qtbot, new_site, site_dir):
    new_site.close()
    app_flow = AppFlow(site_dir, idle_ms=NO_IDLE_MS)
    app_flow.start()
    yield app_flow
    app_flow.shutdown()
    for widget in (app_flow.sign_in_dialog, app_flow.password_dialog):
        if widget is not None:
            widget.close()


def type_credentials(qtbot, dialog, username: str, password: str) -> None:
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    dialog.ui.password_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_then_right_password(qtbot, flow):
    dialog = flow.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert flow.window is None

    type_credentials(qtbot, dialog, "admin", "not the password")
    assert dialog.isVisible()
    assert dialog.ui.message_label.isVisible()
    assert "password is not right" in dialog.ui.message_label.text()
    assert dialog.ui.password_edit.text() == ""
    assert not dialog.ui.sign_in_button.isEnabled()  # held back for the growing delay
    assert dialog.ui.countdown_label.isVisible()
    qtbot.waitUntil(dialog.ui.sign_in_button.isEnabled, timeout=3000)
    assert not dialog.ui.countdown_label.isVisible()

    type_credentials(qtbot, dialog, "admin", ADMIN_PASSWORD)
    window = flow.window
    assert window is not None and window.isVisible()
    assert flow.sign_in_dialog is None
    actions = [entry.action for entry in audit_service.list_entries(window.site)]
    # newest first: the sign-in comes after the failure (pages may audit their first reads after it)
    assert "sign_in_failed" in actions
    assert actions.index("sign_in") < actions.index("sign_in_failed")
    assert window.user_label.text().startswith("Ada Administrator")


def test_unknown_user_is_told_plainly(qtbot, flow):
    dialog = flow.sign_in_dialog
    type_credentials(qtbot, dialog, "nobody", ADMIN_PASSWORD)
    assert "no account named" in dialog.ui.message_label.text()
    assert flow.window is None


def test_empty_fields_ask_for_input_without_an_attempt(qtbot, flow, site_dir):
    dialog = flow.sign_in_dialog
    qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)
    assert "user name" in dialog.ui.message_label.text()
    assert not (site_dir / "site.pending").exists() or (site_dir / "site.pending").stat().st_size == 0


def test_recovery_key_opens_the_site(qtbot, flow, new_site):
    dialog = flow.sign_in_dialog
    qtbot.mouseClick(dialog.ui.recovery_button, Qt.MouseButton.LeftButton)
    recovery = flow.recovery_dialog
    assert recovery is not None and recovery.isVisible()
    qtbot.keyClicks(recovery.ui.key_edit, "0123")
    recovery.ui.button_box.accepted.emit()
    assert "64 characters" in recovery.ui.message_label.text()
    recovery.ui.key_edit.clear()
    qtbot.keyClicks(recovery.ui.key_edit, "ab" * 32)
    recovery.ui.button_box.accepted.emit()
    assert "does not open this site" in recovery.ui.message_label.text()
    recovery.ui.key_edit.clear()
    qtbot.keyClicks(recovery.ui.key_edit, new_site.recovery_key)
    recovery.ui.button_box.accepted.emit()
    window = flow.window
    assert window is not None
    assert window.site.actor.via_recovery_key
    assert not window.ui.nav_list.isRowHidden(5)  # acts as an administrator
    assert window.ui.action_keychain_reason.isVisible()  # no personal account, so no keychain unlock


def test_reset_password_must_be_changed_before_the_window_opens(qtbot, flow, site_dir):
    from lead_desktop.services import site as sites

    flow.shutdown()
    flow.sign_in_dialog.close()
    admin = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    accounts.add_account(admin, "casey", "Casey Manager", Role.CASE_MANAGER, OTHER_PASSWORD)
    admin.close()

    flow.show_sign_in()
    dialog = flow.sign_in_dialog
    type_credentials(qtbot, dialog, "casey", OTHER_PASSWORD)
    assert flow.window is None
    change = flow.password_dialog
    assert change is not None and change.isVisible()
    ok = change._ok
    qtbot.keyClicks(change.ui.current_edit, OTHER_PASSWORD)
    qtbot.keyClicks(change.ui.new_edit, "my own new password")
    qtbot.keyClicks(change.ui.repeat_edit, "my own new passwore")
    assert not ok.isEnabled()
    assert change.ui.repeat_error_label.isVisible()
    change.ui.repeat_edit.clear()
    qtbot.keyClicks(change.ui.repeat_edit, "my own new password")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window = flow.window
    assert window is not None
    assert not window.site.actor.must_change_password
    assert window.ui.nav_list.isRowHidden(5)  # a case manager has no Administration
    window.close()
    again = sites.sign_in(site_dir, "casey", "my own new password")
    again.close()


def test_cancelling_the_forced_change_signs_out(qtbot, flow, site_dir):
    from lead_desktop.services import site as sites

    flow.shutdown()
    flow.sign_in_dialog.close()
    admin = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    accounts.add_account(admin, "casey", "Casey Manager", Role.CASE_MANAGER, OTHER_PASSWORD)
    admin.close()
    flow.show_sign_in()
    type_credentials(qtbot, flow.sign_in_dialog, "casey", OTHER_PASSWORD)
    flow.password_dialog.reject()
    assert flow.window is None
    assert flow.sign_in_dialog is not None and flow.sign_in_dialog.isVisible()
    # The site was closed: signing in again works (the folder lock was released).
    sites.sign_in(site_dir, "admin", ADMIN_PASSWORD).close()
