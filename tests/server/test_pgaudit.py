"""Reads made around the program leave no entry in its audit log (only the database's write triggers and
the program itself write there); the README's shared-server section shows how a site records them with
pgaudit. Done here as the README says, on the suite's server (which loads pgaudit): a staff member's
psql SELECT on participant is in the server's log, with their role, out of the site owner's reach."""

from __future__ import annotations

import time

import psycopg

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.storage import server_roles
from lead_desktop.storage.server_schema import PARTICIPANT_TABLES

PASSWORD = "a long temporary password"


def _readme_setup(pg_server, database: str) -> None:
    """The statements the README gives the IT volunteer (as the PostgreSQL superuser), for this database."""
    auditor = f"{database}_auditor"
    pg_server.superuser_sql("CREATE EXTENSION IF NOT EXISTS pgaudit", dbname=database)
    pg_server.superuser_sql(
        f"CREATE ROLE {auditor} NOLOGIN",
        f"ALTER DATABASE {database} SET pgaudit.role = '{auditor}'",
        f"ALTER DATABASE {database} SET pgaudit.log = 'role, ddl'",
    )
    pg_server.superuser_sql(f"GRANT SELECT ON {', '.join(PARTICIPANT_TABLES)} TO {auditor}", dbname=database)


def test_a_staff_members_psql_read_of_participant_is_in_the_server_log(server_site_session, server_address,
                                                                       pg_server):
    address = server_address[0]
    accounts.add_account(server_site_session, "cas", "Cas", Role.CASE_MANAGER, PASSWORD)
    _readme_setup(pg_server, address.database)
    role = server_roles.login_role(address.database, "cas")
    with psycopg.connect(pg_server.url(role, address.database, PASSWORD), autocommit=True) as conn:
        conn.execute("SELECT first_name, last_name FROM participant WHERE last_name LIKE 'Q%'").fetchall()
        conn.execute("ALTER ROLE CURRENT_USER PASSWORD 'short'")  # the role class: every ALTER ROLE
    wanted = f"{role}@{address.database} LOG:  AUDIT: OBJECT,"
    deadline = time.monotonic() + 10
    lines: list[str] = []
    while time.monotonic() < deadline:
        lines = [line for line in pg_server.log_file.read_text(errors="replace").splitlines() if wanted in line]
        if lines:
            break
        time.sleep(0.1)
    assert any("READ,SELECT,TABLE,public.participant,\"SELECT first_name, last_name FROM participant" in line
               for line in lines), lines
    # The suite's server is shared: only this login's lines are this test's.
    own = "\n".join(line for line in pg_server.log_file.read_text(errors="replace").splitlines()
                     if f"] {role}@{address.database} " in line)
    assert f"{role}@{address.database} LOG:  AUDIT: SESSION" in own and "PASSWORD <REDACTED>" in own
    assert "'short'" not in own
