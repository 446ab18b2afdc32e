"""Which tables a unit of work wrote: the in-process half of "a change anywhere shows everywhere".

Every statement either backend sends passes SQLAlchemy's `after_cursor_execute` event, whether
the ORM flushed it, a service built it with `update()`, or it was typed as text. One listener on
every Engine notes the table an INSERT, UPDATE or DELETE wrote into the set of the unit of work
running in this thread (a context variable, so worker threads and nested units of work each keep
their own). `storage.dberrors.unit_of_work` starts the set and, once the commit succeeded,
leaves it in `session.info[CHANGED_TABLES]`; the session core (services.session) tells the window.
Reading the statement text rather than the ORM's bookkeeping is what makes it impossible to miss
a write: nothing reaches the database without passing here.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from sqlalchemy import Engine, event

CHANGED_TABLES = "lead_changed_tables"  # key of the set in Session.info after a commit

_WRITE = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+
        (?:"?\w+"?\.)?"?(\w+)"?""",
    re.IGNORECASE | re.VERBOSE,
)

_current: ContextVar[set[str] | None] = ContextVar("lead_changed_tables", default=None)


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes; None for anything else."""
    match = _WRITE.match(statement)
    return match.group(1).lower() if match else None


def start() -> tuple[set[str], object]:
    """A fresh set for the unit of work beginning in this thread, and the token that ends it."""
    tables: set[str] = set()
    return tables, _current.set(tables)


def stop(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


@event.listens_for(Engine, "after_cursor_execute")
def _note_write(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001, ARG001
    tables = _current.get()
    if tables is None:
        return
    table = written_table(statement)
    if table is not None:
        tables.add(table)
