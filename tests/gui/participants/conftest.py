"""Fixtures for the participant pages: demo rows, a few hand-made people, other accounts to sign in as."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, demo
from lead_desktop.services import participants as svc
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import cheap_key_derivation, keep_as_template, open_copy

OTHER_PASSWORD = "a different long passphrase"


def person(site: sites.SiteSession, first: str, last: str, **values: object) -> svc.ParticipantDetail:
    """A participant created through the service (duplicates already reviewed)."""
    base = {"first_name": first, "last_name": last, "enrolled_on": date.today().replace(day=1)}
    base.update(values)
    return svc.create_participant(site, base, reviewed_duplicates=True)


@pytest.fixture(scope="session")
def demo_template(site_template, tmp_path_factory):
    """The test site with 150 synthetic participants (more than one page of 100), two contacts each,
    filled once per test process (a few seconds); `demo_site` copies it."""
    with cheap_key_derivation():
        site = open_copy(site_template, tmp_path_factory.mktemp("demo-template") / "site")
        demo.fill_demo(site, ADMIN_PASSWORD, 150, seed=7, contacts_per_participant=2)
        return keep_as_template(site, site_template.recovery_key)


@pytest.fixture
def demo_site(demo_template, site_dir):
    """A copy of the demo template, signed in as its administrator; closed after the test."""
    site = open_copy(demo_template, site_dir)
    yield site
    if not site.closed:
        site.close()


def sign_in_as(site_dir, admin_site: sites.SiteSession, username: str, role: Role) -> sites.SiteSession:
    """Add an account as the administrator, close the administrator's session, sign in as the new person."""
    accounts.add_account(admin_site, username, f"Person {username}", role, OTHER_PASSWORD)
    admin_site.close()
    return sites.sign_in(site_dir, username, OTHER_PASSWORD)
