"""One program per site folder: an exclusive OS file lock on ``site.lock``.

The lock is held from sign-in until the program closes (also while the window
is locked), and the OS drops it when a process dies, so a crash never leaves a
stale lock behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from lead_desktop.domain.errors import FolderNotWritable, SiteInUse

LOCK_NAME = "site.lock"


class SiteLock:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "SiteLock":
        if self._fd is not None:
            return self
        path = self.folder / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise FolderNotWritable(folder=str(self.folder)) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise SiteInUse() from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "SiteLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
