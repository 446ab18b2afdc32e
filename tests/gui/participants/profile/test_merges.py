"""The Merges tab: merge another record in, then undo it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from lead_desktop.gui.participants.dialogs import MergeDialog
from lead_desktop.services import participants as svc

from .conftest import answer, column_texts, open_profile, person


def test_merge_then_undo_keeps_every_contact(qtbot, new_site):
    kept = person(new_site, "Darnell", "Okafor", dob=date(1970, 1, 1))
    other = person(new_site, "Dee", "Okafor-Smith")
    for i in range(3):
        svc.add_record(
            new_site, "contact", kept.id, {"at": datetime.now() - timedelta(days=i + 1), "location": f"k{i}"}
        )
    for i in range(2):
        svc.add_record(
            new_site, "contact", other.id, {"at": datetime.now() - timedelta(days=i + 10), "location": f"o{i}"}
        )
    profile = open_profile(qtbot, new_site, kept.id)
    merges = profile.open_tab("merges")
    assert merges.empty_label.isVisible()
    qtbot.mouseClick(merges.merge_button, Qt.MouseButton.LeftButton)
    dialog = merges.findChild(MergeDialog)
    qtbot.keyClicks(dialog.search_edit, other.lead_number)
    qtbot.waitUntil(lambda: dialog.candidates.rowCount() == 1 and dialog.candidates.row_at(0).id == other.id)
    dialog.view.selectRow(0)
    assert "2 contacts" in dialog.preview_label.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    contacts = profile.open_tab("contacts")
    assert sorted(column_texts(contacts, 2)) == ["k0", "k1", "k2", "o0", "o1"]
    assert merges.view.model().index(0, 3).data() == "In effect"
    assert svc.list_participants(new_site, query="okafor-smith").total == 1  # the merged name is an alias here

    merges = profile.open_tab("merges")
    merges.view.selectRow(0)
    qtbot.mouseClick(merges.undo_button, Qt.MouseButton.LeftButton)
    answer(qtbot, merges, "Undo merge")
    assert sorted(column_texts(profile.tabs["contacts"], 2)) == ["k0", "k1", "k2"]
    assert merges.view.model().index(0, 3).data() == "Undone"
    assert not merges.undo_button.isEnabled()
    back = svc.list_records(new_site, "contact", other.id)
    assert sorted(r.values["location"] for r in back) == ["o0", "o1"]
