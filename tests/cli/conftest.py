"""Shared by the lead-desktop-admin tests: a site made by `init`, and the options that sign in to it.

The `run` fixture (tests/conftest.py) runs the command in this process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD, SITE_NAME

UNICODE_SITE = "Zürich – Café Ñandú LEAD"
TEMP_PASSWORD = "temporary password 1"


@pytest.fixture
def created(run, site_dir):
    """A site made by `init` (closed again); returns its recovery key."""
    code, out, err = run(
        "--data-dir", site_dir, "init", "--site-name", SITE_NAME, "--admin-user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err
    return out.strip().splitlines()[-1]


def as_admin(site_dir: Path) -> list[str]:
    return ["--data-dir", str(site_dir), "--user", "admin", "--password-stdin"]
