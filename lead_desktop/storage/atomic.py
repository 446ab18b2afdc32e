"""The one file writer: every file LEAD Desktop writes for a person or a site goes through here.

The key file, backups, restored site files, PDFs (reports, the Recovery Kit), CSV, Excel and
HMIS exports are all written the same way: into a hidden temporary file in the target's own
folder (never the system's temp folder, which may be on another disk or shared), flushed and
fsynced, given owner-only permissions (0600: these files hold site data), moved over the
target with ``os.replace``, and the folder fsynced so the new name survives a power cut. A
crash at any point leaves the old file or the new one, never half of either; any failure
removes the temporary file and leaves the old file as it was.

An OSError becomes one of the program's known errors in one place, `known_error` (a full disk,
a folder that cannot be written, a file another program holds open, a name too long for the
computer), so a person reads the same plain words whatever was being written.

Why here: the writer needs the file system, so it belongs to storage. Reports import only
domain, so a report does not write files: it renders into a binary file object
(``render(data, handle)``) and the service that asked for it hands that rendering to
`write_file`. tests/test_layering.py checks that no other module calls ``os.replace``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from lead_desktop.domain.errors import (
    DiskFull,
    FileInUse,
    FileNotWritten,
    FolderNotWritable,
    KnownError,
    PathTooLong,
)

SITE_DATA_MODE = 0o600

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_IN_USE = {errno.EBUSY, errno.ETXTBSY}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EISDIR}
# Windows reports these in OSError.winerror: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL,
# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (a PDF open in a reader), ERROR_FILENAME_EXCED_RANGE.
_WIN_FULL, _WIN_IN_USE, _WIN_TOO_LONG = {39, 112}, {32, 33}, {206}


def known_error(exc: OSError, path: str | Path) -> KnownError:
    """The known error for an OSError met while writing `path` (a file, or a folder being made)."""
    path = Path(path)
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    if code in _FULL or winerror in _WIN_FULL:
        return DiskFull()
    if code in _IN_USE or winerror in _WIN_IN_USE:
        return FileInUse(file=str(path))
    if code == errno.ENAMETOOLONG or winerror in _WIN_TOO_LONG:
        return PathTooLong(file=str(path))
    if code in _NOT_WRITABLE:
        return FolderNotWritable(folder=str(path.parent))
    return FileNotWritten(file=str(path), reason=exc.strerror or type(exc).__name__)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (POSIX; Windows has no folder handles to fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "r+b") as handle:  # Windows commits only a handle open for writing
        os.fsync(handle.fileno())


@contextlib.contextmanager
def staged_file(path: str | Path, *, mode: int = SITE_DATA_MODE, make_folder: bool = False) -> Iterator[Path]:
    """A hidden temporary file beside `path`, for writers that need a file name (zip, csv, SQLite).

    When the block ends well the file is fsynced, given `mode` and moved over `path`; when it
    raises, the temporary file goes and `path` is untouched. An OSError (also one raised inside
    the block) comes out as the known error for it. `make_folder` creates a missing folder first
    (exports do; a Recovery Kit or a backup never makes a folder the person did not choose).
    """
    target = Path(path).expanduser().absolute()
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise known_error(exc, target) from None
    tmp = Path(name)
    try:
        yield tmp
        _fsync_file(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise known_error(exc, target) from None
        raise


def write_file(path: str | Path, render: Callable[[BinaryIO], object], *, mode: int = SITE_DATA_MODE,
               make_folder: bool = False) -> Path:
    """Write what `render(handle)` writes into a binary file object to `path`, atomically; returns the
    absolute path. Anything `render` raises leaves no file behind and comes out as it was (an OSError
    as its known error)."""
    with staged_file(path, mode=mode, make_folder=make_folder) as tmp:
        with open(tmp, "wb") as handle:
            render(handle)
    return Path(path).expanduser().absolute()


def atomic_write_bytes(path: str | Path, data: bytes, mode: int = SITE_DATA_MODE) -> Path:
    return write_file(path, lambda handle: handle.write(data), mode=mode)


def put_in_place(staged: Path, target: Path) -> None:
    """The second half of a two-step write: move a file already written and fsynced beside `target`
    (by `write_file`) over it. Used where several files must all be ready before any is replaced."""
    try:
        os.replace(staged, target)
        fsync_dir(Path(target).parent)
    except OSError as exc:
        raise known_error(exc, target) from None


@contextlib.contextmanager
def staged_folder(path: str | Path, *, mode: int = SITE_DATA_MODE) -> Iterator[Path]:
    """A hidden temporary folder beside `path`, renamed to `path` when the block ends well (each file
    in it fsynced and given `mode` first), removed with everything in it otherwise. `path` may exist
    as an empty folder (the caller checks that), which is replaced."""
    target = Path(path).expanduser().absolute()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise known_error(exc, target) from None
    try:
        yield tmp
        for file in tmp.iterdir():
            _fsync_file(file)
            os.chmod(file, mode)
        fsync_dir(tmp)
        if target.exists():
            target.rmdir()  # empty; Windows cannot rename over a folder
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise known_error(exc, target) from None
        raise
