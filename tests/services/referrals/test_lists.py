"""Referral lists, the intake queue and the home-page summary (services.referrals.lists)."""

from __future__ import annotations

from datetime import timedelta

from lead_desktop.services import referrals as rs
from tests.services.referrals.helpers import TODAY, arrest, at, sources


def test_an_overdue_intake_shows_first_on_the_queue_and_in_the_home_summary(new_site):
    overdue = arrest(new_site, days=-33, first_name="Overdue")
    today = arrest(new_site, days=-30, first_name="Today")
    week = arrest(new_site, days=-25, first_name="Week")
    later = arrest(new_site, days=-2, first_name="Later")
    done = arrest(new_site, days=-31, first_name="Done")
    rs.record_intake(new_site, done.id, {"intake_completed_on": TODAY - timedelta(days=1)})
    agency_id, officer_id = sources(new_site)
    social = rs.create_referral(new_site, {"pathway": "social_contact", "referred_at": at(-50), "first_name": "Soc",
                                           "agency_id": agency_id})

    queue = rs.intake_queue(new_site)
    assert [q.referral_id for q in queue] == [overdue.id, today.id, week.id, later.id, social.id]
    assert [(q.days_left, q.state) for q in queue] == [
        (-3, "overdue"), (0, "due_today"), (5, "on_track"), (28, "on_track"), (None, None)]
    assert queue[0].name == "Overdue Okafor" and "Harbour Police Department" in queue[0].source

    summary = rs.intake_summary(new_site)
    assert [i.referral_id for i in summary.overdue] == [overdue.id]
    assert [i.referral_id for i in summary.due_today] == [today.id]
    assert [i.referral_id for i in summary.due_this_week] == [week.id]

    # Recording the outcome takes it off the queue; the referral stays for reporting.
    rs.set_outcome(new_site, overdue.id, "intake_not_completed")
    assert overdue.id not in [q.referral_id for q in rs.intake_queue(new_site)]
    assert rs.intake_summary(new_site).overdue == []
    assert rs.list_referrals(new_site, outcome="intake_not_completed").rows[0].id == overdue.id


def test_lists_filter_and_search_in_sql(new_site):
    a = arrest(new_site, days=-5, first_name="Marcus", aliases="Slim, Doc")
    agency_id, _ = sources(new_site)
    b = rs.create_referral(new_site, {"pathway": "social_contact", "referred_at": at(-1), "first_name": "Renée",
                                      "last_name": "Dubois", "agency_id": agency_id})
    assert [r.id for r in rs.list_referrals(new_site).rows] == [b.id, a.id]  # newest first
    assert [r.id for r in rs.list_referrals(new_site, pathway="arrest_diversion").rows] == [a.id]
    assert [r.id for r in rs.list_referrals(new_site, query="slim").rows] == [a.id]
    assert [r.id for r in rs.list_referrals(new_site, query="renee dub").rows] == [b.id]
    assert rs.list_referrals(new_site, query="100%_").total == 0
    assert [r.id for r in rs.list_referrals(new_site, sort="name", descending=False).rows] == [b.id, a.id]
    row = rs.list_referrals(new_site, pathway="arrest_diversion").rows[0]
    assert row.due_on == a.due_on and row.intake_state == "on_track" and row.result == "eligible"
    assert row.source == "Harbour Police Department (Officer Dana Reyes, #4411)"


def test_a_referral_recorded_before_lead_desktop_is_listed_but_never_in_the_intake_queue(new_site):
    with new_site.unit_of_work() as session:
        old = rs.insert_referral(new_site, session, {"pathway": "arrest_diversion", "referred_at": at(-60),
                                                     "first_name": "Old", "last_name": "History"},
                                 recorded_before=True)
        old_id = old.id
    assert old.intake_due_on is not None  # the reports still count its intake as the site kept it
    assert rs.intake_queue(new_site) == []
    summary = rs.intake_summary(new_site)
    assert summary.overdue == summary.due_today == summary.due_this_week == []
    row = rs.list_referrals(new_site).rows[0]
    assert (row.id, row.recorded_before, row.intake_state) == (old_id, True, None)
    new_id = arrest(new_site, -40).id
    assert [item.referral_id for item in rs.intake_queue(new_site)] == [new_id]
