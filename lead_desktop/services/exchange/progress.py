"""Progress and Cancel for imports and exports: a progress callback called at most ~200 times
however many rows there are, and a cancel check between rows."""

from __future__ import annotations

from collections.abc import Callable

from lead_desktop.domain.errors import KnownError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    """progress(done, total), called at most ~200 times however many rows there are."""
    step = max(1, total // 200)

    def tick(done: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)

    return tick


def _check_cancel(cancelled: Cancelled | None, error: type[KnownError]) -> None:
    if cancelled is not None and cancelled():
        raise error()
