"""Demo governance: a PCG of eight member agencies, two OWGs by police district, a CLT in development,
and a few meetings with attendance, agendas, decisions, action items, approved minutes and (for the
OWGs) case conferencing of demo participants. Deterministic for a seed; every name is made up.

Organization names match the recipients the demo participants' releases name ("Police
department", "Prosecutor's office", "Public defender") and their disclosing party ("LEAD case
management"), so the consent check of an OWG meeting shows both covered and uncovered attendees
(Harbor Housing is on no demo release). The organizations the referral demo made (the police
department, the partners that make community referrals) are the same rows: one list serves both.

Everything goes through services.governance and services.meetings, so the demo rows obey the same
rules and land in the audit log like the project manager's own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select

from lead_desktop.domain.roles import Permission
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM

FIRST = ["Alicia", "Bernard", "Celeste", "Darius", "Elena", "Franklin", "Gwen", "Hector", "Imani", "Jerome",
         "Keiko", "Lamar", "Marisol", "Nathan", "Odette", "Percy", "Quinn", "Renee", "Samuel", "Tamsin",
         "Ulysses", "Vera", "Winston", "Yvette", "Zora", "Andre", "Beatrice", "Cornell", "Delphine", "Emmett"]
LAST = ["Abernathy", "Boudreaux", "Castille", "Dupre", "Esposito", "Fontenot", "Guidry", "Hebert", "Ibarra",
        "Jacobs", "Kessler", "Landry", "Marchand", "Nakamura", "Okafor", "Prejean", "Quintero", "Robichaux",
        "Sauceda", "Thibodeaux", "Underwood", "Villere", "Whitfield", "Yancey", "Zeringue"]

# (key, name, short name, kind)
ORGANIZATIONS = [
    ("pd", "Police Department", "PD", "law_enforcement"),
    ("da", "Prosecutor's Office", "DA", "prosecution"),
    ("pdo", "Public Defender", "PDO", "defense"),
    ("health", "County Health Department", None, "health_agency"),
    ("bha", "Behavioral Health Authority", "BHA", "health_agency"),
    ("mayor", "Mayor's Office", None, "elected_office"),
    ("council", "City Council", None, "elected_office"),
    ("housing", "Harbor Housing", None, "service_provider"),
    ("lead", "LEAD case management", "LEAD", "service_provider"),
    ("faith", "Interfaith Alliance", None, "community_group"),
    ("business", "Downtown Business Association", None, "community_group"),
    ("neighbors", "Riverside Neighborhood Association", None, "community_group"),
]
PCG_AGENCIES = ["pd", "da", "pdo", "health", "bha", "mayor", "council", "housing"]
PCG_TITLES = {"pd": "Deputy Chief", "da": "First Assistant District Attorney", "pdo": "Chief Public Defender",
              "health": "Director of Public Health", "bha": "Executive Director", "mayor": "Deputy Mayor",
              "council": "Council Member", "housing": "Executive Director"}
OWG_STAFF = [("pd", "Sergeant", "chair"), ("da", "Assistant District Attorney", "member"),
             ("pdo", "Staff Attorney", "member"), ("lead", "Case Manager", "member"),
             ("lead", "Case Manager", "member"), ("housing", "Housing Navigator", "member"),
             ("bha", "Outreach Clinician", "member")]
CASE_NOTES = [
    ("Court date next week on an old warrant; asked for a ride and for the defender to be there.",
     "Defender to confirm the hearing; case manager arranges the ride."),
    ("Lost ID again; benefits appointment missed. Sleeping near the bus station.",
     "Case manager to start the ID application; officers to call the case manager rather than cite."),
    ("Moved into a Harbor Housing unit; neighbors complained about visitors.",
     "Housing navigator to meet the landlord; check in weekly."),
    ("Two contacts with patrol this month, no arrests. Wants to start treatment.",
     "Outreach clinician to offer an intake appointment."),
    ("Hospitalised for a week; discharged without medication.",
     "Case manager to follow up with the clinic about prescriptions."),
]


@dataclass(frozen=True)
class DemoGovernance:
    organizations: int
    people: int
    bodies: int
    meetings: int


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def next(self) -> str:
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if name not in self.used:
                self.used.add(name)
                return name


def _attend(site: SiteSession, detail: mt.MeetingDetail, rng: random.Random, *, alternate_ok: bool) -> mt.MeetingDetail:
    """Mark a plausible attendance: most present, a few excused or absent, sometimes an alternate."""
    for a in detail.attendees:
        if a.guest:
            continue
        roll = rng.random()
        if a.role == "alternate":
            status = "absent"
        elif a.role == "staff" or a.role == "chair":
            status = "present"
        elif roll < 0.72:
            status = "present"
        elif roll < 0.84 and a.alternate and alternate_ok:
            status = "alternate"
        elif roll < 0.94:
            status = "excused"
        else:
            status = "absent"
        detail = mt.set_attendance(site, detail.id, a.key, status)
    return detail


def _ensure_rule(site: SiteSession, detail: mt.MeetingDetail) -> mt.MeetingDetail:
    """A demo meeting that approves minutes needs its rule met: bring excused members in until it is."""
    for a in detail.attendees:
        if detail.rule.met:
            break
        if a.voting and a.status not in ("present", "alternate"):
            detail = mt.set_attendance(site, detail.id, a.key, "present")
    return detail


def _agenda(site: SiteSession, meeting_id: str, items: list[tuple[str, str | None, str | None]]) -> list[str]:
    return [mt.add_agenda_item(site, meeting_id, {"title": t, "presenter": p, "notes": n}).id for t, p, n in items]


def _conference_candidates(site: SiteSession, day: date) -> tuple[list[str], list[str]]:
    """Active participants with a release in force on `day`, and some without one (first 40 of each)."""
    if not site.can(Permission.VIEW_PARTICIPANTS):
        return [], []
    p, c = M.Participant, M.Consent
    in_force = select(c.participant_id).where(
        c.deleted_at.is_(None), c.revoked_on.is_(None), c.signed_on <= day,
        or_(c.expires_on.is_(None), c.expires_on >= day))
    base = select(p.id).where(p.deleted_at.is_(None), p.merged_into_id.is_(None), p.status == "active") \
        .order_by(p.sequence).limit(40)
    with site.unit_of_work() as session:
        covered = list(session.scalars(base.where(p.id.in_(in_force))))
        uncovered = list(session.scalars(base.where(p.id.not_in(in_force))))
    return covered, uncovered


def fill_demo_governance(site: SiteSession, seed: int = 1) -> DemoGovernance:
    """Add the demo governance to a site that has none yet (a site with bodies is left alone)."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(GM.GovBody)):
            return DemoGovernance(0, 0, 0, 0)
        latest_checklist = session.scalar(
            select(M.ScreeningChecklist.id).where(M.ScreeningChecklist.deleted_at.is_(None))
            .order_by(M.ScreeningChecklist.version.desc()))
    rng = random.Random(seed)
    names = _Names(rng)
    today = date.today()
    on_file = {o.name.casefold(): o for o in gov.list_organizations(site)}
    orgs = {}
    for key, name, short, kind in ORGANIZATIONS:
        known = on_file.get(name.casefold())
        orgs[key] = (gov.update_organization(site, known.id, {"short_name": short}, known.version) if known
                     else gov.create_organization(site, {"name": name, "short_name": short, "kind": kind}))
    people = 0

    def member(body_id: str, org_key: str, title: str, role: str = "member", *, start_days: int = 700,
               end_days: int | None = 400, authority: bool = True, signed: bool | None = None,
               alternate_for: str | None = None) -> gov.MembershipRow:
        nonlocal people
        person = gov.create_person(site, {"full_name": names.next(), "organisation_id": orgs[org_key].id,
                                          "title": title})
        people += 1
        return gov.add_membership(site, body_id, {
            "person_id": person.id, "role": role, "term_start": today - timedelta(days=start_days),
            "term_end": today + timedelta(days=end_days) if end_days is not None else None,
            "decision_authority": authority,
            "confidentiality_signed_on": today - timedelta(days=start_days) if signed else None,
            "alternate_for_id": alternate_for,
        })

    # ----- the Policy Coordinating Group: eight member agencies, one voice each -----
    pcg = gov.create_body(site, {
        "name": "Policy Coordinating Group", "kind": "pcg", "rule": "consensus_one_voice_per_agency",
        "meets": "First Thursday of the month, 15:00",
        "purpose": "Sets LEAD policy — eligibility and referral rules, evaluation, budget, communications — "
                   "by consensus under the memorandum of understanding."})
    for key in PCG_AGENCIES:
        gov.add_seat(site, pcg.id, {"organisation_id": orgs[key].id, "seats": 1})
    pcg_members = {}
    for index, key in enumerate(PCG_AGENCIES):
        if key == "council":  # the council member's term ended last month: an empty seat to fill
            member(pcg.id, key, PCG_TITLES[key], start_days=760, end_days=-30)
            continue
        end = 40 if key == "mayor" else 365 + 30 * index  # the deputy mayor's term is expiring
        pcg_members[key] = member(pcg.id, key, PCG_TITLES[key], "chair" if key == "pd" else "member", end_days=end)
    member(pcg.id, "pd", "Captain", "alternate", alternate_for=pcg_members["pd"].id)
    member(pcg.id, "da", "Chief of Staff", "alternate", alternate_for=pcg_members["da"].id)
    member(pcg.id, "lead", "LEAD Project Manager", "staff", authority=False, end_days=None)

    # ----- two Operational Work Groups, one per police district -----
    owgs = []
    for district in ("1st District", "8th District"):
        owg = gov.create_body(site, {
            "name": f"Operational Work Group — {district}", "kind": "owg", "area": district,
            "rule": "quorum_share", "quorum_percent": 50, "meets": "Every other Tuesday, 10:00",
            "purpose": "Day-to-day operations and case conferencing for the district."})
        for index, (key, title, role) in enumerate(OWG_STAFF):
            member(owg.id, key, title, role, start_days=400 - 20 * index, end_days=None if index % 3 else 200 + index,
                   signed=index != 5)  # the housing navigator has not signed the confidentiality agreement
        owgs.append(owg)
    member(owgs[1].id, "pdo", "Investigator", end_days=25, signed=True)  # a term expiring soon

    # ----- the Community Leadership Team, in development -----
    clt = gov.create_body(site, {
        "name": "Community Leadership Team", "kind": "clt", "in_development": True, "rule": "quorum_share",
        "quorum_percent": 50, "purpose": "The community's voice: priorities, transparency, connection."})
    gov.add_seat(site, clt.id, {"seats": 7, "note": "Faith, advocacy, business and neighborhood voices"})
    for key, title in (("faith", "Pastor"), ("business", "Board member"), ("neighbors", "President")):
        member(clt.id, key, title, "co_chair" if key == "faith" else "member", start_days=60, end_days=670)

    meetings = 0

    # ----- PCG meetings: three past, one coming -----
    pcg_days = [today - timedelta(days=d) for d in (84, 56, 28)]
    pcg_meetings = []
    for day in pcg_days:
        detail = mt.create_meeting(site, pcg.id, {"starts_at": _at(day, 15), "place": "City Hall, Room 201",
                                                  "next_meeting_at": _at(day + timedelta(days=28), 15)})
        pcg_meetings.append(_attend(site, detail, rng, alternate_ok=True))
        meetings += 1
    m1, m2, m3 = pcg_meetings
    _agenda(site, m1.id, [
        ("Welcome and introductions", None, "New members from the Behavioral Health Authority introduced."),
        ("Memorandum of understanding renewal", "LEAD Project Manager",
         "Partners reviewed the draft renewal; no agency objected."),
        ("Quarterly figures", "LEAD Project Manager", "Referrals by pathway and district reviewed (aggregates only)."),
    ])
    mt.add_decision(site, m1.id, {"text": "Renew the LEAD memorandum of understanding for another year.",
                                  "method": "consensus", "outcome": "adopted"})
    mou = mt.add_action_item(site, m1.id, {"description": "Collect signatures on the renewed MOU",
                                           "owner": "LEAD Project Manager", "due_on": pcg_days[1]})
    data = mt.add_action_item(site, m1.id, {"description": "Prepare referral figures by district for the next meeting",
                                            "owner": "Police Department", "due_on": pcg_days[1]})
    items = _agenda(site, m2.id, [
        ("Approval of the previous minutes", "Chair", None),
        ("Eligibility criteria", "Prosecutor's Office",
         "The revised exclusion list was discussed; the drug quantity limit stays at the site default."),
        ("Community Leadership Team", "LEAD Project Manager", "Nominations are open; three members so far."),
    ])
    mt.add_guest(site, m2.id, name="State evaluation team")
    mt.add_decision(site, m2.id, {"text": "Adopt the revised eligibility criteria.", "agenda_item_id": items[1],
                                  "method": "consensus", "outcome": "adopted",
                                  "criteria_version_id": latest_checklist})
    mt.set_action_status(site, mou.id, "done", m2.id)
    mt.set_action_status(site, data.id, "in_progress", m2.id)
    mt.add_action_item(site, m2.id, {"description": "Invite nominees to the Community Leadership Team",
                                     "owner": "LEAD Project Manager", "due_on": today + timedelta(days=10),
                                     "agenda_item_id": items[2]})
    items = _agenda(site, m3.id, [
        ("Approval of the previous minutes", "Chair", None),
        ("Intake deadline after an arrest diversion", "Public Defender",
         "Partners weighed 14 against 30 days; case managers report most intakes finish within ten days."),
        ("Budget", "Mayor's Office", "Second-half budget reviewed; no change."),
    ])
    present = [a.name for a in mt.get_meeting(site, m3.id).attendees if a.voting and a.status == "present"]
    mover, seconder = (present + ["", ""])[:2]
    mt.add_decision(site, m3.id, {"text": "Set the intake deadline after an arrest diversion to 14 days.",
                                  "agenda_item_id": items[1], "method": "vote", "votes_for": str(max(1, len(present) - 2)),
                                  "votes_against": "1", "votes_abstain": "1", "mover": mover or None,
                                  "seconder": seconder or None, "outcome": "adopted", "intake_deadline_days": "14"})
    mt.add_action_item(site, m3.id, {"description": "Tell referring officers about the new intake deadline",
                                     "owner": "Police Department", "due_on": today - timedelta(days=3)})
    # minutes: the first approved at the second and locked, the second approved at the third, the third circulated
    mt.circulate_minutes(site, m1.id)
    _ensure_rule(site, mt.get_meeting(site, m2.id))
    mt.approve_minutes(site, m2.id, m1.id)
    mt.lock_minutes(site, m1.id)
    mt.circulate_minutes(site, m2.id)
    _ensure_rule(site, mt.get_meeting(site, m3.id))
    mt.approve_minutes(site, m3.id, m2.id)
    mt.circulate_minutes(site, m3.id)
    upcoming = mt.create_meeting(site, pcg.id, {"starts_at": _at(today + timedelta(days=14), 15),
                                                "place": "City Hall, Room 201"})
    _agenda(site, upcoming.id, [("Approval of the previous minutes", "Chair", None),
                                ("Evaluation plan", "County Health Department", None)])
    meetings += 1

    # ----- OWG meetings: two past, one next week with case conferencing -----
    covered, uncovered = _conference_candidates(site, today + timedelta(days=7))
    for owg in owgs:
        days = [today - timedelta(days=28), today - timedelta(days=14), today + timedelta(days=7)]
        details = []
        for day in days:
            detail = mt.create_meeting(site, owg.id, {"starts_at": _at(day, 10), "place": f"{owg.area} station",
                                                      "virtual_link": "https://meet.example.org/lead-owg",
                                                      "next_meeting_at": _at(day + timedelta(days=14), 10)})
            if day < today:
                detail = _attend(site, detail, rng, alternate_ok=False)
            details.append(detail)
            meetings += 1
        first, second, coming = details
        _agenda(site, first.id, [("Protocol for warm hand-offs at night", "Sergeant",
                                  "Agreed to page the on-call case manager after 22:00.")])
        follow = mt.add_action_item(site, first.id, {"description": "Write up the night hand-off protocol",
                                                     "owner": "Sergeant", "due_on": days[1]})
        _agenda(site, second.id, [("Approval of the previous minutes", None, None),
                                  ("Shelter beds this month", "Housing Navigator", "Twelve beds held for LEAD.")])
        mt.set_action_status(site, follow.id, "in_progress", second.id)
        mt.add_action_item(site, second.id, {"description": "Ask the shelter about pets",
                                             "owner": "Housing Navigator", "due_on": days[2]})
        mt.circulate_minutes(site, first.id)
        _ensure_rule(site, mt.get_meeting(site, second.id))
        mt.approve_minutes(site, second.id, first.id)
        mt.circulate_minutes(site, second.id)
        _agenda(site, coming.id, [("Approval of the previous minutes", None, None),
                                  ("Case conferencing", None, "Confidential notes are kept separately.")])
        # two people whose releases name the partner agencies, and one whose release has lapsed
        for meeting, picks in ((second, rng.sample(covered, min(2, len(covered)))),
                               (coming, rng.sample(covered, min(2, len(covered)))
                                + rng.sample(uncovered, min(1, len(uncovered))))):
            for pid in picks:
                notes, follow_up = rng.choice(CASE_NOTES)
                mt.add_case_item(site, meeting.id, {"participant_id": pid, "notes": notes, "follow_up": follow_up})
    return DemoGovernance(len(orgs), people, 4, meetings)
