"""Moving a site between one laptop and a shared server, with every row checked.

`move_to_server` copies a one-laptop site into an empty PostgreSQL database the
server's owner prepared. Everything on the server happens in one transaction:
the schema (Alembic, without the security yet, so the copied audit log is neither
renumbered nor added to by the triggers), every table, a fingerprint of every
table compared with the laptop's, then the security (`server_schema.install_security`)
and a login role for every account. Any difference or failure rolls all of it
back and the database is empty again. The laptop's own transaction, which holds
its "moved to the server" audit entry, commits only after the server's did, so
the entry is in both logs or in neither.

People sign in on the server with their server account. The administrator who
moved the site keeps their password; other active accounts get a login role with
no password until an administrator gives them a temporary one (Administration →
Accounts); deactivated accounts get a role that cannot log in.

`snapshot` is the way back: one encrypted file in the local backup format, made
from a consistent (repeatable-read) read of the server, which `services.site.restore`
unpacks and `sign_in` (the snapshotting administrator's password) or
`open_with_recovery_key` opens. The database is a new SQLCipher file under a fresh
master key, written beside the target and never in plaintext.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lead_desktop.domain import validation
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    CopyFailed,
    FolderNotWritable,
    NotASite,
    PermissionDenied,
    ServerNameTaken,
    SiteExists,
    SnapshotMismatch,
    ValidationError,
    WrongPassword,
)
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.paths import SitePaths
from lead_desktop.services import anchors
from lead_desktop.services.session import MOVED_TO_SERVER_SETTING, SiteSession
from lead_desktop.services.site import AUDIT_PRIVATE_KEY_SETTING
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import pending, server, server_roles, server_schema, transfer
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.models import Account, Setting
from lead_desktop.storage.server import ServerAddress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MoveReport:
    server: str
    tables: dict[str, int]
    needs_password: list[str] = field(default_factory=list)  # active accounts with no server password yet
    deactivated: list[str] = field(default_factory=list)  # roles that cannot log in
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


# ----- moving a laptop's site onto the server -----------------------------------------------


def move_to_server(
    site: SiteSession,
    password: str,
    address: ServerAddress,
    owner: str,
    owner_password: str | None,
    *,
    batch: int = transfer.BATCH,
) -> MoveReport:
    """Copy the signed-in local site into the empty database at `address`, as its owner."""
    if site.is_server:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This site is already on a server."))
    _require_administrator(site)
    _check_local_password(site, password)
    started = time.perf_counter()
    vault = server.connect(address, owner, owner_password)
    try:
        with site.vault.engine.connect() as local, vault.engine.connect() as remote:
            local_tx = local.begin()
            try:
                with remote.begin():
                    if not server_schema.is_empty(remote):
                        raise SiteExists(folder=address.display())
                    if not server_roles.is_owner(remote):
                        raise NotASite(server=address.display())
                    server_schema.check_collation(remote)
                    server_schema.check_one_site_per_cluster(remote)
                    accounts = _accounts(local)
                    _refuse_taken_names(remote, address, accounts)
                    server_schema.upgrade_schema(remote)  # the triggers come after the copy
                    _audit(local, site, AuditAction.MOVED_TO_SERVER, server=address.display())
                    transfer.check_same_revision(local, remote)
                    transfer.check_empty(remote)
                    counts = transfer.copy_tables(local, remote, batch)
                    transfer.check_copy(local, remote, batch=batch)
                    server_schema.install_security(remote)
                    needs, deactivated = _create_roles(remote, accounts, site.actor.username, password)
                    _audit(remote, site, AuditAction.MOVED_TO_SERVER, tables=len(counts), rows=sum(counts.values()))
            except BaseException:
                local_tx.rollback()
                raise
            try:
                _mark_moved(local, site, address)
                local_tx.commit()
            except DBAPIError:  # the site is on the server already: say so rather than fail
                log.error("the site moved; the entry saying so could not be saved on this computer")
    except DBAPIError as exc:
        _raise_known(exc, address)
    finally:
        vault.close()
    seconds = time.perf_counter() - started
    log.info("site moved to a server: %d tables, %d rows in %.1f s", len(counts), sum(counts.values()), seconds)
    return MoveReport(address.display(), counts, needs, deactivated, seconds)


def _require_administrator(site: SiteSession) -> None:
    site.require(Permission.MANAGE_ACCOUNTS)
    if site.actor.account_id is None or site.actor.role is not Role.ADMINISTRATOR:
        raise PermissionDenied(role=site.actor.role.label, action=Permission.MANAGE_ACCOUNTS.label)


def _check_local_password(site: SiteSession, password: str) -> None:
    slot = site.vault.keyfile.find(site.actor.username)
    if slot is None:
        raise WrongPassword()
    slot.unwrap_account_key(password)  # WrongPassword when it does not match


@dataclass(frozen=True)
class _Account:
    username: str
    role: Role
    active: bool


def _accounts(conn: Connection) -> list[_Account]:
    rows = conn.execute(select(Account.username, Account.role, Account.active).order_by(Account.username))
    return [_Account(r.username, Role(r.role), bool(r.active)) for r in rows]


def _refuse_taken_names(conn: Connection, address: ServerAddress, accounts: list[_Account]) -> None:
    """Roles belong to the whole server and outlive a dropped database: a name left from an earlier
    site of the same database name would make the move fail halfway."""
    taken = server_roles.first_taken(conn, [server_roles.login_role(address.database, a.username) for a in accounts])
    if taken is not None:
        raise ServerNameTaken(role=taken)


def _audit(conn: Connection, site: SiteSession, action: AuditAction, **detail: object) -> None:
    """An audit entry in the connection's open transaction (committed, or not, with it)."""
    session = Session(bind=conn)
    try:
        audit_log.append(session, action.value, actor_id=site.actor.account_id, actor=site.actor.username,
                         detail=detail or None)
        session.flush()
    finally:
        session.close()


def _mark_moved(conn: Connection, site: SiteSession, address: ServerAddress) -> None:
    """The laptop's copy remembers where the site went, so the window and the command line can warn
    anyone who opens it that changes made here no longer reach anyone (written after the copy)."""
    value = json.dumps({"server": address.display(), "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    table = Setting.__table__
    if conn.execute(select(table.c.id).where(table.c.key == MOVED_TO_SERVER_SETTING)).first():
        conn.execute(update(table).where(table.c.key == MOVED_TO_SERVER_SETTING)
                     .values(value=value, updated_by=site.actor.account_id, updated_at=datetime.now(timezone.utc)))
    else:
        conn.execute(insert(table).values(key=MOVED_TO_SERVER_SETTING, value=value, updated_by=site.actor.account_id))


def _create_roles(conn: Connection, accounts: list[_Account], mover: str, password: str) -> tuple[list[str], list[str]]:
    """A login role per account. Returns (active accounts without a password, deactivated accounts)."""
    needs: list[str] = []
    deactivated: list[str] = []
    for account in accounts:
        own = password if account.username == mover else None
        server_roles.create_login(conn, account.username, account.role, own)
        if not account.active:
            server_roles.set_login_active(conn, account.username, False)
            deactivated.append(account.username)
        elif own is None:
            needs.append(account.username)
    return needs, deactivated


def _raise_known(exc: DBAPIError, address: ServerAddress) -> None:
    """Raise the server's known error for `exc`; a database exception it does not know stays a bug."""
    known = server.database_error(exc, address)
    if known is None:
        raise exc
    raise known from None


# ----- a one-file copy of a server site ---------------------------------------------------------


def snapshot(site: SiteSession, password: str, target: str | Path) -> tuple[Path, str]:
    """Write the server site into one encrypted file that opens in local mode. Returns the file and
    the copy's recovery key (shown once: it is the copy's master key)."""
    if not site.is_server:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A snapshot is a copy of a server site. On this computer, make a backup instead."))
    _require_administrator(site)
    _check_server_password(site, password)
    target = Path(target).expanduser().resolve()
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK | os.X_OK):
        raise FolderNotWritable(folder=str(target.parent))
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.SNAPSHOT)
    started = time.perf_counter()
    master = vaults.new_master_key()
    with tempfile.TemporaryDirectory(prefix=".lead-snapshot-", dir=target.parent) as tmp:
        paths = SitePaths(Path(tmp))
        vault = vaults.Vault(paths, KeyFile.new(b"\0" * 32), vaults.make_engine(paths.db, master), master)
        try:
            vaults.migrate_to_head(vault)
            account_key, audit_private = _copy_from_server(site, vault)
            keyfile = KeyFile.new(pending.public_key_for(audit_private))
            keyfile.add_account(site.actor.username, password, account_key, vault.master_key)
            vault.keyfile = keyfile
            recovery_key = validation.format_recovery_key(vault.master_key)
            path = vault.write_backup(target)
        finally:
            vault.close()
    anchors.keep(site, "snapshot")  # the copy's manifest holds its head; this computer keeps the live one
    log.info("server site written to a one-file copy in %.1f s", time.perf_counter() - started)
    return path, recovery_key


def _check_server_password(site: SiteSession, password: str) -> None:
    """The password goes into the copy's key slot, so it must be the person's: the server checks it."""
    address = site.vault.address
    check = server.connect(address, server_roles.login_role(address.database, site.actor.username), password)
    check.close()


def _copy_from_server(site: SiteSession, vault: vaults.Vault) -> tuple[bytes, bytes]:
    """Every table from one consistent read of the server into the new file, checked row by row.
    Returns the snapshotting person's account key and the site's audit private key."""
    try:
        with site.vault.consistent_read() as remote, vault.engine.connect() as local, local.begin():
            transfer.check_same_revision(remote, local, SnapshotMismatch)
            transfer.check_empty(local)
            transfer.copy_tables(remote, local)
            transfer.check_copy(remote, local, SnapshotMismatch)
            account_key = _account_keys(local, site.actor.account_id)
            audit_private = _audit_key(local, site.actor.account_id)
    except CopyFailed as exc:
        raise SnapshotMismatch(**exc.params) from None
    except DBAPIError as exc:
        _raise_known(exc, site.vault.address)
    return account_key, audit_private


def _account_keys(conn: Connection, own_id: str) -> bytes:
    """Every account in the copy needs an account key for local mode (an administrator resets a password
    by wrapping the master key with it). Rows moved from a laptop have theirs; accounts made on the
    server get a new one, in the copy only, with their change stamps left as they were."""
    rows = conn.execute(select(Account.id, Account.account_key, Account.updated_at)).all()
    own: bytes | None = None
    for row in rows:
        key = row.account_key
        if key is None:
            key = secrets.token_bytes(32)
            conn.execute(update(Account.__table__).where(Account.__table__.c.id == row.id)
                         .values(account_key=key, updated_at=row.updated_at))
        if row.id == own_id:
            own = bytes(key)
    if own is None:
        raise SnapshotMismatch(table="account")
    return own


def _audit_key(conn: Connection, actor_id: str) -> bytes:
    """The site's audit private key (kept in the settings by a site that began on a laptop), or a new
    one added to the copy: the key file seals failed sign-ins to it."""
    value = conn.execute(select(Setting.value).where(Setting.key == AUDIT_PRIVATE_KEY_SETTING)).scalar()
    if value is not None:
        return bytes.fromhex(str(json.loads(value)))
    private, _public = pending.new_audit_keypair()
    conn.execute(insert(Setting.__table__).values(key=AUDIT_PRIVATE_KEY_SETTING, value=json.dumps(private.hex()),
                                                  updated_by=actor_id))
    return private
