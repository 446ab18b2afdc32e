"""Idle auto-lock and the lock screen: all data hidden, the key dropped, resume on the same page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from lead_desktop.services import audit as audit_service

from ..conftest import ADMIN_PASSWORD, SITE_NAME


def visible_data_widgets(window) -> list:
    """Every visible table/list view and every visible line edit except the lock screen's password."""
    views = [view for view in window.findChildren(QAbstractItemView) if view.isVisible()]
    edits = [
        edit
        for edit in window.findChildren(QLineEdit)
        if edit.isVisible() and edit is not window.ui.lock_screen.ui.password_edit
    ]
    return views + edits


def test_idle_lock_hides_everything_and_resumes_where_the_person_was(qtbot, window, new_site):
    window.go_to_page("administration")
    admin = window.pages["administration"]
    admin.ui.tabs.setCurrentWidget(admin.ui.settings_tab)
    assert admin.accounts_model.rowCount() == 1
    assert admin.settings_form.value("site_name") == SITE_NAME

    window.set_idle_interval(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    assert window.ui.page_stack.isHidden()
    assert window.ui.content_widget.isHidden()
    assert window.ui.lock_screen.isVisible()
    assert window.ui.lock_screen.ui.title_label.text() == "Locked — admin"
    assert window.ui.lock_screen.ui.explanation_label.text().startswith("LEAD Desktop locked itself")
    assert visible_data_widgets(window) == []
    assert admin.accounts_model.rowCount() == 0
    assert admin.audit_model.rowCount() == 0
    assert admin.settings_form.value("site_name") == ""
    assert new_site.closed  # the database is closed and its key dropped
    assert not window.ui.action_backup.isEnabled()
    assert window.site is None

    window.set_idle_interval(10 * 60_000)
    lock = window.ui.lock_screen
    qtbot.keyClicks(lock.ui.password_edit, "not the password")
    qtbot.mouseClick(lock.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked
    assert lock.ui.message_label.isVisible()
    assert "password is not right" in lock.ui.message_label.text()
    assert lock.ui.password_edit.text() == ""
    qtbot.waitUntil(lock.ui.unlock_button.isEnabled, timeout=3000)

    qtbot.keyClicks(lock.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(lock.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert window.current_page_key() == "administration"
    assert window.ui.page_stack.isVisible()
    assert not window.ui.lock_screen.isVisible()
    assert admin.accounts_model.rowCount() == 1
    assert admin.settings_form.value("site_name") == SITE_NAME
    actions = [entry.action for entry in audit_service.list_entries(window.site, limit=5)]
    assert actions[0] == "unlock"
    assert "sign_in_failed" in actions
    assert "lock" in actions
    assert window.idle.running


def test_file_lock_menu_locks_at_once(qtbot, window):
    window.go_to_page("governance")
    window.ui.action_lock.trigger()
    assert window.is_locked
    assert window.ui.page_stack.isHidden()
    explanation = window.ui.lock_screen.ui.explanation_label.text()
    assert explanation.startswith("You locked LEAD Desktop") and "locked itself" not in explanation
    assert not window.idle.running  # no second lock while locked
    qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(window.ui.lock_screen.ui.password_edit, Qt.Key.Key_Return)
    assert not window.is_locked
    assert window.current_page_key() == "governance"


def test_input_restarts_the_idle_timer(qtbot, window):
    window.set_idle_interval(400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_Down)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)


def test_sign_out_from_the_lock_screen_releases_the_site(qtbot, window, site_dir):
    from lead_desktop.services import site as sites

    signed_out = []
    window.signed_out.connect(lambda: signed_out.append(True))
    window.lock()
    qtbot.mouseClick(window.ui.lock_screen.ui.sign_out_button, Qt.MouseButton.LeftButton)
    assert signed_out == [True]
    assert not window.isVisible()
    sites.sign_in(site_dir, "admin", ADMIN_PASSWORD).close()  # nobody holds the folder any more
