"""Staff accounts as server roles (lead_desktop/storage/server_roles.py): the SCRAM verifier is the one
PostgreSQL itself computes, a verifier is checked before it goes into a statement, and taken role
names are found. Against the real test PostgreSQL."""

from __future__ import annotations

import base64

import psycopg
import pytest
import sqlalchemy as sa

from lead_desktop.storage import server_roles


def test_the_verifier_is_the_one_postgresql_computes(pg_server):
    password = "Zürich café ﬁne password"  # NFKC folds the ligature, as SASLprep does
    with psycopg.connect(pg_server.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(f"CREATE ROLE verifier_check PASSWORD '{password}'")
        try:
            stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'verifier_check'").fetchone()[0]
        finally:
            conn.execute("DROP ROLE verifier_check")
    iterations, salt = stored.split("$")[1].split(":")
    ours = server_roles.scram_verifier(password, base64.b64decode(salt), int(iterations))
    assert ours == stored
    assert server_roles.scram_verifier(password, base64.b64decode(salt), int(iterations) + 1) != stored
    assert server_roles.scram_verifier("another password", base64.b64decode(salt), int(iterations)) != stored


@pytest.mark.parametrize("bad", [
    "plain password",
    "SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5'; DROP ROLE x; --",
    "SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5 ",
    "md5" + "0" * 32,
])
def test_only_a_real_verifier_goes_into_a_statement(bad):
    with pytest.raises(ValueError):
        server_roles.checked_verifier(bad)
    good = server_roles.scram_verifier("a long enough password")
    assert server_roles.checked_verifier(good) == good


def test_taken_role_names_are_found(pg_server, pg_database):
    db, url = pg_database
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            owner = conn.execute(sa.text("SELECT session_user")).scalar_one()
            wanted = [server_roles.login_role(db, "nobody"), owner, server_roles.login_role(db, "x")]
            assert server_roles.first_taken(conn, wanted) == owner
            assert server_roles.first_taken(conn, wanted[::2]) is None
            assert server_roles.is_owner(conn) is True
            assert server_roles.staff_role(conn) is None  # no site's functions here
    finally:
        engine.dispose()
