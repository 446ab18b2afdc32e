"""A site on a real PostgreSQL server: sign-in, accounts as roles, rights enforced by the database,
the audit log written by triggers, and notifications of other people's changes."""

from __future__ import annotations

import psycopg
import pytest

from lead_desktop.domain.errors import (
    AccountDisabled,
    BadServerAddress,
    NotStaff,
    ServerCertificateRejected,
    ServerUnreachable,
    SiteExists,
    WrongPassword,
)
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, audit as audit_service, server_site, site as sites
from lead_desktop.storage import server, server_roles
from tests.conftest import ADMIN_PASSWORD, SITE_NAME

STAFF_PASSWORD = "a long temporary password"


def _add(site, username: str, role: Role):
    return accounts.add_account(site, username, username.title(), role, STAFF_PASSWORD)


def _raw(pg_server, address, user: str, password: str = STAFF_PASSWORD):
    role = server_roles.login_role(address.database, user)
    return psycopg.connect(pg_server.url(role, address.database, password), autocommit=True)


def test_created_site_signs_in_with_server_password(server_site_session, server_address):
    site = server_site_session
    assert site.is_server and site.paths is None
    assert site.actor.role is Role.ADMINISTRATOR
    assert site.site_name == SITE_NAME
    address = server_address[0]
    site.close()
    again = server_site.sign_in_server(address, "admin", ADMIN_PASSWORD)
    assert again.actor.username == "admin"
    again.close()
    with pytest.raises(WrongPassword):
        server_site.sign_in_server(address, "admin", "not the password at all")
    with pytest.raises(WrongPassword):  # an unknown name looks the same as a wrong password
        server_site.sign_in_server(address, "nobody", ADMIN_PASSWORD)


def test_creating_twice_is_refused(server_site_session, server_address):
    address, owner, owner_password = server_address
    with pytest.raises(SiteExists):
        server_site.create_server_site(address, owner, owner_password, "Other", "admin2", ADMIN_PASSWORD)


def test_tls_is_required_and_checked(server_address, pg_server, tmp_path):
    address, owner, owner_password = server_address
    with pytest.raises(BadServerAddress):
        server.parse_database_url(f"postgresql://x@localhost:{pg_server.port}/{address.database}?sslmode=disable")
    wrong_ca = tmp_path / "other-ca.crt"
    wrong_ca.write_bytes(pg_server.ca_file.read_bytes().replace(b"A", b"B", 0))
    from tests.helpers.pgserver import _write_tls

    other = tmp_path / "other"
    other.mkdir()
    bad = server.ServerAddress(address.host, address.database, address.port, "verify-full", str(_write_tls(other)))
    with pytest.raises(ServerCertificateRejected):
        server.connect(bad, owner, owner_password)
    nowhere = server.ServerAddress("localhost", address.database, 1, "verify-full", address.ca_file)
    with pytest.raises(ServerUnreachable):
        server.connect(nowhere, owner, owner_password)


def test_accounts_are_roles_in_group_roles(server_site_session, server_address, pg_server):
    site = server_site_session
    address = server_address[0]
    info = _add(site, "carla", Role.CASE_MANAGER)
    cm = server_site.sign_in_server(address, "carla", STAFF_PASSWORD)
    assert cm.actor.role is Role.CASE_MANAGER
    assert cm.actor.must_change_password
    accounts.change_own_password(cm, STAFF_PASSWORD, "carla's own new password")
    cm.close()
    with pytest.raises(WrongPassword):
        server_site.sign_in_server(address, "carla", STAFF_PASSWORD)
    accounts.update_account(site, info.id, "Carla", Role.PROJECT_MANAGER)
    pm = server_site.sign_in_server(address, "carla", "carla's own new password")
    assert pm.actor.role is Role.PROJECT_MANAGER
    pm.close()
    accounts.deactivate(site, info.id)
    with pytest.raises(AccountDisabled):
        server_site.sign_in_server(address, "carla", "carla's own new password")
    with psycopg.connect(pg_server.superuser_conninfo()) as conn:
        row = conn.execute("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = %s",
                           (server_roles.login_role(address.database, "carla"),)).fetchone()
    assert row[0] is False
    assert row[1].startswith("SCRAM-SHA-256$")  # the server never saw the password itself


def test_a_server_role_outside_the_site_cannot_sign_in(server_site_session, server_address, pg_server):
    address = server_address[0]
    outsider = server_roles.login_role(address.database, "outsider")  # named like staff, but in no group
    pg_server.superuser_sql(f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD '{STAFF_PASSWORD}'",
                            f"GRANT CONNECT ON DATABASE {address.database} TO \"{outsider}\"")
    with pytest.raises(NotStaff):
        server_site.sign_in_server(address, "outsider", STAFF_PASSWORD)


def test_viewer_cannot_read_participant_tables_even_by_hand(server_site_session, server_address, pg_server):
    address = server_address[0]
    _add(server_site_session, "vera", Role.VIEWER)
    with _raw(pg_server, address, "vera") as conn:
        conn.execute("SELECT count(*) FROM gov_body")  # governance is readable
        for table in ("participant", "contact", "consent", "referral", "disclosure", "case_conference_item"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM audit_log")


def test_case_manager_cannot_create_roles_or_touch_the_log(server_site_session, server_address, pg_server):
    address = server_address[0]
    _add(server_site_session, "cody", Role.CASE_MANAGER)
    with _raw(pg_server, address, "cody") as conn:
        conn.execute("SELECT count(*) FROM participant")  # their own work is allowed
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE sneaky LOGIN PASSWORD 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT lead_create_account('sneaky', 'administrator', NULL)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE setting SET value = '\"x\"'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")


def test_administrator_functions_refuse_roles_outside_the_site(server_site_session, server_address, pg_server):
    address = server_address[0]
    owner = server_address[1]
    outsider = server_roles.login_role(address.database, "outsider")
    pg_server.superuser_sql(f"CREATE ROLE \"{outsider}\" LOGIN")
    with _raw(pg_server, address, "admin", ADMIN_PASSWORD) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # exists, but is not the site's
            conn.execute("SELECT lead_set_account_password('outsider', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the owner is not staff either
            conn.execute("SELECT lead_set_account_active(%s, false)", (owner,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE sneaky LOGIN")


def test_changes_by_any_client_are_audited_and_the_chain_verifies(server_site_session, server_address, pg_server):
    site = server_site_session
    address = server_address[0]
    _add(site, "cody", Role.CASE_MANAGER)
    with _raw(pg_server, address, "cody") as conn:  # another client, hand-written SQL
        conn.execute(
            "INSERT INTO import_mapping (id, created_at, updated_at, name, kind, definition) "
            "VALUES ('m-1', now(), now(), 'by hand', 'participants', '{}')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_log SET actor = 'someone'")
    with pg_server_connection(pg_server, address) as conn:
        with pytest.raises(psycopg.Error):
            conn.execute("UPDATE audit_log SET actor = 'someone'")  # not even the owner
    entries = audit_service.list_entries(site, limit=500)
    actions = {(e.actor, e.action, e.entity_type, e.entity_id) for e in entries}
    assert ("cody", "row.insert", "import_mapping", "m-1") in actions
    assert any(actor == "admin" and action == "account_created" for actor, action, _t, _i in actions)
    problems = sites.verify(site)
    assert problems == []


def pg_server_connection(pg_server, address):
    return psycopg.connect(pg_server.superuser_conninfo(address.database), autocommit=True)


def test_others_changes_are_announced_own_are_not(server_site_session, server_address):
    site = server_site_session
    address = server_address[0]
    _add(site, "cody", Role.CASE_MANAGER)
    assert site.poll_changes() == set()  # its own change is not news to it
    other = server_site.sign_in_server(address, "cody", STAFF_PASSWORD)
    try:
        assert "account" in site.poll_changes()  # the other's sign-in stamped their account row
        assert site.poll_changes() == set()
    finally:
        other.close()


def test_a_burst_of_changes_arrives_in_one_poll_and_a_lost_listener_reconnects(
        server_site_session, server_address, pg_server):
    site = server_site_session
    address = server_address[0]
    for name in ("ann", "ben", "cat"):
        _add(site, name, Role.CASE_MANAGER)
    with _raw(pg_server, address, "ann") as conn:  # three tables changed by another program
        for i in range(3):
            conn.execute(
                "INSERT INTO import_mapping (id, created_at, updated_at, name, kind, definition) "
                "VALUES (%s, now(), now(), %s, 'participants', '{}')", (f"m-{i}", f"by hand {i}"))
        conn.execute("INSERT INTO participant_alias (id, created_at, updated_at, participant_id, alias) "
                     "SELECT 'a-1', now(), now(), id, 'x' FROM participant LIMIT 0")  # announced, though no row
    import time

    deadline = time.monotonic() + 10
    seen: set[str] = set()
    while "participant_alias" not in seen and time.monotonic() < deadline:
        seen |= site.poll_changes()
        time.sleep(0.05)
    assert seen == {"import_mapping", "participant_alias"}
    assert site.poll_changes() == set()  # all of it arrived at once, nothing trickles in afterwards
    backend = site.listener._conn.info.backend_pid
    pg_server.superuser_sql(f"SELECT pg_terminate_backend({backend})")
    time.sleep(0.2)
    assert "participant" in site.poll_changes()  # reconnected: everything may have changed meanwhile
    with _raw(pg_server, address, "ben") as conn:
        conn.execute("INSERT INTO import_mapping (id, created_at, updated_at, name, kind, definition) "
                     "VALUES ('m-9', now(), now(), 'later', 'participants', '{}')")
    deadline = time.monotonic() + 10
    seen = set()
    while not seen and time.monotonic() < deadline:
        seen = site.poll_changes()
        time.sleep(0.05)
    assert seen == {"import_mapping"}


def test_a_database_sorting_by_a_language_is_refused_before_anything_is_written(pg_server):
    pg_server.superuser_sql(
        "CREATE ROLE langowner LOGIN CREATEROLE PASSWORD 'owner-password-for-tests'",
        "CREATE DATABASE langsite OWNER langowner TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
        "LOCALE 'C.UTF-8'",  # English sorting rules (ICU), as many servers are set up
    )
    address, owner, password = server.parse_database_url(pg_server.url("langowner", "langsite",
                                                                       "owner-password-for-tests"))
    from lead_desktop.domain.errors import ServerCollation

    with pytest.raises(ServerCollation):
        server_site.create_server_site(address, owner, password, SITE_NAME, "admin", ADMIN_PASSWORD)
    with psycopg.connect(pg_server.superuser_conninfo("langsite")) as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                            ).fetchone()[0] == 0


def test_a_nul_character_is_a_plain_message_and_search_ignores_it(server_site_session):
    from sqlalchemy import text as sa_text

    from lead_desktop.domain.errors import TextNotStorable
    from lead_desktop.services import participants

    site = server_site_session
    assert participants.list_participants(site, query="ab\x00c").total == 0  # searched, not refused
    with pytest.raises(TextNotStorable):
        with site.unit_of_work() as session:
            session.execute(sa_text("SELECT :x"), {"x": "a\x00b"})
