"""The profile's header and what it says about a merged record; viewers never open one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.participants import ProfileWidget
from lead_desktop.services import participants as svc

from .conftest import open_profile, person, sign_in_as


def test_header_shows_who_this_is(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    assert profile.name_label.text() == "Rosa Marquez"
    assert profile.number_label.text() == rosa.lead_number
    assert profile.status_label.text() == "Status: Active"
    assert profile.manager_label.text() == "Case manager: unassigned"
    assert profile.last_contact_label.text() == "Last contact: never"
    assert [profile.tab_widget.tabText(i) for i in range(profile.tab_widget.count())] == [
        "Overview",
        "Contacts",
        "Assessment",
        "Plan goals",
        "Services",
        "Housing history",
        "Legal",
        "Consents",
        "Merges",
    ]


def test_a_merged_record_says_where_its_history_went(qtbot, new_site):
    kept = person(new_site, "Ana", "Lima")
    other = person(new_site, "Anna", "Lima")
    svc.merge_participants(new_site, kept.id, other.id)
    profile = open_profile(qtbot, new_site, other.id)
    assert profile.merged_banner.isVisible()
    assert not profile.record_contact_button.isVisible()
    assert not profile.tabs["overview"].edit_button.isVisible()
    with qtbot.waitSignal(profile.participant_opened) as opened:
        profile.merged_banner.linkActivated.emit("open")
    assert opened.args == [kept.id]


def test_a_viewer_cannot_open_a_profile(qtbot, new_site, site_dir, rosa):
    viewer = sign_in_as(site_dir, new_site, "pcgchair", Role.VIEWER)
    try:
        profile = ProfileWidget(viewer, rosa.id)
        qtbot.addWidget(profile)
        profile.show()
        assert profile.problem_label.isVisible()
        assert "does not allow" in profile.problem_label.text()
        assert profile.tab_widget is None
        assert profile.record_contact() is None
    finally:
        viewer.close()


def test_case_summary_opens_the_reports_case_summary_with_its_consent_check(qtbot, window, new_site, rosa):
    from lead_desktop.gui.reports import ReportsPage

    window.activateWindow()
    qtbot.waitActive(window)
    window.open_participant(rosa.id)
    profile = window.pages["participants"].tabs.currentWidget()
    assert profile.case_summary_button.isVisible()
    qtbot.mouseClick(profile.case_summary_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "reports"
    reports = window.pages["reports"].findChild(ReportsPage)
    assert reports.kind == "case-summary" and reports.participant_edit.text() == rosa.lead_number
    qtbot.waitUntil(reports.recipient_edit.hasFocus)  # the recipient is what to type next
    assert not reports.pdf_button.isEnabled()  # nothing leaves before the consent is checked for a recipient
    qtbot.keyClicks(reports.recipient_edit, "Harbor Clinic")
    qtbot.mouseClick(reports.check_button, Qt.MouseButton.LeftButton)
    assert "no consent in force names Harbor Clinic" in reports.check_label.text()
