"""SQLite/SQLCipher result codes mapped to known errors, in one place.

A StaleDataError (SQLAlchemy's version check: an UPDATE or DELETE found the row changed by
someone else since it was read) is a known error on every backend: two people saved one record.
"""

from __future__ import annotations

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from lead_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DiskFull,
    FolderNotWritable,
    KnownError,
    SavedAtTheSameTime,
)

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
