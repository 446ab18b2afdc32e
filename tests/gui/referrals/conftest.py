"""Fixtures for the referral pages: a site with referrals through the services, the page over it."""

from __future__ import annotations

import pytest

from lead_desktop.gui.referrals import ReferralsPage
from tests.services.referrals.helpers import arrest


@pytest.fixture
def page(qtbot, new_site):
    widget = ReferralsPage(new_site)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def queue_site(new_site):
    """One overdue intake, one due today, one due in two days, one on track, one done."""
    referrals = {
        "overdue": arrest(new_site, days=-32, first_name="Olga"),
        "today": arrest(new_site, days=-30, first_name="Tariq"),
        "soon": arrest(new_site, days=-28, first_name="Selma"),
        "later": arrest(new_site, days=-2, first_name="Lars"),
    }
    new_site.referrals = referrals  # type: ignore[attr-defined] - handy for tests
    return new_site
