"""A body's roster (services.governance.roster): expiring terms and empty seats."""

from __future__ import annotations

from datetime import timedelta

from lead_desktop.services import governance as gov
from tests.services.governance.helpers import TODAY, member, org, small_pcg


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
    empty = {(e.organization, e.missing) for e in roster.empty_seats}
    assert empty == {("Orleans Parish District Attorney", 1), ("Eastside Clinic", 1)}
    assert roster.seat_total == 5
    assert roster.members[0].role == "chair"  # chairs first

    terms = gov.expiring_terms(new_site)
    assert [(t.person, t.days_left) for t in terms] == [("Soon Gone", 20)]
    assert soon.id == terms[0].membership_id and later.id not in {t.membership_id for t in terms}
    assert gov.expiring_terms(new_site, within_days=120)[-1].person == "Stays On"
