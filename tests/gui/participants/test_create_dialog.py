"""The new-participant dialog end to end: typed input, choices, duplicates offered, problems shown by the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from lead_desktop.gui.participants import ParticipantDialog, ParticipantsPage
from lead_desktop.gui.candidates import CandidateColumn
from lead_desktop.services import participants as svc

from .conftest import person


def total(site) -> int:
    return svc.list_participants(site, limit=1).total


@pytest.fixture
def dialog(qtbot, new_site):
    page = ParticipantsPage(new_site)
    qtbot.addWidget(page)
    page.show()
    widget = page.new_participant()
    qtbot.waitExposed(widget)
    return widget


def choose(qtbot, combo, text: str) -> None:
    """Pick a choice by the text the person sees.

    Not typed: keyboard search in a closed combo box restarts when two keystrokes are
    further apart than Qt's input interval, which a loaded CI machine can exceed.
    """
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setFocus()
    combo.setCurrentIndex(index)
    qtbot.wait(1)
    assert combo.currentText() == text


def tick(qtbot, multi, code: str) -> None:
    for i in range(multi.count()):
        item = multi.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            rect = multi.visualItemRect(item)
            qtbot.mouseClick(
                multi.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y())
            )
            return
    raise AssertionError(code)


def test_create_a_participant_end_to_end(dialog, new_site, qtbot):
    form = dialog.form
    assert form.values()["enrolled_on"] == date.today().isoformat()
    qtbot.keyClicks(form.input("first_name"), "Marisol")
    qtbot.keyClicks(form.input("last_name"), "Quintero")
    qtbot.keyClicks(form.input("aliases"), "Mari, La Flaca")
    qtbot.keyClicks(form.input("dob").edit, "1979-08-15")
    choose(qtbot, form.input("sex"), "Female")
    choose(qtbot, form.input("veteran_status"), "No")
    tick(qtbot, form.input("race_ethnicity"), "6")
    qtbot.keyClicks(form.input("phone"), "555-0100")
    page = dialog.parent()
    with qtbot.waitSignal(dialog.participant_created) as created, qtbot.waitSignal(page.participant_opened) as opened:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert opened.args == created.args  # the page opens the new profile
    assert page.model.total == 1  # and its list already shows the person
    detail = svc.get_participant(new_site, created.args[0])
    assert detail.name == "Marisol Quintero"
    assert detail.values["sex"] == "0"
    assert detail.values["veteran_status"] == "0"
    assert detail.values["race_ethnicity"] == ["6"]  # "Data not collected" was unticked by the answer
    assert detail.values["aliases"] == "Mari, La Flaca"
    assert detail.values["dob"] == date(1979, 8, 15)
    assert not dialog.isVisible()
    assert svc.list_participants(new_site, query="la flaca").total == 1


def test_birth_date_in_the_future_is_refused_and_nothing_saved(dialog, new_site, qtbot):
    before = total(new_site)
    qtbot.keyClicks(dialog.form.input("first_name"), "Future")
    qtbot.keyClicks(dialog.form.input("last_name"), "Person")
    qtbot.keyClicks(dialog.form.input("dob").edit, (date.today() + timedelta(days=3)).isoformat())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("dob") == "Date of birth cannot be in the future."
    assert dialog.form.input("dob").edit.hasFocus()
    assert dialog.isVisible()
    assert dialog.form.values()["first_name"] == "Future"  # input kept
    assert total(new_site) == before


def test_missing_enrollment_date_is_refused_and_nothing_saved(dialog, new_site, qtbot):
    before = total(new_site)
    qtbot.keyClicks(dialog.form.input("last_name"), "Nodate")
    dialog.form.input("enrolled_on").edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("enrolled_on") == "Enrollment date is required."
    assert dialog.form.input("enrolled_on").edit.hasFocus()
    assert dialog.isVisible()
    assert total(new_site) == before
    # Fixing it clears the message and saves.
    qtbot.keyClicks(dialog.form.input("enrolled_on").edit, date.today().isoformat())
    with qtbot.waitSignal(dialog.participant_created):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert total(new_site) == before + 1


def test_jon_smith_after_john_smith_is_offered_as_a_duplicate(dialog, new_site, qtbot):
    john = person(new_site, "John", "Smith", dob=date(1975, 3, 9))
    before = total(new_site)
    qtbot.keyClicks(dialog.form.input("first_name"), "Jon")
    qtbot.keyClicks(dialog.form.input("last_name"), "Smith")
    qtbot.keyClicks(dialog.form.input("dob").edit, "1975-03-09")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicates_box.isVisible()
    assert total(new_site) == before  # nothing saved yet
    model = dialog.candidates
    assert model.rowCount() == 1
    assert model.index(0, CandidateColumn.NAME).data() == "John Smith"
    assert model.index(0, CandidateColumn.LEAD_NUMBER).data() == john.lead_number
    assert model.index(0, CandidateColumn.DOB).data() == "1975-03-09"
    assert "same date of birth" in model.index(0, CandidateColumn.REASONS).data()
    with qtbot.waitSignal(dialog.participant_created):
        qtbot.mouseClick(dialog.save_new_button, Qt.MouseButton.LeftButton)
    assert total(new_site) == before + 1
    assert svc.list_participants(new_site, query="jon smith").total == 1


def test_open_the_existing_record_instead(dialog, new_site, qtbot):
    john = person(new_site, "John", "Smith", dob=date(1975, 3, 9))
    before = total(new_site)
    dialog.form.set_values({"first_name": "Jon", "last_name": "Smith", "dob": "1975-03-09"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicates_box.isVisible()
    page = dialog.parent()
    with qtbot.waitSignal(page.participant_opened) as opened:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == [john.id]
    assert dialog.chosen_id == john.id
    assert total(new_site) == before


def test_a_case_manager_is_preselected_and_choices_come_from_staff(qtbot, new_site):
    dialog = ParticipantDialog(new_site)
    qtbot.addWidget(dialog)
    combo = dialog.form.input("case_manager_id")
    assert combo.currentData() == new_site.actor.account_id
    assert combo.currentText() == "Ada Administrator"
