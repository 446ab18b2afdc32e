"""Checking each row of an import before anything is written: its cells converted and validated,
its links (participant, staff, agency, officer) found, and its status decided — new, invalid,
already imported (a stable import key per row: the source system's id, else a hash of the
normalised identifying fields), already on file (its LEAD number, or the same contact or
referral), possible match (a similar name and birth date: flagged for review, never created
unless the person confirms it is someone else), or a repeat of an earlier row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import FieldProblem, Form, FormInvalid, clean_value, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Role
from lead_desktop.services.exchange.files import SourceRow, SourceTable
from lead_desktop.services.exchange.matching import _People
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel, _ticker
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

NEW, INVALID, IMPORTED_BEFORE, ON_FILE, POSSIBLE_MATCH, REPEAT, SUBJECT = (
    "new", "invalid", "imported_before", "on_file", "possible_match", "repeat", "subject",
)
UPDATE = "update"  # an HMIS import's client linked to a participant whose record it changes
STATUSES = (NEW, UPDATE, INVALID, POSSIBLE_MATCH, ON_FILE, IMPORTED_BEFORE, REPEAT, SUBJECT)
STATUS_LABELS = {
    NEW: QT_TRANSLATE_NOOP("vocab", "Ready to import"),
    UPDATE: QT_TRANSLATE_NOOP("vocab", "Updates a participant"),
    # A person of a site's history who never enrolled: the subject of their referrals, not a participant.
    SUBJECT: QT_TRANSLATE_NOOP("vocab", "Referral subject (not enrolled)"),
    INVALID: QT_TRANSLATE_NOOP("vocab", "Has problems"),
    POSSIBLE_MATCH: QT_TRANSLATE_NOOP("vocab", "Possible match: review"),
    ON_FILE: QT_TRANSLATE_NOOP("vocab", "Already on file"),
    IMPORTED_BEFORE: QT_TRANSLATE_NOOP("vocab", "Imported before"),
    REPEAT: QT_TRANSLATE_NOOP("vocab", "Repeats an earlier row"),
}
# Rows the rejected-rows file lists: those that need the person's attention.
REJECTED_STATUSES = (INVALID, POSSIBLE_MATCH)


@dataclass(frozen=True)
class RowReport:
    number: int  # the row's number in the sheet
    status: str
    problems: tuple[X.RowIssue, ...] = ()
    warnings: tuple[X.RowIssue, ...] = ()
    matches: tuple[str, ...] = ()  # LEAD numbers of possible matches, or "row N" for one earlier in the file
    record_id: str | None = None  # the record already on file or imported before

    @property
    def reasons(self) -> str:
        return "; ".join(issue.message for issue in self.problems)


def possible_match_issue(matches: list[tuple[str, P.DuplicateScore]]) -> X.RowIssue:
    """Why a row is held for review: the best of its likely matches (matching._People), a person on file
    (by LEAD number) or an earlier row of the file ("row N"), and what makes them alike."""
    reference, score = matches[0]
    reasons = tuple(score.reasons) or (QT_TRANSLATE_NOOP("vocab", "similar name"),)
    if reference.startswith("row "):
        return X.RowIssue(X.POSSIBLE_MATCH_IN_FILE, {"row": reference[4:], "reasons": reasons})
    return X.RowIssue(X.POSSIBLE_MATCH, {"number": reference, "reasons": reasons})


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class _Site:
    """What classifying rows needs from the database, read once per import."""

    def __init__(self, session: Session, kind: str) -> None:
        self.session = session
        self.kind = kind
        self.record_kind = X.RECORD_KIND[kind]
        a = M.Account
        self.accounts: dict[str, str] = {}
        for account_id, username, display in session.execute(
            select(a.id, a.username, a.display_name).where(a.active.is_(True), a.role != Role.VIEWER.value)
        ):
            self.accounts.setdefault(P.fold(username), account_id)
            self.accounts.setdefault(P.fold(display), account_id)
        p = M.Participant
        self.by_number: dict[str, str] = {}
        self.merged_into: dict[str, str] = {}
        self.lead_numbers: dict[str, str] = {}
        for pid, number, merged in session.execute(select(p.id, p.lead_number, p.merged_into_id)
                                                   .where(p.deleted_at.is_(None))):
            self.by_number[number.casefold()] = pid
            self.lead_numbers[pid] = number
            if merged:
                self.merged_into[pid] = merged
        k = M.ImportKey
        self.keys: dict[str, str] = dict(session.execute(
            select(k.key, k.record_id).where(k.kind == self.record_kind, k.deleted_at.is_(None))).all())
        self.by_external: dict[str, list[str]] = {}
        self.by_source_number: dict[str, list[str]] = {}
        for record_id, external, number in session.execute(
            select(k.record_id, k.external_id, k.source_number)
            .where(k.kind == "participant", k.deleted_at.is_(None)).order_by(k.created_at)
        ):
            if external:
                self.by_external.setdefault(external, []).append(record_id)
            if number:
                self.by_source_number.setdefault(number.casefold(), []).append(record_id)
        self.people = _People()
        if kind == X.PARTICIPANTS:
            aliases: dict[str, list[str]] = {}
            for pid, alias in session.execute(select(M.ParticipantAlias.participant_id, M.ParticipantAlias.alias)
                                              .where(M.ParticipantAlias.deleted_at.is_(None))):
                aliases.setdefault(pid, []).append(alias)
            for pid, number, first, last, dob in session.execute(
                select(p.id, p.lead_number, p.first_name, p.last_name, p.dob)
                .where(p.deleted_at.is_(None), p.merged_into_id.is_(None))
            ):
                names = [display_name(first, last), *aliases.get(pid, [])]
                self.people.add(number, [n for n in names if n and n != "—"], dob)
        self.agencies: dict[str, tuple[str, bool]] = {}
        self.officers: list[tuple[str, str | None, str, str | None, bool]] = []
        if kind == X.REFERRALS:
            for aid, name, active in session.execute(select(M.Organization.id, M.Organization.name,
                                                            M.Organization.active)
                                                     .where(M.Organization.deleted_at.is_(None))):
                self.agencies.setdefault(P.fold(name), (aid, active))
            o = M.ReferringOfficer
            for oid, agency_id, name, badge, active in session.execute(
                select(o.id, o.agency_id, o.name, o.badge, o.active).where(o.deleted_at.is_(None))
            ):
                self.officers.append((oid, agency_id, P.fold(name), (badge or "").strip().casefold() or None, active))

    def alive(self, pid: str | None) -> str | None:
        """Follow merges to the record that is kept; None when the participant is gone."""
        seen = set()
        while pid is not None and pid in self.merged_into and pid not in seen:
            seen.add(pid)
            pid = self.merged_into[pid]
        return pid if pid in self.lead_numbers else None

    def account(self, text: str | None) -> str | None:
        return self.accounts.get(P.fold(text)) if text else None


@dataclass
class _Row:
    """A row ready to be written: its form values and what links it."""

    number: int
    values: dict
    key: str
    external_id: str | None = None
    source_number: str | None = None
    participant_id: str | None = None
    staff_id: str | None = None
    agency: str | None = None  # an agency id, or the name of one to add
    officer: tuple[str, str | None] | None = None  # (name, badge) of an officer to add
    outcome: str | None = None
    outcome_on: date | None = None
    recorded_before: bool = False  # a referral of a site's history, dated before the site used LEAD Desktop
    enrolled_on_source: str | None = None  # a participant of a site's history: where the enrollment date came from


_NEW_AGENCY = "new-agency:"
_NEW_OFFICER = "new-officer:"


def referral_sort_name(values: dict) -> str:
    """A referral's sort name as services.referrals stores it, for finding the same referral on file."""
    return P.fold(", ".join(x for x in (values.get("last_name"), values.get("first_name")) if x))[:170] or "~"


def _defaults(form: Form, values: dict) -> dict:
    """A blank cell counts as not given: the field's default fills it, as in the window."""
    out = dict(values)
    for spec in form:
        if spec.default is not None and out.get(spec.name) in (None, "", []):
            out[spec.name] = spec.default
    return out


class _Classifier:
    def __init__(self, site: SiteSession, session: Session, table: SourceTable, mapping: X.ColumnMapping,
                 reviewed: frozenset[int]) -> None:
        self.site = site
        self.table = table
        self.mapping = mapping
        self.kind = mapping.kind
        self.db = _Site(session, self.kind)
        self.reviewed = reviewed
        self.today = date.today()
        self.columns = [(table.column(source), X.target(self.kind, name))
                        for name, source in mapping.mapped.items() if source in table.headers]
        self.seen: dict[str, int] = {}

    def run(self, cancelled: Cancelled | None, progress: Progress | None, error: type[KnownError]) -> tuple[
            list[RowReport], list[_Row]]:
        reports: list[RowReport] = []
        ready: list[_Row] = []
        tick = _ticker(progress, len(self.table.rows))
        for done, source in enumerate(self.table.rows, start=1):
            _check_cancel(cancelled, error)
            report, row = self.row(source)
            reports.append(report)
            if row is not None:
                ready.append(row)
            tick(done)
        return reports, ready

    # One row: convert the cells, validate, link, and decide its status.
    def row(self, source: SourceRow) -> tuple[RowReport, _Row | None]:
        values, links, problems, warnings = self.convert(source)
        handler = {X.PARTICIPANTS: self._participant, X.CONTACTS: self._contact, X.REFERRALS: self._referral}
        return handler[self.kind](source.number, values, links, problems, warnings)

    def convert(self, source: SourceRow) -> tuple[dict, dict, dict, list]:
        """The row's cells as form values and link texts, with the problems and warnings they gave."""
        problems: dict[str, X.RowIssue] = {}
        warnings: list[X.RowIssue] = []
        values: dict[str, object] = {}
        links: dict[str, str] = {}
        for index, tgt in self.columns:
            raw = source.cells[index]
            try:
                value = X.field_value(tgt.spec, raw, self.mapping.date_order, today=self.today,
                                      epoch1904=self.table.epoch1904)
            except FieldProblem as problem:
                problems[tgt.name] = X.issue_from(problem)
                continue
            if tgt.link:
                try:
                    text = clean_value(tgt.spec, value, _now())
                except FieldProblem as problem:
                    problems[tgt.name] = X.issue_from(problem)
                    continue
                if text:
                    links[tgt.name] = str(text)
            else:
                values[tgt.name] = value
        if source.extra:
            warnings.append(X.RowIssue(X.EXTRA_CELLS, {"count": source.extra}))
        return values, links, problems, warnings

    @staticmethod
    def _validate(form: Form, values: dict, problems: dict[str, X.RowIssue]) -> dict | None:
        given = {k: (None if k in problems else v) for k, v in values.items()}
        try:
            clean = validate(form, _defaults(form, given))
        except FormInvalid as invalid:
            for name, problem in invalid.problems.items():
                problems.setdefault(name, X.issue_from(problem))
            return None
        return None if problems else clean

    @staticmethod
    def _report(number: int, status: str, problems: dict | list = (), warnings: list = (),
                matches: tuple[str, ...] = (), record_id: str | None = None) -> RowReport:
        issues = tuple(problems.values()) if isinstance(problems, dict) else tuple(problems)
        return RowReport(number, status, issues, tuple(warnings), matches, record_id)

    def _key_status(self, number: int, key: str, warnings: list) -> RowReport | None:
        if key in self.db.keys:
            return self._report(number, IMPORTED_BEFORE, [X.RowIssue(X.IMPORTED_BEFORE)], warnings,
                                record_id=self.db.keys[key])
        if key in self.seen:
            return self._report(number, REPEAT, [X.RowIssue(X.REPEATS_ROW, {"row": self.seen[key]})], warnings)
        return None

    def _staff(self, links: dict, name: str, label: str, warnings: list) -> str | None:
        text = links.get(name)
        if not text:
            return None
        account = self.db.account(text)
        if account is None:
            warnings.append(X.RowIssue(X.UNKNOWN_STAFF, {"name": text[:60], "label": label}, name))
        return account

    def _external(self, links: dict, problems: dict) -> str | None:
        external = links.get("external_id")
        if external and len(external) > X.MAX_EXTERNAL_ID:
            problems["external_id"] = X.RowIssue(X.EXTERNAL_ID_TOO_LONG, {"maximum": X.MAX_EXTERNAL_ID}, "external_id")
        return external

    def _linked_participant(self, links: dict, problems: dict) -> str | None:
        """The participant a contact or referral names, by external ID or LEAD number (an earlier
        import's numbers first, then this site's)."""
        number, external = links.get("lead_number"), links.get("participant_external_id")
        found: list[str] = []
        if external:
            ids = {self.db.alive(pid) for pid in self.db.by_external.get(external, [])} - {None}
            if not ids:
                problems["participant_external_id"] = X.RowIssue(X.NO_PARTICIPANT_EXTERNAL, {"id": external[:60]},
                                                                 "participant_external_id")
            elif len(ids) > 1:
                problems["participant_external_id"] = X.RowIssue(X.AMBIGUOUS_PARTICIPANT, {"id": external[:60]},
                                                                 "participant_external_id")
            else:
                found.append(ids.pop())
        if number:
            ids = {self.db.alive(pid) for pid in self.db.by_source_number.get(number.casefold(), [])} - {None}
            if not ids:
                local = self.db.alive(self.db.by_number.get(number.casefold()))
                ids = {local} if local else set()
            if not ids:
                problems["lead_number"] = X.RowIssue(X.NO_PARTICIPANT_NUMBER, {"number": number[:40]}, "lead_number")
            elif len(ids) > 1:
                problems["lead_number"] = X.RowIssue(X.AMBIGUOUS_PARTICIPANT, {"id": number[:40]}, "lead_number")
            else:
                found.append(ids.pop())
        if len(set(found)) > 1:
            problems["lead_number"] = X.RowIssue(X.LINKS_DISAGREE, {}, "lead_number")
            return None
        return found[0] if found else None

    # ----- participants
    def _participant(self, number: int, values: dict, links: dict, problems: dict, warnings: list):
        external = self._external(links, problems)
        lead_number = links.get("lead_number")
        values["case_manager_id"] = self._staff(links, "case_manager", X.target(self.kind, "case_manager").label,
                                                warnings)
        if values.get("dob") not in (None, "") and values.get("dob_quality") in (None, ""):
            values["dob_quality"] = "1"  # a birth date given without its quality is taken as full
        clean = self._validate(P.PARTICIPANT_FORM, values, problems)
        if clean is None:
            return self._report(number, INVALID, problems, warnings), None
        record = X.RECORD_KIND[self.kind]
        if external:
            key = X.external_key(record, external)
        elif lead_number:
            key = X.external_key(record, lead_number)
        else:
            key = X.identity_key(record, [clean.get("first_name"), clean.get("last_name"), clean.get("dob")])
        done = self._key_status(number, key, warnings)
        if done is not None:
            return done, None
        names = [display_name(clean.get("first_name"), clean.get("last_name")),
                 *P.split_aliases(clean.get("aliases"))]
        names = [n for n in names if n and n != "—"]
        if lead_number and lead_number.casefold() in self.db.by_number:
            pid = self.db.by_number[lead_number.casefold()]
            self.seen[key] = number
            return self._report(number, ON_FILE, [X.RowIssue(X.NUMBER_ON_FILE, {"number": lead_number[:40]})],
                                warnings, (self.db.lead_numbers.get(pid, lead_number),), pid), None
        matches = self.db.people.matches(names, clean.get("dob"))
        self.seen[key] = number
        if matches and number not in self.reviewed:
            report = self._report(number, POSSIBLE_MATCH, [possible_match_issue(matches)], warnings,
                                  tuple(ref for ref, _ in matches))
            self.db.people.add(f"row {number}", names, clean.get("dob"))
            return report, None
        self.db.people.add(f"row {number}", names, clean.get("dob"))
        row = _Row(number, clean, key, external_id=external, source_number=lead_number)
        return self._report(number, NEW, (), warnings), row

    # ----- contacts
    def _contact(self, number: int, values: dict, links: dict, problems: dict, warnings: list):
        external = self._external(links, problems)
        pid = self._linked_participant(links, problems)
        if pid is None and "lead_number" not in problems and "participant_external_id" not in problems:
            problems["lead_number"] = X.RowIssue(X.NO_PARTICIPANT_LINK, {}, "lead_number")
        staff = self._staff(links, "staff", X.target(self.kind, "staff").label, warnings)
        clean = self._validate(P.CONTACT_FORM, values, problems)
        if clean is None or pid is None:
            return self._report(number, INVALID, problems, warnings), None
        record = X.RECORD_KIND[self.kind]
        key = X.external_key(record, external) if external else X.identity_key(record, [
            pid, clean["at"], clean["contact_type"], clean.get("duration_minutes"), clean.get("location"),
            clean.get("unable_to_locate"), clean.get("note"),
        ])
        done = self._key_status(number, key, warnings)
        if done is not None:
            return done, None
        self.seen[key] = number
        c = M.Contact
        existing = self.db.session.scalar(
            select(c.id).where(c.participant_id == pid, c.at == clean["at"], c.contact_type == clean["contact_type"],
                               c.deleted_at.is_(None)).limit(1)
        )
        if existing:
            lead = self.db.lead_numbers.get(pid, "")
            return self._report(number, ON_FILE, [X.RowIssue(X.CONTACT_ON_FILE, {"number": lead})], warnings,
                                (lead,), existing), None
        row = _Row(number, clean, key, external_id=external, participant_id=pid, staff_id=staff)
        return self._report(number, NEW, (), warnings), row

    # ----- referrals
    def _referral(self, number: int, values: dict, links: dict, problems: dict, warnings: list):
        external = self._external(links, problems)
        pid = None
        if links.get("lead_number") or links.get("participant_external_id"):
            pid = self._linked_participant(links, problems)
        values["case_manager_id"] = self._staff(links, "case_manager", X.target(self.kind, "case_manager").label,
                                                warnings)
        outcome_value = values.pop("outcome", None)
        outcome_on_value = values.pop("outcome_on", None)
        agency_ref, officer_ref = self.referral_sources(values, links, problems, warnings)
        clean = self._validate(R.REFERRAL_FORM, values, problems)
        outcome, outcome_on = self._outcome(outcome_value, outcome_on_value, pid, clean, problems, warnings, links)
        if clean is None or problems:
            return self._report(number, INVALID, problems, warnings), None
        record = X.RECORD_KIND[self.kind]
        key = X.external_key(record, external) if external else X.identity_key(record, [
            clean["pathway"], clean["referred_at"], clean.get("first_name"), clean.get("last_name"), clean.get("dob"),
        ])
        done = self._key_status(number, key, warnings)
        if done is not None:
            return done, None
        self.seen[key] = number
        r = M.Referral
        existing = self.db.session.scalar(
            select(r.id).where(r.referred_at == clean["referred_at"], r.pathway == clean["pathway"],
                               r.sort_name == referral_sort_name(clean), r.deleted_at.is_(None)).limit(1)
        )
        if existing:
            return self._report(number, ON_FILE, [X.RowIssue(X.REFERRAL_ON_FILE)], warnings, (), existing), None
        row = _Row(number, clean, key, external_id=external, participant_id=pid if outcome == "enrolled" else None,
                   outcome=outcome, outcome_on=outcome_on)
        self.place_sources(row, agency_ref, officer_ref, links)
        return self._report(number, NEW, (), warnings), row

    def place_sources(self, row: _Row, agency_ref: str | None, officer_ref: str | None, links: dict) -> None:
        """A checked referral's agency and officer: ids on file, or the names of those to add."""
        agency_name, officer_name, badge = links.get("agency"), links.get("officer"), links.get("officer_badge")
        row.agency = agency_name if agency_ref and agency_ref.startswith(_NEW_AGENCY) else agency_ref
        uses_officer = row.values["pathway"] in R.PATHWAY_FIELDS["officer_id"]
        if uses_officer and officer_ref and officer_ref.startswith(_NEW_OFFICER):
            row.officer = (officer_name, badge)
        if uses_officer and officer_ref and not officer_ref.startswith(_NEW_OFFICER):
            row.values["officer_id"] = officer_ref

    def referral_sources(self, values: dict, links: dict, problems: dict, warnings: list) -> tuple[
            str | None, str | None]:
        """The referring agency and officer a row names: ids on file, or markers for those to add (with a
        warning); values' agency_id and officer_id are set to them."""
        agency_name, officer_name = links.get("agency"), links.get("officer")
        badge = links.get("officer_badge")
        agency_ref = None
        if agency_name:
            known = self.db.agencies.get(P.fold(agency_name))
            if known is None:
                agency_ref = _NEW_AGENCY + P.fold(agency_name)
                warnings.append(X.RowIssue(X.NEW_AGENCY, {"name": agency_name[:80]}, "agency"))
            elif not known[1]:
                problems["agency"] = X.RowIssue(
                    QT_TRANSLATE_NOOP("errors", "The referring agency “{name}” is marked inactive."),
                    {"name": agency_name[:80]},
                    "agency",
                )
            else:
                agency_ref = known[0]
        values["agency_id"] = agency_ref
        pathway = values.get("pathway") or R.REFERRAL_FORM["pathway"].default
        officer_ref = None
        if officer_name:
            officer_ref = self._officer(agency_ref, officer_name, badge, problems)
            if officer_ref is None and "officer" not in problems:
                officer_ref = _NEW_OFFICER + P.fold(officer_name)
                if pathway in R.PATHWAY_FIELDS["officer_id"]:
                    warnings.append(X.RowIssue(X.NEW_OFFICER, {"name": officer_name[:80]}, "officer"))
        values["officer_id"] = officer_ref
        return agency_ref, officer_ref

    def _officer(self, agency_ref: str | None, name: str, badge: str | None, problems: dict) -> str | None:
        folded, badge_key = P.fold(name), (badge or "").strip().casefold() or None
        best = None
        for oid, agency_id, officer_name, officer_badge, active in self.db.officers:
            if officer_name != folded or (badge_key and officer_badge and officer_badge != badge_key):
                continue
            if agency_id not in (None, agency_ref):
                continue
            if best is None or agency_id == agency_ref:
                best = (oid, active)
        if best is None:
            return None
        if not best[1]:
            problems["officer"] = X.RowIssue(
                QT_TRANSLATE_NOOP("errors", "The referring officer “{name}” is marked inactive."),
                {"name": name[:80]},
                "officer",
            )
            return None
        return best[0]

    def _outcome(self, outcome_value: object, outcome_on_value: object, pid: str | None, clean: dict | None,
                 problems: dict, warnings: list, links: dict) -> tuple[str, date | None]:
        outcome_spec = X.target(self.kind, "outcome").spec
        outcome_on_spec = X.target(self.kind, "outcome_on").spec
        outcome, outcome_on = "pending", None
        try:
            outcome = clean_value(outcome_spec, outcome_value, _now()) or ("enrolled" if pid else "pending")
        except FieldProblem as problem:
            problems.setdefault("outcome", X.issue_from(problem))
        try:
            outcome_on = clean_value(outcome_on_spec, outcome_on_value, _now())
        except FieldProblem as problem:
            problems.setdefault("outcome_on", X.issue_from(problem))
        if outcome == "enrolled" and pid is None and not any(k in problems for k in X.PARTICIPANT_LINKS):
            problems["outcome"] = X.RowIssue(X.ENROLLED_NEEDS_PARTICIPANT, {}, "outcome")
        if outcome != "enrolled" and pid is not None:
            warnings.append(
                X.RowIssue(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The participant is linked only to an enrolled referral; the LEAD number was not used.",
                    ),
                    {},
                    "lead_number",
                )
            )
        if clean is None or outcome == "pending":
            return outcome, None
        referral_day = clean["referred_at"].date()
        if outcome_on is None:
            if outcome == "enrolled" and pid is not None:
                enrolled = self.db.session.scalar(select(M.Participant.enrolled_on).where(M.Participant.id == pid))
                outcome_on = max(enrolled, referral_day) if enrolled else referral_day
            else:
                outcome_on = referral_day
                warnings.append(X.RowIssue(X.OUTCOME_DATE_ASSUMED, {}, "outcome_on"))
        elif outcome_on < referral_day:
            problems["outcome_on"] = X.RowIssue(X.OUTCOME_BEFORE_REFERRAL, {}, "outcome_on")
        return outcome, outcome_on
