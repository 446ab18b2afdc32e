"""Drafts (services.drafts): kept per author, found again by their form's identity, expired, audited
when restored or discarded (never with their content), counted (only counted) for an administrator.

Runs on both backends: a laptop site keeps drafts in its own database, a server site in the
laptop's drafts file (storage.draft_store), never on the server."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from lead_desktop.domain.errors import PermissionDenied, ServerRefused
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, drafts, settings
from lead_desktop.services import audit as audit_service
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import sign_in

CONTEXT = {"participant": "p-1", "kind": "contact"}
NOTE = "Met at the shelter; wants a detox bed"


@pytest.fixture
def site(new_site, tmp_path):
    if new_site.is_server:
        drafts.open_local_drafts(new_site, tmp_path / "laptop", ADMIN_PASSWORD)
    return new_site


def keep(site, values=None, *, record_id=None, context=CONTEXT, draft_id=None, base_version=None) -> str:
    return drafts.save_draft(site, draft_id, form="contact", record_id=record_id, opener="profile_record",
                             context=context, title="Record contact — LEAD-000001", values=values or {"note": NOTE},
                             base_version=base_version)


def test_a_draft_is_kept_and_found_again_by_its_form(site):
    draft_id = keep(site)
    again = keep(site, {"note": NOTE + " tomorrow"}, draft_id=draft_id)
    assert again == draft_id  # the same draft, written again
    found = drafts.find_draft(site, form="contact", record_id=None, opener="profile_record",
                              context={"kind": "contact", "participant": "p-1"})
    assert found is not None and found.id == draft_id
    assert found.values == {"note": NOTE + " tomorrow"}
    assert found.title == "Record contact — LEAD-000001"
    assert found.saved_at.tzinfo is not None
    assert drafts.find_draft(site, form="contact", record_id=None, opener="profile_record",
                             context={"participant": "p-2", "kind": "contact"}) is None
    assert [d.id for d in drafts.list_drafts(site)] == [draft_id]


def test_the_newest_draft_of_a_form_is_found_unless_one_is_asked_for_or_already_open(site):
    older = keep(site, {"note": "older"})
    newer = keep(site, {"note": "newer"})
    find = dict(form="contact", record_id=None, opener="profile_record", context=CONTEXT)
    assert drafts.find_draft(site, **find).id == newer
    assert drafts.find_draft(site, **find, prefer=older).id == older
    assert drafts.find_draft(site, **find, skip=(newer,)).id == older


def signed_in_as(site_dir, laptop, username: str, password: str):
    person = sign_in(site_dir, username, password)
    if person.is_server:
        drafts.open_local_drafts(person, laptop, password)
    return person


def test_drafts_belong_to_their_author(site, site_dir, tmp_path):
    accounts.add_account(site, "bob", "Bob Builder", Role.ADMINISTRATOR, "bob's long password")
    mine = keep(site)
    site.close()
    bob = signed_in_as(site_dir, tmp_path / "laptop", "bob", "bob's long password")
    try:
        assert drafts.list_drafts(bob) == []
        assert drafts.find_draft(bob, form="contact", record_id=None, opener="profile_record", context=CONTEXT) is None
        drafts.delete_draft(bob, mine, discarded=True)  # not Bob's: nothing happens
        bobs = keep(bob, {"note": "Bob's own"})
        assert [d.id for d in drafts.list_drafts(bob)] == [bobs]
        if not bob.is_server:  # an administrator learns that drafts exist, and nothing else
            counts = {c.author: c.count for c in drafts.draft_counts(bob)}
            assert counts == {"Ada Administrator": 1, "Bob Builder": 1}
    finally:
        bob.close()
    admin = signed_in_as(site_dir, tmp_path / "laptop", "admin", ADMIN_PASSWORD)
    try:
        assert [d.id for d in drafts.list_drafts(admin)] == [mine]
    finally:
        admin.close()


def test_only_an_administrator_counts_drafts(site, site_dir, tmp_path):
    accounts.add_account(site, "cara", "Cara Case", Role.CASE_MANAGER, "cara's long password")
    site.close()
    cara = signed_in_as(site_dir, tmp_path / "laptop", "cara", "cara's long password")
    try:
        with pytest.raises(PermissionDenied):
            drafts.draft_counts(cara)
    finally:
        cara.close()


def test_restoring_and_discarding_are_audited_without_the_content(site):
    draft_id = keep(site)
    drafts.mark_restored(site, drafts.list_drafts(site)[0])
    drafts.delete_draft(site, draft_id, discarded=True)
    assert drafts.list_drafts(site) == []
    entries = audit_service.list_entries(site, limit=5)
    actions = [e.action for e in entries]
    assert actions[:2] == ["draft_discarded", "draft_restored"]
    for entry in entries[:2]:
        assert entry.entity_id == draft_id
        assert NOTE not in str(entry) and "shelter" not in str(entry)


def test_a_saved_record_removes_its_draft_without_an_audit_entry(site):
    draft_id = keep(site)
    before = audit_service.count_entries(site)
    drafts.delete_draft(site, draft_id)
    assert drafts.list_drafts(site) == []
    assert audit_service.count_entries(site) == before


def test_drafts_older_than_the_site_keeps_them_are_removed(site):
    settings.set_setting(site, "draft_keep_days", 7)
    old = keep(site, {"note": "old"}, context={"participant": "p-old", "kind": "contact"})
    fresh = keep(site, {"note": "fresh"})
    assert drafts.remove_expired(site, now=datetime.now(timezone.utc) + timedelta(days=6)) == 0
    with drafts._drafts(site) as session:  # the old one was typed ten days ago
        session.execute(text("UPDATE draft SET saved_at = :t WHERE id = :i"),
                        {"t": datetime.now(timezone.utc) - timedelta(days=10), "i": old})
    assert drafts.remove_expired(site) == 1
    assert [d.id for d in drafts.list_drafts(site)] == [fresh]


def test_the_default_keeps_drafts_thirty_days(site):
    assert settings.get_settings(site)["draft_keep_days"] == 30


def test_the_windows_place_is_read_once_and_is_not_a_draft(site):
    drafts.save_place(site, {"page": "participants", "participants": {"profiles": [{"id": "p-1", "tab": "contacts"}]}})
    drafts.save_place(site, {"page": "meetings"})  # the latest lock's place replaces the one before
    assert drafts.list_drafts(site) == []
    assert drafts.take_place(site) == {"page": "meetings"}
    assert drafts.take_place(site) is None


def test_a_server_site_keeps_drafts_on_the_laptop_never_on_the_server(site, tmp_path):
    if not site.is_server:
        pytest.skip("about a site on a shared server")
    keep(site)
    with pytest.raises(ServerRefused), site.unit_of_work() as session:  # not even an administrator reads it there
        session.execute(text("SELECT count(*) FROM draft"))
    names = {p.name for p in (tmp_path / "laptop" / "drafts").iterdir()}
    store = site.local_drafts.name  # a salted hash: the folder names nobody
    assert {"salt", f"{store}.db", f"{store}.keys"} <= names
    assert all(name.startswith((store, "salt")) for name in names)
    assert drafts.draft_counts(site) == []


def test_a_session_without_a_drafts_store_keeps_none(new_site):
    if not new_site.is_server:
        pytest.skip("a laptop site always has its database")
    assert not drafts.available(new_site)
    assert keep(new_site) is None
    assert drafts.list_drafts(new_site) == []
