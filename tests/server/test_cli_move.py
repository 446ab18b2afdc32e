"""lead-desktop-admin migrate-to-server and snapshot against the real test PostgreSQL: a laptop's site
moves to the server and comes back as one file, passwords only from standard input."""

from __future__ import annotations

import re
import shutil

import psycopg
import pytest

from lead_desktop import cli
from lead_desktop.domain import validation
from lead_desktop.services import demo
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.pgserver import OWNER_PASSWORD
from tests.helpers.sites import cheap_key_derivation

TEMP_PASSWORD = "temporary password 1"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """A demo site made once for this module (and closed); each test gets a copy of its folder."""
    with cheap_key_derivation():
        folder = tmp_path_factory.mktemp("demo") / "laptop"
        demo.create_demo(folder, ADMIN_PASSWORD, participants=24, seed=7)
    return folder


@pytest.fixture
def laptop(tmp_path, demo_folder):
    folder = tmp_path / "laptop"
    shutil.copytree(demo_folder, folder, copy_function=shutil.copy)
    return folder


@pytest.fixture
def owner_url(pg_server, pg_database):
    db, _url_with_password = pg_database
    return pg_server.url(f"{db}_owner", db)  # no password: the CLI reads it from stdin


def _tables(pg_server, owner_url) -> int:
    db = owner_url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(pg_server.superuser_conninfo(db)) as su:
        return su.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").fetchone()[0]


def test_migrate_then_snapshot_then_restore(run, laptop, owner_url, tmp_path):
    local_admin = ["--data-dir", laptop, "--user", "admin", "--password-stdin"]
    code, out, err = run(*local_admin, "migrate-to-server", "--database-url", owner_url,
                         stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    counts = dict(re.findall(r"^  (\w+)\s+(\d+)$", out, re.MULTILINE))
    assert counts["participant"] == "24" and int(counts["audit_log"]) > 24 and "gov_body" in counts
    assert "need a temporary password" in out and re.search(r"^  cm01$", out, re.MULTILINE)
    assert ADMIN_PASSWORD not in out + err and OWNER_PASSWORD not in out + err

    code, out, err = run(*local_admin, "verify", stdin=f"{ADMIN_PASSWORD}\n")  # the laptop's old copy
    assert code == cli.EXIT_OK and "old copy" in err and "moved to the server" in err

    on_server = ["--database-url", owner_url, "--user", "admin", "--password-stdin"]
    code, out, err = run(*on_server, "verify", stdin=f"{ADMIN_PASSWORD}\n")
    assert "old copy" not in err
    assert (code, out.strip()) == (cli.EXIT_OK, "Site is sound"), err
    code, out, err = run(*on_server, "reset-password", "--username", "cm01",
                         stdin=f"{ADMIN_PASSWORD}\n{TEMP_PASSWORD}\n")
    assert code == cli.EXIT_OK, err

    copy = tmp_path / "server-copy.leadbackup"
    code, out, err = run(*on_server, "snapshot", "--to", copy, stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    recovery_key = out.strip().splitlines()[-1]
    validation.parse_recovery_key(recovery_key)
    assert copy.exists() and str(copy) in out

    restored = tmp_path / "restored"
    code, out, err = run("--data-dir", restored, "restore", "--from", copy)
    assert code == cli.EXIT_OK, err
    code, out, err = run("--data-dir", restored, "--user", "admin", "--password-stdin", "verify",
                         stdin=f"{ADMIN_PASSWORD}\n")
    assert (code, out.strip()) == (cli.EXIT_OK, "Site is sound"), err
    code, out, err = run("--data-dir", restored, "--recovery-key-stdin", "audit", "--limit", "500",
                         stdin=f"{recovery_key}\n")
    assert code == cli.EXIT_OK, err
    assert "moved_to_server" in out and "snapshot" in out and "row.update" in out


def test_a_password_in_the_url_is_refused_and_nothing_moves(run, laptop, owner_url, pg_server):
    with_password = owner_url.replace("_owner@", "_owner:hunter2secret@")
    code, out, err = run("--data-dir", laptop, "--user", "admin", "--password-stdin", "migrate-to-server",
                         "--database-url", with_password, stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "hunter2secret" not in out + err
    assert _tables(pg_server, owner_url) == 0


def test_wrong_uses_have_their_exit_codes(run, laptop, owner_url, pg_server, tmp_path):
    local_admin = ["--data-dir", laptop, "--user", "admin", "--password-stdin"]
    # The owner's password is line 2: without it nothing happens.
    code, _out, err = run(*local_admin, "migrate-to-server", "--database-url", owner_url, stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "line 2" in err
    code, _out, err = run(*local_admin, "migrate-to-server", "--database-url", owner_url,
                          stdin=f"{ADMIN_PASSWORD}\nnot the owner's password\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    assert _tables(pg_server, owner_url) == 0
    # The server's address goes after the command; snapshot is for server sites.
    code, _out, err = run("--database-url", owner_url, "--user", "admin", "--password-stdin", "migrate-to-server",
                          "--database-url", owner_url, stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT
    code, _out, err = run(*local_admin, "snapshot", "--to", tmp_path / "x.leadbackup", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "backup" in err
    # A database that already holds a site is refused.
    assert run(*local_admin, "migrate-to-server", "--database-url", owner_url,
               stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")[0] == cli.EXIT_OK
    tables = _tables(pg_server, owner_url)
    code, _out, err = run(*local_admin, "migrate-to-server", "--database-url", owner_url,
                          stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_SITE_EXISTS and "already exists" in err
    assert _tables(pg_server, owner_url) == tables
    # A case manager may not take a snapshot.
    on_server = ["--database-url", owner_url, "--user", "admin", "--password-stdin"]
    assert run(*on_server, "reset-password", "--username", "cm01", stdin=f"{ADMIN_PASSWORD}\n{TEMP_PASSWORD}\n")[0] == 0
    code, _out, err = run("--database-url", owner_url, "--user", "cm01", "--password-stdin", "snapshot", "--to",
                          tmp_path / "cm.leadbackup", stdin=f"{TEMP_PASSWORD}\n")
    assert code == cli.EXIT_NOT_ALLOWED and not (tmp_path / "cm.leadbackup").exists()
