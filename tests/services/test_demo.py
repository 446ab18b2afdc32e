"""Demo sites: synthetic, deterministic for a seed, shaped like the published LEAD figures (DOMAIN.md §9)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lead_desktop.domain import vocab as V
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, demo
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from lead_desktop.services.participants.common import _today
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from tests.helpers.sites import signed_in

PASSWORD = "demo password 123"


def _people(folder) -> list[tuple]:
    """Everyone on the demo site, by LEAD number, as the list shows them."""
    with signed_in(folder, "admin", PASSWORD) as site:
        rows, offset = [], 0
        while True:
            page = ps.list_participants(site, sort="lead_number", limit=500, offset=offset)
            rows += [(r.lead_number, r.name, r.aliases, r.dob, r.status, r.last_contact_at) for r in page.rows]
            offset += 500
            if offset >= page.total:
                return rows


def test_same_seed_same_people_other_seed_other_people(tmp_path):
    made = {}
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        result = demo.create_demo(tmp_path / name, PASSWORD, participants=30, seed=seed)
        assert result.participants == 30 and result.recovery_key and result.admin_username == "admin"
        made[name] = _people(tmp_path / name)
    assert len(made["a"]) == 30
    assert made["a"] == made["b"]
    assert [r[1] for r in made["a"]] != [r[1] for r in made["c"]]
    assert [r[0] for r in made["a"]] == [f"DEMO-{i:06d}" for i in range(1, 31)]


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    from lead_desktop.storage import keyslots

    keyslots.force_kdf_cost_for_tests(10)  # the autouse fixture is function-scoped
    try:
        folder = tmp_path_factory.mktemp("demo") / "site"
        result = demo.create_demo(folder, PASSWORD, participants=2000, seed=11)
    finally:
        keyslots.force_kdf_cost_for_tests(None)
    return folder, result


def test_the_mix_follows_the_published_figures(big_demo):
    folder, result = big_demo
    assert result.contacts > 2000
    with signed_in(folder, "admin", PASSWORD) as site:
        assert ps.list_participants(site, limit=1).total == 2000
        with site.unit_of_work() as session:
            people = session.execute(select(M.Participant.sex, M.Participant.race_ethnicity, M.Participant.status,
                                            M.Participant.dob)).all()
            consents = session.scalar(select(func.count()).select_from(M.Consent))
            contacts = session.scalar(select(func.count()).select_from(M.Contact))
        loads = ps.caseloads(site)
    n = len(people)
    female = sum(1 for p in people if p.sex == "0") / n
    black = sum(1 for p in people if "3" in p.race_ethnicity.split(",")) / n
    white = sum(1 for p in people if "5" in p.race_ethnicity.split(",")) / n
    exited = sum(1 for p in people if p.status == "exited") / n
    assert 0.30 <= female <= 0.48
    assert 0.45 <= black <= 0.65
    assert 0.20 <= white <= 0.34
    assert 0.05 <= exited <= 0.30
    mean_age = sum((_today() - p.dob).days / 365.25 for p in people) / n
    assert 37 <= mean_age <= 45
    assert all(code in V.RACE_ETHNICITY for p in people for code in p.race_ethnicity.split(","))
    assert consents == 2000 and contacts == result.contacts
    # Caseloads sit around the LEAD standard of 20 and never run wild.
    assert all(row.active <= 2 * V.CASELOAD_MAXIMUM for row in loads)
    assert 10 <= sum(row.active for row in loads) / len(loads) <= V.CASELOAD_AVERAGE + 2


def test_a_demo_case_manager_can_sign_in_with_the_demo_password(big_demo):
    folder, _ = big_demo
    with signed_in(folder, "cm01", PASSWORD) as cm:
        assert cm.actor.role is Role.CASE_MANAGER and not cm.actor.must_change_password
        mine = ps.list_participants(cm, mine=True)
        assert mine.total > 0
        assert {row.case_manager_id for row in mine.rows} == {cm.actor.account_id}
        profile = ps.get_participant(cm, mine.rows[0].id)
        assert profile.lead_number.startswith("DEMO-")
        assert ps.list_records(cm, "consent", profile.id)
        ps.today_page(cm)


def test_filling_an_existing_demo_site_adds_people_but_no_second_set_of_case_managers(tmp_path):
    folder = tmp_path / "demo"
    first = demo.create_demo(folder, PASSWORD, participants=40, seed=3)
    managers = _case_managers(folder)
    assert len(managers) == 3  # 40 people at about 18 each

    again = demo.create_demo(folder, PASSWORD, participants=40, seed=3)
    assert first.recovery_key and again.recovery_key is None  # filled, not created
    assert _case_managers(folder) == managers
    people = _people(folder)
    assert len(people) == 80
    numbers = [p[0] for p in people]
    assert len(set(numbers)) == 80 and numbers[-1] == "DEMO-000080"

    demo.create_demo(folder, PASSWORD, participants=60, seed=4)  # more people need more managers
    grown = _case_managers(folder)
    assert grown[: len(managers)] == managers and len(grown) == 4
    with signed_in(folder, "cm04", PASSWORD) as cm:
        assert cm.actor.role is Role.CASE_MANAGER


def test_only_active_demo_case_managers_get_demo_caseloads(tmp_path):
    folder = tmp_path / "demo"
    demo.create_demo(folder, PASSWORD, participants=10, seed=5)
    with signed_in(folder, "admin", PASSWORD) as site:
        accounts.add_account(site, "cmartin", "Carla Martin", Role.VIEWER, "temporary pass 123")
    demo.create_demo(folder, PASSWORD, participants=30, seed=6)
    assert [u for u, _ in _case_managers(folder)] == ["cm01", "cm02"]
    with signed_in(folder, "admin", PASSWORD) as site:
        with site.unit_of_work() as session:
            viewer_load = session.scalar(
                select(func.count()).select_from(M.Participant).join(M.Account, M.Account.id == M.Participant.case_manager_id)
                .where(M.Account.role == Role.VIEWER.value)
            )
        assert viewer_load == 0
        cm02 = dict(_case_managers(folder, site))["cm02"]
        accounts.deactivate(site, cm02)

    demo.create_demo(folder, PASSWORD, participants=30, seed=7)  # cm02 is gone: a new cm03 takes its place
    with signed_in(folder, "admin", PASSWORD) as site:
        active = {row.case_manager_id for row in ps.caseloads(site)}
        managers = dict(_case_managers(folder, site))
    assert set(managers) == {"cm01", "cm02", "cm03"}
    assert managers["cm03"] in active


def _case_managers(folder, site: SiteSession | None = None) -> list[tuple[str, str]]:
    """(user name, id) of every case-manager account, active or not."""
    if site is None:
        with signed_in(folder, "admin", PASSWORD) as site:
            return _case_managers(folder, site)
    return [(a.username, a.id) for a in accounts.list_accounts(site) if a.role is Role.CASE_MANAGER]


def test_demo_refuses_a_wrong_password_on_an_existing_site(tmp_path):
    folder = tmp_path / "demo"
    demo.create_demo(folder, PASSWORD, participants=5, seed=1)
    from lead_desktop.domain.errors import WrongPassword

    with pytest.raises(WrongPassword):
        demo.create_demo(folder, "not the password", participants=5, seed=1)
    with signed_in(folder, "admin", PASSWORD, wait=True) as site:
        assert ps.list_participants(site).total == 5
    assert sites.site_exists(folder)
