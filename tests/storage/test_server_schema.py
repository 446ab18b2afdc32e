"""A server site's protection (lead_desktop/storage/server_schema.py): a trigger disabled or dropped by
hand is reported by the site's integrity check. Against the real test PostgreSQL."""

from __future__ import annotations

import psycopg

from ..server.conftest import server_address, server_site_session  # noqa: F401 - fixtures used here


def test_a_disabled_or_dropped_trigger_is_reported(server_site_session, server_address, pg_server):  # noqa: F811
    site = server_site_session
    assert site.vault.integrity_problems() == []
    with psycopg.connect(pg_server.superuser_conninfo(server_address[0].database), autocommit=True) as conn:
        conn.execute("ALTER TABLE contact DISABLE TRIGGER lead_audit")
        conn.execute("DROP TRIGGER audit_log_frozen ON audit_log")
    assert sorted(site.vault.integrity_problems()) == [
        "trigger audit_log_frozen missing or disabled on table audit_log",
        "trigger lead_audit missing or disabled on table contact",
    ]
