"""Nothing identifying, and never the master key, in any file of the data folder.

A site is used the way an office uses it (sign-ins, typos, new staff, a setting,
a backup, a key rotation) and left open so the WAL exists; then every file is
scanned byte by byte.
"""

from __future__ import annotations

import base64
import logging
import os
import zipfile
from pathlib import Path

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import UnknownUser, WrongPassword
from lead_desktop.domain.roles import Role
from lead_desktop.domain.validation import format_recovery_key
from lead_desktop.services import accounts, settings
from lead_desktop.services import site as sites
from tests.conftest import SITE_NAME

ADMIN = "zorbafinch"
ADMIN_NAME = "Quixotic Marmalade"
PASSWORD = "plaintext scan password"
STAFF = [("vellichorn", "Bartholomew Snickerdoodle", Role.CASE_MANAGER), ("quillimp", "Ottoline Wrenfeather", Role.VIEWER)]
TYPED_UNKNOWN = "glimmerquack"  # a user name typed at sign-in that does not exist
NEW_SITE_NAME = "Vexillum Cove Diversion"


def _needles() -> list[str]:
    return [SITE_NAME, NEW_SITE_NAME, ADMIN, ADMIN_NAME, TYPED_UNKNOWN] + [n for s in STAFF for n in s[:2]]


def _forms(text: str) -> set[bytes]:
    forms = set()
    for variant in (text, text.casefold(), text.upper(), text.split()[0] if " " in text else text):
        forms.add(variant.encode("utf-8"))
        forms.add(variant.encode("utf-16-le"))
    return forms


def _files(*folders: Path) -> dict[str, bytes]:
    """Every file (and every member of every zip, e.g. a backup) below the folders."""
    out = {}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            out[str(path)] = data
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as zf:
                    for name in zf.namelist():
                        out[f"{path}!{name}"] = zf.read(name)
    return out


def _scan(files: dict[str, bytes], needles: dict[str, set[bytes]]) -> list[str]:
    hits = []
    for name, data in files.items():
        folded = data.lower()  # the needles are ASCII: this catches them in any letter case
        for needle, forms in needles.items():
            if any(form in data or form.lower() in folded for form in forms):
                hits.append(f"{needle!r} in {name}")
    return hits


def _key_encodings(key: bytes) -> dict[str, bytes]:
    hexed = key.hex()
    encodings = {
        "raw": key,
        "hex": hexed.encode(),
        "HEX": hexed.upper().encode(),
        "base64": base64.b64encode(key),
        "base64 unpadded": base64.b64encode(key).rstrip(b"="),
        "base64url": base64.urlsafe_b64encode(key).rstrip(b"="),
        "base32": base64.b32encode(key).rstrip(b"="),
        "base32 lower": base64.b32encode(key).rstrip(b"=").lower(),
        "base85": base64.b85encode(key),
        "recovery key": format_recovery_key(key).encode(),
        "RECOVERY KEY": format_recovery_key(key).upper().encode(),
        "utf-16 hex": hexed.encode("utf-16-le"),
    }
    for label, value in list(encodings.items()):
        if label != "raw":
            encodings[label + " (first half)"] = value[: len(value) // 2]
    return encodings


def _key_hits(files: dict[str, bytes], keys: dict[str, bytes]) -> list[str]:
    return [
        f"{which} master key as {label} in {name}"
        for which, key in keys.items()
        for label, form in _key_encodings(key).items()
        for name, data in files.items()
        if form in data
    ]


@pytest.fixture
def scan_log(site_dir):
    """The project's own log records go to a file in logs/, as the program's rotating log does."""
    (site_dir / "logs").mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(site_dir / "logs" / "lead-desktop.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s %(args)s"))
    logger = logging.getLogger("lead_desktop")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield site_dir / "logs" / "lead-desktop.log"
    logger.removeHandler(handler)
    logger.setLevel(old_level)
    handler.close()


def test_no_plaintext_names_and_no_master_key_in_any_file(site_dir, scan_log, monkeypatch):
    site, recovery_key = sites.create_site(site_dir, SITE_NAME, ADMIN, PASSWORD, ADMIN_NAME)
    for username, display, role in STAFF:
        accounts.add_account(site, username, display, role, "temporary pass 1")
    accounts.enable_keychain_unlock(site)
    first_key = site.vault.master_key
    site.close()

    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, ADMIN, "a wrong password", wait=True)
    with pytest.raises(UnknownUser):
        sites.sign_in(site_dir, TYPED_UNKNOWN, PASSWORD, wait=True)
    staff = sites.sign_in(site_dir, STAFF[0][0], "temporary pass 1", wait=True)
    accounts.change_own_password(staff, "temporary pass 1", "a brand new password")
    staff.close()

    site = sites.sign_in(site_dir, ADMIN, PASSWORD, wait=True)
    try:
        settings.set_setting(site, "site_name", NEW_SITE_NAME)
        settings.set_setting(site, "auto_lock_minutes", 33)
        site.paths.backups.mkdir(exist_ok=True)
        sites.backup(site, site.paths.backups / "before-rotation.leadbackup")
        new_recovery_key = accounts.rotate_master_key(site)
        with site.unit_of_work() as session:
            site.audit(session, AuditAction.VIEW, "account", site.actor.account_id)
        sites.backup(site, site.paths.backups / "after-rotation.leadbackup")
        accounts.update_account(site, site.actor.account_id, ADMIN_NAME + " Jr", Role.ADMINISTRATOR)
        second_key = site.vault.master_key

        wal = Path(str(site.paths.db) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the scan must see a live WAL"
        files = _files(site_dir, Path(os.environ["HOME"]))
        names = {Path(name.split("!")[0]).name for name in files}
        assert {"site.db", "site.db-wal", "site.db-shm", "site.keys", "site.pending", "lead-desktop.log"} <= names
        assert any(name.endswith("!site.db") for name in files), "the backups were not scanned inside"
        assert scan_log.stat().st_size > 0, "nothing was logged, so the log scan proves nothing"

        hits = _scan(files, {needle: _forms(needle) for needle in _needles()})
        assert hits == [], "plaintext found:\n" + "\n".join(hits)

        assert first_key != second_key
        assert format_recovery_key(second_key) == new_recovery_key != recovery_key
        key_hits = _key_hits(files, {"first": first_key, "second": second_key})
        assert key_hits == [], "\n".join(key_hits)
    finally:
        site.close()


def test_scanner_finds_what_it_looks_for(tmp_path):
    """The scan itself can fail: plant each form and each key encoding and see it found."""
    key = bytes(range(32))
    labels = list(_key_encodings(key))
    for i, form in enumerate(_key_encodings(key).values()):
        (tmp_path / f"k{i}").write_bytes(b'{"ct": "' + form + b'"}')
    key_hits = _key_hits(_files(tmp_path), {"planted": key})
    for i, label in enumerate(labels):
        assert any(hit.endswith(f"/k{i}") and f"as {label} in" in hit for hit in key_hits), label
    assert _key_hits(_files(tmp_path), {"other": bytes(range(100, 132))}) == []
    (tmp_path / "utf16").write_bytes("xx Quixotic Marmalade xx".encode("utf-16-le"))
    (tmp_path / "shouting").write_bytes(b"ZORBAFINCH")
    with zipfile.ZipFile(tmp_path / "packed.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("inner.txt", "vellichorn " * 50)
    hits = _scan(_files(tmp_path), {n: _forms(n) for n in _needles()})
    assert any("Quixotic" in h and "utf16" in h for h in hits)
    assert any("zorbafinch" in h and "shouting" in h for h in hits)
    assert any("vellichorn" in h and "packed.zip!inner.txt" in h for h in hits)
