"""A site's schema and security on its PostgreSQL server: migrations, group roles, GRANTs, the
account functions and the triggers that write the audit log and announce changes.

What SQLCipher and the key slots do on a laptop, the server does itself here:

* **People are database roles** (`storage.server_roles`). The GRANTs below give each of the four
  group roles exactly what `domain.roles` allows, so a hand-written query from another client is
  held to the same rules as the window. Only administrators can run the ``lead_*_account``
  functions that create, change or deactivate roles.
* **The audit log is written by the database.** A trigger numbers and hash-chains every entry in
  the same format as `storage.audit`, and every change to any table adds an entry naming the
  table, row and changed columns (never values).
* **Other people's changes are announced.** Each write statement sends ``NOTIFY lead_changes``
  with the table's name; `storage.server_changes.ChangeListener` collects them.

`install_security` is idempotent and runs after every schema upgrade (`upgrade`).
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import BadServerAddress, ServerCollation
from lead_desktop.domain.roles import Role
from lead_desktop.storage import sqlfuncs, vault as vaults
from lead_desktop.storage.models import Base
from lead_desktop.storage.server_address import DATABASE_NAME
from lead_desktop.storage.server_roles import group_role
from lead_desktop.storage.sqlfuncs import WRITE_LOCK_SQL

CHANNEL = "lead_changes"

# What each group may do, table by table. Participant tables are never granted to viewers.
PARTICIPANT_TABLES = (
    "participant", "participant_alias", "contact", "assessment", "plan_goal", "service_linkage",
    "housing_status", "legal_case", "consent", "consent_document", "disclosure", "participant_merge",
    "referral", "referring_officer", "import_mapping", "import_key",
    "case_conference_item",
)
# The one organizations list is governance's, but case managers add referring agencies to it too.
SHARED_TABLES = ("organization",)
# published_numbers: report aggregates staff computed, which viewers read instead of participant tables.
SITE_TABLES = ("setting", "account", "screening_checklist", "published_numbers")
AUDIT_TABLE = "audit_log"
# draft: unsaved input stays on each laptop (services.drafts); on a server the table is never written,
# and no staff role, not even an administrator's, may read it.
LAPTOP_ONLY_TABLES = ("draft",)
READ, WRITE = "SELECT", "SELECT, INSERT, UPDATE, DELETE"


def governance_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables
            if t.name not in PARTICIPANT_TABLES + SITE_TABLES + LAPTOP_ONLY_TABLES + (AUDIT_TABLE,)]


def table_grants(database: str) -> dict[str, dict[str, str]]:
    """group role → table → privileges."""
    # A row moved from a laptop keeps the key that opened its slot in the laptop's key file; only
    # administrators may read that column (the model defers it, so ordinary queries never ask).
    account_read = "SELECT (" + ", ".join(c for c in Base.metadata.tables["account"].c.keys() if c != "account_key") + ")"
    every = [t.name for t in Base.metadata.sorted_tables if t.name not in (AUDIT_TABLE, *LAPTOP_ONLY_TABLES)]
    gov = governance_tables()
    plan: dict[Role, dict[str, str]] = {
        Role.ADMINISTRATOR: {t: WRITE for t in every} | {AUDIT_TABLE: "SELECT, INSERT"},
        Role.PROJECT_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES + tuple(gov) + ("screening_checklist",)}
        | {"setting": READ, "account": account_read, "published_numbers": WRITE, AUDIT_TABLE: "INSERT"},
        Role.CASE_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES if t != "case_conference_item"}
        | {t: READ for t in gov} | {t: WRITE for t in SHARED_TABLES} | {"case_conference_item": READ, "screening_checklist": READ,
                                   "setting": READ, "account": account_read, "published_numbers": WRITE,
                                   AUDIT_TABLE: "INSERT"},
        Role.VIEWER: {t: READ for t in gov} | {"setting": READ, "account": account_read, "published_numbers": READ,
                                               AUDIT_TABLE: "INSERT"},
    }
    return {group_role(database, role): tables for role, tables in plan.items()}


def _owner_check(database: str) -> str:
    admin = group_role(database, Role.ADMINISTRATOR)
    return (
        f"IF NOT (pg_has_role(session_user, '{admin}', 'MEMBER') OR session_user = "
        "(SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE d.datname = current_database())) THEN "
        "RAISE EXCEPTION 'only administrators manage accounts' USING ERRCODE = '42501'; END IF;"
    )


def _site_member_check(database: str) -> str:
    groups = ", ".join(f"'{group_role(database, r)}'" for r in Role)
    return (
        "IF NOT EXISTS ("
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = r "
        f"AND g.rolname IN ({groups})) THEN "
        "RAISE EXCEPTION 'that name belongs to a role outside this site' USING ERRCODE = '42501'; END IF;"
    )


def _own_account_columns() -> list[str]:
    wanted = ("last_sign_in_at", "must_change_password", "updated_at", "updated_by", "row_version")
    present = set(Base.metadata.tables["account"].c.keys())
    return [c for c in wanted if c in present]


def _security_sql(database: str) -> list[str]:
    groups = [group_role(database, r) for r in Role]
    group_list = ", ".join(f"'{g}'" for g in groups)
    stmts: list[str] = []
    for g in groups:
        stmts.append(
            f"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') THEN "
            f"CREATE ROLE {g} NOLOGIN; END IF; END$$"
        )
        stmts.append(f"GRANT CONNECT ON DATABASE {database} TO {g}")
        stmts.append(f"GRANT USAGE ON SCHEMA public TO {g}")
    stmts.append("""
CREATE OR REPLACE FUNCTION lead_actor() RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  SELECT CASE WHEN starts_with(session_user::text, current_database() || '.')
              THEN substr(session_user::text, length(current_database()) + 2) ELSE session_user::text END
$$""")
    # Which group the signed-in person is in, with the names fixed when the security was installed.
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_staff_role() RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  SELECT CASE
              WHEN pg_has_role(session_user, '{group_role(database, Role.ADMINISTRATOR)}', 'MEMBER') THEN 'administrator'
              WHEN pg_has_role(session_user, '{group_role(database, Role.PROJECT_MANAGER)}', 'MEMBER') THEN 'project_manager'
              WHEN pg_has_role(session_user, '{group_role(database, Role.CASE_MANAGER)}', 'MEMBER') THEN 'case_manager'
              WHEN pg_has_role(session_user, '{group_role(database, Role.VIEWER)}', 'MEMBER') THEN 'viewer'
         END
$$""")
    stmts.append(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    stmts.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    tables = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]
    for t in tables:
        stmts.append(f"REVOKE ALL ON TABLE {t} FROM PUBLIC, {', '.join(groups)}")
    for g in groups:
        stmts.append(f"GRANT SELECT ON TABLE alembic_version TO {g}")
    for g, plan in table_grants(database).items():
        for t, privileges in plan.items():
            stmts.append(f"GRANT {privileges} ON TABLE {t} TO {g}")

    # Everyone stamps their own sign-in and password change on their own account row, nothing else.
    admin = group_role(database, Role.ADMINISTRATOR)
    others = ", ".join(g for g in groups if g != admin)
    stmts += [
        f"GRANT UPDATE ({', '.join(_own_account_columns())}) ON TABLE account TO {others}",
        "ALTER TABLE account ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS account_read ON account",
        "CREATE POLICY account_read ON account FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS account_own ON account",
        "CREATE POLICY account_own ON account FOR UPDATE USING (username = lead_actor()) "
        "WITH CHECK (username = lead_actor())",
        "DROP POLICY IF EXISTS account_admin ON account",
        f"CREATE POLICY account_admin ON account FOR ALL TO {admin} USING (true) WITH CHECK (true)",
    ]

    # Accounts: roles are created and changed only through these functions, run with the
    # owner's rights (the owner may create roles) after checking the caller is an administrator.
    definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public"
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_create_account(p_username text, p_role text, p_verifier text)
RETURNS void {definer} AS $$
DECLARE r text := current_database() || '.' || p_username;
BEGIN
  {_owner_check(database)}
  IF p_role NOT IN ({", ".join(f"'{r.value}'" for r in Role)}) THEN
    RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023'; END IF;
  IF p_username !~ '^[a-z0-9][a-z0-9._-]*$' THEN
    RAISE EXCEPTION 'that user name cannot be used' USING ERRCODE = '22023'; END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    RAISE EXCEPTION 'that user name is already taken on this server' USING ERRCODE = '42710'; END IF;
  IF p_verifier IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN', r);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r, p_verifier);
  END IF;
  EXECUTE format('GRANT %I TO %I', '{database}_' || p_role, r);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_set_account_role(p_username text, p_role text)
RETURNS void {definer} AS $$
DECLARE g text; r text := current_database() || '.' || p_username;
BEGIN
  {_owner_check(database)}
  {_site_member_check(database)}
  IF p_role NOT IN ({", ".join(f"'{r.value}'" for r in Role)}) THEN
    RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023'; END IF;
  FOREACH g IN ARRAY ARRAY[{group_list}] LOOP
    EXECUTE format('REVOKE %I FROM %I', g, r);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', '{database}_' || p_role, r);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_set_account_password(p_username text, p_verifier text)
RETURNS void {definer} AS $$
DECLARE r text := current_database() || '.' || p_username;
BEGIN
  {_owner_check(database)}
  {_site_member_check(database)}
  EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_set_account_active(p_username text, p_active boolean)
RETURNS void {definer} AS $$
DECLARE r text := current_database() || '.' || p_username;
BEGIN
  {_owner_check(database)}
  {_site_member_check(database)}
  IF p_active THEN
    EXECUTE format('ALTER ROLE %I LOGIN', r);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', r);
  END IF;
END $$""")
    for fn in ("lead_create_account(text, text, text)", "lead_set_account_role(text, text)",
               "lead_set_account_password(text, text)", "lead_set_account_active(text, boolean)"):
        stmts.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        stmts.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {group_role(database, Role.ADMINISTRATOR)}")

    # How many participants a meeting case-conferenced: the one figure of case_conference_item a viewer
    # sees (on the meeting and in its minutes), counted with the owner's rights; never a row.
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_case_item_count(p_meeting_id text)
RETURNS integer {definer} STABLE AS $$
BEGIN
  RETURN (SELECT count(*) FROM case_conference_item WHERE meeting_id = p_meeting_id AND deleted_at IS NULL);
END $$""")
    stmts.append("REVOKE ALL ON FUNCTION lead_case_item_count(text) FROM PUBLIC")
    stmts.append(f"GRANT EXECUTE ON FUNCTION lead_case_item_count(text) TO {', '.join(groups)}")

    # The audit chain, computed by the database for every entry whoever writes it, in the format
    # storage.audit uses (so one verifier checks both modes). Entries are numbered under a lock.
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_audit_chain() RETURNS trigger {definer} AS $$
DECLARE last_seq integer; last_hash text; body text;
BEGIN
  PERFORM pg_advisory_xact_lock({WRITE_LOCK_SQL});
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '{"0" * 64}');
  NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"');
  NEW.actor := lead_actor();
  NEW.id := coalesce(NEW.id, gen_random_uuid()::text);
  NEW.created_at := now(); NEW.updated_at := now();
  NEW.detail := coalesce(NEW.detail, '{{}}');
  body := '[' || NEW.seq || ',' || to_json(NEW.at)::text || ',' || coalesce(to_json(NEW.actor_id)::text, 'null')
       || ',' || to_json(NEW.actor)::text || ',' || to_json(NEW.action)::text
       || ',' || coalesce(to_json(NEW.entity_type)::text, 'null') || ',' || coalesce(to_json(NEW.entity_id)::text, 'null')
       || ',' || to_json(NEW.detail)::text || ']';
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || body, 'UTF8')), 'hex');
  RETURN NEW;
END $$""")
    # One writer at a time, from its first write statement: the chain needs its entries in order,
    # and taking this lock before any row lock (not in the row trigger, after the row is locked)
    # keeps two writers from each holding what the other waits for.
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_write_lock() RETURNS trigger {definer} AS $$
BEGIN
  PERFORM pg_advisory_xact_lock({WRITE_LOCK_SQL});
  RETURN NULL;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_audit_frozen() RETURNS trigger {definer} AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_audit_row() RETURNS trigger {definer} AS $$
DECLARE changed text; row_id text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(string_agg(to_json(n.key)::text, ',' ORDER BY n.key), '') INTO changed
      FROM jsonb_each(to_jsonb(NEW)) n
     WHERE n.key NOT IN ('updated_at', 'row_version') AND n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
    IF changed = '' THEN RETURN NULL; END IF;
    row_id := NEW.id;
  ELSIF TG_OP = 'INSERT' THEN
    changed := ''; row_id := NEW.id;
  ELSE
    changed := ''; row_id := OLD.id;
  END IF;
  INSERT INTO audit_log (action, actor, entity_type, entity_id, detail, prev_hash, hash, seq, at)
  VALUES ('row.' || lower(TG_OP), lead_actor(), TG_TABLE_NAME, row_id,
          CASE WHEN changed = '' THEN '{{}}' ELSE '{{"columns":[' || changed || ']}}' END, '', '', 0, '');
  RETURN NULL;
END $$""")
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_notify_change() RETURNS trigger {definer} AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END $$""")
    for fn in ("lead_audit_chain()", "lead_audit_frozen()", "lead_audit_row()", "lead_notify_change()",
               "lead_write_lock()"):
        stmts.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    stmts += [
        "DROP TRIGGER IF EXISTS audit_log_chain ON audit_log",
        "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION lead_audit_chain()",
        "DROP TRIGGER IF EXISTS audit_log_frozen ON audit_log",
        "CREATE TRIGGER audit_log_frozen BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION lead_audit_frozen()",
        "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION lead_audit_frozen()",
        "DROP TRIGGER IF EXISTS lead_notify ON audit_log",
    ]
    for t in Base.metadata.sorted_tables:
        if t.name == AUDIT_TABLE:
            continue
        stmts += [
            f"DROP TRIGGER IF EXISTS lead_audit ON {t.name}",
            f"CREATE TRIGGER lead_audit AFTER INSERT OR UPDATE OR DELETE ON {t.name} "
            "FOR EACH ROW EXECUTE FUNCTION lead_audit_row()",
            f"DROP TRIGGER IF EXISTS lead_write_lock ON {t.name}",
            f"CREATE TRIGGER lead_write_lock BEFORE INSERT OR UPDATE OR DELETE ON {t.name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION lead_write_lock()",
            f"DROP TRIGGER IF EXISTS lead_notify ON {t.name}",
            f"CREATE TRIGGER lead_notify AFTER INSERT OR UPDATE OR DELETE ON {t.name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION lead_notify_change()",
        ]
    return stmts


def install_security(conn: Connection) -> None:
    """Group roles, GRANTs, account functions and triggers. Run by the database owner."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    if not DATABASE_NAME.match(database):
        raise BadServerAddress(reason="database")
    for statement in _security_sql(database):
        conn.exec_driver_sql(statement.replace("%", "%%"))


def is_empty(conn: Connection) -> bool:
    return not conn.execute(text(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' LIMIT 1"
    )).first()


def check_collation(conn: Connection) -> None:
    """Lists must come out in the same order as on a laptop (SQLite sorts text by code point)."""
    if not sqlfuncs.orders_text_like_sqlite(conn):
        raise ServerCollation(server=conn.execute(text("SELECT current_database()")).scalar_one())


def upgrade(engine: Engine) -> None:
    """Migrate the schema to this program's head and (re)install the security. Owner only."""
    with engine.begin() as conn:
        upgrade_schema(conn)
        install_security(conn)


def upgrade_schema(conn: Connection) -> None:
    """The schema at this program's head, in the caller's transaction, without the security (a move
    copies the rows first, so the triggers neither renumber nor add to the copied audit log)."""
    cfg = vaults.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def missing_protection(conn: Connection) -> list[str]:
    """The server keeps pages and links sound itself; what can go missing is our protection: every
    table's audit and change triggers and the audit log's chain and append-only triggers."""
    present = {(t, n) for t, n in conn.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
    ))}
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        wanted = ("audit_log_chain", "audit_log_frozen", "audit_log_no_truncate") if table.name == AUDIT_TABLE \
            else ("lead_audit", "lead_notify", "lead_write_lock")
        problems += [f"trigger {name} missing or disabled on table {table.name}"
                     for name in wanted if (table.name, name) not in present]
    return problems


def case_item_count(session: Session, meeting_id: str) -> int:
    """How many participants a meeting case-conferenced, counted by the server's
    lead_case_item_count(): the one figure of case_conference_item a viewer may see."""
    return int(session.scalar(select(func.lead_case_item_count(meeting_id))) or 0)
