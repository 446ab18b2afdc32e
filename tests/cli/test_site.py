"""lead-desktop-admin init, verify, backup, restore, rotate-key and demo (lead_desktop/cli/site.py):
round trips, read back with the services and plain sqlcipher3."""

from __future__ import annotations

import json

import sqlcipher3

from lead_desktop import cli
from lead_desktop.domain.validation import parse_recovery_key
from lead_desktop.services import participants
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD, SITE_NAME

from .conftest import UNICODE_SITE, as_admin

DEMO_PASSWORD = "demo password 1"


def test_init_prints_a_summary_and_the_recovery_key_last(run, site_dir):
    code, out, err = run(
        "--data-dir", site_dir, "init", "--site-name", UNICODE_SITE, "--admin-user", "Ana",
        "--admin-name", "Ana Díaz", "--prefix", "zur", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert UNICODE_SITE in lines[0]
    assert "ana" in out
    key = lines[-1]
    assert len(key) == 79 and key.count("-") == 15
    parse_recovery_key(key)
    site = sites.sign_in(site_dir, "ana", ADMIN_PASSWORD)
    try:
        assert site.site_name == UNICODE_SITE
        assert site.setting("participant_prefix") == "ZUR"
        assert site.actor.display_name == "Ana Díaz"
    finally:
        site.close()

def test_round_trip_init_verify_backup_restore_verify(run, created, site_dir, tmp_path):
    code, out, _ = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out.strip()) == (0, "Site is sound")

    backup_file = tmp_path / "nightly.leadbackup"
    code, out, err = run(*as_admin(site_dir), "backup", "--to", backup_file, stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert backup_file.is_file() and str(backup_file) in out

    restored = tmp_path / "restored"
    code, out, err = run("--data-dir", restored, "restore", "--from", backup_file, stdin=None)
    assert code == 0, err
    assert str(restored) in out

    code, out, _ = run(*as_admin(restored), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out.strip()) == (0, "Site is sound")

    code, out, _ = run("--data-dir", restored, "--recovery-key-stdin", "verify", stdin=created + "\n")
    assert (code, out.strip()) == (0, "Site is sound")
    site = sites.open_with_recovery_key(restored, created)
    try:
        assert site.site_name == SITE_NAME
    finally:
        site.close()

def test_recovery_key_from_init_opens_the_database_with_plain_sqlcipher3(created, site_dir):
    hex_key = created.replace("-", "")
    assert len(hex_key) == 64
    conn = sqlcipher3.connect(str(site_dir / "site.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        assert conn.execute("select count(*) from account").fetchone() == (1,)
        (value,) = conn.execute("select value from setting where key = 'site_name'").fetchone()
        assert json.loads(value) == SITE_NAME
    finally:
        conn.close()

def test_init_and_rotate_key_can_write_the_recovery_kit(run, site_dir, tmp_path):
    import pypdf

    kit = tmp_path / "kit.pdf"
    code, out, err = run(
        "--data-dir", site_dir, "--password-stdin", "init", "--site-name", UNICODE_SITE, "--admin-user", "admin",
        "--recovery-kit", kit,
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err  # --password-stdin before the command works too
    key = out.strip().splitlines()[-1]
    text = pypdf.PdfReader(kit).pages[0].extract_text()
    assert UNICODE_SITE in text and key.replace("-", "") in text

    code, out, err = run(*as_admin(site_dir), "rotate-key", "--recovery-kit", tmp_path / "missing" / "kit.pdf",
                         stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_NOT_WRITABLE  # told, and the new key is still printed last
    assert "could not write the Recovery Kit" in err
    parse_recovery_key(out.strip().splitlines()[-1])

def test_verify_reports_a_broken_audit_chain_with_exit_1(run, created, site_dir):
    conn = sqlcipher3.connect(str(site_dir / "site.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{created.replace('-', '')}'\"")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
        conn.commit()
    finally:
        conn.close()
    code, out, err = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_UNSOUND == 1
    assert "audit log" in out
    assert "not sound" in err


# ----- demo -----------------------------------------------------------------------------------------


def _names(folder) -> list[tuple[str, str]]:
    site = sites.sign_in(folder, "admin", DEMO_PASSWORD)
    try:
        return [(r.lead_number, r.name) for r in participants.list_participants(site, sort="lead_number", limit=500).rows]
    finally:
        site.close()


def test_demo_creates_a_site_whose_last_line_is_the_recovery_key(run, tmp_path):
    code, out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 30, "--seed", 5, "--password-stdin",
                         stdin=DEMO_PASSWORD + "\n")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert "admin" in out
    key = parse_recovery_key(lines[-1])  # raises when the last line is not a recovery key
    assert len(key) == 32
    assert len(_names(tmp_path / "a")) == 30
    opened = sites.open_with_recovery_key(tmp_path / "a", lines[-1])
    opened.close()


def test_demo_is_deterministic_for_a_seed(run, tmp_path):
    for name, seed in (("a", 9), ("b", 9), ("c", 10)):
        code, _out, err = run("--data-dir", tmp_path / name, "demo", "--participants", 25, "--seed", seed,
                              "--password-stdin", stdin=DEMO_PASSWORD + "\n")
        assert code == 0, err
    assert _names(tmp_path / "a") == _names(tmp_path / "b")
    assert _names(tmp_path / "a") != _names(tmp_path / "c")


def test_demo_needs_the_password_on_stdin(run, tmp_path):
    code, _out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 5)
    assert code == cli.EXIT_BAD_INPUT
    assert "password" in err
    assert not (tmp_path / "a" / "site.db").exists()


def test_demo_with_a_custom_admin_user(run, tmp_path):
    code, out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 3, "--admin-user", "pm",
                         "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert code == 0, err
    assert "pm" in out
    site = sites.sign_in(tmp_path / "a", "pm", DEMO_PASSWORD)
    site.close()
