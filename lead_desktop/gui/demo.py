"""The demo site: made-up people in a folder of its own beside the real data folder.

Offered on the first-run wizard's welcome page when services.demo is present.
Building it takes several seconds, so it runs on the task runner (gui.widgets.tasks)
with a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lead_desktop.gui.widgets.tasks import Progress, Work

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo password"
DEMO_PARTICIPANTS = 200


def demo_folder_for(folder: Path) -> Path:
    return folder.with_name(folder.name + " demo")


def build_demo(folder: Path) -> Work:
    """The work of building the demo site with DEMO_PARTICIPANTS people, for a TaskRunner."""
    participants = DEMO_PARTICIPANTS

    def work(progress: Progress, _cancelled: Callable[[], bool]) -> None:
        from lead_desktop.services import demo

        demo.create_demo(folder, DEMO_PASSWORD, participants=participants, progress=progress)

    return work
