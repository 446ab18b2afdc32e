"""Server profiles for the sign-in dialog: where a shared server is, and an opt-in remembered password.

A profile is the non-secret part of a connection — host, port, database, TLS mode,
certificate file and the last user name — which the window keeps in its
per-computer preferences. The password is never part of it: it is typed at each
sign-in, or, when the person ticks "Remember my password in this computer's
keychain", kept in the OS keychain under the server's own entry
(`ServerAddress.keychain_service()`, the user name) and nowhere else. Backends
that would store it in plaintext are refused (storage.keychain), so on such a
computer the option is not offered at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain import validation
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.storage import keychain
from lead_desktop.storage.server_address import (  # noqa: F401 - re-exported for the window
    DEFAULT_PORT,
    TLS_MODES,
    ServerAddress,
    check_address,
    parse_database_url,
)


@dataclass(frozen=True)
class ServerProfile:
    """A server and the person who last signed in to it from this computer."""

    address: ServerAddress
    username: str = ""


def profile_from_url(url: str) -> ServerProfile:
    """A `--database-url` as a profile. The URL must not carry a password: command lines end up in
    shell histories and process lists. BadServerAddress for a URL that is not right."""
    address, username, password = parse_database_url(url)
    if password is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server address must not contain a password: it would be kept in the shell's history "
                "and shown to other programs. Leave it out (postgresql://name@server/database); "
                "LEAD Desktop asks for it when you sign in.",
            ),
            field="database_url",
        )
    return ServerProfile(address, validation.normalize_username(username) if username else "")


def keychain_status() -> keychain.KeychainStatus:
    return keychain.status()


def _entry(username: str) -> str:
    return validation.normalize_username(username)


def remember_password(address: ServerAddress, username: str, password: str) -> None:
    """KeychainUnavailable when the keychain is missing, insecure or refuses."""
    keychain.store_secret(address.keychain_service(), _entry(username), password)


def remembered_password(address: ServerAddress, username: str) -> str | None:
    if not username:
        return None
    return keychain.load_secret(address.keychain_service(), _entry(username))


def forget_password(address: ServerAddress, username: str) -> None:
    if username:
        keychain.delete_secret(address.keychain_service(), _entry(username))
