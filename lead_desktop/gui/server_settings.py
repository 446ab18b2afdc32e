"""The sign-in dialog's per-computer memory: where the site was last opened from, and the server profile.

Kept with QSettings beside the language choice (lead_desktop.languages): only the
non-secret parts of a server profile — host, port, database, TLS mode, certificate
file, the last user name — and whether the last sign-in was to this computer's
folder or to a server. Never a password (an opt-in remembered password lives in
the OS keychain, services.server_profiles).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from lead_desktop import APP_NAME
from lead_desktop.services.server_profiles import DEFAULT_PORT, TLS_MODES, ServerAddress, ServerProfile

log = logging.getLogger(__name__)

PLACE_KEY = "sign_in/place"
LOCAL, SERVER = "local", "server"
GROUP = "server_profile"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def last_place() -> str:
    """LOCAL or SERVER: where this computer last signed in (LOCAL until a server sign-in succeeded)."""
    return SERVER if str(_settings().value(PLACE_KEY, LOCAL) or LOCAL) == SERVER else LOCAL


def set_last_place(place: str) -> None:
    settings = _settings()
    settings.setValue(PLACE_KEY, SERVER if place == SERVER else LOCAL)
    settings.sync()


def load_profile() -> ServerProfile | None:
    """The remembered server profile, or None when there is none (or it is unreadable)."""
    settings = _settings()
    settings.beginGroup(GROUP)
    try:
        host = str(settings.value("host", "") or "")
        database = str(settings.value("database", "") or "")
        if not host or not database:
            return None
        try:
            port = int(settings.value("port", DEFAULT_PORT) or DEFAULT_PORT)
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        tls_mode = str(settings.value("tls_mode", TLS_MODES[0]) or TLS_MODES[0])
        if tls_mode not in TLS_MODES:
            tls_mode = TLS_MODES[0]
        ca_file = str(settings.value("ca_file", "") or "") or None
        username = str(settings.value("username", "") or "")
    finally:
        settings.endGroup()
    return ServerProfile(ServerAddress(host, database, port, tls_mode, ca_file), username)


def save_profile(profile: ServerProfile) -> None:
    address = profile.address
    settings = _settings()
    settings.beginGroup(GROUP)
    settings.setValue("host", address.host)
    settings.setValue("port", int(address.port))
    settings.setValue("database", address.database)
    settings.setValue("tls_mode", address.tls_mode)
    settings.setValue("ca_file", address.ca_file or "")
    settings.setValue("username", profile.username)
    settings.endGroup()
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.warning("could not save the server profile in the preferences")

