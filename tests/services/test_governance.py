"""Governance through the services: organisations, people, bodies, seats, memberships, rosters with
expiring terms and empty seats, permissions and the audit trail.

`small_pcg` and `small_owg` build bodies other test modules (meetings) reuse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from tests.helpers import sites as site_helpers
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import governance as gov
from lead_desktop.services import site as sites
from tests.services.test_participants import add_staff, sign_in_as

TODAY = date.today()


@dataclass
class Built:
    body: gov.Body
    orgs: dict[str, gov.Organisation]
    members: dict[str, gov.MembershipRow]  # by person name


def org(site, name, kind="other", short=None) -> gov.Organisation:
    return gov.create_organisation(site, {"name": name, "kind": kind, "short_name": short})


def member(site, body_id, name, organisation, role="member", *, authority=True, start=None, end=None,
           confidentiality=None, alternate_for=None) -> gov.MembershipRow:
    person = gov.create_person(site, {"full_name": name, "organisation_id": organisation.id, "title": "Officer"})
    return gov.add_membership(site, body_id, {
        "person_id": person.id, "role": role, "term_start": start or TODAY - timedelta(days=300),
        "term_end": end, "decision_authority": authority, "confidentiality_signed_on": confidentiality,
        "alternate_for_id": alternate_for,
    })


def small_pcg(site) -> Built:
    """A PCG of three member agencies (one seat each), consensus with one voice per agency, plus the PM."""
    orgs = {
        "pd": org(site, "New Orleans Police Department", "law_enforcement", "NOPD"),
        "da": org(site, "Orleans Parish District Attorney", "prosecution", "OPDA"),
        "hd": org(site, "City Health Department", "health_agency"),
        "pm": org(site, "Harbor Host Agency", "service_provider"),
    }
    body = gov.create_body(site, {"name": "Policy Coordinating Group", "kind": "pcg",
                                  "rule": "consensus_one_voice_per_agency"})
    for key in ("pd", "da", "hd"):
        gov.add_seat(site, body.id, {"organisation_id": orgs[key].id, "seats": 1})
    members = {
        "Chief Ada": member(site, body.id, "Chief Ada", orgs["pd"], "chair"),
        "DA Bo": member(site, body.id, "DA Bo", orgs["da"]),
        "Director Cy": member(site, body.id, "Director Cy", orgs["hd"]),
        "PM Di": member(site, body.id, "PM Di", orgs["pm"], "staff", authority=False),
    }
    members["Deputy Ed"] = member(site, body.id, "Deputy Ed", orgs["pd"], "alternate",
                                  alternate_for=members["Chief Ada"].id)
    return Built(body, orgs, members)


def small_owg(site) -> Built:
    """An OWG of four voting members, quorum 50 %."""
    orgs = {
        "pd": org(site, "New Orleans Police Department", "law_enforcement", "NOPD"),
        "pdf": org(site, "Orleans Public Defenders", "defense"),
        "cm": org(site, "Harbor Case Management", "service_provider"),
        "hh": org(site, "Harbor Housing", "service_provider"),
    }
    body = gov.create_body(site, {"name": "OWG — 8th District", "kind": "owg", "area": "8th District",
                                  "rule": "quorum_share", "quorum_percent": 50})
    signed = TODAY - timedelta(days=100)
    members = {
        "Officer Fay": member(site, body.id, "Officer Fay", orgs["pd"], "chair", confidentiality=signed),
        "Defender Gus": member(site, body.id, "Defender Gus", orgs["pdf"], confidentiality=signed),
        "Manager Hal": member(site, body.id, "Manager Hal", orgs["cm"], confidentiality=signed),
        "Housing Ivy": member(site, body.id, "Housing Ivy", orgs["hh"], confidentiality=signed),
    }
    return Built(body, orgs, members)


def test_organisations_people_and_bodies_are_saved_and_listed(new_site):
    built = small_pcg(new_site)
    names = [o.name for o in gov.list_organisations(new_site)]
    assert names == sorted(names, key=str.casefold) and len(names) == 4
    people = gov.list_people(new_site, built.orgs["pd"].id)
    assert {p.full_name for p in people} == {"Chief Ada", "Deputy Ed"}
    assert people[0].organisation == "New Orleans Police Department"
    owg = gov.create_body(new_site, {"name": "OWG East", "kind": "owg", "rule": "quorum_count", "quorum_count": 3})
    clt = gov.create_body(new_site, {"name": "Community Leadership Team", "kind": "clt", "in_development": True,
                                     "rule": "quorum_share", "quorum_percent": 50})
    assert [b.kind for b in gov.list_bodies(new_site)] == ["pcg", "owg", "clt"]
    assert gov.get_body(new_site, clt.id).in_development is True
    assert owg.rule_spec.count == 3 and owg.quorum_percent is None  # only the number the rule uses is kept

    updated = gov.update_organisation(new_site, built.orgs["hd"].id, {"name": "City Health Dept.", "kind": "health_agency"})
    assert updated.name == "City Health Dept."


def test_duplicate_organisation_name_is_refused(new_site):
    org(new_site, "Harbor Housing")
    with pytest.raises(ValidationError) as caught:
        org(new_site, "harbor housing")
    assert caught.value.field == "name"


def test_membership_checks(new_site):
    built = small_pcg(new_site)
    person = gov.create_person(new_site, {"full_name": "New Person", "organisation_id": built.orgs["da"].id})
    with pytest.raises(FormInvalid):
        gov.add_membership(new_site, built.body.id, {"person_id": person.id, "role": "member",
                                                     "term_start": TODAY, "term_end": TODAY - timedelta(days=1)})
    with pytest.raises(ValidationError) as caught:  # an alternate for someone on another body
        other = gov.create_body(new_site, {"name": "Other", "kind": "other", "rule": "quorum_count", "quorum_count": 1})
        gov.add_membership(new_site, other.id, {"person_id": person.id, "role": "alternate", "term_start": TODAY,
                                                "alternate_for_id": built.members["DA Bo"].id})
    assert caught.value.field == "alternate_for_id"
    row = gov.add_membership(new_site, built.body.id, {"person_id": person.id, "role": "member", "term_start": TODAY})
    assert row.organisation_id == built.orgs["da"].id  # the person's own organisation by default
    assert built.members["Deputy Ed"].alternate_for == "Chief Ada"


def test_roster_shows_expiring_terms_and_empty_seats(new_site):
    built = small_pcg(new_site)
    clinic = org(new_site, "Eastside Clinic", "service_provider")
    gov.add_seat(new_site, built.body.id, {"organisation_id": clinic.id, "seats": 1})
    gov.add_seat(new_site, built.body.id, {"seats": 1, "note": "Community member"})
    soon = member(new_site, built.body.id, "Soon Gone", org(new_site, "County Council", "elected_office"),
                  end=TODAY + timedelta(days=20))
    later = member(new_site, built.body.id, "Stays On", built.orgs["hd"], role="co_chair", end=TODAY + timedelta(days=90))
    gov.end_membership(new_site, built.members["DA Bo"].id, TODAY - timedelta(days=1))

    roster = gov.roster_data(new_site, built.body.id)
    by_name = {m.person: m for m in roster.members}
    assert by_name["Soon Gone"].state == "expiring" and by_name["Stays On"].state == "current"
    assert [m.person for m in roster.expiring] == ["Soon Gone"]
    assert "DA Bo" not in by_name and [m.person for m in roster.ended] == ["DA Bo"]
    # DA's seat is empty now; the clinic never had a member; the council member fills the open seat
    empty = {(e.organisation, e.missing) for e in roster.empty_seats}
    assert empty == {("Orleans Parish District Attorney", 1), ("Eastside Clinic", 1)}
    assert roster.seat_total == 5
    assert roster.members[0].role == "chair"  # chairs first

    terms = gov.expiring_terms(new_site)
    assert [(t.person, t.days_left) for t in terms] == [("Soon Gone", 20)]
    assert soon.id == terms[0].membership_id and later.id not in {t.membership_id for t in terms}
    assert gov.expiring_terms(new_site, within_days=120)[-1].person == "Stays On"


def test_owg_members_without_a_confidentiality_agreement_are_flagged(new_site):
    built = small_owg(new_site)
    late = member(new_site, built.body.id, "New Officer", built.orgs["pd"])
    assert "no_confidentiality" in late.flags
    assert "no_confidentiality" not in built.members["Officer Fay"].flags


def test_records_in_use_are_not_deleted(new_site):
    built = small_pcg(new_site)
    with pytest.raises(gov.StillInUse):
        gov.delete_organisation(new_site, built.orgs["pd"].id)
    person_id = built.members["DA Bo"].person_id
    with pytest.raises(gov.StillInUse):
        gov.delete_person(new_site, person_id)
    gov.end_membership(new_site, built.members["DA Bo"].id, TODAY - timedelta(days=1))
    gov.delete_person(new_site, person_id)
    assert person_id not in {p.id for p in gov.list_people(new_site)}
    lonely = org(new_site, "Nobody Here")
    gov.delete_organisation(new_site, lonely.id)
    assert lonely.id not in {o.id for o in gov.list_organisations(new_site)}


def test_viewer_reads_governance_but_cannot_change_it(new_site, site_dir):
    built = small_pcg(new_site)
    add_staff(new_site, "viewer1", Role.VIEWER)
    add_staff(new_site, "casemgr", Role.CASE_MANAGER)
    new_site.close()
    viewer = sign_in_as(site_dir, "viewer1")
    try:
        roster = gov.roster_data(viewer, built.body.id)
        assert len(roster.members) == 5
        assert gov.list_organisations(viewer)
        with pytest.raises(PermissionDenied):
            gov.create_organisation(viewer, {"name": "X", "kind": "other"})
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
    assert {"gov_organisation", "gov_person", "gov_body", "gov_body_seat", "gov_membership"} <= types
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
