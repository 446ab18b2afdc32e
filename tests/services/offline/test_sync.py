"""Sending the queue (services.offline.sync): through the same services, each operation once, conflicts
left for the person, refusals kept with their reason, and the offline audit entries in the server's chain."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from lead_desktop.domain.errors import EditConflict
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from lead_desktop.services.offline import sync
from lead_desktop.storage import models as M
from tests.helpers.offline import contact, notes, person, set_phone
from tests.services.participants.test_records import KINDS
from tests.services.referrals.helpers import arrest_values, clear_answers, sources


def test_changes_made_offline_reach_the_server_once_with_the_numbers_it_gives(laptop):
    carla = laptop.add("carla")
    known = person(laptop.admin, carla)
    sources(laptop.admin)  # the agency and officer the referral names, in the copy's lookups
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        for n in range(20):
            contact(site, known.id, f"offline {n:02d}")
        new = person(site, carla, "Nia")
        for n in range(3):
            contact(site, new.id, f"new {n}")
        referral = rs.create_referral(site, arrest_values(site), clear_answers("arrest_diversion"))
        rs.record_intake(site, referral.id, {"intake_completed_on": referral.values["referred_at"].date()},
                         expected_version=referral.version)
        assert site.copy.waiting() == 26
        report = sync.go_online(site)
        assert (report.sent, report.waiting, report.conflicts) == (26, 0, [])
        assert not site.offline
        assert sync.sync(site).sent == 0  # again: nothing is sent twice
    finally:
        site.close()
    admin = laptop.admin
    assert notes(admin, known.id) == [f"offline {n:02d}" for n in range(20)]
    on_server = ps.get_participant(admin, new.id)
    assert on_server.lead_number.startswith(str(admin.setting("participant_prefix")) + "-")
    assert notes(admin, new.id) == ["new 0", "new 1", "new 2"]
    assert ps.list_participants(admin, limit=50).total == 2
    detail = rs.get_referral(admin, referral.id)
    assert detail.intake["intake_completed_on"] == referral.values["referred_at"].date()
    assert rs.list_referrals(admin, limit=10).total == 1


def test_a_record_changed_on_the_server_meanwhile_is_one_conflict_and_nothing_is_overwritten(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla, "Ola")
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        set_phone(site, someone.id, "555-0101")
        extra = contact(site, someone.id, "seen at the shelter")
        set_phone(laptop.admin, someone.id, "555-0202")

        report = sync.go_online(site)
        assert len(report.conflicts) == 1 and report.conflicts_left == 1
        op_id, conflict = report.conflicts[0]
        assert isinstance(conflict, EditConflict)
        assert conflict.your_values["phone"] == "555-0101" and conflict.their_values["phone"] == "555-0202"
        assert ps.get_participant(laptop.admin, someone.id).values["phone"] == "555-0202"  # nothing overwritten
        assert notes(laptop.admin, someone.id) == []  # waits behind the change on the same person
        with site.copy.unit_of_work() as session:  # the copy keeps the person's version while it waits
            assert session.get(M.Participant, someone.id).phone == "555-0101"
        assert sync.sync(site).conflicts == []  # waits for the person: not sent again by itself

        sync.keep_mine(site, op_id, conflict.current_version)
        report = sync.sync(site)
        assert report.waiting == 0 and report.sent == 2
        assert ps.get_participant(laptop.admin, someone.id).values["phone"] == "555-0101"
        assert notes(laptop.admin, someone.id) == ["seen at the shelter"]
        assert extra.id in {r.id for r in ps.list_records(laptop.admin, "contact", someone.id)}
    finally:
        site.close()


def test_use_theirs_drops_the_change_and_says_so_in_the_audit_log(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla, "Una")
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        set_phone(site, someone.id, "555-0101")
        set_phone(laptop.admin, someone.id, "555-0202")
        op_id, _conflict = sync.go_online(site).conflicts[0]
        sync.use_theirs(site, op_id)
        assert sync.waiting_changes(site) == []
        assert ps.get_participant(site, someone.id).values["phone"] == "555-0202"  # the copy reads theirs again
    finally:
        site.close()
    entries = audit_service.list_entries(laptop.admin, limit=500)
    assert any(e.action == "offline_discarded" and e.entity_id == op_id for e in entries)


def test_two_edits_of_one_record_offline_are_both_sent_without_a_conflict(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    record = contact(laptop.admin, someone.id, "first")
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        current = ps.list_records(site, "contact", someone.id)[0]
        once = ps.update_record(site, "contact", record.id, {**current.values, "note": "second"}, current.version)
        ps.update_record(site, "contact", record.id, {**once.values, "note": "third"}, once.version)
        report = sync.go_online(site)
        assert (report.sent, report.conflicts) == (2, [])
    finally:
        site.close()
    assert notes(laptop.admin, someone.id) == ["third"]


def test_a_change_the_server_refuses_waits_with_its_reason_and_the_others_go(laptop):
    carla = laptop.add("carla")
    gone, other = person(laptop.admin, carla), person(laptop.admin, carla)
    record = contact(laptop.admin, gone.id, "to be removed")
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        current = ps.list_records(site, "contact", gone.id)[0]
        ps.update_record(site, "contact", record.id, {**current.values, "note": "changed offline"}, current.version)
        contact(site, other.id, "independent")
        ps.delete_record(laptop.admin, "contact", record.id)
        report = sync.go_online(site)
        assert report.sent == 1 and report.refused == 1
        (waiting,) = sync.waiting_changes(site)
        assert waiting.state == "failed" and "no longer exists" in waiting.problem["template"]
        sync.use_theirs(site, waiting.id)
        assert sync.waiting_changes(site) == []
    finally:
        site.close()
    assert notes(laptop.admin, other.id) == ["independent"]
    assert notes(laptop.admin, gone.id) == []


def test_a_sync_cut_short_after_the_server_committed_sends_nothing_twice(laptop, monkeypatch):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        for n in range(3):
            contact(site, someone.id, f"note {n}")
        real_done = sync._done
        calls = []

        def crash_after_the_second(copy, op, version):
            calls.append(op.id)
            if len(calls) == 2:
                raise KeyboardInterrupt  # the laptop dies between the server's commit and its own
            real_done(copy, op, version)

        monkeypatch.setattr(sync, "_done", crash_after_the_second)
        with pytest.raises(KeyboardInterrupt):
            sync.go_online(site)
        monkeypatch.setattr(sync, "_done", real_done)
        assert site.copy.waiting() == 2
        report = sync.go_online(site)
        assert report.sent == 2 and report.waiting == 0
    finally:
        site.close()
    assert notes(laptop.admin, someone.id) == ["note 0", "note 1", "note 2"]


def test_views_and_changes_made_offline_enter_the_server_chain_once_with_their_times(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        ps.get_participant(site, someone.id)
        record = contact(site, someone.id, "offline")
        with site.copy.unit_of_work() as session:
            local = {e.action: e.at for e in session.scalars(sa.select(M.AuditEntry))}
        sync.go_online(site)
        sync.sync(site)
    finally:
        site.close()
    entries = [e for e in audit_service.list_entries(laptop.admin, limit=1000) if e.actor == "carla"]
    offline = [e for e in entries if e.detail.get("offline")]
    assert sorted(e.action for e in offline) == ["create", "view"]  # once, though synced twice
    by_action = {e.action: e for e in offline}
    assert by_action["create"].entity_id == record.id
    assert by_action["view"].at[:23] == local["view"][:23]  # its own time, not the sync's
    assert audit_service.verify_chain(laptop.admin).ok


def test_use_theirs_while_offline_reads_the_servers_version_again_at_the_next_sync(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        set_phone(site, someone.id, "555-0101")
        set_phone(laptop.admin, someone.id, "555-0202")
        (op_id, _conflict), = sync.sync(site).conflicts
        sync.use_theirs(site, op_id)
        assert ps.get_participant(site, someone.id).values["phone"] == "555-0101"  # offline: not read yet
        sync.sync(site)  # nothing changed on the server since the last refresh; the row is read all the same
        assert ps.get_participant(site, someone.id).values["phone"] == "555-0202"
        assert site.copy.waiting() == 0
    finally:
        site.close()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_profile_record_made_and_edited_offline_arrives_once(laptop, kind):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    values, changes, field = KINDS[kind]
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        record = ps.add_record(site, kind, someone.id, values)
        ps.update_record(site, kind, record.id, {**record.values, **changes}, record.version)
        if kind == "consent":
            ps.attach_consent_document(site, record.id, "signed.pdf", b"%PDF-1.4 scanned on the street")
        report = sync.go_online(site)
        assert (report.sent, report.waiting, report.conflicts) == (3 if kind == "consent" else 2, 0, [])
    finally:
        site.close()
    (on_server,) = ps.list_records(laptop.admin, kind, someone.id)
    assert on_server.id == record.id and on_server.values[field] == changes[field]
    if kind == "consent":
        (document,) = ps.consent_documents(laptop.admin, record.id)
        assert ps.read_consent_document(laptop.admin, document.id)[1] == b"%PDF-1.4 scanned on the street"
