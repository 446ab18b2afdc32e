"""What `verify` checks on a server beyond the audit chain: that the protection is in place, and that
every row is the one its newest audit entry describes.

The server keeps its pages and links sound itself; what can go missing is our protection. The owner
of the database can switch the triggers off (``ALTER TABLE … DISABLE TRIGGER``), change rows and switch
them on again. Each row.* entry the triggers write carries a digest of the row as it then was
(`storage.server_sql.ROW_DIGEST`), so a row whose digest differs from its newest entry's, a row no
entry describes, or a row gone without a row.delete entry was changed with the triggers off. (Entries
cannot be removed or rewritten unseen either: the chain and its anchors, services.anchors.)
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from lead_desktop.storage.models import Base
from lead_desktop.storage.server_schema import AUDIT_TABLE, LAPTOP_ONLY_TABLES

_TRIGGERS = ("lead_audit", "lead_notify", "lead_write_lock", "lead_stamp")
_AUDIT_TRIGGERS = ("audit_log_chain", "audit_log_frozen", "audit_log_no_truncate")


def missing_protection(conn: Connection) -> list[str]:
    """Every table's triggers and the audit log's chain and append-only triggers, present and enabled."""
    present = {(t, n) for t, n in conn.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
    ))}
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        wanted = _AUDIT_TRIGGERS if table.name == AUDIT_TABLE else _TRIGGERS
        problems += [f"trigger {name} missing or disabled on table {table.name}"
                     for name in wanted if (table.name, name) not in present]
    return problems


def _check_sql(table: str) -> str:
    # The newest row.* entry of each row of `table`, and the row as it is now: a row with no entry, one
    # whose digest is not its entry's, or an entry other than row.delete for a row that is gone.
    return f"""
WITH newest AS (
  SELECT entity_id, max(seq) AS seq FROM audit_log
   WHERE entity_type = '{table}' AND action LIKE 'row.%' GROUP BY entity_id),
entries AS (
  SELECT n.entity_id, a.action, a.detail::jsonb ->> 'row' AS digest
    FROM newest n JOIN audit_log a ON a.seq = n.seq),
rows AS (SELECT r.id, lead_row_digest(r) AS digest FROM {table} r)
SELECT count(*) FILTER (WHERE e.entity_id IS NULL) AS unrecorded,
       count(*) FILTER (WHERE r.id IS NOT NULL AND e.entity_id IS NOT NULL
                        AND (e.action = 'row.delete' OR e.digest IS DISTINCT FROM r.digest)) AS changed,
       count(*) FILTER (WHERE r.id IS NULL AND e.action <> 'row.delete') AS removed,
       min(coalesce(r.id, e.entity_id)) FILTER (WHERE e.entity_id IS NULL OR r.id IS NULL
                        OR e.action = 'row.delete' OR e.digest IS DISTINCT FROM r.digest) AS first_id
  FROM rows r FULL JOIN entries e ON e.entity_id = r.id"""


def unaudited_changes(conn: Connection) -> list[str]:
    """Rows that differ from what the audit log says of them: changed, added or removed while the audit
    triggers were off. Needs an administrator (or the owner): every table and the audit log are read.
    Tables only a laptop holds (drafts, a working copy's queue) are no staff role's to read on a server,
    and the program never writes them there."""
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name in (AUDIT_TABLE, *LAPTOP_ONLY_TABLES):
            continue
        unrecorded, changed, removed, first = conn.execute(text(_check_sql(table.name))).one()
        for count, what in ((unrecorded, "added or changed with no audit entry"),
                            (changed, "changed since its last audit entry"),
                            (removed, "removed with no audit entry")):
            if count:
                problems.append(f"table {table.name}: {count} row(s) {what} (first: {first})")
    return problems
