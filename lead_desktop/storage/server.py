"""Shared server mode: reaching a site's database on PostgreSQL over TLS with psycopg 3.

The same models and Alembic revisions as the local vault (`storage.vault`). This module knows
where a server is (`ServerAddress`, parsed from a ``--database-url``), connects as a person
(`connect`, giving a `ServerVault` with the same unit of work as a local vault), and turns the
server's failures into the program's known errors. What the server itself enforces lives beside
it: the schema, rights and triggers in `storage.server_schema` (their SQL in `storage.server_sql`,
the checks `verify` makes of them in `storage.server_integrity`), accounts as database roles in
`storage.server_roles`, and the notifications of other people's changes in `storage.server_changes`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

import psycopg
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
    ServerRefused,
    ServerUnreachable,
    TextNotStorable,
    WrongPassword,
)
from lead_desktop.storage import dberrors, server_sync, sqlfuncs
from lead_desktop.storage.server_roles import DATABASE_NAME
from lead_desktop.storage.server_integrity import missing_protection, unaudited_changes
from lead_desktop.storage.server_schema import AUDIT_TABLE, LAPTOP_ONLY_TABLES

SCHEME = "postgresql+psycopg"
TLS_MODES = ("verify-full", "verify-ca", "require")
DEFAULT_PORT = 5432


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
    if not DATABASE_NAME.match(address.database):
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
        self.backend_pids: set[int] = set()
        self._retired: list[Engine] = []  # pools of an earlier password (use_new_password)
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine

        @event.listens_for(engine, "connect")
        def _remember_pid(dbapi_conn, _record) -> None:  # noqa: ANN001
            self.backend_pids.add(dbapi_conn.info.backend_pid)

    def use_new_password(self, password: str) -> None:
        """The person changed their password: the pool's next connections sign in with the new one (the
        server refuses the old one from now on, so a pool that keeps it fails as soon as it needs another
        connection: a sync, a busy moment, a connection lost)."""
        old = self.engine
        self._use(make_engine(self.address, old.url.username, password))
        # Disposed with the vault, not now: a background task (the Reports page's numbers) may still have
        # one of its connections checked out, and would leave it cut loose from any pool, never closed.
        self._retired.append(old)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with dberrors.unit_of_work(self.engine, lambda exc: database_error(exc, self.address)) as session:
            yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @contextlib.contextmanager
    def consistent_read(self) -> Iterator[Connection]:
        """A read-only transaction that sees the whole database as of its start (REPEATABLE READ),
        whoever writes meanwhile."""
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn

    def integrity_problems(self) -> list[str]:
        """The server keeps pages and links sound itself; what can go missing is our protection, and
        rows can be changed while it is off (`storage.server_integrity`)."""
        with self.engine.connect() as conn:
            return (missing_protection(conn) + unaudited_changes(conn)
                    + server_sync.missing_triggers(conn, (AUDIT_TABLE, *LAPTOP_ONLY_TABLES)))

    def close(self) -> None:
        for engine in (*self._retired, self.engine):
            engine.dispose()


def database_error(exc: BaseException, address: ServerAddress) -> KnownError | None:
    """The known error behind a server database exception, or None when it is a bug."""
    if isinstance(exc, StaleDataError):
        return SavedAtTheSameTime()
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    refused = server_sync.known_error(orig)
    if refused is not None:
        return refused
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
