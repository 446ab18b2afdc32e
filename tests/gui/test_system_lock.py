"""The window locks before the computer sleeps and when the desktop locks its screen.

The D-Bus tests run a private dbus-daemon (Debian's dbus-daemon, installed by `make test`) with a small
stand-in for logind on it (jeepney, which keyring already brings): it owns org.freedesktop.login1, hands
out a delay inhibitor (one end of a pipe), answers GetSession and emits PrepareForSleep and the session's
Lock exactly as logind does. The Windows messages are checked through the same decoding the native
event filter uses, on MSG structures built here.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import threading

import pytest
from PySide6.QtCore import Qt

from lead_desktop.gui import system_lock
from lead_desktop.gui.system_lock import SCREEN_LOCK, SLEEP, SystemLockWatcher, reason_at, windows_reason

from ..conftest import ADMIN_PASSWORD
from .conftest import NO_IDLE_MS

SESSION_PATH = "/org/freedesktop/login1/session/_32"


class FakeLogind:
    """org.freedesktop.login1 on a private bus: Inhibit gives out the write end of a pipe (so the test sees
    when it is let go), GetSession answers SESSION_PATH, and the test makes it send signals."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(address, enable_fds=True)
        self.connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
        self.inhibitors: list[int] = []  # read ends of the pipes handed out
        self.calls: list[tuple] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self._stop:
            try:
                message = self.connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except Exception:  # the connection closed at the end of the test
                return
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            self.calls.append((member, message.body))
            if member == "Inhibit":
                read_end, write_end = os.pipe()
                self.inhibitors.append(read_end)
                self.connection.send(new_method_return(message, "h", (write_end,)))
                os.close(write_end)
            elif member == "GetSession":
                self.connection.send(new_method_return(message, "o", (SESSION_PATH,)))
            else:
                self.connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))

    def signal(self, path: str, interface: str, member: str, signature: str = "", body: tuple = ()) -> None:
        from jeepney import DBusAddress, new_signal

        self.connection.send(new_signal(DBusAddress(path, interface=interface), member, signature, body))

    def held(self, index: int = -1) -> bool:
        """Whether the window still holds the inhibitor handed out (its pipe has a writer left)."""
        read_end = self.inhibitors[index]
        os.set_blocking(read_end, False)
        try:
            os.read(read_end, 1)
        except BlockingIOError:
            return True
        return False

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.connection.close()
        for fd in self.inhibitors:
            os.close(fd)


@pytest.fixture
def private_bus(tmp_path):
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon is not installed: run `make test` (it installs Debian's dbus-daemon)")
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN' "
        "'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'><busconfig><type>session</type>"
        f"<listen>unix:dir={tmp_path}</listen><auth>EXTERNAL</auth>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/><allow eavesdrop='true'/>"
        "<allow own='*'/></policy></busconfig>")
    daemon = subprocess.Popen(["dbus-daemon", "--config-file", str(config), "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    yield address
    daemon.kill()
    daemon.wait(5)
    daemon.stdout.close()


@pytest.fixture
def logind(private_bus):
    fake = FakeLogind(private_bus)
    yield fake
    fake.close()


@pytest.fixture
def bus_window(qtbot, new_site, private_bus, logind, monkeypatch):
    """The main window, its watcher on the private bus (as the system bus) and no session bus."""
    from PySide6.QtDBus import QDBusConnection

    from lead_desktop.gui.main_window import MainWindow

    bus = QDBusConnection.connectToBus(private_bus, f"lead-test-{id(logind)}")
    assert bus.isConnected()
    real = SystemLockWatcher

    def on_private_bus(window):
        return real(window, system_bus=bus, session_bus=QDBusConnection(""))

    monkeypatch.setattr("lead_desktop.gui.main_window.drafts.SystemLockWatcher", on_private_bus)
    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: logind.inhibitors and any(c[0] == "GetSession" for c in logind.calls), timeout=5000)
    yield window
    window.close_now()
    QDBusConnection.disconnectFromBus(f"lead-test-{id(logind)}")


def test_the_window_holds_a_delay_inhibitor_and_locks_before_sleep(qtbot, bus_window, logind):
    assert logind.calls[0][0] in ("Inhibit", "GetSession")
    inhibit = next(body for member, body in logind.calls if member == "Inhibit")
    assert inhibit[0] == "sleep" and inhibit[3] == "delay"
    assert logind.held()

    logind.signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "b", (True,))
    qtbot.waitUntil(lambda: bus_window.is_locked, timeout=5000)
    assert bus_window.site is None
    qtbot.waitUntil(lambda: not logind.held(0), timeout=5000)  # locked: the computer may sleep now

    logind.signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "b", (False,))
    qtbot.waitUntil(lambda: len(logind.inhibitors) == 2 and logind.held(1), timeout=5000)  # ready for the next sleep
    assert bus_window.is_locked  # waking up unlocks nothing


def test_the_sessions_lock_signal_locks_the_window(qtbot, bus_window, logind):
    logind.signal(SESSION_PATH, "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: bus_window.is_locked, timeout=5000)
    lock = bus_window.ui.lock_screen
    qtbot.keyClicks(lock.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(lock.ui.password_edit, Qt.Key.Key_Return)
    assert not bus_window.is_locked


def test_another_sessions_lock_is_not_ours(qtbot, bus_window, logind):
    logind.signal("/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session", "Lock")
    logind.signal(SESSION_PATH, "org.freedesktop.login1.Session", "Unlock")
    qtbot.wait(300)
    assert not bus_window.is_locked


def test_the_screen_savers_signal_locks_the_window(qtbot, new_site, private_bus, monkeypatch):
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection
    from PySide6.QtDBus import QDBusConnection

    from lead_desktop.gui.main_window import MainWindow

    saver = open_dbus_connection(private_bus)
    saver.send_and_get_reply(message_bus.RequestName("org.freedesktop.ScreenSaver"))
    bus = QDBusConnection.connectToBus(private_bus, "lead-test-saver")
    monkeypatch.setattr("lead_desktop.gui.main_window.drafts.SystemLockWatcher",
                        lambda window: SystemLockWatcher(window, system_bus=QDBusConnection(""), session_bus=bus))
    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    try:
        from jeepney import DBusAddress, new_signal

        where = DBusAddress("/org/freedesktop/ScreenSaver", interface="org.freedesktop.ScreenSaver")
        saver.send(new_signal(where, "ActiveChanged", "b", (False,)))
        qtbot.wait(200)
        assert not window.is_locked
        saver.send(new_signal(where, "ActiveChanged", "b", (True,)))
        qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    finally:
        window.close_now()
        saver.close()
        QDBusConnection.disconnectFromBus("lead-test-saver")


def test_no_bus_at_all_is_quietly_fine(qtbot, window):
    assert not window.is_locked  # the test machine has no system bus: the window works as before


def test_windows_suspend_and_session_lock_messages_mean_locking():
    assert windows_reason(system_lock.WM_POWERBROADCAST, system_lock.PBT_APMSUSPEND) == SLEEP
    assert windows_reason(system_lock.WM_POWERBROADCAST, 0x0012) is None  # resume: nothing to do
    assert windows_reason(system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK) == SCREEN_LOCK
    assert windows_reason(system_lock.WM_WTSSESSION_CHANGE, 0x0008) is None  # unlock
    assert windows_reason(0x0100, system_lock.PBT_APMSUSPEND) is None  # a key press


def test_the_native_filter_reads_the_message_it_is_given():
    message = system_lock._MSG(hwnd=None, message=system_lock.WM_POWERBROADCAST, wParam=system_lock.PBT_APMSUSPEND)
    assert reason_at(ctypes.addressof(message)) == SLEEP
    message.message, message.wParam = system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK
    assert reason_at(ctypes.addressof(message)) == SCREEN_LOCK


def test_the_windows_filter_asks_to_lock(qtbot):
    from PySide6.QtCore import QByteArray
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    watcher = SystemLockWatcher(host, system_bus=QDBusConnection(""), session_bus=QDBusConnection(""))
    seen: list[str] = []
    watcher.lock_requested.connect(seen.append)
    native = system_lock._WindowsMessages(watcher)
    message = system_lock._MSG(message=system_lock.WM_POWERBROADCAST, wParam=system_lock.PBT_APMSUSPEND)
    assert native.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(message)) == (False, 0)
    assert native.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(message)) == (False, 0)
    assert seen == [SLEEP]
