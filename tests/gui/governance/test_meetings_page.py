"""The Meetings page and its meeting editor driven with qtbot: a meeting recorded end to end, approved
minutes refusing edits, and what a viewer sees (case conferencing: test_case_conference.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from lead_desktop.domain.fields import parse_datetime
from lead_desktop.domain.roles import Role
from lead_desktop.gui.governance import ApproveMinutesDialog, MeetingsPage
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import meetings as mt
from tests.services.meetings.helpers import attendee, meeting, release
from tests.services.participants.helpers import add_staff, person, sign_in_as

from .conftest import answer, dialog_of, show, texts

TODAY = date.today()


def select_rows(view, rows: list[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_meeting_recorded_end_to_end(qtbot, new_site, owg):
    page = show(qtbot, MeetingsPage(new_site))
    assert page.body_combo.currentText() == "OWG — 8th District"
    assert page.empty_label.text() == "No meetings of this body yet."
    editor = page.editor

    # create the meeting
    click(qtbot, page.new_button)
    dialog = dialog_of(qtbot, page, "meeting_dialog")
    starts = (datetime.now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    offered = parse_datetime(dialog.form.values()["starts_at"])  # a new meeting starts on a sensible date
    assert offered > datetime.now() and offered - datetime.now() <= timedelta(days=8)
    dialog.form.input("starts_at").edit.clear()
    qtbot.keyClicks(dialog.form.input("starts_at").edit, starts.strftime("%Y-%m-%d %H:%M"))
    qtbot.keyClicks(dialog.form.input("place"), "8th District station")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: editor.detail is not None)
    assert texts(page.meeting_view, 0) == [f"{starts:%Y-%m-%d} 10:00 am"]
    assert editor.title_label.text() == f"OWG — 8th District — {starts:%Y-%m-%d} 10:00 am"
    assert editor.status_label.text() == "Minutes: Draft"
    assert editor.rule_label.text().startswith("No quorum: 0 of 4 voting members attending, 2 needed.")

    # agenda: two items, the second moved up with the keyboard
    editor.tab_widget.setCurrentWidget(editor.agenda_tab)
    for title in ("Night hand-offs", "Welcome"):
        click(qtbot, editor.add_item_button)
        item_dialog = dialog_of(qtbot, editor, "agenda_item_dialog")
        qtbot.keyClicks(item_dialog.form.input("title"), title)
        click(qtbot, item_dialog.save_button)
        qtbot.waitUntil(lambda t=title: t in texts(editor.agenda_view, 1))
    editor.agenda_view.selectRow(1)
    page.activateWindow()
    editor.agenda_view.setFocus()
    qtbot.waitUntil(editor.agenda_view.hasFocus)
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(editor.agenda_view, 1) == ["Welcome", "Night hand-offs"]
    assert texts(editor.agenda_view, 0) == ["1", "2"]

    # attendance: two members present → quorum met, shown live
    editor.tab_widget.setCurrentWidget(editor.attendance_tab)
    tabs_at = editor.tab_widget.mapTo(editor, editor.tab_widget.rect().topLeft())
    names = texts(editor.attendance_view, 0)
    select_rows(editor.attendance_view, [0, 1])
    click(qtbot, editor.mark_buttons["present"])
    assert editor.rule_label.text().startswith("Quorum met: 2 of 4 voting members attending, 2 needed.")
    assert editor.tab_widget.mapTo(editor, editor.tab_widget.rect().topLeft()) == tabs_at  # the line keeps its height
    present_row = names.index(names[0])
    assert editor.attendance_view.model().index(present_row, 1).data() == "Present"
    assert editor.attendance_view.model().index(present_row, 1).data(TONE_ROLE) == "ok"
    select_rows(editor.attendance_view, [1])
    click(qtbot, editor.mark_buttons["excused"])
    assert editor.rule_label.text().startswith("No quorum: 1 of 4")
    select_rows(editor.attendance_view, [1, 2])
    click(qtbot, editor.mark_buttons["alternate"])
    assert editor.rule_label.text().startswith("Quorum met: 3 of 4")

    # a decision by vote, tied to the agenda item
    editor.tab_widget.setCurrentWidget(editor.decisions_tab)
    click(qtbot, editor.add_decision_button)
    decision_dialog = dialog_of(qtbot, editor, "decision_dialog")
    qtbot.keyClicks(decision_dialog.form.input("text"), "Page the on-call case manager after 22:00.")
    method = decision_dialog.form.input("method")
    method.setCurrentIndex(method.findData("vote"))
    qtbot.keyClicks(decision_dialog.form.input("votes_for"), "3")
    qtbot.keyClicks(decision_dialog.form.input("votes_against"), "0")
    agenda = decision_dialog.form.input("agenda_item_id")
    agenda.setCurrentIndex(agenda.findText("2. Night hand-offs"))
    click(qtbot, decision_dialog.save_button)
    qtbot.waitUntil(lambda: editor.decision_model.rowCount() == 1)
    assert texts(editor.decision_view, 2) == ["Vote 3–0"]
    assert texts(editor.decision_view, 3) == ["Adopted"]

    # an action item
    editor.tab_widget.setCurrentWidget(editor.actions_tab)
    click(qtbot, editor.add_action_button)
    action_dialog = dialog_of(qtbot, editor, "action_item_dialog")
    qtbot.keyClicks(action_dialog.form.input("description"), "Write up the night protocol")
    qtbot.keyClicks(action_dialog.form.input("owner"), "Officer Fay")
    action_dialog.form.input("due_on").setText((TODAY + timedelta(days=14)).isoformat())
    click(qtbot, action_dialog.save_button)
    qtbot.waitUntil(lambda: editor.action_model.rowCount() == 1)
    assert texts(editor.action_view, 4) == ["This meeting"]
    assert texts(editor.action_view, 3) == ["Open"]

    # circulate the minutes
    editor.tab_widget.setCurrentWidget(editor.minutes_tab)
    click(qtbot, editor.circulate_button)
    assert editor.status_label.text() == "Minutes: Circulated"
    assert not editor.circulate_button.isEnabled()
    assert texts(page.meeting_view, 1) == ["Circulated"]

    stored = mt.get_meeting(new_site, editor.detail.id)
    assert stored.meeting.minutes_status == "circulated"
    assert [a.title for a in stored.agenda] == ["Welcome", "Night hand-offs"]
    assert stored.decisions[0].votes_for == 3 and stored.decisions[0].agenda_item == "Night hand-offs"
    assert stored.actions[0].owner == "Officer Fay"
    assert stored.rule.met and stored.meeting.place == "8th District station"


def test_carried_actions_and_approval_at_the_next_meeting(qtbot, new_site, owg):
    earlier = meeting(new_site, owg.body.id, days=-14)
    action = mt.add_action_item(new_site, earlier.id, {"description": "Find a room", "owner": "Manager Hal"})
    mt.circulate_minutes(new_site, earlier.id)
    later = meeting(new_site, owg.body.id, days=0)
    for a in later.attendees:
        mt.set_attendance(new_site, later.id, a.key, "present")

    page = show(qtbot, MeetingsPage(new_site))
    page.meeting_view.selectRow(0)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == later.id)
    editor.tab_widget.setCurrentWidget(editor.actions_tab)
    assert texts(editor.action_view, 4) == [f"Carried from {earlier.meeting.starts_at.date().isoformat()}"]
    editor.action_view.selectRow(0)
    click(qtbot, editor.status_buttons["done"])
    assert texts(editor.action_view, 3) == ["Done at this meeting"]
    assert "1 carried forward" in editor.carried_label.text()

    editor.tab_widget.setCurrentWidget(editor.minutes_tab)
    click(qtbot, editor.approve_button)
    qtbot.waitUntil(lambda: editor.findChild(ApproveMinutesDialog) is not None)
    approve = editor.findChild(ApproveMinutesDialog)
    assert approve.list.count() == 1
    click(qtbot, approve.ok_button)
    qtbot.waitUntil(lambda: "approved the minutes of" in editor.approvals_label.text())

    # the approved meeting refuses edits in the window and takes an amendment
    page.meeting_view.selectRow(1)
    qtbot.waitUntil(lambda: editor.detail.id == earlier.id)
    assert editor.status_label.text() == "Minutes: Approved"
    assert editor.settled_label.isVisible() and "can no longer be changed" in editor.settled_label.text()
    assert not editor.add_item_button.isEnabled() and not editor.mark_buttons["present"].isEnabled()
    assert not editor.add_decision_button.isEnabled() and not editor.save_details_button.isEnabled()
    assert editor.details_form.read_only
    editor.tab_widget.setCurrentWidget(editor.minutes_tab)
    click(qtbot, editor.amend_button)
    amendment = dialog_of(qtbot, editor, "amendment_dialog")
    qtbot.keyClicks(amendment.form.input("text"), "The room is 204, not 201.")
    click(qtbot, amendment.save_button)
    qtbot.waitUntil(lambda: editor.amendment_model.rowCount() == 1)
    assert texts(editor.amendment_view, 3) == ["The room is 204, not 201."]
    click(qtbot, editor.lock_button)
    answer(qtbot, editor, "Lock")
    qtbot.waitUntil(lambda: editor.status_label.text() == "Minutes: Locked")
    assert mt.get_meeting(new_site, earlier.id).actions[0].id == action.id


def test_a_viewer_sees_meetings_but_no_case_conferencing_and_no_buttons(qtbot, new_site, site_dir, owg):
    someone = person(new_site, "Rosa", "Parkes")
    detail = meeting(new_site, owg.body.id, days=3)
    mt.add_case_item(new_site, detail.id, {"participant_id": someone.id, "notes": "private"})
    add_staff(new_site, "pcgviewer", Role.VIEWER)
    new_site.close()
    viewer = sign_in_as(site_dir, "pcgviewer")
    try:
        page = show(qtbot, MeetingsPage(viewer))
        editor = page.editor
        qtbot.waitUntil(lambda: editor.detail is not None)
        assert not page.new_button.isVisible()
        assert not editor.tab_widget.isTabVisible(editor.tab_widget.indexOf(editor.case_section))
        assert editor.case_section.model.rowCount() == 0
        editor.tab_widget.setCurrentWidget(editor.attendance_tab)
        assert not editor.mark_buttons["present"].isVisible()
        assert editor.attendance_model.rowCount() == 4
        assert editor.rule_label.text().startswith("No quorum")
    finally:
        viewer.close()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, new_site, owg):
    detail = meeting(new_site, owg.body.id, days=3)
    mt.add_agenda_item(new_site, detail.id, {"title": "Welcome"})
    page = show(qtbot, MeetingsPage(new_site))
    qtbot.waitUntil(lambda: page.editor.detail is not None)
    for model in (page.meeting_model, page.editor.agenda_model, page.editor.attendance_model):
        qtmodeltester.check(model)
