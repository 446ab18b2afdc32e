"""A laptop's own encrypted drafts file for a site on a shared server.

A server site keeps every record on the server, but what a person typed and has not saved stays
on the laptop they typed it on (issue 14): a small SQLCipher file in the data folder's `drafts/`
holding the one `draft` table (storage.models_drafts), keyed like a laptop site. A random 256-bit
key opens the file; it is never stored in clear: `<name>.keys` beside it is a key-slot file
(storage.keyslots) with one slot, the person's, wrapping that key under an account key wrapped
under their server password (scrypt, AES-256-GCM). Each person has their own pair of files, so
nobody else signing in on the laptop can open someone's drafts, and nothing needs a shared secret.

`<name>` is a salted hash of the server's address and the user name (the salt is `drafts/salt`,
made once per data folder), so the folder names nobody.

When the password no longer opens the slot (an administrator reset it elsewhere) the old files
cannot be read by anyone; they are removed and a new, empty store begins. Changing one's own
password through the program rewraps the slot (`set_password`).

When the person has a working copy of the server site on this laptop (storage.working_copy, built
by the same migrations, so it has the same `draft` table), the copy is the drafts' home instead:
services.drafts moves the rows there with transfer.copy_table and removes this file
(`existing_store`, `LocalDraftStore.remove`). This file stays for people without a copy (viewers).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import FolderNotWritable, KeyFileCorrupt, KnownError, WrongPassword
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.atomic import fsync_dir
from lead_desktop.storage.dberrors import known_error_for, unit_of_work
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.models_drafts import Draft

log = logging.getLogger(__name__)

FOLDER = "drafts"
SALT_FILE = "salt"
STORE_VERSION = 1  # PRAGMA user_version of a drafts file


class LocalDraftStore:
    """One person's open drafts file; `unit_of_work` like a vault's."""

    def __init__(self, folder: Path, name: str, keyfile: KeyFile, username: str, account_key: bytes,
                 key: bytearray, engine: Engine) -> None:
        self.folder = folder
        self.name = name
        self.keyfile = keyfile
        self._username = username
        self._account_key = bytearray(account_key)
        self._key = key
        self.engine = engine

    @property
    def data_folder(self) -> Path:
        return self.folder.parent

    @property
    def keys_path(self) -> Path:
        return self.folder / f"{self.name}.keys"

    @property
    def db_path(self) -> Path:
        return self.folder / f"{self.name}.db"

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with unit_of_work(self.engine, lambda exc: known_error_for(exc, str(self.folder))) as session:
            yield session

    def set_password(self, password: str) -> None:
        """The person changed their password: their slot is wrapped under the new one."""
        slot = self.keyfile.find(self._username)
        if slot is None:
            return
        slot.set_password(password, bytes(self._account_key))
        self.keyfile.save(self.keys_path)

    def remove(self) -> None:
        """Close and delete the file and its key (its drafts moved to the person's working copy)."""
        self.close()
        _remove(self.folder, self.name)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        self.engine.dispose()
        for secret in (self._key, self._account_key):
            for i in range(len(secret)):
                secret[i] = 0


def open_store(data_folder: Path, server: str, username: str, password: str) -> LocalDraftStore:
    """The person's drafts file for `server` in `data_folder`, made when missing (or when the password
    no longer opens it)."""
    folder = Path(data_folder) / FOLDER
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = salted_name(folder, server, username)
    except OSError:
        raise FolderNotWritable(folder=str(folder)) from None
    keys, db = folder / f"{name}.keys", folder / f"{name}.db"
    if keys.exists():
        try:
            keyfile = KeyFile.load(keys)
            slot = keyfile.find(username)
            if slot is None:
                raise KeyFileCorrupt(file=keys.name)
            account_key = slot.unwrap_account_key(password)
            key = bytearray(keyfile.master_key_candidates(slot, account_key)[0])
            return _open(folder, name, keyfile, username, account_key, key)
        except (WrongPassword, KeyFileCorrupt):
            log.warning("a drafts file on this computer no longer opens with this password; starting a new one")
        except KnownError:
            log.warning("a drafts file on this computer is damaged; starting a new one")
        _remove(folder, name)
    elif db.exists():
        _remove(folder, name)  # a file whose key was never written: nobody can open it
    return _create(folder, name, username, password)


def existing_store(data_folder: Path, server: str, username: str, password: str) -> LocalDraftStore | None:
    """The person's drafts file when there is one this password opens; None otherwise (nothing is made)."""
    folder = Path(data_folder) / FOLDER
    if not (folder / SALT_FILE).exists():
        return None
    name = salted_name(folder, server, username)
    if not (folder / f"{name}.keys").exists():
        return None
    try:
        keyfile = KeyFile.load(folder / f"{name}.keys")
        slot = keyfile.find(username)
        if slot is None:
            return None
        account_key = slot.unwrap_account_key(password)
        key = bytearray(keyfile.master_key_candidates(slot, account_key)[0])
        return _open(folder, name, keyfile, username, account_key, key)
    except KnownError:
        return None


def salted_name(folder: Path, server: str, username: str) -> str:
    """A file name for (server, user name) that names nobody: a hash salted by `folder`'s own salt file
    (made the first time). storage.working_copy names its copies the same way."""
    salt_path = folder / SALT_FILE
    try:
        fd = os.open(salt_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        salt = bytes.fromhex(salt_path.read_text(encoding="ascii").strip())
    else:
        salt = secrets.token_bytes(16)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(salt.hex())
            handle.flush()
            os.fsync(handle.fileno())
        fsync_dir(folder)
    digest = hashlib.sha256(salt + server.encode("utf-8") + b"\0" + username.encode("utf-8"))
    return digest.hexdigest()[:32]


def _create(folder: Path, name: str, username: str, password: str) -> LocalDraftStore:
    key = vaults.new_master_key()
    account_key = secrets.token_bytes(32)
    keyfile = KeyFile.new(b"")
    keyfile.site_id = name
    keyfile.add_account(username, password, account_key, bytes(key))
    keyfile.save(folder / f"{name}.keys")  # the key first: a file without it could never be opened
    return _open(folder, name, keyfile, username, account_key, key)


def _open(folder: Path, name: str, keyfile: KeyFile, username: str, account_key: bytes,
          key: bytearray) -> LocalDraftStore:
    engine = vaults.make_engine(folder / f"{name}.db", key)
    try:
        with engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar()
            if not version:
                Draft.__table__.create(conn, checkfirst=True)
                conn.exec_driver_sql(f"PRAGMA user_version = {STORE_VERSION}")
    except DBAPIError as exc:
        engine.dispose()
        raise known_error_for(exc, str(folder)) or exc from None
    return LocalDraftStore(folder, name, keyfile, username, account_key, key, engine)


def _remove(folder: Path, name: str) -> None:
    for suffix in (".db", ".db-wal", ".db-shm", ".keys"):
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{name}{suffix}").unlink()
