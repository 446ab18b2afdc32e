"""Shared fixtures: offscreen Qt, an in-memory keyring, cheap key derivation, a fresh site per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import keyring
import pytest
from keyring.backend import KeyringBackend

from lead_desktop.storage import keyslots, pending, server_schema

# The suite runs many sites on its one PostgreSQL 15 cluster, which a real site refuses (the test of that
# refusal turns it back on).
server_schema.allow_shared_cluster_for_tests(True)

ADMIN_PASSWORD = "correct horse battery"
SITE_NAME = "Zanzibar Harbour LEAD"  # a name no library ships, for the plaintext scans


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in this process only (tests)."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _fast_and_isolated(monkeypatch, tmp_path_factory):
    """Cheap scrypt for new slots (slots keep their own parameters), tiny sign-in delays, private keyring."""
    keyslots.force_kdf_cost_for_tests(10)
    monkeypatch.setattr(pending, "DELAY_BASE_SECONDS", 0.01)
    monkeypatch.setattr(pending, "DELAY_CAP_SECONDS", 0.05)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    yield backend
    keyring.set_keyring(previous)
    keyslots.force_kdf_cost_for_tests(None)


@pytest.fixture
def memory_keyring(_fast_and_isolated) -> MemoryKeyring:
    return _fast_and_isolated


@pytest.fixture
def run(monkeypatch, capsys):
    """Run lead-desktop-admin in this process with `stdin` as standard input (None: no standard input at
    all); returns (exit code, stdout, stderr)."""
    import io
    import sys

    from lead_desktop import cli

    def _run(*argv: object, stdin: str | None = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", None if stdin is None else io.StringIO(stdin))
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def site_dir(tmp_path):
    return tmp_path / "site"


@pytest.fixture
def new_site(site_dir):
    """A freshly created site, signed in as its administrator; closed after the test."""
    from lead_desktop.services import site as sites

    site, recovery_key = sites.create_site(site_dir, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")
    site.recovery_key = recovery_key  # type: ignore[attr-defined] - handy for tests
    yield site
    if not site.closed:
        site.close()


# ----- a real PostgreSQL server (shared server mode) -------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL 15 cluster for the whole run, on 127.0.0.1 with TLS; stopped at the end.
    `make test` installs Debian's packages first, so a missing server is a failure, not a skip."""
    from tests.helpers import pgserver

    if not pgserver.available():
        pytest.fail("PostgreSQL 15 is not installed: run `make debs-pg` (make test does this).")
    server = pgserver.start()
    yield server
    server.stop()


@pytest.fixture
def pg_database(pg_server):
    """An empty database and the URL of its owner (a role that may create roles)."""
    return pg_server.new_database()
