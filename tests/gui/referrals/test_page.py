"""The Referrals page and the home-page summary: the deadline queue, lists, sources, the checklist, roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from lead_desktop.domain import referrals as R
from lead_desktop.domain.roles import Role
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.referrals import ChecklistDialog, IntakeSummaryWidget, ReferralDialog, ReferralsPage
from lead_desktop.gui.referrals.models import QueueColumn
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import referrals as rs
from tests.gui.conftest import add_and_sign_in
from tests.services.referrals.helpers import arrest, clear_answers


def test_an_overdue_intake_leads_the_queue_in_words_and_colour(qtbot, queue_site):
    page = ReferralsPage(queue_site)
    qtbot.addWidget(page)
    page.show()
    model = page.queue_model
    assert [model.row_at(r).referral_id for r in range(model.rowCount())] == [
        queue_site.referrals[k].id for k in ("overdue", "today", "soon", "later")]
    assert model.index(0, QueueColumn.DAYS_LEFT).data() == "2 days overdue"
    assert model.index(0, QueueColumn.DAYS_LEFT).data(TONE_ROLE) == "danger"
    assert model.index(2, QueueColumn.DAYS_LEFT).data() == "2 days left — due soon"
    assert page.queue_summary.text() == "4 intakes pending: 1 overdue, 1 due today, 1 due within 3 days."
    assert page.queue_summary.isVisible() and page.queue_empty.isHidden()
    assert page.selected_referral_id() == queue_site.referrals["overdue"].id
    # Enter on the queue opens the referral.
    page.queue_view.setFocus()
    qtbot.keyClick(page.queue_view, Qt.Key.Key_Return)
    dialog = page.findChild(ReferralDialog)
    assert dialog is not None and dialog.form.values()["first_name"] == "Olga"
    assert dialog.deadline_label.text().endswith("(2 days overdue)")
    dialog.reject()


def test_the_home_summary_counts_and_names_what_is_due(qtbot, queue_site):
    widget = IntakeSummaryWidget(queue_site)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.counts() == (1, 1, 1)
    assert widget.overdue_label.text() == "Overdue: 1 — Olga Okafor (2 days overdue)"
    assert widget.today_label.text() == "Due today: 1 — Tariq Okafor"
    assert widget.week_label.text() == "Due in the next 7 days: 1 — Selma Okafor (2 days left)"
    rs.set_outcome(queue_site, queue_site.referrals["overdue"].id, "intake_not_completed")
    rs.record_intake(queue_site, queue_site.referrals["today"].id, {"intake_completed_on": date.today()})
    rs.set_outcome(queue_site, queue_site.referrals["soon"].id, "declined")
    widget.refresh()  # the home tab's Refresh button, or a change anywhere in the window (gui.live_refresh)
    assert widget.counts() == (0, 0, 0)
    assert widget.overdue_label.text() == "No intake is overdue or due this week."
    assert not widget.today_label.isVisibleTo(widget)


def test_all_referrals_filter_and_search(qtbot, new_site, page):
    a = arrest(new_site, days=-3, first_name="Marcus", aliases="Slim")
    b = arrest(new_site, days=-2, first_name="Renée", last_name="Dubois")
    rs.set_outcome(new_site, b.id, "declined")
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert page.list_status.text() == "2 referrals"
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("declined"))
    assert [page.list_model.row_at(r).id for r in range(page.list_model.rowCount())] == [b.id]
    page.outcome_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "slim")
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    assert page.list_model.row_at(0).id == a.id and page.list_status.text() == "1 referral"
    assert page.list_model.index(0, 1).data() == "Marcus Okafor (Slim)"


def test_sources_are_listed_with_counts_and_editable(qtbot, new_site, page):
    arrest(new_site, first_name="A")
    arrest(new_site, first_name="B")
    page.refresh()
    page.tabs.setCurrentIndex(2)
    assert page.agency_model.row_at(0).referrals == 2 and page.officer_model.row_at(0).referrals == 2
    page.agency_view.selectRow(0)
    dialog = page.edit_agency()
    assert dialog.form.values()["name"] == "Harbour Police Department"
    dialog.form.input("name").setText("Harbour City Police")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.agency_model.row_at(0).name == "Harbour City Police"
    qtbot.waitUntil(lambda: page.findChild(RecordDialog) is None)  # deleted on close
    qtbot.mouseClick(page.add_officer_button, Qt.MouseButton.LeftButton)
    officer = page.findChild(RecordDialog)
    assert officer.form.input("agency_id").currentText() == "Harbour City Police"  # the selected agency
    officer.reject()


def test_the_project_manager_edits_the_checklist_into_a_new_version(qtbot, new_site, site_dir):
    early = arrest(new_site, answers=rs_answers(drug_quantity=4))  # over the 3 g default
    manager = add_and_sign_in(site_dir, new_site, "pm", Role.PROJECT_MANAGER)
    try:
        page = ReferralsPage(manager)
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentIndex(3)
        assert page.edit_checklist_button.isVisible()
        qtbot.mouseClick(page.edit_checklist_button, Qt.MouseButton.LeftButton)
        dialog = page.findChild(ChecklistDialog)
        row = [c.code for c in dialog.criteria()].index("drug_quantity")
        spin = dialog.table.cellWidget(row, dialog.COL_PARAMETER)
        assert isinstance(spin, QDoubleSpinBox) and spin.value() == 3
        spin.setValue(6)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.table.item(dialog.table.rowCount() - 1, 0).setText("Lives outside the county")
        qtbot.keyClicks(dialog.note_edit, "PCG: Santa Fe limit")
        with qtbot.waitSignal(dialog.checklist_saved) as saved:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        version = saved.args[0]
        assert version.version == 2 and version.criteria[-1].label == "Lives outside the county"
        assert page.version_model.rowCount() == 2 and page.version_model.index(0, 0).data() == "2"
        assert "Lives outside the county" in [page.criteria_model.index(r, 0).data()
                                              for r in range(page.criteria_model.rowCount())]
        # The early referral keeps version 1 and its 3 g result, in the dialog too.
        page.tabs.setCurrentIndex(0)
        page.select_referral(early.id)
        opened = page.open_selected()
        assert opened.screening_box.title() == "Eligibility screening (checklist version 1)"
        assert "limit 3 g" in opened.screening.result_label.text()
        opened.reject()
    finally:
        manager.close()


def rs_answers(**changes: object) -> dict:
    return clear_answers("arrest_diversion") | changes


def test_case_managers_see_the_checklist_but_cannot_edit_it(qtbot, new_site, site_dir):
    person = add_and_sign_in(site_dir, new_site, "casey", Role.CASE_MANAGER)
    try:
        page = ReferralsPage(person)
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentIndex(3)
        assert not page.edit_checklist_button.isVisible() and page.edit_checklist() is None
        assert page.criteria_model.rowCount() == len(R.DEFAULT_CHECKLIST)
        assert page.new_button.isEnabled()
    finally:
        person.close()


def test_viewers_see_no_referrals(qtbot, new_site, site_dir):
    arrest(new_site)
    viewer = add_and_sign_in(site_dir, new_site, "pcg", Role.VIEWER)
    try:
        summary = IntakeSummaryWidget(viewer)
        qtbot.addWidget(summary)
        summary.show()
        assert not summary.box.isVisible() and summary.summary is None
        page = ReferralsPage(viewer)
        qtbot.addWidget(page)
        page.show()
        assert page.problem_label.isVisible() and "does not allow" in page.problem_label.text()
        assert page.queue_model.rowCount() == 0 and not page.tabs.isEnabled()
        assert not page.new_button.isEnabled() and page.new_referral() is None
    finally:
        viewer.close()


def test_a_referral_screened_under_an_old_version_is_reopened_under_it(qtbot, new_site, page):
    detail = arrest(new_site)
    current = rs.current_checklist(new_site)
    rs.save_checklist(new_site, [replace(c, parameter=6) if c.code == "drug_quantity" else c
                                 for c in current.criteria])
    page.refresh()
    page.select_referral(detail.id)
    dialog = page.open_selected()
    assert dialog.screening.version == 1
    dialog.reject()
    unscreened = arrest(new_site, answers={}, first_name="Later")
    page.refresh()
    page.select_referral(unscreened.id)
    dialog = page.open_selected()
    assert dialog.screening.version == 2  # never screened: today's checklist
    dialog.reject()


def test_a_checklist_saved_meanwhile_by_someone_else_keeps_these_edits_and_saves_on_top(qtbot, new_site):
    page = ReferralsPage(new_site)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.edit_checklist_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ChecklistDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.table.item(dialog.table.rowCount() - 1, 0).setText("Mine: lives outside the county")
    # Meanwhile someone else (another window, or another laptop on a server) saves version 2.
    theirs = list(rs.current_checklist(new_site).criteria)[:-1]
    rs.save_checklist(new_site, theirs, "theirs")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert "version 2" in dialog.problem_label.text()
    assert dialog.save_button.text().replace("&", "") == "Save as version 3"
    assert dialog.criteria()[-1].label == "Mine: lives outside the county"  # nothing lost
    assert rs.current_checklist(new_site).version == 2  # nothing of mine saved yet
    with qtbot.waitSignal(dialog.checklist_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].version == 3 and saved.args[0].criteria[-1].label == "Mine: lives outside the county"
