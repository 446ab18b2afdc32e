"""Small builders the governance and meeting tests share: organizations, members, a small PCG and OWG."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lead_desktop.services import governance as gov

TODAY = date.today()


@dataclass
class Built:
    body: gov.Body
    orgs: dict[str, gov.Organization]
    members: dict[str, gov.MembershipRow]  # by person name


def org(site, name, kind="other", short=None) -> gov.Organization:
    return gov.create_organization(site, {"name": name, "kind": kind, "short_name": short})


def member(site, body_id, name, organization, role="member", *, authority=True, start=None, end=None,
           confidentiality=None, alternate_for=None) -> gov.MembershipRow:
    person = gov.create_person(site, {"full_name": name, "organisation_id": organization.id, "title": "Officer"})
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
