"""Input rules shared by the window and the command line."""

from __future__ import annotations

import re
import unicodedata

from lead_desktop.domain.errors import BadRecoveryKey, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MAX_SITE_NAME = 120


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFKC", username).strip().casefold()


def check_username(username: str) -> str:
    name = normalize_username(username)
    if not USERNAME_PATTERN.match(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A user name is 2 to 32 characters: letters a–z, digits, dot, dash or underscore, "
                "starting with a letter or digit.",
            ),
            field="username",
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {minimum} characters."),
            field="password",
            minimum=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password can have at most {maximum} characters."),
            field="password",
            maximum=MAX_PASSWORD_LENGTH,
        )
    if password.strip() == "":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A password cannot be only spaces."), field="password")
    return password


def check_site_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the site's name."), field="site_name")
    if len(cleaned) > MAX_SITE_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A site name can have at most {maximum} characters."),
            field="site_name",
            maximum=MAX_SITE_NAME,
        )
    return cleaned


def check_display_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the person's name."), field="display_name")
    if len(cleaned) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name can have at most {maximum} characters."),
            field="display_name",
            maximum=120,
        )
    return cleaned


def format_recovery_key(key: bytes) -> str:
    """The master key as 64 hex digits in 16 groups of four, as printed on the Recovery Kit."""
    digits = key.hex()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes:
    digits = re.sub(r"[\s\-]", "", text).lower()
    if len(digits) != 64 or not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise BadRecoveryKey()
    return bytes.fromhex(digits)
