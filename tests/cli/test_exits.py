"""lead-desktop-admin's exit codes (lead_desktop/cli/exits.py): each known error's message and code,
and every code documented in the package's docstring and the help."""

from __future__ import annotations

import os

from lead_desktop import cli
from tests.conftest import ADMIN_PASSWORD

from .conftest import as_admin


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
    code, _, err = run(*as_admin(site_dir), "verify", stdin="not the password\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    assert "password is not right" in err
    code, _, err = run("--data-dir", site_dir, "--user", "nobody", "--password-stdin", "verify", stdin="whatever pw\n")
    assert code == cli.EXIT_UNKNOWN_USER
    assert "no account named “nobody”" in err
    # the delay after failures is waited out, not refused
    code, out, _ = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
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
    code, _, err = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
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

def test_exit_codes_are_documented_in_the_docstring_and_help(run):
    code, out, _ = run("--help")
    assert code == 0
    documented = {int(line.split()[0]) for line in cli.__doc__.split("Exit codes:")[1].splitlines() if line[:6].strip().isdigit()}
    assert documented == {code for code, _ in cli.EXIT_CODES}
    for number, text in cli.EXIT_CODES:
        assert f"{number:>3}  {text}" in out
        assert f"{number}" in cli.__doc__ and text in " ".join(cli.__doc__.split())
