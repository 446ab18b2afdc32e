"""Small helpers shared by the storage and service tests: new sites copied from a template, file
snapshots, byte flips, worker processes."""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lead_desktop.paths import SitePaths
from lead_desktop.services import site as sites
from lead_desktop.services.session import Actor, SiteSession
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.lock import SiteLock

WORKER = Path(__file__).with_name("site_worker.py")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


# ----- new sites, made once per test process and copied --------------------------------------


@dataclass(frozen=True)
class SiteTemplate:
    """A site made by the real create_site (key derivation, every migration, the first administrator)
    and closed the way create_site leaves it: no sign-out entry, so a copy holds exactly what a new
    site holds."""

    folder: Path
    recovery_key: str
    master_key: bytes
    actor: Actor


def make_site_template(folder: Path, site_name: str, admin: str, password: str, display_name: str) -> SiteTemplate:
    site, recovery_key = sites.create_site(folder, site_name, admin, password, display_name)
    return keep_as_template(site, recovery_key)


def keep_as_template(site: SiteSession, recovery_key: str) -> SiteTemplate:
    """Close a prepared site the way a test would find it open (no sign-out entry) and keep it for
    copies. The site is one that create_site or `open_copy` opened, so its actor needs no sign-in."""
    template = SiteTemplate(site.paths.folder, recovery_key, site.vault.master_key, site.actor)
    site.vault.close()  # checkpoints the WAL into site.db; SiteSession.close would add a sign-out entry
    site.lock.release()
    return template


@contextlib.contextmanager
def cheap_key_derivation() -> Iterator[None]:
    """What tests/conftest.py's per-test fixture sets, for a fixture of a wider scope (which may run
    before it, or inside a test after it: the cost in force before is put back)."""
    from lead_desktop.storage import keyslots

    before = keyslots._forced_log2_n
    keyslots.force_kdf_cost_for_tests(10)
    try:
        yield
    finally:
        keyslots.force_kdf_cost_for_tests(before)


def open_copy(template: SiteTemplate, folder: Path) -> SiteSession:
    """A new site in `folder`: the template's files, opened as create_site hands a new site out (locked,
    keyed, its administrator signed in). Copying takes milliseconds where creating takes a few tenths of
    a second; every copy has the template's site id, keys and recovery key (a test that needs a site of
    its own, e.g. "another site's backup", calls create_site itself)."""
    shutil.copytree(template.folder, folder, copy_function=shutil.copy, dirs_exist_ok=True)
    paths = SitePaths.at(folder)
    lock = SiteLock(paths.folder).acquire()
    master = bytearray(template.master_key)
    vault = vaults.Vault(paths, KeyFile.load(paths.keys), vaults.make_engine(paths.db, master), master)
    site = SiteSession(vault, template.actor, lock)
    from lead_desktop.services import site as sites

    sites._staff_session(site)  # as create_site does: the chain anchored, the viewers' store kept current
    return site


# ----- files ------------------------------------------------------------------------------------


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file below `folder` (relative path → bytes), except the names in `skip`."""
    out = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and path.name not in skip:
            out[str(path.relative_to(folder))] = path.read_bytes()
    return out


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(Path(path).read_bytes())
    data[offset] ^= mask
    Path(path).write_bytes(bytes(data))


# A test whose `new_site` lives on the test server (tests/services/conftest.py) registers its
# folder here, so the same test text signs in again on whichever backend its site is.
SERVER_SITES: dict[Path, object] = {}


def sign_in(folder: Path, username: str, password: str, **kwargs: object) -> sites.SiteSession:
    address = SERVER_SITES.get(Path(folder))
    if address is None:
        return sites.sign_in(folder, username, password, **kwargs)
    from lead_desktop.services.server_site import sign_in_server

    return sign_in_server(address, username, password)


@contextlib.contextmanager
def signed_in(folder: Path, username: str, password: str, **kwargs: object) -> Iterator[sites.SiteSession]:
    site = sign_in(folder, username, password, **kwargs)
    try:
        yield site
    finally:
        if not site.closed:
            site.close()


# ----- worker processes (a second program on the same folder) -------------------------------


def worker_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    # The worker never uses the keychain; keep keyring from probing D-Bus or the user's real keychain.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start_worker(mode: str, folder: Path, home: Path, stdin_lines: list[str]) -> subprocess.Popen:
    """Start tests/helpers/site_worker.py; passwords go to it on stdin, never in argv."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=worker_env(home),
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write("".join(line + "\n" for line in stdin_lines))
    proc.stdin.flush()
    return proc


def read_line(proc: subprocess.Popen, timeout: float = 30.0) -> str:
    """The worker's next stdout line; fails the test (with the worker's stderr) on timeout or exit."""
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                proc.kill()
                raise AssertionError(f"worker {proc.args[2]} sent nothing for {timeout} s: {_stderr(proc)}")
            if selector.select(left):
                line = proc.stdout.readline()
                if not line:
                    proc.wait(5)
                    raise AssertionError(f"worker {proc.args[2]} ended ({proc.returncode}): {_stderr(proc)}")
                return line.rstrip("\n")
    finally:
        selector.close()


def wait_for(proc: subprocess.Popen, prefix: str, timeout: float = 30.0) -> str:
    while True:
        line = read_line(proc, timeout)
        if line.startswith(prefix):
            return line


def _stderr(proc: subprocess.Popen) -> str:
    with contextlib.suppress(Exception):
        proc.wait(5)
        return (proc.stderr.read() if proc.stderr else "")[-3000:]
    return "(no stderr)"


def finish(proc: subprocess.Popen) -> None:
    """Reap a worker (killed or not) and close its pipes."""
    with contextlib.suppress(Exception):
        if proc.poll() is None:
            proc.kill()
    proc.wait(10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()


def run_worker(mode: str, folder: Path, home: Path, stdin_lines: list[str], timeout: float = 60.0) -> dict:
    """Run a worker to completion; returns the JSON it prints last."""
    proc = start_worker(mode, folder, home, stdin_lines)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        finish(proc)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, f"worker {mode} printed no result ({proc.returncode}): {err[-3000:]}"
    return json.loads(lines[-1])
