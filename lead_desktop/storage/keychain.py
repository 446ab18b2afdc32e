"""The OS keychain (keyring) for opt-in "unlock with this computer's keychain".

A random device key, kept only in the OS keychain, wraps an extra slot for one
person on one computer. Removing the keychain entry or the slot disables it.
Backends that would keep the key in plaintext, or that do nothing, are refused:
never a plaintext fallback.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from lead_desktop.domain.errors import KeychainUnavailable
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

SERVICE = "LEAD Desktop"


@dataclass(frozen=True)
class KeychainStatus:
    usable: bool
    reason: str = ""  # a translatable one-line reason when not usable


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)  # keyring's ChainerBackend
    return list(inner) if inner is not None else [backend]


def _is_insecure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return True
    return any(word in name for word in ("plaintext", "uncrypted", "null", "fail"))


class _Unreachable(Exception):
    pass


def _secure_backend() -> KeyringBackend | None:
    """The first secure backend, used directly: keyring's chain would write to whichever backend has
    the highest priority, a plaintext one included, so the chain itself is never handed a key."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring install must not stop sign-in
        raise _Unreachable() from None
    return next((b for b in _backends(backend) if not _is_insecure(b)), None)


def status() -> KeychainStatus:
    try:
        backend = _secure_backend()
    except _Unreachable:
        return KeychainStatus(False, QT_TRANSLATE_NOOP("keychain", "The computer's keychain could not be reached."))
    if backend is None:
        return KeychainStatus(
            False,
            QT_TRANSLATE_NOOP("keychain", "This computer has no secure keychain, so this option is not available."),
        )
    return KeychainStatus(True)


def _entry(site_id: str, device_id: str) -> str:
    return f"{site_id}/{device_id}"


def store_device_key(site_id: str, device_id: str, key: bytes) -> None:
    """KeychainUnavailable when there is no secure keychain or it refuses (e.g. locked, prompt cancelled)."""
    _store(SERVICE, _entry(site_id, device_id), key.hex(),
           QT_TRANSLATE_NOOP("keychain", "The computer's keychain did not accept the key. Try again later."))


def load_device_key(site_id: str, device_id: str) -> bytes | None:
    value = load_secret(SERVICE, _entry(site_id, device_id))
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete_device_key(site_id: str, device_id: str) -> None:
    delete_secret(SERVICE, _entry(site_id, device_id))


# ----- secrets in the keychain (device keys above, a remembered server password) ----------------


def store_secret(service: str, name: str, secret: str) -> None:
    """Keep `secret` in the secure keychain under (service, name); KeychainUnavailable when it cannot."""
    _store(service, name, secret,
           QT_TRANSLATE_NOOP("keychain", "The computer's keychain did not accept the password. Try again later."))


def _store(service: str, name: str, secret: str, refused_reason: str) -> None:
    refused = KeychainUnavailable(reason=refused_reason)
    try:
        backend = _secure_backend()
        if backend is None:
            raise refused
        backend.set_password(service, name, secret)
    except (keyring.errors.KeyringError, _Unreachable):
        raise refused from None


def load_secret(service: str, name: str) -> str | None:
    try:
        backend = _secure_backend()
        return (backend.get_password(service, name) if backend else None) or None
    except (keyring.errors.KeyringError, _Unreachable):
        return None


def delete_secret(service: str, name: str) -> None:
    try:
        backend = _secure_backend()
        if backend is not None:
            backend.delete_password(service, name)
    except (keyring.errors.PasswordDeleteError, keyring.errors.KeyringError, _Unreachable):
        pass
