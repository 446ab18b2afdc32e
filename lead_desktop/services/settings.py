"""Site settings: read by anyone signed in, changed by administrators, every change audited.

The site logo (for the fact sheet) is kept here too: image bytes stored inside the
encrypted database, not a file beside it.
"""

from __future__ import annotations

import base64
import binascii
import os
from datetime import date
from pathlib import Path

from sqlalchemy import select

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import LogoInvalid, ValidationError
from lead_desktop.domain.fields import FieldSpec, Form, Kind, parse_date
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.domain.settings import SETTINGS, STARTED_USING_SETTING
from lead_desktop.domain.validation import check_site_name
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.session import SiteSession, read_setting, write_setting
from lead_desktop.storage.models import Setting


def get_settings(site: SiteSession) -> dict[str, object]:
    with site.unit_of_work() as session:
        return {key: read_setting(session, key) for key in SETTINGS}


def get_setting_versions(site: SiteSession) -> dict[str, int]:
    """The row version of every setting (0 for one never saved, still at its default), for set_setting."""
    with site.unit_of_work() as session:
        stored = dict(session.execute(select(Setting.key, Setting.row_version)).all())
    return {key: int(stored.get(key, 0)) for key in SETTINGS}


def _setting_form(key: str) -> Form:
    spec = SETTINGS[key]
    kind = Kind.BOOL if spec.kind is bool else Kind.INT if spec.kind is int else Kind.TEXT
    return Form("setting", (FieldSpec(key, spec.label, kind),))


def coerce(key: str, value: object) -> object:
    spec = SETTINGS.get(key)
    if spec is None or not spec.editable:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no setting called {key}."), key=key)
    if spec.kind is bool:
        if isinstance(value, str):
            if value.lower() not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please answer yes or no."), field=key)
            return value.lower() in ("true", "yes", "1", "on")
        return bool(value)
    if spec.kind is int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter a whole number."), field=key) from None
        if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Please enter a number from {minimum} to {maximum}."),
                field=key,
                minimum=spec.minimum,
                maximum=spec.maximum,
            )
        return number
    text = str(value).strip()
    if spec.choices:
        if text.lower() not in {code for code, _label in spec.choices}:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose one of the offered values."), field=key)
        return text.lower()
    if key == "site_name":
        return check_site_name(text)
    if key == "participant_prefix":
        cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
        if not 1 <= len(cleaned) <= 8:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A LEAD number prefix is 1 to 8 letters or digits."), field=key
            )
        return cleaned
    if key == "backup_folder":
        return check_backup_folder(text)
    if key == STARTED_USING_SETTING:
        return check_started_on(text)
    return text


def check_started_on(text: str) -> str:
    """Empty (not set yet), or a day up to today as YYYY-MM-DD."""
    if not text:
        return ""
    try:
        day = parse_date(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter a date like 2025-03-31."),
                              field=STARTED_USING_SETTING) from None
    if day > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be in the future."),
                              field=STARTED_USING_SETTING, label=SETTINGS[STARTED_USING_SETTING].label)
    return day.isoformat()


def _prefix_for(site_name: str, prefix: str | None) -> str:
    """The participant-number prefix a new site starts with (services.site and services.server_site)."""
    if prefix:
        cleaned = "".join(ch for ch in prefix.upper() if ch.isalnum())[:8]
        if cleaned:
            return cleaned
    letters = "".join(ch for ch in site_name.upper() if "A" <= ch <= "Z")
    return letters[:4] or "LEAD"


def check_backup_folder(text: str) -> str:
    """Empty (the backups folder beside the site), or an existing folder this program can write to."""
    if not text:
        return ""
    try:
        folder = Path(os.path.normpath(Path(text).expanduser()))
        usable = folder.is_absolute() and folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
    except (OSError, ValueError):  # a name the system cannot take (a NUL byte, too long)
        usable = False
    if not usable:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose a folder that exists and that LEAD Desktop can write to (for a USB drive or network "
                "share: plug it in or connect it first).",
            ),
            field="backup_folder",
        )
    return str(folder)


def set_setting(site: SiteSession, key: str, value: object, expected_version: int | None = None) -> object:
    """Change one setting. `expected_version` is its version when the form was loaded
    (get_setting_versions): EditConflict when someone saved another value since."""
    site.require(Permission.CHANGE_SETTINGS)
    value = coerce(key, value)
    with site.unit_of_work() as session:
        old = read_setting(session, key)
        row = session.scalar(select(Setting).where(Setting.key == key))
        if row is not None:  # (settings rows are never removed: no row is still the default, version 0)
            check_version(row, expected_version, _setting_form(key), {key: value}, {key: old})
        if old == value:
            return value
        write_setting(session, key, value, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=key)
    site.forget_settings()
    if key == "keychain_allowed" and value is False:
        from lead_desktop.services.accounts import remove_all_keychain_slots

        remove_all_keychain_slots(site)
    return value


# ----- the site logo ---------------------------------------------------------------------------

LOGO_SETTING = "site_logo"
LOGO_MAX_BYTES = 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def logo_kind(data: bytes) -> str | None:
    """"png" or "jpeg" from the file's first bytes, or None."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    return None


def get_logo(site: SiteSession) -> bytes | None:
    """The site's logo image (PNG or JPEG bytes), or None when there is none."""
    with site.unit_of_work() as session:
        stored = read_setting(session, LOGO_SETTING)
    if not stored:
        return None
    try:
        return base64.b64decode(str(stored), validate=True)
    except (binascii.Error, ValueError):
        return None


def set_logo(site: SiteSession, data: bytes | None) -> None:
    """Store (or with None, remove) the logo: a PNG or JPEG of at most 1 MB. Audited like a setting."""
    site.require(Permission.CHANGE_SETTINGS)
    if data is not None:
        data = bytes(data)
        if not data or len(data) > LOGO_MAX_BYTES or logo_kind(data) is None:
            raise LogoInvalid(field=LOGO_SETTING)
    value = base64.b64encode(data).decode("ascii") if data else ""
    with site.unit_of_work() as session:
        if (read_setting(session, LOGO_SETTING) or "") == value:
            return
        write_setting(session, LOGO_SETTING, value, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=LOGO_SETTING)
    site.forget_settings()
