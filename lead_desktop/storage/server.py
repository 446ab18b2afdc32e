"""Shared server mode: reaching a site's database on PostgreSQL over TLS with psycopg 3.

The same models and Alembic revisions as the local vault (`storage.vault`). This module connects
as a person to a server (`connect`, giving a `ServerVault` with the same unit of work as a local
vault) and turns the server's failures into the program's known errors; where a server is
(`ServerAddress`, parsed from a ``--database-url``) lives in `storage.server_address`, which the
sign-in dialog needs before any of this is loaded. What the server itself enforces lives beside
it: the schema, rights and triggers in `storage.server_schema` (their SQL in `storage.server_sql`,
the checks `verify` makes of them in `storage.server_integrity`), accounts as database roles in
`storage.server_roles`, and the notifications of other people's changes in `storage.server_changes`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lead_desktop.domain.errors import (
    AccountDisabled,
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
from lead_desktop.storage.server_address import (  # noqa: F401 - re-exported: where a server is
    DEFAULT_PORT,
    SCHEME,
    TLS_MODES,
    ServerAddress,
    check_address,
    parse_database_url,
)
from lead_desktop.storage.server_integrity import missing_protection, unaudited_changes
from lead_desktop.storage.server_schema import AUDIT_TABLE, LAPTOP_ONLY_TABLES


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
