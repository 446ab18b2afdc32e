"""The rows of an HMIS export about people: Client.csv, Enrollment.csv, Exit.csv,
CurrentLivingSituation.csv and Services.csv, from the participants an export includes.

Each participant is one enrollment in the LEAD project, their own household (RelationshipToHoH 1,
so EnrollmentCoC is the project's CoC code), from their enrollment date to their exit date. Their
PersonalID is the one the HMIS gave them when they came from an HMIS import (so the HMIS updates
its own client), else their id in LEAD Desktop; enrollment, household and exit ids are derived
from the participant's id, so they are the same in every export. Codes are mapped to each column's
list by domain.hmis.mapping. What LEAD Desktop does not collect is written as the specification's
"data not collected" (spec.not_collected_value) or left blank.

- Enrollment.LivingSituation: the housing history's entry in force at the project start;
  DateOfEngagement (Street Outreach projects): the day the first plan goal was set.
- CurrentLivingSituation.csv: every street contact that reached the person during the enrollment,
  with the living situation in force that day and the contact's place (LocationDetails).
- Services.csv: for a PATH-funded project, service linkages as PATH referrals (RecordType 161); a
  project with another funder has no Services record type LEAD Desktop's linkages fit.
- Substance use information is written only where hmis.consent allows it, else as 99 or left out.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain.hmis import mapping, site as hmis_site_form, spec
from lead_desktop.services.exchange.hmis.consent import Coverage
from lead_desktop.services.exchange.hmis.project_rows import ExportHeader, bookkeeping
from lead_desktop.services.exchange.hmis.site import HmisSite
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import stream

HMIS_CLIENT_KEY = "hmis_client"  # ImportKey.kind of a participant's HMIS PersonalID (hmis.importing)
HEAD_OF_HOUSEHOLD = 1
ENROLLED_IN_PATH = 1  # 1.7 ClientEnrolledInPATH: yes


@dataclass(frozen=True)
class Person:
    id: str
    personal_id: str
    first: str | None
    middle: str | None
    last: str | None
    name_quality: str
    dob: date | None
    dob_quality: str
    race: str
    sex: str
    veteran: str
    disabling: str
    entry: date
    exit_date: date | None
    exit_reason: str | None
    destination: str | None
    destination_subsidy: str | None
    created: datetime
    updated: datetime
    updated_by: str | None
    coverage: Coverage

    @property
    def enrollment_id(self) -> str:
        return mapping.derived_id("enrollment", self.id)

    def during(self, day: date, today: date) -> bool:
        return self.entry <= day <= (self.exit_date or today)


@dataclass
class Tally:
    """What the export did that the person exporting should hear about."""

    sud_written: set[str] = field(default_factory=set)  # participants whose SUD information went
    sud_withheld: set[str] = field(default_factory=set)  # participants with SUD information held back
    missing_subsidy: int = 0  # 435 answers written without their subsidy type (none recorded)


def load_people(session: Session, cover: Callable[[str], Coverage | None]) -> tuple[list[Person], int]:
    """The participants the export includes (live, not merged away, `cover` giving their coverage), and
    how many it leaves out."""
    k = M.ImportKey
    linked: dict[str, str] = {}
    for record_id, external in session.execute(select(k.record_id, k.external_id).where(
            k.kind == HMIS_CLIENT_KEY, k.deleted_at.is_(None), k.external_id.is_not(None)).order_by(k.created_at)):
        linked.setdefault(record_id, external)
    p = M.Participant
    people, left_out = [], 0
    for row in session.execute(select(
            p.id, p.first_name, p.middle_name, p.last_name, p.name_quality, p.dob, p.dob_quality, p.race_ethnicity,
            p.sex, p.veteran_status, p.disabling_condition, p.enrolled_on, p.exit_date, p.exit_reason,
            p.exit_destination, p.exit_destination_subsidy, p.created_at, p.updated_at, p.updated_by,
    ).where(p.deleted_at.is_(None), p.merged_into_id.is_(None)).order_by(p.sequence)):
        coverage = cover(row[0])
        if coverage is None:
            left_out += 1
            continue
        people.append(Person(row[0], linked.get(row[0]) or mapping.hmis_id(row[0]), *row[1:], coverage))
    return people, left_out


class PeopleRows:
    """The files about people, each a generator over the included participants."""

    def __init__(self, session: Session, header: ExportHeader, project: HmisSite, people: list[Person],
                 accounts: set[str], check: Callable[[], None]) -> None:
        self.session, self.header, self.project, self.people = session, header, project, people
        self.by_id = {person.id: person for person in people}
        self.accounts = accounts
        self.check = check
        self.today = header.now.date()
        self.tally = Tally()
        self.housing = self._housing()

    def _user(self, account_id: str | None) -> str | None:
        return mapping.hmis_id(account_id) if account_id in self.accounts else None

    def _stamps(self, created: datetime, updated: datetime, by: str | None) -> dict[str, object]:
        return bookkeeping(self.header, created, updated, self._user(by))

    def _housing(self) -> dict[str, tuple[list[date], list[tuple[str, str | None]]]]:
        """Each included participant's living situations: effective dates (sorted) and (code, subsidy)."""
        h = M.HousingStatus
        out: dict[str, tuple[list[date], list[tuple[str, str | None]]]] = {}
        query = (select(h.participant_id, h.effective_on, h.living_situation, h.subsidy_type)
                 .where(h.deleted_at.is_(None)).order_by(h.participant_id, h.effective_on, h.created_at))
        for pid, effective, code, subsidy in stream(self.session, query, 1000):
            if pid in self.by_id:
                days, values = out.setdefault(pid, ([], []))
                days.append(effective)
                values.append((code, subsidy))
        return out

    def _situation_on(self, pid: str, day: date) -> tuple[str | None, str | None]:
        days, values = self.housing.get(pid, ([], []))
        index = bisect.bisect_right(days, day)
        return values[index - 1] if index else (None, None)

    def _sud_checked(self, person: Person, code: int) -> int:
        if code == mapping.SUD_TREATMENT_FACILITY:
            (self.tally.sud_written if person.coverage.sud else self.tally.sud_withheld).add(person.id)
        return mapping.withheld(code, person.coverage.sud)

    def _subsidy(self, code: int, stored: str | None) -> int | None:
        subsidy = mapping.subsidy_type(code, stored)
        if code == mapping.RENTAL_WITH_SUBSIDY and subsidy is None:
            self.tally.missing_subsidy += 1
        return subsidy

    # ----- Client.csv, Enrollment.csv, Exit.csv
    def clients(self) -> Iterator[dict]:
        for person in self.people:
            self.check()
            yield {
                "PersonalID": person.personal_id, "FirstName": person.first, "MiddleName": person.middle,
                "LastName": person.last, "NameDataQuality": mapping.name_quality(person.name_quality),
                "SSNDataQuality": spec.not_collected_value("Client.csv", "SSNDataQuality"), "DOB": person.dob,
                "DOBDataQuality": mapping.dob_quality(person.dob_quality, person.dob is not None),
                "Sex": mapping.sex(person.sex), **mapping.race_columns(c for c in person.race.split(",") if c),
                "VeteranStatus": mapping.no_yes_missing(person.veteran),
                **self._stamps(person.created, person.updated, person.updated_by),
            }

    def _engagements(self) -> dict[str, date]:
        """Street Outreach's DateOfEngagement: the first plan goal set during the enrollment."""
        if self.project.project_type != int(hmis_site_form.STREET_OUTREACH):
            return {}
        g = M.PlanGoal
        first: dict[str, date] = {}
        for pid, set_on in self.session.execute(select(g.participant_id, g.set_on).where(g.deleted_at.is_(None))):
            person = self.by_id.get(pid)
            if person is not None and person.during(set_on, self.today) and (pid not in first or set_on < first[pid]):
                first[pid] = set_on
        return first

    def enrollments(self) -> Iterator[dict]:
        engaged = self._engagements()
        path = self.project.funder == int(hmis_site_form.PATH)
        not_collected = {name: spec.not_collected_value("Enrollment.csv", name) for name in (
            "LengthOfStay", "LOSUnderThreshold", "PreviousStreetESSH", "TimesHomelessPastThreeYears",
            "MonthsHomelessPastThreeYears")}
        for person in self.people:
            self.check()
            situation, subsidy = self._situation_on(person.id, person.entry)
            prior = self._sud_checked(person, mapping.prior_living_situation(situation))
            yield {
                "EnrollmentID": person.enrollment_id, "PersonalID": person.personal_id,
                "ProjectID": self.project.project_id, "EntryDate": person.entry,
                "HouseholdID": mapping.derived_id("household", person.id), "RelationshipToHoH": HEAD_OF_HOUSEHOLD,
                "EnrollmentCoC": self.project.coc_code, "LivingSituation": prior,
                "RentalSubsidyType": self._subsidy(prior, subsidy), **not_collected,
                "DisablingCondition": mapping.no_yes_missing(person.disabling),
                "DateOfEngagement": engaged.get(person.id),
                "DateOfPATHStatus": person.entry if path else None,
                "ClientEnrolledInPATH": ENROLLED_IN_PATH if path else None,
                **self._stamps(person.created, person.updated, person.updated_by),
            }

    def exits(self) -> Iterator[dict]:
        for person in self.people:
            self.check()
            if person.exit_date is None:
                continue
            destination = self._sud_checked(person, mapping.destination(person.destination, person.exit_reason))
            yield {
                "ExitID": mapping.derived_id("exit", person.id), "EnrollmentID": person.enrollment_id,
                "PersonalID": person.personal_id, "ExitDate": person.exit_date, "Destination": destination,
                "DestinationSubsidyType": self._subsidy(destination, person.destination_subsidy),
                **self._stamps(person.created, person.updated, person.updated_by),
            }

    # ----- CurrentLivingSituation.csv, Services.csv
    def current_living_situations(self) -> Iterator[dict]:
        c = M.Contact
        query = (select(c.id, c.participant_id, c.at, c.location, c.created_at, c.updated_at, c.updated_by)
                 .where(c.deleted_at.is_(None), c.contact_type == "street", c.unable_to_locate.is_(False))
                 .order_by(c.participant_id, c.at))
        for contact_id, pid, at, location, created, updated, by in stream(self.session, query, 1000):
            self.check()
            person = self.by_id.get(pid)
            if person is None or not person.during(at.date(), self.today):
                continue
            situation, subsidy = self._situation_on(pid, at.date())
            code = self._sud_checked(person, mapping.current_living_situation(situation))
            yield {
                "CurrentLivingSitID": mapping.hmis_id(contact_id), "EnrollmentID": person.enrollment_id,
                "PersonalID": person.personal_id, "InformationDate": at.date(), "CurrentLivingSituation": code,
                "CLSSubsidyType": self._subsidy(code, subsidy), "LocationDetails": location,
                **self._stamps(created, updated, by),
            }

    def services(self) -> Iterator[dict]:
        if self.project.funder != int(hmis_site_form.PATH):
            return
        s = M.ServiceLinkage
        query = (select(s.id, s.participant_id, s.service_type, s.referred_on, s.outcome, s.created_at,
                        s.updated_at, s.updated_by)
                 .where(s.deleted_at.is_(None)).order_by(s.participant_id, s.referred_on))
        for service_id, pid, kind, referred, outcome, created, updated, by in stream(self.session, query, 1000):
            self.check()
            person = self.by_id.get(pid)
            referral = mapping.PATH_REFERRAL_TYPES.get(kind)
            if person is None or referral is None or not person.during(referred, self.today):
                continue
            if kind == "sud_treatment":
                if not person.coverage.sud:
                    self.tally.sud_withheld.add(pid)
                    continue
                self.tally.sud_written.add(pid)
            yield {
                "ServicesID": mapping.hmis_id(service_id), "EnrollmentID": person.enrollment_id,
                "PersonalID": person.personal_id, "DateProvided": referred, "RecordType": mapping.PATH_REFERRAL,
                "TypeProvided": referral, "ReferralOutcome": mapping.PATH_REFERRAL_OUTCOMES.get(outcome, 3),
                **self._stamps(created, updated, by),
            }
