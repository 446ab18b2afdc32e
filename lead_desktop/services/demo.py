"""Synthetic demo sites: participants, referrals, contacts, consents, legal cases and more, deterministic for a seed.

No participant-level LEAD data set is public, so the mix is drawn to match the
published marginals in DOMAIN.md §9 (Seattle: 39% female, mean age 41, 55% Black,
27% White; Santa Fe: about 40% permanently housed). Every name is made up.
Rows are written with bulk inserts so a 50,000-person benchmark site builds in
minutes; the same services read them back.
"""

from __future__ import annotations

import json
import random
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.paths import SitePaths
from lead_desktop.services import referrals as referral_service
from lead_desktop.services import server_accounts, site as sites
from lead_desktop.services.exchange.hmis.site import hmis_site_values, save_hmis_site
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes

DEMO_SITE_NAME = "LEAD Demo Site"
SIGN_IN_CASE_MANAGERS = 8  # demo case managers with their own key slot (cm01 …); others need a reset to sign in
DEMO_USERNAME = re.compile(r"cm\d{2,}")

FIRST_F = ["Aaliyah", "Maria", "Keisha", "Linda", "Tanya", "Rosa", "Jasmine", "Carmen", "Denise", "Angela",
           "Latoya", "Brenda", "Shanice", "Yolanda", "Crystal", "Monique", "Ebony", "Tiffany", "Gloria", "Nia"]
FIRST_M = ["Marcus", "James", "Darnell", "Jose", "Michael", "Andre", "Tyrone", "Robert", "Luis", "Curtis",
           "Terrence", "David", "Jerome", "Carlos", "Kevin", "Dwayne", "Anthony", "Reggie", "William", "Jamal"]
LAST = ["Johnson", "Williams", "Brown", "Jones", "Garcia", "Davis", "Jackson", "Thomas", "Harris", "Robinson",
        "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
        "Hill", "Ramirez", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres",
        "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Nguyen", "Murphy", "Rivera", "Cook",
        "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly", "Howard", "Ward"]
STREET = ["Slim", "Red", "Smokey", "Tiny", "Blue", "Preacher", "Sunshine", "Lucky", "Shorty", "Ace", "Doc",
          "Boots", "Cricket", "Peaches", "Duke", "Sparks", "Bird", "Mouse", "Rocket", "Sugar"]
PLACES = ["Under the I-10 overpass", "Library steps, mornings", "Bus station", "Riverside camp", "Corner store on 3rd",
          "Day shelter", "Park by the fountain", "Soup kitchen, lunch"]
PROVIDERS = ["Harbor Housing", "Bridge Recovery Center", "Eastside Clinic", "Community Legal Aid",
             "Benefits Navigator", "Works Program"]
COURTS = ["Municipal Court", "District Court", "County Court", "Federal Court"]
DEMO_SUBSIDIES = ("433", "439", "431", "420")  # HCV voucher, PSH, RRH, other (3.12.A)
# The demo project as a made-up Continuum of Care's HMIS knows it (domain.hmis.site).
DEMO_HMIS_SITE = {
    "organization_id": "DEMO-ORG", "organization_name": "LEAD Demo Site Agency", "project_id": "DEMO-LEAD",
    "project_name": "LEAD Demo Site", "project_type": "6", "continuum_project": False, "coc_code": "XX-501",
    "geocode": "999999", "funder": "46", "other_funder": "City of Demo", "grant_id": "DEMO-2026-01",
}
RACE_MIX = [("3", 55), ("5", 27), ("6", 8), ("1", 4), ("2", 2), ("4", 1), ("7", 1), ("99", 2)]


@dataclass(frozen=True)
class DemoResult:
    folder: Path
    admin_username: str
    recovery_key: str | None
    participants: int
    contacts: int


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in weighted], weights=[w for _, w in weighted])[0]


def create_demo(
    folder: str | Path | None,
    password: str,
    participants: int = 200,
    seed: int = 1,
    admin_username: str = "admin",
    contacts_per_participant: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Create a demo site in `folder` (or fill the existing one, signing in as `admin_username`)."""
    paths = SitePaths.at(folder)
    recovery: str | None = None
    if paths.exists():
        site = sites.sign_in(paths.folder, admin_username, password, wait=True)
    else:
        site, recovery = sites.create_site(paths.folder, DEMO_SITE_NAME, admin_username, password,
                                           "Demo Administrator", "DEMO")
    try:
        site.require(Permission.MANAGE_ACCOUNTS)
        contacts = fill_demo(site, password, participants, seed, contacts_per_participant, progress)
    finally:
        site.close()
    return DemoResult(paths.folder, admin_username, recovery, participants, contacts)


def _case_managers(site: SiteSession, password: str, count: int, rng: random.Random) -> list[str]:
    """The demo case managers (cm01, cm02, …), adding the missing ones.

    Only active case-manager accounts named cmNN count, so a real "cmartin" never gets a demo caseload;
    a deactivated cmNN keeps its name, so a new one takes the next free number.
    """
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Account.id, M.Account.username, M.Account.role, M.Account.active)
            .where(M.Account.username.like("cm%"))
        ).all()
        demo_rows = sorted((r for r in rows if DEMO_USERNAME.fullmatch(r.username)), key=lambda r: int(r.username[2:]))
        ids = [r.id for r in demo_rows if r.active and r.role == Role.CASE_MANAGER.value]
        taken = {r.username for r in rows}
        number = 0
        while len(ids) < count:
            number += 1
            username = f"cm{number:02d}"
            if username in taken:
                continue
            account_key = secrets.token_bytes(32)
            row = M.Account(username=username, display_name=f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}",
                            role=Role.CASE_MANAGER.value, active=True, must_change_password=False,
                            account_key=account_key, updated_by=site.actor.account_id)
            session.add(row)
            session.flush()
            ids.append(row.id)
            if site.is_server:  # a login role; only the first few can sign in, as on a laptop
                row.account_key = None
                server_accounts.create_role(session, username, Role.CASE_MANAGER,
                                            password if number <= SIGN_IN_CASE_MANAGERS else None)
            elif number <= SIGN_IN_CASE_MANAGERS:
                site.vault.keyfile.add_account(username, password, account_key, site.vault.master_key)
            site.audit(session, AuditAction.ACCOUNT_CREATED, "account", row.id, role=row.role, demo=True)
        if not site.is_server:
            site.vault.keyfile.save(site.paths.keys)
    return ids


def fill_demo(
    site: SiteSession,
    password: str,
    participants: int,
    seed: int = 1,
    contacts_per_participant: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `participants` synthetic people with their records. Returns the number of contacts written."""
    rng = random.Random(seed)
    today = date.today()
    now = datetime.now().replace(microsecond=0)
    manager_ids = _case_managers(site, password, max(1, -(-participants // 18)), rng)
    actor = site.actor.account_id
    contacts_written = 0
    batch = 500
    with site.unit_of_work() as session:
        prefix = str(read_setting(session, "participant_prefix"))
        serialize_writes(session)
        next_seq = (session.scalar(select(func.max(M.Participant.sequence))) or 0) + 1
    done = 0
    while done < participants:
        n = min(batch, participants - done)
        rows: dict[str, list[dict]] = {t: [] for t in ("participant", "participant_alias", "contact", "consent",
                                                        "legal_case", "housing_status", "service_linkage", "plan_goal")}
        for _ in range(n):
            pid = M.new_id()
            seq = next_seq
            next_seq += 1
            female = rng.random() < 0.39
            first = rng.choice(FIRST_F if female else FIRST_M)
            last = rng.choice(LAST)
            age = max(18, min(78, int(rng.gauss(41, 11))))
            dob = today - timedelta(days=age * 365 + rng.randrange(365))
            enrolled = today - timedelta(days=rng.randrange(30, 5 * 365))
            aliases = [rng.choice(STREET)] if rng.random() < 0.45 else []
            roll = rng.random()
            status, exit_date, exit_reason, destination, destination_subsidy = "active", None, None, None, None
            if roll < 0.15:
                status = "exited"
                exit_date = min(today, enrolled + timedelta(days=rng.randrange(60, 900)))
                exit_reason = rng.choice(V.EXIT_REASON.codes())
                destination = "24" if exit_reason == "deceased" else rng.choice(["410", "435", "207", "116", "312", "30"])
                destination_subsidy = DEMO_SUBSIDIES[seq % len(DEMO_SUBSIDIES)] if destination == "435" else None
            elif roll < 0.20:
                status = "unable_to_locate"
            lead_number = P.format_lead_number(prefix, seq)
            k = contacts_per_participant if contacts_per_participant is not None else rng.randrange(0, 31)
            last_contact = None
            for _c in range(k):
                at = datetime.combine(enrolled, datetime.min.time()) + timedelta(
                    minutes=rng.randrange(0, max(1, int((now - datetime.combine(enrolled, datetime.min.time())).total_seconds() // 60))))
                utl = rng.random() < 0.1
                if not utl and (last_contact is None or at > last_contact):
                    last_contact = at
                rows["contact"].append(dict(
                    id=M.new_id(), participant_id=pid, at=at, staff_id=None, contact_type=_pick(rng, [
                        ("street", 50), ("office", 15), ("phone", 20), ("collateral", 8), ("court", 5), ("owg", 2)]),
                    location=rng.choice(PLACES), duration_minutes=rng.choice([5, 10, 15, 30, 45, 60, 90]),
                    unable_to_locate=utl, note="Checked in; talked about next steps." if not utl else None,
                    created_at=now, updated_at=now, updated_by=actor))
            contacts_written += k
            manager = rng.choice(manager_ids)
            rows["participant"].append(dict(
                id=pid, sequence=seq, lead_number=lead_number, first_name=first, middle_name=None, last_name=last,
                name_quality="1" if rng.random() < 0.85 else "2", dob=dob, dob_quality="1" if rng.random() < 0.8 else "2",
                race_ethnicity=_pick(rng, RACE_MIX), sex="0" if female else "1", gender_identity=None,
                veteran_status=_pick(rng, [("0", 85), ("1", 8), ("99", 7)]),
                disabling_condition=_pick(rng, [("1", 60), ("0", 30), ("99", 10)]),
                phone=f"555-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}" if rng.random() < 0.5 else None,
                where_to_find=rng.choice(PLACES), case_manager_id=manager, status=status, enrolled_on=enrolled,
                exit_date=exit_date, exit_reason=exit_reason, exit_destination=destination,
                exit_destination_subsidy=destination_subsidy,
                vocab_version=V.VOCAB_VERSION, sort_name=P.fold(f"{last}, {first}"),
                search_text=P.search_text(lead_number, [first, last, *aliases]), last_contact_at=last_contact,
                merged_into_id=None, created_at=now, updated_at=now, updated_by=actor))
            for alias in aliases:
                rows["participant_alias"].append(dict(id=M.new_id(), participant_id=pid, alias=alias,
                                                      created_at=now, updated_at=now, updated_by=actor))
            signed = enrolled
            expires = signed + timedelta(days=365 * rng.choice([1, 1, 2]))
            hmis = seq % 4 != 0  # three in four also agreed to the Continuum of Care's HMIS
            if hmis:
                expires = signed + timedelta(days=7 * 365)  # an HMIS release usually runs for years
            rows["consent"].append(dict(
                id=M.new_id(), participant_id=pid, consent_type="lead_multi_party", sud=rng.random() < 0.5,
                disclosing_party="LEAD case management",
                recipients="Police department\nProsecutor's office\nPublic defender"
                + ("\nContinuum of Care HMIS" if hmis else ""), recipient_kinds=V.HMIS_RECIPIENT if hmis else "",
                information="enrollment,case_plan,legal", information_detail=None, purpose="Coordinate LEAD services",
                right_to_revoke_explained=True, signer="participant", representative_name=None, signed_on=signed,
                expires_on=expires, expiry_event=None, revoked_on=None, created_at=now, updated_at=now, updated_by=actor))
            if rng.random() < 0.3:
                rows["legal_case"].append(dict(
                    id=M.new_id(), participant_id=pid, jurisdiction=rng.choice(COURTS),
                    case_number=f"{today.year % 100:02d}-CR-{rng.randrange(10000, 99999)}", charges="Non-divertible matter",
                    status="open", next_court_at=datetime.combine(today + timedelta(days=rng.randrange(-10, 60)),
                                                                  datetime.min.time()) + timedelta(hours=9),
                    prosecutor_contact="ADA on duty", defender_contact="Public defender", note=None,
                    created_at=now, updated_at=now, updated_by=actor))
            rows["housing_status"].append(dict(
                id=M.new_id(), participant_id=pid, effective_on=enrolled, living_situation=_pick(rng, [
                    ("116", 55), ("101", 25), ("336", 10), ("335", 10)]), subsidy_type=None, vocab_version=V.VOCAB_VERSION,
                note=None,
                created_at=now, updated_at=now, updated_by=actor))
            if rng.random() < 0.4:
                housed = rng.choice(["410", "435", "421"])
                rows["housing_status"].append(dict(
                    id=M.new_id(), participant_id=pid, effective_on=min(today, enrolled + timedelta(days=rng.randrange(30, 600))),
                    living_situation=housed, vocab_version=V.VOCAB_VERSION, note=None,
                    subsidy_type=DEMO_SUBSIDIES[seq % len(DEMO_SUBSIDIES)] if housed == "435" else None,
                    created_at=now, updated_at=now, updated_by=actor))
            for _s in range(rng.randrange(0, 3)):
                rows["service_linkage"].append(dict(
                    id=M.new_id(), participant_id=pid, service_type=rng.choice(V.SERVICE_TYPE.codes()),
                    provider=rng.choice(PROVIDERS), referred_on=min(today, enrolled + timedelta(days=rng.randrange(0, 400))),
                    outcome=_pick(rng, [("1", 60), ("2", 15), ("3", 10), ("pending", 15)]), outcome_on=None, note=None,
                    created_at=now, updated_at=now, updated_by=actor))
            for _g in range(rng.randrange(1, 4)):
                set_on = min(today, enrolled + timedelta(days=rng.randrange(0, 200)))
                rows["plan_goal"].append(dict(
                    id=M.new_id(), participant_id=pid, goal=rng.choice([
                        "Get a state ID", "Apply for SNAP", "Find stable housing", "See a doctor about my leg",
                        "Reconnect with my sister", "Start methadone", "Resolve old warrant"]),
                    domain=rng.choice(V.ASSESSMENT_DOMAIN.codes()), status=_pick(rng, [
                        ("open", 40), ("in_progress", 30), ("achieved", 25), ("set_aside", 5)]),
                    set_on=set_on, target_date=set_on + timedelta(days=rng.randrange(14, 180)), closed_on=None,
                    created_at=now, updated_at=now, updated_by=actor))
        with site.unit_of_work() as session:
            for table in ("participant", "participant_alias", "contact", "consent", "legal_case",
                          "housing_status", "service_linkage", "plan_goal"):
                if rows[table]:
                    session.execute(insert(M.Base.metadata.tables[table]), rows[table])
        done += n
        if progress:
            progress(done, participants)
    if not hmis_site_values(site)["project_id"]:
        save_hmis_site(site, {**DEMO_HMIS_SITE, "operating_start": today - timedelta(days=5 * 365 + 30)})
    fill_demo_referrals(site, round(participants / DEMO_ENROLLED_SHARE), seed)
    from lead_desktop.services.demo_governance import fill_demo_governance  # it builds on this module's people

    fill_demo_governance(site, seed)
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.CREATE, "demo", None, participants=participants, seed=seed)
    return contacts_written


# ----- referrals (Santa Fe's published breakdown, DOMAIN.md §9) ------------------------------------

DEMO_ENROLLED_SHARE = 0.80  # 84 of 105 referrals enrolled
DEMO_OUTCOME_SHARES = (("ineligible", 0.09), ("declined", 0.03), ("intake_not_completed", 0.06))
DEMO_SOCIAL_CONTACT_SHARE = 0.55  # of the officers' referrals: 55% social contact / 45% arrest (Santa Fe)
# Santa Fe accepts no community referrals (DOMAIN.md §2); many sites do. The demo shows all three pathways
# with a modest community share, so the officers' mix stays Santa Fe's.
DEMO_COMMUNITY_SHARE = 0.10
DEMO_PENDING = 4  # a few intakes still open: one overdue, the others due in the next days
# The police department is the governance demo's too (one list of organizations): entered once, it sits on
# the PCG and refers people.
DEMO_AGENCIES = (("Police Department", "law_enforcement"), ("County Sheriff's Office", "law_enforcement"))
# Community referrals: half from partner organizations (also on the governance demo's bodies), half from
# family or community members, named as the referral form names a referring person.
DEMO_COMMUNITY_SOURCES = (("Harbor Housing", "service_provider"), ("Interfaith Alliance", "community_group"),
                          ("Downtown Business Association", "community_group"))
DEMO_COMMUNITY_PEOPLE = ("Sister of the person referred", "Neighbor", "Shelter volunteer", "Store manager",
                         "Outreach nurse", "Pastor at the day center")
DEMO_OFFICERS = (("Officer Dana Reyes", "4411"), ("Officer Sam Whitfield", "2307"), ("Sgt. Kim Lo", "117"),
                 ("Officer Luis Ortega", "3590"), ("Deputy Ann Marsh", "D-82"), ("Deputy Tom Becker", "D-45"))
DEMO_OFFENSES = ("Possession of a controlled substance", "Sex work", "Possession of drug paraphernalia",
                 "Possession of a controlled substance (under 1 g)", "Trespass, low-level")


def _demo_sources(site: SiteSession) -> list[tuple[str, str]]:
    """(agency id, officer id) pairs, made once per site and reused."""
    agencies = {a.name: a.id for a in referral_service.list_agencies(site)}
    pairs = []
    for index, (name, kind) in enumerate(DEMO_AGENCIES):
        agency_id = agencies.get(name) or referral_service.save_agency(site, {"name": name, "kind": kind})
        officers = {(o.name, o.badge): o.id for o in referral_service.list_officers(site, agency_id=agency_id)}
        for officer_name, badge in DEMO_OFFICERS[index * 3: index * 3 + 3]:
            officer_id = officers.get((officer_name, badge)) or referral_service.save_officer(
                site, {"name": officer_name, "badge": badge, "agency_id": agency_id})
            pairs.append((agency_id, officer_id))
    return pairs


def _demo_community_sources(site: SiteSession) -> list[str]:
    """The partner organizations that make community referrals, made once per site and reused."""
    agencies = {a.name: a.id for a in referral_service.list_agencies(site)}
    return [agencies.get(name) or referral_service.save_agency(site, {"name": name, "kind": kind})
            for name, kind in DEMO_COMMUNITY_SOURCES]


def _demo_answers(rng: random.Random, criteria: tuple, pathway: str, day: date, failing: str | None) -> dict:
    answers: dict[str, object] = {}
    for c in criteria:
        if not c.applies_to(pathway):
            continue
        kind = c.kind.value
        fail = c.code == failing
        if kind in ("yes_no", "minimum_age"):
            answers[c.code] = fail
        elif kind == "quantity":
            limit = c.parameter or 0
            answers[c.code] = round(limit + rng.uniform(0.5, 5), 1) if fail else round(rng.uniform(0, limit), 1)
        elif kind == "lookback":
            years = int(c.parameter or 0)
            answers[c.code] = (day - timedelta(days=rng.randrange(30, max(31, years * 300)))).isoformat() if fail \
                else "none"
        else:  # recent_activity
            months = int(c.parameter or 0)
            recent = day - timedelta(days=rng.randrange(1, max(2, months * 28)))
            answers[c.code] = "none" if fail else recent.isoformat()
    return answers


def fill_demo_referrals(site: SiteSession, n: int, seed: int = 1) -> int:
    """Add about `n` referrals: ~80% enrolled (one for each demo participant without a referral yet, as far
    as they go), 9% ineligible, 3% declined, 6% intake missed, and a few pending intakes — one overdue,
    the others due in the next days. 10% community referrals; of the officers' ones 55% social contact,
    45% arrest diversion. Returns the number written."""
    if n <= 0:
        return 0
    rng = random.Random(f"referrals-{seed}")  # its own stream: the participants drawn above stay as they were
    today = date.today()
    now = datetime.now().replace(microsecond=0)
    actor = site.actor.account_id
    pairs = _demo_sources(site)
    partners = _demo_community_sources(site)
    checklist = referral_service.current_checklist(site)
    deadline = int(site.setting("intake_deadline_days"))
    with site.unit_of_work() as session:
        p, r = M.Participant, M.Referral
        candidates = session.execute(
            select(p.id, p.first_name, p.last_name, p.dob, p.race_ethnicity, p.sex, p.enrolled_on, p.case_manager_id)
            .where(p.deleted_at.is_(None), p.merged_into_id.is_(None),
                   ~select(r.id).where(r.participant_id == p.id).exists())
            .order_by(p.sequence).limit(round(n * DEMO_ENROLLED_SHARE))
        ).all()
        alias_rows = session.execute(
            select(M.ParticipantAlias.participant_id, M.ParticipantAlias.alias)
            .where(M.ParticipantAlias.deleted_at.is_(None))
        ).all()
        managers = list(session.scalars(
            select(M.Account.id).where(M.Account.active.is_(True), M.Account.role == Role.CASE_MANAGER.value)
            .order_by(M.Account.username)
        ))
    aliases_of: dict[str, list[str]] = {}
    for pid, alias in alias_rows:
        aliases_of.setdefault(pid, []).append(alias)

    def subject(first: str, last: str, dob: date | None, race: str, sex: str, aliases: list[str]) -> dict:
        return dict(first_name=first, middle_name=None, last_name=last, aliases=", ".join(aliases) or None, dob=dob,
                    race_ethnicity=race, sex=sex, sort_name=P.fold(f"{last}, {first}"),
                    search_text=" | ".join(P.fold(x) for x in (first, last, *aliases)))

    def referral(pathway: str, referred: datetime, outcome: str, who: dict, failing: str | None = None,
                 **extra: object) -> dict:
        agency_id, officer_id = rng.choice(pairs)
        person = None
        if pathway == "community":  # a partner organization or a family or community member; no officer
            officer_id = None
            from_partner = rng.random() < 0.5
            agency_id = rng.choice(partners) if from_partner else None
            person = rng.choice(DEMO_COMMUNITY_PEOPLE[3:] if from_partner else DEMO_COMMUNITY_PEOPLE[:3])
        arrest = pathway == "arrest_diversion"
        answers = _demo_answers(rng, checklist.criteria, pathway, referred.date(), failing)
        result = R.screen(checklist.criteria, pathway, answers, referred.date(), who["dob"]).result
        row = dict(
            id=M.new_id(), pathway=pathway, outcome=outcome, outcome_on=None, referred_at=referred,
            handoff_at=referred + timedelta(minutes=rng.choice([8, 12, 15, 20, 25, 30, 35, 45, 70])) if arrest
            else (referred + timedelta(hours=rng.randrange(1, 48)) if rng.random() < 0.6 else None),
            agency_id=agency_id, officer_id=officer_id, referring_person=person,
            location=rng.choice(PLACES), alleged_offences=rng.choice(DEMO_OFFENSES) if arrest else None,
            notes=None,
            case_manager_id=who.pop("case_manager_id", None) or (rng.choice(managers) if managers else None),
            checklist_id=checklist.id,
            screening_answers=json.dumps(answers, sort_keys=True), screening_result=result,
            override_result=None, override_by=None, override_reason=None, override_at=None,
            intake_due_on=R.intake_due_on(referred, deadline) if arrest else None, intake_completed_on=None,
            prosecutor_notified_on=None, prosecutor_notified_how=None, charges_filed=None, charges_filed_on=None,
            participant_id=None, created_at=now, updated_at=now, updated_by=actor, **who,
        )
        row.update(extra)
        if outcome == "enrolled" and result != "eligible":  # e.g. under 18 when referred years ago
            row.update(override_result="eligible", override_by="Prosecutor's LEAD liaison",
                       override_reason="Prosecutor's discretion", override_at=now)
        return row

    def pathway() -> str:
        draw = rng.random()
        if draw < DEMO_COMMUNITY_SHARE:
            return "community"
        officers = (draw - DEMO_COMMUNITY_SHARE) / (1 - DEMO_COMMUNITY_SHARE)
        return "social_contact" if officers < DEMO_SOCIAL_CONTACT_SHARE else "arrest_diversion"

    def stranger() -> dict:
        female = rng.random() < 0.39
        first, last = rng.choice(FIRST_F if female else FIRST_M), rng.choice(LAST)
        dob = today - timedelta(days=max(18, min(78, int(rng.gauss(41, 11)))) * 365 + rng.randrange(365))
        return subject(first, last, dob, _pick(rng, RACE_MIX), "0" if female else "1",
                       [rng.choice(STREET)] if rng.random() < 0.3 else [])

    def past(days_back_max: int) -> datetime:
        day = today - timedelta(days=rng.randrange(deadline + 2, max(deadline + 3, days_back_max)))
        return datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randrange(7 * 60, 22 * 60))

    rows: list[dict] = []
    for c in candidates:
        way = pathway()
        lag = rng.randrange(0, min(4, deadline + 1))
        referred = datetime.combine(c.enrolled_on - timedelta(days=lag), datetime.min.time()) + timedelta(
            minutes=rng.randrange(7 * 60, 22 * 60))
        who = subject(c.first_name or "", c.last_name or "", c.dob, c.race_ethnicity, c.sex, aliases_of.get(c.id, []))
        who["case_manager_id"] = c.case_manager_id
        rows.append(referral(way, referred, "enrolled", who, participant_id=c.id, outcome_on=c.enrolled_on,
                             intake_completed_on=c.enrolled_on,
                             prosecutor_notified_on=c.enrolled_on if way == "arrest_diversion" else None,
                             prosecutor_notified_how="E-mail to the prosecutor's LEAD liaison"
                             if way == "arrest_diversion" else None))
    for outcome, share in DEMO_OUTCOME_SHARES:
        for _ in range(max(1, round(n * share))):
            referred = past(720)
            if outcome == "ineligible":
                way = pathway()
                failing = rng.choice([c for c in checklist.criteria if c.applies_to(way)])
                who = stranger()
                if failing.kind is R.CriterionKind.MINIMUM_AGE:
                    who["dob"] = referred.date() - timedelta(days=17 * 365)
                rows.append(referral(way, referred, outcome, who, failing.code,
                                     outcome_on=referred.date() + timedelta(days=1)))
            elif outcome == "declined":
                rows.append(referral(pathway(), referred, outcome, stranger(),
                                     outcome_on=referred.date() + timedelta(days=rng.randrange(0, 3))))
            else:  # the intake deadline passed: the prosecutor was told, and sometimes filed the charges
                filed = rng.random() < 0.5
                due = R.intake_due_on(referred, deadline)
                rows.append(referral("arrest_diversion", referred, outcome, stranger(),
                                     outcome_on=due + timedelta(days=1),
                                     prosecutor_notified_on=due + timedelta(days=1),
                                     prosecutor_notified_how="Phone call to the ADA on duty", charges_filed=filed,
                                     charges_filed_on=due + timedelta(days=rng.randrange(2, 20)) if filed else None))
    for left in (-2, 0, 2, 5)[:DEMO_PENDING]:  # days left: one overdue, one due today, then soon
        day = today - timedelta(days=deadline - min(left, deadline - 1))  # referred yesterday at the latest
        referred = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randrange(8, 18))
        rows.append(referral("arrest_diversion", referred, "pending", stranger()))
    referred = datetime.combine(today - timedelta(days=1), datetime.min.time()) + timedelta(hours=15)
    rows.append(referral("social_contact", referred, "pending", stranger()))
    with site.unit_of_work() as session:
        for start in range(0, len(rows), 1000):
            session.execute(insert(M.Base.metadata.tables["referral"]), rows[start:start + 1000])
        site.audit(session, AuditAction.CREATE, "demo_referrals", None, referrals=len(rows), seed=seed)
    return len(rows)


def demo_summary(result: DemoResult) -> str:
    return json.dumps({"participants": result.participants, "contacts": result.contacts})
