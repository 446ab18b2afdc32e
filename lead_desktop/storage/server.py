"""Shared server mode: the site's database on PostgreSQL, reached over TLS with psycopg 3.

The same models and Alembic revisions as the local vault. What SQLCipher and the
key slots do on a laptop, the server does itself here:

* **People are database roles.** Each staff account is a login role (SCRAM) in one
  of four group roles named ``<database>_<role>``; the GRANTs below give each
  group exactly what `domain.roles` allows, so a hand-written query from another
  client is held to the same rules as the window. Only administrators can run the
  ``lead_*_account`` functions that create, change or deactivate roles.
* **The audit log is written by the database.** A trigger numbers and hash-chains
  every entry in the same format as `storage.audit`, and every change to any
  table adds an entry naming the table, row and changed columns (never values).
* **Other people's changes are announced.** Each write statement sends
  ``NOTIFY lead_changes`` with the table's name; `ChangeListener` collects them.

`install_security` is idempotent and runs after every schema upgrade.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import logging
import os
import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

import psycopg
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lead_desktop.domain.errors import (
    AccountDisabled,
    BadServerAddress,
    DatabaseBusy,
    KnownError,
    SavedAtTheSameTime,
    ServerCertificateRejected,
    ServerCollation,
    ServerRefused,
    ServerUnreachable,
    TextNotStorable,
    WrongPassword,
)
from lead_desktop.domain.roles import Role
from lead_desktop.storage import dberrors, sqlfuncs, vault as vaults
from lead_desktop.storage.sqlfuncs import WRITE_LOCK_SQL
from lead_desktop.storage.models import Base

log = logging.getLogger(__name__)

SCHEME = "postgresql+psycopg"
TLS_MODES = ("verify-full", "verify-ca", "require")
DEFAULT_PORT = 5432
CHANNEL = "lead_changes"
SCRAM_ITERATIONS = 4096
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,29}$")  # + "." + a 32-character user name fits 63


# ----- addresses ---------------------------------------------------------------------


@dataclass(frozen=True)
class ServerAddress:
    """Where a site's server is; nothing secret (no user name, no password)."""

    host: str
    database: str
    port: int = DEFAULT_PORT
    tls_mode: str = "verify-full"
    ca_file: str | None = None

    def url(self, username: str, password: str | None = None) -> URL:
        query = {"sslmode": self.tls_mode, "application_name": "lead-desktop"}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(SCHEME, username=username, password=password, host=self.host, port=self.port,
                          database=self.database, query=query)

    def display(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    def keychain_service(self) -> str:
        return f"lead-desktop-server:{self.host}:{self.port}/{self.database}"


def check_address(address: ServerAddress) -> ServerAddress:
    if not address.host or any(ch.isspace() for ch in address.host):
        raise BadServerAddress(reason="host")
    if not _NAME.match(address.database):
        raise BadServerAddress(reason="database")
    if not 0 < int(address.port) < 65536:
        raise BadServerAddress(reason="port")
    if address.tls_mode not in TLS_MODES:
        raise BadServerAddress(reason="tls")
    if address.ca_file and not os.path.isfile(address.ca_file):
        raise BadServerAddress(reason="ca_file")
    return address


def parse_database_url(text_url: str) -> tuple[ServerAddress, str | None, str | None]:
    """``postgresql://user[:password]@host[:port]/database?sslmode=…&sslrootcert=…`` →
    (address, user name, password). TLS is required: a URL asking for less is refused."""
    try:
        parts = urlsplit(text_url.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise BadServerAddress(reason="url") from None
    if parts.scheme not in ("postgresql", "postgres", SCHEME) or not parts.hostname:
        raise BadServerAddress(reason="url")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    address = ServerAddress(
        host=parts.hostname,
        port=port,
        database=parts.path.lstrip("/"),
        tls_mode=query.get("sslmode", "verify-full"),
        ca_file=query.get("sslrootcert"),
    )
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return check_address(address), user, password


def group_role(database: str, role: Role) -> str:
    return f"{database}_{role.value}"


def login_role(database: str, username: str) -> str:
    """A staff member's server role: the site's database name, a dot, the user name. Roles belong to
    the whole server, so the prefix keeps several sites (and the server's own roles) apart; the dot
    never occurs in a database or group role name."""
    return f"{database}.{username}"


# ----- connecting ----------------------------------------------------------------------


def make_engine(address: ServerAddress, username: str, password: str | None) -> Engine:
    engine = create_engine(
        address.url(username, password),
        pool_size=2,
        max_overflow=6,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10},
    )
    # Timestamps in UTC whatever the server's or laptop's zone, read back naive as SQLite gives them.
    return sqlfuncs.make_portable(engine)


def connection_error(exc: BaseException, address: ServerAddress) -> KnownError:
    """A plain-words error for a failed connection. The server's message is matched, never shown:
    it can hold the user name."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        return WrongPassword()
    if "not permitted to log in" in message:
        return AccountDisabled()
    if "certificate" in message or "ssl" in message:
        return ServerCertificateRejected(server=address.display())
    if "permission denied for database" in message or "pg_hba.conf" in message:
        return ServerRefused()
    return ServerUnreachable(server=address.display())


class ServerVault:
    """An open connection pool to a site's server database, as one staff member."""

    dialect = "postgresql"

    def __init__(self, address: ServerAddress, engine: Engine) -> None:
        self.address = address
        self.engine = engine
        self.backend_pids: set[int] = set()

        @event.listens_for(engine, "connect")
        def _remember_pid(dbapi_conn, _record) -> None:  # noqa: ANN001
            self.backend_pids.add(dbapi_conn.info.backend_pid)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with dberrors.unit_of_work(self.engine, lambda exc: database_error(exc, self.address)) as session:
            yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def integrity_problems(self) -> list[str]:
        """The server keeps pages and links sound itself; what can go missing is our protection: every
        table's audit and change triggers and the audit log's chain and append-only triggers."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            present = {(t, n) for t, n in conn.execute(text(
                "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
            ))}
        for table in Base.metadata.sorted_tables:
            wanted = ("audit_log_chain", "audit_log_frozen", "audit_log_no_truncate") if table.name == AUDIT_TABLE \
                else ("lead_audit", "lead_notify", "lead_write_lock")
            problems += [f"trigger {name} missing or disabled on table {table.name}"
                         for name in wanted if (table.name, name) not in present]
        return problems

    def close(self) -> None:
        self.engine.dispose()


def database_error(exc: BaseException, address: ServerAddress) -> KnownError | None:
    """The known error behind a server database exception, or None when it is a bug."""
    if isinstance(exc, StaleDataError):
        return SavedAtTheSameTime()
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    if isinstance(orig, psycopg.errors.InsufficientPrivilege):
        return ServerRefused()
    if isinstance(orig, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected,
                         psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled)):
        return DatabaseBusy()
    if isinstance(orig, psycopg.DataError) and "nul" in str(orig).lower():
        return TextNotStorable()
    if isinstance(orig, psycopg.OperationalError) or exc.connection_invalidated:
        return ServerUnreachable(server=address.display())
    return None


def connect(address: ServerAddress, username: str, password: str | None) -> ServerVault:
    """Connect as a person; a wrong password, a refused certificate or an unreachable server
    becomes the matching KnownError."""
    check_address(address)
    vault = ServerVault(address, make_engine(address, username, password))
    try:
        with vault.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        vault.close()
        raise connection_error(exc, address) from None
    return vault


# ----- passwords -------------------------------------------------------------------


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here so the password itself never
    reaches the server (nor its statement log). Normalised as SASLprep does for ordinary text."""
    salt = salt or os.urandom(16)
    secret = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


_VERIFIER = re.compile(r"^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")


def checked_verifier(verifier: str) -> str:
    """A verifier safe to put inside a statement (only base64, digits and the separators)."""
    if not _VERIFIER.match(verifier):
        raise ValueError("not a SCRAM verifier")
    return verifier


# ----- schema and security ------------------------------------------------------------

# What each group may do, table by table. Participant tables are never granted to viewers.
PARTICIPANT_TABLES = (
    "participant", "participant_alias", "contact", "assessment", "plan_goal", "service_linkage",
    "housing_status", "legal_case", "consent", "consent_document", "disclosure", "participant_merge",
    "referral", "referral_agency", "referring_officer", "import_mapping", "import_key",
    "case_conference_item",
)
# published_numbers: report aggregates staff computed, which viewers read instead of participant tables.
SITE_TABLES = ("setting", "account", "screening_checklist", "published_numbers")
AUDIT_TABLE = "audit_log"
READ, WRITE = "SELECT", "SELECT, INSERT, UPDATE, DELETE"


def governance_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables
            if t.name not in PARTICIPANT_TABLES + SITE_TABLES + (AUDIT_TABLE,)]


def table_grants(database: str) -> dict[str, dict[str, str]]:
    """group role → table → privileges."""
    # A row moved from a laptop keeps the key that opened its slot in the laptop's key file; only
    # administrators may read that column (the model defers it, so ordinary queries never ask).
    account_read = "SELECT (" + ", ".join(c for c in Base.metadata.tables["account"].c.keys() if c != "account_key") + ")"
    every = [t.name for t in Base.metadata.sorted_tables if t.name != AUDIT_TABLE]
    gov = governance_tables()
    plan: dict[Role, dict[str, str]] = {
        Role.ADMINISTRATOR: {t: WRITE for t in every} | {AUDIT_TABLE: "SELECT, INSERT"},
        Role.PROJECT_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES + tuple(gov) + ("screening_checklist",)}
        | {"setting": READ, "account": account_read, "published_numbers": WRITE, AUDIT_TABLE: "INSERT"},
        Role.CASE_MANAGER: {t: WRITE for t in PARTICIPANT_TABLES if t != "case_conference_item"}
        | {t: READ for t in gov} | {"case_conference_item": READ, "screening_checklist": READ,
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
    if not _NAME.match(database):
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


def is_owner(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT session_user = r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE d.datname = current_database()"
    )).scalar())


def upgrade(vault: ServerVault) -> None:
    """Migrate the schema to this program's head and (re)install the security. Owner only."""
    with vault.engine.begin() as conn:
        cfg = vaults.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        install_security(conn)


def staff_role(conn: Connection) -> Role | None:
    """The group role the connected person belongs to (the database's word, not the account row's),
    as the site's own `lead_staff_role()` knows it; None for a database that is not a site."""
    if conn.execute(text("SELECT to_regprocedure('lead_staff_role()')")).scalar() is None:
        return None
    value = conn.execute(text("SELECT lead_staff_role()")).scalar()
    return Role(value) if value else None


# ----- other people's changes --------------------------------------------------------


class ChangeListener:
    """A connection that LISTENs for changes; `poll()` returns the tables others changed since the
    last poll without waiting. Changes made through `own_pids` (this program's pool) are left out.

    A lost connection is opened again at the next poll; as changes may have been missed meanwhile,
    that poll reports every table."""

    RETRY_SECONDS = 30.0

    def __init__(self, url: URL) -> None:
        self._url = url
        self._conn: psycopg.Connection | None = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> None:
        url = self._url
        params = {k: v for k, v in url.query.items()}
        conn = psycopg.connect(
            host=url.host, port=url.port, dbname=url.database, user=url.username, password=url.password,
            autocommit=True, connect_timeout=10, **params,
        )
        self._received: list[psycopg.Notify] = []
        conn.add_notify_handler(self._received.append)
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self, own_pids: set[int]) -> set[str]:
        if self._conn is None or self._conn.closed:
            return self._reconnect()
        try:
            # A round trip both proves the connection is alive (a server restart or an idle timeout
            # is noticed here) and delivers every notification that arrived before its answer.
            self._conn.execute("SELECT 1")
        except psycopg.Error:
            log.warning("change listener lost its connection")
            self.close()
            self._next_try = 0.0
            return self._reconnect()
        notes, self._received[:] = list(self._received), []
        return {n.payload for n in notes if n.pid not in own_pids}

    def _reconnect(self) -> set[str]:
        if time.monotonic() < self._next_try:
            return set()
        self._next_try = time.monotonic() + self.RETRY_SECONDS
        try:
            self._connect()
        except psycopg.Error:
            return set()
        log.info("change listener connected again")
        return {t.name for t in Base.metadata.sorted_tables}

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
