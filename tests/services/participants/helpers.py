"""Small builders the participant tests (and others) share: people, staff, dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services.session import SiteSession
from tests.helpers import sites as site_helpers

TODAY = date.today()
TEMPORARY_PASSWORD = "temporary pass 123"
OWN_PASSWORD = "my own pass phrase 456"


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def moment(days: int = 0, hours: int = 0) -> datetime:
    """Today at 10:00 shifted by whole days (and hours); never in the future for days < 0."""
    return datetime.combine(TODAY, datetime.min.time()) + timedelta(days=days, hours=10 + hours)


def person(site: SiteSession, first: str | None = "Jon", last: str | None = "Smith", **values: object):
    """Create a participant (duplicates already reviewed) enrolled ten days ago unless told otherwise."""
    data = {"first_name": first, "last_name": last, "enrolled_on": days_ago(10), **values}
    return ps.create_participant(site, data, reviewed_duplicates=True)


def add_staff(site: SiteSession, username: str, role: Role = Role.CASE_MANAGER) -> str:
    return accounts.add_account(site, username, username.title(), role, TEMPORARY_PASSWORD).id


def sign_in_as(folder, username: str) -> SiteSession:
    """Sign in as a person added by add_staff, choosing their own password at first sign-in as the window does."""
    site = site_helpers.sign_in(folder, username, TEMPORARY_PASSWORD)
    assert site.actor.must_change_password
    accounts.change_own_password(site, TEMPORARY_PASSWORD, OWN_PASSWORD)
    assert not site.actor.must_change_password
    return site


def participant_count(site: SiteSession) -> int:
    return ps.list_participants(site, limit=1).total


def ids(page: ps.ParticipantPage) -> list[str]:
    return [row.id for row in page.rows]


def audit_entries(site: SiteSession) -> list[audit_service.AuditRow]:
    return audit_service.list_entries(site, limit=100000)


VALID = {
    "first_name": "Rosa",
    "last_name": "Parkes",
    "dob": "1979-04-02",
    "enrolled_on": days_ago(30),
    "race_ethnicity": ["3"],
    "sex": "0",
}


def consent_values(**changes: object) -> dict:
    values = {
        "consent_type": "lead_multi_party",
        "sud": True,
        "disclosing_party": "LEAD case management",
        "recipients": "Police department\nProsecutor's office",
        "information": ["enrollment", "legal", "substance_use"],
        "purpose": "Coordinate services",
        "right_to_revoke_explained": True,
        "signer": "participant",
        "signed_on": days_ago(30),
        "expires_on": TODAY + timedelta(days=300),
    }
    values.update(changes)
    return values
