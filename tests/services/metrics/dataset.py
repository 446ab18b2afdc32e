"""A small, hand-counted data set for the report tests (imported by the other metrics and reporting tests).

Period under test: the first quarter of 2025 (2025-01-01 … 2025-03-31), "today" 2025-04-15.
Rows are written straight into the models so every date, time and outcome is exactly what
the expected numbers in EXPECTED were counted from (by hand, in the comments below).
"""

from __future__ import annotations

from datetime import date, datetime

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.roles import Role
from lead_desktop.reports.program_data import Baseline
from lead_desktop.reports.tabular import Period
from lead_desktop.services import accounts, reporting
from lead_desktop.storage import models as M

PERIOD = Period(date(2025, 1, 1), date(2025, 3, 31), "quarter")
TODAY = date(2025, 4, 15)
UNICODE_NAME = ("Zoë", "Ñandú-Łukasz")
CM_PASSWORD = "case manager passphrase"

# (key, enrolled_on, exit_date, status, case manager, sex, dob, race, exit destination)
PEOPLE = [
    ("P1", date(2024, 6, 1), None, "active", "A", "0", date(1980, 5, 10), "3", None),
    ("P2", date(2025, 1, 15), None, "active", "A", "1", date(2001, 2, 1), "5", None),
    ("P3", date(2025, 2, 20), None, "active", "B", "1", date(1960, 1, 1), "3,6", None),
    ("P4", date(2024, 1, 10), date(2025, 3, 1), "exited", "B", "0", None, "99", "410"),
    ("P5", date(2023, 5, 5), date(2024, 12, 15), "exited", "A", "1", date(1970, 1, 1), "6", "116"),
    ("P6", date(2025, 5, 1), None, "active", "B", "9", date(1990, 1, 1), "1", None),
    ("P7", date(2025, 3, 10), date(2025, 3, 30), "exited", None, "0", date(1990, 3, 31), "2", None),
    ("P8", date(2025, 2, 1), None, "inactive", None, "1", date(1985, 7, 1), "3", None),
]

# (key, pathway, referred_at, handoff_at, due, completed, outcome, race, participant, deleted)
REFERRALS = [
    ("R1", "arrest_diversion", datetime(2025, 1, 3, 9, 0), datetime(2025, 1, 3, 9, 20), date(2025, 2, 2),
     date(2025, 1, 10), "enrolled", "5", "P2", False),
    ("R2", "arrest_diversion", datetime(2025, 1, 20, 14, 0), datetime(2025, 1, 20, 14, 45), date(2025, 2, 19),
     date(2025, 2, 25), "enrolled", "3,6", "P3", False),
    ("R3", "arrest_diversion", datetime(2025, 2, 10, 8, 0), datetime(2025, 2, 10, 8, 30), date(2025, 3, 12),
     None, "intake_not_completed", "3", None, False),
    ("R4", "arrest_diversion", datetime(2025, 3, 25, 10, 0), None, date(2025, 4, 24), None, "pending", "3", None,
     False),
    ("R5", "arrest_diversion", datetime(2025, 3, 1, 10, 0), datetime(2025, 3, 1, 10, 10), date(2025, 3, 31), None,
     "pending", "99", None, False),
    ("R6", "arrest_diversion", datetime(2025, 2, 15, 12, 0), None, date(2025, 3, 17), None, "ineligible", "5", None,
     False),
    ("R7", "social_contact", datetime(2025, 1, 15, 11, 0), datetime(2025, 1, 15, 13, 0), None, None, "declined", "3",
     None, False),
    ("R8", "social_contact", datetime(2025, 3, 31, 23, 0), None, None, None, "pending", "2", None, False),
    ("R9", "community", datetime(2025, 2, 5, 16, 0), None, None, date(2025, 2, 8), "enrolled", "3", "P8", False),
    ("R10", "community", datetime(2025, 4, 1, 0, 0), None, None, None, "pending", "3", None, False),
    ("R11", "community", datetime(2024, 12, 31, 23, 59), None, None, None, "pending", "1", None, False),
    ("R12", "arrest_diversion", datetime(2025, 2, 1, 9, 0), None, date(2025, 3, 3), None, "pending", "3", None,
     True),
]

# (participant, at, unable to locate)
CONTACTS = [
    ("P1", datetime(2025, 1, 5, 10, 0), False),
    ("P1", datetime(2025, 2, 10, 9, 0), False),
    ("P1", datetime(2025, 3, 31, 23, 30), False),
    ("P1", datetime(2025, 1, 20, 8, 0), True),
    ("P2", datetime(2025, 4, 1, 0, 0), False),
    ("P2", datetime(2024, 12, 31, 23, 59), False),
    ("P3", datetime(2025, 3, 1, 12, 0), False),
    ("P5", datetime(2025, 1, 10, 12, 0), False),
    ("P8", datetime(2025, 2, 2, 12, 0), True),
]

# (participant, type, referred_on, outcome)
LINKAGES = [
    ("P1", "housing", date(2025, 1, 10), "1"),
    ("P1", "sud_treatment", date(2025, 2, 1), "2"),
    ("P3", "housing", date(2025, 3, 5), "pending"),
    ("P2", "medical", date(2024, 12, 20), "1"),
    ("P4", "benefits_id", date(2025, 3, 31), "3"),
]

# (participant, effective_on, living situation)
HOUSING = [
    ("P1", date(2024, 11, 1), "116"),
    ("P1", date(2025, 2, 15), "410"),
    ("P3", date(2025, 2, 20), "101"),
    ("P3", date(2025, 3, 20), "302"),
    ("P2", date(2024, 10, 1), "410"),
    ("P4", date(2025, 1, 1), "207"),
    ("P8", date(2025, 3, 1), "99"),
]

BASELINES = [
    Baseline("Arrests Q1 2025", "City police", date(2025, 1, 1), date(2025, 3, 31),
             (("3", 50), ("5", 40), ("2", 5), ("unknown", 5))),
    Baseline("Arrests Dec–Jan", "City police", date(2024, 12, 1), date(2025, 1, 31), (("3", 10), ("5", 90))),
    Baseline("Arrests 2023", "County", date(2023, 1, 1), date(2023, 12, 31), (("3", 99), ("5", 1))),
]

# Counted by hand from the rows above.
EXPECTED = {
    # funnel: referrals R1–R9 (R10 after, R11 before, R12 deleted)
    "funnel": {
        "arrest_diversion": {"ineligible": 1, "declined": 0, "intake_not_completed": 1, "enrolled": 2, "pending": 2},
        "social_contact": {"ineligible": 0, "declined": 1, "intake_not_completed": 0, "enrolled": 0, "pending": 1},
        "community": {"ineligible": 0, "declined": 0, "intake_not_completed": 0, "enrolled": 1, "pending": 0},
    },
    "referred": {"arrest_diversion": 6, "social_contact": 2, "community": 1, "all": 9},
    # hand-off minutes: arrest 20, 45, 30, 10 (≤30: 3); social 120; all: 10 20 30 45 120
    "handoff": {"arrest_diversion": (4, 3, 25.0), "social_contact": (1, 0, 120.0), "community": (0, 0, None),
                "all": (5, 3, 30.0)},
    # intakes of arrest diversions R1–R6
    "intake": {"on_time": 1, "late": 1, "closed": 1, "missed": 2, "open": 1, "total": 6},
    "enrollments": 4,  # P2, P3, P7, P8
    "exits": {"permanent": 1, "not_recorded": 1, "temporary": 0, "institutional": 0, "homeless": 0, "other": 0,
              "total": 2},
    # served: P1 P2 P3 P4 P7 P8; contacted P1 (3 contacts) P3 (1)
    "served": 6, "contacted": 2, "not_contacted": 4, "contacts": 4, "per_participant": 2.0,
    "caseload": {"Casey Able": 2, "Blair Brook": 2, "unassigned": 1, "total": 5},
    "linkages": {("housing", "1"): 1, ("housing", "pending"): 1, ("sud_treatment", "2"): 1,
                 ("benefits_id", "3"): 1, "total": 4, "people": 3},
    "housing": {("homeless", "permanent"): 1, ("homeless", "temporary"): 1, ("institutional", "institutional"): 1,
                ("other", "other"): 1, "total": 4},
    "sex": {"0": 3, "1": 3, "unknown": 0},
    "age": {"under_25": 1, "25_34": 0, "35_44": 3, "45_54": 0, "55_64": 0, "65_plus": 1, "unknown": 1},
    "race": {"3": 2, "5": 1, "2": 1, "multiple": 1, "unknown": 1, "1": 0, "6": 0, "7": 0, "4": 0},
    "equity_referrals": {"3": 4, "5": 2, "2": 1, "multiple": 1, "unknown": 1, "total": 9},
    "equity_enrollments": {"3": 1, "5": 1, "2": 1, "multiple": 1, "total": 4},
    "ratios": {"3": (4 / 9) / 0.5, "5": (2 / 9) / 0.4, "2": (1 / 9) / 0.05},
    "enrollment_ratios": {"3": 0.25 / 0.5, "2": 0.25 / 0.05},
    # trend: April 2024 … March 2025
    "trend_referrals": {(2024, 12): 1, (2025, 1): 3, (2025, 2): 3, (2025, 3): 3},
    "trend_enrollments": {(2024, 6): 1, (2025, 1): 1, (2025, 2): 2, (2025, 3): 1},
    # fact sheet (all time, today 2025-04-15)
    "fact_referrals": {"arrest_diversion": 6, "social_contact": 2, "community": 3, "total": 11},
    "fact_enrolled": 8, "fact_active": 5, "fact_housed": 2, "fact_linkages": 2, "fact_housing_linkages": 1,
    "fact_people_linked": 2,
}


def build_dataset(site) -> dict[str, str]:  # noqa: ANN001 - a SiteSession signed in as an administrator
    """Write the data set; returns key → row id (participants P1…, referrals R1…, accounts A, B)."""
    ids: dict[str, str] = {}
    ids["A"] = accounts.add_account(site, "casey", "Casey Able", Role.CASE_MANAGER, CM_PASSWORD).id
    ids["B"] = accounts.add_account(site, "blair", "Blair Brook", Role.CASE_MANAGER, CM_PASSWORD).id
    with site.unit_of_work() as session:
        for n, (key, enrolled, exit_date, status, cm, sex, dob, race, dest) in enumerate(PEOPLE, start=1):
            first, last = (UNICODE_NAME if key == "P3" else (f"First{key}", f"Last{key}"))
            row = M.Participant(
                sequence=n, lead_number=P.format_lead_number("TEST", n), first_name=first, last_name=last,
                name_quality="1", dob=dob, dob_quality="1" if dob else "99", race_ethnicity=race, sex=sex,
                veteran_status="99", disabling_condition="99", case_manager_id=ids.get(cm) if cm else None,
                status=status, enrolled_on=enrolled, exit_date=exit_date,
                exit_reason="no_further_need" if exit_date else None, exit_destination=dest,
                vocab_version=V.VOCAB_VERSION, sort_name=P.fold(f"{last}, {first}"),
                search_text=P.search_text(P.format_lead_number("TEST", n), [first, last]),
            )
            session.add(row)
            session.flush()
            ids[key] = row.id
        for key, pathway, referred, handoff, due, done, outcome, race, person, deleted in REFERRALS:
            row = M.Referral(
                pathway=pathway, outcome=outcome, referred_at=referred, handoff_at=handoff, first_name="Ref",
                last_name=key, race_ethnicity=race, sex="99", intake_due_on=due, intake_completed_on=done,
                participant_id=ids.get(person) if person else None, sort_name=P.fold(f"{key}, Ref"),
                search_text=P.fold(key), referring_person="Neighbor" if pathway == "community" else None,
                outcome_on=None if outcome == "pending" else referred.date(),
                deleted_at=M.utcnow() if deleted else None,
            )
            session.add(row)
            session.flush()
            ids[key] = row.id
        for person, at, unable in CONTACTS:
            session.add(M.Contact(participant_id=ids[person], at=at, contact_type="street", unable_to_locate=unable))
        for person, kind, referred_on, outcome in LINKAGES:
            session.add(M.ServiceLinkage(participant_id=ids[person], service_type=kind, referred_on=referred_on,
                                         outcome=outcome, provider="Harbor Housing"))
        for person, effective, code in HOUSING:
            session.add(M.HousingStatus(participant_id=ids[person], effective_on=effective, living_situation=code,
                                        vocab_version=V.VOCAB_VERSION))
    reporting.save_baselines(site, BASELINES)
    return ids
