"""lead-desktop-admin: round trips, every error's message and exit code, secrets only from stdin.

Most tests call `cli.main` in this process (cheap key derivation from conftest);
a few run the installed `.venv/bin/lead-desktop-admin` as a real program.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import sqlcipher3

from lead_desktop import cli
from lead_desktop.domain.errors import WrongPassword
from lead_desktop.domain.validation import parse_recovery_key
from lead_desktop.services import site as sites

from .conftest import ADMIN_PASSWORD, SITE_NAME

REPO = Path(__file__).resolve().parents[1]
ADMIN_EXE = REPO / ".venv" / "bin" / "lead-desktop-admin"
UNICODE_SITE = "Zürich – Café Ñandú LEAD"
TEMP_PASSWORD = "temporary password 1"


@pytest.fixture
def created(run, site_dir):
    """A site made by `init` (closed again); returns its recovery key."""
    code, out, err = run(
        "--data-dir", site_dir, "init", "--site-name", SITE_NAME, "--admin-user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err
    return out.strip().splitlines()[-1]


def _as_admin(site_dir: Path) -> list[str]:
    return ["--data-dir", str(site_dir), "--user", "admin", "--password-stdin"]


def _spawn(*argv: object, stdin: str = "", **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ADMIN_EXE), *map(str, argv)], input=stdin, capture_output=True, text=True, timeout=120, **kwargs
    )


# ----- round trips -----------------------------------------------------------------------------


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
    code, out, _ = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out.strip()) == (0, "Site is sound")

    backup_file = tmp_path / "nightly.leadbackup"
    code, out, err = run(*_as_admin(site_dir), "backup", "--to", backup_file, stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert backup_file.is_file() and str(backup_file) in out

    restored = tmp_path / "restored"
    code, out, err = run("--data-dir", restored, "restore", "--from", backup_file, stdin=None)
    assert code == 0, err
    assert str(restored) in out

    code, out, _ = run(*_as_admin(restored), "verify", stdin=ADMIN_PASSWORD + "\n")
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


def test_reset_password_with_the_recovery_key_lets_a_locked_out_admin_back_in(run, created, site_dir):
    code, out, err = run(
        "--data-dir", site_dir, "--recovery-key-stdin", "reset-password", "--username", "admin",
        stdin=f"{created}\n{TEMP_PASSWORD}\n",
    )
    assert code == 0, err
    assert "admin" in out

    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    site = sites.sign_in(site_dir, "admin", TEMP_PASSWORD, wait=True)
    try:
        assert site.actor.must_change_password is True
    finally:
        site.close()


def test_accounts_audit_and_key_rotation(run, created, site_dir):
    code, out, err = run(
        *_as_admin(site_dir), "add-user", "--username", "cm1", "--name", "Casey Manager", "--role", "case_manager",
        stdin=f"{ADMIN_PASSWORD}\n{TEMP_PASSWORD}\n",
    )
    assert code == 0, err
    assert "cm1" in out

    code, out, _ = run(*_as_admin(site_dir), "list-users", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    rows = {line.split()[0]: line for line in out.strip().splitlines()[1:]}
    assert set(rows) == {"admin", "cm1"}
    assert "case_manager" in rows["cm1"] and "temporary password" in rows["cm1"] and "Casey Manager" in rows["cm1"]

    code, _, err = run("--data-dir", site_dir, "--user", "cm1", "--password-stdin", "list-users", stdin=TEMP_PASSWORD + "\n")
    assert code == cli.EXIT_NOT_ALLOWED
    assert "does not allow" in err

    code, out, _ = run(*_as_admin(site_dir), "audit", "--limit", "3", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    assert len(out.strip().splitlines()) == 3
    assert "sign_in" in out

    code, out, err = run(*_as_admin(site_dir), "rotate-key", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    new_key = out.strip().splitlines()[-1]
    assert new_key != created
    parse_recovery_key(new_key)
    code, _, err = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=created + "\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    assert "recovery key does not open" in err
    code, out, _ = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=new_key + "\n")
    assert (code, out.strip()) == (0, "Site is sound")
    code, out, _ = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0


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

    code, out, err = run(*_as_admin(site_dir), "rotate-key", "--recovery-kit", tmp_path / "missing" / "kit.pdf",
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
    code, out, err = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_UNSOUND == 1
    assert "audit log" in out
    assert "not sound" in err


# ----- errors: message and exit code ---------------------------------------------------------------


def test_site_already_exists(run, created, site_dir):
    code, out, err = run(
        "--data-dir", site_dir, "init", "--site-name", "Other", "--admin-user", "x1", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert (code, out) == (cli.EXIT_SITE_EXISTS, "")
    assert "already exists" in err


def test_no_site_in_folder(run, tmp_path):
    code, _, err = run("--data-dir", tmp_path, "--user", "admin", "--password-stdin", "verify", stdin="whatever pw\n")
    assert code == cli.EXIT_NO_SITE
    assert "There is no LEAD Desktop site" in err
    assert os.listdir(tmp_path) == []  # nothing was written there, not even a log folder


def test_wrong_password_and_unknown_user(run, created, site_dir):
    code, _, err = run(*_as_admin(site_dir), "verify", stdin="not the password\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    assert "password is not right" in err
    code, _, err = run("--data-dir", site_dir, "--user", "nobody", "--password-stdin", "verify", stdin="whatever pw\n")
    assert code == cli.EXIT_UNKNOWN_USER
    assert "no account named “nobody”" in err
    # the delay after failures is waited out, not refused
    code, out, _ = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out.strip()) == (0, "Site is sound")


def test_folder_not_writable(run, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(
        "--data-dir", blocker / "site", "init", "--site-name", "X", "--admin-user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == cli.EXIT_NOT_WRITABLE
    assert "cannot write to the folder" in err


def test_corrupted_key_file(run, created, site_dir):
    keys = site_dir / "site.keys"
    data = bytearray(keys.read_bytes())
    data[len(data) // 2] ^= 0x55
    keys.write_bytes(bytes(data))
    code, _, err = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_CORRUPT
    assert "key file" in err and "damaged" in err
    # the recovery key still opens the site
    code, out, _ = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=created + "\n")
    assert (code, out.strip()) == (0, "Site is sound")


def test_corrupted_backup_and_restore_target_not_empty(run, tmp_path):
    bogus = tmp_path / "bogus.leadbackup"
    bogus.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run("--data-dir", tmp_path / "new", "restore", "--from", bogus)
    assert code == cli.EXIT_CORRUPT
    assert "not a LEAD Desktop backup" in err

    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("x")
    code, _, err = run("--data-dir", occupied, "restore", "--from", bogus)
    assert code == cli.EXIT_SITE_EXISTS
    assert "not empty" in err


@pytest.mark.parametrize("stdin", ["", None, "\n"])
def test_missing_or_empty_stdin(run, created, site_dir, stdin):
    code, out, err = run(*_as_admin(site_dir), "verify", stdin=stdin)
    assert (code, out) == (cli.EXIT_BAD_INPUT, "")
    assert "standard input" in err
    assert err.count("\n") == 1  # one line


def test_missing_second_line_is_bad_input_before_the_site_is_opened(run, created, site_dir):
    code, _, err = run(*_as_admin(site_dir), "reset-password", "--username", "admin", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT
    assert "line 2" in err and "temporary password" in err


def test_bad_input_messages(run, created, site_dir):
    code, _, err = run("--data-dir", site_dir, "verify")
    assert code == cli.EXIT_BAD_INPUT and "--password-stdin" in err
    code, _, err = run("--data-dir", site_dir / "new", "init", "--site-name", "X", "--admin-user", "admin")
    assert code == cli.EXIT_BAD_INPUT and "--password-stdin" in err
    code, _, err = run(
        "--data-dir", site_dir / "new", "init", "--site-name", "X", "--admin-user", "admin", "--password-stdin",
        stdin="short\n",
    )
    assert code == cli.EXIT_BAD_INPUT and "at least 10 characters" in err
    assert not (site_dir / "new" / "site.db").exists()
    code, _, err = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin="not a key\n")
    assert code == cli.EXIT_BAD_INPUT and "64 characters" in err
    code, _, err = run("--data-dir", site_dir, "--user", "admin", "--recovery-key-stdin", "verify", stdin=created + "\n")
    assert code == cli.EXIT_BAD_INPUT and "not both" in err
    code, _, _ = run("--data-dir", site_dir, "no-such-command")
    assert code == cli.EXIT_BAD_INPUT
    code, _, _ = run(*_as_admin(site_dir), "audit", "--limit", "0", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT


def test_passwords_are_never_accepted_from_argv(run, created, site_dir, monkeypatch):
    options = [opt for action in cli.build_parser()._actions for opt in action.option_strings]
    assert [opt for opt in options if "password" in opt or "key" in opt] == ["--password-stdin", "--recovery-key-stdin"]
    for argv in (
        ["--data-dir", site_dir, "--user", "admin", "--password", ADMIN_PASSWORD, "verify"],
        ["--data-dir", site_dir, "--user", "admin", f"--password={ADMIN_PASSWORD}", "verify"],
        ["--data-dir", site_dir, "--recovery-key", created, "verify"],
    ):
        code, out, err = run(*argv)
        assert (code, out) == (cli.EXIT_BAD_INPUT, "")
        assert "never taken from the command line" in err
        assert ADMIN_PASSWORD not in err and created not in err  # never echoed
    # and no environment variable is read: a password there changes nothing
    monkeypatch.setenv("LEAD_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("PASSWORD", ADMIN_PASSWORD)
    code, _, err = run(*_as_admin(site_dir), "verify", stdin="")
    assert code == cli.EXIT_BAD_INPUT and "standard input" in err


def test_internal_error_gives_one_line_and_logs_the_traceback_without_messages(run, created, site_dir, monkeypatch):
    def broken(site):
        raise RuntimeError(f"about {site.site_name}")  # a message carrying a name, as a careless bug might

    monkeypatch.setattr(sites, "verify", broken)
    code, out, err = run(*_as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out) == (cli.EXIT_INTERNAL, "")
    assert err.startswith("lead-desktop-admin: Internal error; see the log")
    assert "Traceback" not in err and SITE_NAME not in err
    log_text = (site_dir / "logs" / cli.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.RuntimeError (message withheld)" in log_text
    assert "in broken" in log_text
    assert SITE_NAME not in log_text


def test_exit_codes_are_documented_in_the_docstring_and_help(run):
    code, out, _ = run("--help")
    assert code == 0
    documented = {int(line.split()[0]) for line in cli.__doc__.split("Exit codes:")[1].splitlines() if line[:6].strip().isdigit()}
    assert documented == {code for code, _ in cli.EXIT_CODES}
    for number, text in cli.EXIT_CODES:
        assert f"{number:>3}  {text}" in out
        assert f"{number}" in cli.__doc__ and text in " ".join(cli.__doc__.split())


# ----- the installed program ---------------------------------------------------------------------


@pytest.mark.slow
def test_installed_program_init_then_verify(tmp_path):
    folder = tmp_path / "site"
    result = _spawn(
        "--data-dir", folder, "init", "--site-name", UNICODE_SITE, "--admin-user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1]
    parse_recovery_key(key)
    assert UNICODE_SITE in result.stdout

    result = _spawn("--data-dir", folder, "--recovery-key-stdin", "verify", stdin=key + "\n")
    assert (result.returncode, result.stdout.strip()) == (0, "Site is sound")

    result = _spawn("--data-dir", folder, "--user", "admin", "--password-stdin", "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (result.returncode, result.stdout.strip()) == (0, "Site is sound")


@pytest.mark.slow
def test_installed_program_refuses_a_site_in_use(new_site, site_dir):
    # new_site holds the folder lock in this process, like a running window would
    result = _spawn("--data-dir", site_dir, "--user", "admin", "--password-stdin", "verify", stdin=ADMIN_PASSWORD + "\n")
    assert result.returncode == cli.EXIT_IN_USE
    assert "already open in another LEAD Desktop" in result.stderr
    assert result.stderr.count("\n") == 1
    result = _spawn("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=new_site.recovery_key + "\n")
    assert result.returncode == cli.EXIT_IN_USE


@pytest.mark.slow
@pytest.mark.parametrize("redirect", ["</dev/null", "<&-"], ids=["empty", "closed"])
def test_installed_program_with_empty_or_closed_stdin(new_site, site_dir, redirect):
    new_site.close()
    command = f'"{ADMIN_EXE}" --data-dir "{site_dir}" --user admin --password-stdin verify {redirect}'
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.returncode == cli.EXIT_BAD_INPUT
    assert "standard input" in result.stderr
    assert result.stderr.count("\n") == 1
