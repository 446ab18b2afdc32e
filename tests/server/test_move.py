"""Moving a one-laptop site onto the real test PostgreSQL server and back (services.server_move).

A demo site (participants, contacts, referrals, governance, minutes) with a merged
participant, a scanned consent and a deactivated account moves to the server; every
row is compared; staff sign in there; a snapshot comes back as one file that restores
and opens on a laptop with the administrator's password and with its recovery key.
"""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime, timedelta, timezone

import psycopg
import pytest
from sqlalchemy import create_engine, select, text

from lead_desktop.domain import validation
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    CopyMismatch,
    PermissionDenied,
    ServerNameTaken,
    SiteExists,
    UnknownUser,
    WrongPassword,
)
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, demo, participants, server_move, server_site
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage import server, server_roles, transfer
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.models import Account, AuditEntry, Participant
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import cheap_key_derivation

PARTICIPANTS = 36
STAFF_PASSWORD = "a long temporary password"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 4  # every byte value, NUL included
# What signing in (and an administrator's password reset) changes on a person's own account row.
SIGN_IN_STAMPS = ("last_sign_in_at", "must_change_password", "updated_at", "updated_by", "row_version")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """A demo site made once for this module (and closed); each test works on a copy of its folder."""
    with cheap_key_derivation():
        folder = tmp_path_factory.mktemp("demo") / "laptop"
        demo.create_demo(folder, ADMIN_PASSWORD, participants=PARTICIPANTS, seed=5)
    return folder


@pytest.fixture
def laptop_site(tmp_path, demo_folder):
    """A demo site on this computer, signed in as its administrator, with the awkward rows added."""
    folder = tmp_path / "laptop"
    shutil.copytree(demo_folder, folder, copy_function=shutil.copy)
    site = sites.sign_in(folder, "admin", ADMIN_PASSWORD)
    listed = participants.list_participants(site, limit=3)
    kept, merged = listed.rows[0].id, listed.rows[1].id
    participants.merge_participants(site, kept, merged)  # the merged row names another participant row
    consent = participants.list_records(site, "consent", kept)[0]
    participants.attach_consent_document(site, consent.id, "signed.pdf", PDF)
    leaver = accounts.add_account(site, "leaver", "Lee Ver", Role.CASE_MANAGER, STAFF_PASSWORD)
    accounts.deactivate(site, leaver.id)
    site.unicode_id = participants.create_participant(site, {  # type: ignore[attr-defined]
        "first_name": "José", "last_name": "Núñez-Ørsted", "where_to_find": "Café “El Niño” ☕",
        "enrolled_on": date.today() - timedelta(days=3),
    }, reviewed_duplicates=True).id
    site.listed = participants.list_participants(site).total  # type: ignore[attr-defined]
    yield site
    if not site.closed:
        site.close()


def _owner_engine(pg_database):
    """The database owner's own connection: it reads every table, whatever the row security says."""
    url = pg_database[1].replace("postgresql://", "postgresql+psycopg://")
    return create_engine(url, connect_args={"options": "-c timezone=UTC"})


def _rows(conn) -> dict[str, dict[str, str]]:
    """table → row id → the row, written as the fingerprints write it."""
    out: dict[str, dict[str, str]] = {}
    for table in transfer.tables():
        columns = list(table.columns)
        out[table.name] = {row["id"]: transfer.row_digest_text(row, columns)
                           for row in conn.execute(select(table)).mappings()}
    return out


def _audit_texts(conn) -> list[str]:
    table = AuditEntry.__table__
    columns = list(table.columns)
    return [transfer.row_digest_text(r, columns) for r in conn.execute(select(table).order_by(table.c.seq)).mappings()]


def _without_stamps(row_text: str) -> str:
    import json

    names = [c.name for c in Account.__table__.columns]
    values = json.loads(row_text)
    return json.dumps([v for n, v in zip(names, values) if n not in SIGN_IN_STAMPS])


def _assert_original_rows_kept(original: dict[str, dict[str, str]], now: dict[str, dict[str, str]],
                               signed_in: set[str]) -> None:
    for table, rows in original.items():
        if table == "audit_log":
            continue
        for row_id, row_text in rows.items():
            assert row_id in now[table], f"{table} lost a row"
            if table == "account" and row_id in signed_in:  # signed in or given a password since
                assert _without_stamps(now[table][row_id]) == _without_stamps(row_text)
            else:
                assert now[table][row_id] == row_text, f"{table} row changed"


def _account_ids(site) -> dict[str, str]:
    return {a.username: a.id for a in accounts.list_accounts(site)}


def test_a_demo_site_moves_to_the_server_and_comes_back_with_every_row(laptop_site, server_address, pg_server,
                                                                       pg_database, tmp_path):
    address, owner, owner_password = server_address
    site = laptop_site
    ids = _account_ids(site)
    listed = site.listed
    with site.vault.engine.connect() as conn:
        original = _rows(conn)
        original_audit = _audit_texts(conn)
    assert len(original["participant"]) == PARTICIPANTS + 1 and original["participant_merge"]
    assert original["consent_document"] and original["meeting"] and original["gov_membership"]

    report = server_move.move_to_server(site, ADMIN_PASSWORD, address, owner, owner_password)

    assert report.server == address.display()
    assert set(report.tables) == set(original)
    for table, rows in original.items():
        expected = len(rows) + (1 if table == "audit_log" else 0)  # the laptop's "moved" entry goes along
        assert report.tables[table] == expected, table
    active_staff = sorted(u for u in ids if u not in ("admin", "leaver"))
    assert report.needs_password == active_staff and report.deactivated == ["leaver"]

    # Every table equal on both sides; the server's log is the laptop's plus its own "moved" entry.
    owner_engine = _owner_engine(pg_database)
    try:
        with site.vault.engine.connect() as laptop, owner_engine.connect() as srv:
            laptop_prints, server_prints = transfer.table_fingerprints(laptop), transfer.table_fingerprints(srv)
            # (the laptop's settings also say where the site went: its old copy warns whoever opens it)
            assert transfer.differing_tables(laptop_prints, server_prints) == ["audit_log", "setting"]
            laptop_audit, server_audit = _audit_texts(laptop), _audit_texts(srv)
            assert server_audit[: len(laptop_audit)] == laptop_audit
            assert laptop_audit[: len(original_audit)] == original_audit
            # Between them, one row.baseline entry for every copied row: from there on, a row changed with
            # the audit triggers off shows (storage.server_integrity).
            copied = sum(n for table, n in report.tables.items() if table != "audit_log")
            assert len(server_audit) == len(laptop_audit) + copied + 1
            assert srv.execute(text("SELECT count(*) FROM audit_log WHERE action = 'row.baseline' AND seq > :n"),
                               {"n": len(laptop_audit)}).scalar_one() == copied
            last_local = laptop.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
            last_server = srv.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
            assert last_local.action == last_server.action == AuditAction.MOVED_TO_SERVER.value
            assert last_server.actor_id == ids["admin"]
            document = srv.execute(text("SELECT data FROM consent_document")).scalar_one()
            assert bytes(document) == PDF
            name = srv.execute(select(Participant.last_name).where(Participant.id == site.unicode_id)).scalar_one()
            assert name == "Núñez-Ørsted"
    finally:
        owner_engine.dispose()
    site.forget_settings()
    assert site.moved_to_server == address.display()
    site.close()

    # On the server: the administrator signs in with the same password; the chain verifies; others need one.
    on_server = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    try:
        assert on_server.actor.role is Role.ADMINISTRATOR
        assert sites.verify(on_server) == []
        assert participants.list_participants(on_server).total == listed
        with pytest.raises(WrongPassword):
            server_site.sign_in_server(address, "cm01", ADMIN_PASSWORD)
        with pytest.raises(WrongPassword):
            server_site.sign_in_server(address, "leaver", STAFF_PASSWORD)
        accounts.reset_password(on_server, ids["cm01"], STAFF_PASSWORD)
        cm = server_site.sign_in_server(address, "cm01", STAFF_PASSWORD)
        assert cm.actor.role is Role.CASE_MANAGER and cm.actor.must_change_password
        cm.close()
        with psycopg.connect(pg_server.superuser_conninfo(address.database)) as su:
            can_login = dict(su.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE %s",
                                        (f"{address.database}.%",)).fetchall())
        assert can_login[server_roles.login_role(address.database, "leaver")] is False
        assert can_login[server_roles.login_role(address.database, "admin")] is True

        # And back: one file that opens on a laptop.
        copy, recovery_key = server_move.snapshot(on_server, ADMIN_PASSWORD, tmp_path / "copy.leadbackup")
        actions = [e.action for e in audit_service.list_entries(on_server, limit=5)]
        assert AuditAction.SNAPSHOT.value in actions
    finally:
        on_server.close()
    validation.parse_recovery_key(recovery_key)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".lead-")] == []
    with zipfile.ZipFile(copy) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "site.db", "site.keys"]
        blob = b"".join(zf.read(n) for n in zf.namelist())
    assert "Núñez".encode() not in blob and b"LEAD Demo Site" not in blob and b"%PDF-1.4" not in blob

    restored = tmp_path / "restored"
    sites.restore(copy, restored)
    with pytest.raises(UnknownUser):  # only the snapshotting administrator has a slot in the copy
        sites.sign_in(restored, "cm01", STAFF_PASSWORD)
    local = sites.sign_in(restored, "admin", ADMIN_PASSWORD, wait=True)
    try:
        assert sites.verify(local) == []  # the laptop's entries, then the server trigger's, in one chain
        with local.vault.engine.connect() as conn:
            now = _rows(conn)
            restored_audit = _audit_texts(conn)
        _assert_original_rows_kept(original, now, signed_in={ids["admin"], ids["cm01"]})
        assert restored_audit[: len(original_audit)] == original_audit
        # An administrator can give the others passwords in local mode.
        accounts.reset_password(local, ids["cm02"], STAFF_PASSWORD)
    finally:
        local.close()
    sites.sign_in(restored, "cm02", STAFF_PASSWORD, wait=True).close()
    by_key = sites.open_with_recovery_key(restored, recovery_key)
    try:
        assert by_key.actor.via_recovery_key
        assert participants.list_participants(by_key).total == listed
    finally:
        by_key.close()


def test_a_server_made_site_snapshots_with_new_keys_in_the_copy_only(server_site_session, tmp_path):
    """A site that began on the server has no account keys and no audit key pair: the copy gets new ones."""
    site = server_site_session
    cody = accounts.add_account(site, "cody", "Cody", Role.CASE_MANAGER, STAFF_PASSWORD)
    with pytest.raises(WrongPassword):
        server_move.snapshot(site, "not the password at all", tmp_path / "no.leadbackup")
    assert not (tmp_path / "no.leadbackup").exists()
    copy, recovery_key = server_move.snapshot(site, ADMIN_PASSWORD, tmp_path / "copy.leadbackup")
    with site.unit_of_work() as session:
        assert session.scalar(select(Account.account_key).where(Account.username == "admin")) is None
        audit_setting = session.execute(text("SELECT count(*) FROM setting WHERE key = :k"),
                                        {"k": sites.AUDIT_PRIVATE_KEY_SETTING}).scalar()
        assert audit_setting == 0

    folder = tmp_path / "restored"
    sites.restore(copy, folder)
    with pytest.raises(WrongPassword):  # sealed to the copy's new audit key, moved into the log below
        sites.sign_in(folder, "admin", "not the password at all")
    local = sites.sign_in(folder, "admin", ADMIN_PASSWORD, wait=True)
    try:
        failed = audit_service.list_entries(local, limit=20, action=AuditAction.SIGN_IN_FAILED.value)
        assert len(failed) == 1
        accounts.reset_password(local, cody.id, STAFF_PASSWORD)
        assert sites.verify(local) == []
    finally:
        local.close()
    sites.sign_in(folder, "cody", STAFF_PASSWORD, wait=True).close()
    sites.open_with_recovery_key(folder, recovery_key).close()


def test_a_database_holding_a_site_is_refused_and_left_untouched(laptop_site, server_site_session, server_address,
                                                                  pg_database):
    address, owner, owner_password = server_address
    engine = _owner_engine(pg_database)
    try:
        with engine.connect() as conn:
            before = transfer.table_fingerprints(conn)
        with laptop_site.vault.engine.connect() as conn:
            laptop_before = transfer.table_fingerprints(conn)
        with pytest.raises(SiteExists):
            server_move.move_to_server(laptop_site, ADMIN_PASSWORD, address, owner, owner_password)
        with engine.connect() as conn:
            assert transfer.table_fingerprints(conn) == before
        with laptop_site.vault.engine.connect() as conn:
            assert transfer.table_fingerprints(conn) == laptop_before
    finally:
        engine.dispose()


def _assert_empty_and_no_roles(pg_server, address) -> None:
    with psycopg.connect(pg_server.superuser_conninfo(address.database)) as su:
        tables = su.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").fetchone()
        roles = su.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"{address.database}%",)).fetchone()
    assert tables[0] == 0
    assert roles[0] == 1  # the owner only: no group or login role survived


def test_a_copy_that_differs_rolls_everything_back(laptop_site, server_address, pg_server, monkeypatch):
    address, owner, owner_password = server_address
    real_copy = transfer.copy_table

    def drop_one_contact(source, target, table, batch=transfer.BATCH):
        if table.name != "contact":
            return real_copy(source, target, table, batch)
        count = real_copy(source, target, table, batch)
        target.execute(text("DELETE FROM contact WHERE id = (SELECT min(id) FROM contact)"))
        return count

    monkeypatch.setattr(transfer, "copy_table", drop_one_contact)
    with laptop_site.vault.engine.connect() as conn:
        laptop_before = transfer.table_fingerprints(conn)
    with pytest.raises(CopyMismatch) as caught:
        server_move.move_to_server(laptop_site, ADMIN_PASSWORD, address, owner, owner_password)
    assert caught.value.params == {"table": "contact"}
    assert "nothing was moved" in caught.value.message
    _assert_empty_and_no_roles(pg_server, address)
    with laptop_site.vault.engine.connect() as conn:  # no "moved" entry on the laptop either
        assert transfer.table_fingerprints(conn) == laptop_before
    monkeypatch.undo()
    report = server_move.move_to_server(laptop_site, ADMIN_PASSWORD, address, owner, owner_password)
    assert report.tables["participant"] == PARTICIPANTS + 1


def test_a_changed_value_shows_in_the_fingerprint(laptop_site, server_address, pg_database):
    address, owner, owner_password = server_address
    server_move.move_to_server(laptop_site, ADMIN_PASSWORD, address, owner, owner_password)
    engine = _owner_engine(pg_database)
    try:
        with laptop_site.vault.engine.connect() as laptop, engine.begin() as srv:
            laptop_prints = transfer.table_fingerprints(laptop)
            srv.execute(text("ALTER TABLE participant DISABLE TRIGGER USER"))
            srv.execute(text("UPDATE participant SET phone = coalesce(phone, '') || ' ' WHERE id = :i"),
                        {"i": laptop_site.unicode_id})
            differing = transfer.differing_tables(laptop_prints, transfer.table_fingerprints(srv))
            assert differing == ["audit_log", "participant", "setting"]  # (setting: the laptop's "moved" note)
            srv.rollback()
    finally:
        engine.dispose()


def test_who_may_move_and_with_what(laptop_site, server_address, pg_server):
    address, owner, owner_password = server_address
    with pytest.raises(WrongPassword):
        server_move.move_to_server(laptop_site, "not the password at all", address, owner, owner_password)
    with pytest.raises(WrongPassword):
        server_move.move_to_server(laptop_site, ADMIN_PASSWORD, address, owner, "not the owner's password")
    folder = laptop_site.paths.folder
    accounts.reset_password(laptop_site, _account_ids(laptop_site)["cm01"], STAFF_PASSWORD)
    laptop_site.close()
    cm = sites.sign_in(folder, "cm01", STAFF_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            server_move.move_to_server(cm, STAFF_PASSWORD, address, owner, owner_password)
    finally:
        cm.close()
    leftover = server_roles.login_role(address.database, "cm02")
    pg_server.superuser_sql(f'CREATE ROLE "{leftover}" LOGIN')
    admin = sites.sign_in(folder, "admin", ADMIN_PASSWORD)
    try:
        with pytest.raises(ServerNameTaken) as caught:
            server_move.move_to_server(admin, ADMIN_PASSWORD, address, owner, owner_password)
        assert caught.value.params == {"role": leftover}
    finally:
        admin.close()
        pg_server.superuser_sql(f'DROP ROLE "{leftover}"')
    _assert_empty_and_no_roles(pg_server, address)


def _participant(pid: str, seq: int, merged_into: str | None) -> dict:
    return {
        "id": pid, "sequence": seq, "lead_number": f"T-{seq:06d}", "first_name": "Ana", "last_name": f"Ñ{seq}",
        "name_quality": "1", "dob_quality": "99", "race_ethnicity": "3", "sex": "0", "veteran_status": "0",
        "disabling_condition": "0", "status": "active", "enrolled_on": date(2024, 2, 29), "vocab_version": "2024",
        "sort_name": f"n{seq}, ana", "search_text": f"t-{seq:06d} ana", "merged_into_id": merged_into,
        "created_at": datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=timezone.utc),
        "updated_at": datetime(2024, 3, 2, 8, 30, tzinfo=timezone.utc), "last_contact_at": datetime(2024, 3, 5, 9, 15),
    }


def test_rows_naming_rows_of_their_own_table_are_written_after_them(tmp_path, pg_database, pg_server):
    """PostgreSQL checks each foreign key at the end of every statement: a merged participant that sorts
    before the one it names waits for it, and two that name each other (a cycle) are completed after."""
    first, last = "00000000-0000-4000-8000-000000000001", "ffffffff-0000-4000-8000-000000000001"
    a, b = "11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000001"
    rows = [_participant(first, 1, last), _participant(last, 2, None), _participant(a, 3, b), _participant(b, 4, a)]
    table = Participant.__table__
    source = vaults.make_engine(tmp_path / "source.db", vaults.new_master_key())
    address, owner, owner_password = server.parse_database_url(pg_database[1])
    target = server.connect(address, owner, owner_password)
    try:
        with source.begin() as src:
            _migrate(src)
            for row in (rows[1], rows[0], {**rows[2], "merged_into_id": None}, rows[3]):  # SQLite checks each row
                src.execute(table.insert(), row)
            src.execute(table.update().where(table.c.id == a)
                        .values(merged_into_id=b, updated_at=rows[2]["updated_at"]))
        with source.connect() as src, target.engine.begin() as dst:
            _migrate(dst)
            assert transfer.copy_table(src, dst, table, batch=2) == 4
            assert transfer.table_fingerprint(dst, table) == transfer.table_fingerprint(src, table)
            assert dict(dst.execute(select(table.c.id, table.c.merged_into_id)).all()) == {
                first: last, last: None, a: b, b: a}
    finally:
        source.dispose()
        target.close()


def _migrate(conn) -> None:
    from alembic import command

    cfg = vaults.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def test_a_snapshot_is_one_consistent_moment(server_site_session, server_address, tmp_path, monkeypatch):
    """Someone signing in (and so writing to the account table and the audit log) while the copy runs
    changes neither the copy nor its check: it reads one moment of the server."""
    site = server_site_session
    accounts.add_account(site, "cody", "Cody", Role.CASE_MANAGER, STAFF_PASSWORD)
    address = server_address[0]
    real_copy = transfer.copy_table
    others: list = []

    def someone_signs_in_meanwhile(source, target, table, batch=transfer.BATCH):
        if table.name == "gov_body" and not others:  # after account and audit_log were copied
            others.append(server_site.sign_in_server(address, "cody", STAFF_PASSWORD))
        return real_copy(source, target, table, batch)

    monkeypatch.setattr(transfer, "copy_table", someone_signs_in_meanwhile)
    copy, _key = server_move.snapshot(site, ADMIN_PASSWORD, tmp_path / "copy.leadbackup")
    assert others
    others[0].close()
    folder = tmp_path / "restored"
    sites.restore(copy, folder)
    local = sites.sign_in(folder, "admin", ADMIN_PASSWORD)
    try:
        entries = audit_service.list_entries(local, limit=50)
        assert entries[0].action == AuditAction.SIGN_IN.value  # this sign-in, on the copy
        assert AuditAction.SNAPSHOT.value == entries[1].action  # the copy ends where the snapshot began
        cody = next(a for a in accounts.list_accounts(local) if a.username == "cody")
        assert cody.last_sign_in_at is None
    finally:
        local.close()
