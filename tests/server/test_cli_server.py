"""lead-desktop-admin with --database-url: a site on the real test PostgreSQL, made and used from the
command line, with the same exit codes and no password on the command line."""

from __future__ import annotations


import pytest

from lead_desktop import cli
from lead_desktop.storage import server
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.pgserver import OWNER_PASSWORD

TEMP_PASSWORD = "temporary password 1"


@pytest.fixture
def owner_url(pg_server, pg_database):
    db, _url_with_password = pg_database
    return pg_server.url(f"{db}_owner", db)  # no password: the CLI reads it from stdin


@pytest.fixture
def server_site_url(run, owner_url):
    code, out, err = run("--database-url", owner_url, "init", "--site-name", SITE_NAME, "--admin-user", "admin",
                         "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    assert "no recovery key" in out
    return owner_url


def test_init_then_commands_sign_in_as_staff(run, server_site_url):
    admin = ["--database-url", server_site_url, "--user", "admin", "--password-stdin"]
    code, out, err = run(*admin, "add-user", "--username", "cody", "--name", "Cody", "--role", "case_manager",
                         stdin=f"{ADMIN_PASSWORD}\n{TEMP_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    code, out, err = run(*admin, "list-users", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    assert "cody" in out and "case_manager" in out and "temporary password" in out
    code, out, err = run(*admin, "verify", stdin=f"{ADMIN_PASSWORD}\n")
    assert (code, out.strip()) == (cli.EXIT_OK, "Site is sound"), err
    code, out, err = run(*admin, "audit", "--limit", "200", stdin=f"{ADMIN_PASSWORD}\n")
    assert "account_created" in out and "row.insert" in out
    cody = ["--database-url", server_site_url, "--user", "cody", "--password-stdin"]
    code, out, err = run(*cody, "list-users", stdin=f"{TEMP_PASSWORD}\n")
    assert code == cli.EXIT_NOT_ALLOWED  # a case manager may not manage accounts


def test_errors_have_their_exit_codes(run, server_site_url, pg_server):
    admin = ["--database-url", server_site_url, "--user", "admin", "--password-stdin"]
    assert run(*admin, "verify", stdin="wrong password here\n")[0] == cli.EXIT_WRONG_PASSWORD
    unreachable = server_site_url.replace(f":{pg_server.port}/", ":1/")
    code, _out, err = run("--database-url", unreachable, "--user", "admin", "--password-stdin", "verify",
                          stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_SERVER and "cannot reach the server" in err
    with_password = server_site_url.replace("_owner@", "_owner:secret@")
    code, _out, err = run("--database-url", with_password, "--user", "admin", "--password-stdin", "verify",
                          stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "secret" not in err
    plain = server_site_url.replace("sslmode=verify-full", "sslmode=disable")
    assert run("--database-url", plain, "--user", "admin", "--password-stdin", "verify",
               stdin=f"{ADMIN_PASSWORD}\n")[0] == cli.EXIT_BAD_INPUT
    assert run(*admin, "rotate-key", stdin=f"{ADMIN_PASSWORD}\n")[0] == cli.EXIT_BAD_INPUT
    assert run("--database-url", server_site_url, "--recovery-key-stdin", "verify", stdin="x\n")[0] == cli.EXIT_BAD_INPUT


def test_upgrade_is_for_the_owner_and_idempotent(run, server_site_url):
    code, out, err = run("--database-url", server_site_url, "upgrade", stdin=f"{OWNER_PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    address = server.parse_database_url(server_site_url)[0]
    assert address.database in server_site_url
    admin = ["--database-url", server_site_url, "--user", "admin", "--password-stdin"]
    assert run(*admin, "verify", stdin=f"{ADMIN_PASSWORD}\n")[0] == cli.EXIT_OK
