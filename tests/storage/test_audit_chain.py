"""The audit log: append-only in the database, hash-chained, and tampering is found."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from lead_desktop.domain.audit import AuditAction
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.models import AuditEntry
from tests.conftest import ADMIN_PASSWORD


def _raw(site) -> sqlcipher3.Connection:
    """A second, raw connection beside the program's own: what someone with the key and a SQL shell has."""
    conn = vaults.connect_raw(site.paths.db, site.vault.master_key)
    conn.isolation_level = None
    return conn


def _work(site, n: int = 6) -> None:
    with site.unit_of_work() as session:
        for i in range(n):
            site.audit(session, AuditAction.VIEW, "probe", f"id-{i}", step=i)


def test_entries_are_chained(new_site):
    _work(new_site)
    with new_site.unit_of_work() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit_log.GENESIS
    for before, after in zip(entries, entries[1:]):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in entries}) == len(entries)
    check = audit_service.verify_chain(new_site)
    assert check.ok and check.entries == len(entries)


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET detail = '{}' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 2", "DELETE FROM audit_log"],
)
def test_update_and_delete_are_refused_by_the_database(new_site, statement):
    _work(new_site)
    before = audit_service.count_entries(new_site)
    conn = _raw(new_site)
    try:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute(statement)
    finally:
        conn.close()
    assert audit_service.count_entries(new_site) == before
    assert audit_service.verify_chain(new_site).ok


def test_orm_cannot_change_an_entry_either(new_site):
    _work(new_site)
    with pytest.raises(IntegrityError, match="append-only"):
        with new_site.unit_of_work() as session:
            session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one().detail = "{}"
    assert audit_service.verify_chain(new_site).ok


def test_an_inserted_entry_with_a_made_up_hash_is_found(new_site):
    _work(new_site)
    with new_site.unit_of_work() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        seq, prev = last.seq + 1, last.hash
    conn = _raw(new_site)
    try:
        conn.execute(
            "INSERT INTO audit_log (id, created_at, updated_at, seq, at, actor, action, detail, prev_hash, hash) "
            "VALUES ('forged', '2024-01-01', '2024-01-01', ?, '2024-01-01T00:00:00+00:00', 'admin', 'view', '{}', ?, ?)",
            (seq, prev, "f" * 64),
        )
    finally:
        conn.close()
    check = audit_service.verify_chain(new_site)
    assert not check.ok and check.first_bad_seq == seq and "altered" in check.reason
    assert any(p.startswith("audit log:") and f"entry {seq}" in p for p in sites.verify(new_site))


def test_changing_an_entry_behind_the_triggers_is_found(new_site):
    _work(new_site)
    conn = _raw(new_site)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = ? WHERE seq = 3", (json.dumps({"step": 99}),))
    finally:
        conn.close()
    check = audit_service.verify_chain(new_site)
    assert (check.ok, check.first_bad_seq) == (False, 3)
    problems = sites.verify(new_site)
    assert "audit log: entry 3 was altered" in problems


def test_a_removed_entry_is_found(new_site):
    _work(new_site)
    conn = _raw(new_site)
    try:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq = 4")
    finally:
        conn.close()
    check = audit_service.verify_chain(new_site)
    assert not check.ok and check.first_bad_seq == 5 and "missing" in check.reason


def test_a_rewritten_tail_with_recomputed_hashes_still_breaks_at_the_seam(new_site):
    """Even recomputing the hash of an altered entry does not help: the next entry still names the old one."""
    _work(new_site)
    with new_site.unit_of_work() as session:
        e = session.scalars(select(AuditEntry).where(AuditEntry.seq == 3)).one()
        fields = (e.prev_hash, e.seq, e.at, e.actor_id, e.actor, e.action, e.entity_type, e.entity_id)
    detail = json.dumps({"step": 42}, separators=(",", ":"))
    new_hash = audit_log._entry_hash(*fields, detail)
    conn = _raw(new_site)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3", (detail, new_hash))
    finally:
        conn.close()
    check = audit_service.verify_chain(new_site)
    assert (check.ok, check.first_bad_seq) == (False, 4)


def test_many_entries_written_at_once_continue_the_chain(new_site):
    _work(new_site, 2)
    with new_site.unit_of_work() as session:
        new_site.audit_many(session, AuditAction.CREATE, [("contact", f"c-{i}", {"import_id": "x"}) for i in range(50)])
        new_site.audit(session, AuditAction.IMPORT, "history", "x", rows=50)
        new_site.audit_many(session, AuditAction.CREATE, [])  # nothing to write: nothing written
    check = audit_service.verify_chain(new_site)
    assert check.ok, check.reason
    with new_site.unit_of_work() as session:
        tail = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(52)).all()
    assert [e.action for e in tail[:2]] == [AuditAction.IMPORT.value, AuditAction.CREATE.value]
    assert tail[1].entity_id == "c-49" and json.loads(tail[1].detail) == {"import_id": "x"}
    assert tail[-1].action == AuditAction.VIEW.value  # the 50 sit between the earlier entries and the import


def test_an_entry_inserted_outside_the_chain_is_found(new_site):
    """Number 0 is never part of the chain: the walk from 1 passes it by, the count does not."""
    _work(new_site)
    conn = _raw(new_site)
    try:
        conn.execute(
            "INSERT INTO audit_log (id, created_at, updated_at, seq, at, actor, action, detail, prev_hash, hash) "
            "VALUES ('outside', '2024-01-01', '2024-01-01', 0, '2024-01-01T00:00:00+00:00', 'admin', 'view', '{}', "
            "?, ?)", (audit_log.GENESIS, "0" * 64))
    finally:
        conn.close()
    check = audit_service.verify_chain(new_site)
    assert not check.ok and check.reason == "the log holds entries outside the chain"
    assert "audit log: the log holds entries outside the chain" in sites.verify(new_site)


def _rechain_from(site, seq: int, detail: dict) -> None:
    """What someone with the key and time does: rewrite entry `seq` and compute every later hash again."""
    with site.unit_of_work() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.seq >= seq - 1).order_by(AuditEntry.seq)).all()
        rows = [(e.seq, e.at, e.actor_id, e.actor, e.action, e.entity_type, e.entity_id, e.detail, e.hash)
                for e in entries]
    conn = _raw(site)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        prev = rows[0][-1]
        for seq_, at, actor_id, actor, action, etype, eid, text, _old in rows[1:]:
            if seq_ == seq:
                text = json.dumps(detail, separators=(",", ":"))
            new = audit_log._entry_hash(prev, seq_, at, actor_id, actor, action, etype, eid, text)
            conn.execute("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", (text, prev, new, seq_))
            prev = new
    finally:
        conn.close()


def test_a_rechained_log_and_removed_newest_entries_are_found_by_the_anchors(new_site, site_dir):
    _work(new_site)
    assert sites.verify(new_site) == []  # verifying keeps an anchor in the site's folder
    _rechain_from(new_site, 3, {"step": 42})
    assert audit_service.verify_chain(new_site).ok  # the chain alone cannot tell
    problems = sites.verify(new_site)
    assert any("is not the one recorded at verify" in p and "entries were rewritten" in p for p in problems)
    # the contradicted anchor stays (the next sign-in does not erase the evidence)
    new_site.close()
    again = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        assert any("entries were rewritten" in p for p in sites.verify(again))
    finally:
        again.close()


def test_removed_newest_entries_are_found_by_a_backup_and_by_a_typed_anchor(new_site, tmp_path):
    from lead_desktop.services import backups

    _work(new_site)
    with new_site.unit_of_work() as session:
        seq, digest = audit_log.head(session)
    backups.automatic_backup(new_site)  # its manifest holds the head (the backup's own entry comes after)
    (new_site.paths.folder / "site.anchors").unlink(missing_ok=True)  # the folder's own anchors gone too
    conn = _raw(new_site)
    try:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (seq - 4,))
    finally:
        conn.close()
    assert audit_service.verify_chain(new_site).ok
    problems = sites.verify(new_site)
    assert any(f"ends at entry {seq - 4}, but entry {seq} existed (backup lead-" in p for p in problems), problems
    (new_site.paths.folder / "site.anchors").unlink(missing_ok=True)
    for backup in new_site.paths.backups.rglob("*.leadbackup"):
        backup.unlink()
    assert not any("removed" in p for p in sites.verify(new_site))
    problems = sites.verify(new_site, [f"{seq}:{digest}"])
    assert any("but entry" in p and "the anchor given" in p for p in problems)


def test_a_days_entries_removed_after_sign_out_are_found_by_the_sign_out_anchor(new_site, site_dir):
    new_site.close()
    day = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)  # anchored here, before the day's work
    with day.unit_of_work() as session:
        morning = audit_log.head(session)[0]
    _work(day)
    key = bytes(day.vault.master_key)
    day.close()  # the sign-out entry is the last, and the folder keeps it
    conn = vaults.connect_raw(site_dir / "site.db", key)
    conn.isolation_level = None
    try:  # the whole day removed: the sign-in anchor still holds
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (morning,))
    finally:
        conn.close()
    again = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        problems = sites.verify(again)
        assert any("existed (sign-out" in p and "entries were removed" in p for p in problems), problems
    finally:
        again.close()
