"""Report periods (services.metrics.periods)."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.reports.tabular import Period
from lead_desktop.services import metrics
from lead_desktop.services.metrics.periods import _month_starts


def test_periods():
    assert metrics.period_for("month", date(2024, 2, 10)) == Period(date(2024, 2, 1), date(2024, 2, 29), "month")
    assert metrics.period_for("quarter", date(2025, 11, 30)).start == date(2025, 10, 1)
    assert metrics.period_for("quarter", date(2025, 11, 30)).end == date(2025, 12, 31)
    assert metrics.period_for("year", date(2025, 6, 1)).label() == "2025"
    with pytest.raises(ValidationError):
        metrics.custom_period(date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(ValidationError):
        metrics.period_for("week", date(2025, 1, 1))
    long = metrics.custom_period(date(2023, 1, 15), date(2025, 3, 10))
    assert len(_month_starts(long)) == 27  # the period's own whole months when it spans a year or more
