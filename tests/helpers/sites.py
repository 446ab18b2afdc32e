"""Small helpers shared by the storage and service tests: file snapshots, byte flips, worker processes."""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from lead_desktop.services import site as sites

WORKER = Path(__file__).with_name("site_worker.py")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


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
