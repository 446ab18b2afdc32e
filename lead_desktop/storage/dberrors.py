"""Database exceptions mapped to known errors, in one place, and the unit of work both backends use.

A StaleDataError (SQLAlchemy's version check: an UPDATE or DELETE found the row changed by
someone else since it was read) is a known error on every backend: two people saved one record.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lead_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DiskFull,
    FolderNotWritable,
    KnownError,
    SavedAtTheSameTime,
)
from lead_desktop.storage import writes

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def known_error_for(exc: BaseException, folder: str = "") -> KnownError | None:
    """The known error behind a database exception, or None when it is a bug."""
    if isinstance(exc, StaleDataError):
        return SavedAtTheSameTime()
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlcipher3.dbapi2.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(original).lower()
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "not a database" in text or "malformed" in text:
        return DatabaseCorrupt(detail="SQLCipher: " + ("not a database" if "not a database" in text else "corrupt page"))
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull()
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusy()
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN) or "readonly" in text or "unable to open" in text:
        return FolderNotWritable(folder=folder)
    if primary == SQLITE_IOERR:
        return DatabaseCorrupt(detail="disk input/output error")
    return None


@contextlib.contextmanager
def unit_of_work(
    engine: Engine,
    known_error: Callable[[BaseException], KnownError | None],
    on_known: Callable[[KnownError], None] | None = None,
) -> Iterator[Session]:
    """A Session committed when the block ends, rolled back on any exception. A database exception
    `known_error` recognises is raised as that KnownError (after `on_known`, with the session closed);
    anything else is raised as it is: a bug. After the commit, `session.info[writes.CHANGED_TABLES]`
    holds the tables the block wrote (storage.writes)."""
    session = Session(engine, expire_on_commit=False)
    tables, token = writes.start()
    try:
        yield session
        session.commit()
        session.info[writes.CHANGED_TABLES] = frozenset(tables)
    except (DBAPIError, StaleDataError) as exc:
        session.rollback()
        known = known_error(exc)
        if known is None:
            raise
        session.close()
        if on_known is not None:
            on_known(known)
        raise known from None
    except BaseException:
        session.rollback()
        raise
    finally:
        writes.stop(token)
        session.close()
