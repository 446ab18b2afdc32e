"""Site settings: read by anyone signed in, changed by administrators, every change audited."""

from __future__ import annotations

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.domain.settings import SETTINGS
from lead_desktop.domain.validation import check_site_name
from lead_desktop.services.site import SiteSession, read_setting, write_setting


def get_settings(site: SiteSession) -> dict[str, object]:
    with site.unit_of_work() as session:
        return {key: read_setting(session, key) for key in SETTINGS}


def coerce(key: str, value: object) -> object:
    spec = SETTINGS.get(key)
    if spec is None:
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
    if key == "site_name":
        return check_site_name(text)
    if key == "participant_prefix":
        cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
        if not 1 <= len(cleaned) <= 8:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A LEAD number prefix is 1 to 8 letters or digits."), field=key
            )
        return cleaned
    return text


def set_setting(site: SiteSession, key: str, value: object) -> object:
    site.require(Permission.CHANGE_SETTINGS)
    value = coerce(key, value)
    with site.unit_of_work() as session:
        old = read_setting(session, key)
        if old == value:
            return value
        write_setting(session, key, value, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=key)
    site.forget_settings()
    if key == "keychain_allowed" and value is False:
        from lead_desktop.services.accounts import remove_all_keychain_slots

        remove_all_keychain_slots(site)
    return value
