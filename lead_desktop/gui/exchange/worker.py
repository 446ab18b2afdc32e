"""Long data-exchange jobs (reading a file, checking rows, importing, exporting) off the GUI thread.

A `JobRunner` runs one job at a time on its own QThread. The job is a plain function taking
`progress(done, total)` and `cancelled()`; the service checks `cancelled()` between rows, so
Cancel stops it at the next row and the service rolls its transaction back (an import) or
removes its half-written file (an export). The job never touches a widget: it reports through
signals that arrive on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.crash import report as report_bug

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a KnownError, or None for a bug (already logged)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except KnownError as err:
            self.failed.emit(err)
        except Exception as exc:  # noqa: BLE001 - a bug on the worker: log it, tell the window
            report_bug(type(exc), exc.__traceback__)
            self.failed.emit(None)
        else:
            self.succeeded.emit(result)


class JobRunner(QObject):
    """One job at a time; `finished` fires after `succeeded` or `failed`, when the thread is done."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: Job | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Work) -> None:
        if self._thread is not None:
            raise RuntimeError("a job is already running")
        thread = QThread(self)
        job = Job(work)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        thread.finished.connect(job.deleteLater)  # deleted in its own thread, once that has stopped
        job.progressed.connect(self.progressed)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        self._thread, self._job = thread, job
        thread.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def stop(self) -> None:
        """Cancel and wait for the job to end (closing a dialog, locking the window)."""
        if self._thread is None:
            return
        self.cancel()
        thread = self._thread
        thread.quit()
        thread.wait()
        self._end()

    def _end(self) -> None:
        thread = self._thread
        self._thread = self._job = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()

    def _on_job_succeeded(self, result: object) -> None:
        if self._thread is None:
            return
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_job_failed(self, error: object) -> None:
        if self._thread is None:
            return
        self._end()
        self.failed.emit(error)
        self.finished.emit()
