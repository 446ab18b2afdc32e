"""Signing in with a working copy (services.offline.access): offline with the same password, refused when too
old, wiped when revoked or deactivated, kept through a password reset; devices for an administrator; the
drafts' home; and no name in any file of the laptop's folder."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from lead_desktop.domain.errors import (
    AccountDisabled,
    CopyTooOld,
    DeviceRevoked,
    NeedsServer,
    NoWorkingCopy,
    WrongPassword,
)
from lead_desktop.services import accounts, drafts, governance
from lead_desktop.services import participants as ps
from lead_desktop.services.offline import access, sync
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import draft_store, working_copy
from tests.helpers.offline import CANARY, STAFF_PASSWORD, contact, notes, person


def test_offline_sign_in_opens_the_copy_with_the_same_password_only(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla, CANARY)
    with pytest.raises(NoWorkingCopy):  # never signed in here: nothing to work on offline
        access.sign_in(laptop.address, laptop.folder, "carla", STAFF_PASSWORD, offline=True)
    laptop.sign_in("carla").close()
    with pytest.raises(WrongPassword):
        access.sign_in(laptop.address, laptop.folder, "carla", "not the password", offline=True)
    site = laptop.sign_in("carla", offline=True)
    try:
        assert site.offline and site.is_server and site.actor.username == "carla"
        assert ps.get_participant(site, someone.id).values["first_name"] == CANARY
        governance.list_organizations(site)  # the referral form's agencies are in the copy: no server needed
        with pytest.raises(NeedsServer) as refused:  # a case manager's copy holds no governance
            governance.list_bodies(site)
        assert refused.value.area == "governance"
    finally:
        site.close()


def test_a_copy_that_has_not_reached_the_server_for_too_long_does_not_open(laptop):
    laptop.add("carla")
    site = laptop.sign_in("carla")
    long_ago = datetime.now(timezone.utc) - timedelta(days=15)
    site.copy.set_state("synced_at", long_ago.isoformat())
    site.close()
    with pytest.raises(CopyTooOld) as refused:
        laptop.sign_in("carla", offline=True)
    assert refused.value.params == {"days": 15, "limit": 14}
    laptop.sign_in("carla").close()  # online it syncs, and then opens offline again
    laptop.sign_in("carla", offline=True).close()


def test_a_revoked_copy_cannot_sync_and_wipes_itself(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        (device,) = access.devices(laptop.admin)
        assert (device.username, device.computer, device.revoked_at) == ("carla", access.device_label(), None)
        assert device.last_sync_at is not None
        sync.go_offline(site)
        contact(site, someone.id, "never to arrive")
        assert access.revoke_device(laptop.admin, device.id)
        with pytest.raises(DeviceRevoked):
            sync.go_online(site)
        assert site.copy is None
        assert not working_copy.exists(laptop.copy_paths("carla"))
    finally:
        site.close()
    assert notes(laptop.admin, someone.id) == []
    assert access.devices(laptop.admin)[0].revoked_at is not None


def test_a_revoked_copy_is_wiped_at_the_next_online_sign_in(laptop):
    laptop.add("carla")
    laptop.sign_in("carla").close()
    (device,) = access.devices(laptop.admin)
    access.revoke_device(laptop.admin, device.id)
    site = laptop.sign_in("carla")
    try:
        assert site.copy is None and access.REVOKED_NOTICE in site.notices
        assert not working_copy.exists(laptop.copy_paths("carla"))
    finally:
        site.close()
    again = laptop.sign_in("carla")  # the next sign-in starts a new copy, a new device
    try:
        assert again.copy is not None and len(access.devices(laptop.admin)) == 2
    finally:
        again.close()


def test_deactivating_the_account_removes_the_copy_at_the_next_sign_in(laptop):
    carla = laptop.add("carla")
    laptop.sign_in("carla").close()
    assert working_copy.exists(laptop.copy_paths("carla"))
    accounts.deactivate(laptop.admin, carla)
    with pytest.raises(AccountDisabled):
        access.sign_in(laptop.address, laptop.folder, "carla", STAFF_PASSWORD)
    assert not working_copy.exists(laptop.copy_paths("carla"))


def test_a_password_reset_elsewhere_keeps_the_work_waiting_in_the_copy(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    sync.go_offline(site)
    contact(site, someone.id, "typed before the reset")
    site.close()
    accounts.reset_password(laptop.admin, carla, "a brand new password 9")
    site = access.sign_in(laptop.address, laptop.folder, "carla", "a brand new password 9")
    try:
        assert site.copy is not None and site.copy.waiting() == 1
        assert sync.sync(site).sent == 1
    finally:
        site.close()
    assert notes(laptop.admin, someone.id) == ["typed before the reset"]
    with pytest.raises(WrongPassword):  # the old password no longer opens the copy
        access.sign_in(laptop.address, laptop.folder, "carla", STAFF_PASSWORD, offline=True)
    access.sign_in(laptop.address, laptop.folder, "carla", "a brand new password 9", offline=True).close()


def test_the_copy_becomes_the_drafts_home_and_the_old_drafts_file_goes(laptop):
    laptop.add("carla")
    store = draft_store.open_store(laptop.folder, laptop.address.display(), "carla", STAFF_PASSWORD)
    from lead_desktop.storage.models import Draft

    with store.unit_of_work() as session:
        session.add(Draft(author="someone", form="contact", opener="profile", context="{}", slot="s", title="",
                          content='{"note": "typed"}', saved_at=datetime.now(timezone.utc)))
    store.close()
    site = laptop.sign_in("carla")
    try:
        drafts.open_local_drafts(site, laptop.folder, STAFF_PASSWORD)
        assert site.local_drafts is site.copy
        with site.copy.unit_of_work() as session:
            assert [d.content for d in session.query(Draft)] == ['{"note": "typed"}']
        assert draft_store.existing_store(laptop.folder, laptop.address.display(), "carla", STAFF_PASSWORD) is None
        sync.go_offline(site)
        draft_id = drafts.save_draft(site, None, form="contact", record_id=None, opener="profile", context={},
                                     title="", values={"note": "offline"}, base_version=None)
        assert draft_id and site.copy.waiting() == 0  # a draft is the laptop's own: nothing to send
    finally:
        site.close()


def test_no_name_reaches_a_file_of_the_laptops_folder_unencrypted(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla, CANARY, CANARY + "son")
    contact(laptop.admin, someone.id, f"{CANARY} by the river")
    site = laptop.sign_in("carla")
    try:
        drafts.open_local_drafts(site, laptop.folder, STAFF_PASSWORD)
        sync.go_offline(site)
        contact(site, someone.id, f"{CANARY} again, offline")
        person(site, carla, CANARY + "ina")
        drafts.save_draft(site, None, form="contact", record_id=None, opener="profile", context={}, title=CANARY,
                          values={"note": CANARY}, base_version=None)
        sync.go_online(site)
    finally:
        site.close()
    files = [p for p in laptop.folder.rglob("*") if p.is_file()]
    assert any(p.name == "site.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in (CANARY.encode(), CANARY.encode("utf-16-le"), b"carla"):
            assert needle not in data, f"{needle!r} found in {path.relative_to(laptop.folder)}"


def test_after_changing_ones_password_the_session_and_the_copy_go_on_with_the_new_one(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        accounts.change_own_password(site, STAFF_PASSWORD, "carla's own street password")
        site.vault.engine.dispose()  # every later call needs a new connection, as after a network hiccup
        contact(site, someone.id, "after the change")
        assert sync.sync(site).sent == 0 and ps.get_participant(site, someone.id).id == someone.id
    finally:
        site.close()
    offline = access.sign_in(laptop.address, laptop.folder, "carla", "carla's own street password", offline=True)
    offline.close()
    assert notes(laptop.admin, someone.id) == ["after the change"]


def test_signing_out_offline_keeps_the_servers_chain_head_as_anchored_not_the_copys(laptop):
    from lead_desktop.services import anchors
    from lead_desktop.storage import anchors as anchor_store

    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    path = anchors.anchor_file(site)
    online = anchor_store.load(path)
    assert online and anchors.head(site) is not None
    sync.go_offline(site)
    contact(site, someone.id, "seen offline")
    assert anchors.head(site) is None  # the copy's log is not the server's chain
    site.close()
    assert anchor_store.load(path) == online  # the sign-out while offline anchored nothing
    assert site_problems(laptop) == []
    again = laptop.sign_in("carla", offline=True)
    sync.go_online(again)
    again.close()  # back online before signing out: the server's head is anchored again
    newest = anchor_store.load(path)[-1]
    assert newest.source == "sign-out"
    with laptop.admin.unit_of_work() as session:
        assert audit_log.hash_at(session, newest.seq) == newest.hash
    assert site_problems(laptop) == []


def site_problems(laptop) -> list[str]:  # noqa: ANN001
    from lead_desktop.services import site as sites

    return sites.verify(laptop.admin)
