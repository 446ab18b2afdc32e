"""Helpers of the sign-in dialogs and the first-run wizard.

The countdown that holds a button back after a wrong password, the temporary
passwords an administrator reads out, and the wizard page whose completeness and
validation are set by its owner (promoted from QWizardPage in ui/first_run_wizard.ui).
Everything the other windows share lives in gui.widgets.
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizardPage

from lead_desktop.gui.widgets.look import set_message

_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or from paper


def suggest_password() -> str:
    """A temporary password an administrator can read out: three groups of four, e.g. k7mq-2xrp-9vdc."""
    groups = ("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


class Countdown(QObject):
    """Keeps a button disabled for some seconds and says how long is left."""

    TICK_MS = 200

    def __init__(self, button: QAbstractButton, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._button = button
        self._label = label
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._deadline = time.monotonic() + seconds
        self._button.setEnabled(False)
        self._timer.start()
        self._on_timer_timeout()

    def stop(self) -> None:
        self._timer.stop()
        self._button.setEnabled(True)
        set_message(self._label, "")

    def _on_timer_timeout(self) -> None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            self.stop()
            return
        seconds = max(1, math.ceil(remaining))
        set_message(
            self._label,
            QCoreApplication.translate("Countdown", "You can try again in {seconds} s.").format(seconds=seconds),
        )


class ValidatedPage(QWizardPage):
    """A wizard page whose owner decides when it is complete and what happens on Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete_check: Callable[[], bool] | None = None
        self._validator: Callable[[], bool] | None = None

    def set_complete_check(self, check: Callable[[], bool]) -> None:
        self._complete_check = check
        self.completeChanged.emit()

    def set_validator(self, validator: Callable[[], bool]) -> None:
        self._validator = validator

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self._complete_check is not None and not self._complete_check():
            return False
        return super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._validator() if self._validator is not None else True
