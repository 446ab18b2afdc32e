"""What holds across services.participants: viewers see no participant record, a case manager works
their caseload, and every view and change is audited with ids only."""

from __future__ import annotations

import json

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from tests.services.participants.helpers import (
    VALID,
    add_staff,
    audit_entries,
    days_ago,
    ids,
    moment,
    person,
    sign_in_as,
)


def test_a_viewer_never_sees_participant_records(new_site, site_dir):
    rosa = person(new_site, "Rosa", "Parkes")
    other = person(new_site, "Other", "Person")
    consent = ps.add_record(new_site, "consent", rosa.id, {
        "disclosing_party": "LEAD", "recipients": "Police", "information": ["enrollment"], "purpose": "Coordination",
        "right_to_revoke_explained": True, "signed_on": days_ago(1), "expiry_event": "End of participation"})
    scan = ps.attach_consent_document(new_site, consent.id, "form.pdf", b"%PDF-1.4 signed")
    merge = ps.merge_participants(new_site, rosa.id, other.id)
    add_staff(new_site, "vera", Role.VIEWER)
    new_site.close()

    viewer = sign_in_as(site_dir, "vera")
    try:
        assert viewer.actor.role is Role.VIEWER
        refused = [
            lambda: ps.get_participant(viewer, rosa.id),
            lambda: ps.list_participants(viewer),
            lambda: ps.list_participants(viewer, query="rosa"),
            lambda: ps.today_page(viewer),
            lambda: ps.add_record(viewer, "contact", rosa.id, {"at": moment(-1)}),
            lambda: ps.list_records(viewer, "contact", rosa.id),
            lambda: ps.create_participant(viewer, VALID),
            lambda: ps.update_participant(viewer, rosa.id, dict(rosa.values)),
            lambda: ps.find_duplicates(viewer, VALID),
            lambda: ps.caseloads(viewer),
            lambda: ps.case_managers(viewer),
            lambda: ps.consent_documents(viewer, consent.id),
            lambda: ps.read_consent_document(viewer, scan.id),
            lambda: ps.attach_consent_document(viewer, consent.id, "form.pdf", b"%PDF-1.4"),
            lambda: ps.merges_for(viewer, rosa.id),
            lambda: ps.undo_merge(viewer, merge.id),
            lambda: ps.merge_preview(viewer, rosa.id, other.id),
            lambda: ps.delete_record(viewer, "consent", consent.id),
        ]
        for call in refused:
            with pytest.raises(PermissionDenied) as caught:
                call()
            assert "Viewer" in caught.value.message
    finally:
        viewer.close()


def test_a_case_manager_can_create_and_edit(new_site, site_dir):
    add_staff(new_site, "casey")
    new_site.close()
    cm = sign_in_as(site_dir, "casey")
    try:
        made = ps.create_participant(cm, {**VALID, "case_manager_id": cm.actor.account_id})
        changed = ps.update_participant(cm, made.id, {**made.values, "phone": "555-0199", "aliases": "Rosie"})
        assert changed.values["phone"] == "555-0199" and changed.values["aliases"] == "Rosie"
        contact = ps.add_record(cm, "contact", made.id, {"at": moment(-1), "note": "Met at the library"})
        assert contact.extra["staff_id"] == cm.actor.account_id
        assert ids(ps.list_participants(cm, mine=True)) == [made.id]
        assert ps.get_participant(cm, made.id).last_contact_at == moment(-1)
    finally:
        cm.close()


def test_views_and_changes_are_audited_with_ids_only(new_site):
    rosa = person(new_site, "Rosalind", "Quimby", aliases="Birdie", phone="555-0142")
    ps.update_participant(new_site, rosa.id, {**rosa.values, "last_name": "Quimbley"})
    contact = ps.add_record(new_site, "contact", rosa.id, {"at": moment(-1), "note": "Quimby at the bus station"})
    before_view = audit_service.count_entries(new_site)
    ps.get_participant(new_site, rosa.id)
    assert audit_service.count_entries(new_site) == before_view + 1

    entries = audit_entries(new_site)
    view = entries[0]
    assert (view.action, view.entity_type, view.entity_id) == (AuditAction.VIEW.value, "participant", rosa.id)
    assert view.actor == "admin"
    actions = {(e.action, e.entity_type, e.entity_id) for e in entries}
    assert (AuditAction.CREATE.value, "participant", rosa.id) in actions
    assert (AuditAction.UPDATE.value, "participant", rosa.id) in actions
    assert (AuditAction.CREATE.value, "contact", contact.id) in actions
    update = next(e for e in entries if e.action == AuditAction.UPDATE.value and e.entity_id == rosa.id)
    assert update.detail["fields"] == ["last_name"]  # which fields, never their values
    created = next(e for e in entries if e.action == AuditAction.CREATE.value and e.entity_id == contact.id)
    assert created.detail["participant"] == rosa.id

    text = json.dumps([[e.actor, e.entity_type, e.entity_id, e.detail] for e in entries]).casefold()
    for secret in ("rosalind", "quimby", "quimbley", "birdie", "555-0142", "bus station"):
        assert secret not in text
    assert audit_service.verify_chain(new_site).ok
