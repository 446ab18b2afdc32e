"""A larger data set for the program report, drawn from a seeded random generator with fixed dates.

Where dataset.py is counted by hand, this one is big and untidy enough to reach the corners a
faster query could get wrong: boundary days and midnights, deleted and merged people, contacts
marked "unable to locate", hand-offs across a daylight-saving change, several race answers,
people with no date of birth, housing records before and inside a period, case managers whose
caseloads tie. Its numbers are kept in program_numbers.json (test_program_json.py) as they were
before the report's queries were made fast; any change of a number fails that test.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.roles import Role
from lead_desktop.reports.program_data import Baseline
from lead_desktop.services import accounts, reporting
from lead_desktop.storage import models as M

SEED = 20250601
FIRST_DAY = date(2023, 1, 1)
LAST_DAY = date(2026, 2, 28)
MANAGERS = ("Ana Ortiz", "ana Ortiz-Lee", "Ben Ng", "Cleo Park", "Dev Rao", "Eve Saar")
RACES = ("1", "2", "3", "3", "3", "5", "5", "6", "7", "4", "3,6", "5,1", "3,3", "8", "9", "99", "6,99")
SEXES = ("0", "1", "1", "0", "9", "99")
DESTINATIONS = (None, "410", "411", "116", "101", "207", "215", "302", "314", "17", "24", "30", "99")
LIVING = ("101", "116", "118", "204", "207", "302", "314", "410", "421", "435", "17", "37", "8", "99")
BASELINES = [
    Baseline("Arrests 2025", "City police", date(2025, 1, 1), date(2025, 12, 31),
             (("3", 400), ("5", 350), ("1", 60), ("2", 40), ("6", 30), ("unknown", 20))),
    Baseline("Arrests 2024", "County", date(2024, 1, 1), date(2024, 12, 31), (("3", 300), ("5", 500))),
]


def _day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _moment(rng: random.Random) -> datetime:
    day = _day(rng)
    # A tenth at the edges of a day, where a period's end is easiest to get wrong.
    if rng.random() < 0.1:
        return datetime.combine(day, datetime.min.time()) if rng.random() < 0.5 else \
            datetime(day.year, day.month, day.day, 23, 59, 59)
    return datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))


def build_seeded(site) -> None:  # noqa: ANN001 - a SiteSession signed in as an administrator
    rng = random.Random(SEED)
    managers = [accounts.add_account(site, f"cm{n}", name, Role.CASE_MANAGER, "case manager passphrase").id
                for n, name in enumerate(MANAGERS)]
    with site.unit_of_work() as session:
        people: list[str] = []
        for n in range(1, 321):
            enrolled = _day(rng)
            exit_date = None
            if rng.random() < 0.35:
                exit_date = min(LAST_DAY, enrolled + timedelta(days=rng.randrange(0, 500)))
            if rng.random() < 0.15:
                dob = None
            elif rng.random() < 0.1:  # a birthday on a period's last day
                dob = date(rng.choice((1960, 1970, 1990, 2000, 2001)), 12, 31)
            else:
                dob = _day(rng, date(1950, 1, 1), date(2006, 12, 31))
            status = "exited" if exit_date else rng.choice(("active", "active", "inactive", "unable_to_locate"))
            manager = rng.choice(managers + [None]) if n % 7 else managers[n % 2]
            row = M.Participant(
                sequence=n, lead_number=P.format_lead_number("SEED", n), first_name=f"F{n}", last_name=f"L{n}",
                name_quality="1", dob=dob, dob_quality="1" if dob else "99", race_ethnicity=rng.choice(RACES),
                sex=rng.choice(SEXES), veteran_status="99", disabling_condition="99", case_manager_id=manager,
                status=status, enrolled_on=enrolled, exit_date=exit_date,
                exit_reason="no_further_need" if exit_date else None,
                exit_destination=rng.choice(DESTINATIONS) if exit_date else None,
                vocab_version=V.VOCAB_VERSION, sort_name=P.fold(f"L{n}, F{n}"),
                search_text=P.search_text(P.format_lead_number("SEED", n), [f"F{n}", f"L{n}"]),
                deleted_at=M.utcnow() if n % 41 == 0 else None,
            )
            session.add(row)
            session.flush()
            people.append(row.id)
        for n in range(3, 320, 53):  # a few people merged into another record
            merged = session.get(M.Participant, people[n])
            merged.merged_into_id = people[n - 1]
        for n in range(1, 541):
            pathway = rng.choice(R.ALL_PATHWAYS)
            referred = _moment(rng)
            handoff = None
            if rng.random() < 0.6:
                handoff = referred + timedelta(minutes=rng.choice((-5, 0, 10, 29, 30, 31, 45, 90, 600)))
            if n % 50 == 0:  # across the spring change of 2025: wall-clock minutes differ from real ones
                referred, handoff = datetime(2025, 3, 9, 1, 40), datetime(2025, 3, 9, 3, 5)
            due = done = None
            if pathway == "arrest_diversion":
                due = referred.date() + timedelta(days=30)
                if rng.random() < 0.5:
                    done = referred.date() + timedelta(days=rng.randrange(0, 45))
            session.add(M.Referral(
                pathway=pathway, outcome=rng.choice(("ineligible", "declined", "intake_not_completed", "enrolled",
                                                     "pending", "pending")),
                referred_at=referred, handoff_at=handoff, first_name="Ref", last_name=f"R{n}",
                race_ethnicity=rng.choice(RACES), sex="99", intake_due_on=due, intake_completed_on=done,
                sort_name=P.fold(f"R{n}, Ref"), search_text=P.fold(f"R{n}"),
                referring_person="Neighbor" if pathway == "community" else None,
                deleted_at=M.utcnow() if n % 37 == 0 else None,
            ))
        for n in range(2400):
            session.add(M.Contact(participant_id=rng.choice(people), at=_moment(rng), contact_type="street",
                                  unable_to_locate=rng.random() < 0.15,
                                  deleted_at=M.utcnow() if n % 29 == 0 else None))
        for n in range(420):
            session.add(M.ServiceLinkage(participant_id=rng.choice(people), service_type=rng.choice(V.SERVICE_TYPE.codes()),
                                         referred_on=_day(rng), outcome=rng.choice(("1", "2", "3", "pending")),
                                         provider="Harbor Housing", deleted_at=M.utcnow() if n % 31 == 0 else None))
        seen: set[tuple[str, date]] = set()
        for n in range(600):
            person, effective = rng.choice(people), _day(rng)
            if (person, effective) in seen:  # one record a day per person: their order is then certain
                continue
            seen.add((person, effective))
            session.add(M.HousingStatus(participant_id=person, effective_on=effective,
                                        living_situation=rng.choice(LIVING), vocab_version=V.VOCAB_VERSION,
                                        deleted_at=M.utcnow() if n % 43 == 0 else None))
    reporting.save_baselines(site, BASELINES)
