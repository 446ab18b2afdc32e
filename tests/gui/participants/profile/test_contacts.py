"""The Contacts tab: recording a contact, refusing one in the future, deleting one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from lead_desktop.domain.fields import parse_datetime
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.services import participants as svc

from .conftest import answer, column_texts, open_profile


def test_record_a_contact_through_the_dialog(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    profile.activateWindow()
    profile.tab_widget.setFocus()
    qtbot.waitUntil(profile.tab_widget.hasFocus)
    qtbot.keyClick(
        profile.tab_widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: profile.findChild(RecordDialog) is not None)
    dialog = profile.findChild(RecordDialog)
    assert profile.tab_widget.currentWidget() is profile.tabs["contacts"]
    at = parse_datetime(dialog.form.values()["at"])
    assert abs((datetime.now() - at).total_seconds()) < 120  # defaults to now
    dialog.form.input("contact_type").setFocus()
    qtbot.keyClicks(dialog.form.input("contact_type"), "Phone")
    qtbot.keyClicks(dialog.form.input("location"), "Under the 5th St bridge")
    qtbot.keyClicks(dialog.form.input("duration_minutes"), "25")
    qtbot.keyClicks(dialog.form.input("note"), "Brought water; talked about ID.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    contacts = profile.tabs["contacts"]
    assert column_texts(contacts, 2) == ["Under the 5th St bridge"]
    assert column_texts(contacts, 1) == ["Phone"]
    assert column_texts(contacts, 3) == ["25"]
    clock = f"{at.hour % 12 or 12}:{at:%M} {'am' if at.hour < 12 else 'pm'}"
    assert profile.last_contact_label.text() == f"Last contact: {at:%Y-%m-%d} {clock}"
    stored = svc.list_records(new_site, "contact", rosa.id)
    assert len(stored) == 1 and stored[0].values["note"] == "Brought water; talked about ID."


def test_a_contact_in_the_future_is_refused(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    dialog = profile.record_contact()
    dialog.form.input("at").setText((datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("at") == "Date and time cannot be in the future."
    assert dialog.isVisible()
    assert svc.list_records(new_site, "contact", rosa.id) == []
    assert profile.tabs["contacts"].empty_label.isVisible()


def test_delete_a_contact_after_confirming(qtbot, new_site, rosa):
    svc.add_record(new_site, "contact", rosa.id, {"at": datetime.now() - timedelta(hours=2), "location": "Park"})
    profile = open_profile(qtbot, new_site, rosa.id)
    contacts = profile.open_tab("contacts")
    contacts.view.selectRow(0)
    qtbot.mouseClick(contacts.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, contacts, "Delete")
    assert svc.list_records(new_site, "contact", rosa.id) == []
    assert contacts.empty_label.isVisible()
    assert profile.last_contact_label.text() == "Last contact: never"


def test_the_selected_contacts_whole_note_is_read_below_the_list(qtbot, new_site, rosa):
    long_note = "Met at the day shelter. " * 12 + "Wants help with a birth certificate."
    svc.add_record(new_site, "contact", rosa.id, {"at": datetime.now() - timedelta(days=3), "note": "Short one."})
    svc.add_record(new_site, "contact", rosa.id, {"at": datetime.now() - timedelta(days=1), "note": long_note})
    svc.add_record(new_site, "contact", rosa.id, {"at": datetime.now() - timedelta(days=2)})
    profile = open_profile(qtbot, new_site, rosa.id)
    contacts = profile.open_tab("contacts")
    assert column_texts(contacts, 5)[0].endswith("…")  # the table shows the note's start …
    assert contacts.reading.isVisible() and contacts.reading.toPlainText() == f"Note: {long_note}"  # … and here all
    contacts.view.selectRow(1)  # a contact without a note: nothing to read
    assert not contacts.reading.isVisible()
    contacts.view.selectRow(2)
    assert contacts.reading.toPlainText() == "Note: Short one."
