"""What holds across services.governance: records saved and listed, records in use kept, viewers
read but never change, every change audited with ids only, nothing lost across a sign-out."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import governance as gov
from tests.helpers import sites as site_helpers
from tests.services.governance.helpers import TODAY, org, small_pcg
from tests.services.participants.helpers import add_staff, sign_in_as


def test_organizations_people_and_bodies_are_saved_and_listed(new_site):
    built = small_pcg(new_site)
    names = [o.name for o in gov.list_organizations(new_site)]
    assert names == sorted(names, key=str.casefold) and len(names) == 4
    people = gov.list_people(new_site, built.orgs["pd"].id)
    assert {p.full_name for p in people} == {"Chief Ada", "Deputy Ed"}
    assert people[0].organization == "New Orleans Police Department"
    owg = gov.create_body(new_site, {"name": "OWG East", "kind": "owg", "rule": "quorum_count", "quorum_count": 3})
    clt = gov.create_body(new_site, {"name": "Community Leadership Team", "kind": "clt", "in_development": True,
                                     "rule": "quorum_share", "quorum_percent": 50})
    assert [b.kind for b in gov.list_bodies(new_site)] == ["pcg", "owg", "clt"]
    assert gov.get_body(new_site, clt.id).in_development is True
    assert owg.rule_spec.count == 3 and owg.quorum_percent is None  # only the number the rule uses is kept

    updated = gov.update_organization(new_site, built.orgs["hd"].id, {"name": "City Health Dept.", "kind": "health_agency"})
    assert updated.name == "City Health Dept."


def test_records_in_use_are_not_deleted(new_site):
    built = small_pcg(new_site)
    with pytest.raises(gov.StillInUse):
        gov.delete_organization(new_site, built.orgs["pd"].id)
    person_id = built.members["DA Bo"].person_id
    with pytest.raises(gov.StillInUse):
        gov.delete_person(new_site, person_id)
    gov.end_membership(new_site, built.members["DA Bo"].id, TODAY - timedelta(days=1))
    gov.delete_person(new_site, person_id)
    assert person_id not in {p.id for p in gov.list_people(new_site)}
    lonely = org(new_site, "Nobody Here")
    gov.delete_organization(new_site, lonely.id)
    assert lonely.id not in {o.id for o in gov.list_organizations(new_site)}


def test_viewer_reads_governance_but_cannot_change_it(new_site, site_dir):
    built = small_pcg(new_site)
    add_staff(new_site, "viewer1", Role.VIEWER)
    add_staff(new_site, "casemgr", Role.CASE_MANAGER)
    new_site.close()
    viewer = sign_in_as(site_dir, "viewer1")
    try:
        roster = gov.roster_data(viewer, built.body.id)
        assert len(roster.members) == 5
        assert gov.list_organizations(viewer)
        with pytest.raises(PermissionDenied):
            gov.create_organization(viewer, {"name": "X", "kind": "other"})
        with pytest.raises(PermissionDenied):
            gov.add_membership(viewer, built.body.id, {"person_id": built.members["DA Bo"].person_id,
                                                       "role": "member", "term_start": TODAY})
    finally:
        viewer.close()
    manager = sign_in_as(site_dir, "casemgr")
    try:
        with pytest.raises(PermissionDenied):  # case managers read governance; only the PM and admins change it
            gov.update_body(manager, built.body.id, {"name": "PCG", "kind": "pcg",
                                                     "rule": "consensus_one_voice_per_agency"})
    finally:
        manager.close()


def test_every_change_is_audited_with_ids_only(new_site):
    built = small_pcg(new_site)
    gov.end_membership(new_site, built.members["DA Bo"].id)
    entries = audit_service.list_entries(new_site, limit=1000)
    types = {e.entity_type for e in entries}
    assert {"organization", "gov_person", "gov_body", "gov_body_seat", "gov_membership"} <= types
    assert any(e.entity_id == built.members["DA Bo"].id and e.detail.get("ended") for e in entries)
    text = json.dumps([e.detail for e in entries])
    for name in ("Chief Ada", "New Orleans Police Department", "Policy Coordinating Group", "NOPD"):
        assert name not in text


def test_governance_survives_closing_and_signing_in_again(new_site, site_dir):
    built = small_pcg(new_site)
    new_site.close()
    from tests.conftest import ADMIN_PASSWORD

    again = site_helpers.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        roster = gov.roster_data(again, built.body.id)
        assert {m.person for m in roster.members} == set(built.members)
    finally:
        again.close()
