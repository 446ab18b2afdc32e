"""A fresh server site (a copy of the suite's template) and a laptop's data folder for each test."""

from __future__ import annotations

import pytest

from lead_desktop.services.server_site import sign_in_server
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.offline import Laptop
from tests.helpers.server_sites import copy_site


@pytest.fixture
def laptop(pg_server, server_template, tmp_path):
    address = copy_site(pg_server, server_template, "admin", ADMIN_PASSWORD)
    admin = sign_in_server(address, "admin", ADMIN_PASSWORD)
    place = Laptop(address, admin, tmp_path / "laptop")
    yield place
    if not admin.closed:
        admin.close()
