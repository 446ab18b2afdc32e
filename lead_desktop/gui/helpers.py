"""Small Qt helpers shared by the windows and dialogs.

Translated error text for KnownErrors, message labels next to fields, the
countdown that holds a button back after a wrong password, heading and
monospace fonts taken from the platform (never hard-coded colours), a busy
cursor, and the wizard page whose completeness and validation are set by its
owner (promoted from QWizardPage in ui/first_run_wizard.ui).
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizardPage

from lead_desktop.domain.errors import KeychainUnavailable, KnownError, PermissionDenied


def error_text(err: KnownError) -> str:
    """A KnownError in the person's language: the template translated, then filled."""
    params = dict(err.params)
    if isinstance(err, KeychainUnavailable) and isinstance(params.get("reason"), str):
        params["reason"] = QCoreApplication.translate("keychain", params["reason"])
    if isinstance(err, PermissionDenied):
        for key in ("role", "action"):
            if isinstance(params.get(key), str):
                params[key] = QCoreApplication.translate("vocab", params[key])
    try:
        return QCoreApplication.translate("errors", err.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return err.template.format(**params)


def keychain_reason_text(reason: str) -> str:
    return QCoreApplication.translate("keychain", reason)


def set_message(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show `text` in `label` (hidden when empty); screen readers get it as the field's description."""
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        field.setAccessibleDescription(text)


def style_as_message(*labels: QLabel) -> None:
    """Messages about input are bold in the palette's own text colour, so they work in light and dark themes."""
    for label in labels:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()


def make_heading(label: QLabel, scale: float = 1.5) -> None:
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    label.setFont(font)


def monospace_font(scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around a call that takes a moment (key derivation, backup)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def local_time_text(value: datetime | str | None) -> str:
    """A UTC time (aware, naive-meaning-UTC, or ISO text) as local date and time, e.g. 2026-03-01 14:05."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    # ISO order reads the same in every country, and sorts as text.
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


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
