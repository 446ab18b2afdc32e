"""The Today page (services.participants.today)."""

from __future__ import annotations

from datetime import timedelta

from lead_desktop.services import participants as ps
from tests.services.participants.helpers import TODAY, add_staff, consent_values, days_ago, moment, person, sign_in_as


def test_today_page_shows_each_case_manager_their_own_day(new_site, site_dir):
    casey, robin = add_staff(new_site, "casey"), add_staff(new_site, "robin")

    def day_for(manager: str, tag: str) -> dict[str, str]:
        court = person(new_site, f"Court{tag}", "Soon", case_manager_id=manager)
        ps.add_record(new_site, "legal_case", court.id, {"jurisdiction": "Municipal Court", "next_court_at": moment(3)})
        ps.add_record(new_site, "contact", court.id, {"at": moment(-1)})
        consent = person(new_site, f"Consent{tag}", "Expiring", case_manager_id=manager)
        ps.add_record(new_site, "consent", consent.id, consent_values(expires_on=TODAY + timedelta(days=20)))
        stale = person(new_site, f"Stale{tag}", "Unseen", case_manager_id=manager, enrolled_on=days_ago(200))
        goal = person(new_site, f"Goal{tag}", "Due", case_manager_id=manager)
        ps.add_record(new_site, "goal", goal.id, {"goal": "Get a state ID", "set_on": days_ago(5),
                                                  "target_date": TODAY + timedelta(days=2)})
        # Things that are not for today: a court date next month, a consent good for a year, a goal achieved.
        quiet = person(new_site, f"Quiet{tag}", "Person", case_manager_id=manager)
        ps.add_record(new_site, "legal_case", quiet.id, {"jurisdiction": "District Court", "next_court_at": moment(30)})
        ps.add_record(new_site, "consent", quiet.id, consent_values())
        ps.add_record(new_site, "goal", quiet.id, {"goal": "Apply for SNAP", "status": "achieved",
                                                   "set_on": days_ago(9), "target_date": days_ago(1)})
        return {"court": court.id, "consent": consent.id, "stale": stale.id, "goal": goal.id, "quiet": quiet.id}

    expected = {"casey": day_for(casey, "C"), "robin": day_for(robin, "R")}
    new_site.close()

    for username, theirs in expected.items():
        cm = sign_in_as(site_dir, username)
        try:
            day = ps.today_page(cm)
            seen = {
                "court": [i.participant_id for i in day.court_dates],
                "consent": [i.participant_id for i in day.expiring_consents],
                "stale": [i.participant_id for i in day.not_contacted],
                "goal": [i.participant_id for i in day.goals_due],
            }
            assert seen == {key: [theirs[key]] for key in seen}, username
            assert day.inactive_after_days == 90
            assert day.court_dates[0].when == moment(3) and day.court_dates[0].what == "Municipal Court"
            assert day.goals_due[0].what == "Get a state ID"
            assert day.expiring_consents[0].when == TODAY + timedelta(days=20)
        finally:
            cm.close()


def test_court_dates_of_resolved_cases_are_not_flagged_or_listed(new_site):
    from datetime import datetime, timedelta

    from lead_desktop.services import participants as P

    person = P.create_participant(new_site, {"first_name": "Rosa", "last_name": "Quill", "enrolled_on": "2025-01-01",
                                             "case_manager_id": new_site.actor.account_id}, reviewed_duplicates=True)
    soon = datetime.now().replace(microsecond=0) + timedelta(days=2)
    case = P.add_record(new_site, "legal_case", person.id, {"jurisdiction": "District Court", "next_court_at": soon})
    assert "upcoming" in case.flags
    assert [i.participant_id for i in P.today_page(new_site).court_dates] == [person.id]
    assert P.list_participants(new_site, court_this_week=True).total == 1
    values = dict(case.values, status="resolved")
    resolved = P.update_record(new_site, "legal_case", case.id, values)
    assert "upcoming" not in resolved.flags
    assert P.today_page(new_site).court_dates == []
    assert P.list_participants(new_site, court_this_week=True).total == 0
