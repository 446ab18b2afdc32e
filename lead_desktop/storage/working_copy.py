"""A person's encrypted working copy of a server site on a laptop: its files, its keys, opening and wiping.

The copy is a site folder in the laptop format (`site.db`, a SQLCipher 4 file built and upgraded by
the same migrations as a laptop site, and `site.keys`, a key-slot file; storage.vault and
storage.keyslots), kept in `<data folder>/offline/<name>/`. `<name>` is a hash of the server's
address and the user name salted by `offline/salt` (storage.draft_store.salted_name), so the folder
names nobody. What it holds and how it is kept up to date is services.offline's business.

Keys: a random 256-bit key opens the database; it is never stored in clear. The key file wraps it
(through an account key) in two slots:

* the person's, under their server password (scrypt, AES-256-GCM): signing in offline opens it;
* the device's, under a random secret the server keeps for this copy (storage.server_sync, readable
  only by the same person, online): when an administrator reset the password on another computer,
  the next online sign-in opens this slot and wraps the key under the new password. Work waiting
  to be sent is not lost to a forgotten password.

Removing a copy deletes its folder: without the key file nothing in it can be read.

Below, the few statements that move rows between a server and a copy (Core, the same on both
backends): rows by id or by a column's values, every row in batches, and writing server rows into
the copy (insert or replace by id).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Connection, Table, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import FolderNotWritable, KeyFileCorrupt, WrongPassword
from lead_desktop.paths import SitePaths
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.draft_store import salted_name
from lead_desktop.storage.keyslots import KeyFile

log = logging.getLogger(__name__)

FOLDER = "offline"
DEVICE_SLOT = "~device"  # the second slot's name: no user name starts with "~" (domain.validation)


@dataclass
class OpenedCopy:
    """An open copy: its vault, and the account key its slots wrap (to rewrap a slot)."""

    vault: vaults.Vault
    account_key: bytearray
    created: bool = False

    @property
    def paths(self) -> SitePaths:
        return self.vault.paths

    def set_password(self, username: str, password: str) -> None:
        """The person's slot wrapped under a new password (changed here, or reset elsewhere)."""
        keyfile = self.vault.keyfile
        keyfile.add_account(username, password, bytes(self.account_key), self.vault.master_key)
        keyfile.save(self.paths.keys)

    def set_device_secret(self, secret: str) -> None:
        """The device's slot, under the secret the server keeps for this copy."""
        keyfile = self.vault.keyfile
        slot = keyfile.find(DEVICE_SLOT)
        if slot is not None:
            try:
                slot.unwrap_account_key(secret)
                return
            except WrongPassword:
                pass
        keyfile.add_account(DEVICE_SLOT, secret, bytes(self.account_key), self.vault.master_key)
        keyfile.save(self.paths.keys)

    def close(self) -> None:
        self.vault.close()
        for i in range(len(self.account_key)):
            self.account_key[i] = 0


def locate(data_folder: str | Path, server: str, username: str) -> SitePaths:
    """Where the person's copy of `server` is (or would be) kept."""
    folder = Path(data_folder) / FOLDER
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = salted_name(folder, server, username)
    except OSError:
        raise FolderNotWritable(folder=str(folder)) from None
    return SitePaths(folder / name)


def exists(paths: SitePaths) -> bool:
    return paths.keys.exists() and paths.db.exists()


def create(paths: SitePaths, username: str, password: str) -> OpenedCopy:
    """A new, empty copy at the program's schema (whatever was left in the folder goes first)."""
    remove(paths)
    try:
        paths.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        raise FolderNotWritable(folder=str(paths.folder)) from None
    key = vaults.new_master_key()
    account_key = bytearray(secrets.token_bytes(32))
    keyfile = KeyFile.new(b"")  # its random site id is the copy's device id (services.offline.access)
    keyfile.add_account(username, password, bytes(account_key), bytes(key))
    keyfile.save(paths.keys)  # the key first: a database without it could never be opened
    vault = vaults.Vault(paths, keyfile, vaults.make_engine(paths.db, key), key)
    try:
        vaults.migrate_to_head(vault)
    except BaseException:
        vault.close()
        remove(paths)
        raise
    return OpenedCopy(vault, account_key, created=True)


def open_with_password(paths: SitePaths, username: str, password: str) -> OpenedCopy:
    """WrongPassword when the person's slot refuses the password; KeyFileCorrupt when it is missing."""
    keyfile = KeyFile.load(paths.keys)
    slot = keyfile.find(username)
    if slot is None:
        raise KeyFileCorrupt(file=paths.keys.name)
    account_key = bytearray(slot.unwrap_account_key(password))
    return _open(paths, keyfile, slot, account_key)


def open_with_secret(paths: SitePaths, secret: str) -> OpenedCopy:
    """Through the device's slot (the server's secret for this copy); WrongPassword when it does not fit."""
    keyfile = KeyFile.load(paths.keys)
    slot = keyfile.find(DEVICE_SLOT)
    if slot is None:
        raise WrongPassword()
    account_key = bytearray(slot.unwrap_account_key(secret))
    return _open(paths, keyfile, slot, account_key)


def _open(paths: SitePaths, keyfile: KeyFile, slot, account_key: bytearray) -> OpenedCopy:  # noqa: ANN001
    candidates = keyfile.master_key_candidates(slot, bytes(account_key))
    return OpenedCopy(vaults.open_vault(paths, keyfile, candidates), account_key)


def remove(paths: SitePaths) -> None:
    """Delete the copy: its key file first (nothing can be read after that), then the rest."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(paths.keys)
    if paths.folder.exists():
        shutil.rmtree(paths.folder, ignore_errors=True)
        log.info("a working copy was removed from this computer")


# ----- moving rows between the server and a copy -------------------------------------------------------

CHUNK = 900  # ids per IN (…): under SQLite's 999 bound parameters


def readable_columns(table: Table) -> list[Column]:
    """The columns a copy takes: all but the key column only administrators may read on a server."""
    return [c for c in table.columns if not (table.name == "account" and c.name == "account_key")]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = list(dict.fromkeys(values))
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def rows_where(conn: Connection, table: Table, column: str, values: Iterable[str]) -> list[dict]:
    """Every row of `table` whose `column` is one of `values`."""
    columns = readable_columns(table)
    out: list[dict] = []
    for chunk in _chunks(values):
        out += [dict(r) for r in conn.execute(select(*columns).where(table.c[column].in_(chunk))).mappings()]
    return out


def all_rows(conn: Connection, table: Table, batch: int = 1000) -> Iterator[list[dict]]:
    """Every row of `table`, a batch at a time."""
    result = conn.execute(select(*readable_columns(table)).execution_options(stream_results=True, yield_per=batch))
    try:
        for chunk in result.mappings().partitions(batch):
            yield [dict(r) for r in chunk]
    finally:
        result.close()


def upsert(session: Session, table: Table, rows: list[dict]) -> None:
    """Write server rows into the copy: new ones added, known ones (by id) replaced column by column."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    statement = sqlite_insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={n: statement.excluded[n] for n in names if n != "id"})
    session.execute(statement, [{n: row.get(n) for n in names} for row in rows])


def delete_where(session: Session, table: Table, column: str, values: Iterable[str]) -> None:
    for chunk in _chunks(values):
        session.execute(delete(table).where(table.c[column].in_(chunk)))


def ids_where(session: Session | Connection, table: Table, column: str, values: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(values):
        found.update(session.execute(select(table.c.id).where(table.c[column].in_(chunk))).scalars())
    return found
