"""The start-up scenario of `make bench`: from starting `lead-desktop` to its sign-in window shown.

Each run starts a fresh Python that does what the `lead-desktop` command does, `lead_desktop.app.main`
with ``--data-dir`` on a folder that holds a site (so the sign-in dialog opens, not the first-run
wizard). Before calling it the child installs an application-wide event filter that, at the sign-in
dialog's first Show event, prints the time and ends the process at once. The clock starts in this
process just before the child is spawned, so interpreter start-up and every import count. The
program itself is not changed for the measurement. CPU time is the child's own (user + system).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 7
CHILD = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class SignInShown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and type(watched).__name__ == "SignInDialog":
            print(repr(time.time()), flush=True)
            os._exit(0)
        return False

app = QApplication(["lead-desktop"])
watcher = SignInShown()
app.installEventFilter(watcher)
from lead_desktop.app import main
main(["--data-dir", sys.argv[1]])
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, runs: int = RUNS) -> dict:
    """The result row: median seconds (wall and CPU) to the sign-in dialog over `runs` starts, after one."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    walls, cpus = [], []
    for attempt in range(runs + 1):
        cpu = _children_cpu()
        start = time.time()
        done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env, capture_output=True, text=True,
                              timeout=120)
        cpu = _children_cpu() - cpu
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"the program did not reach its sign-in dialog: {done.stderr[-2000:]}")
        if attempt:  # the first start fills the OS file cache: not counted
            walls.append(float(done.stdout.split()[-1]) - start)
            cpus.append(cpu)
    return {"scenario": "startup_to_sign_in", "seconds": round(statistics.median(walls), 4),
            "cpu_seconds": round(statistics.median(cpus), 4), "platform": env["QT_QPA_PLATFORM"],
            "baseline_seconds": None, "ratio": None}
