"""Fixtures for a site on the test PostgreSQL server (see tests/helpers/pgserver.py)."""

from __future__ import annotations

import pytest

from lead_desktop.services import server_site
from lead_desktop.storage import server
from tests.conftest import ADMIN_PASSWORD, SITE_NAME


@pytest.fixture
def server_address(pg_database):
    address, owner, owner_password = server.parse_database_url(pg_database[1])
    return address, owner, owner_password


@pytest.fixture
def server_site_session(server_address):
    """A new site on the server, signed in as its first administrator "admin"."""
    address, owner, owner_password = server_address
    site = server_site.create_server_site(address, owner, owner_password, SITE_NAME, "admin", ADMIN_PASSWORD)
    yield site
    if not site.closed:
        site.close()
