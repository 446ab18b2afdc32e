"""The demo governance: a PCG of eight agencies, two OWGs, a CLT in development, meetings with minutes
at every stage, open action items and consent-checked case conferencing."""

from __future__ import annotations

from lead_desktop.services import demo
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services.demo_governance import fill_demo_governance
from tests.conftest import ADMIN_PASSWORD


def _shape(site):
    bodies = gov.list_bodies(site)
    return [(b.kind, b.name, b.in_development, len(gov.roster_data(site, b.id).members),
             [m.minutes_status for m in mt.list_meetings(site, b.id)]) for b in bodies]


def test_demo_governance(new_site):
    demo.fill_demo(new_site, ADMIN_PASSWORD, 40, seed=5, contacts_per_participant=1)  # governance included
    again = fill_demo_governance(new_site, seed=5)
    assert (again.organizations, again.bodies, again.meetings) == (0, 0, 0)  # a site with bodies is left alone
    orgs = gov.list_organizations(new_site)
    # The governance demo's 12 and the sheriff's office: the police department and the partners that make
    # community referrals are one row each, serving governance and referrals alike.
    assert len(orgs) == 13
    police = next(o for o in orgs if o.name == "Police Department")
    assert police.refers_people and police.short_name == "PD"
    assert {o.name for o in orgs if o.refers_people} == {
        "Police Department", "County Sheriff's Office", "Harbor Housing", "Interfaith Alliance",
        "Downtown Business Association"}
    bodies = gov.list_bodies(new_site)
    assert sum(len(mt.list_meetings(new_site, b.id)) for b in bodies) == 10
    assert [b.kind for b in bodies] == ["pcg", "owg", "owg", "clt"]
    pcg, owg, _owg2, clt = bodies
    assert clt.in_development and pcg.rule == "consensus_one_voice_per_agency"

    roster = gov.roster_data(new_site, pcg.id)
    assert len(roster.seats) == 8
    assert [(e.organization, e.missing) for e in roster.empty_seats] == [("City Council", 1)]
    assert len(roster.expiring) == 1
    assert [e.missing for e in gov.roster_data(new_site, clt.id).empty_seats] == [4]
    assert any("no_confidentiality" in m.flags for m in gov.roster_data(new_site, owg.id).members)

    statuses = [m.minutes_status for m in mt.list_meetings(new_site, pcg.id)]
    assert statuses == ["draft", "circulated", "approved", "locked"]  # newest first
    upcoming = mt.get_meeting(new_site, mt.list_meetings(new_site, pcg.id)[0].id)
    assert upcoming.actions and all(a.carried for a in upcoming.actions)
    assert any(a.overdue for a in upcoming.actions)
    decisions = [d for m in mt.list_meetings(new_site, pcg.id) for d in mt.get_meeting(new_site, m.id).decisions]
    assert any(d.criteria_version_id for d in decisions) and any(d.intake_deadline_days == 14 for d in decisions)

    coming = mt.list_meetings(new_site, owg.id)[0]
    gaps = mt.consent_gaps(new_site, coming.id)
    assert len(gaps) == 3
    assert any(g.uncovered and g.releases for g in gaps)  # some partners are not on the release
    assert any(g.releases == 0 for g in gaps)  # one release has lapsed

    # a site that already has bodies is left alone
    before = _shape(new_site)
    assert fill_demo_governance(new_site, seed=5).bodies == 0
    assert _shape(new_site) == before
    assert before[0][3] == 10  # seven members (the council seat is empty), two alternates, the project manager


def test_demo_governance_is_the_same_for_a_seed(new_site, tmp_path):
    from lead_desktop.services import site as sites

    other, _key = sites.create_site(tmp_path / "other", "Other", "admin", ADMIN_PASSWORD, "Ada Administrator")
    try:
        shapes = []
        for site in (new_site, other):
            fill_demo_governance(site, seed=9)
            people = sorted(p.full_name for p in gov.list_people(site))
            shapes.append((_shape(site), people))
        assert shapes[0] == shapes[1]
    finally:
        other.close()
