"""The Overview tab: edit and save the participant form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.services import participants as svc

from .conftest import open_profile


def test_overview_edit_and_save(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    overview = profile.tabs["overview"]
    assert overview.form.input("phone").isReadOnly()
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)
    assert not overview.form.input("phone").isReadOnly()
    qtbot.keyClicks(overview.form.input("phone"), "555-0142")
    overview.form.set_values({"status": "exited"})
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert overview.form.problem("exit_date") == "An exited participant needs an exit date."
    assert svc.get_participant(new_site, rosa.id).values["phone"] is None
    overview.form.set_values({"status": "active"})
    with qtbot.waitSignal(profile.participant_changed):
        qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert svc.get_participant(new_site, rosa.id).values["phone"] == "555-0142"
    assert overview.form.input("phone").isReadOnly()
