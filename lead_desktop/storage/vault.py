"""The encrypted site vault: one SQLCipher 4 file opened with a raw 256-bit master key.

The key is applied with ``PRAGMA key = "x'…'"`` by the connection factory, so no
passphrase ever appears in a URL and no KDF runs at open. WAL and foreign keys
are switched on for every connection. Opening migrates the schema to the
program's head after taking a backup, and refuses a database newer than the
program.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import secrets
import shutil
import tempfile
import traceback
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from lead_desktop.domain.errors import (
    BackupInvalid,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseTooNew,
    FolderNotEmpty,
    FolderNotWritable,
    KeyFileCorrupt,
    KnownError,
    UpgradeFailed,
    UpgradeFailedNotRestored,
)
from lead_desktop.paths import SitePaths
from lead_desktop.storage.atomic import atomic_write_bytes, put_in_place, staged_file, write_file
from lead_desktop.storage.atomic import known_error as known_file_error
from lead_desktop.storage.dberrors import known_error_for, unit_of_work
from lead_desktop.storage.keyslots import KEY_BYTES, KeyFile

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_FORMAT = "lead-desktop-backup"
CACHE_KIB = 64 * 1024
BACKUP_VERSION = 1


class _KeyedByFactory(SQLiteDialect_pysqlcipher):
    """sqlite+pysqlcipher, but the connection factory applies the raw key.

    The stock dialect issues ``PRAGMA key`` from the URL's password, which would
    put the key in a URL and only accepts a passphrase. Everything else is the
    stock dialect.
    """

    supports_statement_cache = True

    def on_connect_url(self, url):  # noqa: ANN001 - SQLAlchemy signature
        return SQLiteDialect_pysqlite.on_connect_url(self, url)


registry.register("sqlite.leadcipher", __name__, "_KeyedByFactory")


def new_master_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def raw_key_pragma(key: bytes | bytearray) -> str:
    return f"\"x'{bytes(key).hex()}'\""


def connect_raw(db_path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """A keyed sqlcipher3 connection, with WAL and foreign keys on."""
    new_file = not Path(db_path).exists()
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=5.0)
    if new_file:
        os.chmod(db_path, 0o600)
    try:
        conn.execute(f"PRAGMA key = {raw_key_pragma(key)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        # Decrypted pages stay cached: lists and searches re-read the same pages on every keystroke.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, key: bytes | bytearray) -> Engine:
    key_copy = bytes(key)
    # The URL names no file (the factory opens it), which would make SQLAlchemy choose the
    # single-connection pool meant for :memory: databases; a file needs a real pool, small
    # because each connection carries its own page cache.
    engine = create_engine(
        "sqlite+leadcipher://",
        creator=lambda: connect_raw(db_path, key_copy),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # WORKAROUND: pysqlite's implicit BEGIN handling breaks SAVEPOINT and DDL transactions;
        # let SQLAlchemy emit BEGIN itself (https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#pysqlite-serializable).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.lru_cache(maxsize=8)
def _scripts(location: str) -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", location)
    return ScriptDirectory.from_config(cfg)


def scripts() -> ScriptDirectory:
    """The migration scripts, read once per folder: every sign-in asks for the head revision, and
    reading them executes every revision file."""
    return _scripts(str(MIGRATIONS))


def head_revision() -> str:
    return scripts().get_current_head()


def known_revisions() -> set[str]:
    """Every schema revision this program can open (and upgrade to head)."""
    return {rev.revision for rev in scripts().walk_revisions()}


def refuse_too_new(revision: str | None) -> None:
    """DatabaseTooNew for a schema revision this program does not know (made by a newer version)."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew()


@dataclass
class Vault:
    """An open, keyed site database. Services get Sessions from `unit_of_work`."""

    paths: SitePaths
    keyfile: KeyFile
    engine: Engine
    _master_key: bytearray

    @property
    def master_key(self) -> bytes:
        return bytes(self._master_key)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with unit_of_work(self.engine, lambda exc: known_error_for(exc, str(self.paths.folder)),
                          self._after_known_error) as session:
            yield session

    def _after_known_error(self, error: KnownError) -> None:
        if isinstance(error, DatabaseCorrupt):
            self._drop_connections()

    def _drop_connections(self) -> None:
        # SQLCipher turns a connection that met a page failing its HMAC read-only for good, so its
        # next write would be misreported as a folder without write permission. Pooled connections
        # go; the next unit of work opens a fresh one.
        self.engine.dispose()

    def checkpoint(self) -> None:
        raw = self.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.checkpoint()
        self.engine.dispose()
        for i in range(len(self._master_key)):
            self._master_key[i] = 0

    # ----- integrity ---------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """SQLCipher page HMACs, SQLite structure and foreign keys; empty when sound."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                problems += [f"page check: {r[0]}" for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    problems += [f"structure: {r}" for r in result[:20]]
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                problems += [f"broken link in table {r[0]}" for r in fk[:20]]
        except DBAPIError as exc:
            known = known_error_for(exc, str(self.paths.folder))
            if known is None:
                raise
            problems.append(known.message)
        if problems:
            self._drop_connections()
        return problems

    # ----- key rotation --------------------------------------------------------------
    def rotate_master_key(self, account_keys: dict[str, bytes]) -> bytes:
        """Re-encrypt the database under a new master key and rewrap every slot.

        Two phases keep a crash safe: the key file first learns the next key
        beside the current one, then the database is rekeyed, then the key file
        drops the old one. Opening tries both while a rotation is in flight.
        Device (keychain) slots wrap account keys, so they stay valid.
        """
        new_key = new_master_key()
        self.keyfile.begin_rotation(account_keys, bytes(new_key))
        self.keyfile.save(self.paths.keys)
        self.checkpoint()
        self.engine.dispose()
        conn = connect_raw(self.paths.db, self._master_key)
        try:
            conn.execute(f"PRAGMA rekey = {raw_key_pragma(new_key)}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        self.keyfile.finish_rotation()
        self.keyfile.save(self.paths.keys)
        self._master_key[:] = new_key
        self.engine = make_engine(self.paths.db, new_key)
        return bytes(new_key)

    # ----- backup --------------------------------------------------------------------
    def write_backup(self, target: Path) -> Path:
        """One consistent file: a snapshot of the database (still encrypted) plus the key slots."""
        target = Path(target).expanduser().resolve()
        if not os.access(target.parent, os.W_OK):
            raise FolderNotWritable(folder=str(target.parent))
        with tempfile.TemporaryDirectory(prefix=".lead-backup-", dir=target.parent) as tmp:
            snap = Path(tmp) / "site.db"
            conn = connect_raw(self.paths.db, self._master_key)
            try:
                conn.execute("ATTACH DATABASE ? AS snap KEY ?", (str(snap), f"x'{self.master_key.hex()}'"))
                conn.execute("SELECT sqlcipher_export('snap')")
                head = conn.execute("SELECT seq, hash FROM snap.audit_log ORDER BY seq DESC LIMIT 1").fetchone()
                conn.execute("DETACH DATABASE snap")
            except sqlcipher3.dbapi2.Error as exc:
                known = known_error_for(exc, str(target.parent))
                raise known or exc from None
            finally:
                conn.close()
            db_bytes_hash = _sha256_file(snap)
            keys_bytes = self.keyfile.to_bytes()
            manifest = {
                "format": BACKUP_FORMAT,
                "version": BACKUP_VERSION,
                "site_id": self.keyfile.site_id,
                "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "schema_revision": self.schema_revision(),
                "files": {"site.db": db_bytes_hash, "site.keys": hashlib.sha256(keys_bytes).hexdigest()},
                # An anchor (storage.anchors): verify holds the live chain against it.
                "audit_head": {"seq": head[0], "hash": head[1]} if head else None,
            }
            with staged_file(target) as staged, zipfile.ZipFile(staged, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=1))
                zf.writestr("site.keys", keys_bytes)
                zf.write(snap, "site.db")
        return target

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ----- opening and creating ----------------------------------------------------------


def open_vault(paths: SitePaths, keyfile: KeyFile, candidates: list[bytes], *, migrate: bool = True) -> Vault:
    """Open with the first candidate master key that SQLCipher accepts; migrate to head.

    Raises DatabaseCorrupt when no candidate opens the file (the key came out of an
    authenticated slot, so the file is what is wrong) and DatabaseTooNew when
    the schema is newer than this program.
    """
    last_error: KnownError | None = None
    for key in candidates:
        engine = make_engine(paths.db, key)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except DBAPIError as exc:
            engine.dispose()
            last_error = known_error_for(exc, str(paths.folder))
            if last_error is None:
                raise
            continue
        vault = Vault(paths, keyfile, engine, bytearray(key))
        if migrate:
            try:
                migrate_to_head(vault)
            except BaseException:
                vault.close()  # a refused or failed upgrade must not leave the file open, keyed, in a pool
                raise
        return vault
    raise last_error or DatabaseCorrupt(detail="no key opens it")


def migrate_to_head(vault: Vault) -> list[str]:
    """Upgrade the schema after a backup; a failed upgrade restores that backup."""
    cfg = alembic_config()
    head = scripts().get_current_head()
    current = vault.schema_revision()
    if current == head:
        return []
    refuse_too_new(current)
    backup: Path | None = None
    if current is not None:
        vault.paths.backups.mkdir(exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        backup = vault.write_backup(vault.paths.backups / f"before-upgrade-{current}-{stamp}.leadbackup")
        log.info("backup before upgrade from %s written", current)
    try:
        with vault.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        # The type and the place only: a failed statement's message can quote the row it was writing.
        log.error("upgrade from %s failed: %s", current, _where(exc))
        if backup is None:  # a new, empty database: there was nothing to lose
            raise
        vault.engine.dispose()
        try:
            restore_database_file(backup, vault.paths)
        except Exception as again:
            log.error("putting back the backup taken before the upgrade failed: %s", _where(again))
            raise UpgradeFailedNotRestored(folder=str(backup.parent)) from exc
        log.info("the backup taken before the upgrade was put back")
        raise UpgradeFailed() from exc
    return [str(current), head]


def _where(exc: BaseException) -> str:
    """An exception's type and innermost file:line, never its message (which may hold paths or data)."""
    frames = traceback.extract_tb(exc.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__module__}.{type(exc).__qualname__}{place}"


# ----- backup files ------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    site_id: str
    created_at: str
    schema_revision: str | None
    audit_head: tuple[int, str] | None = None  # the chain's newest entry in the backup: an anchor


def _head(manifest: dict) -> tuple[int, str] | None:
    head = manifest.get("audit_head")
    try:
        return (int(head["seq"]), str(head["hash"])) if head else None
    except (KeyError, TypeError, ValueError):
        return None


def read_backup(path: Path) -> tuple[BackupInfo, zipfile.ZipFile]:
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupInvalid(file=str(path), detail=type(exc).__name__) from None
    try:
        manifest = json.loads(zf.read("manifest.json"))
        if manifest.get("format") != BACKUP_FORMAT or manifest.get("version") != BACKUP_VERSION:
            raise BackupInvalid(file=str(path), detail="unknown format")
        for name, digest in manifest["files"].items():
            h = hashlib.sha256()
            with zf.open(name) as member:
                for chunk in iter(lambda: member.read(1 << 20), b""):
                    h.update(chunk)
            if h.hexdigest() != digest:
                raise BackupInvalid(file=str(path), detail=f"{name} does not match its checksum")
        KeyFile.from_bytes(zf.read("site.keys"))
    except BackupInvalid:
        zf.close()
        raise
    except (KeyError, ValueError, zipfile.BadZipFile, KeyFileCorrupt, OSError) as exc:
        zf.close()
        raise BackupInvalid(file=str(path), detail=type(exc).__name__) from None
    info = BackupInfo(path, manifest["site_id"], manifest["created_at"], manifest.get("schema_revision"),
                      _head(manifest))
    return info, zf


def restore_backup(backup: Path, paths: SitePaths) -> BackupInfo:
    """Restore a backup file into an empty (or new) folder."""
    folder = paths.folder
    if folder.exists() and any(folder.iterdir()):
        raise FolderNotEmpty(folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise FolderNotWritable(folder=str(folder)) from None
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(folder=str(folder))
    info, zf = read_backup(backup)
    with zf:
        for name, dest in (("site.db", paths.db), ("site.keys", paths.keys)):
            with zf.open(name) as src:
                write_file(dest, lambda out, src=src: shutil.copyfileobj(src, out, 1 << 20))
    return info


def restore_database_file(backup: Path, paths: SitePaths) -> None:
    """Put a backup's database (and key slots) back in place of the current ones."""
    _info, zf = read_backup(backup)
    with zf:
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(paths.db) + suffix)
        atomic_write_bytes(paths.db, zf.read("site.db"))
        atomic_write_bytes(paths.keys, zf.read("site.keys"))


# ----- checking a backup and restoring it over an open site (services.backups) -------------


def peek_backup(path: Path) -> BackupInfo:
    """The manifest alone, for listing many backups quickly; `read_backup` checks the contents."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        if manifest.get("format") != BACKUP_FORMAT or manifest.get("version") != BACKUP_VERSION:
            raise BackupInvalid(file=str(path), detail="unknown format")
        return BackupInfo(path, str(manifest["site_id"]), str(manifest["created_at"]), manifest.get("schema_revision"),
                          _head(manifest))
    except BackupInvalid:
        raise
    except (OSError, KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise BackupInvalid(file=str(path), detail=type(exc).__name__) from None


@contextlib.contextmanager
def extracted_backup(backup: Path, work_folder: Path) -> Iterator[tuple[BackupInfo, SitePaths, KeyFile]]:
    """A backup's database and key file unpacked into a hidden folder inside `work_folder`.

    The database stays encrypted; the folder sits beside the site (never the system's temp
    folder, which may be on another disk or shared) and is removed afterwards, WAL and all.
    The checksums are checked first: a damaged backup raises BackupInvalid.
    """
    info, zf = read_backup(backup)
    tmp: Path | None = None
    try:
        with zf:
            tmp = Path(tempfile.mkdtemp(prefix=".lead-verify-", dir=work_folder))
            paths = SitePaths(tmp)
            with zf.open("site.db") as src, open(paths.db, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
            keyfile = KeyFile.from_bytes(zf.read("site.keys"))
    except OSError as exc:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        raise known_file_error(exc, Path(work_folder) / ".lead-verify") from None
    except BaseException:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        yield info, paths, keyfile
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@dataclass
class StagedRestore:
    """A backup's files unpacked beside the site's, fsynced, waiting for `commit_restore`."""

    db: Path
    keys: Path

    def discard(self) -> None:
        for path in (self.db, self.keys):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def stage_restore(backup: Path, paths: SitePaths) -> StagedRestore:
    """Unpack a (checked) backup next to the site's files. Nothing of the site is touched yet."""
    info, zf = read_backup(backup)
    staged = StagedRestore(paths.folder / ".site.db.restoring", paths.folder / ".site.keys.restoring")
    try:
        with zf:
            for name, dest in (("site.db", staged.db), ("site.keys", staged.keys)):
                with zf.open(name) as src:
                    write_file(dest, lambda out, src=src: shutil.copyfileobj(src, out, 1 << 20))
    except BaseException:
        staged.discard()
        raise
    return staged


def commit_restore(staged: StagedRestore, paths: SitePaths) -> None:
    """Put staged files in place of a closed site's: the database first, then the key file.

    Each step is an atomic rename. The backup opens with the site's current master key (the
    caller checked), so a crash between the two renames leaves a site the current key file
    still opens. A WAL left from the old database must not be replayed onto the new one, so
    the caller has checkpointed it empty, and it goes first.
    """
    wal, shm = Path(str(paths.db) + "-wal"), Path(str(paths.db) + "-shm")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseBusy()
    for path in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    put_in_place(staged.db, paths.db)
    put_in_place(staged.keys, paths.keys)
