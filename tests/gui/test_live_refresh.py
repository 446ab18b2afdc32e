"""One change signal for the whole window: a write made on any page (or by a job on a worker thread)
reaches every page that shows it, on a laptop site; F5 reads the page on screen again."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lead_desktop.gui.governance import GovernancePage, MeetingsPage
from lead_desktop.gui.participants import ParticipantsPage
from lead_desktop.services import governance as gov
from lead_desktop.services import participants as svc
from tests.gui.governance.conftest import dialog_of


def participants_page(window) -> ParticipantsPage:
    return window.pages["participants"].findChild(ParticipantsPage)


def listed_names(window) -> list[str]:
    page = participants_page(window)
    return [page.model.row_at(row).name for row in range(page.model.rowCount())]


def new_person(site, first: str, last: str):
    values = {"first_name": first, "last_name": last, "enrolled_on": date.today().replace(day=1)}
    return svc.create_participant(site, values, reviewed_duplicates=True)


def test_a_body_created_on_governance_is_on_meetings_at_once(qtbot, window):
    window.go_to_page("meetings")
    meetings = window.pages["meetings"]
    assert isinstance(meetings, MeetingsPage)
    assert meetings.empty_label.text() == "Add the bodies on the Governance page first."
    assert not meetings.new_button.isEnabled()

    window.go_to_page("governance")
    governance = window.pages["governance"]
    assert isinstance(governance, GovernancePage)
    qtbot.mouseClick(governance.bodies_tab.new_body_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, governance, "body_dialog")
    qtbot.keyClicks(dialog.form.input("name"), "OWG East")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: governance.bodies_tab.title_label.text() == "OWG East")

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "meetings"
    qtbot.waitUntil(lambda: meetings.body_combo.currentText() == "OWG East")
    assert meetings.new_button.isEnabled() and meetings.empty_label.text() == "No meetings of this body yet."


def test_the_page_on_screen_follows_a_write_made_anywhere_even_on_a_worker_thread(qtbot, window):
    window.go_to_page("participants")
    new_person(window.site, "Abel", "Adams")
    qtbot.waitUntil(lambda: len(listed_names(window)) == 1)

    worker = threading.Thread(target=new_person, args=(window.site, "Bea", "Brown"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(listed_names(window)) == 2)

    gov.create_organization(window.site, {"name": "Harbor Housing", "kind": "service_provider"})
    window.go_to_page("governance")
    tab = window.pages["governance"].organizations_tab
    qtbot.waitUntil(lambda: [tab.view.model().index(r, 0).data() for r in range(tab.view.model().rowCount())]
                    == ["Harbor Housing"])


def test_f5_reads_the_page_on_screen_again(qtbot, window):
    window.go_to_page("participants")
    window.site.watch_changes(None)  # a change the window was not told about (e.g. a failed notice)
    new_person(window.site, "Cleo", "Cole")
    QApplication.processEvents()
    assert listed_names(window) == []
    qtbot.keyClick(participants_page(window).table, Qt.Key.Key_F5)
    assert len(listed_names(window)) == 1


def test_a_locked_window_hears_nothing_and_follows_changes_again_after_unlocking(qtbot, window):
    from tests.conftest import ADMIN_PASSWORD

    window.lock()
    assert window.site is None
    qtbot.keyClicks(window.ui.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(window.ui.lock_screen.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    window.go_to_page("participants")
    new_person(window.site, "Dora", "Dean")
    qtbot.waitUntil(lambda: len(listed_names(window)) == 1)
