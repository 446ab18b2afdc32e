"""Shared fixtures: offscreen Qt, an in-memory keyring, cheap key derivation, a new site per test (copied
from one made per test process), the test PostgreSQL server."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

# Every unit of work on a test site commits, and SQLite fsyncs each commit: on a disk other work
# shares those waits were a good part of the run. Test folders are throw-away, so unless TMPDIR says
# otherwise they go to memory (tmpfs) where the machine has it; the two test processes and every
# program a test starts inherit it. A process killed by a test loses nothing there either.
if "TMPDIR" not in os.environ and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK):
    os.environ["TMPDIR"] = "/dev/shm"
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again

import keyring
import pytest
from hypothesis import settings as hypothesis_settings
from keyring.backend import KeyringBackend

from lead_desktop.storage import keyslots, pending, server_schema

# The suite runs many sites on its one PostgreSQL 15 cluster, which a real site refuses (the test of that
# refusal turns it back on).
server_schema.allow_shared_cluster_for_tests(True)

# Property tests keep their own example counts (each is bounded). Hypothesis's default 200 ms per
# example is a timing check, not one of the program's: with two test processes on two busy cores it
# could fail a sound example, so a test that sets no deadline gets one second.
hypothesis_settings.register_profile("suite", deadline=1000)
hypothesis_settings.load_profile("suite")

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


@pytest.fixture(scope="session")
def site_template(tmp_path_factory):
    """One new site per test process, made by the real create_site; `new_site` copies it."""
    from tests.helpers.sites import cheap_key_derivation, make_site_template

    with cheap_key_derivation():  # the per-test fixture that sets it has not run yet
        folder = tmp_path_factory.mktemp("template") / "site"
        return make_site_template(folder, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")


@pytest.fixture
def new_site(site_dir, site_template):
    """A new site (a copy of the template), signed in as its administrator; closed after the test."""
    from tests.helpers.sites import open_copy

    site = open_copy(site_template, site_dir)
    site.recovery_key = site_template.recovery_key  # type: ignore[attr-defined] - handy for tests
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
    """An empty database and the URL of its owner (a role that may create roles); dropped after the test."""
    database = pg_server.new_database()
    yield database
    pg_server.drop_database(database[0])
