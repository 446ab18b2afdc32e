"""Automatic backups, the backups a site can go back to, checking one, and restoring one over the open site.

Automatic backups are taken when the window closes (or the person signs out) and once
a day while it is open. They go to the site's backup folder (a setting; empty means
``<data dir>/backups/auto``) as ``lead-<UTC stamp>.leadbackup``, and only the newest
`backup_keep` of this site's files with that name are kept: nothing else in the folder
is ever deleted, so a folder shared with other programs, or other sites, is safe.

A backup that cannot be written (folder gone, USB drive unplugged, disk full) raises
BackupFailed; the window logs it (no paths, no names), says so, and closes anyway. The
time of the failure is kept so the next session warns about it.

Restoring over the open site checks the backup fully first (checksums, then its
database opened with the current master key in a hidden folder beside the site, with
SQLCipher's integrity checks and the audit chain), takes a safety backup of the site
as it is, and only then closes the site and puts the backup's files in place. Until
that last step nothing of the current site is changed; any failure before it leaves
the site open and as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import text

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    BackupFailed,
    BackupInvalid,
    BackupOtherSite,
    BackupTooNew,
    BackupUnsound,
    BackupWrongKey,
    DatabaseCorrupt,
    DiskFull,
    FileNotWritten,
    FolderNotWritable,
    KnownError,
)
from lead_desktop.domain.roles import Permission
from lead_desktop.paths import SitePaths
from lead_desktop.services import viewers
from lead_desktop.services.session import SiteSession, read_setting, write_setting
from lead_desktop.storage import anchors
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.keyslots import KeyFile

log = logging.getLogger(__name__)

AUTO_SUBFOLDER = "auto"
AUTO_NAME = re.compile(r"^lead-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.leadbackup$")
BACKUP_SUFFIX = ".leadbackup"
STAMP = "%Y%m%dT%H%M%SZ"
DAILY = timedelta(hours=24)
LAST_BACKUP_SETTING = "last_auto_backup_at"
FAILED_SETTING = "last_auto_backup_failed_at"  # bookkeeping only, never shown as a setting


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _parse_time(text: object) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


# ----- where automatic backups go -------------------------------------------------------------


def default_folder(paths: SitePaths) -> Path:
    return paths.backups / AUTO_SUBFOLDER


def backup_folder(site: SiteSession) -> Path:
    """The folder the site chose, or the default beside the site."""
    chosen = str(site.setting("backup_folder") or "").strip()
    return Path(chosen) if chosen else default_folder(site.paths)


def uses_default_folder(site: SiteSession) -> bool:
    return not str(site.setting("backup_folder") or "").strip()


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    default_folder: bool
    last_backup_at: datetime | None
    last_failure_at: datetime | None  # newer than the last success: the last attempt failed
    keep: int


def status(site: SiteSession) -> BackupStatus:
    with site.unit_of_work() as session:
        last = _parse_time(read_setting(session, LAST_BACKUP_SETTING))
        failed = _parse_time(read_setting(session, FAILED_SETTING))
    if failed is not None and last is not None and last >= failed:
        failed = None
    return BackupStatus(backup_folder(site), uses_default_folder(site), last, failed, int(site.setting("backup_keep")))


def automatic_backup_due(site: SiteSession, now: datetime | None = None) -> bool:
    """True when no automatic backup was taken in the last 24 hours (never for a viewer on a laptop)."""
    if viewers.is_viewer_store(site):
        return False
    now = now or _utcnow()
    with site.unit_of_work() as session:
        last = _parse_time(read_setting(session, LAST_BACKUP_SETTING))
    return last is None or now - last >= DAILY or last > now + DAILY  # a clock set back by days: back up


# ----- taking one -------------------------------------------------------------------------------


def _target_in(folder: Path, now: datetime) -> Path:
    stem = f"lead-{now.astimezone(timezone.utc).strftime(STAMP)}"
    target = folder / f"{stem}{BACKUP_SUFFIX}"
    number = 2
    while target.exists():  # two backups in one second, or another site's in a shared folder
        target = folder / f"{stem}-{number}{BACKUP_SUFFIX}"
        number += 1
    return target


def automatic_backup(site: SiteSession, *, now: datetime | None = None, reason: str = "automatic") -> Path | None:
    """Write one backup into the backup folder, note the time, and keep only the newest `backup_keep`.

    Any signed-in person's session takes it (the backup is the site's, encrypted, and opens
    only with the site's passwords). Raises BackupFailed when the folder cannot take it.
    """
    now = now or _utcnow()
    if viewers.is_viewer_store(site):  # a viewer on a laptop holds no key to the site's database
        return None
    site.forget_settings()  # the folder or the number to keep may have been changed elsewhere
    folder = backup_folder(site)
    try:
        if uses_default_folder(site):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # A chosen folder is never created: on an unplugged drive that would fill the mount point instead.
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            raise FolderNotWritable(folder=str(folder))
        written = site.vault.write_backup(_target_in(folder, now))
    except (OSError, FolderNotWritable, DiskFull, FileNotWritten) as exc:
        log.warning("automatic backup (%s) failed: %s", reason, type(exc).__name__)
        _note_failure(site, now)
        raise BackupFailed(folder=str(folder)) from exc
    with site.unit_of_work() as session:
        write_setting(session, LAST_BACKUP_SETTING, now.isoformat(timespec="seconds"), site.actor.account_id)
        write_setting(session, FAILED_SETTING, "", site.actor.account_id)
        site.audit(session, AuditAction.BACKUP, kind=reason, size=written.stat().st_size)
    site.forget_settings()
    removed = rotate(folder, site.site_id, int(site.setting("backup_keep")))
    log.info("automatic backup (%s) written; %d older removed", reason, len(removed))
    return written


def _note_failure(site: SiteSession, now: datetime) -> None:
    """Remember the failure so the next session warns; a full disk may refuse this too, which is fine."""
    try:
        with site.unit_of_work() as session:
            write_setting(session, FAILED_SETTING, now.isoformat(timespec="seconds"), site.actor.account_id)
    except KnownError:
        log.warning("could not record the failed backup")


def rotate(folder: Path, site_id: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups of this site in `folder`.

    Only files named like ours (lead-<stamp>.leadbackup) whose manifest names this site are
    counted and deleted: another program's files, another site's backups, a backup someone
    renamed, or one whose manifest cannot be read are left alone.
    """
    keep = max(1, keep)
    ours: list[tuple[str, int, Path]] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = AUTO_NAME.match(path.name)
        if match is None or not path.is_file() or path.is_symlink():
            continue
        try:
            info = vaults.peek_backup(path)
        except BackupInvalid:
            continue
        if info.site_id == site_id:
            ours.append((match.group(1), int(match.group(2) or 1), path))
    ours.sort(reverse=True)
    removed = []
    for _stamp, _number, path in ours[keep:]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not delete an old automatic backup: %s", type(exc).__name__)
    return removed


# ----- the backups there are ------------------------------------------------------------------


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created_at: datetime | None  # from the manifest; None when it cannot be read
    size: int
    same_site: bool
    automatic: bool  # named like an automatic backup (and so subject to rotation)
    readable: bool
    schema_revision: str | None


def _require_admin(site: SiteSession) -> None:
    site.require(Permission.MANAGE_ACCOUNTS)
    site.require(Permission.CHANGE_SETTINGS)


def backup_folders(site: SiteSession) -> list[Path]:
    """Where the Restore screen looks: the chosen folder, the automatic folder, the folder of upgrade backups."""
    folders = [backup_folder(site), default_folder(site.paths), site.paths.backups]
    unique: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            folder = folder.resolve()
        if folder not in unique:
            unique.append(folder)
    return unique


def describe(path: Path, site_id: str) -> BackupEntry:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    automatic = AUTO_NAME.match(path.name) is not None
    try:
        info = vaults.peek_backup(path)
    except BackupInvalid:
        return BackupEntry(path, None, size, False, automatic, False, None)
    return BackupEntry(
        path, _parse_time(info.created_at), size, info.site_id == site_id, automatic, True, info.schema_revision
    )


def list_backups(site: SiteSession) -> list[BackupEntry]:
    """Every *.leadbackup in the backup folders, newest first (unreadable ones last)."""
    _require_admin(site)
    found: dict[Path, BackupEntry] = {}
    for folder in backup_folders(site):
        try:
            paths = [p for p in folder.iterdir() if p.suffix == BACKUP_SUFFIX and p.is_file()]
        except OSError:  # a chosen folder on a drive that is not plugged in
            continue
        for path in paths:
            found.setdefault(path, describe(path, site.site_id))
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(found.values(), key=lambda e: (e.created_at or oldest, e.path.name), reverse=True)


# ----- checking one -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    created_at: datetime | None
    schema_revision: str | None
    accounts: int
    audit_entries: int


def verify_backup(site: SiteSession, path: Path) -> BackupCheck:
    """Check a backup as fully as restoring it would need; raise a KnownError saying what is wrong.

    Checksums of the manifest; the backup is of this site; its schema is one this program
    knows; its database opens with the site's current master key; SQLCipher's page checks,
    SQLite's structure and foreign-key checks and the audit chain find nothing. The copy is
    unpacked (still encrypted) in a hidden folder inside the site folder and removed after.
    """
    _require_admin(site)
    path = Path(path)
    with vaults.extracted_backup(path, site.paths.folder) as (info, paths, keyfile):
        if info.site_id != site.site_id or keyfile.site_id != site.site_id:
            raise BackupOtherSite(file=str(path))
        if info.schema_revision is not None and info.schema_revision not in vaults.known_revisions():
            raise BackupTooNew(file=str(path))
        try:
            vault = vaults.open_vault(paths, keyfile, [site.vault.master_key], migrate=False)
        except DatabaseCorrupt:
            raise BackupWrongKey(file=str(path)) from None
        try:
            problems = vault.integrity_problems()
            accounts = entries = 0
            if not problems:
                with vault.unit_of_work() as session:
                    chain = audit_log.verify_chain(session)
                    if not chain.ok:
                        problems.append(f"audit log: {chain.reason}")
                    entries = chain.entries
                    accounts = session.execute(text("SELECT count(*) FROM account")).scalar() or 0
        except DatabaseCorrupt as exc:
            problems = [exc.message]
        finally:
            vault.close()
    if problems:
        log.warning("a backup failed its checks: %d problem(s)", len(problems))
        detail = problems[0] if len(problems) == 1 else f"{problems[0]}; {len(problems) - 1} more"
        raise BackupUnsound(file=str(path), detail=detail)
    return BackupCheck(path, _parse_time(info.created_at), info.schema_revision, accounts, entries)


# ----- restoring one over the open site ----------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupCheck
    safety_backup: Path


def restore_over_site(site: SiteSession, path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the open site with a checked backup of it; the session ends (sign in again).

    A backup that fails `verify_backup` is refused before anything happens. Then a safety
    backup of the site as it is goes to the backups folder beside the site, the backup's
    files are unpacked beside the site's, and only then is the site closed and the files
    renamed into place. Any failure up to the close leaves the site open and unchanged.
    """
    _require_admin(site)
    now = now or _utcnow()
    checked = verify_backup(site, path)
    safety = _safety_backup(site, now)
    paths, actor = site.paths, site.actor
    staged = vaults.stage_restore(Path(path), paths)
    key = bytearray(site.vault.master_key)
    try:
        try:
            site.vault.checkpoint()  # the WAL must be empty: it would be replayed onto the restored file
        except BaseException:
            staged.discard()
            raise
        site.vault.close()
        site.closed = True
        try:
            vaults.commit_restore(staged, paths)
        except BaseException:
            staged.discard()  # the site's own files are as they were; it opens at the next sign-in
            site.lock.release()
            raise
        _record_restore(paths, bytes(key), actor.account_id, actor.username, checked, safety)
    finally:
        for i in range(len(key)):
            key[i] = 0
    site.lock.release()
    log.info("site restored from a backup")
    return RestoreResult(checked, safety)


def _safety_backup(site: SiteSession, now: datetime) -> Path:
    folder = site.paths.backups
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        raise FolderNotWritable(folder=str(folder)) from None
    target = folder / f"before-restore-{now.astimezone(timezone.utc).strftime(STAMP)}{BACKUP_SUFFIX}"
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.BACKUP, kind="before_restore")
    return site.vault.write_backup(target)


def _record_restore(
    paths: SitePaths, key: bytes, actor_id: str | None, actor: str, checked: BackupCheck, safety: Path
) -> None:
    """Write the restore into the restored site's own audit log (best effort: the restore has happened)."""
    try:
        vault = vaults.open_vault(paths, KeyFile.load(paths.keys), [key], migrate=False)
    except KnownError:
        log.warning("the restored site could not be opened to record the restore")
        return
    try:
        with vault.unit_of_work() as session:
            audit_log.append(
                session,
                AuditAction.RESTORED.value,
                actor_id=actor_id,
                actor=actor,
                detail={
                    "backup_created_at": checked.created_at.isoformat() if checked.created_at else None,
                    "safety_backup": safety.name,
                },
            )
        with vault.unit_of_work() as session:  # the folder's anchors describe the history it left
            anchors.reset(paths.folder / anchors.LOCAL_NAME, vault.keyfile.site_id, audit_log.head(session),
                          "restore")
    except (KnownError, OSError):
        log.warning("the restore could not be recorded in the audit log")
    finally:
        vault.close()
