"""The Contacts tab: recording a contact, refusing one in the future, deleting one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

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
    at = datetime.strptime(dialog.form.values()["at"], "%Y-%m-%d %H:%M")
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
    assert profile.last_contact_label.text() == f"Last contact: {at.strftime('%Y-%m-%d %H:%M')}"
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
