"""Administration page: accounts through the dialogs, audit viewer, settings form, master key change."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from lead_desktop.domain.errors import WrongRecoveryKey
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import site as sites

from ..conftest import ADMIN_PASSWORD, SITE_NAME
from .conftest import add_and_sign_in


@pytest.fixture
def admin(window):
    window.go_to_page("administration")
    return window.pages["administration"]


def usernames(page) -> list[str]:
    model = page.accounts_model
    return [model.account_at(row).username for row in range(model.rowCount())]


def click_confirm(qtbot, page, button_text: str) -> None:
    box = page.confirm_box
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_admin_adds_an_account_through_the_dialog(qtbot, admin, window):
    qtbot.mouseClick(admin.ui.add_account_button, Qt.MouseButton.LeftButton)
    dialog = admin.account_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.display_name_edit, "Casey Manager")
    qtbot.keyClicks(dialog.ui.username_edit, "admin")  # taken
    qtbot.mouseClick(dialog.ui.suggest_button, Qt.MouseButton.LeftButton)
    temporary = dialog.ui.password_edit.text()
    assert len(temporary) >= 10
    ok = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already taken" in dialog.ui.username_error_label.text()

    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, "casey")
    dialog.ui.role_combo.setCurrentIndex(list(Role).index(Role.PROJECT_MANAGER))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.account_dialog is None)

    assert usernames(admin) == ["admin", "casey"]
    casey = admin.selected_account()
    assert casey is not None and casey.username == "casey"
    assert casey.role is Role.PROJECT_MANAGER
    assert casey.must_change_password
    assert "casey" in admin.ui.accounts_message_label.text()
    folder = window.site.paths.folder
    window.close()
    person = sites.sign_in(folder, "casey", temporary)
    try:
        assert person.actor.must_change_password
        assert person.actor.role is Role.PROJECT_MANAGER
    finally:
        person.close()


def test_bad_input_in_the_account_dialog_is_shown_beside_the_field(qtbot, admin):
    qtbot.mouseClick(admin.ui.add_account_button, Qt.MouseButton.LeftButton)
    dialog = admin.account_dialog
    qtbot.keyClicks(dialog.ui.username_edit, "Bad Name!")
    qtbot.keyClicks(dialog.ui.password_edit, "short")
    dialog.ui.button_box.accepted.emit()
    assert dialog.ui.display_name_error_label.isVisible()
    assert dialog.ui.username_error_label.isVisible()
    assert "10" in dialog.ui.password_error_label.text()
    dialog.reject()
    qtbot.waitUntil(lambda: admin.account_dialog is None)
    assert usernames(admin) == ["admin"]


def test_edit_reset_and_deactivate(qtbot, admin, window):
    accounts.add_account(window.site, "robin", "Robin Case", Role.CASE_MANAGER, "temporary pass 1")
    admin.reload_accounts()
    admin.select_account(admin.accounts_model.account_at(usernames(admin).index("robin")).id)
    # Your own account cannot be deactivated; another one can.
    assert admin.ui.deactivate_button.isEnabled()

    qtbot.mouseClick(admin.ui.edit_account_button, Qt.MouseButton.LeftButton)
    dialog = admin.account_dialog
    assert dialog.ui.username_edit.isReadOnly()
    assert not dialog.ui.password_edit.isVisible()
    dialog.ui.display_name_edit.clear()
    qtbot.keyClicks(dialog.ui.display_name_edit, "Robin Casework")
    dialog.ui.role_combo.setCurrentIndex(list(Role).index(Role.VIEWER))
    dialog.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: admin.account_dialog is None)
    robin = admin.selected_account()
    assert robin.display_name == "Robin Casework" and robin.role is Role.VIEWER

    qtbot.mouseClick(admin.ui.reset_password_button, Qt.MouseButton.LeftButton)
    reset = admin.reset_dialog
    assert len(reset.ui.password_edit.text()) >= 10  # a suggestion is filled in
    reset.ui.password_edit.clear()
    qtbot.keyClicks(reset.ui.password_edit, "short")
    reset.ui.button_box.accepted.emit()
    assert reset.ui.password_error_label.isVisible()
    reset.ui.password_edit.clear()
    qtbot.keyClicks(reset.ui.password_edit, "fresh temporary 9")
    reset.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: admin.reset_dialog is None)
    assert admin.selected_account().must_change_password

    qtbot.mouseClick(admin.ui.deactivate_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, admin, "Cancel")
    assert "robin" in usernames(admin)
    qtbot.mouseClick(admin.ui.deactivate_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, admin, "Deactivate")
    assert "robin" not in usernames(admin)
    qtbot.mouseClick(admin.ui.show_inactive_checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert "robin" in usernames(admin)  # deactivated accounts are listed when asked for
    admin.select_account(admin.accounts_model.account_at(usernames(admin).index("robin")).id)
    assert not admin.selected_account().active
    assert not admin.ui.reset_password_button.isEnabled()

    own = admin.accounts_model.account_at(usernames(admin).index("admin"))
    admin.select_account(own.id)
    assert not admin.ui.deactivate_button.isEnabled()


def test_audit_viewer_and_chain_check(qtbot, admin, window):
    admin.ui.tabs.setCurrentWidget(admin.ui.audit_tab)
    model = admin.audit_model
    assert model.rowCount() >= 1
    whats = [model.index(row, model.Column.ACTION).data() for row in range(model.rowCount())]
    assert "Site created" in whats
    window.ui.action_lock.trigger()
    qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(window.ui.lock_screen.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert model.index(0, model.Column.ACTION).data() == "Unlocked"  # newest first
    assert model.index(1, model.Column.ACTION).data() == "Locked"
    seqs = [int(model.index(row, model.Column.SEQ).data()) for row in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)

    qtbot.mouseClick(admin.ui.check_chain_button, Qt.MouseButton.LeftButton)
    assert "intact" in admin.ui.chain_result_label.text()


def test_audit_model_fetches_in_batches(qtbot, admin, window, monkeypatch):
    for number in range(7):
        accounts.add_account(window.site, f"user{number}", f"User {number}", Role.VIEWER, "temporary pass 1")
    monkeypatch.setattr(type(admin.audit_model), "BATCH", 3)
    admin.reload_audit()
    model = admin.audit_model
    assert model.rowCount() == 3
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total >= 8
    seqs = [model.entry_at(row).seq for row in range(model.rowCount())]
    assert seqs == sorted(set(seqs), reverse=True)  # no entry twice, none skipped out of order


def test_site_settings_form_saves_changes_and_shows_errors_beside_the_field(qtbot, admin, window):
    admin.ui.tabs.setCurrentWidget(admin.ui.settings_tab)
    form = admin.settings_form
    assert form.value("site_name") == SITE_NAME
    assert form.value("auto_lock_minutes") == 15
    form.editors["auto_lock_minutes"].setValue(5)
    form.editors["participant_prefix"].setText("!!!")
    qtbot.mouseClick(admin.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert form.error_labels["participant_prefix"].isVisible()
    assert "prefix" in form.error_labels["participant_prefix"].text()
    assert not form.error_labels["auto_lock_minutes"].isVisible()
    assert window.site.setting("auto_lock_minutes") == 5
    assert window.site.setting("participant_prefix") != "!!!"
    assert window.idle.interval_ms != 5 * 60_000  # the test window keeps its injected interval

    form.editors["participant_prefix"].setText("zan")
    form.editors["site_name"].setText("Harbour LEAD")
    qtbot.mouseClick(admin.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert admin.ui.settings_status_label.text() == "Saved."
    assert window.site.setting("participant_prefix") == "ZAN"
    assert form.value("participant_prefix") == "ZAN"
    assert window.site_label.text() == "Site: Harbour LEAD"
    assert "Harbour LEAD" in window.windowTitle()

    paper = form.editors["paper_size"]
    assert paper.currentText() == "US Letter" and [paper.itemText(i) for i in range(paper.count())] == [
        "US Letter", "A4"]
    paper.setCurrentIndex(paper.findData("a4"))
    qtbot.mouseClick(admin.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert window.site.setting("paper_size") == "a4"


def test_rotating_the_master_key_shows_the_new_key_once(qtbot, admin, window, new_site, site_dir, tmp_path):
    old_key = new_site.recovery_key
    admin.ui.tabs.setCurrentWidget(admin.ui.security_tab)
    assert not admin.ui.new_key_panel.isVisible()
    qtbot.mouseClick(admin.ui.rotate_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, admin, "Change the master key")
    panel = admin.ui.new_key_panel
    assert panel.isVisible()
    new_key = panel.key()
    assert re.fullmatch(r"[0-9a-f]{64}", re.sub(r"[\s-]", "", panel.displayed_key()))
    assert new_key != old_key
    assert panel.save_kit(tmp_path / "new-kit.pdf")
    assert (tmp_path / "new-kit.pdf").stat().st_size > 1000

    qtbot.mouseClick(admin.ui.hide_key_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert panel.key() == "" and panel.displayed_key() == ""

    window.close()
    with pytest.raises(WrongRecoveryKey):
        sites.open_with_recovery_key(site_dir, old_key)
    sites.open_with_recovery_key(site_dir, new_key).close()
    sites.sign_in(site_dir, "admin", ADMIN_PASSWORD).close()


def test_viewer_does_not_see_administration(qtbot, new_site, site_dir):
    from lead_desktop.gui.main_window import MainWindow

    viewer = add_and_sign_in(site_dir, new_site, "pat", Role.VIEWER)
    win = MainWindow(viewer, idle_ms=60_000)
    qtbot.addWidget(win)
    win.show()
    try:
        admin_row = [win.ui.nav_list.item(i).text() for i in range(win.ui.nav_list.count())].index("Administration")
        assert win.ui.nav_list.isRowHidden(admin_row)
        assert not win.ui.action_go_administration.isVisible()
        assert win.ui.nav_list.isRowHidden(0)  # no participant records for a viewer
        assert win.current_page_key() == "governance"
        win.ui.action_go_administration.trigger()
        assert win.current_page_key() == "governance"
        assert win.pages["administration"].accounts_model.rowCount() == 0
        assert "Viewer" in win.user_label.text()
    finally:
        win.close()


def test_deactivate_confirmation_closes_when_the_window_locks(qtbot, admin, window):
    accounts.add_account(window.site, "robin", "Robin Case", Role.CASE_MANAGER, "temporary pass 1")
    admin.reload_accounts()
    admin.select_account(admin.accounts_model.account_at(usernames(admin).index("robin")).id)
    qtbot.mouseClick(admin.ui.deactivate_button, Qt.MouseButton.LeftButton)
    box = admin.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: admin.confirm_box is None)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
