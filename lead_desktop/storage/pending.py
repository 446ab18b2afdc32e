"""Failed sign-ins recorded before the database can be opened.

A wrong password means we hold no key to the database, yet the attempt must be
audited and must slow the next one down. Each failure is appended to
``site.pending`` sealed to the site's X25519 audit key (whose private half lives
inside the encrypted database): the file holds a timestamp and ciphertext only.
The next successful sign-in moves the records into the hash-chained audit log
and empties the file. The timestamps drive the growing delay across processes.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lead_desktop.storage.atomic import atomic_write_bytes

# Delay before attempt k+1 after k failures: BASE * 2**(k-1), capped. Tests shrink BASE.
DELAY_BASE_SECONDS = 1.0
DELAY_CAP_SECONDS = 30.0
FREE_ATTEMPTS = 1


def new_audit_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw_private, raw_public


def public_key_for(audit_private_key: bytes) -> bytes:
    """The public half of the site's audit key pair (to rebuild a lost key file)."""
    private = X25519PrivateKey.from_private_bytes(audit_private_key)
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, ephemeral_public, b"lead-desktop/pending-audit").derive(shared)


@dataclass(frozen=True)
class FailedAttempt:
    at: float
    username: str
    reason: str
    record: str = ""  # the record's own random id, so moving it into the audit log twice can be noticed


def record_failure(path: Path, audit_public_key_hex: str, username: str, reason: str) -> None:
    now = time.time()
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(audit_public_key_hex)))
    nonce = os.urandom(12)
    payload = json.dumps({"at": now, "username": username[:200], "reason": reason}).encode()
    ct = AESGCM(_derive(shared, eph_public)).encrypt(nonce, payload, None)
    line = json.dumps({"t": round(now, 3), "e": eph_public.hex(), "n": nonce.hex(), "c": ct.hex()}) + "\n"
    with open(path, "a", encoding="ascii") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def _lines(path: Path) -> list[dict]:
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return []
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue  # a line torn by a crash: skip it, the rest still count
    return out


def delay_after(failures: int) -> float:
    if failures <= FREE_ATTEMPTS - 1:
        return 0.0
    return min(DELAY_BASE_SECONDS * 2 ** (failures - FREE_ATTEMPTS), DELAY_CAP_SECONDS)


def seconds_until_next_attempt(path: Path) -> float:
    lines = _lines(path)
    if not lines:
        return 0.0
    last = max(float(line.get("t", 0)) for line in lines)
    return max(0.0, last + delay_after(len(lines)) - time.time())


def failure_count(path: Path) -> int:
    return len(_lines(path))


def _opened(path: Path, audit_private_key: bytes) -> list[tuple[dict, str, object]]:
    """(line, its record id, its decrypted JSON or None when it does not open) for every sealed line."""
    private = X25519PrivateKey.from_private_bytes(audit_private_key)
    out: list[tuple[dict, str, object]] = []
    for line in _lines(path):
        record = str(line.get("e", ""))[:32]
        try:
            eph = bytes.fromhex(line["e"])
            key = _derive(private.exchange(X25519PublicKey.from_public_bytes(eph)), eph)
            out.append((line, record, json.loads(AESGCM(key).decrypt(bytes.fromhex(line["n"]),
                                                                     bytes.fromhex(line["c"]), None))))
        except (InvalidTag, KeyError, ValueError, TypeError):
            out.append((line, record, None))
    return out


def read_all(path: Path, audit_private_key: bytes) -> list[FailedAttempt]:
    """Decrypt every sealed record, leaving the file as it is. Records that fail to open are reported as such."""
    attempts: list[FailedAttempt] = []
    for line, record, data in _opened(path, audit_private_key):
        try:
            attempts.append(FailedAttempt(float(data["at"]), str(data["username"]), str(data["reason"]), record))
        except (KeyError, ValueError, TypeError):
            attempts.append(FailedAttempt(float(line.get("t", 0) or 0), "", "unreadable_record", record))
    return attempts


def clear(path: Path) -> None:
    """Empty the file, once its records are safely committed to the audit log."""
    if Path(path).exists():
        atomic_write_bytes(Path(path), b"")


def drain(path: Path, audit_private_key: bytes) -> list[FailedAttempt]:
    """read_all, then clear."""
    attempts = read_all(path, audit_private_key)
    clear(path)
    return attempts


# ----- a viewer's audit entries (storage.viewer_store): sealed the same way ------------------------


def _seal_line(audit_public_key_hex: str, payload: dict) -> str:
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(audit_public_key_hex)))
    nonce = os.urandom(12)
    ct = AESGCM(_derive(shared, eph_public)).encrypt(nonce, json.dumps(payload).encode(), None)
    return json.dumps({"t": round(time.time(), 3), "e": eph_public.hex(), "n": nonce.hex(), "c": ct.hex()}) + "\n"


def seal_entry(path: Path, audit_public_key_hex: str, entry: dict) -> None:
    """Append one audit entry a viewer's session wrote (a viewer holds no key to the audit log), sealed to
    the site's audit key: only a session with the site's database can read it, and moves it into the log."""
    with open(path, "a", encoding="ascii") as handle:
        handle.write(_seal_line(audit_public_key_hex, {"at": time.time(), **entry}))
        handle.flush()
        os.fsync(handle.fileno())


def read_entries(path: Path, audit_private_key: bytes) -> list[tuple[str, dict | None]]:
    """(record id, entry) for every sealed line; None for a line that does not open (reported as such)."""
    return [(record, data if isinstance(data, dict) else None) for _line, record, data in _opened(path, audit_private_key)]
