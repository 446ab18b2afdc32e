"""The server's owner can do anything to the audit log's table, but not unseen: the chain's head is kept on
every laptop that signs in, in every snapshot, and on the program report's last page, and `verify` holds
the live chain against each (issue 19, finding 5)."""

from __future__ import annotations

import io
import json
import re

import psycopg
import pytest
from pypdf import PdfReader

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, reporting, server_move, server_site
from lead_desktop.services import site as sites
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import vault as vaults
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.pgserver import OWNER_PASSWORD


def _owner(pg_server, address) -> psycopg.Connection:
    return psycopg.connect(pg_server.url(f"{address.database}_owner", address.database, OWNER_PASSWORD),
                           autocommit=True)


def _work(site, n: int = 4) -> None:
    for i in range(n):
        accounts.add_account(site, f"staff{i}", f"Staff {i}", Role.CASE_MANAGER, "a long temporary password")


def _rechain(owner: psycopg.Connection, seq: int) -> None:
    """Rewrite entry `seq`, as the owner can, and compute every later hash again."""
    owner.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_frozen")
    rows = owner.execute("SELECT seq, at, actor_id, actor, action, entity_type, entity_id, detail, hash "
                         "FROM audit_log WHERE seq >= %s ORDER BY seq", (seq - 1,)).fetchall()
    prev = rows[0][-1]
    for seq_, at, actor_id, actor, action, etype, eid, detail, _old in rows[1:]:
        if seq_ == seq:
            detail = json.dumps({"via": "nowhere"})
        new = audit_log._entry_hash(prev, seq_, at, actor_id, actor, action, etype, eid, detail, ascii_only=False)
        owner.execute("UPDATE audit_log SET detail = %s, prev_hash = %s, hash = %s WHERE seq = %s",
                      (detail, prev, new, seq_))
        prev = new
    owner.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_frozen")


def test_a_rewritten_and_rechained_entry_is_found_by_this_laptops_anchor(server_site_session, server_address,
                                                                        pg_server):
    site = server_site_session
    address = server_address[0]
    _work(site)
    assert sites.verify(site) == []  # the anchor: this computer saw the chain so far
    with _owner(pg_server, address) as owner:
        _rechain(owner, 3)
    with site.unit_of_work() as session:
        assert audit_log.verify_chain(session).ok  # the chain alone cannot tell
    problems = sites.verify(site)
    assert any("is not the one recorded at verify" in p for p in problems), problems
    site.close()
    again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)  # signing in keeps the evidence
    try:
        assert any("entries were rewritten" in p for p in sites.verify(again))
    finally:
        again.close()


def test_removed_newest_entries_are_found_by_the_sign_in_anchor(server_site_session, server_address, pg_server):
    site = server_site_session
    address = server_address[0]
    _work(site)
    site.close()
    again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)  # the sign-in keeps the head
    try:
        with again.unit_of_work() as session:
            seq, _hash = audit_log.head(session)
        with _owner(pg_server, address) as owner:  # no re-chaining needed for the newest entries
            owner.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_frozen")
            owner.execute("DELETE FROM audit_log WHERE seq > %s", (seq - 5,))
            owner.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_frozen")
        with again.unit_of_work() as session:
            assert audit_log.verify_chain(session).ok
        problems = sites.verify(again)
        assert any(f"ends at entry {seq - 5}, but entry {seq} existed (sign-in" in p for p in problems), problems
    finally:
        again.close()


def test_a_days_entries_removed_after_sign_out_are_found_by_the_sign_out_anchor(server_site_session,
                                                                                 server_address, pg_server):
    site = server_site_session
    address = server_address[0]
    site.close()
    day = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)  # anchored here, before the day's work
    with day.unit_of_work() as session:
        morning = audit_log.head(session)[0]
    _work(day)
    day.close()  # the sign-out entry is the last, and this computer keeps it
    with _owner(pg_server, address) as owner:  # the whole day removed: the sign-in anchor still holds
        owner.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_frozen")
        owner.execute("DELETE FROM audit_log WHERE seq > %s", (morning,))
        owner.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_frozen")
    again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    try:
        problems = sites.verify(again)
        assert any("existed (sign-out" in p and "entries were removed" in p for p in problems), problems
    finally:
        again.close()


def test_the_program_report_and_a_snapshot_carry_the_head(server_site_session, tmp_path):
    from lead_desktop.reports.tabular import Period
    from datetime import date

    site = server_site_session
    _work(site, 1)
    out = tmp_path / "program.pdf"
    with site.unit_of_work() as session:
        seq, _digest = audit_log.head(session)  # (the export's own entry comes after the report is made)
    reporting.export(site, reporting.ExportRequest("program", "pdf", period=Period(date(2024, 1, 1),
                                                                                  date(2024, 1, 31), "month")), out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    last = "".join(reader.pages[-1].extract_text().split())
    printed = re.search(r"Auditlogwhenthisreportwasmade:entry(\d+),hash([0-9a-f]{64})", last)
    assert printed and int(printed[1]) > seq  # the numbers it published came first
    with site.unit_of_work() as session:
        assert audit_log.hash_at(session, int(printed[1])) == printed[2]
    assert sites.verify(site, [f"{printed[1]}:{printed[2]}"]) == []
    path, _key = server_move.snapshot(site, ADMIN_PASSWORD, tmp_path / "copy.leadbackup")
    assert vaults.peek_backup(path).audit_head[0] >= seq


def test_a_typed_anchor_that_is_not_an_anchor_is_refused(run):
    code, _out, err = run("--data-dir", "nowhere", "--user", "x", "--password-stdin", "verify", "--anchor", "12:xyz",
                          stdin="pw\n")
    assert code == 2 and "ENTRY:HASH" in err


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Each test is one computer with its own anchor file."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
