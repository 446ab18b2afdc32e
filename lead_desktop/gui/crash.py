"""Unexpected errors (bugs): log where they happened, tell the person what to do.

The log gets the exception's type and the file:line of each frame, never the
exception's message or any variable, because either could hold a name or a
note. The dialog says the work so far is saved and how to get help.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("lead_desktop.crash")


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """'ValueError at lead_desktop/x.py:12 in f ← …', from the innermost frame outwards; no message text."""
    frames = traceback.extract_tb(tb)
    places = []
    for frame in reversed(frames[-12:]):
        path = Path(frame.filename)
        parts = path.parts
        short = "/".join(parts[parts.index("lead_desktop") :]) if "lead_desktop" in parts else path.name
        places.append(f"{short}:{frame.lineno} in {frame.name}")
    where = " <- ".join(places) or "unknown place"
    return f"{exc_type.__module__}.{exc_type.__qualname__} at {where}"


def report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    summary = describe(exc_type, tb)
    log.critical("unexpected error: %s", summary)
    return summary


class CrashHandler:
    """sys.excepthook: log the bug, show one dialog at a time, offer to quit."""

    def __init__(self, log_folder: Callable[[], Path | None], quit_app: Callable[[], None]) -> None:
        self._log_folder = log_folder
        self._quit_app = quit_app
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._quit_app()
            return
        report(exc_type, tb)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self._show_dialog()
        finally:
            self._showing = False

    def _show_dialog(self) -> None:
        translate = QCoreApplication.translate
        folder = self._log_folder()
        text = translate(
            "CrashHandler",
            "LEAD Desktop ran into a problem it did not expect.\n\n"
            "What you saved before this is safe: every change is written to the site file when you make it. "
            "Close LEAD Desktop and start it again. If this keeps happening, tell whoever supports your site "
            "what you were doing, and give them the program log",
        )
        if folder is not None:
            text += translate("CrashHandler", " from the folder {folder}").format(folder=folder)
        text += translate("CrashHandler", ". The log holds no names, notes or passwords.")
        box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashHandler", "LEAD Desktop — unexpected problem"), text)
        quit_button = box.addButton(translate("CrashHandler", "&Close LEAD Desktop"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("CrashHandler", "&Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)
        box.exec()
        if box.clickedButton() is quit_button:
            self._quit_app()
