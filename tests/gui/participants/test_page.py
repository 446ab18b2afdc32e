"""The Participants page driven like a person would: search, sort by header, views, caseloads, open a row."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.participants import ParticipantDialog, ParticipantsPage
from lead_desktop.gui.participants.models import CaseloadColumn, ParticipantColumn
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import participants as svc

from .conftest import person, sign_in_as


@pytest.fixture
def page(qtbot, demo_site):
    widget = ParticipantsPage(demo_site)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_header(qtbot, page: ParticipantsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_lists_demo_rows_one_page_at_a_time(page, demo_site, qtbot):
    assert page.status_label.text() == "150 participants"
    assert page.model.rowCount() == 100
    assert page.search_edit.placeholderText() == "Search name, alias or LEAD number"
    first = svc.list_participants(demo_site, limit=1).rows[0]
    assert page.model.index(0, ParticipantColumn.NAME).data() == first.name
    queries = page.model.queries
    page.table.scrollToBottom()  # the view asks the model for the next page when it reaches the end
    qtbot.waitUntil(lambda: page.model.rowCount() == 150, timeout=2000)
    assert page.model.queries == queries + 1
    assert page.status_label.text() == "150 participants"


def test_search_by_alias_narrows_the_list(page, demo_site, qtbot):
    someone = person(demo_site, "Theodora", "Quince", aliases="Zigzag, Teddy Q")
    page.refresh()
    queries = page.model.queries
    qtbot.keyClicks(page.search_edit, "zigza")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.queries == queries + 1  # five keystrokes, one query after the pause
    assert page.model.row_at(0).id == someone.id
    assert page.model.index(0, ParticipantColumn.ALIASES).data() == "Zigzag, Teddy Q"
    assert page.status_label.text() == "1 participant"
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.total == 151, timeout=2000)


def test_search_that_finds_nobody(page, qtbot):
    qtbot.keyClicks(page.search_edit, "%_nobody\\")
    qtbot.waitUntil(lambda: page.status_label.text() == "0 participants", timeout=2000)
    assert page.model.rowCount() == 0


def test_sorting_by_the_name_header_requeries(page, demo_site, qtbot):
    assert page.model.sort_key == ("name", False)
    queries = page.model.queries
    click_header(qtbot, page, ParticipantColumn.NAME)
    assert page.model.sort_key == ("name", True)
    assert page.model.queries == queries + 1
    expected = svc.list_participants(demo_site, sort="name", descending=True, limit=5).rows
    assert [page.model.row_at(i).id for i in range(5)] == [r.id for r in expected]
    click_header(qtbot, page, ParticipantColumn.LAST_CONTACT)
    assert page.model.sort_key[0] == "last_contact"
    click_header(qtbot, page, ParticipantColumn.ALIASES)  # a list, not sortable: indicator goes back
    assert page.model.sort_key[0] == "last_contact"
    assert page.table.horizontalHeader().sortIndicatorSection() == ParticipantColumn.LAST_CONTACT


def test_views_and_filters(page, demo_site, qtbot):
    days = int(demo_site.setting("inactive_after_days"))
    assert page.view_combo.itemText(2) == f"No contact in {days} days"
    page.view_combo.setCurrentIndex(3)  # court date this week
    assert page.model.total == svc.list_participants(demo_site, court_this_week=True).total
    page.view_combo.setCurrentIndex(2)
    assert page.model.total == svc.list_participants(demo_site, no_contact_days=days).total
    page.view_combo.setCurrentIndex(1)  # my caseload: the administrator has none
    assert page.model.total == 0
    assert not page.manager_combo.isEnabled()
    page.view_combo.setCurrentIndex(0)
    manager_id = page.manager_combo.itemData(1)
    page.manager_combo.setCurrentIndex(1)
    page.status_combo.setCurrentIndex(page.status_combo.findData("exited"))
    expected = svc.list_participants(demo_site, case_manager_id=manager_id, status="exited").total
    assert page.model.total == expected
    assert all(page.model.row_at(i).status == "exited" for i in range(page.model.rowCount()))


def test_caseload_panel_shows_state_in_words_and_colour(qtbot, new_site):
    admin = new_site.actor.account_id
    for i in range(26):
        person(new_site, f"Load{i:02d}", "Carrier", case_manager_id=admin)
    page = ParticipantsPage(new_site)
    qtbot.addWidget(page)
    view = page.caseload_view
    assert view.model().rowCount() == 1
    state = view.model().index(0, CaseloadColumn.STATE)
    assert state.data() == "over maximum (25)"
    assert state.data(TONE_ROLE) == "danger"
    assert page.caseload_summary.text() == "1 over the maximum of 25."
    page.view_combo.setCurrentIndex(1)  # my caseload
    assert page.model.total == 26


def test_enter_and_double_click_open_the_profile(page, qtbot):
    page.table.setFocus()
    page.table.selectRow(2)
    expected = page.model.row_at(2).id
    with qtbot.waitSignal(page.participant_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    rect = page.table.visualRect(page.model.index(4, ParticipantColumn.NAME))
    with qtbot.waitSignal(page.participant_opened) as opened:
        # QTest's double click is only the second half; the view needs the press of the first click.
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.row_at(4).id]


def test_ctrl_n_and_ctrl_f(page, qtbot):
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ParticipantDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()


def test_last_contact_updates_after_a_contact(page, demo_site):
    someone = person(demo_site, "Aurelio", "Zzyzx")
    svc.add_record(demo_site, "contact", someone.id, {"at": datetime.now() - timedelta(days=1)})
    page.search_edit.setText("zzyzx")
    page.apply_filters()
    assert (
        page.model.index(0, ParticipantColumn.LAST_CONTACT).data()
        == (datetime.now() - timedelta(days=1)).date().isoformat()
    )


def test_a_viewer_sees_a_message_not_records(qtbot, new_site, site_dir):
    viewer = sign_in_as(site_dir, new_site, "pcgmember", Role.VIEWER)
    try:
        page = ParticipantsPage(viewer)
        qtbot.addWidget(page)
        page.show()
        assert page.problem_label.isVisible()
        assert "does not allow" in page.problem_label.text()
        assert "see participant records" in page.problem_label.text()
        assert page.model.rowCount() == 0
        assert not page.table.isEnabled()
    finally:
        viewer.close()
