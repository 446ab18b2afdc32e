"""A server site with staff and a laptop's data folder, for the tests of working offline (services.offline)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, server_site
from lead_desktop.services import participants as ps
from lead_desktop.services.offline import access, sync
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import working_copy
from lead_desktop.storage.server import ServerAddress

STAFF_PASSWORD = "temporary pass 123"
CANARY = "Quixotlanova"  # a name no library ships: found in a file, it leaked
_numbers = itertools.count(1)


@dataclass
class Laptop:
    """A site on the server (its administrator signed in there) and one laptop's data folder."""

    address: ServerAddress
    admin: SiteSession
    folder: Path
    staff: dict[str, str] = field(default_factory=dict)  # user name → account id

    def add(self, username: str, role: Role = Role.CASE_MANAGER) -> str:
        self.staff[username] = accounts.add_account(self.admin, username, username.title(), role, STAFF_PASSWORD).id
        return self.staff[username]

    def sign_in(self, username: str, *, offline: bool = False, folder: Path | None = None) -> SiteSession:
        """The person on this laptop with their copy, filled (online) as the window does after signing in."""
        site = access.sign_in(self.address, folder or self.folder, username, STAFF_PASSWORD, offline=offline)
        if not site.offline and site.copy is not None:
            sync.sync(site)
        return site

    def online(self, username: str) -> SiteSession:
        """The person on the server, without a copy (another laptop, or the window of someone else)."""
        return server_site.sign_in_server(self.address, username, STAFF_PASSWORD)

    def copy_paths(self, username: str, folder: Path | None = None):  # noqa: ANN201 - SitePaths
        return working_copy.locate(folder or self.folder, self.address.display(), username)


def person(site: SiteSession, case_manager_id: str | None, first: str = "Ana", last: str | None = None):
    last = last or f"Person{next(_numbers)}"
    return ps.create_participant(site, {"first_name": first, "last_name": last, "case_manager_id": case_manager_id,
                                        "enrolled_on": datetime.now().date() - timedelta(days=30)},
                                 reviewed_duplicates=True)


def contact(site: SiteSession, participant_id: str, note: str, days: int = -1) -> ps.Record:
    at = datetime.now().replace(second=0, microsecond=0) + timedelta(days=days)
    return ps.add_record(site, "contact", participant_id, {"at": at, "contact_type": "street", "note": note})


def notes(site: SiteSession, participant_id: str) -> list[str]:
    return sorted(r.values["note"] for r in ps.list_records(site, "contact", participant_id))


def set_phone(site: SiteSession, participant_id: str, phone: str) -> None:
    """Edit a profile from the version this session reads (offline: the copy's; online: the server's)."""
    current = ps.get_participant(site, participant_id)
    ps.update_participant(site, participant_id, {**current.values, "phone": phone}, expected_version=current.version)
