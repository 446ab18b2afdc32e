"""lead-desktop-admin as a program (lead_desktop/cli/program.py): secrets never from the command line,
and the installed `.venv/bin/lead-desktop-admin` run as a real program."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lead_desktop import cli
from lead_desktop.cli import program
from lead_desktop.domain.validation import parse_recovery_key
from tests.conftest import ADMIN_PASSWORD

from .conftest import UNICODE_SITE, as_admin

REPO = Path(__file__).resolve().parents[2]
ADMIN_EXE = REPO / ".venv" / "bin" / "lead-desktop-admin"


def _spawn(*argv: object, stdin: str = "", **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ADMIN_EXE), *map(str, argv)], input=stdin, capture_output=True, text=True, timeout=120, **kwargs
    )


def test_passwords_are_never_accepted_from_argv(run, created, site_dir, monkeypatch):
    options = [opt for action in program.build_parser()._actions for opt in action.option_strings]
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
    code, _, err = run(*as_admin(site_dir), "verify", stdin="")
    assert code == cli.EXIT_BAD_INPUT and "standard input" in err


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
