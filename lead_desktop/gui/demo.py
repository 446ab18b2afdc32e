"""The demo site: made-up people in a folder of its own beside the real data folder.

Offered on the first-run wizard's welcome page when services.demo is present.
Building it takes several seconds, so DemoBuilder runs on a worker thread and
only reports progress and the outcome through signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.crash import report as report_bug

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo password"
DEMO_PARTICIPANTS = 200


def demo_folder_for(folder: Path) -> Path:
    return folder.with_name(folder.name + " demo")


class DemoBuilder(QObject):
    """Builds the demo site on a worker thread (it takes several seconds); touches no widget."""

    progressed = Signal(int, int)
    succeeded = Signal()
    failed = Signal(object)  # a KnownError, or None for a bug (already logged)

    def __init__(self, folder: Path, participants: int) -> None:
        super().__init__()
        self.folder = folder
        self.participants = participants

    def run(self) -> None:
        from lead_desktop.services import demo

        try:
            demo.create_demo(self.folder, DEMO_PASSWORD, participants=self.participants, progress=self.progressed.emit)
        except KnownError as err:
            self.failed.emit(err)
        except Exception as exc:  # noqa: BLE001 - a bug on the worker: log it, tell the window
            report_bug(type(exc), exc.__traceback__)
            self.failed.emit(None)
        else:
            self.succeeded.emit()
