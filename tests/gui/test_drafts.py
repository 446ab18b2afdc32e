"""Nothing typed is lost through a lock: type into each kind of form, lock (idle, Ctrl+L, the computer going
to sleep, the desktop's screen lock), check that nothing shows while locked, unlock, find the text in place
in the same form on the same profile or meeting. Closing the window with typed input asks first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit

from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.services import drafts
from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as ps

from ..conftest import ADMIN_PASSWORD
from .conftest import NO_IDLE_MS

CANARY = "Quillfeather canary 7731"


@pytest.fixture
def person(new_site):
    return ps.create_participant(new_site, {"first_name": "Rosalind", "last_name": "Mbeki", "dob": date(1979, 4, 2),
                                            "enrolled_on": date(2025, 1, 6)}, reviewed_duplicates=True)


def unlock(qtbot, window) -> None:
    lock = window.ui.lock_screen
    qtbot.keyClicks(lock.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(lock.ui.password_edit, Qt.Key.Key_Return)
    assert not window.is_locked


def open_dialogs(window) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog) if d.isVisible()]


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def nothing_typed_shows(window) -> bool:
    texts = [e.text() for e in window.findChildren(QLineEdit)] + [e.toPlainText() for e in window.findChildren(QPlainTextEdit)]
    return not any(CANARY in t for t in texts) and open_dialogs(window) == []


def contact_dialog(window) -> RecordDialog:
    return next(d for d in open_dialogs(window) if d.objectName() == "contact_dialog")


def lock_by(qtbot, window, how: str) -> None:
    if how == "idle":
        window.set_idle_interval(50)
        qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
        window.set_idle_interval(NO_IDLE_MS)
    elif how == "ctrl_l":  # pressed where the person is typing: in the open form
        target = next(iter(open_dialogs(window)), window)
        target.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is target, timeout=3000)
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif how == "sleep":
        window.system_lock.on_prepare_for_sleep(True)  # what logind's PrepareForSleep(true) calls
    elif how == "screen_lock":
        window.system_lock.on_session_lock()  # the session's Lock signal
    assert window.is_locked


@pytest.mark.parametrize("how", ["idle", "ctrl_l", "sleep", "screen_lock"])
def test_a_contact_note_comes_back_after_each_kind_of_lock(qtbot, window, person, how):
    window.open_participant(person.id)
    dialog = window.pages["participants"].tabs.currentWidget().record_contact()
    type_into(qtbot, dialog.form.input("note"), CANARY)
    dialog.form.set_values({"contact_type": "street", "location": "Bus station"})

    lock_by(qtbot, window, how)
    qtbot.waitUntil(lambda: nothing_typed_shows(window), timeout=3000)  # closed forms are deleted at once
    assert window.site is None

    unlock(qtbot, window)
    assert window.current_page_key() == "participants"
    profile = window.pages["participants"].tabs.currentWidget()
    assert profile.property("participant_id") == person.id
    assert profile.current_tab_key() == "contacts"
    again = contact_dialog(window)
    assert again.form.values()["note"] == CANARY
    assert again.form.values()["location"] == "Bus station"
    assert again.form.values()["contact_type"] == "street"

    again.save()  # a saved record removes its draft
    assert drafts.list_drafts(window.site) == []
    assert [r.values["note"] for r in ps.list_records(window.site, "contact", person.id)] == [CANARY]


def test_the_open_profiles_and_their_tabs_come_back(qtbot, window, new_site, person):
    other = ps.create_participant(new_site, {"first_name": "Tomas", "last_name": "Ferreira", "dob": date(1990, 1, 1),
                                             "enrolled_on": date(2025, 1, 6)}, reviewed_duplicates=True)
    section = window.pages["participants"]
    window.open_participant(person.id)
    section.tabs.currentWidget().open_tab("legal")
    window.open_participant(other.id)
    section.tabs.currentWidget().open_tab("goals")
    window.go_to_page("governance")
    window.lock()
    assert section.tabs.count() == 0  # nothing of the pages survives the lock
    unlock(qtbot, window)
    assert window.current_page_key() == "governance"
    ids = [section.tabs.widget(i).property("participant_id") for i in range(section.fixed_tabs, section.tabs.count())]
    assert ids == [person.id, other.id]
    assert section.tabs.widget(section.fixed_tabs).current_tab_key() == "legal"
    assert section.tabs.currentWidget().current_tab_key() == "goals"


def test_the_overview_being_edited_comes_back_in_edit_mode(qtbot, window, person):
    window.open_participant(person.id)
    overview = window.pages["participants"].tabs.currentWidget().open_tab("overview")
    overview.start_edit()
    overview.form.input("phone").clear()
    type_into(qtbot, overview.form.input("phone"), "504-555-0199")
    window.lock()
    unlock(qtbot, window)
    overview = window.pages["participants"].tabs.currentWidget().tabs["overview"]
    assert overview.editing
    assert overview.form.values()["phone"] == "504-555-0199"


def test_a_new_participant_comes_back(qtbot, window):
    window.go_to_page("participants")
    dialog = window.pages["participants"].list_page().new_participant()
    type_into(qtbot, dialog.form.input("first_name"), "Ximena")
    type_into(qtbot, dialog.form.input("aliases"), CANARY)
    window.lock()
    qtbot.waitUntil(lambda: nothing_typed_shows(window), timeout=3000)  # closed forms are deleted at once
    unlock(qtbot, window)
    again = next(d for d in open_dialogs(window) if d.objectName() == "participant_dialog")
    assert again.form.values()["first_name"] == "Ximena"
    assert again.form.values()["aliases"] == CANARY


def test_a_referral_with_its_screening_comes_back(qtbot, window):
    window.go_to_page("referrals")
    page = window.pages["referrals"].tabs.widget(0)
    dialog = page.new_referral()
    dialog.form.set_values({"pathway": "social_contact", "first_name": "Ines", "location": CANARY})
    dialog.screening.answer_all_clear()
    answers = dialog.screening.answers()
    window.lock()
    unlock(qtbot, window)
    again = next(d for d in open_dialogs(window) if d.objectName() == "referral_dialog")
    assert again.form.values()["location"] == CANARY
    assert again.form.values()["pathway"] == "social_contact"
    assert again.screening.answers() == answers


def test_intake_dates_come_back(qtbot, window, new_site):
    from tests.services.referrals.helpers import arrest

    referral = arrest(new_site, days=-3, first_name="Olga")
    page = window.pages["referrals"].tabs.widget(0)
    window.go_to_page("referrals")
    page.refresh()
    assert page.select_referral(referral.id)
    dialog = page.record_intake_selected()
    type_into(qtbot, dialog.form.input("prosecutor_notified_how"), CANARY)
    window.lock()
    unlock(qtbot, window)
    again = next(d for d in open_dialogs(window) if d.objectName() == "intake_dialog")
    assert again.form.values()["prosecutor_notified_how"] == CANARY


@pytest.fixture
def meeting(new_site):
    from tests.services.governance.helpers import small_owg

    owg = small_owg(new_site)
    return mt.create_meeting(new_site, owg.body.id, {"starts_at": datetime.now() + timedelta(days=2), "place": "Hall"})


def test_meeting_details_and_an_agenda_items_notes_come_back(qtbot, window, meeting):
    page = window.pages["meetings"]
    window.go_to_page("meetings")
    assert page.show_meeting_of(meeting.body.id, meeting.id)
    editor = page.editor
    editor.details_form.input("place").clear()
    type_into(qtbot, editor.details_form.input("place"), "Room 4")
    dialog = editor.add_agenda_item()
    type_into(qtbot, dialog.form.input("title"), "Housing first")
    type_into(qtbot, dialog.form.input("notes"), CANARY)
    window.lock()
    qtbot.waitUntil(lambda: nothing_typed_shows(window), timeout=3000)  # closed forms are deleted at once
    unlock(qtbot, window)
    assert window.current_page_key() == "meetings"
    assert page.editor.detail.id == meeting.id
    assert page.editor.details_form.values()["place"] == "Room 4"
    again = next(d for d in open_dialogs(window) if d.objectName() == "agenda_item_dialog")
    assert again.form.values()["notes"] == CANARY


def test_case_conference_notes_come_back(qtbot, window, new_site, meeting, person):
    page = window.pages["meetings"]
    window.go_to_page("meetings")
    page.show_meeting_of(meeting.body.id, meeting.id)
    dialog = page.editor.open_case_item(None)
    type_into(qtbot, dialog.search_edit, "Mbeki")
    dialog.timer.stop()
    dialog.search()
    type_into(qtbot, dialog.form.input("notes"), CANARY)
    window.lock()
    unlock(qtbot, window)
    again = next(d for d in open_dialogs(window) if d.objectName() == "case_item_dialog")
    assert again.form.values()["notes"] == CANARY
    assert again.results.currentItem().data(Qt.ItemDataRole.UserRole) == person.id


def test_settings_typed_and_not_saved_come_back(qtbot, window):
    admin = window.pages["administration"]
    window.go_to_page("administration")
    admin.ui.tabs.setCurrentWidget(admin.ui.settings_tab)
    editor = admin.settings_form.editors["site_name"]
    editor.clear()
    type_into(qtbot, editor, "Harbour LEAD renamed")
    window.lock()
    assert admin.settings_form.value("site_name") == ""
    unlock(qtbot, window)
    assert admin.ui.tabs.currentWidget() is admin.ui.settings_tab
    assert admin.settings_form.value("site_name") == "Harbour LEAD renamed"


def test_drafts_are_written_a_few_seconds_after_the_last_keystroke(qtbot, window, person, monkeypatch):
    window.draft_keeper.quiet.setInterval(200)
    window.open_participant(person.id)
    dialog = window.pages["participants"].tabs.currentWidget().record_contact()
    type_into(qtbot, dialog.form.input("note"), "first words")
    assert drafts.list_drafts(window.site) == []  # not at once
    qtbot.waitUntil(lambda: len(drafts.list_drafts(window.site)) == 1, timeout=3000)
    stored = drafts.list_drafts(window.site)[0]
    assert stored.values["note"] == "first words" and stored.form == "contact" and stored.record_id is None
    assert stored.context == {"participant": person.id, "kind": "contact"}


def test_closing_the_window_with_typed_input_asks_and_keeps_the_drafts(qtbot, window, person):
    window.open_participant(person.id)
    dialog = window.pages["participants"].tabs.currentWidget().record_contact()
    type_into(qtbot, dialog.form.input("note"), CANARY)
    window.close()
    assert window.isVisible()
    box = window.close_question
    assert box is not None and box.defaultButton().text() == "&Keep editing"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.isVisible() and contact_dialog(window).form.values()["note"] == CANARY

    site = window.site
    window.close()
    quit_button = next(b for b in window.close_question.buttons() if b.text() == "&Quit and keep drafts")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert site.closed


def test_closing_without_typed_input_does_not_ask(qtbot, window, person):
    window.open_participant(person.id)
    window.pages["participants"].tabs.currentWidget().record_contact()
    window.close()
    assert not window.isVisible()
    assert window.close_question is None
