"""The categories reports count by (services.metrics.categories)."""

from __future__ import annotations

from lead_desktop.services import metrics


def test_race_groups():
    assert metrics.race_group("3") == "3"
    assert metrics.race_group("3,6") == "multiple"
    assert metrics.race_group("3,99") == "3"
    assert metrics.race_group("8") == metrics.race_group("") == metrics.race_group(None) == "unknown"
