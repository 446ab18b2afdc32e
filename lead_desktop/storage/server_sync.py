"""The server's side of laptops working offline (services.offline): the change sequence, the devices,
the operations already applied, and the functions a laptop's sync calls.

Installed by `storage.server_schema.install_security` (idempotent, after every upgrade), as the
database's owner. Nothing here is in the Alembic migrations: these tables exist only on a server.

* **The change sequence.** A row trigger on every table a copy can hold writes
  ``(table, row id, next number)`` into ``lead_sync_change``, one row per changed row (the newest
  number wins), so a laptop asks for "everything changed after number N" and fetches only those
  rows: a refresh reads what changed, never the whole site. The trigger takes the site's write lock
  (which every writing statement already holds, `storage.server_sql`), so numbers are handed out
  in commit order and a reader whose snapshot sees number N also sees every smaller one.
* **Devices.** Each laptop's copy for a person registers a device (``lead_sync_device``): the
  person, a computer's name, when it last synced, whether an administrator revoked it, and a random
  secret that opens the copy's second key slot after a password reset (storage.working_copy).
  Every sync function refuses a revoked device (SQLSTATE ``LDREV``) or a device that is not the
  caller's (``LDDEV``).
* **Exactly once.** ``lead_sync_mark`` records an operation's id in ``lead_sync_applied`` inside
  the transaction that applies it (the primary key refuses a second one), with the version it gave
  the record, so a sync that is interrupted anywhere asks ``lead_sync_applied`` and never applies an
  operation twice.
* **Offline audit entries.** ``lead_sync_audit`` writes an entry the laptop recorded offline into
  the audit chain with its original time, marked ``"offline": true`` (the chain's trigger keeps a
  time given in the inserted row's ``at``, which only the owner's functions can insert, and marks
  every entry that gave one), once per entry id. The actor is always the person signed in.
* **The site's rules** (storage.server_sql): every function is SECURITY DEFINER with ``search_path``
  ending in ``pg_temp``, changes take the site's write lock through ``lead_lock_writes``, and no
  staff group holds any right on these tables.

Staff tables are never granted here: the functions run with the owner's rights and check the
caller themselves. Viewers get none of them (a viewer has no copy).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import DeviceRevoked, KnownError, NotThisDevice
from lead_desktop.domain.roles import Role
from lead_desktop.storage.models import Base
from lead_desktop.storage.server_roles import group_role
from lead_desktop.storage.server_sql import DEFINER

REVOKED_STATE = "LDREV"  # SQLSTATE: an administrator revoked this device
NOT_YOURS_STATE = "LDDEV"  # SQLSTATE: no such device for the person signed in
TRIGGER = "lead_sync"

# What a laptop may write into the chain from its offline audit log: what its services record.
OFFLINE_ACTIONS = tuple(a.value for a in (
    AuditAction.VIEW, AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.EXPORT,
    AuditAction.IMPORT, AuditAction.SIGN_IN, AuditAction.SIGN_OUT, AuditAction.LOCK, AuditAction.UNLOCK,
    AuditAction.DRAFT_RESTORED, AuditAction.DRAFT_DISCARDED, AuditAction.OFFLINE_DISCARDED,
))

_STAFF = (Role.ADMINISTRATOR, Role.PROJECT_MANAGER, Role.CASE_MANAGER)


def _device_check() -> str:
    """The caller's own device, not revoked; the function's `p_device` names it."""
    return (
        "SELECT d.revoked_at IS NOT NULL INTO v_revoked FROM lead_sync_device d "
        "WHERE d.id = p_device AND d.username = lead_actor(); "
        f"IF NOT FOUND THEN RAISE EXCEPTION 'not a device of yours' USING ERRCODE = '{NOT_YOURS_STATE}'; END IF; "
        f"IF v_revoked THEN RAISE EXCEPTION 'this device was revoked' USING ERRCODE = '{REVOKED_STATE}'; END IF;"
    )


def _admin_check(database: str) -> str:
    admin = group_role(database, Role.ADMINISTRATOR)
    return (f"IF NOT pg_has_role(session_user, '{admin}', 'MEMBER') THEN "
            "RAISE EXCEPTION 'only administrators manage devices' USING ERRCODE = '42501'; END IF;")


def _sql(database: str, tables: Sequence[str]) -> list[str]:
    staff = ", ".join(group_role(database, r) for r in _STAFF)
    everyone = ", ".join(group_role(database, r) for r in Role)
    admin = group_role(database, Role.ADMINISTRATOR)
    actions = ", ".join(f"'{a}'" for a in OFFLINE_ACTIONS)
    stmts = [
        "CREATE SEQUENCE IF NOT EXISTS lead_sync_change_seq",
        "CREATE TABLE IF NOT EXISTS lead_sync_change (table_name text NOT NULL, row_id text NOT NULL, "
        "seq bigint NOT NULL, PRIMARY KEY (table_name, row_id))",
        "CREATE INDEX IF NOT EXISTS lead_sync_change_seq_ix ON lead_sync_change (seq)",
        "CREATE TABLE IF NOT EXISTS lead_sync_device (id text PRIMARY KEY, username text NOT NULL, "
        "label text NOT NULL, secret text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), "
        "last_sync_at timestamptz, revoked_at timestamptz, revoked_by text)",
        "CREATE TABLE IF NOT EXISTS lead_sync_applied (op_id text PRIMARY KEY, device_id text NOT NULL, "
        "applied_at timestamptz NOT NULL DEFAULT now(), version integer)",
    ]
    for table in ("lead_sync_change", "lead_sync_device", "lead_sync_applied"):
        stmts.append(f"REVOKE ALL ON TABLE {table} FROM PUBLIC, {everyone}")
    stmts.append(f"REVOKE ALL ON SEQUENCE lead_sync_change_seq FROM PUBLIC, {everyone}")

    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_note() RETURNS trigger {DEFINER} AS $$
BEGIN
  PERFORM lead_lock_writes();
  INSERT INTO lead_sync_change (table_name, row_id, seq)
  VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, nextval('lead_sync_change_seq'))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = EXCLUDED.seq;
  RETURN NULL;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_register(p_device text, p_label text) RETURNS text {DEFINER} AS $$
DECLARE v_secret text; v_revoked boolean;
BEGIN
  SELECT secret, revoked_at IS NOT NULL INTO v_secret, v_revoked FROM lead_sync_device
   WHERE id = p_device AND username = lead_actor();
  IF FOUND THEN
    IF v_revoked THEN RAISE EXCEPTION 'this device was revoked' USING ERRCODE = '{REVOKED_STATE}'; END IF;
    RETURN v_secret;
  END IF;
  IF EXISTS (SELECT 1 FROM lead_sync_device WHERE id = p_device) THEN
    RAISE EXCEPTION 'not a device of yours' USING ERRCODE = '{NOT_YOURS_STATE}';
  END IF;
  v_secret := replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
  INSERT INTO lead_sync_device (id, username, label, secret) VALUES (p_device, lead_actor(), left(p_label, 80), v_secret);
  RETURN v_secret;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_state(p_device text) RETURNS text {DEFINER} STABLE AS $$
DECLARE v_revoked boolean;
BEGIN
  SELECT revoked_at IS NOT NULL INTO v_revoked FROM lead_sync_device WHERE id = p_device AND username = lead_actor();
  IF NOT FOUND THEN RETURN 'unknown'; END IF;
  RETURN CASE WHEN v_revoked THEN 'revoked' ELSE 'ok' END;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_position(p_device text) RETURNS bigint {DEFINER} STABLE AS $$
DECLARE v_revoked boolean;
BEGIN
  {_device_check()}
  RETURN coalesce((SELECT max(seq) FROM lead_sync_change), 0);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_changes(p_device text, p_since bigint)
RETURNS TABLE (seq bigint, table_name text, row_id text) {DEFINER} STABLE AS $$
DECLARE v_revoked boolean;
BEGIN
  {_device_check()}
  RETURN QUERY SELECT c.seq, c.table_name, c.row_id FROM lead_sync_change c WHERE c.seq > p_since ORDER BY c.seq;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_applied(p_device text, p_ops text[])
RETURNS TABLE (op_id text, version integer) {DEFINER} STABLE AS $$
DECLARE v_revoked boolean;
BEGIN
  {_device_check()}
  RETURN QUERY SELECT a.op_id, a.version FROM lead_sync_applied a WHERE a.op_id = ANY(p_ops);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_mark(p_device text, p_op text, p_version integer) RETURNS void {DEFINER} AS $$
DECLARE v_revoked boolean;
BEGIN
  {_device_check()}
  INSERT INTO lead_sync_applied (op_id, device_id, version) VALUES (p_op, p_device, p_version);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_audit(p_device text, p_id text, p_at text, p_action text, p_entity_type text,
                                           p_entity_id text, p_detail text) RETURNS boolean {DEFINER} AS $$
DECLARE v_revoked boolean; v_at timestamptz;
BEGIN
  {_device_check()}
  IF p_action NOT IN ({actions}) THEN
    RAISE EXCEPTION 'not an action a laptop records' USING ERRCODE = '22023'; END IF;
  IF EXISTS (SELECT 1 FROM audit_log WHERE id = p_id) THEN RETURN false; END IF;
  v_at := least(p_at::timestamptz, clock_timestamp());
  -- The one insert that gives the chain's trigger a time (staff cannot insert into audit_log).
  INSERT INTO audit_log (id, action, actor, actor_id, entity_type, entity_id, detail, prev_hash, hash, seq, at)
  VALUES (p_id, p_action, lead_actor(), (SELECT id FROM account WHERE username = lead_actor()), p_entity_type,
          p_entity_id, (coalesce(p_detail, '{{}}')::jsonb || jsonb_build_object('device', p_device))::text,
          '', '', 0, to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'));
  RETURN true;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_touch(p_device text) RETURNS timestamptz {DEFINER} AS $$
DECLARE v_revoked boolean;
BEGIN
  {_device_check()}
  UPDATE lead_sync_device SET last_sync_at = now() WHERE id = p_device;
  RETURN now();
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_devices()
RETURNS TABLE (id text, username text, label text, created_at timestamptz, last_sync_at timestamptz,
               revoked_at timestamptz, revoked_by text) {DEFINER} STABLE AS $$
BEGIN
  {_admin_check(database)}
  RETURN QUERY SELECT d.id, d.username, d.label, d.created_at, d.last_sync_at, d.revoked_at, d.revoked_by
    FROM lead_sync_device d ORDER BY d.username, d.created_at;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_sync_revoke(p_device text) RETURNS boolean {DEFINER} AS $$
BEGIN
  {_admin_check(database)}
  UPDATE lead_sync_device SET revoked_at = now(), revoked_by = lead_actor() WHERE id = p_device AND revoked_at IS NULL;
  RETURN FOUND;
END $$""")
    staff_functions = (
        "lead_sync_register(text, text)", "lead_sync_state(text)", "lead_sync_position(text)",
        "lead_sync_changes(text, bigint)", "lead_sync_applied(text, text[])", "lead_sync_mark(text, text, integer)",
        "lead_sync_audit(text, text, text, text, text, text, text)", "lead_sync_touch(text)",
    )
    for fn in (*staff_functions, "lead_sync_devices()", "lead_sync_revoke(text)", "lead_sync_note()"):
        stmts.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in staff_functions:
        stmts.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {staff}")
    for fn in ("lead_sync_devices()", "lead_sync_revoke(text)"):
        stmts.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {admin}")

    stmts += [
        "DROP TRIGGER IF EXISTS lead_audit ON lead_sync_device",
        "CREATE TRIGGER lead_audit AFTER INSERT OR UPDATE OR DELETE ON lead_sync_device "
        "FOR EACH ROW EXECUTE FUNCTION lead_audit_row()",
    ]
    for table in tables:
        stmts += [
            f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}",
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION lead_sync_note()",
        ]
    return stmts


def synced_tables(exclude: Iterable[str]) -> list[str]:
    left_out = set(exclude)
    return [t.name for t in Base.metadata.sorted_tables if t.name not in left_out]


def install(conn: Connection, database: str, exclude: Iterable[str]) -> None:
    """The sync tables, functions, grants and change triggers (every table but those in `exclude`).
    Run by the owner from `server_schema.install_security`, which checked `database`."""
    for statement in _sql(database, synced_tables(exclude)):
        conn.exec_driver_sql(statement.replace("%", "%%"))


def missing_triggers(conn: Connection, exclude: Iterable[str]) -> list[str]:
    """Tables whose change trigger is missing or disabled (a laptop's refresh would miss their changes)."""
    present = {r[0] for r in conn.execute(text(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname = :name"), {"name": TRIGGER})}
    return [f"trigger {TRIGGER} missing or disabled on table {t}" for t in synced_tables(exclude) if t not in present]


# ----- what a laptop's sync calls ------------------------------------------------------------------


def known_error(orig: BaseException) -> KnownError | None:
    """The known error behind a sync function's refusal (storage.server.database_error asks)."""
    state = getattr(orig, "sqlstate", None)
    if state == REVOKED_STATE:
        return DeviceRevoked()
    if state == NOT_YOURS_STATE:
        return NotThisDevice()
    return None


def register_device(db: Session | Connection, device_id: str, label: str) -> str:
    """The device's secret (made the first time); DeviceRevoked for a revoked one."""
    return str(db.execute(text("SELECT lead_sync_register(:d, :l)"), {"d": device_id, "l": label}).scalar_one())


def device_state(db: Session | Connection, device_id: str) -> str:
    """"ok", "revoked" or "unknown" (never registered by the person signed in)."""
    return str(db.execute(text("SELECT lead_sync_state(:d)"), {"d": device_id}).scalar_one())


def position(db: Session | Connection, device_id: str) -> int:
    """The newest change number, as the caller's transaction sees it."""
    return int(db.execute(text("SELECT lead_sync_position(:d)"), {"d": device_id}).scalar_one())


def changes_since(db: Session | Connection, device_id: str, since: int) -> list[tuple[int, str, str]]:
    """(number, table, row id) of every row changed after `since`, oldest first."""
    rows = db.execute(text("SELECT seq, table_name, row_id FROM lead_sync_changes(:d, :s)"), {"d": device_id, "s": since})
    return [(int(seq), str(table), str(row_id)) for seq, table, row_id in rows]


def applied(db: Session | Connection, device_id: str, op_ids: Sequence[str]) -> dict[str, int | None]:
    """Which of the operations were applied already: op id → the version it gave its record (None: it
    names no record)."""
    if not op_ids:
        return {}
    rows = db.execute(text("SELECT op_id, version FROM lead_sync_applied(:d, :o)"), {"d": device_id, "o": list(op_ids)})
    return {str(op_id): version for op_id, version in rows}


def mark_applied(db: Session | Connection, device_id: str, op_id: str, version: int | None) -> None:
    """Record the operation in the caller's transaction; a second time fails (and rolls the caller back)."""
    db.execute(text("SELECT lead_sync_mark(:d, :o, :v)"), {"d": device_id, "o": op_id, "v": version})


@dataclass(frozen=True)
class OfflineEntry:
    id: str
    at: str  # ISO-8601 UTC, as the laptop's chain wrote it
    action: str
    entity_type: str | None
    entity_id: str | None
    detail: str  # JSON


def send_audit(db: Session | Connection, device_id: str, entries: Sequence[OfflineEntry]) -> int:
    """Write entries into the chain (each once); returns how many were new."""
    added = 0
    for e in entries:
        detail = json.dumps({**json.loads(e.detail or "{}"), "offline": True}, sort_keys=True)
        added += bool(db.execute(
            text("SELECT lead_sync_audit(:d, :i, :a, :act, :t, :e, :det)"),
            {"d": device_id, "i": e.id, "a": e.at, "act": e.action, "t": e.entity_type, "e": e.entity_id,
             "det": detail},
        ).scalar_one())
    return added


def touch(db: Session | Connection, device_id: str) -> datetime:
    """The device reached the server now; returns the server's time."""
    return db.execute(text("SELECT lead_sync_touch(:d)"), {"d": device_id}).scalar_one()


@dataclass(frozen=True)
class DeviceRow:
    id: str
    username: str
    label: str
    created_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str | None


def devices(db: Session | Connection) -> list[DeviceRow]:
    """Every laptop copy of the site (administrators only)."""
    return [DeviceRow(*row) for row in db.execute(text(
        "SELECT id, username, label, created_at, last_sync_at, revoked_at, revoked_by FROM lead_sync_devices()"))]


def revoke(db: Session | Connection, device_id: str) -> bool:
    """Revoke a device (administrators only); False when it was revoked already or is unknown."""
    return bool(db.execute(text("SELECT lead_sync_revoke(:d)"), {"d": device_id}).scalar_one())
