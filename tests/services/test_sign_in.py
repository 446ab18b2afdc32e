"""Signing in: wrong passwords are refused clearly, slowed down, audited later, and write nothing else."""

from __future__ import annotations

import time

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import DatabaseBusy, NoSite, SignInThrottled, UnknownUser, WrongPassword
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage import pending
from lead_desktop.storage import vault as vaults
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import signed_in, snapshot


def test_wrong_password_is_clear_slowed_audited_and_writes_nothing_else(new_site, site_dir, monkeypatch):
    # Delays long enough that "too early" is reliably too early, short enough for the suite.
    monkeypatch.setattr(pending, "DELAY_BASE_SECONDS", 0.1)
    monkeypatch.setattr(pending, "DELAY_CAP_SECONDS", 5.0)
    new_site.close()
    paths = new_site.paths
    before = snapshot(site_dir, skip=("site.pending",))
    assert "site.db-wal" not in before  # closed cleanly: everything is in site.db

    delays = []
    pending_sizes = [paths.pending.stat().st_size if paths.pending.exists() else 0]
    for attempt in range(3):
        with pytest.raises(WrongPassword) as caught:
            sites.sign_in(site_dir, "admin", f"not the password {attempt}", wait=True)
        err = caught.value
        assert type(err) is WrongPassword
        assert "password is not right" in err.message and "Caps Lock" in err.message
        delays.append(err.delay_seconds)
        pending_sizes.append(paths.pending.stat().st_size)
        # Nothing but the sealed pending record changed: database, key file, lock file, no WAL.
        assert snapshot(site_dir, skip=("site.pending",)) == before
        if attempt == 0:
            with pytest.raises(SignInThrottled) as throttled:
                sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
            assert "wait" in throttled.value.message
            assert int(throttled.value.params["seconds"]) >= 1
            assert snapshot(site_dir, skip=("site.pending",)) == before

    assert delays[0] > 0
    assert delays == sorted(delays) and len(set(delays)) == 3, f"the delay does not grow: {delays}"
    assert pending_sizes == sorted(pending_sizes) and len(set(pending_sizes)) == 4
    assert pending.failure_count(paths.pending) == 3  # the throttled try was not counted

    with pytest.raises(UnknownUser) as unknown:
        sites.sign_in(site_dir, "nobody-here", ADMIN_PASSWORD, wait=True)
    assert "nobody-here" in unknown.value.message
    assert snapshot(site_dir, skip=("site.pending",)) == before

    with signed_in(site_dir, "admin", ADMIN_PASSWORD, wait=True) as site:
        failed = audit_service.list_entries(site, action=AuditAction.SIGN_IN_FAILED.value)
        assert sorted(row.detail["reason"] for row in failed) == ["unknown_user"] + ["wrong_password"] * 3
        assert {row.actor for row in failed} == {"admin", "nobody-here"}
        newest = audit_service.list_entries(site, limit=1)[0]
        assert newest.action == AuditAction.SIGN_IN.value
        # The failures sit before the successful sign-in that moved them in, oldest first.
        assert all(row.seq < newest.seq for row in failed)
        assert audit_service.verify_chain(site).ok
    assert paths.pending.stat().st_size == 0, "the sealed records were moved into the audit log"
    assert pending.seconds_until_next_attempt(paths.pending) == 0


def test_pending_file_holds_no_readable_user_name(new_site, site_dir):
    new_site.close()
    with pytest.raises(UnknownUser):
        sites.sign_in(site_dir, "zorbafinch", "whatever password", wait=True)
    assert b"zorbafinch" not in new_site.paths.pending.read_bytes()


def test_user_name_is_matched_case_insensitively(new_site, site_dir):
    new_site.close()
    with signed_in(site_dir, "  ADMIN ", ADMIN_PASSWORD) as site:
        assert site.actor.username == "admin"


def test_no_site_in_folder(tmp_path):
    with pytest.raises(NoSite) as caught:
        sites.sign_in(tmp_path / "empty", "admin", ADMIN_PASSWORD)
    assert str(tmp_path / "empty") in caught.value.message


def test_lock_and_unlock_resume_as_the_same_person(new_site, site_dir):
    locked = new_site.lock_screen()
    assert new_site.vault._master_key == bytearray(len(new_site.vault._master_key)), "key not dropped"
    with pytest.raises(WrongPassword):
        sites.unlock(locked, "not the password")
    time.sleep(pending.seconds_until_next_attempt(locked.paths.pending))
    site = sites.unlock(locked, ADMIN_PASSWORD)
    try:
        assert site.actor.username == "admin"
        actions = [row.action for row in audit_service.list_entries(site, limit=4)]
        assert actions[0] == AuditAction.UNLOCK.value
        assert AuditAction.LOCK.value in actions and AuditAction.SIGN_IN_FAILED.value in actions
    finally:
        site.close()


@pytest.mark.slow
def test_failed_attempts_survive_a_sign_in_whose_commit_fails(new_site, site_dir):
    """The sealed records leave site.pending only once they are safely in the audit log."""
    key = new_site.vault.master_key
    new_site.close()
    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", "not the password")
    blocker = vaults.connect_raw(site_dir / "site.db", key)  # another writer holds the database
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy):
            sites.sign_in(site_dir, "admin", ADMIN_PASSWORD, wait=True)
    finally:
        blocker.rollback()
        blocker.close()
    assert pending.failure_count(site_dir / "site.pending") == 1, "the failed attempt vanished unrecorded"
    with signed_in(site_dir, "admin", ADMIN_PASSWORD, wait=True) as site:
        failed = audit_service.list_entries(site, action=AuditAction.SIGN_IN_FAILED.value)
        assert [row.detail["reason"] for row in failed] == ["wrong_password"]
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:  # moved once, not again
        assert len(audit_service.list_entries(site, action=AuditAction.SIGN_IN_FAILED.value)) == 1


def test_a_crash_between_commit_and_clearing_does_not_log_a_failure_twice(new_site, site_dir):
    new_site.close()
    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", "not the password")
    with pytest.raises(UnknownUser):
        sites.sign_in(site_dir, "nobody-here", "not the password", wait=True)
    sealed = (site_dir / "site.pending").read_bytes()
    sites.sign_in(site_dir, "admin", ADMIN_PASSWORD, wait=True).close()
    assert (site_dir / "site.pending").read_bytes() == b""
    (site_dir / "site.pending").write_bytes(sealed)  # as if the program died before emptying the file
    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", "another wrong one", wait=True)
    with signed_in(site_dir, "admin", ADMIN_PASSWORD, wait=True) as site:
        failed = audit_service.list_entries(site, action=AuditAction.SIGN_IN_FAILED.value)
        assert sorted(row.detail["reason"] for row in failed) == ["unknown_user", "wrong_password", "wrong_password"]
        assert audit_service.verify_chain(site).ok
