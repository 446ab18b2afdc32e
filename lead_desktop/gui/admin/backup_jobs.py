"""Backup work off the GUI thread: one job at a time, and a way to wait for it.

Backups, checks and restores read the whole database, which takes seconds on a big
site. A `BackupRunner` runs one such job on its own one-thread pool; the job never
touches a widget and keeps its result (or error) in itself. The runner hands the
outcome to the caller's callback on the GUI thread, once: when the job's `finished`
signal arrives, or earlier when someone `wait()`s for it (closing the window, locking,
changing the master key), so nothing that needs the open database can start under it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.crash import report as report_bug

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    result: object = None
    error: KnownError | None = None
    bug: BaseException | None = None  # already logged (type and places only)

    @property
    def ok(self) -> bool:
        return self.error is None and self.bug is None

    def raise_bug(self) -> None:
        """Hand a bug to the crash handler (the dialog in the program, a failure in the tests)."""
        if self.bug is not None:
            sys.excepthook(type(self.bug), self.bug, self.bug.__traceback__)


class _Signals(QObject):
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome is handed over
        self.work = work
        self.signals = _Signals()
        self.outcome = Outcome()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.outcome.result = self.work()
        except KnownError as err:
            self.outcome.error = err
        except Exception as exc:  # noqa: BLE001 - a bug on the worker: log it, let the window decide
            report_bug(type(exc), exc.__traceback__)
            self.outcome.bug = exc
        finally:
            self.done.set()
            self.signals.finished.emit()


class BackupRunner(QObject):
    """Runs one backup job at a time on a thread of its own."""

    started = Signal(str)  # what is running: a short text for the status bar
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._callback: Callable[[Outcome], None] | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, work: Callable[[], object], on_done: Callable[[Outcome], None], what: str = "") -> bool:
        """Run `work()` on the worker; `on_done(outcome)` runs on the GUI thread. False when busy."""
        if self._job is not None:
            return False
        job = _Job(work)
        job.signals.finished.connect(self._on_job_finished)
        self._job, self._callback = job, on_done
        self.started.emit(what)
        self._pool.start(job)
        return True

    def wait(self) -> Outcome | None:
        """Block (keeping the window painted) until the running job ends; hand over its outcome."""
        job = self._job
        if job is None:
            return None
        if not job.done.is_set():
            loop = QEventLoop()
            job.signals.finished.connect(loop.quit)
            if not job.done.is_set():
                loop.exec()
        job.done.wait()  # when the event loop could not run (the application is ending)
        self._pool.waitForDone()
        self._hand_over(job)
        return job.outcome

    def run_and_wait(self, work: Callable[[], object], what: str = "") -> Outcome:
        """Run `work()` on the worker and wait for it (after any job already running)."""
        self.wait()
        box: list[Outcome] = []
        self.start(work, box.append, what)
        return self.wait() if not box else box[0]

    def _on_job_finished(self) -> None:
        job = self._job
        if job is not None and job.done.is_set():
            self._pool.waitForDone()
            self._hand_over(job)

    def _hand_over(self, job: _Job) -> None:
        if self._job is not job:
            return  # already handed over (wait() and the queued signal both get here)
        callback = self._callback
        self._job = self._callback = None
        if callback is not None:
            callback(job.outcome)
        self.finished.emit()
