"""The recovery key: opens the site without the key file, and with any SQLCipher tool; key rotation."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import sqlcipher3

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import BadRecoveryKey, KeyFileCorrupt, NoSite, WrongPassword, WrongRecoveryKey
from lead_desktop.domain.roles import Role
from lead_desktop.domain.validation import format_recovery_key, parse_recovery_key
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.models import Account
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import flip_byte, signed_in, snapshot

STAFF = {"bob": ("Bob Builder", Role.CASE_MANAGER, "bob temporary 1"), "cleo": ("Cleo Count", Role.VIEWER, "cleo temp pass 1")}


def _add_staff(site) -> None:
    for username, (display, role, password) in STAFF.items():
        accounts.add_account(site, username, display, role, password)


def _everyone_signs_in(site_dir) -> None:
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert sites.verify(site) == []
    for username, (_display, _role, password) in STAFF.items():
        with signed_in(site_dir, username, password) as site:
            assert site.actor.username == username


def test_recovery_key_opens_the_site_without_its_key_file(new_site, site_dir):
    admin_id = new_site.actor.account_id
    new_site.close()
    (site_dir / "site.keys").unlink()
    with pytest.raises(NoSite) as missing:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert "key file is missing" in missing.value.message and "recovery key" in missing.value.message

    site = sites.open_with_recovery_key(site_dir, new_site.recovery_key)
    try:
        assert site.actor.via_recovery_key and site.actor.role == Role.ADMINISTRATOR
        assert site.site_name == SITE_NAME
        assert sites.verify(site) == []
        assert audit_service.list_entries(site, action=AuditAction.SIGN_IN_RECOVERY_KEY.value)
        # The way back for staff: an administrator sets new passwords, which writes a new key file.
        accounts.reset_password(site, admin_id, "a fresh temporary pass")
    finally:
        site.close()

    with signed_in(site_dir, "admin", "a fresh temporary pass") as site:
        assert site.actor.must_change_password
    # The rebuilt key file seals failed sign-ins to this site's audit key like the original did.
    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", "not the password", wait=True)
    with signed_in(site_dir, "admin", "a fresh temporary pass", wait=True) as site:
        failed = audit_service.list_entries(site, action=AuditAction.SIGN_IN_FAILED.value)
        assert [(row.actor, row.detail["reason"]) for row in failed] == [("admin", "wrong_password")]


def test_recovery_key_opens_the_site_when_the_key_file_is_damaged(new_site, site_dir):
    new_site.close()
    flip_byte(site_dir / "site.keys", 200)
    with pytest.raises(KeyFileCorrupt) as damaged:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert "recovery key" in damaged.value.message  # the message sends people here …
    site = sites.open_with_recovery_key(site_dir, new_site.recovery_key)  # … so this must work
    try:
        assert sites.verify(site) == []
    finally:
        site.close()


def test_wrong_or_malformed_recovery_key(new_site, site_dir):
    new_site.close()
    before = snapshot(site_dir)
    wrong = format_recovery_key(bytes(reversed(parse_recovery_key(new_site.recovery_key))))
    with pytest.raises(WrongRecoveryKey) as caught:
        sites.open_with_recovery_key(site_dir, wrong)
    assert "does not open this site" in caught.value.message
    for text in ("", "1234", new_site.recovery_key[:-1], new_site.recovery_key + "0",
                 new_site.recovery_key.replace(new_site.recovery_key[0], "g", 1), "x'" + "a" * 64 + "'"):
        with pytest.raises(BadRecoveryKey) as bad:
            sites.open_with_recovery_key(site_dir, text)
        assert "64 characters" in bad.value.message
    assert snapshot(site_dir) == before
    # Typed sloppily (spaces, capitals, no dashes) it still opens.
    sloppy = " ".join(new_site.recovery_key.replace("-", "").upper()[i : i + 8] for i in range(0, 64, 8))
    sites.open_with_recovery_key(site_dir, sloppy).close()


_PLAIN_SQLCIPHER = textwrap.dedent(
    """
    import json, sys
    import sqlcipher3
    digits = "".join(ch for ch in sys.stdin.read() if ch in "0123456789abcdefABCDEF")
    conn = sqlcipher3.connect(sys.argv[1])
    conn.execute("PRAGMA key = \\"x'" + digits + "'\\"")
    name = conn.execute("SELECT value FROM setting WHERE key = 'site_name'").fetchone()[0]
    users = [r[0] for r in conn.execute("SELECT username FROM account ORDER BY username")]
    check = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    conn.close()
    print(json.dumps({"site_name": json.loads(name), "users": users, "check": check,
                      "project_code": sorted(m for m in sys.modules if m.startswith("lead_desktop"))}))
    """
)


def test_recovery_key_opens_the_database_with_plain_sqlcipher3(new_site, site_dir):
    _add_staff(new_site)
    new_site.close()
    result = subprocess.run(
        [sys.executable, "-I", "-c", _PLAIN_SQLCIPHER, str(site_dir / "site.db")],
        input=new_site.recovery_key,  # as printed on the Recovery Kit, dashes and all
        capture_output=True,
        text=True,
        timeout=60,
        cwd=site_dir,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout)
    assert out == {"site_name": SITE_NAME, "users": ["admin", "bob", "cleo"], "check": [], "project_code": []}


def test_rotation_retires_the_old_recovery_key_and_keeps_every_password(new_site, site_dir):
    _add_staff(new_site)
    accounts.enable_keychain_unlock(new_site)
    old_key = new_site.recovery_key
    new_key = accounts.rotate_master_key(new_site)
    assert parse_recovery_key(new_key) != parse_recovery_key(old_key)
    assert sites.verify(new_site) == []
    new_site.close()

    with pytest.raises(WrongRecoveryKey):
        sites.open_with_recovery_key(site_dir, old_key)
    sites.open_with_recovery_key(site_dir, new_key).close()
    raw = sqlcipher3.connect(str(site_dir / "site.db"))
    try:
        raw.execute(f"PRAGMA key = {vaults.raw_key_pragma(parse_recovery_key(old_key))}")
        with pytest.raises(sqlcipher3.DatabaseError):
            raw.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        raw.close()
    _everyone_signs_in(site_dir)
    site = sites.sign_in_with_keychain(site_dir, "admin")  # device slots wrap account keys: still valid
    try:
        assert site.actor.username == "admin"
    finally:
        site.close()
    keyfile_text = (site_dir / "site.keys").read_text()
    assert '"wrapped_next_master_key": null' in keyfile_text
    assert '"wrapped_next_master_key": {' not in keyfile_text, "the rotation was left half-finished"


def _start_rotation(site) -> bytes:
    """Phase one of a rotation as Vault.rotate_master_key runs it: the key file learns the next key."""
    keyfile = site.vault.keyfile
    with site.unit_of_work() as session:
        rows = session.query(Account).filter(Account.active.is_(True)).all()
        account_keys = {keyfile.lookup_for(r.username): r.account_key for r in rows}
    new_key = bytes(vaults.new_master_key())
    keyfile.begin_rotation(account_keys, new_key)
    keyfile.save(site.paths.keys)
    site.vault.checkpoint()
    site.vault.engine.dispose()
    return new_key


def _die(site) -> None:
    """The program stops here (a crash): the OS drops its lock, nothing else runs."""
    site.lock.release()
    site.closed = True


def test_rotation_interrupted_after_rekey_still_opens(new_site, site_dir):
    _add_staff(new_site)
    old_key = new_site.vault.master_key
    new_key = _start_rotation(new_site)
    raw = sqlcipher3.connect(str(site_dir / "site.db"))  # phase two, with no project code
    try:
        raw.execute(f"PRAGMA key = {vaults.raw_key_pragma(old_key)}")
        raw.execute(f"PRAGMA rekey = {vaults.raw_key_pragma(new_key)}")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    _die(new_site)  # before finish_rotation

    _everyone_signs_in(site_dir)
    with pytest.raises(WrongRecoveryKey):
        sites.open_with_recovery_key(site_dir, format_recovery_key(old_key))
    sites.open_with_recovery_key(site_dir, format_recovery_key(new_key)).close()
    # A later rotation from this state completes normally.
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        newest = accounts.rotate_master_key(site)
    _everyone_signs_in(site_dir)
    sites.open_with_recovery_key(site_dir, newest).close()


def test_rotation_interrupted_before_rekey_still_opens(new_site, site_dir):
    _add_staff(new_site)
    old_key = new_site.vault.master_key
    _start_rotation(new_site)
    _die(new_site)
    _everyone_signs_in(site_dir)
    sites.open_with_recovery_key(site_dir, format_recovery_key(old_key)).close()
