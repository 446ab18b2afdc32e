"""Site settings: validated against their specs, saved only when valid, every change audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.settings import SETTINGS
from lead_desktop.services import audit as audit_service
from lead_desktop.services import settings
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import signed_in


def test_defaults_and_what_creation_set(new_site):
    values = settings.get_settings(new_site)
    assert set(values) == set(SETTINGS)
    assert values["site_name"] == SITE_NAME
    assert values["participant_prefix"] == "ZANZ"
    assert values["auto_lock_minutes"] == 15 and values["keychain_allowed"] is True
    assert values["paper_size"] == "letter"  # a US program: US Letter unless the site chooses A4


def test_the_audit_private_key_is_not_a_setting(new_site):
    assert "audit_private_key" not in settings.get_settings(new_site)
    with pytest.raises(ValidationError):
        settings.set_setting(new_site, "audit_private_key", "00" * 32)


@pytest.mark.parametrize(
    "key, value",
    [
        ("auto_lock_minutes", 0),
        ("auto_lock_minutes", 241),
        ("auto_lock_minutes", "-5"),
        ("auto_lock_minutes", "fifteen"),
        ("auto_lock_minutes", 2.5),
        ("auto_lock_minutes", None),
        ("inactive_after_days", 6),
        ("inactive_after_days", 731),
        ("intake_deadline_days", "1e3"),
        ("keychain_allowed", "maybe"),
        ("participant_prefix", "!!!"),
        ("participant_prefix", "ABCDEFGHI"),
        ("site_name", "   "),
        ("site_name", "x" * 121),
        ("no_such_setting", 1),
        ("paper_size", "legal"),
        ("paper_size", ""),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_saved(new_site, key, value):
    before = settings.get_settings(new_site)
    entries = audit_service.count_entries(new_site)
    with pytest.raises(ValidationError) as caught:
        settings.set_setting(new_site, key, value)
    assert caught.value.message
    if key in SETTINGS:
        assert caught.value.field == key
    assert settings.get_settings(new_site) == before
    assert audit_service.count_entries(new_site) == entries


def test_each_change_is_saved_and_audited(new_site, site_dir):
    assert settings.set_setting(new_site, "auto_lock_minutes", "240") == 240
    assert settings.set_setting(new_site, "auto_lock_minutes", 1) == 1
    assert settings.set_setting(new_site, "keychain_allowed", "no") is False
    assert settings.set_setting(new_site, "participant_prefix", "nola-1") == "NOLA1"
    assert settings.set_setting(new_site, "site_name", "  New   Orleans LEAD ") == "New Orleans LEAD"
    assert settings.set_setting(new_site, "paper_size", " A4 ") == "a4"
    entries = audit_service.count_entries(new_site)
    settings.set_setting(new_site, "auto_lock_minutes", 1)  # unchanged: nothing to record
    assert audit_service.count_entries(new_site) == entries
    assert new_site.site_name == "New Orleans LEAD"

    changed = audit_service.list_entries(new_site, action=AuditAction.SETTINGS_CHANGED.value)
    assert [row.detail["key"] for row in reversed(changed)] == [
        "auto_lock_minutes", "auto_lock_minutes", "keychain_allowed", "participant_prefix", "site_name", "paper_size"
    ]
    assert all(row.actor == "admin" and set(row.detail) == {"key"} for row in changed), "values stay out of the log"
    new_site.close()
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        values = settings.get_settings(site)
        assert (values["auto_lock_minutes"], values["keychain_allowed"], values["participant_prefix"]) == (1, False, "NOLA1")
        assert site.site_name == "New Orleans LEAD"


def test_the_day_the_site_started_using_lead_desktop_is_a_past_date_or_empty(new_site):
    assert settings.get_settings(new_site)["started_using_on"] == ""
    assert settings.set_setting(new_site, "started_using_on", "03/31/2025") == "2025-03-31"
    assert settings.get_settings(new_site)["started_using_on"] == "2025-03-31"
    for bad in ("31/03/2025", "soon", (date.today() + timedelta(days=1)).isoformat()):
        with pytest.raises(ValidationError):
            settings.set_setting(new_site, "started_using_on", bad)
    assert settings.set_setting(new_site, "started_using_on", "") == ""
