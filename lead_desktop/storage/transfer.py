"""Copying a whole site from one database to another, and checking the copy row by row.

Used to move a one-laptop site (SQLCipher) onto a PostgreSQL server and to write a
server site back into a one-file local copy. Both sides have the same models and the
same Alembic revision; the copy goes table by table in dependency order, in batches,
through SQLAlchemy Core (no ORM, so no defaults, ``onupdate`` stamps or version
counters touch a row on its way).

`table_fingerprints` reads every row of every table in primary-key order and hashes
it with its values written one way for both backends, so equal data gives equal
fingerprints whichever database holds it:

* date-times as UTC ISO text with microseconds (a naive value is UTC: the program
  stores UTC everywhere, and SQLite keeps no zone);
* dates as ISO text, booleans as true/false, bytes as hex, NULL as null.

A row that references another row of its own table (a merged participant, minutes
approved at a later meeting, an alternate member) is held back until the row it names
has been written, so foreign keys are satisfied statement by statement on both
backends; rows left in a cycle are written with those references empty and then
completed with every column given, so nothing is stamped anew.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    LargeBinary,
    Numeric,
    String,
    Table,
    bindparam,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from lead_desktop.domain.errors import CopyFailed, CopyMismatch
from lead_desktop.storage.models import Base
from lead_desktop.storage.models_offline import COPY_ONLY_TABLES

log = logging.getLogger(__name__)

BATCH = 1000

Fingerprints = dict[str, tuple[int, str]]


# Drafts are one person's unsaved input on one laptop (storage.models_drafts): they never move to a
# server, and a server has none to copy back. Nor does a laptop's offline queue (storage.models_offline).
NOT_COPIED = ("draft", *COPY_ONLY_TABLES)


def tables() -> list[Table]:
    """Every table of the site that moves with it, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def schema_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_same_revision(source: Connection, target: Connection, mismatch: type[CopyMismatch] = CopyMismatch) -> str:
    """Both databases must be at one Alembic revision; returns it."""
    source_rev, target_rev = schema_revision(source), schema_revision(target)
    if source_rev is None or source_rev != target_rev:
        log.error("schema revisions differ: %s and %s", source_rev, target_rev)
        raise mismatch(table="alembic_version")
    return source_rev


# ----- reading in key order ---------------------------------------------------------------


def _order_key(conn: Connection, column: Column) -> object:
    # PostgreSQL sorts text by the database's collation (en_US puts "-" and case in other places
    # than SQLite's byte order); "C" is byte order on both.
    if conn.dialect.name == "postgresql" and isinstance(column.type, String):
        return column.collate("C")
    return column


def _result(conn: Connection, table: Table, batch: int):  # noqa: ANN202 - a streamed Result
    query = (
        select(table)
        .order_by(*[_order_key(conn, c) for c in table.primary_key.columns])
        .execution_options(stream_results=True, yield_per=batch)
    )
    return conn.execute(query)


def _rows(conn: Connection, table: Table, batch: int) -> Iterator[list[dict]]:
    result = _result(conn, table, batch)
    try:
        for chunk in result.mappings().partitions(batch):
            yield [dict(row) for row in chunk]
    finally:
        result.close()


# ----- fingerprints ------------------------------------------------------------------------


def _moment(value: datetime) -> list:
    moment = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    return ["t", moment.isoformat(timespec="microseconds")]


def _day(value: date) -> list:
    return ["d", value.isoformat()]


def _hex(value: bytes) -> list:
    return ["b", bytes(value).hex()]


def _number(value: object) -> list:
    return ["n", str(Decimal(str(value)).normalize())]


def _normaliser(column: Column) -> Callable[[Any], object] | None:
    """How a column's values are written for the fingerprint; None: as they are (text, whole numbers)."""
    kind = column.type
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, DateTime):
        return _moment
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, LargeBinary):
        return _hex
    if isinstance(kind, (Float, Numeric)):
        return _number
    return None


def _digest_text(values: Sequence[object], normalisers: list[Callable[[Any], object] | None]) -> str:
    return json.dumps([v if f is None or v is None else f(v) for v, f in zip(values, normalisers)],
                      ensure_ascii=False, separators=(",", ":"))


def row_digest_text(row: Mapping[str, object], columns: list[Column]) -> str:
    """One row as the fingerprint writes it (the same text from SQLite and PostgreSQL for equal data)."""
    return _digest_text([row[c.name] for c in columns], [_normaliser(c) for c in columns])


def table_fingerprint(conn: Connection, table: Table, batch: int = BATCH) -> tuple[int, str]:
    digest = hashlib.sha256()
    columns = list(table.columns)  # select(table) returns them in this order
    normalisers = [_normaliser(c) for c in columns]
    digest.update(json.dumps([c.name for c in columns]).encode("utf-8"))
    count = 0
    result = _result(conn, table, batch)
    try:
        for chunk in result.partitions(batch):
            for row in chunk:
                digest.update(b"\n")
                digest.update(_digest_text(row, normalisers).encode("utf-8"))
            count += len(chunk)
    finally:
        result.close()
    return count, digest.hexdigest()


def table_fingerprints(conn: Connection, batch: int = BATCH) -> Fingerprints:
    """table name → (row count, SHA-256 over every row in primary-key order)."""
    return {table.name: table_fingerprint(conn, table, batch) for table in tables()}


def differing_tables(a: Fingerprints, b: Fingerprints) -> list[str]:
    return sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))


# ----- copying -------------------------------------------------------------------------------


@dataclass
class _SelfReferences:
    """Rows of a table that name other rows of the same table, written only after those."""

    columns: list[str]
    written: set
    waiting: list[dict]

    def ready(self, row: dict) -> bool:
        return all(row[c] is None or row[c] in self.written for c in self.columns)


def _self_reference_columns(table: Table) -> list[str]:
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


def _insert(target: Connection, table: Table, rows: list[dict]) -> None:
    if rows:
        target.execute(insert(table), rows)


def copy_table(source: Connection, target: Connection, table: Table, batch: int = BATCH) -> int:
    """Copy every row of one table; returns how many."""
    pk = [c.name for c in table.primary_key.columns]
    refs = _self_reference_columns(table)
    pending = _SelfReferences(refs, set(), []) if refs and pk == ["id"] else None
    count = 0
    try:
        for chunk in _rows(source, table, batch):
            count += len(chunk)
            if pending is None:
                _insert(target, table, chunk)
                continue
            now = [row for row in chunk if pending.ready(row)]
            pending.waiting += [row for row in chunk if not pending.ready(row)]
            _insert(target, table, now)
            pending.written.update(row["id"] for row in now)
        if pending is not None:
            _finish_self_references(target, table, pending, batch)
    except DBAPIError as exc:
        if _is_data_problem(exc):
            log.error("copying table %s failed: %s", table.name, type(getattr(exc, "orig", exc)).__name__)
            raise CopyFailed(table=table.name) from None
        raise
    return count


def _finish_self_references(target: Connection, table: Table, pending: _SelfReferences, batch: int) -> None:
    waiting = pending.waiting
    while waiting:
        now = [row for row in waiting if pending.ready(row)]
        if not now:
            break
        for i in range(0, len(now), batch):
            _insert(target, table, now[i:i + batch])
        pending.written.update(row["id"] for row in now)
        waiting = [row for row in waiting if row["id"] not in pending.written]
    if not waiting:
        return
    # A cycle: write the rows without the references, then every column as it was (every column
    # given, so no `onupdate` stamp is applied).
    _insert(target, table, [{**row, **{c: None for c in pending.columns}} for row in waiting])
    statement = (
        update(table)
        .where(table.c.id == bindparam("_key", type_=table.c.id.type))
        .values({c.name: bindparam(f"_{c.name}", type_=c.type) for c in table.columns})
    )
    target.execute(statement, [{**{f"_{c}": v for c, v in row.items()}, "_key": row["id"]} for row in waiting])


def _is_data_problem(exc: DBAPIError) -> bool:
    """A row the target refuses (too long, a NUL character, a broken link), not a lost connection."""
    return isinstance(exc, (DataError, IntegrityError)) and not exc.connection_invalidated


def check_empty(target: Connection) -> None:
    """Every table of the target must be empty: a copy never merges into rows already there."""
    for table in tables():
        if target.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            log.error("table %s of the copy's target is not empty", table.name)
            raise CopyFailed(table=table.name)


def copy_tables(
    source: Connection,
    target: Connection,
    batch: int = BATCH,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every table of the site from `source` into the empty tables of `target`, in the
    callers' open transactions. Returns table name → rows copied."""
    counts: dict[str, int] = {}
    for table in tables():
        counts[table.name] = copy_table(source, target, table, batch)
        if progress is not None:
            progress(table.name, counts[table.name])
    return counts


def check_copy(source: Connection, target: Connection, mismatch: type[CopyMismatch] = CopyMismatch,
               batch: int = BATCH) -> Fingerprints:
    """Fingerprint both sides; raise `mismatch` naming the first table that differs."""
    theirs = table_fingerprints(source, batch)
    ours = table_fingerprints(target, batch)
    different = differing_tables(theirs, ours)
    if different:
        log.error("copy differs from the original in %d table(s): %s", len(different), ", ".join(different))
        raise mismatch(table=different[0])
    return ours
