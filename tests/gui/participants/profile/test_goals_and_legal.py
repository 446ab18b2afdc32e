"""The Plan goals and Legal tabs: a goal due and a court date this week are highlighted."""

from __future__ import annotations

from datetime import date, datetime, timedelta


from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import participants as svc

from .conftest import open_profile


def test_goal_due_and_court_this_week_are_highlighted(qtbot, new_site, rosa):
    svc.add_record(
        new_site,
        "goal",
        rosa.id,
        {
            "goal": "Get a state ID",
            "set_on": date.today() - timedelta(days=40),
            "target_date": date.today() - timedelta(days=1),
        },
    )
    court = datetime.combine(date.today() + timedelta(days=2), datetime.min.time()) + timedelta(hours=9)
    svc.add_record(new_site, "legal_case", rosa.id, {"jurisdiction": "Municipal Court", "next_court_at": court})
    profile = open_profile(qtbot, new_site, rosa.id)
    goals = profile.open_tab("goals")
    target = goals.view.model().index(0, 4)
    assert target.data().endswith("— due") and target.data(TONE_ROLE) == "danger"
    legal = profile.open_tab("legal")
    when = legal.view.model().index(0, 3)
    assert when.data() == f"{court:%Y-%m-%d} 9:00 am — this week"
    assert when.data(TONE_ROLE) == "danger"
