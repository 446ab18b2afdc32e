"""SQL that SQLite (SQLCipher, the laptop) and PostgreSQL (shared server mode) spell differently.

Services write one expression and get the same rows from either database; which
spelling each database receives is decided here, so no service names a dialect.

* `string_agg(column, separator)`: the values of a group joined into one text
  (SQLite's ``group_concat``, PostgreSQL's ``string_agg``). NULLs are skipped and an
  empty group gives NULL on both. The order of the values is the order the database
  reads them in (SQLite's rowid order; on PostgreSQL the table's physical order,
  which is insertion order for rows never updated): give no meaning to it.
* `sort_key(column, descending)`: an ORDER BY term with NULL as the lowest value,
  SQLite's rule (PostgreSQL's is the opposite).
* `unindexed(column)`: the column in a condition that must not pick the index SQLite
  plans by (``+column`` there), for aggregates that read a whole table.
* `stream(session, query)`: rows in batches, the server-side cursor closed inside
  its transaction even when the reader stops early.
* `upsert(...)`: ``INSERT … ON CONFLICT DO UPDATE`` in each database's spelling.
* `make_portable(engine)`: the connection settings that make a PostgreSQL engine
  hand back what SQLite hands back. SQLite keeps ``DateTime(timezone=True)``
  columns as text without a zone, so every stamp (all written in UTC) is read
  as a naive UTC datetime; PostgreSQL's ``timestamptz`` would come back aware,
  in the session's zone. On PostgreSQL the session works in UTC (so a naive
  value bound to a ``timestamptz`` column means UTC, as on SQLite) and
  ``timestamptz`` values are read as naive UTC. Columns without a zone
  (``DateTime()``, local wall-clock times) are the same on both already.
* `orders_text_like_sqlite(connection)`: whether the server database sorts text by
  code point, as SQLite does (a database created with ``LOCALE 'C.UTF-8'``).

What needs no help, because the services already write it portably: searches match
folded text (``domain.participants.fold``: lower-case, no accents) with ``LIKE`` and
an explicit escape, so SQLite's ASCII-only case-insensitive ``LIKE`` and
PostgreSQL's case-sensitive one find the same rows; booleans are compared with
``is_(True)``; dates are computed in Python and compared as values of the column's
own type. One difference is left as it is: SQL ``lower()`` folds only ASCII letters
on SQLite and every letter on PostgreSQL, so a name check written with
``func.lower`` also catches "ÉCOLE" against "école" on a server.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache

from sqlalchemy import ColumnElement, Connection, Engine, String, Table, event, literal, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal


class string_agg(FunctionElement[str]):  # noqa: N801 - named like the SQL function it stands for
    """``string_agg(column, separator)``: the group's non-NULL values joined by `separator`."""

    type = String()
    name = "string_agg"
    inherit_cache = True

    def __init__(self, expression, separator: str) -> None:  # noqa: ANN001 - any column expression
        super().__init__(expression, literal(separator, String()))


@compiles(string_agg)
def _string_agg_standard(element: string_agg, compiler, **kw) -> str:  # noqa: ANN001
    # PostgreSQL (and the SQL standard's spelling): the value cast to text, as group_concat
    # accepts numbers and dates too.
    expression, separator = element.clauses
    return f"string_agg(CAST({compiler.process(expression, **kw)} AS TEXT), {compiler.process(separator, **kw)})"


@compiles(string_agg, "sqlite")
def _string_agg_sqlite(element: string_agg, compiler, **kw) -> str:  # noqa: ANN001
    expression, separator = element.clauses
    return f"group_concat({compiler.process(expression, **kw)}, {compiler.process(separator, **kw)})"


class sort_key(ColumnElement):  # noqa: N801 - used like a function in order_by
    """An ORDER BY term in which NULL counts as the lowest value: first going up, last going down.

    That is SQLite's own rule, so SQLite gets the plain ``x ASC``/``x DESC`` it always got;
    PostgreSQL counts NULL as the highest value and gets the NULLS clause that says otherwise.
    The clause is left out for a column declared NOT NULL, where it changes no order but would
    keep PostgreSQL from reading the column's index in order; a NOT NULL column reached through
    an outer join can still be NULL: pass ``nullable=True`` for it.
    """

    inherit_cache = True
    _traverse_internals = [
        ("element", InternalTraversal.dp_clauseelement),
        ("descending", InternalTraversal.dp_boolean),
        ("nullable", InternalTraversal.dp_boolean),
    ]

    def __init__(self, expression, descending: bool = False, *, nullable: bool | None = None) -> None:  # noqa: ANN001
        self.element = expression
        self.descending = bool(descending)
        self.nullable = bool(getattr(expression, "nullable", True) if nullable is None else nullable)

    def _plain(self):  # noqa: ANN202
        return self.element.desc() if self.descending else self.element.asc()


@compiles(sort_key)
def _sort_key_plain(element: sort_key, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(element._plain(), **kw)


@compiles(sort_key, "postgresql")
def _sort_key_postgresql(element: sort_key, compiler, **kw) -> str:  # noqa: ANN001
    term = element._plain()
    if element.nullable:
        term = term.nulls_last() if element.descending else term.nulls_first()
    return compiler.process(term, **kw)


class unindexed(ColumnElement):  # noqa: N801 - used like a function in a WHERE clause
    """A column as a value no index may serve: a condition on it then does not lead the query plan.

    For SQLite's planner: a query that keeps out deleted and merged people matches the WHERE of the
    participant list's partial index, so SQLite reads every participant through that index, one
    table row at a time in name order, instead of reading the table straight through (five times
    slower for a count over everyone). SQLite's documented way to disqualify a term is a unary
    ``+`` before the column; PostgreSQL plans from its statistics and gets the column as it is.
    """

    inherit_cache = True
    _traverse_internals = [("element", InternalTraversal.dp_clauseelement)]

    def __init__(self, expression) -> None:  # noqa: ANN001 - a column
        self.element = expression
        self.type = expression.type


@compiles(unindexed)
def _unindexed_plain(element: unindexed, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(element.element, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler, **kw) -> str:  # noqa: ANN001
    return "+" + compiler.process(element.element, **kw)


def stream(session: Session, query: Executable, batch: int = 500) -> Iterator:
    """The rows of `query`, fetched `batch` at a time, for exports too big to hold at once.

    PostgreSQL streams them through a server-side cursor, which must be closed inside its
    transaction: a caller that stops early (a canceled export) leaves it open, and closing it
    later, on a connection already serving someone else, would name a cursor that no longer
    exists. So it is closed just before this transaction commits or rolls back. (SQLite reads
    the rows in batches too, with no cursor to close.)
    """
    result = session.execute(query.execution_options(yield_per=batch))
    connection = session.connection()
    for moment in ("commit", "rollback"):
        event.listen(connection, moment, lambda _connection: result.close(), once=True)
    return iter(result)


def upsert(session: Session, table: Table, values: Mapping[str, object], *, key: Sequence[str],
           update: Sequence[str], when_changed: str | None = None, also: Mapping[str, object] | None = None) -> None:
    """Insert the row `values`, or, when a row with the same `key` columns exists (a unique
    constraint on exactly them), set its `update` columns to the new values instead: one
    ``INSERT … ON CONFLICT (key) DO UPDATE`` (SQLite 3.24+, PostgreSQL 9.5+), so two people
    saving at once both succeed and the later one wins. `when_changed` names a column: the
    existing row is left alone when it already holds the same value there. `also` adds
    expressions of the existing row to set (``{"row_version": table.c.row_version + 1}``).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement = postgresql.insert(table)
    elif dialect == "sqlite":
        statement = sqlite.insert(table)
    else:
        raise NotImplementedError(f"no upsert for {dialect}")
    statement = statement.values(**values)
    assignments: dict[str, object] = {name: statement.excluded[name] for name in update}
    assignments.update(also or {})
    where = table.c[when_changed].is_distinct_from(statement.excluded[when_changed]) if when_changed else None
    session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=assignments, where=where))


def orders_text_like_sqlite(connection: Connection) -> bool:
    """Whether the database sorts text by code point, as SQLite's BINARY collation does.

    A PostgreSQL database created with a language's collation (en_US.UTF-8, or ICU) sorts
    "B" after "a" and ignores spaces and punctuation at first, so the same list would come out
    in another order than on a laptop. One created with ``LOCALE 'C.UTF-8'`` (and the libc
    provider) sorts like SQLite. Asked of the database, not of its settings' names.
    """
    if connection.dialect.name == "sqlite":
        return True
    return bool(connection.execute(text("SELECT 'B' < 'a' AND 'a b' < 'ab' AND 'z' < 'é'")).scalar())


# ----- connection settings --------------------------------------------------------------------


def make_portable(engine: Engine) -> Engine:
    """Give `engine`'s connections the settings above (nothing to do on SQLite). Returns `engine`."""
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgresql_connected)
    return engine


def _postgresql_connected(dbapi_connection, _record) -> None:  # noqa: ANN001 - a psycopg connection
    for loader in _naive_utc_loaders():
        dbapi_connection.adapters.register_loader("timestamptz", loader)
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # a SET outside any transaction stays for the connection's life
    try:
        dbapi_connection.execute("SET TIME ZONE 'UTC'")
    finally:
        dbapi_connection.autocommit = autocommit


@cache
def _naive_utc_loaders() -> tuple[type, type]:
    """psycopg's timestamptz loaders (text and binary), returning naive UTC. Imported on first use:
    a laptop that never connects to a server never loads psycopg."""
    from psycopg.types.datetime import TimestamptzBinaryLoader, TimestamptzLoader

    class NaiveUtcLoader(TimestamptzLoader):
        def load(self, data) -> datetime:  # noqa: ANN001 - the server's bytes
            return _naive_utc(super().load(data))

    class NaiveUtcBinaryLoader(TimestamptzBinaryLoader):
        def load(self, data) -> datetime:  # noqa: ANN001
            return _naive_utc(super().load(data))

    return NaiveUtcLoader, NaiveUtcBinaryLoader


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def serialize_writes(session: Session) -> None:
    """Wait for the site's write lock now, on a server: for a read that decides what is written (the next
    participant number, a new item's position), which two laptops must not both make at once. A laptop
    site has one writer and nothing to wait for."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT lead_take_write_lock()"))  # storage.server_sql: only its functions take it


def declare_import(session: Session) -> None:
    """On a server, tell the database this transaction imports rows that name who made them (another
    staff member's contacts): without it, a contact's maker can only be the person signed in
    (storage.server_sql). A laptop takes the file's word."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT lead_declare_import()"))
