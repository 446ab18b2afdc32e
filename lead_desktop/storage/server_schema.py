"""A site's schema and security on its PostgreSQL server: migrations, group roles, GRANTs, and the
installing of the functions and triggers (`storage.server_sql`) that write the audit log, stamp
authorship and announce changes.

What SQLCipher and the key slots do on a laptop, the server does itself here:

* **People are database roles** (`storage.server_roles`). The GRANTs below give each of the four
  group roles exactly what `domain.roles` allows, so a hand-written query from another client is
  held to the same rules as the window. No staff group may DELETE or TRUNCATE anything (the program
  only ever soft-deletes) nor write the audit log, lock the write lock, or read the site's secret
  settings unless it is the administrators'. Only administrators can run the ``lead_*_account``
  functions that create, change or deactivate roles.
* **The audit log is written by the database.** A trigger numbers and hash-chains every entry in
  the same format as `storage.audit`, every change to any row adds an entry naming the table, row
  and changed columns (never values) with a digest of the row, and the program's own entries come in
  only through ``lead_audit_entry``, which fills in who and when.
* **Other people's changes are announced.** Each write statement sends ``NOTIFY lead_changes``
  with the table's name; `storage.server_changes.ChangeListener` collects them.
* **Laptops working offline** get the change sequence, devices and exactly-once functions of
  `storage.server_sync`, installed last under the same rules (SECURITY DEFINER, ``pg_temp`` last,
  no table rights for any staff group).
* **One site per cluster up to PostgreSQL 15** (`check_one_site_per_cluster`): there the owner's
  CREATEROLE lets it give itself any other site's roles.

`install_security` is idempotent and runs after every schema upgrade (`upgrade`). A migration that
changes what a table's rows look like in JSON for every row (a NOT NULL column with a default, a
renamed column) must give those rows new row.baseline entries on PostgreSQL, or `verify` reports
every one of them (`storage.server_integrity`).
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import BadServerAddress, OneSitePerServer, ServerCollation
from lead_desktop.domain.roles import Role
from lead_desktop.storage import server_sql, server_sync, sqlfuncs, vault as vaults
from lead_desktop.storage.models import Base
from lead_desktop.storage.models_offline import COPY_ONLY_TABLES
from lead_desktop.storage.server_address import DATABASE_NAME
from lead_desktop.storage.server_roles import group_role

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
# Settings only administrators may read on a server (a laptop keeps them inside its encrypted file).
SECRET_SETTINGS = ("audit_private_key", "viewer_store_key")
# draft: unsaved input stays on each laptop (services.drafts); on a server the table is never written,
# and no staff role, not even an administrator's, may read it. Nor the offline queue of a laptop's
# working copy (storage.models_offline).
LAPTOP_ONLY_TABLES = ("draft", *COPY_ONLY_TABLES)
# No DELETE for anyone: the program only ever soft-deletes, through UPDATE.
READ, WRITE = "SELECT", "SELECT, INSERT, UPDATE"
# Allowed by PostgreSQL 16 and newer only: there CREATEROLE reaches only the roles its holder created.
SHARED_CLUSTER_VERSION = 160000
_shared_cluster_allowed = False  # tests only: see tests/conftest.py


def allow_shared_cluster_for_tests(allowed: bool) -> None:
    """The test suite runs many sites on one PostgreSQL 15 cluster; a real site never does."""
    global _shared_cluster_allowed
    _shared_cluster_allowed = allowed


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
        Role.ADMINISTRATOR: {t: WRITE for t in every} | {AUDIT_TABLE: READ},
        Role.PROJECT_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES + tuple(gov) + ("screening_checklist",)}
        | {"setting": READ, "account": account_read, "published_numbers": WRITE},
        Role.CASE_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES if t != "case_conference_item"}
        | {t: READ for t in gov} | {t: WRITE for t in SHARED_TABLES} | {"case_conference_item": READ, "screening_checklist": READ,
                                   "setting": READ, "account": account_read, "published_numbers": WRITE},
        Role.VIEWER: {t: READ for t in gov} | {"setting": READ, "account": account_read, "published_numbers": READ},
    }
    return {group_role(database, role): tables for role, tables in plan.items()}


def _own_account_columns() -> list[str]:
    # must_change_password is not among them: only the password functions change it.
    wanted = ("last_sign_in_at", "updated_at", "updated_by", "row_version")
    present = set(Base.metadata.tables["account"].c.keys())
    return [c for c in wanted if c in present]


# Who may call which function (beyond the owner, who owns them all); the trigger functions need no one.
def _function_grants(database: str) -> dict[str, tuple[Role, ...]]:
    everyone = tuple(Role)
    writers = (Role.ADMINISTRATOR, Role.PROJECT_MANAGER, Role.CASE_MANAGER)
    admin = (Role.ADMINISTRATOR,)
    return {
        "lead_create_account(text, text, text)": admin,
        "lead_set_account_role(text, text)": admin,
        "lead_set_account_password(text, text)": admin,
        "lead_set_account_active(text, boolean)": admin,
        "lead_change_own_password(text)": everyone,
        "lead_audit_entry(text, text, text, text, text)": everyone,
        "lead_audit_head()": everyone,
        "lead_audit_hash_at(integer)": everyone,
        "lead_actor_account()": everyone,
        "lead_importing()": everyone,
        "lead_case_item_count(text)": everyone,
        "lead_take_write_lock()": writers,
        "lead_declare_import()": writers,
        "lead_lock_writes()": (),
        "lead_audit_baseline(text[])": (),
        "lead_audit_chain()": (),
        "lead_audit_frozen()": (),
        "lead_audit_row()": (),
        "lead_stamp_row()": (),
        "lead_notify_change()": (),
        "lead_write_lock()": (),
    }


def _security_sql(database: str) -> list[str]:
    groups = [group_role(database, r) for r in Role]
    admin = group_role(database, Role.ADMINISTRATOR)
    stmts: list[str] = []
    for g in groups:
        stmts.append(
            f"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') THEN "
            f"CREATE ROLE {g} NOLOGIN; END IF; END$$"
        )
        stmts.append(f"GRANT CONNECT ON DATABASE {database} TO {g}")
        stmts.append(f"GRANT USAGE ON SCHEMA public TO {g}")
    # Marks the database as a LEAD site for check_one_site_per_cluster (comments on databases are
    # visible across the cluster).
    stmts.append(f"COMMENT ON DATABASE {database} IS '{server_sql.SITE_COMMENT}'")
    stmts += server_sql.identity_functions(database)
    stmts.append(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    stmts.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    stmts += server_sql.lock_functions()
    tables = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version", server_sql.LOCK_TABLE,
                                                               server_sql.IMPORT_TABLE]
    for t in tables:
        stmts.append(f"REVOKE ALL ON TABLE {t} FROM PUBLIC, {', '.join(groups)}")
    for g in groups:
        stmts.append(f"GRANT SELECT ON TABLE alembic_version TO {g}")
    for g, plan in table_grants(database).items():
        for t, privileges in plan.items():
            stmts.append(f"GRANT {privileges} ON TABLE {t} TO {g}")

    # Everyone stamps their own sign-in on their own account row, nothing else.
    others = ", ".join(g for g in groups if g != admin)
    secrets = ", ".join(f"'{k}'" for k in SECRET_SETTINGS)
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
        # The site's secrets (a laptop's audit key, moved with its settings) for administrators only.
        "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS setting_read ON setting",
        f"CREATE POLICY setting_read ON setting FOR SELECT USING (key NOT IN ({secrets}))",
        "DROP POLICY IF EXISTS setting_admin ON setting",
        f"CREATE POLICY setting_admin ON setting FOR ALL TO {admin} USING (true) WITH CHECK (true)",
    ]

    stmts += server_sql.account_functions(database)
    stmts += server_sql.audit_functions()
    # How many participants a meeting case-conferenced: the one figure of case_conference_item a viewer
    # sees (on the meeting and in its minutes), counted with the owner's rights; never a row.
    stmts.append(f"""
CREATE OR REPLACE FUNCTION lead_case_item_count(p_meeting_id text)
RETURNS integer {server_sql.DEFINER} STABLE AS $$
BEGIN
  RETURN (SELECT count(*) FROM case_conference_item WHERE meeting_id = p_meeting_id AND deleted_at IS NULL);
END $$""")
    stmts += server_sql.trigger_functions(CHANNEL)
    for fn, roles in _function_grants(database).items():
        stmts.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        if roles:
            stmts.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {', '.join(group_role(database, r) for r in roles)}")
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
            f"DROP TRIGGER IF EXISTS lead_stamp ON {t.name}",
            f"CREATE TRIGGER lead_stamp BEFORE INSERT OR UPDATE ON {t.name} "
            f"FOR EACH ROW EXECUTE FUNCTION lead_stamp_row({server_sql.stamp_arguments(t.name)})",
            f"DROP TRIGGER IF EXISTS lead_write_lock ON {t.name}",
            f"CREATE TRIGGER lead_write_lock BEFORE INSERT OR UPDATE OR DELETE ON {t.name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION lead_write_lock()",
            f"DROP TRIGGER IF EXISTS lead_notify ON {t.name}",
            f"CREATE TRIGGER lead_notify AFTER INSERT OR UPDATE OR DELETE ON {t.name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION lead_notify_change()",
        ]
    tables_array = ", ".join(f"'{t.name}'" for t in Base.metadata.sorted_tables if t.name != AUDIT_TABLE)
    stmts.append(f"SELECT lead_audit_baseline(ARRAY[{tables_array}])")
    return stmts


def install_security(conn: Connection) -> None:
    """Group roles, GRANTs, account functions and triggers. Run by the database owner."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    if not DATABASE_NAME.match(database):
        raise BadServerAddress(reason="database")
    for statement in _security_sql(database):
        conn.exec_driver_sql(statement.replace("%", "%%"))
    server_sync.install(conn, database, exclude=(AUDIT_TABLE, *LAPTOP_ONLY_TABLES))


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


def check_one_site_per_cluster(conn: Connection) -> None:
    """OneSitePerServer when this PostgreSQL (15 or older) holds another LEAD site: there the owner's
    CREATEROLE lets it grant itself any non-superuser role, another site's administrators included."""
    if _shared_cluster_allowed:
        return
    if int(conn.execute(text("SHOW server_version_num")).scalar_one()) >= SHARED_CLUSTER_VERSION:
        return
    other = conn.execute(text(
        "SELECT d.datname FROM pg_database d WHERE d.datname <> current_database() AND ("
        " shobj_description(d.oid, 'pg_database') = :comment"
        " OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = d.datname || '_administrator')"
        "     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = d.datname || '_viewer')))"
        " ORDER BY d.datname LIMIT 1"), {"comment": server_sql.SITE_COMMENT}).scalar()
    if other is not None:
        raise OneSitePerServer(other=other)


def case_item_count(session: Session, meeting_id: str) -> int:
    """How many participants a meeting case-conferenced, counted by the server's
    lead_case_item_count(): the one figure of case_conference_item a viewer may see."""
    return int(session.scalar(select(func.lead_case_item_count(meeting_id))) or 0)
