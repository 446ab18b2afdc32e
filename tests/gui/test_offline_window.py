"""The window working offline on a laptop's copy of a server site: File → Work offline and back, the
status bar's count of changes waiting, the one line of a page that needs the server, a conflict found
by the sync, and the server going away mid-session (its own PostgreSQL, stopped and started)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lead_desktop.gui.conflict_dialog import ConflictDialog
from lead_desktop.gui.main_window import MainWindow
from lead_desktop.services import participants as ps
from lead_desktop.services import drafts, server_site
from lead_desktop.services.offline import access, sync
from lead_desktop.storage import server, working_copy
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.offline import STAFF_PASSWORD, Laptop, contact, notes, person, set_phone
from tests.helpers.server_sites import copy_site
from tests.server.test_offline_outage import own_pg  # noqa: F401 - the fixture: a server this module may stop
from tests.services.conftest import server_template  # noqa: F401 - the fixture

from .conftest import NO_IDLE_MS


@pytest.fixture
def laptop(pg_server, server_template, tmp_path):  # noqa: F811 - the imported fixture
    address = copy_site(pg_server, server_template, "admin", ADMIN_PASSWORD)
    place = Laptop(address, server_site.sign_in_server(address, "admin", ADMIN_PASSWORD), tmp_path / "laptop")
    yield place
    if not place.admin.closed:
        place.admin.close()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the window would say in a message box (a modal box would stop the test)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text))
    return said


def open_window(qtbot, site) -> MainWindow:
    window = MainWindow(site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    return window


def test_work_offline_counts_what_waits_says_what_needs_the_server_and_sends_it_on_return(qtbot, laptop, warnings):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        action = window.action_work_offline
        assert action.isVisible() and not action.isChecked() and not window.offline_label.isVisible()
        assert action in window.ui.menu_file.actions()

        action.trigger()
        site = window.site
        assert site.offline and action.isChecked()
        assert window.offline_label.text() == "Offline — 0 changes waiting to be sent"
        contact(site, someone.id, "seen under the bridge")
        contact(site, someone.id, "seen at the shelter")
        window.poll_changes()
        assert window.offline_label.text() == "Offline — 2 changes waiting to be sent"
        assert window.offline_label.isVisible()

        window.go_to_page("governance")
        assert window.needs_server_label.isVisible()
        assert window.needs_server_label.text() == "Governance and meetings need the server: LEAD Desktop is working offline."
        assert window.pages["governance"].site is None  # nothing of the page is loaded meanwhile
        assert not window.pages["governance"].isVisible()  # nor its empty shell shown under the line
        window.go_to_page("participants")
        assert not window.needs_server_label.isVisible() and window.pages["participants"].isVisible()
        assert window.pages["participants"].site is site

        action.trigger()  # back online: the queue is sent
        assert not site.offline and not action.isChecked() and not window.offline_label.isVisible()
        assert window.pages["governance"].site is site
        assert warnings == []
    finally:
        window.close()
    assert notes(laptop.admin, someone.id) == ["seen at the shelter", "seen under the bridge"]


def test_an_administrator_offline_is_told_accounts_and_reports_need_the_server(qtbot, laptop, warnings):
    site = access.sign_in(laptop.address, laptop.folder, "admin", ADMIN_PASSWORD)
    window = open_window(qtbot, site)  # the window fills the copy once it is up
    try:
        qtbot.waitUntil(lambda: site.copy.filled)
        window.action_work_offline.trigger()
        window.go_to_page("administration")
        assert window.needs_server_label.text() == "Accounts need the server: LEAD Desktop is working offline."
        window.go_to_page("reports")
        assert window.needs_server_label.text() == "Reports need the server: LEAD Desktop is working offline."
        window.go_to_page("governance")  # an administrator's copy holds governance: it works offline
        assert not window.needs_server_label.isVisible()
    finally:
        window.close()


def test_a_conflict_found_on_return_opens_the_dialog_and_waits_for_the_person(qtbot, laptop, warnings):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        window.action_work_offline.trigger()
        site = window.site
        set_phone(site, someone.id, "555-0101")
        set_phone(laptop.admin, someone.id, "555-0202")

        window.action_work_offline.trigger()
        dialog = next(d for d in window.findChildren(ConflictDialog) if d.isVisible())
        assert dialog.row("phone").yours == "555-0101" and dialog.row("phone").theirs == "555-0202"
        assert ps.get_participant(laptop.admin, someone.id).values["phone"] == "555-0202"  # nothing overwritten
        assert window.offline_label.text() == "1 change waiting to be sent"
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert site.copy.waiting() == 0 and not window.offline_label.isVisible()
    finally:
        window.close()
    assert ps.get_participant(laptop.admin, someone.id).values["phone"] == "555-0101"


def test_the_server_going_away_turns_the_window_offline_and_its_return_sends_the_queue(qtbot, own_pg, tmp_path,
                                                                                      warnings):
    _db, url = own_pg.new_database("win")
    address, owner, owner_password = server.parse_database_url(url)
    admin = server_site.create_server_site(address, owner, owner_password, SITE_NAME, "admin", ADMIN_PASSWORD)
    laptop = Laptop(address, admin, tmp_path / "laptop")
    carla = laptop.add("carla")
    someone = person(admin, carla)
    admin.close()
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        own_pg.pause()
        try:
            window.sync_timer.timeout.emit()  # the minute's sync finds no server
            window.syncs.wait()  # the minute's sync runs in the background
            site = window.site
            assert site.offline and not window.action_work_offline.isChecked()  # not the person's choice
            assert window.offline_label.text() == "Offline — 0 changes waiting to be sent"
            contact(site, someone.id, "recorded while the server was down")
            window.sync_timer.timeout.emit()  # still down: stays offline, says nothing in a box
            window.syncs.wait()  # the minute's sync runs in the background
            assert site.offline and warnings == []
            assert window.offline_label.text() == "Offline — 1 change waiting to be sent"
        finally:
            own_pg.resume()
        window.sync_timer.timeout.emit()
        window.syncs.wait()  # the minute's sync runs in the background
        assert not site.offline and site.copy.waiting() == 0
        assert "back online" in window.statusBar().currentMessage()
    finally:
        window.close()
    admin = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    try:
        assert notes(admin, someone.id) == ["recorded while the server was down"]
    finally:
        admin.close()


def test_an_administrator_revokes_a_laptops_copy_from_the_accounts_tab(qtbot, laptop, monkeypatch):
    laptop.add("carla")
    laptop.sign_in("carla").close()
    admin = access.sign_in(laptop.address, laptop.folder / "admins-laptop", "admin", ADMIN_PASSWORD)
    window = open_window(qtbot, admin)
    try:
        window.go_to_page("administration")
        box = window.pages["administration"].devices_box
        assert box.isVisible()
        carlas = next(row for row, d in enumerate(box._devices) if d.username == "carla")
        assert box.table.item(carlas, 0).text() == "Carla (carla)" and box.table.item(carlas, 3).text() == ""
        assert not box.revoke_button.isEnabled()
        box.table.selectRow(carlas)
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(box.revoke_button, Qt.MouseButton.LeftButton)
        assert box.table.item(carlas, 3).text() != "" and not box.revoke_button.isEnabled()
    finally:
        window.close()
    site = laptop.sign_in("carla")
    try:
        assert site.copy is None and access.REVOKED_NOTICE in site.notices
    finally:
        site.close()


def test_signing_out_with_the_copy_removed_leaves_nothing_of_it(qtbot, laptop, monkeypatch):
    carla = laptop.add("carla")
    person(laptop.admin, carla)
    window = open_window(qtbot, laptop.sign_in("carla"))
    assert working_copy.exists(laptop.copy_paths("carla"))
    asked: list[str] = []

    def answer(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.action_remove_copy.isVisible()
    window.action_remove_copy.trigger()
    assert window.site is None and "remove the copy of your work" in asked[0]
    assert not working_copy.exists(laptop.copy_paths("carla"))


def test_sync_now_shows_again_a_conflict_an_earlier_sync_left_waiting(qtbot, laptop, warnings):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        window.action_work_offline.trigger()
        site = window.site
        set_phone(site, someone.id, "555-0101")
        set_phone(laptop.admin, someone.id, "555-0202")
        assert sync.sync(site).conflicts_left == 1  # as `lead-desktop-admin sync` leaves it: no one to ask
        assert not [d for d in window.findChildren(ConflictDialog) if d.isVisible()]

        window.action_sync_now.trigger()
        dialog = next(d for d in window.findChildren(ConflictDialog) if d.isVisible())
        qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
        assert site.copy.waiting() == 0
        assert ps.get_participant(site, someone.id).values["phone"] == "555-0202"
    finally:
        window.close()
    assert ps.get_participant(laptop.admin, someone.id).values["phone"] == "555-0202"


def test_a_participant_added_offline_shows_number_on_sync_until_the_server_gives_one(qtbot, laptop, warnings):
    carla = laptop.add("carla")
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        window.action_work_offline.trigger()
        new = person(window.site, carla, "Nia")
        window.open_participant(new.id)
        profile = window.pages["participants"].tabs.currentWidget()
        assert profile.number_label.text() == "number on sync"
        assert window.pages["participants"].tabs.tabText(window.pages["participants"].tabs.currentIndex()) \
            .startswith("number on sync · ")
        window.action_work_offline.trigger()
        number = ps.get_participant(laptop.admin, new.id).lead_number
        window.open_participant(new.id)
        assert window.pages["participants"].tabs.currentWidget().number_label.text() == number
    finally:
        window.close()


def test_a_refused_change_shows_its_reason_in_the_waiting_list_and_can_be_dropped(qtbot, laptop, monkeypatch):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    record = contact(laptop.admin, someone.id, "to be removed")
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        window.action_work_offline.trigger()
        site = window.site
        current = ps.list_records(site, "contact", someone.id)[0]
        ps.update_record(site, "contact", record.id, {**current.values, "note": "changed offline"}, current.version)
        contact(site, someone.id, "new offline")
        ps.delete_record(laptop.admin, "contact", record.id)
        window.action_work_offline.trigger()  # back online: one sent, one refused
        assert window.offline_label.text() == "1 change waiting to be sent"

        window.action_waiting.trigger()
        dialog = window.waiting_dialog
        assert dialog.table.rowCount() == 1
        assert [dialog.table.item(0, c).text() for c in (1, 2)] == ["Profile record edited", "Refused by the server"]
        assert "no longer exists" in dialog.table.item(0, 3).text()
        dialog.table.selectRow(0)
        assert dialog.retry_button.isEnabled()
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 0 and site.copy.waiting() == 0
        dialog.reject()
        assert not window.offline_label.isVisible()
    finally:
        window.close()
    assert notes(laptop.admin, someone.id) == ["new offline"]


def test_a_window_closed_before_its_first_fill_starts_none(qtbot, laptop):
    laptop.add("carla")
    site = laptop.sign_in("carla")
    window = open_window(qtbot, site)  # the first fill is due on the next turn of the event loop
    window._stop_syncing()  # as closing or locking does first
    qtbot.wait(50)  # the fill's turn comes while the window is still closing
    assert not window.syncs.running
    window.close()


def test_locked_while_offline_the_window_unlocks_offline_with_its_changes_still_waiting(qtbot, laptop, warnings):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    drafts.open_local_drafts(site, laptop.folder, STAFF_PASSWORD)  # as the sign-in dialog does
    window = open_window(qtbot, site)
    try:
        window.action_work_offline.trigger()
        contact(window.site, someone.id, "before the lock")
        window.lock()
        assert window.is_locked and not window.offline_label.isVisible()
        qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, STAFF_PASSWORD)
        qtbot.keyClick(window.ui.lock_screen.ui.password_edit, Qt.Key.Key_Return)
        assert not window.is_locked and window.site.offline and window.action_work_offline.isChecked()
        assert window.offline_label.text() == "Offline — 1 change waiting to be sent"
        window.action_work_offline.trigger()
        assert window.site.copy.waiting() == 0
    finally:
        window.close()
    assert notes(laptop.admin, someone.id) == ["before the lock"]


def test_a_referral_recorded_offline_is_listed_from_the_copy_and_sent_on_return(qtbot, laptop, warnings):
    from lead_desktop.gui.referrals import ReferralsPage
    from lead_desktop.services import referrals as rs
    from tests.services.referrals.helpers import arrest_values, clear_answers, sources

    laptop.add("carla")
    sources(laptop.admin)
    window = open_window(qtbot, laptop.sign_in("carla"))
    try:
        window.action_work_offline.trigger()
        site = window.site
        referral = rs.create_referral(site, arrest_values(site), clear_answers("arrest_diversion"))
        window.go_to_page("referrals")
        assert not window.needs_server_label.isVisible()
        window.data_changed.emit({"referral"})  # as the window does after a change
        page = window.pages["referrals"].findChild(ReferralsPage)
        qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
        assert page.list_model.row_at(0).id == referral.id
        window.poll_changes()
        assert window.offline_label.text() == "Offline — 1 change waiting to be sent"
        window.action_work_offline.trigger()
        assert site.copy.waiting() == 0
    finally:
        window.close()
    assert [r.id for r in rs.list_referrals(laptop.admin, limit=10).rows] == [referral.id]
