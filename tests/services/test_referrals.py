"""Referral intake through the service layer: pathways, bad input, sources, the intake clock, roles, audit.

Screening versions and enrolment live in test_referrals_enrol.py, which borrows the helpers here.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import referrals as rs
from lead_desktop.services import settings as settings_service
from lead_desktop.services import site as sites
from lead_desktop.services.participants import RecordNotFound
from tests.services.test_participants import add_staff, sign_in_as

TODAY = date.today()


def at(days: int = 0, hour: int = 9, minute: int = 0) -> datetime:
    """A local time `days` from today (negative: in the past)."""
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time()).replace(hour=hour, minute=minute)


def sources(site: sites.SiteSession) -> tuple[str, str]:
    """A police department and one of its officers (created once per site)."""
    for agency in rs.list_agencies(site):
        if agency.name == "Harbour Police Department":
            officer = next(o for o in rs.list_officers(site, agency_id=agency.id))
            return agency.id, officer.id
    agency_id = rs.save_agency(site, {"name": "Harbour Police Department", "kind": "law_enforcement"})
    officer_id = rs.save_officer(site, {"name": "Officer Dana Reyes", "badge": "4411", "agency_id": agency_id})
    return agency_id, officer_id


def clear_answers(pathway: str) -> dict:
    """Checklist answers under which nobody is excluded (the default checklist)."""
    out = {}
    for c in R.DEFAULT_CHECKLIST:
        if c.applies_to(pathway):
            out[c.code] = {
                R.CriterionKind.YES_NO: False,
                R.CriterionKind.MINIMUM_AGE: False,
                R.CriterionKind.QUANTITY: 0,
                R.CriterionKind.LOOKBACK: R.NONE_ANSWER,
                R.CriterionKind.RECENT_ACTIVITY: (TODAY - timedelta(days=40)).isoformat(),
            }[c.kind]
    return out


def arrest_values(site: sites.SiteSession, days: int = -1, **values: object) -> dict:
    agency_id, officer_id = sources(site)
    return {
        "pathway": "arrest_diversion", "referred_at": at(days), "handoff_at": at(days, 9, 25),
        "first_name": "Marcus", "last_name": "Okafor", "dob": "1984-02-11", "race_ethnicity": ["3"], "sex": "1",
        "agency_id": agency_id, "officer_id": officer_id, "location": "5th and Pine",
        "alleged_offences": "Possession of a controlled substance", **values,
    }


def arrest(site: sites.SiteSession, days: int = -1, answers: dict | None = None, **values: object) -> rs.ReferralDetail:
    if answers is None:
        answers = clear_answers("arrest_diversion")
    return rs.create_referral(site, arrest_values(site, days, **values), answers)


def referral_count(site: sites.SiteSession) -> int:
    return rs.list_referrals(site, limit=1).total


# ----- recording each pathway -------------------------------------------------------------------


def test_arrest_diversion_is_recorded_with_its_deadline_and_handoff_minutes(new_site):
    detail = arrest(new_site, days=-2)
    assert detail.outcome == "pending" and detail.pathway == "arrest_diversion"
    assert detail.due_on == TODAY - timedelta(days=2) + timedelta(days=30)
    assert detail.days_left == 28 and detail.intake_state == "on_track"
    assert detail.handoff_minutes == 25
    assert detail.result == "eligible" and detail.checklist_version == 1
    assert detail.agency == "Harbour Police Department" and detail.officer == "Officer Dana Reyes #4411"
    again = rs.get_referral(new_site, detail.id)
    assert again.values["race_ethnicity"] == ["3"] and again.values["alleged_offences"].startswith("Possession")


def test_the_sites_deadline_setting_applies_to_new_arrest_diversions(new_site):
    settings_service.set_setting(new_site, "intake_deadline_days", 7)  # Santa Fe
    detail = arrest(new_site, days=-1)
    assert detail.due_on == TODAY + timedelta(days=6)
    assert detail.intake_state == "on_track"
    soon = arrest(new_site, days=-4, first_name="Other")
    assert soon.days_left == 3 and soon.intake_state == "due_soon"


def test_social_contact_and_community_referrals_have_no_legal_deadline(new_site):
    agency_id, officer_id = sources(new_site)
    social = rs.create_referral(new_site, {
        "pathway": "social_contact", "referred_at": at(-3), "first_name": "Lena", "agency_id": agency_id,
        "officer_id": officer_id, "alleged_offences": "dropped: not an arrest",
    })
    assert social.due_on is None and social.intake_state is None
    assert social.values["alleged_offences"] is None  # only arrest diversions carry offences
    community = rs.create_referral(new_site, {
        "pathway": "community", "referred_at": at(-3), "first_name": "Ray",
        "referring_person": "Pastor Lee, St. Mark's",
        "officer_id": officer_id,
    })
    assert community.values["officer_id"] is None and community.values["referring_person"] == "Pastor Lee, St. Mark's"
    assert social.result is None and set(social.screening.unanswered) >= {"no_prior_activity", "not_amenable"}


BAD_REFERRALS = {
    "hand-off before referral": ("handoff_at", {"handoff_at": at(-1, 8, 59)}),
    "referral in the future": ("referred_at", {"referred_at": at(1), "handoff_at": None}),
    "hand-off in the future": ("handoff_at", {"handoff_at": at(2)}),
    "birth date in the future": ("dob", {"dob": TODAY + timedelta(days=1)}),
    "impossible date": ("referred_at", {"referred_at": "2025-02-30 10:00"}),
    "no officer on an arrest diversion": ("officer_id", {"officer_id": None}),
    "no offence on an arrest diversion": ("alleged_offences", {"alleged_offences": "  "}),
    "no agency on an arrest diversion": ("agency_id", {"agency_id": ""}),
    "no name": ("last_name", {"first_name": None, "last_name": None}),
    "unknown pathway": ("pathway", {"pathway": "walk_in"}),
    "race code not in HMIS": ("race_ethnicity", {"race_ethnicity": ["42"]}),
}


@pytest.mark.parametrize("case", list(BAD_REFERRALS), ids=list(BAD_REFERRALS))
def test_bad_referral_is_refused_with_a_plain_message_and_nothing_is_saved(new_site, case):
    field, change = BAD_REFERRALS[case]
    arrest(new_site, first_name="Already")
    count, entries = referral_count(new_site), audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        rs.create_referral(new_site, arrest_values(new_site, **change), clear_answers("arrest_diversion"))
    assert field in caught.value.problems
    message = caught.value.problems[field].message
    assert message.endswith(".") and "{" not in message and "None" not in message
    assert R.REFERRAL_FORM[field].label in caught.value.message
    assert referral_count(new_site) == count
    assert audit_service.count_entries(new_site) == entries


def test_bad_screening_answers_save_nothing(new_site):
    arrest(new_site, first_name="Already")
    count, entries = referral_count(new_site), audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        arrest(new_site, answers={"drug_quantity": "lots"})
    assert "grams" in caught.value.detail
    assert referral_count(new_site) == count and audit_service.count_entries(new_site) == entries


def test_a_bad_edit_changes_nothing(new_site):
    detail = arrest(new_site, days=-3)
    with pytest.raises(FormInvalid):
        rs.update_referral(new_site, detail.id, {**detail.values, "handoff_at": at(-4)})
    again = rs.get_referral(new_site, detail.id)
    assert again.values["handoff_at"] == detail.values["handoff_at"]


def test_editing_the_referral_date_moves_the_deadline(new_site):
    detail = arrest(new_site, days=-3)
    moved = rs.update_referral(new_site, detail.id, {**detail.values, "referred_at": at(-10),
                                                     "handoff_at": at(-10, 9, 40)})
    assert moved.due_on == TODAY + timedelta(days=20) and moved.handoff_minutes == 40
    assert moved.result == "eligible"  # stored answers re-screened
    social = rs.update_referral(new_site, detail.id, {**moved.values, "pathway": "social_contact"})
    assert social.due_on is None
    assert "no_prior_activity" in social.screening.unanswered and social.result is None


# ----- sources --------------------------------------------------------------------------------


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

    with pytest.raises(ValidationError, match="already an agency"):
        rs.save_agency(new_site, {"name": "harbour police department", "kind": "other"})
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


# ----- the intake clock -----------------------------------------------------------------------


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


def test_prosecutor_notification_and_charges_are_recorded(new_site):
    detail = arrest(new_site, days=-9)
    done = rs.record_intake(new_site, detail.id, {
        "prosecutor_notified_on": TODAY - timedelta(days=8), "prosecutor_notified_how": "E-mail to the ADA on duty",
        "charges_filed": "no",
    })
    assert done.intake["charges_filed"] == "no" and done.intake["prosecutor_notified_how"].startswith("E-mail")
    assert done.intake_state == "on_track"  # notified, but the intake itself is still open
    filed = rs.record_intake(new_site, detail.id, {**done.intake, "charges_filed": "yes",
                                                    "charges_filed_on": TODAY - timedelta(days=2)})
    assert filed.intake["charges_filed"] == "yes" and filed.intake["charges_filed_on"] == TODAY - timedelta(days=2)
    with pytest.raises(ValidationError, match="before the referral"):
        rs.record_intake(new_site, detail.id, {"intake_completed_on": TODAY - timedelta(days=10)})
    with pytest.raises(FormInvalid):
        rs.record_intake(new_site, detail.id, {"intake_completed_on": TODAY + timedelta(days=1)})


def test_outcomes_follow_the_rules(new_site):
    eligible = arrest(new_site, days=-3)
    with pytest.raises(ValidationError, match="screened ineligible"):
        rs.set_outcome(new_site, eligible.id, "ineligible")
    with pytest.raises(ValidationError, match="Enroll"):
        rs.set_outcome(new_site, eligible.id, "enrolled")
    declined = rs.set_outcome(new_site, eligible.id, "declined")
    assert declined.outcome == "declined" and declined.outcome_on == TODAY and declined.intake_state is None
    back = rs.set_outcome(new_site, eligible.id, "pending")
    assert back.outcome == "pending" and back.outcome_on is None
    with pytest.raises(ValidationError, match="future"):
        rs.set_outcome(new_site, eligible.id, "declined", TODAY + timedelta(days=1))

    excluded = arrest(new_site, answers=clear_answers("arrest_diversion") | {"dealing_for_profit": True},
                      first_name="Dealer")
    assert excluded.result == "ineligible"
    assert excluded.screening.reasons == ("Dealing for profit rather than subsistence",)
    assert rs.set_outcome(new_site, excluded.id, "ineligible").outcome == "ineligible"
    counts = rs.referral_counts(new_site)
    assert counts["ineligible"] == 1 and counts["pending"] == 1 and counts["enrolled"] == 0


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


# ----- roles and audit ------------------------------------------------------------------------


def test_viewers_see_no_referrals_and_case_managers_cannot_edit_the_checklist(new_site, site_dir):
    detail = arrest(new_site)
    add_staff(new_site, "viewer", Role.VIEWER)
    add_staff(new_site, "casey", Role.CASE_MANAGER)
    new_site.close()

    viewer = sign_in_as(site_dir, "viewer")
    try:
        for call in (lambda: rs.list_referrals(viewer), lambda: rs.get_referral(viewer, detail.id),
                     lambda: rs.intake_queue(viewer), lambda: rs.intake_summary(viewer),
                     lambda: rs.list_agencies(viewer), lambda: rs.current_checklist(viewer)):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        viewer.close()

    casey = sign_in_as(site_dir, "casey")
    try:
        assert rs.get_referral(casey, detail.id).id == detail.id
        edited = list(rs.current_checklist(casey).criteria)[:-1]
        with pytest.raises(PermissionDenied, match="screening checklist"):
            rs.save_checklist(casey, edited, "drop one")
        rs.set_outcome(casey, detail.id, "declined")
    finally:
        casey.close()


def test_changes_and_views_are_audited_with_ids_only(new_site):
    detail = arrest(new_site, first_name="Zebulon", last_name="Quartermaine", notes="Sleeps at the Zephyr arcade")
    rs.get_referral(new_site, detail.id)
    rs.set_override(new_site, detail.id, {"override_result": "eligible", "override_by": "ADA Xanthippe Smith",
                                          "override_reason": "Prosecutor's discretion"})
    rs.record_intake(new_site, detail.id, {"prosecutor_notified_on": TODAY, "prosecutor_notified_how": "Phone"})
    # (On a server the database's triggers add a row.insert/row.update entry per changed row as well.)
    entries = [e for e in audit_service.list_entries(new_site, limit=1000)
               if e.entity_id == detail.id and not e.action.startswith("row.")]
    actions = [(e.action, e.detail.get("fields")) for e in reversed(entries)]
    assert actions[0] == ("create", None) and ("view", None) in actions
    assert ("update", ["override"]) in actions
    assert ("update", ["prosecutor_notified_how", "prosecutor_notified_on"]) in actions
    text = json.dumps([e.detail for e in audit_service.list_entries(new_site, limit=1000)])
    for secret in ("Zebulon", "Quartermaine", "Zephyr", "Xanthippe", "Phone", "Possession"):
        assert secret not in text
    assert audit_service.verify_chain(new_site).ok


def test_missing_referral_is_a_known_error(new_site):
    with pytest.raises(RecordNotFound):
        rs.get_referral(new_site, "no-such-id")


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
