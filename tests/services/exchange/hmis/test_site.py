"""The site's HMIS details (services.exchange.hmis.site): kept as settings, each change audited, checked."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import settings as settings_service
from tests.services.exchange.hmis.builders import DETAILS


def test_details_start_blank_and_are_kept_once_given(new_site):
    values = ex.hmis_site_values(new_site)
    assert values["project_id"] == "" and values["operating_start"] is None and values["project_type"] == "6"
    with pytest.raises(FormInvalid):
        ex.hmis_site(new_site)
    kept = ex.save_hmis_site(new_site, DETAILS)
    assert kept["operating_start"] == date(2023, 1, 1) and kept["continuum_project"] is True
    project = ex.hmis_site(new_site)
    assert (project.project_id, project.project_type, project.funder, project.coc_code) == (
        "LEAD-PROJECT-1", 4, 46, "NM-500")
    changed = {e.detail["key"] for e in audit_service.list_entries(new_site, limit=40)
               if e.action == AuditAction.SETTINGS_CHANGED.value}
    assert {"hmis_project_id", "hmis_operating_start", "hmis_coc_code"} <= changed


def test_a_change_of_one_detail_keeps_the_others_and_is_audited_alone(new_site):
    def changes() -> list[dict]:
        return [e.detail for e in audit_service.list_entries(new_site, limit=500)
                if e.action == AuditAction.SETTINGS_CHANGED.value]

    ex.save_hmis_site(new_site, DETAILS)
    before = changes()
    ex.save_hmis_site(new_site, {"project_name": "LEAD Santa Fe County"})
    assert changes() == [{"key": "hmis_project_name"}, *before]
    assert ex.hmis_site(new_site).project_name == "LEAD Santa Fe County"
    assert ex.hmis_site(new_site).grant_id == "SF-2024-17"


def test_wrong_details_are_refused_and_nothing_kept(new_site):
    with pytest.raises(FormInvalid) as caught:
        ex.save_hmis_site(new_site, {**DETAILS, "geocode": "35904", "funder": "46", "other_funder": ""})
    assert set(caught.value.problems) == {"geocode", "other_funder"}
    assert ex.hmis_site_values(new_site)["project_id"] == ""


def test_the_details_are_not_site_settings_an_administrator_edits(new_site):
    with pytest.raises(ValidationError) as caught:
        settings_service.set_setting(new_site, "hmis_project_id", "X")
    assert "no setting" in caught.value.message
