"""One program per site folder: a second one gets a clear message, and a dead holder leaves no stale lock."""

from __future__ import annotations

import os
import signal

import pytest

from lead_desktop.domain.errors import SiteInUse
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import finish, run_worker, signed_in, snapshot, start_worker, wait_for

pytestmark = pytest.mark.slow


def test_second_program_is_refused_while_the_site_is_open(new_site, site_dir, tmp_path):
    before = snapshot(site_dir, skip=("site.db", "site.db-wal", "site.db-shm"))
    result = run_worker("try", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD])
    assert result["ok"] is False
    assert result["error"] == "SiteInUse"
    assert "already open in another" in result["message"] and "Close it there first" in result["message"]
    # The refused program wrote nothing: no key file change, no pending record.
    assert snapshot(site_dir, skip=("site.db", "site.db-wal", "site.db-shm")) == before

    new_site.close()
    assert run_worker("try", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD]) == {"ok": True}


def test_lock_screen_keeps_the_folder_locked(new_site, site_dir, tmp_path):
    locked = new_site.lock_screen()
    try:
        result = run_worker("try", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD])
        assert result["error"] == "SiteInUse"
    finally:
        locked.release()
    assert run_worker("try", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD]) == {"ok": True}


def test_lock_is_released_when_the_holder_is_killed(new_site, site_dir, tmp_path):
    new_site.close()
    holder = start_worker("hold", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD])
    try:
        wait_for(holder, "ready")
        with pytest.raises(SiteInUse):
            sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        assert holder.returncode == -signal.SIGKILL
    finally:
        finish(holder)
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert sites.verify(site) == []


def test_holder_that_closes_normally_lets_the_next_one_in(new_site, site_dir, tmp_path):
    new_site.close()
    holder = start_worker("hold", site_dir, tmp_path / "home", ["admin", ADMIN_PASSWORD])
    try:
        wait_for(holder, "ready")
        with pytest.raises(SiteInUse):
            sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
        holder.stdin.close()  # the worker closes its site and exits
        assert holder.wait(20) == 0
    finally:
        finish(holder)
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert site.actor.username == "admin"
