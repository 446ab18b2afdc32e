"""Memberships (services.governance.memberships): the checks, and the OWG's confidentiality flag."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import governance as gov
from tests.services.governance.helpers import TODAY, member, small_owg, small_pcg


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
    assert row.organisation_id == built.orgs["da"].id  # the person's own organization by default
    assert built.members["Deputy Ed"].alternate_for == "Chief Ada"


def test_owg_members_without_a_confidentiality_agreement_are_flagged(new_site):
    built = small_owg(new_site)
    late = member(new_site, built.body.id, "New Officer", built.orgs["pd"])
    assert "no_confidentiality" in late.flags
    assert "no_confidentiality" not in built.members["Officer Fay"].flags
