"""A program killed with SIGKILL in the middle of writing leaves a site that opens and verifies."""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import finish, read_line, signed_in, start_worker, wait_for

pytestmark = pytest.mark.slow

RUNS = 5


def _kill_after(proc, rng: random.Random, min_ticks: int) -> int:
    """Let the worker write `min_ticks` rounds, then SIGKILL it at a random moment; returns the rounds seen."""
    ticks = 0
    while ticks < min_ticks:
        ticks = int(wait_for(proc, "tick ").split()[1])
    time.sleep(rng.uniform(0.0, 0.15))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL, "the worker ended before it was killed"
    return ticks


def test_writer_killed_mid_write_leaves_a_sound_site(new_site, site_dir, tmp_path):
    new_site.close()
    rng = random.Random()
    entries_before = 0
    for run in range(RUNS):
        proc = start_worker("write", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD, str(run)])
        try:
            wait_for(proc, "ready")
            ticks = _kill_after(proc, rng, min_ticks=rng.randint(1, 4))
        finally:
            finish(proc)
        with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
            assert sites.verify(site) == [], f"run {run}: killed after {ticks} rounds"
            chain = audit_service.verify_chain(site)
            assert chain.ok, f"run {run}: {chain.reason}"
            assert chain.entries > entries_before, f"run {run}: the worker's committed rounds are gone"
            entries_before = chain.entries
            names = {a.username for a in accounts.list_accounts(site)}
            assert {f"w{run}n{t}" for t in range(0, ticks, 3)} <= names, "committed accounts lost"


def test_killed_during_key_file_writes_the_key_file_always_loads(new_site, site_dir, tmp_path):
    bob = accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")
    new_site.close()
    own = [ADMIN_PASSWORD, "admin second password"]
    temporary = ["bob temporary 1", "bob temporary 2"]
    rng = random.Random()
    current = ADMIN_PASSWORD
    for run in range(RUNS):
        other = own[1] if current == own[0] else own[0]
        proc = start_worker(
            "passwords", site_dir, tmp_path / "home", ["admin", current, bob.id, other, *temporary]
        )
        try:
            wait_for(proc, "ready")
            _kill_after(proc, rng, min_ticks=rng.randint(1, 6))
        finally:
            finish(proc)

        keyfile = KeyFile.load(site_dir / "site.keys")  # never half-written
        admin_opens = [p for p in own if _opens(keyfile, "admin", p)]
        bob_opens = [p for p in temporary if _opens(keyfile, "bob", p)]
        assert len(admin_opens) == 1 and len(bob_opens) == 1, f"run {run}: {admin_opens} {bob_opens}"
        current = admin_opens[0]
        with signed_in(site_dir, "admin", current) as site:
            assert sites.verify(site) == []
        with signed_in(site_dir, "bob", bob_opens[0]) as site:
            assert site.actor.username == "bob"


def _opens(keyfile: KeyFile, username: str, password: str) -> bool:
    from lead_desktop.domain.errors import WrongPassword

    slot = keyfile.find(username)
    assert slot is not None, f"{username}'s slot vanished"
    try:
        slot.unwrap_account_key(password)
    except WrongPassword:
        return False
    return True


def test_worker_reports_progress(new_site, site_dir, tmp_path):
    """The kill tests rely on the worker's "tick" lines; make sure a round really writes."""
    new_site.close()
    proc = start_worker("write", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD, "p"])
    try:
        assert read_line(proc) == "ready"
        assert read_line(proc) == "tick 1"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        finish(proc)
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert "wpn0" in {a.username for a in accounts.list_accounts(site)}
