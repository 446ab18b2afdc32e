"""The key-slot file (`site.keys`): the master key, only ever wrapped.

Layout (JSON, written atomically, covered by a SHA-256 checksum so a flipped
byte is reported as damage rather than as a wrong password):

* ``accounts``: one entry per active staff account, found by ``lookup`` — a
  salted SHA-256 of the user name, so no name is stored in clear. Each entry
  holds the account key wrapped under a key derived from the person's password
  (scrypt, parameters kept in the entry) and the master key wrapped under the
  account key (AES-256-GCM). Device entries wrap the same account key under a
  random key kept in one computer's OS keychain.
* The account key itself is also kept inside the encrypted database, so an
  administrator can reset a password or rotate the master key without knowing
  anyone's password.
* A viewer's entry (``"scope": "viewer"``) wraps not the master key but the
  viewers' key, which opens only ``viewers.db``: the aggregate numbers and
  governance records a viewer may see (storage.viewer_store). A viewer's
  password never leads to the site's database.
* ``audit_public_key``: X25519 key used to seal failed sign-in records that
  must be written before the database can be opened (see storage.pending),
  and a viewer's audit entries (the viewer cannot write the audit log).

The recovery key *is* the master key; it has no slot.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lead_desktop.domain.errors import KeyFileCorrupt, WrongPassword
from lead_desktop.storage.atomic import atomic_write_bytes

FORMAT = "lead-desktop-keyfile"
MASTER, VIEWER = "master", "viewer"
VERSION = 1
KEY_BYTES = 32

# scrypt: r=8, p=1; n chosen at creation so one derivation takes about TARGET_SECONDS
# on this computer, never below MIN_LOG2_N outside of tests.
TARGET_SECONDS = 0.5
MIN_LOG2_N = 14
MAX_LOG2_N = 20
_forced_log2_n: int | None = None  # tests only: see tests/conftest.py


def force_kdf_cost_for_tests(log2_n: int | None) -> None:
    """Make new slots cheap in the test suite. Slots keep their own parameters, so this never weakens a site."""
    global _forced_log2_n
    _forced_log2_n = log2_n


def _scrypt(password: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    maxmem = 128 * r * n * p + 64 * 1024 * 1024
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=KEY_BYTES)


_tuned_log2_n: int | None = None


def tuned_log2_n() -> int:
    """The scrypt cost that takes about TARGET_SECONDS here, measured once per process."""
    global _tuned_log2_n
    if _forced_log2_n is not None:
        return _forced_log2_n
    if _tuned_log2_n is None:
        probe = 14
        start = time.perf_counter()
        _scrypt(b"probe", b"0" * 16, probe, 8, 1)
        elapsed = max(time.perf_counter() - start, 1e-4)
        log2_n = probe
        while elapsed * 2 <= TARGET_SECONDS * 1.4 and log2_n < MAX_LOG2_N:
            elapsed *= 2
            log2_n += 1
        _tuned_log2_n = max(MIN_LOG2_N, log2_n)
    return _tuned_log2_n


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> dict:
    nonce = os.urandom(12)
    return {"nonce": nonce.hex(), "ct": AESGCM(key).encrypt(nonce, plaintext, aad).hex()}


def _open(key: bytes, box: dict, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(bytes.fromhex(box["nonce"]), bytes.fromhex(box["ct"]), aad)


@dataclass
class DeviceSlot:
    id: str
    wrapped_account_key: dict


@dataclass
class AccountSlot:
    lookup: str
    kdf: dict
    wrapped_account_key: dict
    wrapped_master_key: dict
    devices: list[DeviceSlot] = field(default_factory=list)
    # Present only while a master-key rotation is in flight: see KeyFile.begin_rotation.
    wrapped_next_master_key: dict | None = None
    # "master": wrapped_master_key holds the master key; "viewer": it holds the viewers' key instead.
    scope: str = MASTER

    def _ak_aad(self) -> bytes:
        return b"lead-desktop/account-key/" + self.lookup.encode() + _canonical(self.kdf)

    def derive(self, password: str) -> bytes:
        return _scrypt(
            password.encode("utf-8"), bytes.fromhex(self.kdf["salt"]), self.kdf["log2_n"], self.kdf["r"], self.kdf["p"]
        )

    def unwrap_account_key(self, password: str) -> bytes:
        try:
            return _open(self.derive(password), self.wrapped_account_key, self._ak_aad())
        except InvalidTag:
            raise WrongPassword() from None

    def unwrap_account_key_with_device(self, device: DeviceSlot, device_key: bytes) -> bytes:
        aad = b"lead-desktop/device/" + self.lookup.encode() + device.id.encode()
        return _open(device_key, device.wrapped_account_key, aad)

    def wrap_account_key_for_device(self, account_key: bytes) -> tuple[DeviceSlot, bytes]:
        device_key = secrets.token_bytes(KEY_BYTES)
        device_id = secrets.token_hex(8)
        aad = b"lead-desktop/device/" + self.lookup.encode() + device_id.encode()
        slot = DeviceSlot(device_id, _seal(device_key, account_key, aad))
        self.devices.append(slot)
        return slot, device_key

    def set_password(self, password: str, account_key: bytes) -> None:
        self.kdf = {"name": "scrypt", "log2_n": tuned_log2_n(), "r": 8, "p": 1, "salt": secrets.token_hex(16)}
        self.wrapped_account_key = _seal(self.derive(password), account_key, self._ak_aad())


@dataclass
class KeyFile:
    site_id: str
    lookup_salt: str
    audit_public_key: str
    accounts: list[AccountSlot] = field(default_factory=list)

    # ----- construction and lookup -------------------------------------------------
    @classmethod
    def new(cls, audit_public_key: bytes) -> "KeyFile":
        return cls(str(uuid.uuid4()), secrets.token_hex(16), audit_public_key.hex())

    def lookup_for(self, username: str) -> str:
        return hashlib.sha256(bytes.fromhex(self.lookup_salt) + username.encode("utf-8")).hexdigest()

    def find(self, username: str) -> AccountSlot | None:
        wanted = self.lookup_for(username)
        for slot in self.accounts:
            if hmac.compare_digest(slot.lookup, wanted):
                return slot
        return None

    def _mk_aad(self, scope: str = MASTER) -> bytes:
        if scope == VIEWER:  # a different label: a viewer's slot can never pass for a master-key slot
            return b"lead-desktop/viewer-key/" + self.site_id.encode()
        return b"lead-desktop/master-key/" + self.site_id.encode()

    def add_account(self, username: str, password: str, account_key: bytes, key: bytes,
                    scope: str = MASTER) -> AccountSlot:
        """A slot for `username`: `key` is the master key, or for a viewer (`scope` VIEWER) the viewers' key."""
        self.remove_account(username)
        slot = AccountSlot(self.lookup_for(username), {}, {}, _seal(account_key, key, self._mk_aad(scope)), scope=scope)
        slot.set_password(password, account_key)
        self.accounts.append(slot)
        return slot

    def rewrap(self, slot: AccountSlot, account_key: bytes, key: bytes, scope: str) -> None:
        """Give a slot the other key when its account's role changes to or from viewer; the password stays."""
        slot.wrapped_master_key = _seal(account_key, key, self._mk_aad(scope))
        slot.wrapped_next_master_key = None
        slot.scope = scope

    def viewer_key(self, slot: AccountSlot, account_key: bytes) -> bytes:
        try:
            return _open(account_key, slot.wrapped_master_key, self._mk_aad(VIEWER))
        except InvalidTag:
            raise KeyFileCorrupt(file="site.keys") from None

    def remove_account(self, username: str) -> bool:
        wanted = self.lookup_for(username)
        before = len(self.accounts)
        self.accounts = [s for s in self.accounts if s.lookup != wanted]
        return len(self.accounts) != before

    def master_key_candidates(self, slot: AccountSlot, account_key: bytes) -> list[bytes]:
        """The master key, then the next one when a rotation was interrupted."""
        if slot.scope != MASTER:
            raise KeyFileCorrupt(file="site.keys")
        try:
            keys = [_open(account_key, slot.wrapped_master_key, self._mk_aad())]
            if slot.wrapped_next_master_key:
                keys.append(_open(account_key, slot.wrapped_next_master_key, self._mk_aad()))
        except InvalidTag:
            raise KeyFileCorrupt(file="site.keys") from None
        return keys

    # ----- master-key rotation: two phases so a crash never locks anyone out ------
    def begin_rotation(self, account_keys: dict[str, bytes], new_master_key: bytes) -> None:
        """account_keys maps slot lookup → account key (read from the database)."""
        for slot in self.accounts:
            if slot.scope == MASTER:
                slot.wrapped_next_master_key = _seal(account_keys[slot.lookup], new_master_key, self._mk_aad())

    def finish_rotation(self) -> None:
        for slot in self.accounts:
            if slot.wrapped_next_master_key:
                slot.wrapped_master_key = slot.wrapped_next_master_key
                slot.wrapped_next_master_key = None

    # ----- serialisation -------------------------------------------------------------
    def to_dict(self) -> dict:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "site_id": self.site_id,
            "lookup_salt": self.lookup_salt,
            "audit_public_key": self.audit_public_key,
            "accounts": [
                {
                    "lookup": s.lookup,
                    "kdf": s.kdf,
                    "wrapped_account_key": s.wrapped_account_key,
                    "wrapped_master_key": s.wrapped_master_key,
                    "wrapped_next_master_key": s.wrapped_next_master_key,
                    "devices": [{"id": d.id, "wrapped_account_key": d.wrapped_account_key} for d in s.devices],
                } | ({"scope": s.scope} if s.scope != MASTER else {})
                for s in self.accounts
            ],
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return body

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_dict(), indent=1, sort_keys=True).encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "site.keys") -> "KeyFile":
        try:
            body = json.loads(data.decode("ascii"))
            checksum = body.pop("checksum")
            if not hmac.compare_digest(checksum, hashlib.sha256(_canonical(body)).hexdigest()):
                raise ValueError("checksum")
            if body["format"] != FORMAT or body["version"] != VERSION:
                raise ValueError("format")
            return cls(
                body["site_id"],
                body["lookup_salt"],
                body["audit_public_key"],
                [
                    AccountSlot(
                        a["lookup"],
                        a["kdf"],
                        a["wrapped_account_key"],
                        a["wrapped_master_key"],
                        [DeviceSlot(d["id"], d["wrapped_account_key"]) for d in a["devices"]],
                        a.get("wrapped_next_master_key"),
                        _scope(a.get("scope", MASTER)),
                    )
                    for a in body["accounts"]
                ],
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KeyFileCorrupt(file=name) from None

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        return cls.from_bytes(Path(path).read_bytes(), Path(path).name)

    def save(self, path: Path) -> None:
        atomic_write_bytes(Path(path), self.to_bytes())


def _scope(value: object) -> str:
    if value not in (MASTER, VIEWER):
        raise ValueError("scope")
    return str(value)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("ascii")
