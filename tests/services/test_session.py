"""The open site and its signed-in person (services.session): settings read once per session and
forgotten on a change, settings rows written once and then updated, and the actor's role deciding."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.domain.settings import SETTINGS
from lead_desktop.services import settings as settings_service
from lead_desktop.services.session import read_setting, write_setting
from lead_desktop.storage.models import Setting
from tests.services.participants.helpers import add_staff, sign_in_as


def test_a_setting_is_read_once_per_session_and_forgotten_on_a_change(new_site):
    assert new_site.setting("inactive_after_days") == SETTINGS["inactive_after_days"].default
    with new_site.unit_of_work() as session:  # behind the session's back, as another program would
        write_setting(session, "inactive_after_days", 45, None)
    assert new_site.setting("inactive_after_days") == SETTINGS["inactive_after_days"].default
    new_site.forget_settings()
    assert new_site.setting("inactive_after_days") == 45
    settings_service.set_setting(new_site, "inactive_after_days", 60)
    assert new_site.setting("inactive_after_days") == 60


def test_a_setting_row_is_written_once_and_then_updated(new_site):
    actor = new_site.actor.account_id
    with new_site.unit_of_work() as session:
        assert read_setting(session, "intake_deadline_days") == SETTINGS["intake_deadline_days"].default
        assert read_setting(session, "no_such_setting") is None
        write_setting(session, "intake_deadline_days", 20, actor)
        session.flush()
        write_setting(session, "intake_deadline_days", 25, actor)
        session.flush()
        assert read_setting(session, "intake_deadline_days") == 25
        rows = session.scalar(select(func.count()).select_from(Setting).where(Setting.key == "intake_deadline_days"))
    assert rows == 1


def test_the_actors_role_decides_and_a_refusal_names_role_and_action(new_site, site_dir):
    assert new_site.actor.role is Role.ADMINISTRATOR and not new_site.actor.via_recovery_key
    assert new_site.can(Permission.EDIT_PARTICIPANTS)
    new_site.require(Permission.EDIT_PARTICIPANTS)
    add_staff(new_site, "vera", Role.VIEWER)
    new_site.close()  # one program per site folder on a laptop
    viewer = sign_in_as(site_dir, "vera")
    try:
        assert viewer.actor.username == "vera" and viewer.actor.role is Role.VIEWER
        assert viewer.can(Permission.VIEW_REPORTS) and not viewer.can(Permission.EDIT_PARTICIPANTS)
        with pytest.raises(PermissionDenied) as refused:
            viewer.require(Permission.EDIT_PARTICIPANTS)
        assert Role.VIEWER.label in refused.value.message
    finally:
        viewer.close()
