"""Synthetic demo sites: participants, contacts, consents, legal cases and more, deterministic for a seed.

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
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.paths import SitePaths
from lead_desktop.services import site as sites
from lead_desktop.storage import models as M

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


def _case_managers(site: sites.SiteSession, password: str, count: int, rng: random.Random) -> list[str]:
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
            if number <= SIGN_IN_CASE_MANAGERS:
                site.vault.keyfile.add_account(username, password, account_key, site.vault.master_key)
            site.audit(session, AuditAction.ACCOUNT_CREATED, "account", row.id, role=row.role, demo=True)
        site.vault.keyfile.save(site.paths.keys)
    return ids


def fill_demo(
    site: sites.SiteSession,
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
        prefix = str(sites.read_setting(session, "participant_prefix"))
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
            status, exit_date, exit_reason, destination = "active", None, None, None
            if roll < 0.15:
                status = "exited"
                exit_date = min(today, enrolled + timedelta(days=rng.randrange(60, 900)))
                exit_reason = rng.choice(V.EXIT_REASON.codes())
                destination = "24" if exit_reason == "deceased" else rng.choice(["410", "435", "207", "116", "312", "30"])
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
                vocab_version=V.VOCAB_VERSION, sort_name=P.fold(f"{last}, {first}"),
                search_text=P.search_text(lead_number, [first, last, *aliases]), last_contact_at=last_contact,
                merged_into_id=None, created_at=now, updated_at=now, updated_by=actor))
            for alias in aliases:
                rows["participant_alias"].append(dict(id=M.new_id(), participant_id=pid, alias=alias,
                                                      created_at=now, updated_at=now, updated_by=actor))
            signed = enrolled
            expires = signed + timedelta(days=365 * rng.choice([1, 1, 2]))
            rows["consent"].append(dict(
                id=M.new_id(), participant_id=pid, consent_type="lead_multi_party", sud=rng.random() < 0.5,
                disclosing_party="LEAD case management", recipients="Police department\nProsecutor's office\nPublic defender",
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
                    ("116", 55), ("101", 25), ("313", 10), ("312", 10)]), vocab_version=V.VOCAB_VERSION, note=None,
                created_at=now, updated_at=now, updated_by=actor))
            if rng.random() < 0.4:
                rows["housing_status"].append(dict(
                    id=M.new_id(), participant_id=pid, effective_on=min(today, enrolled + timedelta(days=rng.randrange(30, 600))),
                    living_situation=rng.choice(["410", "435", "421"]), vocab_version=V.VOCAB_VERSION, note=None,
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
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.CREATE, "demo", None, participants=participants, seed=seed)
    return contacts_written


def demo_summary(result: DemoResult) -> str:
    return json.dumps({"participants": result.participants, "contacts": result.contacts})
