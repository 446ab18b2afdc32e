"""The task runner: work off the GUI thread, one task at a time, with progress, Cancel, wait and stop."""

from __future__ import annotations

import threading

import pytest

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.tasks import Outcome, TaskRunner


@pytest.fixture
def runner(qapp):
    made = TaskRunner()
    yield made
    made.stop()


def test_a_task_reports_progress_and_its_result_on_the_gui_thread(qtbot, runner):
    gui_thread = threading.get_ident()
    seen: list[tuple[int, int]] = []
    outcomes: list[Outcome] = []
    runner.progressed.connect(lambda done, total: seen.append((done, total)))

    def work(progress, cancelled):  # noqa: ANN001, ANN202
        assert threading.get_ident() != gui_thread
        for step in range(1, 4):
            progress(step, 3)
        return "done"

    with qtbot.waitSignal(runner.succeeded) as succeeded:
        runner.start(work, lambda outcome: outcomes.append(outcome) or seen.append(threading.get_ident()))
        assert runner.running
    assert succeeded.args == ["done"]
    assert seen[:3] == [(1, 3), (2, 3), (3, 3)] and seen[3] == gui_thread
    assert outcomes[0].ok and outcomes[0].result == "done" and not runner.running


def test_cancel_reaches_the_work_and_its_known_error_comes_back(qtbot, runner):
    started = threading.Event()

    class Stopped(KnownError):
        template = "Stopped."

    def work(progress, cancelled):  # noqa: ANN001, ANN202
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Stopped()

    task = runner.start(work)
    assert started.wait(5)
    with qtbot.waitSignal(runner.failed) as failed:
        runner.cancel()
    assert isinstance(failed.args[0], Stopped) and task.cancelled and isinstance(task.outcome.error, Stopped)


def test_tasks_run_one_at_a_time_in_order_and_wait_hands_every_outcome_over(runner):
    ran: list[str] = []
    handed: list[object] = []
    release = threading.Event()

    def first(progress, cancelled):  # noqa: ANN001, ANN202
        release.wait(5)
        ran.append("first")
        return 1

    runner.start(first, lambda outcome: handed.append(outcome.result))
    second = runner.start(lambda progress, cancelled: ran.append("second") or 2,
                          lambda outcome: handed.append(outcome.result))
    assert runner.running
    release.set()
    last = runner.wait()
    assert ran == ["first", "second"] and handed == [1, 2]
    assert last is second.outcome and last.result == 2 and not runner.running


def test_a_bug_in_the_work_is_logged_and_comes_back_as_a_bug(qtbot, runner, caplog):
    def work(progress, cancelled):  # noqa: ANN001, ANN202
        raise ZeroDivisionError("a note that must not reach the log")

    outcome = runner.run_and_wait(work)
    assert isinstance(outcome.bug, ZeroDivisionError) and not outcome.ok and outcome.error is None
    assert "ZeroDivisionError" in caplog.text and "must not reach" not in caplog.text


def test_stop_cancels_waits_and_hands_nothing_over(runner):
    handed: list[Outcome] = []
    started = threading.Event()

    def work(progress, cancelled):  # noqa: ANN001, ANN202
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    task = runner.start(work, handed.append)
    queued = runner.start(lambda progress, cancelled: "never", handed.append)
    assert started.wait(5)
    runner.stop()
    assert task.done.is_set() and task.cancelled and not runner.running
    assert handed == [] and not queued.done.is_set()  # the queued one never ran
