"""Idle detection for auto-lock: any key, click, wheel or mouse movement in the application restarts a timer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter; `timed_out` fires after `interval_ms` without input."""

    timed_out = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(interval_ms)))
        self._timer.timeout.connect(self.timed_out)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, int(interval_ms)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def uninstall(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._timer.isActive() and event.type() in INPUT_EVENTS:
            self._timer.start()
        return False
