"""Demo referrals: Santa Fe's published mix (DOMAIN.md §9), linked to the demo participants, deterministic."""

from __future__ import annotations

from collections import Counter

from lead_desktop.domain import referrals as R
from lead_desktop.services import demo
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from tests.helpers.sites import signed_in

PASSWORD = "demo password 123"


def _referrals(folder) -> list[tuple]:
    with signed_in(folder, "admin", PASSWORD) as site:
        rows, offset = [], 0
        while True:
            page = rs.list_referrals(site, sort="name", descending=False, limit=500, offset=offset)
            rows += [(r.name, r.pathway, r.outcome, r.referred_at, r.result) for r in page.rows]
            offset += 500
            if offset >= page.total:
                return rows


def test_demo_referrals_follow_the_santa_fe_mix(tmp_path):
    folder = tmp_path / "demo"
    demo.create_demo(folder, PASSWORD, participants=400, seed=9)
    with signed_in(folder, "admin", PASSWORD) as site:
        page = rs.list_referrals(site, limit=500)
        rows = page.rows
        # 400 / 0.8 = 500: 400 enrolled, 45 ineligible, 15 declined, 30 missed, 4 pending arrests, 1 social contact
        assert page.total == len(rows) == 400 + 45 + 15 + 30 + 4 + 1
        outcomes = Counter(r.outcome for r in rows)
        share = {k: v / len(rows) for k, v in outcomes.items()}
        assert 0.75 <= share["enrolled"] <= 0.85 and outcomes["enrolled"] == 400
        assert 0.07 <= share["ineligible"] <= 0.11
        assert 0.02 <= share["declined"] <= 0.04
        assert 0.05 <= share["intake_not_completed"] <= 0.07
        assert 0.45 <= sum(r.pathway == "social_contact" for r in rows) / len(rows) <= 0.65
        # All three pathways: a modest share of community referrals; the officers' ones keep Santa Fe's mix.
        community = [r for r in rows if r.pathway == "community"]
        assert 0.05 <= len(community) / len(rows) <= 0.15
        officers = [r for r in rows if r.pathway != "community" and r.outcome == "enrolled"]
        assert 0.45 <= sum(r.pathway == "social_contact" for r in officers) / len(officers) <= 0.65
        # Every enrolled referral links a different demo participant; everyone enrolled was screened eligible.
        enrolled = [r for r in rows if r.outcome == "enrolled"]
        assert len({r.participant_id for r in enrolled}) == 400 == ps.list_participants(site, limit=1).total
        assert all(r.result == "eligible" for r in enrolled)
        assert all(r.result == "ineligible" for r in rows if r.outcome == "ineligible")
        detail = rs.get_referral(site, enrolled[0].id)
        participant = ps.get_participant(site, detail.participant_id)
        assert participant.values["last_name"] == detail.values["last_name"]
        assert participant.values["race_ethnicity"] == detail.values["race_ethnicity"]

        queue = rs.intake_queue(site)
        states = [q.state for q in queue]
        assert states[0] == "overdue" and "due_today" in states and "due_soon" in states
        summary = rs.intake_summary(site)
        assert len(summary.overdue) == 1 and len(summary.due_today) == 1 and len(summary.due_this_week) == 2
        counts = {a.name: a.referrals for a in rs.list_agencies(site)}
        by_person = [r for r in community if not rs.get_referral(site, r.id).values.get("agency_id")]
        assert by_person and all(rs.get_referral(site, r.id).values.get("referring_person") for r in by_person)
        assert sum(counts.values()) == len(rows) - len(by_person)  # every other referral names its agency
        assert counts["Harbor Housing"] > 0 and counts["Police Department"] > 0
        assert rs.current_checklist(site).criteria == R.DEFAULT_CHECKLIST


def test_demo_referrals_are_deterministic_and_a_second_fill_links_only_new_people(tmp_path):
    demo.create_demo(tmp_path / "a", PASSWORD, participants=40, seed=4)
    demo.create_demo(tmp_path / "b", PASSWORD, participants=40, seed=4)
    assert _referrals(tmp_path / "a") == _referrals(tmp_path / "b")

    demo.create_demo(tmp_path / "a", PASSWORD, participants=40, seed=5)
    with signed_in(tmp_path / "a", "admin", PASSWORD) as site:
        enrolled = rs.list_referrals(site, outcome="enrolled", limit=500).rows
        assert len(enrolled) == 80 and len({r.participant_id for r in enrolled}) == 80
        # sources reused, not duplicated
        assert len(rs.list_agencies(site)) == len(demo.DEMO_AGENCIES) + len(demo.DEMO_COMMUNITY_SOURCES)
