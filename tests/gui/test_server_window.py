"""The window on a site on a shared PostgreSQL server: signing in through the dialog, another laptop's
changes showing up by themselves, the remembered password, local-only parts hidden, --database-url."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from lead_desktop import app
from lead_desktop.domain.roles import Role
from lead_desktop.gui import server_settings
from lead_desktop.gui.flow import AppFlow
from lead_desktop.gui.main_window import MainWindow
from lead_desktop.gui.server_settings import LOCAL, SERVER
from lead_desktop.gui.sign_in import SignInDialog
from lead_desktop.services import accounts, server_site
from lead_desktop.services import participants as participant_service
from lead_desktop.services.server_profiles import ServerAddress, ServerProfile

from ..conftest import ADMIN_PASSWORD, SITE_NAME
from ..server.conftest import server_address, server_site_session  # noqa: F401 - fixtures used here
from .conftest import NO_IDLE_MS

CARLA_PASSWORD = "carla's own long password"
TICKS_MS = 20_000  # a few 3-second polls, with room for a loaded machine


@pytest.fixture(autouse=True)
def private_preferences(monkeypatch, tmp_path):
    """The sign-in dialog's preferences in this test's own file (QSettings caches its default path)."""
    path = tmp_path / "preferences.ini"
    monkeypatch.setattr(server_settings, "_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return path


@pytest.fixture
def address(server_site_session, server_address) -> ServerAddress:
    return server_address[0]


@pytest.fixture
def flow(qtbot, tmp_path, server_site_session, address):
    """The start-up flow as `lead-desktop --database-url postgresql://admin@…` starts it, on a computer
    with no local site."""
    server_site_session.close()
    app_flow = AppFlow(tmp_path / "no-site-here", idle_ms=NO_IDLE_MS, server_profile=ServerProfile(address, "admin"))
    app_flow.start()
    yield app_flow
    app_flow.shutdown()
    for widget in (app_flow.sign_in_dialog, app_flow.password_dialog, app_flow.wizard):
        if widget is not None:
            widget.close()


def sign_in(qtbot, dialog: SignInDialog, password: str, *, remember: bool | None = None) -> None:
    dialog.ui.password_edit.clear()
    if password:
        qtbot.keyClicks(dialog.ui.password_edit, password)
    if remember is not None:
        dialog.ui.remember_checkbox.setChecked(remember)
    qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)


def listed_names(window: MainWindow) -> list[str]:
    from lead_desktop.gui.participants import ParticipantsPage

    page = window.pages["participants"].findChild(ParticipantsPage)
    assert page is not None
    return [page.model.row_at(row).name for row in range(page.model.rowCount())]


def participants_page(window: MainWindow):
    from lead_desktop.gui.participants import ParticipantsPage

    return window.pages["participants"].findChild(ParticipantsPage)


def new_person(site, first: str, last: str):
    values = {"first_name": first, "last_name": last, "enrolled_on": date.today().replace(day=1)}
    return participant_service.create_participant(site, values, reviewed_duplicates=True)


@pytest.fixture
def other_laptop(server_site_session, address):
    """A case manager signed in from "another laptop": their own SiteSession on the same server."""
    accounts.add_account(server_site_session, "carla", "Carla Case", Role.CASE_MANAGER, "carla temporary pw")
    carla = server_site.sign_in_server(address, "carla", "carla temporary pw")
    accounts.change_own_password(carla, "carla temporary pw", CARLA_PASSWORD)
    yield carla
    if not carla.closed:
        carla.close()


# ----- signing in ------------------------------------------------------------------------------------


def test_sign_in_through_the_dialog_to_a_server_site(qtbot, flow, address, memory_keyring, private_preferences):
    dialog = flow.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert dialog.place == SERVER and ui.server_radio.isChecked()
    assert ui.server_group.isVisible() and not ui.folder_label.isVisible()
    assert not ui.recovery_button.isVisible() and not ui.keychain_button.isVisible()
    assert ui.host_edit.text() == address.host and ui.port_spin.value() == address.port
    assert ui.database_edit.text() == address.database and ui.ca_edit.text() == address.ca_file
    assert ui.tls_combo.currentData() == "verify-full"
    assert ui.username_edit.text() == "admin"
    assert ui.remember_checkbox.isVisible() and not ui.remember_checkbox.isChecked()  # opt-in

    sign_in(qtbot, dialog, ADMIN_PASSWORD)
    window = flow.window
    assert window is not None and window.isVisible() and flow.sign_in_dialog is None
    site = window.site
    assert site.is_server and site.actor.username == "admin"
    assert address.display() in window.site_label.text() and SITE_NAME in window.windowTitle()
    assert window.ui.page_stack.currentWidget() is window.pages["participants"]
    section = window.pages["participants"]
    assert section.isVisible() and participants_page(window) is not None
    assert [section.tabs.tabText(i) for i in range(section.tabs.count())] == ["Today", "All participants"]
    assert window.live_timer.isActive()

    # Only the non-secret parts are remembered, and no password went to the keychain (not ticked).
    assert server_settings.load_profile() == ServerProfile(address, "admin")
    assert server_settings.last_place() == SERVER
    assert ADMIN_PASSWORD not in private_preferences.read_text(encoding="utf-8")
    assert memory_keyring.store == {}

    # Local-only parts are hidden or explained.
    assert not window.ui.action_backup.isVisible()
    assert not window.ui.action_keychain.isVisible()
    assert "shared server" in window.ui.action_keychain_reason.text()
    window.go_to_page("administration")
    admin = window.pages["administration"]
    tabs = admin.ui.tabs
    assert not tabs.isTabVisible(tabs.indexOf(admin.ui.backups_tab))
    assert not tabs.isTabVisible(tabs.indexOf(admin.ui.security_tab))
    assert admin.server_note_label.isVisible() and address.display() in admin.server_note_label.text()
    assert admin.settings_form.rows["backup_folder"].isHidden()
    assert not admin.settings_form.rows["auto_lock_minutes"].isHidden()


def test_wrong_password_and_unreachable_server_show_their_messages(qtbot, flow, address):
    dialog = flow.sign_in_dialog
    sign_in(qtbot, dialog, "not the password at all")
    assert flow.window is None and dialog.isVisible()
    assert "password is not right" in dialog.ui.message_label.text()
    assert dialog.ui.password_edit.text() == ""

    dialog.ui.database_edit.setText("Not A Database!")
    sign_in(qtbot, dialog, ADMIN_PASSWORD)
    assert flow.window is None
    assert "server address is not complete" in dialog.ui.message_label.text()
    assert dialog.ui.database_edit.hasFocus() or not dialog.isActiveWindow()

    dialog.ui.database_edit.setText(address.database)
    dialog.ui.port_spin.setValue(1)  # nothing listens there
    sign_in(qtbot, dialog, ADMIN_PASSWORD)
    assert flow.window is None
    assert "cannot reach the server" in dialog.ui.message_label.text()

    dialog.ui.port_spin.setValue(address.port)
    sign_in(qtbot, dialog, ADMIN_PASSWORD)
    assert flow.window is not None and flow.window.site.is_server


def test_remembered_password_signs_in_and_a_stale_one_is_removed(qtbot, flow, address, memory_keyring):
    service = address.keychain_service()
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD, remember=True)
    assert flow.window is not None
    assert memory_keyring.store == {(service, "admin"): ADMIN_PASSWORD}

    flow.window.sign_out()
    dialog = flow.sign_in_dialog
    assert dialog is not None and dialog.place == SERVER  # the last sign-in was to the server
    assert dialog.ui.username_edit.text() == "admin"
    assert dialog.ui.remember_checkbox.isChecked()
    assert "keychain" in dialog.ui.password_edit.placeholderText()
    sign_in(qtbot, dialog, "")  # nothing typed: the keychain's password
    assert flow.window is not None and flow.window.site.actor.username == "admin"

    flow.window.sign_out()
    memory_keyring.store[(service, "admin")] = "an old password that was changed"
    dialog = flow.sign_in_dialog
    sign_in(qtbot, dialog, "")
    assert flow.window is None
    assert "no longer right" in dialog.ui.message_label.text()
    assert memory_keyring.store == {}
    assert not dialog.ui.remember_checkbox.isChecked()

    sign_in(qtbot, dialog, ADMIN_PASSWORD, remember=False)  # unticked: nothing is kept
    assert flow.window is not None and memory_keyring.store == {}


def test_without_a_secure_keychain_the_option_is_hidden_with_the_reason(qtbot, tmp_path):
    reason = "This computer has no secure keychain, so this option is not available."
    profile = ServerProfile(ServerAddress("db.example.org", "lead_site", 5432, "require", None), "ann")
    dialog = SignInDialog(tmp_path, False, reason, site_here=False, place=SERVER, profile=profile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.remember_checkbox.isVisible()
    assert dialog.ui.remember_reason_label.isVisible() and reason in dialog.ui.remember_reason_label.text()
    assert "impostor" in dialog.ui.tls_hint_label.text()  # "require" is explained as the weaker choice

    # Back on this computer with no site in the folder: set one up instead of signing in.
    dialog.ui.local_radio.setChecked(True)
    assert not dialog.ui.server_group.isVisible() and not dialog.ui.sign_in_button.isVisible()
    assert dialog.ui.setup_button.isVisible()
    with qtbot.waitSignal(dialog.setup_requested):
        qtbot.mouseClick(dialog.ui.setup_button, Qt.MouseButton.LeftButton)


def test_the_wizard_offers_the_shared_server(qtbot, tmp_path, server_site_session, address):
    server_site_session.close()
    server_settings.save_profile(ServerProfile(address, "admin"))
    app_flow = AppFlow(tmp_path / "empty", idle_ms=NO_IDLE_MS)
    app_flow.start()  # the last sign-in here was not to a server: the wizard
    try:
        assert app_flow.wizard is not None and app_flow.sign_in_dialog is None
        qtbot.mouseClick(app_flow.wizard.ui.server_button, Qt.MouseButton.LeftButton)
        dialog = app_flow.sign_in_dialog
        assert app_flow.wizard is None and dialog is not None and dialog.place == SERVER
        assert dialog.ui.host_edit.text() == address.host  # the remembered profile
        sign_in(qtbot, dialog, ADMIN_PASSWORD)
        assert app_flow.window is not None and app_flow.window.site.is_server
    finally:
        app_flow.shutdown()
    assert server_settings.last_place() == SERVER


# ----- two laptops at once ------------------------------------------------------------------------------


def test_another_laptops_new_participant_shows_up_by_itself(qtbot, server_site_session, other_laptop):
    window = MainWindow(server_site_session, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.live_timer.isActive() and window.live_timer.interval() == 3_000
        with qtbot.waitSignal(window.changes.changed):  # the window's own write shown before the other's
            mine = new_person(server_site_session, "Zora", "Yates")
        page = participants_page(window)
        page.table.selectRow(0)
        assert page.model.row_at(0).id == mine.id

        new_person(other_laptop, "Abel", "Adams")  # sorts first: the selected row moves down one
        qtbot.waitUntil(lambda: "Adams, Abel" in listed_names(window) or "Abel Adams" in listed_names(window),
                        timeout=TICKS_MS)
        assert len(listed_names(window)) == 2
        selected = page.table.selectionModel().selectedRows()
        assert [index.data(Qt.ItemDataRole.UserRole + 2) for index in selected] == [mine.id]

        # The window's own writes are not echoed back as other people's changes.
        new_person(server_site_session, "Mina", "Moss")
        assert window.poll_changes() == set()
    finally:
        window.close()


def test_changes_to_a_page_not_shown_wait_until_it_is_shown(qtbot, server_site_session, other_laptop):
    window = MainWindow(server_site_session, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    try:
        window.go_to_page("administration")
        new_person(other_laptop, "Nell", "North")
        seen: set[str] = set()
        window.data_changed.connect(seen.update)
        qtbot.waitUntil(lambda: "participant" in seen, timeout=TICKS_MS)
        assert not any("North" in name for name in listed_names(window))  # not on screen: not reloaded yet
        window.go_to_page("participants")
        assert any("North" in name for name in listed_names(window))
    finally:
        window.close()


def test_lock_and_unlock_on_a_server(qtbot, server_site_session):
    window = MainWindow(server_site_session, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    try:
        window.lock()
        assert window.is_locked and not window.live_timer.isActive()
        assert not window.ui.lock_screen.ui.keychain_button.isVisible()
        qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, "wrong password here")
        qtbot.mouseClick(window.ui.lock_screen.ui.unlock_button, Qt.MouseButton.LeftButton)
        assert window.is_locked and "password is not right" in window.ui.lock_screen.ui.message_label.text()
        qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, ADMIN_PASSWORD)
        qtbot.mouseClick(window.ui.lock_screen.ui.unlock_button, Qt.MouseButton.LeftButton)
        assert not window.is_locked and window.site.is_server and window.live_timer.isActive()
    finally:
        window.close()


def test_administrator_manages_server_accounts_from_the_window(qtbot, server_site_session, address):
    window = MainWindow(server_site_session, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    try:
        window.go_to_page("administration")
        admin = window.pages["administration"]
        qtbot.mouseClick(admin.ui.add_account_button, Qt.MouseButton.LeftButton)
        dialog = admin.account_dialog
        qtbot.keyClicks(dialog.ui.display_name_edit, "Dana Viewer")
        qtbot.keyClicks(dialog.ui.username_edit, "dana")
        dialog.ui.role_combo.setCurrentIndex(list(Role).index(Role.VIEWER))
        qtbot.mouseClick(dialog.ui.suggest_button, Qt.MouseButton.LeftButton)
        temporary = dialog.ui.password_edit.text()
        dialog.ui.button_box.accepted.emit()
        qtbot.waitUntil(lambda: admin.account_dialog is None)
        assert "dana" in [admin.accounts_model.account_at(r).username for r in range(admin.accounts_model.rowCount())]
        dana = server_site.sign_in_server(address, "dana", temporary)  # a real server role now
        try:
            assert dana.actor.role is Role.VIEWER and dana.actor.must_change_password
        finally:
            dana.close()
    finally:
        window.close()


# ----- --database-url ----------------------------------------------------------------------------------


def test_database_url_option(capsys, tmp_path):
    ca = tmp_path / "ca.crt"
    ca.write_text("not checked here", encoding="utf-8")
    args = app.parse_args(["--database-url", f"postgresql://Ann@db.example.org:5433/lead_site?sslmode=require&sslrootcert={ca}"])
    assert args.server_profile == ServerProfile(ServerAddress("db.example.org", "lead_site", 5433, "require", str(ca)), "ann")
    assert app.parse_args([]).server_profile is None
    no_user = app.parse_args(["--database-url", "postgresql://db.example.org/lead_site"]).server_profile
    assert no_user.username == "" and no_user.address.tls_mode == "verify-full" and no_user.address.port == 5432

    with pytest.raises(SystemExit) as stop:
        app.parse_args(["--database-url", "postgresql://ann:secret@db.example.org/lead_site"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "must not contain a password" in err and "secret" not in err
    with pytest.raises(SystemExit):
        app.parse_args(["--database-url", "postgresql://ann@db.example.org/lead_site?sslmode=disable"])
    assert "server address is not complete" in capsys.readouterr().err


def test_a_local_sign_in_makes_this_computer_the_default_again(qtbot, new_site, site_dir):
    new_site.close()
    server_settings.set_last_place(SERVER)
    server_settings.save_profile(ServerProfile(ServerAddress("db.example.org", "lead_site"), "ann"))
    app_flow = AppFlow(site_dir, idle_ms=NO_IDLE_MS)
    app_flow.start()
    try:
        dialog = app_flow.sign_in_dialog
        assert dialog.place == SERVER
        dialog.ui.local_radio.setChecked(True)
        assert dialog.ui.folder_label.isVisible() and dialog.ui.recovery_button.isVisible()
        dialog.ui.username_edit.setText("admin")
        sign_in(qtbot, dialog, ADMIN_PASSWORD)
        assert app_flow.window is not None and not app_flow.window.site.is_server
        assert server_settings.last_place() == LOCAL
    finally:
        app_flow.shutdown()


def test_meetings_refresh_but_details_being_typed_stay(qtbot, server_site_session, address):
    from datetime import datetime, timedelta

    from lead_desktop.services import governance, meetings

    site = server_site_session
    body = governance.create_body(site, {"name": "Central OWG", "kind": "owg", "rule": "consensus_one_voice_per_agency"})
    when = (datetime.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    first = meetings.create_meeting(site, body.id, {"starts_at": when, "place": "Room 1"})
    accounts.add_account(site, "pam", "Pam Manager", Role.PROJECT_MANAGER, "pam temporary pw")
    pam = server_site.sign_in_server(address, "pam", "pam temporary pw")
    window = MainWindow(site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    try:
        window.go_to_page("meetings")
        page = window.pages["meetings"]
        editor = page.editor
        assert editor.detail is not None and editor.detail.meeting.id == first.meeting.id
        place = editor.details_form.input("place")

        # Untouched details follow the other person's change.
        values = dict(meetings.get_meeting(pam, first.meeting.id).meeting.values, place="Room 2")
        meetings.update_meeting(pam, first.meeting.id, values)
        qtbot.waitUntil(lambda: place.text() == "Room 2", timeout=TICKS_MS)

        # Someone typing in the details keeps what they typed; the meetings list still refreshes.
        place.setText("Room typed here")
        meetings.create_meeting(pam, body.id, {"starts_at": when + timedelta(days=28), "place": "Room 9"})
        values = dict(meetings.get_meeting(pam, first.meeting.id).meeting.values, virtual_link="https://example.org/m")
        meetings.update_meeting(pam, first.meeting.id, values)
        qtbot.waitUntil(lambda: page.meeting_model.rowCount() == 2, timeout=TICKS_MS)
        qtbot.wait(500)
        assert place.text() == "Room typed here"
        assert editor.detail.meeting.id == first.meeting.id  # the same meeting stays open
    finally:
        window.close()
        pam.close()


def test_the_command_line_in_another_process_and_the_window_work_on_one_site_at_once(
        qtbot, server_site_session, other_laptop, address, pg_server):
    """Two programs on one server site: this window, and lead-desktop-admin run as a separate process
    by a case manager (an import); the window's list follows without anyone pressing anything, and the
    window keeps saving meanwhile."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    window = MainWindow(server_site_session, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        new_person(server_site_session, "Zora", "Yates")
        participants_page(window).refresh()
        url = (f"postgresql://{address.host}:{address.port}/{address.database}"
               f"?sslmode={address.tls_mode}&sslrootcert={address.ca_file}")
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        result = subprocess.run(
            [sys.executable, "-m", "lead_desktop.cli", "--database-url", url, "--user", "carla", "--password-stdin",
             "import", "participants", str(repo / "samples" / "participants.csv")],
            input=CARLA_PASSWORD + "\n", capture_output=True, text=True, timeout=120, cwd=repo, env=env,
        )
        assert result.returncode == 0, result.stderr
        assert "Imported 8" in result.stdout
        qtbot.waitUntil(lambda: len(listed_names(window)) == 9, timeout=TICKS_MS)
        assert any("Okafor" in name for name in listed_names(window))
        new_person(server_site_session, "Ida", "Irwin")  # the window goes on saving on the same site
        participants_page(window).refresh()
        assert len(listed_names(window)) == 10
    finally:
        window.close()


def test_a_laptop_copy_of_a_moved_site_says_so_in_the_status_bar(qtbot, new_site):
    from lead_desktop.services.session import MOVED_TO_SERVER_SETTING, write_setting

    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    assert "moved" not in window.site_label.text()
    with new_site.unit_of_work() as session:  # what services.server_move writes after a move
        write_setting(session, MOVED_TO_SERVER_SETTING, {"server": "db.example.org:5432/lead", "at": "x"}, None)
    new_site.forget_settings()
    window._refresh_site_details()
    assert "db.example.org:5432/lead" in window.site_label.text() and "old copy" in window.site_label.text()
    assert "do not reach the server" in window.site_label.toolTip()
    window.close()
