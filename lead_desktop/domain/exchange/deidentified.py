"""The de-identified export: age bands instead of birth dates, and pseudonyms instead of ids.

A pseudonym is an HMAC of the record's id under a key derived from the export key a person
types, so the same export key links the files of several exports and another key gives
unrelated ones.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import date

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "AGE_BANDS", "UNKNOWN_AGE", "age_on", "age_band", "EXPORT_KEY_MIN_LENGTH", "check_export_key",
    "derive_export_key", "pseudonym",
]


AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 17, "under 18"),
    (18, 24, "18-24"),
    (25, 34, "25-34"),
    (35, 44, "35-44"),
    (45, 54, "45-54"),
    (55, 64, "55-64"),
    (65, None, "65 and over"),
)
UNKNOWN_AGE = "unknown"


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def age_band(dob: date | None, on: date) -> str:
    """The band a birth date falls in on a day ("25-34"); "unknown" without a birth date."""
    if dob is None or dob > on:
        return UNKNOWN_AGE
    age = age_on(dob, on)
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return UNKNOWN_AGE


EXPORT_KEY_MIN_LENGTH = 12
_EXPORT_KEY_SALT = b"lead-desktop/de-identified-export/v1"


def check_export_key(text: str) -> str:
    if len(text.strip()) < EXPORT_KEY_MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors",
                              "The export key must have at least {minimum} characters. Use the same key for every "
                                        "export an evaluator should be able to link."),
            field="export_key", minimum=EXPORT_KEY_MIN_LENGTH,
        )
    return text


def derive_export_key(text: str) -> bytes:
    """The HMAC key behind the pseudonyms: scrypt of the person-entered export key with a fixed salt, so
    the same export key gives the same pseudonyms in every export (and guessing it stays slow)."""
    check_export_key(text)
    return hashlib.scrypt(text.encode("utf-8"), salt=_EXPORT_KEY_SALT, n=2**14, r=8, p=1, dklen=32)


def pseudonym(key: bytes, record_id: str, prefix: str = "P") -> str:
    """A stable, random-looking id for a record: the same for the same export key, unrelated for another."""
    digest = hmac.new(key, record_id.encode("utf-8"), hashlib.sha256).digest()
    return f"{prefix}-{base64.b32encode(digest).decode('ascii')[:16]}"
