"""Report work off the GUI thread: a QRunnable that calls a service function with progress and a cancel flag.

The job never touches a widget: it reports through its `signals` object (which lives in the
GUI thread, so the connected slots run there). Cancel sets a flag the service polls between
steps; the service then raises ExportCancelled and removes its temporary file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.crash import report as report_bug

Work = Callable[[Callable[[int], None], Callable[[], bool]], object]


class JobSignals(QObject):
    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)  # a KnownError (ExportCancelled after Cancel), or None for a bug (already logged)
    finished = Signal()


class Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the page keeps it until `finished`, so its signals outlive run()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit, self._cancel.is_set)
        except KnownError as err:
            self.signals.failed.emit(err)
        except Exception as exc:  # noqa: BLE001 - a bug on the worker: log it, tell the window
            report_bug(type(exc), exc.__traceback__)
            self.signals.failed.emit(None)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.finished.emit()
