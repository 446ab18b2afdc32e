"""Keyboard-only use of the main window: sections by Ctrl+1…6, Tab and Shift+Tab through every control and
back to the navigation list, the Administration tabs by arrow keys, and a name for every control reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QTabWidget, QWidget

from lead_desktop.domain.roles import Role
from lead_desktop.gui.pages import PAGES
from lead_desktop.services import accounts, backups

SECTION_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard focus got lost"
    qtbot.keyClick(target, key, modifier)
    return QApplication.focusWidget()


def tab_cycle(qtbot, start: QWidget, backwards: bool = False, limit: int = 300) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from `start` until it is back at `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    visited: list[QWidget] = []
    for _ in range(limit):
        widget = press(qtbot, key, modifier)
        if widget is start:
            return visited
        assert widget not in visited, f"Tab went round without coming back: {widget.objectName()}"
        visited.append(widget)
    pytest.fail("Tab never came back to where it started")


def focusable_in(widget: QWidget) -> list[QWidget]:
    """Controls a person should reach: shown, enabled, taking Tab; a tab widget counts through its bar,
    and of a group of radio buttons only the checked one takes Tab (arrows move within it)."""
    out = []
    for child in widget.findChildren(QWidget):
        if not (child.isVisible() and child.isEnabled()):
            continue
        if not child.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(child, QTabWidget):
            continue
        if isinstance(child, QRadioButton) and child.autoExclusive() and not child.isChecked():
            continue
        out.append(child)
    return out


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def has_name(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


@pytest.fixture
def keyboard_window(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_ctrl_number_keys_switch_every_section(qtbot, keyboard_window):
    window = keyboard_window
    window.ui.nav_list.setFocus()
    for index in reversed(range(len(PAGES))):
        qtbot.keyClick(window, SECTION_KEYS[index], Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == PAGES[index].key
        assert window.ui.nav_list.currentRow() == index


@pytest.mark.parametrize("index", range(len(PAGES)), ids=[spec.key for spec in PAGES])
def test_tab_and_shift_tab_go_round_the_navigation_list_and_the_page(qtbot, keyboard_window, index):
    window = keyboard_window
    qtbot.keyClick(window, SECTION_KEYS[index], Qt.KeyboardModifier.ControlModifier)
    page = window.pages[PAGES[index].key]
    forward = tab_cycle(qtbot, window.ui.nav_list)
    assert forward, f"Tab from the navigation list reaches nothing on {PAGES[index].key}"
    for widget in forward:
        assert page.isAncestorOf(widget), f"Tab left the page for {describe(widget)}"
    missing = [describe(w) for w in focusable_in(page) if w not in forward]
    assert not missing, f"controls the keyboard cannot reach: {missing}"
    backward = tab_cycle(qtbot, window.ui.nav_list, backwards=True)
    assert backward == list(reversed(forward))


def test_every_administration_control_is_reached_in_order_and_named(qtbot, keyboard_window):
    window = keyboard_window
    site = window.site
    accounts.add_account(site, "robin", "Robin Case", Role.CASE_MANAGER, "temporary pass 1")
    backups.automatic_backup(site)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["administration"]
    ui = page.ui
    page.reload()
    bar = ui.tabs.tabBar()

    expected = {
        ui.accounts_tab: [ui.accounts_view, ui.add_account_button, ui.show_inactive_checkbox],
        ui.audit_tab: [ui.refresh_audit_button, ui.check_chain_button, ui.audit_view],
        ui.settings_tab: [*page.settings_form.focus_chain(), ui.choose_logo_button, ui.save_settings_button],
        ui.backups_tab: [ui.backups_view, ui.back_up_now_button, ui.verify_backup_button,
                         ui.restore_backup_button, ui.restore_file_button, ui.reload_backups_button],
        ui.security_tab: [ui.rotate_button],
    }
    start = tab_cycle(qtbot, window.ui.nav_list)[0]
    assert start is bar, "Tab from the navigation list goes first to the page's tabs"
    for number in range(ui.tabs.count()):
        if number:
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            assert press(qtbot, Qt.Key.Key_Right) is bar  # the arrow keys move between the tabs
        tab = ui.tabs.currentWidget()
        assert ui.tabs.currentIndex() == number
        visited = tab_cycle(qtbot, bar)
        assert visited[-1] is window.ui.nav_list, "after the tab's last control, Tab goes back to the sections"
        controls = visited[:-1]
        assert controls == expected[tab], f"tab {ui.tabs.tabText(number)}: {[describe(w) for w in controls]}"
        for widget in [bar, *controls]:
            assert has_name(widget), f"{describe(widget)} has no accessible name and no label"
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None and interface.text(QAccessible.Text.Name).strip(), describe(widget)


def test_back_up_now_and_the_account_buttons_work_from_the_keyboard(qtbot, keyboard_window, site_dir):
    window = keyboard_window
    accounts.add_account(window.site, "robin", "Robin Case", Role.CASE_MANAGER, "temporary pass 1")
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["administration"]
    ui = page.ui
    page.reload_accounts()
    ui.accounts_view.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):  # a row chosen with the arrows makes Edit, Reset and Deactivate available
        press(qtbot, Qt.Key.Key_Down)
        if page.selected_account() is not None and page.selected_account().username == "robin":
            break
    assert page.selected_account().username == "robin"
    visited = tab_cycle(qtbot, ui.accounts_view)
    assert visited[:5] == [ui.add_account_button, ui.edit_account_button, ui.reset_password_button,
                           ui.deactivate_button, ui.show_inactive_checkbox]

    ui.tabs.setCurrentWidget(ui.backups_tab)
    ui.back_up_now_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.backups.running, timeout=20_000)
    assert len(list((site_dir / "backups" / "auto").glob("lead-*.leadbackup"))) == 1
    assert "Backup saved" in ui.backups_message_label.text()


def test_ctrl_n_and_ctrl_f_work_anywhere_in_participants(qtbot, keyboard_window):
    from lead_desktop.gui.participants import ParticipantDialog, ParticipantsPage, TodayPage

    window = keyboard_window
    section = window.pages["participants"]
    section.tabs.setCurrentIndex(0)
    today = section.findChild(TodayPage)
    today.refresh_button.setFocus()
    qtbot.waitUntil(today.refresh_button.hasFocus)
    qtbot.keyClick(today.refresh_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ParticipantDialog)))
    next(d for d in window.findChildren(ParticipantDialog) if d.isVisible()).reject()

    today.refresh_button.setFocus()
    qtbot.waitUntil(today.refresh_button.hasFocus)
    qtbot.keyClick(today.refresh_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = section.findChild(ParticipantsPage)
    assert section.tabs.currentWidget() is page
    qtbot.waitUntil(page.search_edit.hasFocus)

    # Right after signing in the focus is in the list of sections: the page shown beside it answers.
    window.ui.nav_list.setFocus()
    qtbot.waitUntil(window.ui.nav_list.hasFocus)
    qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ParticipantDialog)))
    next(d for d in window.findChildren(ParticipantDialog) if d.isVisible()).reject()
    window.go_to_page("referrals")
    window.ui.nav_list.setFocus()
    qtbot.waitUntil(window.ui.nav_list.hasFocus)
    qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    referrals = window.pages["referrals"].tabs.currentWidget()
    qtbot.waitUntil(referrals.search_edit.hasFocus)
    window.go_to_page("participants")

    # On the list itself the page's own shortcuts answer (the section's copies stand aside, no ambiguity).
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()


def test_a_new_profile_takes_the_keyboard_so_its_shortcuts_work_at_once(qtbot, keyboard_window):
    from datetime import date

    from lead_desktop.gui.participants import ParticipantDialog, ParticipantsPage
    from lead_desktop.gui.widgets.dialogs import RecordDialog

    window = keyboard_window
    section = window.pages["participants"]
    page = section.findChild(ParticipantsPage)
    section.tabs.setCurrentWidget(page)
    dialog = page.new_participant()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, ParticipantDialog)
    qtbot.keyClicks(dialog.form.input("first_name"), "Marisol")
    qtbot.keyClicks(dialog.form.input("last_name"), "Quintero")
    dialog.form.set_values({"enrolled_on": date.today()})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.tabs.count() == section.fixed_tabs + 1)
    profile = section.tabs.currentWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and profile.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in profile.findChildren(RecordDialog)))
    assert profile.tab_widget.currentWidget() is profile.tabs["contacts"]
