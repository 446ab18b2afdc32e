"""What a lead-desktop-admin command reads (lead_desktop/cli/context.py): secrets one line at a time
from standard input, and the options that say how to open the site."""

from __future__ import annotations

import pytest

from lead_desktop import cli
from tests.conftest import ADMIN_PASSWORD

from .conftest import as_admin


@pytest.mark.parametrize("stdin", ["", None, "\n"])
def test_missing_or_empty_stdin(run, created, site_dir, stdin):
    code, out, err = run(*as_admin(site_dir), "verify", stdin=stdin)
    assert (code, out) == (cli.EXIT_BAD_INPUT, "")
    assert "standard input" in err
    assert err.count("\n") == 1  # one line

def test_missing_second_line_is_bad_input_before_the_site_is_opened(run, created, site_dir):
    code, _, err = run(*as_admin(site_dir), "reset-password", "--username", "admin", stdin=ADMIN_PASSWORD + "\n")
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
    code, _, _ = run(*as_admin(site_dir), "audit", "--limit", "0", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT
