"""What holds across services.referrals: viewers see no referral, case managers do not edit the
checklist, and every view and change is audited with ids only."""

from __future__ import annotations

import json

import pytest

from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import referrals as rs
from tests.services.participants.helpers import add_staff, sign_in_as
from tests.services.referrals.helpers import TODAY, arrest


def test_viewers_see_no_referrals_and_case_managers_cannot_edit_the_checklist(new_site, site_dir):
    detail = arrest(new_site)
    add_staff(new_site, "viewer", Role.VIEWER)
    add_staff(new_site, "casey", Role.CASE_MANAGER)
    new_site.close()

    viewer = sign_in_as(site_dir, "viewer")
    try:
        for call in (lambda: rs.list_referrals(viewer), lambda: rs.get_referral(viewer, detail.id),
                     lambda: rs.intake_queue(viewer), lambda: rs.intake_summary(viewer),
                     lambda: rs.list_agencies(viewer), lambda: rs.current_checklist(viewer)):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        viewer.close()

    casey = sign_in_as(site_dir, "casey")
    try:
        assert rs.get_referral(casey, detail.id).id == detail.id
        edited = list(rs.current_checklist(casey).criteria)[:-1]
        with pytest.raises(PermissionDenied, match="screening checklist"):
            rs.save_checklist(casey, edited, "drop one")
        rs.set_outcome(casey, detail.id, "declined")
    finally:
        casey.close()


def test_changes_and_views_are_audited_with_ids_only(new_site):
    detail = arrest(new_site, first_name="Zebulon", last_name="Quartermaine", notes="Sleeps at the Zephyr arcade")
    rs.get_referral(new_site, detail.id)
    rs.set_override(new_site, detail.id, {"override_result": "eligible", "override_by": "ADA Xanthippe Smith",
                                          "override_reason": "Prosecutor's discretion"})
    rs.record_intake(new_site, detail.id, {"prosecutor_notified_on": TODAY, "prosecutor_notified_how": "Phone"})
    # (On a server the database's triggers add a row.insert/row.update entry per changed row as well.)
    entries = [e for e in audit_service.list_entries(new_site, limit=1000)
               if e.entity_id == detail.id and not e.action.startswith("row.")]
    actions = [(e.action, e.detail.get("fields")) for e in reversed(entries)]
    assert actions[0] == ("create", None) and ("view", None) in actions
    assert ("update", ["override"]) in actions
    assert ("update", ["prosecutor_notified_how", "prosecutor_notified_on"]) in actions
    text = json.dumps([e.detail for e in audit_service.list_entries(new_site, limit=1000)])
    for secret in ("Zebulon", "Quartermaine", "Zephyr", "Xanthippe", "Phone", "Possession"):
        assert secret not in text
    assert audit_service.verify_chain(new_site).ok
