"""The versioned screening checklist (services.referrals.checklist)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import referrals as rs
from tests.services.participants.helpers import add_staff, sign_in_as
from tests.services.referrals.helpers import arrest, clear_answers


def test_saving_a_checklist_edited_from_an_older_version_says_so_and_saves_nothing(new_site):
    from lead_desktop.domain.errors import ChecklistChanged

    opened = rs.current_checklist(new_site)  # one person opens version 1 to edit it …
    rs.save_checklist(new_site, list(opened.criteria)[:-1], "someone else's", based_on=opened.version)  # … v2 lands
    mine = list(opened.criteria)[1:]
    with pytest.raises(ChecklistChanged) as raised:
        rs.save_checklist(new_site, mine, "mine", based_on=opened.version)
    assert raised.value.params == {"version": 2, "next": 3}
    assert rs.current_checklist(new_site).version == 2
    saved = rs.save_checklist(new_site, mine, "mine", based_on=2)  # saving again, on top of theirs
    assert saved.version == 3 and list(saved.criteria) == mine


def test_the_version_a_referral_was_screened_under_survives_a_checklist_change(new_site, site_dir):
    v1 = rs.current_checklist(new_site)
    assert v1.version == 1 and v1.criteria == R.DEFAULT_CHECKLIST
    # 4 g: fine under Santa Fe's 6 g, too much under the 3 g default.
    early = arrest(new_site, answers=clear_answers("arrest_diversion") | {"drug_quantity": 4}, first_name="Early")
    assert early.result == "ineligible" and early.screening.failed == ("drug_quantity",)

    add_staff(new_site, "pm", Role.PROJECT_MANAGER)
    new_site.close()
    pm = sign_in_as(site_dir, "pm")
    try:
        criteria = [replace(c, parameter=6) if c.code == "drug_quantity" else c for c in v1.criteria]
        criteria = [c for c in criteria if c.code != "not_amenable"]
        criteria.append(R.Criterion(R.new_criterion_code([c.code for c in criteria]), "Lives outside the county",
                                    ("community",)))
        v2 = rs.save_checklist(pm, criteria, "PCG decision: Santa Fe limit")
        assert v2.version == 2 and v2.created_by == "Pm" and v2.change_note == "PCG decision: Santa Fe limit"
        with pytest.raises(ValidationError, match="Nothing was changed"):
            rs.save_checklist(pm, list(v2.criteria))

        old = rs.get_referral(pm, early.id)
        assert old.checklist_version == 1 and old.criteria == R.DEFAULT_CHECKLIST
        assert old.result == "ineligible" and old.screening.reasons[0].startswith("Drug quantity")
        # Editing the old referral keeps its version and its answers.
        edited = rs.update_referral(pm, early.id, {**old.values, "notes": "more detail"})
        assert edited.checklist_version == 1 and edited.result == "ineligible"

        answers = {k: v for k, v in clear_answers("arrest_diversion").items() if k != "not_amenable"}
        late = rs.create_referral(pm, {**old.values, "first_name": "Late", "notes": None},
                                  answers | {"drug_quantity": 4})
        assert late.checklist_version == 2 and late.result == "eligible"
        assert "not_amenable" not in [c.code for c in late.criteria]

        versions = rs.checklist_versions(pm)
        assert [(v.version, v.referrals) for v in versions] == [(2, 1), (1, 1)]
    finally:
        pm.close()
