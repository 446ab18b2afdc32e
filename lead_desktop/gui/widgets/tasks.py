"""The task runner: long work (exports, imports, backups, reports, the demo site) off the GUI thread.

A `TaskRunner` runs its tasks one at a time, in the order they were started, on a thread of its
own. A task is a plain function `work(progress, cancelled)`: it may report `progress(done, total)`
and should look at `cancelled()` between steps (the services do: Cancel stops an import at the
next row and rolls it back, an export removes its half-written file). The work never touches a
widget. What it returns, or the KnownError it raised, comes back on the GUI thread as an
`Outcome`: to the task's `on_done` callback and through the runner's signals.

A bug in the work (any other exception) is logged by the crash module's `report` (type and
places only) and comes back as `Outcome.bug`; the caller decides whether to raise it
(`Outcome.raise_bug`), show a sentence, or both.

Waiting: `wait()` keeps the window painted until the running tasks end and hands their outcomes
over (closing the window, locking, changing the master key); `stop()` cancels and waits, and
hands nothing over (a dialog being closed no longer wants its results).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.crash import report as report_bug

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], object]


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
    """Lives on the GUI thread, so what the worker emits arrives there."""

    progressed = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    """One piece of work and what came of it."""

    def __init__(self, work: Work, on_done: Callable[[Outcome], None] | None, what: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome is handed over
        self.work = work
        self.on_done = on_done
        self.what = what
        self.signals = _Signals()
        self.outcome = Outcome()
        self.done = threading.Event()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self.outcome.result = self.work(self.signals.progressed.emit, self._cancel.is_set)
        except KnownError as err:
            self.outcome.error = err
        except Exception as exc:  # noqa: BLE001 - a bug on the worker: log it, let the window decide
            report_bug(type(exc), exc.__traceback__)
            self.outcome.bug = exc
        finally:
            self.done.set()
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Runs tasks one at a time on a thread of its own; see the module's docstring."""

    started = Signal(str)  # what is running: a short text for a status bar
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # a KnownError, or None for a bug (already logged)
    finished = Signal()  # after each task's outcome was handed over

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: list[Task] = []  # started and not yet handed over, oldest first

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def start(self, work: Work, on_done: Callable[[Outcome], None] | None = None, what: str = "") -> Task:
        """Run `work` after the tasks already started; `on_done(outcome)` then runs on the GUI thread."""
        task = Task(work, on_done, what)
        task.signals.progressed.connect(self.progressed)
        task.signals.finished.connect(lambda: self._hand_over(task))
        self._tasks.append(task)
        self.started.emit(what)
        self._pool.start(task)
        return task

    def cancel(self) -> None:
        """Ask every task started to stop at its next step."""
        for task in self._tasks:
            task.cancel()

    def wait(self) -> Outcome | None:
        """Block (keeping the window painted) until the tasks end; hand their outcomes over. The last one's."""
        waited = list(self._tasks)
        while self._tasks:
            task = self._tasks[0]
            if not task.done.is_set():
                loop = QEventLoop()
                task.signals.finished.connect(loop.quit)
                if not task.done.is_set():
                    loop.exec()
            task.done.wait()  # when the event loop could not run (the application is ending)
            self._hand_over(task)
        self._pool.waitForDone()
        return waited[-1].outcome if waited else None

    def run_and_wait(self, work: Work, what: str = "") -> Outcome:
        """Run `work` (after any task already started) and wait for it."""
        task = self.start(work, None, what)
        self.wait()
        return task.outcome

    def stop(self) -> None:
        """Cancel and wait for every task, handing nothing over (a dialog that closes, a page that empties)."""
        tasks, self._tasks = self._tasks, []
        started = [task for task in tasks if not self._pool.tryTake(task)]  # the queued ones never run
        for task in started:
            task.cancel()
        for task in started:
            task.done.wait()
        self._pool.waitForDone()

    def _hand_over(self, task: Task) -> None:
        if task not in self._tasks or not task.done.is_set():
            return  # already handed over (wait() and the queued signal both get here), or stopped
        self._tasks.remove(task)
        outcome = task.outcome
        if task.on_done is not None:
            task.on_done(outcome)
        if outcome.ok:
            self.succeeded.emit(outcome.result)
        else:
            self.failed.emit(outcome.error)
        self.finished.emit()
