"""The Today page: the signed-in case manager's court dates, expiring consents, people not seen, goals due."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.participants import TodayPage
from lead_desktop.gui.participants.models import TodayColumn

from .conftest import person, sign_in_as
from lead_desktop.services import participants as svc


def test_lists_a_court_date_this_week(qtbot, new_site):
    me = new_site.actor.account_id
    someone = person(new_site, "Curtis", "Vance", case_manager_id=me)
    court = datetime.combine(date.today() + timedelta(days=3), datetime.min.time()) + timedelta(hours=10)
    svc.add_record(new_site, "legal_case", someone.id, {"jurisdiction": "District Court", "next_court_at": court})
    svc.add_record(new_site, "contact", someone.id, {"at": datetime.now() - timedelta(hours=1)})
    later = person(new_site, "Not", "Thisweek", case_manager_id=me)
    svc.add_record(
        new_site,
        "legal_case",
        later.id,
        {"jurisdiction": "District Court", "next_court_at": court + timedelta(days=14)},
    )
    page = TodayPage(new_site)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.court.title() == "Court dates this week (1)"
    model = page.court.model
    assert model.index(0, TodayColumn.NAME).data() == "Curtis Vance"
    assert model.index(0, TodayColumn.WHEN).data() == f"{court:%Y-%m-%d} 10:00 am"
    assert model.index(0, TodayColumn.WHAT).data() == "District Court"
    assert page.court.view.isVisible() and not page.court.empty_label.isVisible()
    # Empty lists say so in words, at the top of their row beside a list with something in it.
    assert page.consents.title() == "Consents expiring within 30 days (0)"
    assert page.consents.empty_label.isVisible()
    assert page.consents.y() == page.court.y() and page.consents.height() < page.court.height()
    assert page.consents.empty_label.text() == "No consents expire in the next 30 days."
    view = page.court.view
    rect = view.visualRect(view.model().index(0, TodayColumn.NAME))
    with qtbot.waitSignal(page.participant_opened) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [someone.id]


def test_not_contacted_consents_and_goals(qtbot, new_site):
    me = new_site.actor.account_id
    days = int(new_site.setting("inactive_after_days"))
    quiet = person(
        new_site, "Quiet", "Person", case_manager_id=me, enrolled_on=date.today() - timedelta(days=days + 50)
    )
    svc.add_record(new_site, "contact", quiet.id, {"at": datetime.now() - timedelta(days=days + 5)})
    svc.add_record(
        new_site,
        "consent",
        quiet.id,
        {
            "consent_type": "part2",
            "disclosing_party": "LEAD",
            "recipients": "Clinic",
            "information": ["substance_use"],
            "purpose": "Treatment",
            "right_to_revoke_explained": True,
            "signed_on": date.today() - timedelta(days=300),
            "expires_on": date.today() + timedelta(days=12),
        },
    )
    svc.add_record(
        new_site,
        "goal",
        quiet.id,
        {
            "goal": "Apply for SNAP",
            "set_on": date.today() - timedelta(days=30),
            "target_date": date.today() + timedelta(days=2),
        },
    )
    page = TodayPage(new_site)
    qtbot.addWidget(page)
    assert page.not_contacted.title() == f"Not contacted in {days} days (1)"
    assert page.not_contacted.model.index(0, TodayColumn.WHAT).data() == f"{days + 5} days without contact"
    assert page.consents.count() == 1
    assert page.consents.model.index(0, TodayColumn.WHAT).data() == "42 CFR Part 2 consent (substance use)"
    assert page.goals.count() == 1
    assert page.goals.model.index(0, TodayColumn.WHAT).data() == "Apply for SNAP"
    assert page.court.count() == 0 and page.court.title() == "Court dates this week (0)"
    # Refresh picks up a change.
    svc.add_record(new_site, "contact", quiet.id, {"at": datetime.now() - timedelta(hours=1)})
    page.refresh()
    assert page.not_contacted.count() == 0
    assert page.not_contacted.empty_label.text() == "Everyone on your caseload has been seen recently."


def test_a_viewer_gets_a_message(qtbot, new_site, site_dir):
    viewer = sign_in_as(site_dir, new_site, "pcgviewer", Role.VIEWER)
    try:
        page = TodayPage(viewer)
        qtbot.addWidget(page)
        page.show()
        assert page.problem_label.isVisible()
        assert "does not allow" in page.problem_label.text()
    finally:
        viewer.close()
