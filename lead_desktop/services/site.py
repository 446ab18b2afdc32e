"""Creating a site, signing in and out, locking, verifying, backing up and restoring.

Also the Recovery Kit's file, written when a site is made (or later, from the key shown once).

Each way in (create_site, sign_in, sign_in_with_keychain, open_with_recovery_key, unlock) returns
a `SiteSession` (services.session): the open site with one signed-in person, the actor.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import validation
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    AccountDisabled,
    DatabaseCorrupt,
    FolderNotWritable,
    KeychainNoKey,
    KeychainUnavailable,
    KeyFileCorrupt,
    KnownError,
    NoSite,
    SignInThrottled,
    SiteExists,
    UnknownUser,
    WrongPassword,
    WrongRecoveryKey,
)
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.paths import SitePaths
from lead_desktop.services import anchors, viewers
from lead_desktop.services.session import Actor, LockedSite, SiteSession, _actor_for, read_setting, write_setting
from lead_desktop.services.settings import _prefix_for
from lead_desktop.storage import atomic
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import keychain, pending, viewer_store, vault as vaults
from lead_desktop.storage.keyslots import VIEWER, AccountSlot, KeyFile
from lead_desktop.storage.lock import SiteLock
from lead_desktop.storage.models import Account, AuditEntry

if TYPE_CHECKING:
    from lead_desktop.reports.recovery_kit import RecoveryKitData

log = logging.getLogger(__name__)

RECOVERY_ACTOR = "recovery-key"
AUDIT_PRIVATE_KEY_SETTING = "audit_private_key"


# ----- creating a site ---------------------------------------------------------------


def create_site(
    folder: str | Path | None,
    site_name: str,
    admin_username: str,
    password: str,
    admin_display_name: str | None = None,
    participant_prefix: str | None = None,
) -> tuple[SiteSession, str]:
    """Create a new site with its first administrator. Returns the open site and the recovery key."""
    site_name = validation.check_site_name(site_name)
    username = validation.check_username(admin_username)
    validation.check_password(password)
    display = validation.check_display_name(admin_display_name or username)
    paths = SitePaths.at(folder)
    if paths.exists():
        raise SiteExists(folder=str(paths.folder))
    try:
        paths.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        raise FolderNotWritable(folder=str(paths.folder)) from None
    if not os.access(paths.folder, os.W_OK | os.X_OK):
        raise FolderNotWritable(folder=str(paths.folder))
    lock = SiteLock(paths.folder).acquire()
    try:
        master = vaults.new_master_key()
        audit_private, audit_public = pending.new_audit_keypair()
        keyfile = KeyFile.new(audit_public)
        account_key = secrets.token_bytes(32)
        engine = vaults.make_engine(paths.db, master)
        try:
            vault = vaults.Vault(paths, keyfile, engine, master)
            vaults.migrate_to_head(vault)
            with vault.unit_of_work() as session:
                admin = Account(
                    username=username,
                    display_name=display,
                    role=Role.ADMINISTRATOR.value,
                    active=True,
                    must_change_password=False,
                    account_key=account_key,
                )
                session.add(admin)
                session.flush()
                write_setting(session, "site_name", site_name, admin.id)
                write_setting(session, "participant_prefix", _prefix_for(site_name, participant_prefix), admin.id)
                write_setting(session, AUDIT_PRIVATE_KEY_SETTING, audit_private.hex(), admin.id)
                audit_log.append(session, AuditAction.SITE_CREATED.value, actor_id=admin.id, actor=username)
                keyfile.add_account(username, password, account_key, bytes(master))
                keyfile.save(paths.keys)
                actor = _actor_for(admin)
        except BaseException:
            engine.dispose()
            _remove_partial_site(paths)
            raise
        recovery = validation.format_recovery_key(bytes(master))
        log.info("site created")
        site = SiteSession(vault, actor, lock)
        _staff_session(site)
        return site, recovery
    except BaseException:
        lock.release()
        raise


def _remove_partial_site(paths: SitePaths) -> None:
    for path in (paths.db, Path(str(paths.db) + "-wal"), Path(str(paths.db) + "-shm"), paths.keys):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def write_recovery_kit(data: RecoveryKitData, path: str | Path, *,
                       translate: Callable[[str], str] | None = None) -> Path:
    """The Recovery Kit PDF (reports.recovery_kit) written to `path` by the one file writer; returns
    the file's absolute path. A malformed key raises BadRecoveryKey before anything is written."""
    from lead_desktop.reports.pdfbase import identity  # reportlab loads only when a kit is written
    from lead_desktop.reports.recovery_kit import recovery_kit_pdf

    pdf = recovery_kit_pdf(data, translate=translate or identity)
    return atomic.write_file(path, lambda handle: handle.write(pdf))


# ----- signing in ----------------------------------------------------------------------


def _prepare(folder: str | Path | None, lock: SiteLock | None) -> tuple[SitePaths, SiteLock, KeyFile]:
    paths = SitePaths.at(folder)
    if not (paths.keys.exists() and paths.db.exists()):
        if paths.db.exists():
            raise _missing_keys(paths)
        raise NoSite(folder=str(paths.folder))
    own_lock = lock is None
    lock = lock or SiteLock(paths.folder)
    lock.acquire()
    try:
        keyfile = KeyFile.load(paths.keys)
    except BaseException:
        if own_lock:
            lock.release()
        raise
    return paths, lock, keyfile


def _missing_keys(paths: SitePaths) -> NoSite:
    return NoSite(
        QT_TRANSLATE_NOOP(
            "errors",
            "The site's key file is missing from {folder}. Restore it from a backup, "
            "or open the site with its recovery key.",
        ),
        folder=str(paths.folder),
    )


def sign_in(
    folder: str | Path | None,
    username: str,
    password: str,
    *,
    lock: SiteLock | None = None,
    wait: bool = False,
    resuming: bool = False,
) -> SiteSession:
    """Username + password → unwrap the master key → open and migrate → load the account.

    A wrong password or unknown user is sealed into the pending audit record,
    nothing else is written, and the next attempt is delayed (longer each time).
    """
    own_lock = lock is None
    paths, lock, keyfile = _prepare(folder, lock)
    try:
        _throttle(paths, wait)
        name = validation.normalize_username(username)
        slot = keyfile.find(name)
        if slot is None:
            _fail(paths, keyfile, name, "unknown_user", UnknownUser(username=username[:40]))
        try:
            account_key = slot.unwrap_account_key(password)
        except WrongPassword:
            _fail(paths, keyfile, name, "wrong_password", WrongPassword())
        return _open_slot(paths, keyfile, lock, slot, account_key, name, resuming, "password")
    except BaseException:
        if own_lock:
            lock.release()
        raise


def sign_in_with_keychain(
    folder: str | Path | None, username: str, *, lock: SiteLock | None = None, resuming: bool = False
) -> SiteSession:
    own_lock = lock is None
    paths, lock, keyfile = _prepare(folder, lock)
    try:
        state = keychain.status()
        if not state.usable:
            raise KeychainUnavailable(reason=state.reason)
        name = validation.normalize_username(username)
        slot = keyfile.find(name)
        if slot is None:
            raise KeychainNoKey()
        for device in slot.devices:
            device_key = keychain.load_device_key(keyfile.site_id, device.id)
            if device_key is None:
                continue
            try:
                account_key = slot.unwrap_account_key_with_device(device, device_key)
            except (InvalidTag, ValueError):
                continue
            return _open_slot(paths, keyfile, lock, slot, account_key, name, resuming, "keychain")
        raise KeychainNoKey()
    except BaseException:
        if own_lock:
            lock.release()
        raise


def open_with_recovery_key(
    folder: str | Path | None, recovery_key: str, *, lock: SiteLock | None = None
) -> SiteSession:
    """Open with the master key itself. Works without the key file too; acts as an administrator."""
    key = validation.parse_recovery_key(recovery_key)
    paths = SitePaths.at(folder)
    if not paths.db.exists():
        raise NoSite(folder=str(paths.folder))
    own_lock = lock is None
    lock = lock or SiteLock(paths.folder)
    lock.acquire()
    try:
        keyfile = _readable_keyfile(paths)
        try:
            vault = vaults.open_vault(paths, keyfile or KeyFile.new(b"\0" * 32), [key], migrate=keyfile is not None)
        except DatabaseCorrupt:
            raise WrongRecoveryKey() from None
        if keyfile is None:
            # The new key file (saved by the first password reset, and put into the backup taken
            # before an upgrade) must seal failed sign-ins to this site's audit key; a placeholder
            # key would make every later wrong password fail to be recorded.
            try:
                with vault.unit_of_work() as session:
                    audit_private = bytes.fromhex(str(read_setting(session, AUDIT_PRIVATE_KEY_SETTING)))
                vault.keyfile = KeyFile.new(pending.public_key_for(audit_private))
                vaults.migrate_to_head(vault)
            except BaseException:
                vault.close()
                raise
        actor = Actor(None, RECOVERY_ACTOR, "Recovery key", Role.ADMINISTRATOR, via_recovery_key=True)
        try:
            with vault.unit_of_work() as session:
                moved = _move_pending(session, paths)
                audit_log.append(session, AuditAction.SIGN_IN_RECOVERY_KEY.value, actor_id=None, actor=RECOVERY_ACTOR)
        except BaseException:
            vault.close()
            raise
        if moved:
            pending.clear(paths.pending)
        site = SiteSession(vault, actor, lock)
        _staff_session(site)
        return site
    except BaseException:
        if own_lock:
            lock.release()
        raise


def _readable_keyfile(paths: SitePaths) -> KeyFile | None:
    """The key file, or None when it is missing or damaged: the recovery key is the way in for both."""
    if not paths.keys.exists():
        return None
    try:
        return KeyFile.load(paths.keys)
    except KeyFileCorrupt:
        log.warning("key file damaged; opening with the recovery key without it")
        return None


def _throttle(paths: SitePaths, wait: bool) -> None:
    remaining = pending.seconds_until_next_attempt(paths.pending)
    if remaining <= 0:
        return
    if wait:
        time.sleep(remaining)
        return
    raise SignInThrottled(seconds=math.ceil(remaining))


def _fail(paths: SitePaths, keyfile: KeyFile, username: str, reason: str, error: WrongPassword) -> None:
    pending.record_failure(paths.pending, keyfile.audit_public_key, username, reason)
    log.info("sign-in failed (%s)", reason)
    error.delay_seconds = pending.delay_after(pending.failure_count(paths.pending))
    raise error


def _move_pending(session: Session, paths: SitePaths) -> bool:
    """Copy the sealed failed sign-ins into the audit log. The caller clears site.pending only after
    the commit, so a failed commit loses none; a record already in the log (a crash after the commit,
    before the clearing) is not copied twice. True when there was something to move."""
    if not paths.pending.exists() or paths.pending.stat().st_size == 0:
        return False
    private_hex = read_setting(session, AUDIT_PRIVATE_KEY_SETTING)
    if not private_hex:
        return False
    for attempt in pending.read_all(paths.pending, bytes.fromhex(str(private_hex))):
        if attempt.record and session.scalar(
            select(AuditEntry.seq)
            .where(AuditEntry.action == AuditAction.SIGN_IN_FAILED.value)
            .where(AuditEntry.detail.contains(f'"record":"{attempt.record}"'))
            .limit(1)
        ):
            continue
        audit_log.append(
            session,
            AuditAction.SIGN_IN_FAILED.value,
            actor_id=None,
            actor=attempt.username[:64] or "?",
            detail={"reason": attempt.reason, "record": attempt.record},
            at=datetime.fromtimestamp(attempt.at, timezone.utc),
        )
    return True


def _open_slot(paths: SitePaths, keyfile: KeyFile, lock: SiteLock, slot: AccountSlot, account_key: bytes,
               username: str, resuming: bool, via: str) -> SiteSession:
    """A viewer's slot opens the viewers' store; every other slot the site's database."""
    if slot.scope == VIEWER:
        return _finish_viewer_sign_in(paths, keyfile, lock, keyfile.viewer_key(slot, account_key), account_key,
                                      username, resuming, via)
    candidates = keyfile.master_key_candidates(slot, account_key)
    return _finish_sign_in(paths, keyfile, lock, candidates, username, resuming, via, account_key)


def _finish_viewer_sign_in(paths: SitePaths, keyfile: KeyFile, lock: SiteLock, viewer_key: bytes,
                           account_key: bytes, username: str, resuming: bool, via: str) -> SiteSession:
    """A viewer on a laptop: the viewers' store, never the site's database; the sign-in is sealed for the
    site's audit log (services.viewers moves it there at the next staff sign-in)."""
    vault = viewer_store.open_store(paths, keyfile, viewer_key, account_key)
    try:
        with vault.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            if row is None or not row.active:
                vault.seal_audit({"action": AuditAction.SIGN_IN_FAILED.value, "actor_id": row.id if row else None,
                                  "actor": username, "detail": {"reason": "account_inactive"}})
                raise AccountDisabled()
            actor = _actor_for(row)
        site = SiteSession(vault, actor, lock)
        site.audit(None, AuditAction.UNLOCK if resuming else AuditAction.SIGN_IN, via=via)
    except BaseException:
        vault.close()
        raise
    log.info("signed in (viewer)")
    return site


def _finish_sign_in(
    paths: SitePaths,
    keyfile: KeyFile,
    lock: SiteLock,
    candidates: list[bytes],
    username: str,
    resuming: bool,
    via: str = "password",
    account_key: bytes | None = None,
) -> SiteSession:
    vault = vaults.open_vault(paths, keyfile, candidates)
    try:
        with vault.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            moved = _move_pending(session, paths)
            moved_viewers = viewers.move_entries(session, paths)
            if row is None or not row.active:
                audit_log.append(
                    session,
                    AuditAction.SIGN_IN_FAILED.value,
                    actor_id=row.id if row else None,
                    actor=username,
                    detail={"reason": "account_inactive"},
                )
                session.commit()
                _clear_moved(paths, moved, moved_viewers)
                raise AccountDisabled()
            if row.role == Role.VIEWER.value and account_key is not None:
                actor = None  # a slot from before viewers had a key of their own: see below
            else:
                row.last_sign_in_at = datetime.now(timezone.utc)
                action = AuditAction.UNLOCK if resuming else AuditAction.SIGN_IN
                audit_log.append(session, action.value, actor_id=row.id, actor=row.username, detail={"via": via})
                actor = _actor_for(row)
        _clear_moved(paths, moved, moved_viewers)
    except BaseException:
        vault.close()
        raise
    if actor is None:
        return _convert_viewer(paths, keyfile, lock, vault, username, account_key, resuming, via)
    log.info("signed in")
    site = SiteSession(vault, actor, lock)
    _staff_session(site)
    return site


def _staff_session(site: SiteSession) -> None:
    """Every session holding the site's database: the chain anchored at sign-in and sign-out, the viewers'
    store kept current."""
    anchors.keep(site, "sign-in")
    viewers.refresh(site)
    site.before_close.append(lambda: viewers.refresh(site))
    site.after_sign_out.append(lambda: anchors.keep(site, "sign-out"))


def _convert_viewer(paths: SitePaths, keyfile: KeyFile, lock: SiteLock, vault: vaults.Vault, username: str,
                    account_key: bytes, resuming: bool, via: str) -> SiteSession:
    """A viewer whose slot still wraps the master key (written by an earlier version): every viewer's slot
    is given the viewers' key and their store written, the database closed, and the viewer goes on in the
    store like any other."""
    try:
        with vault.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            converting = SiteSession(vault, _actor_for(row), lock)
        viewers.refresh(converting)
        with vault.unit_of_work() as session:
            key = viewers.viewer_key(session, None, create=False)
    finally:
        vault.close()
    log.info("a viewer's key slot now opens the viewers' store only")
    return _finish_viewer_sign_in(paths, keyfile, lock, key, account_key, username, resuming, via)


def _clear_moved(paths: SitePaths, failed_sign_ins: bool, viewer_entries: bool) -> None:
    """After the commit: the sealed records are in the log now."""
    if failed_sign_ins:
        pending.clear(paths.pending)
    if viewer_entries:
        viewers.clear_entries(paths)


def unlock(locked: LockedSite, password: str) -> SiteSession:
    if locked.address is not None:
        from lead_desktop.services import drafts
        from lead_desktop.services.offline import access
        from lead_desktop.services.server_site import sign_in_server

        if locked.drafts_folder is None:
            return sign_in_server(locked.address, locked.username, password, resuming=True)
        # With this laptop's working copy: offline again when locked offline (the window goes back online by
        # itself once the server answers), and offline too when the server no longer answers.
        site = access.sign_in(locked.address, locked.drafts_folder, locked.username, password, resuming=True,
                              offline=locked.offline)
        drafts.open_local_drafts(site, locked.drafts_folder, password)
        return site
    return sign_in(locked.paths.folder, locked.username, password, lock=locked.lock, resuming=True)


def unlock_with_keychain(locked: LockedSite) -> SiteSession:
    return sign_in_with_keychain(locked.paths.folder, locked.username, lock=locked.lock, resuming=True)


# ----- checks, backup, restore ---------------------------------------------------------


def verify(site: SiteSession, typed_anchors: Sequence[str] = ()) -> list[str]:
    """SQLCipher's integrity checks (on a server: its protection, and every row against its audit entry),
    the audit chain, and the chain against every anchor within reach (services.anchors) and any typed in
    as ENTRY:HASH. Empty list: the site is sound."""
    problems = site.vault.integrity_problems()
    try:
        with site.unit_of_work() as session:
            chain = audit_log.verify_chain(session)
            if not chain.ok:
                problems.append(f"audit log: {chain.reason}")
            problems += anchors.problems(site, session, list(typed_anchors))
    except DatabaseCorrupt as exc:  # a damaged page inside the log: report it, as the page checks do
        problems.append(f"audit log: {exc.message}")
    try:
        with site.unit_of_work() as session:
            site.audit(session, AuditAction.VERIFIED, problems=len(problems))
    except KnownError:
        if not problems:
            raise
        log.warning("the check found problems and could not be recorded in the audit log")
    anchors.keep(site, "verify")
    return problems


def backup(site: SiteSession, target: str | Path) -> Path:
    site.require(Permission.BACKUP)
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.BACKUP)
    return site.vault.write_backup(Path(target))


def restore(backup_file: str | Path, folder: str | Path) -> vaults.BackupInfo:
    """Restore a backup into an empty folder. The site opens with the same passwords and recovery key."""
    paths = SitePaths.at(folder)
    return vaults.restore_backup(Path(backup_file).expanduser(), paths)


def site_exists(folder: str | Path | None) -> bool:
    return SitePaths.at(folder).exists()


def keychain_status() -> keychain.KeychainStatus:
    return keychain.status()
