"""Checking a site's history before anything is written: the people, referrals and contacts sheets read
together and joined by the site's client ID.

In the order the rows depend on each other:

1. People: each row's cells converted, its status word read (domain.exchange.history), its client ID
   taken as the key that joins the sheets. A client ID twice is a problem, unless the rows are
   identical (then the second repeats the first).
2. Referrals: converted, and filed under their person by client ID.
3. People again, now that their referrals are known: whether they enrolled, which referral
   enrolled them, and their enrollment date (the people sheet's, else that referral's outcome date,
   else its referral date; the row says which). People who enrolled become participants — unless
   an earlier import made them (the import key of their client ID), their LEAD number is on file,
   or they look like someone on file (flagged for review as in any import). People who never
   enrolled are the subjects of their referrals only.
4. Referrals again: the subject filled from the people sheet where the referral row leaves it
   blank, the outcome kept (the enrolling referral becomes "enrolled" and is linked), and a
   referral dated before the site started using LEAD Desktop is marked recorded before it and
   asked only what every referral needs; a later one must meet today's intake rules.
5. Contacts: linked to their participant by client ID (a person never enrolled has none). Two
   identical contact rows are one contact and a repeat, unless the mapping says to import both.

A row whose person cannot be imported cannot be imported either, and says so. Nothing here writes;
services.exchange.history_write does, from the plan this returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import FieldProblem, clean_value
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.exchange.checking import (
    IMPORTED_BEFORE, INVALID, NEW, ON_FILE, POSSIBLE_MATCH, REPEAT, SUBJECT, RowReport, _Classifier, _now, _Row,
    referral_sort_name,
)
from lead_desktop.services.exchange.files import SourceRow, SourceTable
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

NEW_PERSON = "new-person:"  # a participant this import creates, by client ID, until it has an id
PARTICIPANT_STATUSES = ("active", "inactive", "unable_to_locate", "exited")


@dataclass
class _Person:
    number: int
    cells: tuple
    client_id: str | None
    lead_number: str | None
    values: dict
    problems: dict
    warnings: list
    word: str | None = None
    code: str | None = None
    repeat_of: int | None = None
    enrolled: bool = False
    status: str = INVALID
    participant_id: str | None = None  # on file (imported before, or a LEAD number on file)
    planned: bool = False  # a participant this import creates
    subject: dict = field(default_factory=dict)
    referrals: list["_Referral"] = field(default_factory=list)
    enrolled_on: date | None = None
    source: str | None = None  # where the enrollment date came from (domain.exchange.history)

    @property
    def ref(self) -> str | None:
        """How the other sheets' rows name this person's participant record."""
        if self.participant_id:
            return self.participant_id
        return NEW_PERSON + str(self.client_id) if self.planned else None


@dataclass
class _Referral:
    number: int
    client_id: str | None
    values: dict
    links: dict
    problems: dict
    warnings: list
    external: str | None
    outcome: str | None  # as the sheet says; None when blank
    outcome_on: date | None
    referred_at: datetime | None
    enrolling: bool = False
    status: str = INVALID  # once checked


@dataclass
class HistoryPlan:
    """What the import writes: new participants, referrals and contacts, linked by NEW_PERSON + client ID."""

    participants: list[_Row] = field(default_factory=list)
    referrals: list[_Row] = field(default_factory=list)
    contacts: list[_Row] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.participants) + len(self.referrals) + len(self.contacts)


Tick = Callable[[], None]


def _cell_text(value: object) -> str:
    return "" if value is None or isinstance(value, X.Uncalculated) else X.cell_text(value).strip()


class HistoryChecker:
    """Classifies every row of the three sheets; `run` returns their reports and the plan of what to write."""

    def __init__(self, site: SiteSession, session: Session, tables: dict[str, SourceTable | None],
                 mapping: X.HistoryMapping, *, reviewed: frozenset[int], started_on: date) -> None:
        self.session = session
        self.tables = tables
        self.mapping = mapping
        self.started_on = started_on
        self.today = date.today()
        self.chosen = mapping.chosen_words
        self.people = _Classifier(site, session, tables["people"], mapping.people, reviewed)
        self.referrals = _Classifier(site, session, tables["referrals"], mapping.referrals, frozenset())
        contacts = tables.get("contacts")
        self.contacts = _Classifier(site, session, contacts, mapping.contacts, frozenset()) if contacts else None
        source = mapping.people.source_of("status")
        people = tables["people"]
        self.status_index = people.column(source) if source in people.headers else None
        self.by_client: dict[str, _Person] = {}
        self.words: dict[str, list] = {}  # folded word → [word as first written, code, rows]
        self.plan = HistoryPlan()
        self._signatures: set[tuple] | None = None
        self._on_file_contacts: dict[str, set[tuple]] = {}
        self._copies: dict[str, int] = {}  # identical contact rows met so far, by their key

    @property
    def status_words(self) -> tuple[tuple[str, str | None, int], ...]:
        """The status words met: (word as written, the status it means or None, rows)."""
        return tuple((word, code, count) for word, code, count in self.words.values())

    def run(self, tick: Tick) -> dict[str, list[RowReport]]:
        people = [self._read_person(source, tick) for source in self.tables["people"].rows]
        referrals = [self._read_referral(source, tick) for source in self.tables["referrals"].rows]
        reports: dict[str, list[RowReport]] = {"people": [self._person(p) for p in people]}
        reports["referrals"] = []
        for referral in referrals:
            report = self._referral(referral)
            referral.status = report.status
            reports["referrals"].append(report)
            tick()
        for index, person in enumerate(people):
            # Someone never enrolled whose referrals are all on file already brings nothing new.
            if person.status == SUBJECT and all(r.status in (IMPORTED_BEFORE, ON_FILE) for r in person.referrals):
                reports["people"][index] = RowReport(person.number, IMPORTED_BEFORE, (X.RowIssue(X.IMPORTED_BEFORE),))
        if self.contacts is not None:
            reports["contacts"] = []
            for source in self.contacts.table.rows:
                reports["contacts"].append(self._contact(source))
                tick()
        return reports

    # ----- 1. people, as written ----------------------------------------------------------------

    def _read_person(self, source: SourceRow, tick: Tick) -> _Person:
        values, links, problems, warnings = self.people.convert(source)
        values.pop("status", None)  # decided from the status word below
        client = self.people._external(links, problems)
        person = _Person(source.number, source.cells, client, links.get("lead_number"), values, problems, warnings)
        if self.status_index is not None:
            word = _cell_text(source.cells[self.status_index])
            if word:
                person.word, person.code = word, X.status_code(word, self.chosen)
                seen = self.words.setdefault(X.header_key(word), [word, person.code, 0])
                seen[2] += 1
                if person.code is None:
                    problems["status"] = X.RowIssue(X.UNKNOWN_STATUS, {"word": word[:60]}, "status")
        values["case_manager_id"] = self.people._staff(links, "case_manager",
                                                       X.target(X.PARTICIPANTS, "case_manager").label, warnings)
        if values.get("dob") not in (None, "") and values.get("dob_quality") in (None, ""):
            values["dob_quality"] = "1"  # a birth date given without its quality is taken as full
        if not client:
            problems.setdefault("external_id", X.RowIssue(X.NO_CLIENT_ID, {}, "external_id"))
        elif client in self.by_client:
            first = self.by_client[client]
            if first.cells == source.cells:
                person.repeat_of = first.number
            else:
                problems["external_id"] = X.RowIssue(X.CLIENT_ID_TWICE, {"id": client[:60], "row": first.number},
                                                     "external_id")
        else:
            self.by_client[client] = person
        tick()
        return person

    # ----- 2. referrals, as written -------------------------------------------------------------

    def _read_referral(self, source: SourceRow, tick: Tick) -> _Referral:
        values, links, problems, warnings = self.referrals.convert(source)
        external = self.referrals._external(links, problems)
        values["case_manager_id"] = self.referrals._staff(links, "case_manager",
                                                          X.target(X.REFERRALS, "case_manager").label, warnings)
        outcome = outcome_on = referred_at = None
        try:
            outcome = clean_value(X.target(X.REFERRALS, "outcome").spec, values.pop("outcome", None), _now())
        except FieldProblem as problem:
            problems["outcome"] = X.issue_from(problem)
        try:
            outcome_on = clean_value(X.target(X.REFERRALS, "outcome_on").spec, values.pop("outcome_on", None), _now())
        except FieldProblem as problem:
            problems["outcome_on"] = X.issue_from(problem)
        try:
            referred_at = clean_value(R.REFERRAL_FORM["referred_at"], values.get("referred_at"), _now())
        except FieldProblem:
            pass  # the referral's own check says what is wrong with it
        client = links.get("participant_external_id")
        referral = _Referral(source.number, client, values, links, problems, warnings, external, outcome or None,
                             outcome_on, referred_at)
        if client and client in self.by_client:
            self.by_client[client].referrals.append(referral)
        tick()
        return referral

    # ----- 3. people, with their referrals ------------------------------------------------------

    def _person(self, person: _Person) -> RowReport:
        number, problems, warnings = person.number, person.problems, person.warnings
        if person.repeat_of is not None and not problems:
            person.status = REPEAT
            return RowReport(number, REPEAT, (X.RowIssue(X.REPEATS_ROW, {"row": person.repeat_of}),), tuple(warnings))
        clean = self._enrollment(person)
        if clean is not None:
            person.subject = {name: clean.get(name) for name in X.SUBJECT_FIELDS}
        key = X.external_key("participant", person.client_id) if person.client_id else None
        db = self.people.db
        if key and key in db.keys:
            person.status, person.participant_id, person.enrolled = IMPORTED_BEFORE, db.alive(db.keys[key]), True
            return RowReport(number, IMPORTED_BEFORE, (X.RowIssue(X.IMPORTED_BEFORE),), tuple(warnings),
                             record_id=person.participant_id)
        if problems or clean is None:
            return RowReport(number, INVALID, tuple(problems.values()), tuple(warnings))
        if not person.enrolled:
            if not person.referrals:
                problems["status"] = X.RowIssue(X.NOT_ENROLLED_NO_REFERRAL, {}, "status")
                return RowReport(number, INVALID, tuple(problems.values()), tuple(warnings))
            person.status = SUBJECT
            note = X.RowIssue(X.SUBJECT_ONLY, {"count": len(person.referrals)})
            return RowReport(number, SUBJECT, (), (*warnings, note))
        lead_number = person.lead_number
        if lead_number and lead_number.casefold() in db.by_number:
            person.participant_id = db.by_number[lead_number.casefold()]
            person.status = ON_FILE
            return RowReport(number, ON_FILE, (X.RowIssue(X.NUMBER_ON_FILE, {"number": lead_number[:40]}),),
                             tuple(warnings), (db.lead_numbers.get(person.participant_id, lead_number),),
                             person.participant_id)
        names = [n for n in [display_name(clean.get("first_name"), clean.get("last_name")),
                             *P.split_aliases(clean.get("aliases"))] if n and n != "—"]
        matches = db.people.matches(names, clean.get("dob"))
        db.people.add(f"row {number}", names, clean.get("dob"))
        if matches and number not in self.people.reviewed:
            reference, score = matches[0]
            reasons = tuple(score.reasons) or (QT_TRANSLATE_NOOP("vocab", "similar name"),)
            in_file = reference.startswith("row ")
            params = {"row": reference[4:]} if in_file else {"number": reference}
            template = X.POSSIBLE_MATCH_IN_FILE if in_file else X.POSSIBLE_MATCH
            person.status = POSSIBLE_MATCH
            return RowReport(number, POSSIBLE_MATCH, (X.RowIssue(template, {**params, "reasons": reasons}),),
                             tuple(warnings), tuple(ref for ref, _ in matches))
        person.status, person.planned = NEW, True
        self.plan.participants.append(_Row(number, clean, key or "", external_id=person.client_id,
                                           source_number=lead_number, enrolled_on_source=person.source))
        return RowReport(number, NEW, (), tuple(warnings))

    def _enrollment(self, person: _Person) -> dict | None:
        """Whether the person enrolled, from which referral and on which day; their values checked."""
        values, problems = person.values, person.problems
        referrals = sorted(person.referrals, key=lambda r: (r.referred_at is None, r.referred_at or datetime.max,
                                                            r.number))
        given = None
        if "enrolled_on" not in problems and values.get("enrolled_on") not in (None, ""):
            try:
                given = clean_value(P.PARTICIPANT_FORM["enrolled_on"], values.get("enrolled_on"), _now())
            except FieldProblem as problem:
                problems["enrolled_on"] = X.issue_from(problem)
        code = person.code
        if code == X.NOT_ENROLLED:
            person.enrolled = False
        elif code in PARTICIPANT_STATUSES:
            person.enrolled = True
        elif "status" not in problems:
            person.enrolled = given is not None or any(r.outcome == "enrolled" for r in referrals)
            if not person.enrolled and not referrals:
                problems["status"] = X.RowIssue(X.NO_STATUS_NO_REFERRAL, {}, "status")
        if not person.enrolled:
            values["enrolled_on"], values["status"] = self.today, "active"  # only the subject's fields count
            return self.people._validate(P.HISTORICAL_PARTICIPANT_FORM, values, problems)
        enrolling = next((r for r in referrals if r.outcome == "enrolled"), None)
        if enrolling is None:
            open_ones = [r for r in referrals if r.outcome in (None, "pending") and "outcome" not in r.problems]
            earlier = [r for r in open_ones if given and r.referred_at and r.referred_at.date() <= given]
            enrolling = earlier[-1] if earlier else (open_ones[0] if open_ones else None)
        if enrolling is not None:
            enrolling.enrolling = True
        source = None
        if given is not None:
            day, source = given, X.ENROLLED_FROM_PEOPLE
        elif enrolling is not None and enrolling.outcome_on is not None:
            day, source = enrolling.outcome_on, X.ENROLLED_FROM_OUTCOME
        elif enrolling is not None and enrolling.referred_at is not None:
            day, source = enrolling.referred_at.date(), X.ENROLLED_FROM_REFERRAL
        else:
            day = None
            if "enrolled_on" not in problems:
                problems["enrolled_on"] = X.RowIssue(X.NO_ENROLLMENT_DATE, {}, "enrolled_on")
        person.enrolled_on = day
        values["enrolled_on"] = day
        values["status"] = code if code in PARTICIPANT_STATUSES else "active"
        if source is not None:
            person.warnings.append(X.RowIssue(X.ENROLLMENT_FROM, {
                "date": day.isoformat(), "source": (X.ENROLLMENT_SOURCE_LABELS[source],)}, "enrolled_on"))
            person.source = source
        form = P.HISTORICAL_PARTICIPANT_FORM if day and day < self.started_on else P.PARTICIPANT_FORM
        return self.people._validate(form, values, problems)

    # ----- 4. referrals, with their people -------------------------------------------------------

    def _referral(self, ref: _Referral) -> RowReport:
        number, values, problems, warnings = ref.number, ref.values, ref.problems, ref.warnings
        person = self.by_client.get(ref.client_id) if ref.client_id else None
        pid_ref = self._person_link(person, ref.client_id, ref.links, problems, values, for_contact=False)
        if person is not None:
            for name in X.SUBJECT_FIELDS:
                if values.get(name) in (None, "", []):
                    values[name] = person.subject.get(name)
        if ref.enrolling:
            outcome = "enrolled"
        elif ref.outcome == "enrolled":
            outcome = "enrolled"
            if person is not None and person.status == SUBJECT:
                problems["outcome"] = X.RowIssue(X.NOT_ENROLLED_BUT_ENROLLED_REFERRAL, {"row": person.number},
                                                 "outcome")
            elif pid_ref is None and not problems:
                problems["outcome"] = X.RowIssue(X.ENROLLED_NEEDS_PARTICIPANT, {}, "outcome")
        else:
            outcome = ref.outcome or "pending"
        agency_ref, officer_ref = self.referrals.referral_sources(values, ref.links, problems, warnings)
        own: dict = {}
        clean = self.referrals._validate(R.HISTORICAL_REFERRAL_FORM, values, own)
        key = None
        if clean is not None:
            key = X.external_key("referral", ref.external) if ref.external else X.identity_key("referral", [
                clean["pathway"], clean["referred_at"], clean.get("first_name"), clean.get("last_name"),
                clean.get("dob")])
            done = self.referrals._key_status(number, key, warnings)
            if done is not None:
                return done
            self.referrals.seen[key] = number
            if self._on_file(clean):
                return RowReport(number, ON_FILE, (X.RowIssue(X.REFERRAL_ON_FILE),), tuple(warnings))
        for name, issue in own.items():
            problems.setdefault(name, issue)
        if clean is None or problems:
            return RowReport(number, INVALID, tuple(problems.values()), tuple(warnings))
        referral_day = clean["referred_at"].date()
        historical = referral_day < self.started_on
        if not historical:
            try:
                R.intake_rules(clean)
            except FieldProblem as problem:
                return RowReport(number, INVALID, (X.issue_from(problem),), tuple(warnings))
        outcome_on = None
        if outcome != "pending":
            outcome_on = ref.outcome_on
            if outcome_on is None and ref.enrolling and person is not None and person.enrolled_on is not None:
                outcome_on = max(person.enrolled_on, referral_day)
            if outcome_on is None:
                outcome_on = referral_day
                warnings.append(X.RowIssue(X.OUTCOME_DATE_ASSUMED, {}, "outcome_on"))
            elif outcome_on < referral_day:
                return RowReport(number, INVALID, (X.RowIssue(X.OUTCOME_BEFORE_REFERRAL, {}, "outcome_on"),),
                                 tuple(warnings))
        if historical:
            warnings.append(X.RowIssue(X.RECORDED_BEFORE, {"date": self.started_on.isoformat()}))
        row = _Row(number, clean, key or "", external_id=ref.external,
                   participant_id=pid_ref if outcome == "enrolled" else None, outcome=outcome, outcome_on=outcome_on,
                   recorded_before=historical)
        self.referrals.place_sources(row, agency_ref, officer_ref, ref.links)
        self.plan.referrals.append(row)
        return RowReport(number, NEW, (), tuple(warnings))

    def _on_file(self, clean: dict) -> bool:
        """The same referral (time, pathway, name) already on file, entered by hand or imported otherwise."""
        if self._signatures is None:
            r = M.Referral
            self._signatures = set(self.session.execute(
                select(r.referred_at, r.pathway, r.sort_name).where(r.deleted_at.is_(None))).tuples())
        return (clean["referred_at"], clean["pathway"], referral_sort_name(clean)) in self._signatures

    def _person_link(self, person: _Person | None, client: str | None, links: dict, problems: dict, values: dict,
                     *, for_contact: bool) -> str | None:
        """The participant a referral or contact belongs to (an id on file, or NEW_PERSON + client ID), or None;
        a problem when the row cannot be linked as it must."""
        params = {"id": (client or "")[:60], "row": person.number if person else 0}
        if person is not None:
            if person.status in (INVALID, REPEAT) and person.participant_id is None:
                problems["participant_external_id"] = X.RowIssue(X.PERSON_NOT_IMPORTED, params,
                                                                 "participant_external_id")
            elif person.status == POSSIBLE_MATCH:
                problems["participant_external_id"] = X.RowIssue(X.PERSON_NEEDS_REVIEW, params,
                                                                 "participant_external_id")
            elif for_contact and person.status == SUBJECT:
                problems["participant_external_id"] = X.RowIssue(X.CONTACT_OF_NOT_ENROLLED, params,
                                                                 "participant_external_id")
            return person.ref if person.enrolled else None
        if client:
            db = self.people.db
            ids = {db.alive(pid) for pid in db.by_external.get(client, [])} - {None}
            if len(ids) == 1:
                return ids.pop()
            named = values.get("first_name") or values.get("last_name")
            if for_contact or not named:
                problems["participant_external_id"] = X.RowIssue(X.NOT_ON_PEOPLE_SHEET, params,
                                                                 "participant_external_id")
            return None
        if links.get("lead_number"):
            return self.people._linked_participant(links, problems)
        if for_contact:
            problems["lead_number"] = X.RowIssue(X.NO_PARTICIPANT_LINK, {}, "lead_number")
        return None

    # ----- 5. contacts ----------------------------------------------------------------------------

    def _contact(self, source: SourceRow) -> RowReport:
        conv = self.contacts
        values, links, problems, warnings = conv.convert(source)
        number = source.number
        external = conv._external(links, problems)
        client = links.get("participant_external_id")
        person = self.by_client.get(client) if client else None
        pid_ref = self._person_link(person, client, links, problems, values, for_contact=True)
        staff = conv._staff(links, "staff", X.target(X.CONTACTS, "staff").label, warnings)
        own: dict = {}
        clean = conv._validate(P.CONTACT_FORM, values, own)
        if clean is not None and pid_ref is not None:
            if external:
                key = X.external_key("contact", external)
            else:
                parts = [*(("client", client) if client else ("participant", pid_ref)), clean["at"],
                         clean["contact_type"], clean.get("duration_minutes"), clean.get("location"),
                         clean.get("unable_to_locate"), clean.get("note")]
                key = X.identity_key("contact", parts)
                copy = self._copies[key] = self._copies.get(key, 0) + 1
                if copy > 1 and self.mapping.import_identical_contacts:
                    # The second identical row is a contact of its own, keyed by its place among the copies,
                    # so running the import again still recognizes both.
                    key = X.identity_key("contact", [*parts, f"#{copy}"])
            done = conv._key_status(number, key, warnings)
            if done is not None:
                return done
            conv.seen[key] = number
            if not pid_ref.startswith(NEW_PERSON) and (clean["at"], clean["contact_type"]) in self._contacts_of(pid_ref):
                lead = conv.db.lead_numbers.get(pid_ref, "")
                return RowReport(number, ON_FILE, (X.RowIssue(X.CONTACT_ON_FILE, {"number": lead}),), tuple(warnings),
                                 (lead,))
            if not problems and not own:
                self.plan.contacts.append(_Row(number, clean, key, external_id=external, participant_id=pid_ref,
                                               staff_id=staff))
                return RowReport(number, NEW, (), tuple(warnings))
        for name, issue in own.items():
            problems.setdefault(name, issue)
        return RowReport(number, INVALID, tuple(problems.values()), tuple(warnings))

    def _contacts_of(self, pid: str) -> set[tuple]:
        if pid not in self._on_file_contacts:
            c = M.Contact
            self._on_file_contacts[pid] = set(self.session.execute(
                select(c.at, c.contact_type).where(c.participant_id == pid, c.deleted_at.is_(None))).tuples())
        return self._on_file_contacts[pid]

