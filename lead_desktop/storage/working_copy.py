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
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

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
    keyfile = KeyFile.new(b"")
    keyfile.site_id = paths.folder.name
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
