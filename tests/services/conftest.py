"""The service suite runs against both backends: a site in an encrypted file on this computer, and a
site on the real test PostgreSQL server (tests/helpers/server_sites.py). A module listed in
SERVER_TOO gets every test that uses `new_site` twice, as [local] and [server]; a test that is about
the local files only (key file, folder, backups) carries @pytest.mark.local_only."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import SERVER_SITES

SERVER_TOO = {
    "test_accounts",
    "test_exchange_export",
    "test_exchange_import",
    "test_governance",
    "test_governance_demo",
    "test_meetings",
    "test_meetings_case_conference",
    "test_metrics",
    "test_metrics_dataset",
    "test_participants",
    "test_participants_records",
    "test_referrals",
    "test_referrals_enrol",
    "test_reporting",
    "test_reporting_case_summary",
    "test_reporting_governance",
    "test_settings",
}


def pytest_configure(config):
    config.addinivalue_line("markers", "local_only: the test is about a site's local files; not run on a server")


def pytest_generate_tests(metafunc):
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if (
        "new_site" in metafunc.fixturenames
        and module in SERVER_TOO
        and metafunc.definition.get_closest_marker("local_only") is None
    ):
        metafunc.parametrize("backend", ["local", "server"], indirect=True)


@pytest.fixture
def backend(request):
    return getattr(request, "param", "local")


@pytest.fixture(scope="session")
def server_template(pg_server):
    from tests.helpers.server_sites import make_template

    return make_template(pg_server, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")


@pytest.fixture
def new_site(request, backend, site_dir):
    """A fresh site signed in as its administrator "admin", on this computer or on the server."""
    from lead_desktop.services import site as sites

    if backend == "server":
        from lead_desktop.services.server_site import sign_in_server
        from tests.helpers.server_sites import copy_site

        pg_server = request.getfixturevalue("pg_server")
        address = copy_site(pg_server, request.getfixturevalue("server_template"), "admin", ADMIN_PASSWORD)
        site = sign_in_server(address, "admin", ADMIN_PASSWORD)
        site.recovery_key = None  # type: ignore[attr-defined]
        SERVER_SITES[site_dir] = address
        request.addfinalizer(lambda: SERVER_SITES.pop(site_dir, None))
    else:
        site, recovery_key = sites.create_site(site_dir, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")
        site.recovery_key = recovery_key  # type: ignore[attr-defined]
    yield site
    if not site.closed:
        site.close()
