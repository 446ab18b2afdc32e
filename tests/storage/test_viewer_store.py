"""A viewer on a laptop holds no key to the site's file (issue 19, finding 9): their key slot unwraps only
the viewers' key, which opens the viewers' store of published numbers and governance records, and their
audit entries reach the site's log sealed. Checked with plain sqlcipher3, as anyone with the README's
description of the key slots and a SQLCipher tool would try."""

from __future__ import annotations

import pytest
import sqlcipher3

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KeyFileCorrupt, PermissionDenied, ViewerNumbersMissing
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, metrics, reporting
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import viewer_store
from lead_desktop.storage.keyslots import MASTER, VIEWER, KeyFile
from tests.conftest import ADMIN_PASSWORD
from tests.services.metrics.dataset import PERIOD, TODAY, build_dataset

VIEWER_PASSWORD = "viewer passphrase 123"


def _opens(path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _viewer_slot_key(site_dir) -> bytes:
    """What the viewer's password unwraps, done by hand from the key file's documented layout."""
    keyfile = KeyFile.load(site_dir / "site.keys")
    slot = keyfile.find("pcg")
    assert slot.scope == VIEWER
    account_key = slot.unwrap_account_key(VIEWER_PASSWORD)
    with pytest.raises(KeyFileCorrupt):  # it is not the master key under any label
        keyfile.master_key_candidates(slot, account_key)
    return keyfile.viewer_key(slot, account_key)


def test_a_viewers_slot_yields_no_key_that_opens_the_site_and_the_viewer_still_sees_the_numbers(site_dir, new_site):
    build_dataset(new_site)
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, VIEWER_PASSWORD)
    metrics.program_numbers(new_site, PERIOD, today=TODAY)  # published for the viewers
    metrics.fact_sheet_numbers(new_site, today=TODAY)
    master = new_site.vault.master_key
    with new_site.unit_of_work() as session:
        head = audit_log.head(session)
    new_site.close()  # the viewers' store is written as staff sign out (before the sign-out entry)

    key = _viewer_slot_key(site_dir)
    assert key != master
    assert not _opens(site_dir / "site.db", key)
    assert _opens(site_dir / "site.db", master)
    assert _opens(site_dir / "viewers.db", key)
    store = sqlcipher3.connect(str(site_dir / "viewers.db"))
    try:
        store.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert store.execute("SELECT count(*) FROM participant").fetchone() == (0,)
        assert store.execute("SELECT count(*) FROM contact").fetchone() == (0,)
        assert store.execute("SELECT count(*) FROM account WHERE account_key IS NOT NULL").fetchone() == (0,)
        assert store.execute("SELECT count(*) FROM setting WHERE key IN ('audit_private_key', 'viewer_store_key')"
                             ).fetchone() == (0,)
    finally:
        store.close()

    viewer = sites.sign_in(site_dir, "pcg", VIEWER_PASSWORD)
    try:
        assert isinstance(viewer.vault, viewer_store.ViewerVault) and not hasattr(viewer.vault, "master_key")
        assert viewer.actor.role is Role.VIEWER and viewer.actor.must_change_password
        accounts.change_own_password(viewer, VIEWER_PASSWORD, "the viewer's own password")
        assert metrics.program_numbers(viewer, PERIOD, today=TODAY).funnel.total == 9
        assert reporting.program_report(viewer, PERIOD).audit_head == head  # as of the last staff session
        assert reporting.fact_sheet(viewer, today=TODAY).numbers.public
        with pytest.raises(PermissionDenied):
            ps.list_participants(viewer)
    finally:
        viewer.close()

    admin = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)  # the viewer's entries move into the log
    try:
        entries = [(e.actor, e.action) for e in audit_service.list_entries(admin, limit=50)]
        for action in (AuditAction.SIGN_IN, AuditAction.PASSWORD_CHANGED, AuditAction.SIGN_OUT):
            assert ("pcg", action.value) in entries
        pcg = next(a for a in accounts.list_accounts(admin) if a.username == "pcg")
        assert not pcg.must_change_password and pcg.last_sign_in_at is not None
        assert not (site_dir / "viewers.pending").read_bytes()
        assert sites.verify(admin) == []
    finally:
        admin.close()
    sites.sign_in(site_dir, "pcg", "the viewer's own password").close()


def test_a_viewer_slot_of_an_earlier_version_is_given_the_viewers_key_at_its_next_sign_in(site_dir, new_site):
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, VIEWER_PASSWORD)
    keyfile = new_site.vault.keyfile
    with new_site.unit_of_work() as session:  # as an earlier version wrote it: the master key
        from lead_desktop.storage.models import Account

        account_key = session.query(Account).filter_by(username="pcg").one().account_key
    keyfile.rewrap(keyfile.find("pcg"), account_key, new_site.vault.master_key, MASTER)
    keyfile.save(site_dir / "site.keys")
    viewer_store.remove(new_site.paths)
    new_site.vault.close()
    new_site.closed = True
    new_site.lock.release()

    viewer = sites.sign_in(site_dir, "pcg", VIEWER_PASSWORD)
    try:
        assert isinstance(viewer.vault, viewer_store.ViewerVault)
    finally:
        viewer.close()
    key = _viewer_slot_key(site_dir)
    assert not _opens(site_dir / "site.db", key)


def test_a_viewer_without_a_store_is_told_to_ask_staff(site_dir, new_site):
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, VIEWER_PASSWORD)
    new_site.close()
    viewer_store.remove(new_site.paths)
    with pytest.raises(ViewerNumbersMissing):
        sites.sign_in(site_dir, "pcg", VIEWER_PASSWORD)


def test_a_password_with_an_added_space_at_either_end_is_refused(site_dir, new_site):
    from lead_desktop.domain.errors import WrongPassword

    new_site.close()
    for wrong in (" " + ADMIN_PASSWORD, ADMIN_PASSWORD + " "):
        with pytest.raises(WrongPassword):
            sites.sign_in(site_dir, "admin", wrong, wait=True)
    sites.sign_in(site_dir, "admin", ADMIN_PASSWORD, wait=True).close()
