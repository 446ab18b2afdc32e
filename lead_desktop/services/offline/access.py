"""Signing in on a server site with this laptop's working copy, and the copy's device.

* `sign_in`: to the server when it answers — then the person's copy is opened (made the first time,
  keyed with their password, registered as a device) and becomes their drafts' home; when the server
  cannot be reached, the copy is opened offline with the same password (checked by its key slot),
  if it was filled once, if it reached the server within the site's limit (`offline_copy_days`).
* A copy is removed when the server says its device was revoked, when the account was deactivated
  (the server refuses the sign-in), when the person becomes a viewer (viewers get no copy), or when
  the person chooses "Remove this laptop's copy" on signing out (`remove_copy`).
* An administrator lists the site's devices and revokes one (`devices`, `revoke_device`): the
  server refuses that copy's sync from then on, and it wipes itself at its next online sign-in.

A password reset by an administrator elsewhere no longer opens the person's slot: the next online
sign-in opens the copy through the device's slot (the server's secret for it) and wraps the key
under the new password (storage.working_copy), so nothing waiting in the queue is lost.
"""

from __future__ import annotations

import logging
import platform
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from lead_desktop.domain import validation
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    AccountDisabled,
    DeviceRevoked,
    KnownError,
    NoWorkingCopy,
    ServerUnreachable,
    WrongPassword,
)
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services import anchors, server_site
from lead_desktop.services.offline.copy import WorkingCopy, scope_for
from lead_desktop.services.session import Actor, SiteSession
from lead_desktop.storage import server, server_roles, server_sync
from lead_desktop.storage import working_copy as files
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.models import Account
from lead_desktop.storage.server import ServerAddress
from lead_desktop.storage.server_changes import ChangeListener

log = logging.getLogger(__name__)

REVOKED_NOTICE = "revoked"  # SiteSession.notices: the copy was revoked and removed at this sign-in


def device_label() -> str:
    """The computer's name, for an administrator's list of devices."""
    return (platform.node() or "?")[:80]


def _paths(address: ServerAddress, data_folder: str | Path, username: str):  # noqa: ANN202 - SitePaths
    return files.locate(data_folder, address.display(), username)


# ----- signing in --------------------------------------------------------------------------------------


def sign_in(address: ServerAddress, data_folder: str | Path, username: str, password: str, *,
            resuming: bool = False, offline: bool = False) -> SiteSession:
    """Sign in to the server with the working copy attached, or, when the server cannot be reached (or
    `offline`), on the copy alone. NoWorkingCopy when neither is possible."""
    name = validation.normalize_username(username)
    if not offline:
        try:
            site = server_site.sign_in_server(address, name, password, resuming=resuming)
        except ServerUnreachable:
            log.info("the server cannot be reached; trying this laptop's copy")
        except AccountDisabled:
            files.remove(_paths(address, data_folder, name))
            raise
        else:
            try:
                attach_copy(site, data_folder, password)
            except BaseException:
                site.close()
                raise
            return site
    return open_offline(address, data_folder, name, password, resuming=resuming)


def attach_copy(site: SiteSession, data_folder: str | Path, password: str) -> None:
    """Online: open (or make) the person's copy and register its device. A revoked device's copy is
    wiped (the session goes on without one, and says so in `site.notices`); a viewer's is removed."""
    paths = _paths(site.vault.address, data_folder, site.actor.username)
    if scope_for(site.actor.role) is None:
        files.remove(paths)
        return
    opened = None
    if files.exists(paths):
        try:
            opened = files.open_with_password(paths, site.actor.username, password)
        except WrongPassword:
            opened = _open_after_reset(site, paths, password)
        except KnownError:
            log.warning("this laptop's copy could not be opened; starting a new one")
    if opened is None:
        opened = files.create(paths, site.actor.username, password)
    copy = WorkingCopy(opened, site.actor.username, Path(data_folder))
    try:
        secret = _register(site, copy)
    except DeviceRevoked:
        copy.wipe()
        site.notices.append(REVOKED_NOTICE)
        log.info("this laptop's copy was revoked by an administrator and removed")
        return
    except BaseException:
        copy.close()
        raise
    if not copy.state("device_slot"):
        opened.set_device_secret(secret)
        copy.set_state("device_slot", True)
    site.copy = copy


def _register(site: SiteSession, copy: WorkingCopy) -> str:
    device = copy.opened.vault.keyfile.site_id
    with site.vault.unit_of_work() as session:
        secret = server_sync.register_device(session, device, device_label())
    if copy.device_id != device:
        copy.set_state("device_id", device)
    return secret


def _open_after_reset(site: SiteSession, paths, password: str) -> files.OpenedCopy | None:  # noqa: ANN001
    """The server accepted a password the copy's slot does not know (reset elsewhere): open the copy
    through the device's slot and wrap it under the new password. None when that fails too."""
    try:
        device = KeyFile.load(paths.keys).site_id
        with site.vault.unit_of_work() as session:
            secret = server_sync.register_device(session, device, device_label())
        opened = files.open_with_secret(paths, secret)
    except DeviceRevoked:
        raise
    except KnownError:
        log.warning("this laptop's copy does not open with the new password; starting a new one")
        return None
    opened.set_password(site.actor.username, password)
    log.info("this laptop's copy now opens with the person's new password")
    return opened


def open_offline(address: ServerAddress, data_folder: str | Path, username: str, password: str, *,
                 resuming: bool = False) -> SiteSession:
    """The person's copy alone, when the server cannot be reached. WrongPassword when the copy's slot
    refuses the password; CopyTooOld past the site's limit; NoWorkingCopy when there is none to use."""
    paths = _paths(address, data_folder, username)
    if not files.exists(paths):
        raise NoWorkingCopy(server=address.display())
    opened = files.open_with_password(paths, username, password)
    copy = WorkingCopy(opened, username, Path(data_folder))
    try:
        if not copy.filled:
            raise NoWorkingCopy(server=address.display())
        copy.check_age()
        with copy.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            if row is None or not row.active or Role(row.role) is Role.VIEWER:
                raise NoWorkingCopy(server=address.display())
            actor = Actor(row.id, row.username, row.display_name, Role(row.role))
        login = server_roles.login_role(address.database, username)
        site = SiteSession(server.ServerVault(address, server.make_engine(address, login, password)), actor,
                           server_site.NoFolderLock())
    except BaseException:
        copy.close()
        raise
    site.copy, site.offline = copy, True
    # Back online by then, the server's chain head is anchored at sign-out as after an online sign-in.
    site.after_sign_out.append(lambda: anchors.keep(site, "sign-out"))
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.UNLOCK if resuming else AuditAction.SIGN_IN, via="offline")
    log.info("signed in offline on this laptop's copy")
    return site


def reconnect(site: SiteSession) -> None:
    """Back online: the person as the server knows them now, and the change listener again.
    ServerUnreachable while it still cannot be reached; AccountDisabled (the copy is wiped) when the
    account was deactivated meanwhile."""
    vault = site.vault
    try:
        actor = server_site.reconnect(vault, site.actor.username)
    except DBAPIError as exc:  # the pool stays (see sync.check_reachable)
        raise server.connection_error(exc, vault.address) from None
    except AccountDisabled:
        remove_copy(site)
        raise
    site.actor = actor
    if site.listener is None:
        try:
            site.listener = ChangeListener(vault.engine.url)
        except Exception:  # noqa: BLE001 - lists then refresh by themselves less often; never a reason to stop
            log.warning("the change listener could not connect")


def remove_copy(site: SiteSession) -> None:
    """Delete this laptop's copy of the person's work (and the drafts it kept)."""
    copy = site.copy
    if copy is None:
        return
    if site.local_drafts is copy:
        site.local_drafts = None
    site.copy, site.offline = None, False
    copy.wipe()


# ----- devices, for an administrator ------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    username: str
    display_name: str
    computer: str
    registered_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None


def devices(site: SiteSession) -> list[DeviceInfo]:
    """Every laptop's copy of the site: whose, which computer, when it last reached the server, revoked."""
    site.require(Permission.MANAGE_ACCOUNTS)
    if not site.is_server:
        return []
    with site.unit_of_work() as session:
        rows = server_sync.devices(session)
        names = dict(session.execute(select(Account.username, Account.display_name)).all())
    return [DeviceInfo(r.id, r.username, names.get(r.username, r.username), r.label, r.created_at, r.last_sync_at,
                       r.revoked_at) for r in rows]


def revoke_device(site: SiteSession, device_id: str) -> bool:
    """Revoke a laptop's copy: the server refuses its sync; it wipes itself at its next online sign-in."""
    site.require(Permission.MANAGE_ACCOUNTS)
    with site.unit_of_work() as session:
        done = server_sync.revoke(session, device_id)
        if done:
            site.audit(session, AuditAction.DEVICE_REVOKED, "device", device_id)
    return done
