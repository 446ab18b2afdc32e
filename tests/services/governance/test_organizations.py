"""The site's one list of organizations (services.governance.organizations), which governance and
referral intake share."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import governance as gov
from lead_desktop.services import referrals as rs
from lead_desktop.services.governance import StillInUse
from tests.helpers.sites import signed_in
from tests.services.governance.helpers import org
from tests.services.referrals.helpers import arrest_values

CM_PASSWORD = "case manager passphrase"


def test_duplicate_organization_name_is_refused(new_site):
    org(new_site, "Harbor Housing")
    with pytest.raises(ValidationError) as caught:
        org(new_site, "harbor housing")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError):
        org(new_site, "  Harbor   Housing ")  # spacing aside too, as the migration merged them


def test_a_police_department_entered_once_serves_governance_and_referrals(new_site):
    police = gov.create_organization(new_site, {"name": "Harbor Police Department", "short_name": "HPD",
                                                "kind": "law_enforcement"})
    assert police.refers_people  # law enforcement refers people unless told otherwise
    council = gov.create_organization(new_site, {"name": "City Council", "kind": "elected_office"})
    assert not council.refers_people
    assert [a.id for a in rs.list_agencies(new_site)] == [police.id]

    # Added on the Referrals page: on Governance → Organizations too, marked as referring people.
    outreach = rs.save_agency(new_site, {"name": "Harbor Outreach", "kind": "service_provider"})
    listed = {o.id: o for o in gov.list_organizations(new_site)}
    assert set(listed) == {police.id, council.id, outreach} and listed[outreach].refers_people
    assert [o.id for o in gov.list_organizations(new_site, refers_people=True)] == [outreach, police.id]  # by name

    # A change on one side is the change on the other; what the referral side leaves out stays.
    rs.save_agency(new_site, {"name": "Harbor Police Dept."}, police.id)
    renamed = next(o for o in gov.list_organizations(new_site) if o.id == police.id)
    assert (renamed.name, renamed.short_name, renamed.kind) == ("Harbor Police Dept.", "HPD", "law_enforcement")

    # A referral names it: it is still listed as an agency when no longer marked, and cannot be deleted.
    officer = rs.save_officer(new_site, {"name": "Officer Reyes", "agency_id": police.id})
    rs.create_referral(new_site, arrest_values(new_site, agency_id=police.id, officer_id=officer))
    gov.update_organization(new_site, police.id, {"refers_people": False})
    assert police.id in {a.id for a in rs.list_agencies(new_site)}
    with pytest.raises(StillInUse):
        gov.delete_organization(new_site, police.id)
    gov.delete_organization(new_site, council.id)
    assert council.id not in {o.id for o in gov.list_organizations(new_site)}


def test_case_managers_add_referring_agencies_viewers_only_read(new_site, site_dir):
    accounts.add_account(new_site, "casey", "Casey Able", Role.CASE_MANAGER, CM_PASSWORD)
    accounts.add_account(new_site, "vic", "Vic Viewer", Role.VIEWER, CM_PASSWORD)
    new_site.close()
    with signed_in(site_dir, "casey", CM_PASSWORD) as cm:
        agency = rs.save_agency(cm, {"name": "Harbor Police Department", "kind": "law_enforcement"})
        assert [o.id for o in gov.list_organizations(cm)] == [agency]
    with signed_in(site_dir, "vic", CM_PASSWORD) as viewer:
        assert [o.name for o in gov.list_organizations(viewer)] == ["Harbor Police Department"]
        with pytest.raises(PermissionDenied):
            gov.create_organization(viewer, {"name": "Elsewhere", "kind": "other"})
        with pytest.raises(PermissionDenied):
            rs.list_agencies(viewer)
