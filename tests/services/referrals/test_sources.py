"""Referring agencies and officers (services.referrals.sources)."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import referrals as rs
from tests.services.referrals.helpers import arrest, arrest_values, at, sources


def test_agencies_and_officers_are_reusable_with_counts(new_site):
    agency_id, officer_id = sources(new_site)
    second = rs.save_officer(new_site, {"name": "Sgt. Kim Lo", "badge": "17", "agency_id": agency_id})
    arrest(new_site, first_name="A")
    arrest(new_site, first_name="B")
    rs.create_referral(new_site, arrest_values(new_site, first_name="C", officer_id=second))
    agency = next(a for a in rs.list_agencies(new_site) if a.id == agency_id)
    assert agency.referrals == 3 and agency.officers == 2 and agency.kind == "law_enforcement"
    counts = {o.id: o.referrals for o in rs.list_officers(new_site)}
    assert counts == {officer_id: 2, second: 1}
    assert {o.agency for o in rs.list_officers(new_site)} == {"Harbour Police Department"}

    with pytest.raises(ValidationError, match="already an organization"):
        rs.save_agency(new_site, {"name": "harbour  police department ", "kind": "other"})
    with pytest.raises(FormInvalid):
        rs.save_agency(new_site, {"name": "Food Bank", "kind": "bakery"})

    provider = rs.save_agency(new_site, {"name": "Harbour Outreach", "kind": "service_provider"})
    with pytest.raises(ValidationError, match="another agency"):
        rs.create_referral(new_site, arrest_values(new_site, agency_id=provider))
    rs.save_agency(new_site, {"name": "Harbour Outreach", "kind": "service_provider", "active": False}, provider)
    assert [a.name for a in rs.list_agencies(new_site, include_inactive=False)] == ["Harbour Police Department"]
    with pytest.raises(ValidationError, match="active referring agency"):
        rs.create_referral(new_site, {"pathway": "community", "referred_at": at(-1), "first_name": "Ray",
                                      "agency_id": provider})
