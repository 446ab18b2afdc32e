"""The numbers of the hand-counted data set (dataset.py), for the metrics tests."""

from __future__ import annotations

import pytest

from lead_desktop.services import metrics
from tests.services.metrics.dataset import PERIOD, TODAY, build_dataset


@pytest.fixture
def data(new_site):
    build_dataset(new_site)
    return metrics.program_numbers(new_site, PERIOD, today=TODAY)
