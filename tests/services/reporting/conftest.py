"""A site holding the hand-counted data set (tests/services/metrics/dataset.py), and a folder of its
own to export into, for the reporting tests."""

from __future__ import annotations

import pytest

from tests.services.metrics.dataset import build_dataset


@pytest.fixture
def out(tmp_path):
    """An export folder of its own (the site lives in tmp_path/site)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def site(new_site):
    new_site.ids = build_dataset(new_site)  # type: ignore[attr-defined]
    return new_site
