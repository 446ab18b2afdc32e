"""The fact sheet's numbers (services.metrics.fact_sheet)."""

from __future__ import annotations

from lead_desktop.services import metrics
from tests.services.metrics.dataset import EXPECTED, TODAY, build_dataset


def test_fact_sheet_numbers(new_site):
    build_dataset(new_site)
    n = metrics.fact_sheet_numbers(new_site, today=TODAY)
    for key, count in EXPECTED["fact_referrals"].items():
        assert (n.referrals.total if key == "total" else n.referrals.count(key)) == count
    assert (n.enrolled, n.active, n.permanently_housed) == (
        EXPECTED["fact_enrolled"], EXPECTED["fact_active"], EXPECTED["fact_housed"])
    assert (n.service_linkages, n.housing_linkages, n.people_linked) == (
        EXPECTED["fact_linkages"], EXPECTED["fact_housing_linkages"], EXPECTED["fact_people_linked"])
