"""Shared server mode: creating a site on a PostgreSQL server and signing in to it.

A server site is the same data as a one-laptop site; what differs is who keeps
the secrets. There is no site folder, key file or recovery key: each person signs
in with their own server account (a database role), the server's TLS certificate
proves the server, and the database enforces each role's rights (see
`storage.server_schema`; the roles themselves are `storage.server_roles`). A
`SiteSession` for a server site behaves like a local one for every other service.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from lead_desktop.domain import validation
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    AccountDisabled,
    NotASite,
    NotStaff,
    SiteExists,
    ValidationError,
)
from lead_desktop.domain.roles import Role
from lead_desktop.services import anchors
from lead_desktop.services.session import Actor, SiteSession, write_setting
from lead_desktop.services.settings import _prefix_for
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import server, server_roles, server_schema, vault as vaults
from lead_desktop.storage.models import Account
from lead_desktop.storage.server import ServerAddress
from lead_desktop.storage.server_changes import ChangeListener

log = logging.getLogger(__name__)


class NoFolderLock:
    """A server site has no folder to hold: several programs work on it at once."""

    def acquire(self) -> "NoFolderLock":
        return self

    def release(self) -> None:
        return None


def create_server_site(
    address: ServerAddress,
    owner: str,
    owner_password: str | None,
    site_name: str,
    admin_username: str,
    password: str,
    admin_display_name: str | None = None,
    participant_prefix: str | None = None,
) -> SiteSession:
    """Create the schema, roles and first administrator in an empty database the owner prepared.
    Returns the site signed in as that administrator."""
    site_name = validation.check_site_name(site_name)
    username = validation.check_username(admin_username)
    validation.check_password(password)
    display = validation.check_display_name(admin_display_name or username)
    vault = server.connect(address, owner, owner_password)
    try:
        with vault.engine.connect() as conn:
            if not server_schema.is_empty(conn):
                raise SiteExists(folder=address.display())
            if not server_roles.is_owner(conn):
                raise NotASite(server=address.display())
            server_schema.check_collation(conn)
            server_schema.check_one_site_per_cluster(conn)
        server_schema.upgrade(vault.engine)
        with vault.unit_of_work() as session:
            admin = Account(username=username, display_name=display, role=Role.ADMINISTRATOR.value,
                            active=True, must_change_password=False, account_key=None)
            session.add(admin)
            session.flush()
            server_roles.create_login(session, username, Role.ADMINISTRATOR, password)
            write_setting(session, "site_name", site_name, admin.id)
            write_setting(session, "participant_prefix", _prefix_for(site_name, participant_prefix), admin.id)
            audit_log.append(session, AuditAction.SITE_CREATED.value, actor_id=admin.id, actor=username)
    finally:
        vault.close()
    log.info("server site created")
    site = sign_in_server(address, username, password)
    try:  # the first screening checklist, made now: case managers may read it but not write it
        from lead_desktop.services import referrals

        referrals.current_checklist(site)
    except BaseException:
        site.close()
        raise
    return site


def sign_in_server(address: ServerAddress, username: str, password: str, *, resuming: bool = False) -> SiteSession:
    """Connect as the person (the server checks the password), check the schema, read the role
    from the database's group membership and record the sign-in."""
    name = validation.normalize_username(username)
    vault = server.connect(address, server_roles.login_role(address.database, name), password)
    try:
        role = check_schema_and_role(vault)
        with vault.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == name))
            if row is None or not row.active:
                raise AccountDisabled()
            row.last_sign_in_at = datetime.now(timezone.utc)
            action = AuditAction.UNLOCK if resuming else AuditAction.SIGN_IN
            audit_log.append(session, action.value, actor_id=row.id, actor=row.username, detail={"via": "server"})
            actor = Actor(row.id, row.username, row.display_name, role,
                          row.must_change_password or not _keeps_the_rules(password))
        site = SiteSession(vault, actor, NoFolderLock())
        site.listener = ChangeListener(vault.engine.url)
    except BaseException:
        vault.close()
        raise
    log.info("signed in to a server site")
    anchors.keep(site, "sign-in")
    site.after_sign_out.append(lambda: anchors.keep(site, "sign-out"))
    return site


def _keeps_the_rules(password: str) -> bool:
    """PostgreSQL lets every role change its own password (psql's \\password, ALTER ROLE), which the
    program cannot forbid; a password that breaks the program's rules signs in, then must be changed."""
    try:
        validation.check_password(password)
    except ValidationError:
        return False
    return True


def check_schema_and_role(vault: server.ServerVault) -> Role:
    """The connected person's group role on a site whose schema is this program's; NotASite, NotStaff or
    DatabaseTooNew otherwise."""
    with vault.engine.connect() as conn:
        owner = server_roles.is_owner(conn)
        role = server_roles.staff_role(conn)
    if role is None:
        raise NotASite(server=vault.address.display()) if owner else NotStaff()
    try:
        revision = vault.schema_revision()
    except DBAPIError:  # no schema table readable: not a site
        revision = None
    vaults.refuse_too_new(revision)
    if revision != vaults.head_revision():
        raise NotASite(server=vault.address.display())
    return role


def reconnect(vault: server.ServerVault, username: str) -> Actor:
    """The person again, as the server knows them now (role, active), after working offline: AccountDisabled
    for a deactivated account. The pool reconnects with the password it was opened with."""
    role = check_schema_and_role(vault)
    with vault.unit_of_work() as session:
        row = session.scalar(select(Account).where(Account.username == username))
        if row is None or not row.active:
            raise AccountDisabled()
        return Actor(row.id, row.username, row.display_name, role, row.must_change_password)


def upgrade_server_site(address: ServerAddress, owner: str, owner_password: str | None) -> str | None:
    """Run by the owner after installing a new program version: schema to head, security refreshed.
    Returns the revision it started from."""
    vault = server.connect(address, owner, owner_password)
    try:
        with vault.engine.connect() as conn:
            if not server_roles.is_owner(conn):
                raise NotASite(server=address.display())
        before = vault.schema_revision()
        vaults.refuse_too_new(before)
        server_schema.upgrade(vault.engine)
        return before
    finally:
        vault.close()
