"""Every role's promise held by the database itself, tried as a curious or malicious staff member would:
psql-like raw SQL (psycopg, sslmode=verify-full) with their own login, on a site set up as the README
says. Each test is one finding of issue 19, reproduced, now doing no harm."""

from __future__ import annotations

import time

import psycopg
import pytest

from lead_desktop.domain.errors import NotASite, OneSitePerServer
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, server_site
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import server_move
from lead_desktop.services import site as sites
from lead_desktop.storage import server, server_roles, server_schema, server_sql
from lead_desktop.storage.models import Base
from lead_desktop.storage.models_offline import COPY_ONLY_TABLES
from lead_desktop.storage.server_roles import group_role
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.services.participants.helpers import moment, person

PASSWORD = "a long temporary password"
ROLES = {"pat": Role.PROJECT_MANAGER, "cas": Role.CASE_MANAGER, "vic": Role.VIEWER}


@pytest.fixture
def staffed(server_site_session, server_address):
    """A site with one person in each role and a participant with a contact, made through the program."""
    site = server_site_session
    for name, role in ROLES.items():
        accounts.add_account(site, name, name.title(), role, PASSWORD)
    who = person(site, "Zoë", "Quist")
    ps.add_record(site, "contact", who.id, {"at": moment(-1), "contact_type": "street"})
    return site, server_address[0], who.id


def _psql(pg_server, address, user: str, password: str = PASSWORD) -> psycopg.Connection:
    role = server_roles.login_role(address.database, user)
    return psycopg.connect(pg_server.url(role, address.database, password), autocommit=True)


def _owner(pg_server, address) -> psycopg.Connection:
    from tests.helpers.pgserver import OWNER_PASSWORD

    return psycopg.connect(pg_server.url(f"{address.database}_owner", address.database, OWNER_PASSWORD),
                           autocommit=True)


def _account_id(site, username: str) -> str:
    return next(a.id for a in accounts.list_accounts(site) if a.username == username)


# ----- a site made by an earlier version gets all of this when its owner upgrades -------------------------


def test_a_site_with_the_earlier_security_is_closed_to_staff_until_its_owner_upgrades(staffed, pg_server):
    site, address, _pid = staffed
    site.close()
    cas = group_role(address.database, Role.CASE_MANAGER)
    with _owner(pg_server, address) as owner:  # what an earlier version left on the server
        # The schema before 0013, whose revision the offline copy's tables (0014) come after.
        owner.execute("UPDATE alembic_version SET version_num = '0012'")
        owner.execute(f"DROP TABLE {', '.join(COPY_ONLY_TABLES)}")
        owner.execute(f"GRANT DELETE ON TABLE contact TO {cas}")
        owner.execute("DROP FUNCTION lead_audit_entry(text, text, text, text, text)")
    with pytest.raises(NotASite):
        server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    from tests.helpers.pgserver import OWNER_PASSWORD

    assert server_site.upgrade_server_site(address, f"{address.database}_owner", OWNER_PASSWORD) == "0012"
    with _psql(pg_server, address, "cas") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM contact")
    again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    try:
        assert sites.verify(again) == []
    finally:
        again.close()


# ----- 1. nobody deletes ----------------------------------------------------------------------------


def test_no_staff_role_may_delete_or_truncate_any_table(staffed, pg_server):
    site, address, _pid = staffed
    for user, password in [("admin", ADMIN_PASSWORD)] + [(name, PASSWORD) for name in ROLES]:
        with _psql(pg_server, address, user, password) as conn:
            for table in [t.name for t in Base.metadata.sorted_tables] + ["alembic_version", server_sql.LOCK_TABLE,
                                                                         server_sql.IMPORT_TABLE]:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"DELETE FROM {table}")
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"TRUNCATE {table} CASCADE")
    assert len(ps.list_records(site, "contact", _pid)) == 1


# ----- 2. the audit log takes the program's entries only, with who and when from the database --------


def test_nobody_inserts_into_the_audit_log_and_the_entry_function_fills_in_who_and_when(staffed, pg_server):
    site, address, pid = staffed
    admin_id = _account_id(site, "admin")
    for user, password in [("admin", ADMIN_PASSWORD)] + [(name, PASSWORD) for name in ROLES]:
        with _psql(pg_server, address, user, password) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO audit_log (id, created_at, updated_at, seq, at, actor, action, detail, "
                             "prev_hash, hash) VALUES ('x', now(), now(), 0, '', 'admin', 'row.delete', '{}', '', '')")
            with pytest.raises(psycopg.errors.InvalidParameterValue):  # only the triggers write row.* entries
                conn.execute("SELECT lead_audit_entry('row.delete', 'participant', %s, '{}')", (pid,))
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                conn.execute("SELECT lead_audit_entry('anything', NULL, NULL, '{}')")
    with _psql(pg_server, address, "vic") as conn:  # a view it may record, in its own name only
        conn.execute("SELECT lead_audit_entry('view', 'participant', %s, '{}', %s)", (pid, admin_id))
    newest = audit_service.list_entries(site, limit=1)[0]
    assert (newest.actor, newest.action, newest.entity_id) == ("vic", "view", pid)
    with site.unit_of_work() as session:
        from sqlalchemy import text

        actor_id = session.execute(text("SELECT actor_id FROM audit_log ORDER BY seq DESC LIMIT 1")).scalar()
    assert actor_id == _account_id(site, "vic") != admin_id
    assert sites.verify(site) == []


def test_no_staff_session_gives_an_entry_its_own_time(staffed, pg_server):
    site, address, pid = staffed
    with _psql(pg_server, address, "cas") as conn:
        with conn.transaction():  # the setting an earlier chain trigger read, set as any session can
            conn.execute("SELECT set_config('lead.offline_at', '2001-01-01T00:00:00.000000+00:00', true)")
            conn.execute("SELECT lead_audit_entry('view', 'participant', %s, '{}')", (pid,))
            conn.execute("UPDATE participant SET where_to_find = 'Y' WHERE id = %s", (pid,))
    with site.unit_of_work() as session:
        from sqlalchemy import text

        rows = session.execute(text("SELECT at, detail FROM audit_log ORDER BY seq DESC LIMIT 2")).all()
    for at, detail in rows:
        assert not at.startswith("2001") and '"offline"' not in detail, (at, detail)
    assert sites.verify(site) == []

# ----- 3. the write lock ------------------------------------------------------------------------------


def test_the_old_advisory_lock_key_stalls_nothing_and_the_write_lock_is_out_of_reach(staffed, pg_server):
    site, address, pid = staffed
    with _psql(pg_server, address, "vic") as viewer:
        viewer.execute("SELECT pg_advisory_lock(hashtext('lead_audit_' || current_database()))")
        for statement in ("BEGIN; LOCK TABLE lead_write_lock IN ACCESS SHARE MODE; COMMIT",
                          "SELECT lead_take_write_lock()", "SELECT lead_lock_writes()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                viewer.execute(statement)
            viewer.execute("ROLLBACK")
        started = time.monotonic()
        again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)  # sign-in writes
        try:
            ps.add_record(again, "contact", pid, {"at": moment(-1), "contact_type": "office"})
        finally:
            again.close()
        assert time.monotonic() - started < 10


def test_a_connection_holding_the_write_lock_too_long_is_ended(pg_database, monkeypatch, pg_server):
    monkeypatch.setattr(server_sql, "LOCK_WAIT", "1s")
    monkeypatch.setattr(server_sql, "HOLD_LIMIT", "2 seconds")
    address, owner, owner_password = server.parse_database_url(pg_database[1])
    site = server_site.create_server_site(address, owner, owner_password, SITE_NAME, "admin", ADMIN_PASSWORD)
    try:
        accounts.add_account(site, "vic", "Vic", Role.VIEWER, PASSWORD)
        stalling = _psql(pg_server, address, "vic")
        stalling.execute("BEGIN")
        stalling.execute("SELECT lead_audit_entry('view', NULL, NULL, '{}')")  # holds the lock, then sits there
        stalling.execute("SET LOCAL idle_in_transaction_session_timeout = 0")
        time.sleep(2.5)
        started = time.monotonic()
        accounts.add_account(site, "other", "Other", Role.VIEWER, PASSWORD)  # waits 1 s, ends the holder, writes
        assert time.monotonic() - started < 8
        with pytest.raises(psycopg.OperationalError):
            stalling.execute("SELECT 1")
    finally:
        site.close()


# ----- 4. secrets ---------------------------------------------------------------------------------------


def test_the_sites_secret_settings_are_for_administrators_only(staffed, pg_server):
    site, address, _pid = staffed
    with _owner(pg_server, address) as owner:  # as a site moved from a laptop has it
        owner.execute("INSERT INTO setting (id, created_at, updated_at, key, value) "
                      "VALUES ('s-1', now(), now(), 'audit_private_key', '\"00ff\"')")
    for name in ROLES:
        with _psql(pg_server, address, name) as conn:
            keys = {r[0] for r in conn.execute("SELECT key FROM setting")}
            assert "site_name" in keys and "audit_private_key" not in keys
    with _psql(pg_server, address, "admin", ADMIN_PASSWORD) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'audit_private_key'").fetchone() == ('"00ff"',)


# ----- 5. a change with the triggers off shows (the chain's own tampering: tests/server/test_anchors.py) -----


def test_a_change_made_with_the_audit_trigger_disabled_is_reported_by_verify(staffed, pg_server):
    site, address, pid = staffed
    assert sites.verify(site) == []
    with _owner(pg_server, address) as owner:
        owner.execute("ALTER TABLE participant DISABLE TRIGGER USER")
        owner.execute("UPDATE participant SET first_name = 'Mallory' WHERE id = %s", (pid,))
        owner.execute("ALTER TABLE participant ENABLE TRIGGER USER")
        owner.execute("ALTER TABLE contact DISABLE TRIGGER USER")
        owner.execute("INSERT INTO contact (id, created_at, updated_at, participant_id, at, contact_type, "
                      "unable_to_locate, row_version) VALUES ('c-x', now(), now(), %s, now(), 'street', false, 1)",
                      (pid,))
        owner.execute("ALTER TABLE contact ENABLE TRIGGER USER")
    problems = sites.verify(site)
    assert any("table participant: 1 row(s) changed since its last audit entry" in p for p in problems), problems
    assert any("table contact: 1 row(s) added or changed with no audit entry (first: c-x)" in p for p in problems)
    with _owner(pg_server, address) as owner:  # while a trigger is off, verify says so too
        owner.execute("ALTER TABLE consent DISABLE TRIGGER lead_audit")
        assert any("trigger lead_audit missing or disabled on table consent" in p for p in sites.verify(site))
        owner.execute("ALTER TABLE consent ENABLE TRIGGER lead_audit")


# ----- 6. one site per PostgreSQL 15 cluster --------------------------------------------------------------


def test_a_second_site_in_the_same_postgresql_15_cluster_is_refused(server_site_session, pg_server, monkeypatch,
                                                                  tmp_path, run):
    monkeypatch.setattr(server_schema, "_shared_cluster_allowed", False)
    db, url = pg_server.new_database("second")
    address, owner, owner_password = server.parse_database_url(url)
    with pytest.raises(OneSitePerServer) as refused:
        server_site.create_server_site(address, owner, owner_password, "Another site", "admin", ADMIN_PASSWORD)
    assert "PostgreSQL 15 and older" in refused.value.message
    code, _out, err = run("--database-url", url.split("?")[0].replace(f":{owner_password}", "") + "?"
                          + url.split("?")[1], "init", "--site-name", "Another", "--admin-user", "admin",
                          "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n{owner_password}\n")
    assert code != 0 and "already holds another LEAD site" in err
    laptop, _key = sites.create_site(tmp_path / "laptop", "Laptop site", "admin", ADMIN_PASSWORD)
    try:
        with pytest.raises(OneSitePerServer):
            server_move.move_to_server(laptop, ADMIN_PASSWORD, address, owner, owner_password)
    finally:
        laptop.close()
    with psycopg.connect(pg_server.superuser_conninfo(db)) as conn:  # nothing was written
        assert conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                            ).fetchone()[0] == 0


# ----- 7. a temporary table cannot stand in for the audit log ----------------------------------------------


def test_a_temporary_audit_log_table_captures_nothing(staffed, pg_server):
    site, address, pid = staffed
    pg_server.superuser_sql(f"GRANT TEMP ON DATABASE {address.database} TO {address.database}_case_manager")
    before = audit_service.count_entries(site)
    with _psql(pg_server, address, "cas") as conn:
        conn.execute("CREATE TEMP TABLE audit_log (id text, created_at timestamptz, updated_at timestamptz, "
                     "updated_by text, deleted_at timestamptz, row_version integer, seq integer, at text, "
                     "actor_id text, actor text, action text, entity_type text, entity_id text, detail text, "
                     "prev_hash text, hash text)")
        conn.execute("CREATE TEMP TABLE lead_write_lock (id integer)")
        conn.execute("UPDATE participant SET where_to_find = 'Z' WHERE id = %s", (pid,))
        assert conn.execute("SELECT count(*) FROM pg_temp.audit_log").fetchone() == (0,)
    entries = audit_service.list_entries(site, limit=3)
    assert audit_service.count_entries(site) == before + 1
    assert (entries[0].actor, entries[0].action, entries[0].entity_id) == ("cas", "row.update", pid)


def test_every_function_of_the_site_ends_its_search_path_with_pg_temp(staffed, pg_server):
    _site, address, _pid = staffed
    with _owner(pg_server, address) as owner:
        rows = owner.execute("SELECT p.proname, p.proconfig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                             "WHERE n.nspname = 'public' AND p.proname LIKE 'lead%'").fetchall()
    assert len(rows) > 20
    for name, config in rows:
        paths = [c for c in config or [] if c.startswith("search_path=")]
        assert paths and paths[0].replace(" ", "").endswith(",pg_temp"), (name, config)


# ----- 8. authorship, versions, every change audited ----------------------------------------------------


def test_forged_authorship_and_versions_are_refused_and_true_ones_stamped(staffed, pg_server):
    site, address, pid = staffed
    admin_id, cas_id, pat_id = (_account_id(site, name) for name in ("admin", "cas", "pat"))
    with _psql(pg_server, address, "cas") as conn:
        insert = ("INSERT INTO contact (id, created_at, updated_at, participant_id, at, contact_type, "
                  "unable_to_locate, staff_id, updated_by) VALUES (%s, now(), now(), %s, now(), 'street', false, %s, %s)")
        for staff, author in ((admin_id, None), (None, admin_id), (cas_id, admin_id)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(insert, ("c-forged", pid, staff, author))
        conn.execute(insert, ("c-true", pid, None, None))
        assert conn.execute("SELECT updated_by, row_version FROM contact WHERE id = 'c-true'").fetchone() == (cas_id, 1)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE participant SET updated_by = %s WHERE id = %s", (pat_id, pid))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE contact SET staff_id = %s WHERE id = 'c-true'", (cas_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE participant SET row_version = 99 WHERE id = %s", (pid,))
        version = conn.execute("SELECT row_version FROM participant WHERE id = %s", (pid,)).fetchone()[0]
        conn.execute("UPDATE participant SET phone = phone WHERE id = %s", (pid,))  # changes nothing, still counts
        assert conn.execute("SELECT row_version, updated_by FROM participant WHERE id = %s", (pid,)).fetchone() \
            == (version + 1, cas_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO published_numbers (id, created_at, updated_at, kind, period_start, period_end, "
                         "numbers, computed_at, computed_by) VALUES ('p', now(), now(), 'program', '2024-01-01', "
                         "'2024-01-31', '{}', now(), %s)", (admin_id,))


def test_a_row_version_only_change_is_audited(staffed, pg_server):
    site, address, pid = staffed
    with _psql(pg_server, address, "cas") as conn:
        conn.execute("UPDATE participant SET row_version = row_version + 1 WHERE id = %s", (pid,))
        conn.execute("UPDATE participant SET updated_at = now() - interval '1 day' WHERE id = %s", (pid,))
    newest = audit_service.list_entries(site, limit=2)
    assert [(e.actor, e.action, e.entity_id) for e in newest] == [("cas", "row.update", pid)] * 2
    assert "updated_at" in newest[0].detail["columns"] and "row_version" in newest[0].detail["columns"]
    assert "row_version" in newest[1].detail["columns"]
    assert sites.verify(site) == []


# ----- 9. accounts: deactivation, passwords -----------------------------------------------------------------


def test_deactivating_an_account_ends_its_open_connections_and_its_login(staffed, pg_server):
    site, address, _pid = staffed
    conn = _psql(pg_server, address, "cas")
    listener_like = _psql(pg_server, address, "cas")
    assert conn.execute("SELECT count(*) FROM participant").fetchone() == (1,)
    accounts.deactivate(site, _account_id(site, "cas"))
    for open_one in (conn, listener_like):
        with pytest.raises(psycopg.OperationalError):
            open_one.execute("SELECT count(*) FROM participant")
    with pytest.raises(psycopg.OperationalError):
        _psql(pg_server, address, "cas")
    with _owner(pg_server, address) as owner:  # the owner got no lasting membership out of it
        assert owner.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')",
                             (server_roles.login_role(address.database, "cas"),)).fetchone() == (False,)


def test_must_change_password_is_changed_only_by_the_password_functions(staffed, pg_server):
    site, address, _pid = staffed
    with _psql(pg_server, address, "cas") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE account SET must_change_password = false WHERE username = 'cas'")
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # never a password in clear
            conn.execute("SELECT lead_change_own_password('short')")
    with _psql(pg_server, address, "admin", ADMIN_PASSWORD) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE account SET must_change_password = false WHERE username = 'cas'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO account (id, created_at, updated_at, username, display_name, role, active, "
                         "must_change_password) VALUES ('a', now(), now(), 'x', 'X', 'viewer', true, true)"
                         "; UPDATE account SET must_change_password = false WHERE id = 'a'")
    cas = server_site.sign_in_server(address, "cas", PASSWORD)
    assert cas.actor.must_change_password
    accounts.change_own_password(cas, PASSWORD, "cas has a new long password")
    assert not cas.actor.must_change_password
    cas.close()


def test_a_password_set_around_the_program_must_be_changed_at_the_next_sign_in(staffed, pg_server):
    site, address, _pid = staffed
    cas = server_site.sign_in_server(address, "cas", PASSWORD)
    accounts.change_own_password(cas, PASSWORD, "cas has a new long password")
    cas.close()
    with _psql(pg_server, address, "cas", "cas has a new long password") as conn:
        # PostgreSQL lets every role change its own password; the program cannot forbid it ...
        conn.execute("ALTER ROLE CURRENT_USER PASSWORD 'short'")
    cas = server_site.sign_in_server(address, "cas", "short")
    try:  # ... but it makes the person choose one that keeps its rules before anything else
        assert cas.actor.must_change_password
    finally:
        cas.close()


def test_a_password_with_an_added_space_at_either_end_is_refused(server_site_session, server_address):
    from lead_desktop.domain.errors import WrongPassword

    address = server_address[0]
    server_site_session.close()
    for wrong in (" " + ADMIN_PASSWORD, ADMIN_PASSWORD + " "):
        with pytest.raises(WrongPassword):
            server_site.sign_in_server(address, "admin", wrong)
    server_site.sign_in_server(address, "admin", ADMIN_PASSWORD).close()
