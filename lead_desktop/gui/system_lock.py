"""Lock the window before the computer sleeps and when the desktop's screen lock comes on.

A stolen laptop that was asleep must show no record when it wakes, so the window locks (and its
drafts are written, gui.widgets.drafts) before the machine goes down:

- **Linux**, over D-Bus (QtDBus): logind's `PrepareForSleep(true)` on
  org.freedesktop.login1.Manager (system bus) comes before suspend and hibernation, also when the
  lid closes. The watcher holds a *delay inhibitor* (`Manager.Inhibit("sleep", …, "delay")`), so
  logind waits until the window has locked (at most its InhibitDelayMaxSec, 5 s by default) and
  then lets go of it; after waking (`PrepareForSleep(false)`) it takes a new one. The session's
  `Lock` signal (org.freedesktop.login1.Session, `loginctl lock-session` and most desktops' lock)
  and `ActiveChanged(true)` of org.freedesktop.ScreenSaver or org.gnome.ScreenSaver (session bus),
  where present, lock the window too.
- **Windows**: a native event filter sees WM_POWERBROADCAST with PBT_APMSUSPEND and
  WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (after WTSRegisterSessionNotification on the window).
- **macOS**: not wired; the README says so (the Mac build is a recipe only).

Missing buses or services are normal (a server without logind, a desktop without a screensaver
service): the watcher then does nothing for that source and says so once in the log.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
SLEEP, SCREEN_LOCK = "sleep", "screen_lock"

# Windows messages (winuser.h, wtsapi32.h)
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x0007
NOTIFY_FOR_THIS_SESSION = 0


class SystemLockWatcher(QObject):
    """Emits `lock_requested` ("sleep" or "screen_lock"); the window locks and then calls `locked()`."""

    lock_requested = Signal(str)

    def __init__(self, window: QWidget, *, system_bus: object = None, session_bus: object = None) -> None:
        super().__init__(window)
        self._window = window
        self._inhibitor: int | None = None  # the file descriptor that holds logind's delay
        self._pending = None
        self._windows_filter: _WindowsMessages | None = None
        if sys.platform.startswith("win"):
            self._watch_windows()
        elif sys.platform.startswith("linux"):
            self._watch_linux(system_bus, session_bus)

    # ----- Linux -----------------------------------------------------------------------------------

    def _watch_linux(self, system_bus: object, session_bus: object) -> None:
        from PySide6.QtDBus import QDBusConnection

        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system
        if system.isConnected():
            system.connect(LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", self, SLOT("on_prepare_for_sleep(bool)"))
            self._take_inhibitor()
            self._find_session()
        else:
            log.info("no system bus: the window cannot lock before sleep by itself here")
        if session.isConnected():
            for service, path, interface in SCREENSAVERS:
                session.connect(service, path, interface, "ActiveChanged", self,
                                SLOT("on_screensaver_active_changed(bool)"))

    def _call(self, method: str, arguments: list, on_reply: object) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, method)
        message.setArguments(arguments)
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(message), self)

        def finished(done: QDBusPendingCallWatcher) -> None:
            reply = done.reply()
            try:
                if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                    on_reply(reply.arguments()[0])
                else:
                    log.info("logind did not answer %s", method)
            finally:
                done.deleteLater()

        watcher.finished.connect(finished)

    def _take_inhibitor(self) -> None:
        if self._inhibitor is not None:
            return

        def held(descriptor: object) -> None:
            # A copy of our own: the reply's copy closes with the reply, ours only when the window has locked.
            self.release_inhibitor()
            self._inhibitor = os.dup(descriptor.fileDescriptor())

        self._call("Inhibit", ["sleep", "LEAD Desktop", "Lock the window before the computer sleeps", "delay"], held)

    def release_inhibitor(self) -> None:
        if self._inhibitor is not None:
            os.close(self._inhibitor)
            self._inhibitor = None

    def _find_session(self) -> None:
        def found(path: object) -> None:
            text = path.path() if hasattr(path, "path") else str(path)
            self._system.connect(LOGIN1, text, SESSION, "Lock", self, SLOT("on_session_lock()"))

        self._call("GetSession", [os.environ.get("XDG_SESSION_ID") or "auto"], found)

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            log.info("the computer is going to sleep; locking")
            self.lock_requested.emit(SLEEP)
            self.release_inhibitor()
        else:
            self._take_inhibitor()

    @Slot()
    def on_session_lock(self) -> None:
        log.info("the desktop session was locked; locking")
        self.lock_requested.emit(SCREEN_LOCK)

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            log.info("the screen saver came on; locking")
            self.lock_requested.emit(SCREEN_LOCK)

    # ----- Windows -----------------------------------------------------------------------------------

    def _watch_windows(self) -> None:
        self._windows_filter = _WindowsMessages(self)
        QCoreApplication.instance().installNativeEventFilter(self._windows_filter)
        try:  # WORKAROUND: Qt has no API for session notifications; wtsapi32 is called directly.
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(self._window.winId()), NOTIFY_FOR_THIS_SESSION)
        except (AttributeError, OSError):
            log.info("session lock notifications unavailable")

    def stop(self) -> None:
        """The window closes: let go of everything held."""
        self.release_inhibitor()
        if self._windows_filter is not None:
            QCoreApplication.instance().removeNativeEventFilter(self._windows_filter)
            try:
                ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(int(self._window.winId()))
            except (AttributeError, OSError):
                pass
            self._windows_filter = None


class _MSG(ctypes.Structure):
    """Windows' MSG, with sizes that hold on 32- and 64-bit Windows (and can be built elsewhere in tests)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("x", ctypes.c_int32),
                ("y", ctypes.c_int32)]


def windows_reason(message: int, wparam: int) -> str | None:
    """Why a Windows message means locking: "sleep", "screen_lock", or None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SLEEP
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return SCREEN_LOCK
    return None


def reason_at(address: int) -> str | None:
    """`windows_reason` of the MSG at `address` (what Qt hands a native event filter)."""
    msg = _MSG.from_address(address)
    return windows_reason(msg.message, msg.wParam)


class _WindowsMessages(QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: object, message: int) -> object:  # noqa: N802 - Qt override
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            reason = reason_at(int(message))
            if reason is not None:
                self._watcher.lock_requested.emit(reason)
        return False, 0
