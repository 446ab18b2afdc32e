"""The service suite runs against both backends: a site in an encrypted file on this computer, and a
site on the real test PostgreSQL server (tests/helpers/server_sites.py). A module listed in
SERVER_TOO gets every test that uses `new_site` twice, as [local] and [server]; a test that is about
the local files only (key file, folder, backups) carries @pytest.mark.local_only."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import SERVER_SITES

SERVER_TOO = {  # modules, by their path below tests/services
    "test_accounts",
    "test_drafts",
    "test_governance_demo",
    "test_session",
    "test_settings",
    "exchange.test_checking",
    "exchange.test_deidentified",
    "exchange.test_export",
    "exchange.test_files",
    "exchange.hmis.test_export",
    "exchange.hmis.test_importing",
    "exchange.hmis.test_site",
    "exchange.test_importing",
    "exchange.test_mappings",
    "governance.test_governance",
    "governance.test_memberships",
    "governance.test_organizations",
    "governance.test_roster",
    "meetings.test_agenda",
    "meetings.test_attendance",
    "meetings.test_case_conference",
    "meetings.test_decisions",
    "meetings.test_meetings",
    "meetings.test_minutes",
    "metrics.test_categories",
    "metrics.test_dataset",
    "metrics.test_fact_sheet",
    "metrics.test_metrics",
    "metrics.test_periods",
    "metrics.test_program",
    "metrics.test_program_json",
    "metrics.test_public",
    "participants.test_documents",
    "participants.test_duplicates",
    "participants.test_lists",
    "participants.test_merges",
    "participants.test_participants",
    "participants.test_profile",
    "participants.test_records",
    "participants.test_today",
    "referrals.test_checklist",
    "referrals.test_enrollment",
    "referrals.test_lists",
    "referrals.test_referral",
    "referrals.test_referrals",
    "referrals.test_sources",
    "reporting.test_case_summaries",
    "reporting.test_editable",
    "reporting.test_exporting",
    "reporting.test_report_data",
}


def pytest_configure(config):
    config.addinivalue_line("markers", "local_only: the test is about a site's local files; not run on a server")


def pytest_generate_tests(metafunc):
    module = metafunc.module.__name__.removeprefix(__name__.rpartition(".")[0] + ".")
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
    """A new site signed in as its administrator "admin", on this computer or on the server; both
    are copies of a site made once per test process."""
    if backend == "server":
        from lead_desktop.services.server_site import sign_in_server
        from tests.helpers.server_sites import copy_site

        pg_server = request.getfixturevalue("pg_server")
        address = copy_site(pg_server, request.getfixturevalue("server_template"), "admin", ADMIN_PASSWORD)
        site = sign_in_server(address, "admin", ADMIN_PASSWORD)
        site.recovery_key = None  # type: ignore[attr-defined]
        SERVER_SITES[site_dir] = address

        def forget() -> None:  # after the site is closed (the fixture's own teardown runs first)
            SERVER_SITES.pop(site_dir, None)
            pg_server.drop_database(address.database)

        request.addfinalizer(forget)
    else:
        from tests.helpers.sites import open_copy

        template = request.getfixturevalue("site_template")
        site = open_copy(template, site_dir)
        site.recovery_key = template.recovery_key  # type: ignore[attr-defined]
    yield site
    if not site.closed:
        site.close()
