"""Data exchange: importing a site's spreadsheets safely, exporting lists, de-identified and HMIS files.

Import, in the order the window and the CLI run it:

1. `read_table` (services.exchange_files) reads a CSV or .xlsx into plain rows.
2. `suggest_mapping` / saved mappings (`save_mapping`, `get_mapping`) say which column fills which
   field; the field specs are the columns (domain.exchange).
3. `preview` checks every row without writing: a plain reason for each problem, and a status —
   new, invalid, already imported (a stable import key per row: the source system's id, else a
   hash of the normalised identifying fields), already on file (its LEAD number, or the same
   contact or referral), possible match (a similar name and birth date: flagged for review,
   never created unless the person confirms it is someone else), or a repeat of an earlier row.
4. `run_import` does it: in ONE transaction that first takes the write lock, the rows are
   checked again and the new ones written with their import keys. All or nothing, unless the
   person chose "only the valid rows", in which case the rejected rows go to a CSV with a
   reason column. A dry run writes everything and rolls back. Cancel (a callback checked
   between rows) rolls back too, so nothing is ever half-imported.

Every import is audited once with counts only (and each created record with its id, as a
record created in the window is); every export is audited with its kind and row count.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import FieldProblem, Form, FormInvalid, Kind, clean_value, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services import participants as participant_service
from lead_desktop.services import referrals as referral_service
from lead_desktop.services.exchange_files import (
    FileNotWritten,
    FileUnreadable,
    SourceRow,
    SourceTable,
    csv_file,
    format_for,
    read_table,
    staged,
    table_file,
)
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import stream, string_agg

log = logging.getLogger(__name__)

__all__ = [
    "FileNotWritten", "FileUnreadable", "SourceRow", "SourceTable", "read_table",
    "NEW", "INVALID", "IMPORTED_BEFORE", "ON_FILE", "POSSIBLE_MATCH", "REPEAT", "STATUS_LABELS",
    "RowReport", "ImportReport", "ImportResult", "ImportCancelled", "ExportCancelled", "ExportResult",
    "SavedMapping", "suggest_mapping", "list_mappings", "save_mapping", "get_mapping", "delete_mapping",
    "load_mapping", "preview", "run_import", "default_rejected_path", "export_list", "export_deidentified",
    "export_hmis", "EXPORT_KINDS",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

NEW, INVALID, IMPORTED_BEFORE, ON_FILE, POSSIBLE_MATCH, REPEAT = (
    "new", "invalid", "imported_before", "on_file", "possible_match", "repeat",
)
STATUSES = (NEW, INVALID, POSSIBLE_MATCH, ON_FILE, IMPORTED_BEFORE, REPEAT)
STATUS_LABELS = {
    NEW: QT_TRANSLATE_NOOP("vocab", "Ready to import"),
    INVALID: QT_TRANSLATE_NOOP("vocab", "Has problems"),
    POSSIBLE_MATCH: QT_TRANSLATE_NOOP("vocab", "Possible match: review"),
    ON_FILE: QT_TRANSLATE_NOOP("vocab", "Already on file"),
    IMPORTED_BEFORE: QT_TRANSLATE_NOOP("vocab", "Imported before"),
    REPEAT: QT_TRANSLATE_NOOP("vocab", "Repeats an earlier row"),
}
# Rows the rejected-rows file lists: those that need the person's attention.
REJECTED_STATUSES = (INVALID, POSSIBLE_MATCH)


class ImportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The import was cancelled. Nothing was imported.")


class ExportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The export was cancelled. No file was written.")


class ExportFolderNotEmpty(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The folder {folder} is not empty. Choose a new or empty folder, or a .zip file name."
    )


# ----- plain results --------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class ImportReport:
    kind: str
    rows: tuple[RowReport, ...]
    missing_columns: tuple[str, ...] = ()  # columns a saved mapping names that the file lacks
    unmapped_required: tuple[str, ...] = ()  # labels of required fields no column fills

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def counts(self) -> Mapping[str, int]:
        return MappingProxyType({status: self.count(status) for status in STATUSES})

    @property
    def ready(self) -> int:
        return self.count(NEW)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)

    def row(self, number: int) -> RowReport | None:
        return next((r for r in self.rows if r.number == number), None)


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    committed: bool  # False: nothing was written (problems in all-or-nothing mode, or a dry run)
    created: int  # records written (or, in a dry run, that would have been)
    dry_run: bool = False
    rejected_file: Path | None = None
    import_id: str | None = None


@dataclass(frozen=True)
class SavedMapping:
    name: str
    kind: str
    mapping: X.ColumnMapping
    updated_at: datetime


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    files: tuple[tuple[str, int], ...] = ()  # (file name, rows) for multi-file exports


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    """progress(done, total), called at most ~200 times however many rows there are."""
    step = max(1, total // 200)

    def tick(done: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)

    return tick


def _check_cancel(cancelled: Cancelled | None, error: type[KnownError]) -> None:
    if cancelled is not None and cancelled():
        raise error()


# ----- mappings ------------------------------------------------------------------------------------


def suggest_mapping(kind: str, headers: Sequence[str], date_order: str = X.MONTH_FIRST) -> X.ColumnMapping:
    return X.suggest_mapping(kind, headers, date_order)


def _mapping_name(name: str) -> str:
    clean = " ".join(str(name or "").split())
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the mapping a name."), field="name")
    if len(clean) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A mapping name can have at most {maximum} characters."),
            field="name",
            maximum=80,
        )
    return clean


def list_mappings(site: SiteSession, kind: str | None = None) -> list[SavedMapping]:
    site.require(Permission.EDIT_PARTICIPANTS)
    m = M.ImportMapping
    conditions = [m.deleted_at.is_(None)]
    if kind:
        conditions.append(m.kind == kind)
    with site.unit_of_work() as session:
        rows = session.execute(select(m.name, m.kind, m.definition, m.updated_at).where(*conditions)
                               .order_by(func.lower(m.name))).all()
    out = []
    for name, row_kind, definition, updated in rows:
        try:
            out.append(SavedMapping(name, row_kind, X.ColumnMapping.from_json(definition), updated))
        except ValidationError:
            log.warning("a saved mapping could not be read")
    return out


def save_mapping(site: SiteSession, name: str, mapping: X.ColumnMapping) -> SavedMapping:
    """Save (or replace) a mapping under a name, for the next file from the same source."""
    site.require(Permission.EDIT_PARTICIPANTS)
    name = _mapping_name(name)
    X.check_mapping(mapping)
    with site.unit_of_work() as session:
        row = session.scalar(select(M.ImportMapping).where(M.ImportMapping.name == name))
        created = row is None
        if row is None:
            row = M.ImportMapping(name=name, kind=mapping.kind, definition=mapping.to_json(),
                                  updated_by=site.actor.account_id)
            session.add(row)
        else:
            row.kind, row.definition, row.deleted_at = mapping.kind, mapping.to_json(), None
            row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.CREATE if created else AuditAction.UPDATE, "import_mapping", row.id,
                   kind=mapping.kind, columns=len(mapping.mapped))
        return SavedMapping(row.name, row.kind, X.ColumnMapping.from_json(row.definition), row.updated_at)


def get_mapping(site: SiteSession, name: str) -> X.ColumnMapping:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        definition = session.scalar(select(M.ImportMapping.definition).where(
            M.ImportMapping.name == " ".join(name.split()), M.ImportMapping.deleted_at.is_(None)))
    if definition is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”."), name=name[:80])
    return X.ColumnMapping.from_json(definition)


def delete_mapping(site: SiteSession, name: str) -> None:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.scalar(select(M.ImportMapping).where(M.ImportMapping.name == name,
                                                           M.ImportMapping.deleted_at.is_(None)))
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”."), name=name[:80]
            )
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.DELETE, "import_mapping", row.id)


def load_mapping(site: SiteSession, name_or_file: str) -> X.ColumnMapping:
    """A saved mapping by name, or a mapping file (the JSON `ColumnMapping.to_json` writes)."""
    path = Path(name_or_file).expanduser()
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            return X.ColumnMapping.from_json(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a saved column mapping.")) from None
    return get_mapping(site, name_or_file)


# ----- what the database already holds -------------------------------------------------------------------


class _People:
    """Names and birth dates to look for likely matches in, without comparing every row with every person.

    Blocking: a name of two or more words is filed under the first two letters of its first and last
    word ("jo|sm" for both "Jon Smith" and "John Smith"), a one-word name (a street name) under its
    first three letters, and everyone with a birth date under that date. Only people sharing a block
    are scored with participants.duplicate_score, and only when their birth dates and name lengths
    leave the threshold reachable.
    """

    CANDIDATE_CAP = 2000

    def __init__(self) -> None:
        self._entries: list[tuple[str, list[str], list[str], date | None]] = []  # (reference, names, folded, dob)
        self._blocks: dict[str, list[int]] = {}

    @staticmethod
    def _keys(folded: list[str], dob: date | None) -> set[str]:
        keys = set()
        for name in folded:
            words = name.split(" ")
            if len(words) >= 2:
                keys.add(f"{words[0][:2]}|{words[-1][:2]}")
            elif words[0]:
                keys.add(f"1|{words[0][:3]}")
        if dob is not None:
            keys.add(f"dob:{dob.isoformat()}")
        return keys

    def add(self, reference: str, names: list[str], dob: date | None) -> None:
        folded = [P.fold(n) for n in names]
        index = len(self._entries)
        self._entries.append((reference, names, folded, dob))
        for key in self._keys(folded, dob):
            self._blocks.setdefault(key, []).append(index)

    def matches(self, names: list[str], dob: date | None) -> list[tuple[str, P.DuplicateScore]]:
        folded = [P.fold(n) for n in names]
        shared: dict[int, int] = {}
        for key in self._keys(folded, dob):
            for index in self._blocks.get(key, ()):
                shared[index] = shared.get(index, 0) + 1
        candidates = sorted(shared, key=lambda i: -shared[i])[: self.CANDIDATE_CAP]
        out = []
        for index in candidates:
            reference, other_names, other_folded, other_dob = self._entries[index]
            # The most the birth dates can add (or take away): the score of identical names.
            best = P.duplicate_score(["x"], dob, ["x"], other_dob).score
            bound = max((2 * min(len(a), len(b)) / (len(a) + len(b)) for a in folded for b in other_folded
                         if a and b), default=0.0)  # SequenceMatcher's ratio cannot exceed this
            if best - 1.0 + bound < P.DUPLICATE_THRESHOLD:
                continue
            score = P.duplicate_score(names, dob, other_names, other_dob)
            if score.score >= P.DUPLICATE_THRESHOLD:
                out.append((reference, score))
        out.sort(key=lambda item: -item[1].score)
        return out[:5]


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
                names = [participant_service.display_name(first, last), *aliases.get(pid, [])]
                self.people.add(number, [n for n in names if n and n != "—"], dob)
        self.agencies: dict[str, tuple[str, bool]] = {}
        self.officers: list[tuple[str, str | None, str, str | None, bool]] = []
        if kind == X.REFERRALS:
            for aid, name, active in session.execute(select(M.ReferralAgency.id, M.ReferralAgency.name,
                                                            M.ReferralAgency.active)
                                                     .where(M.ReferralAgency.deleted_at.is_(None))):
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


# ----- classifying rows -------------------------------------------------------------------------------


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


_NEW_AGENCY = "new-agency:"
_NEW_OFFICER = "new-officer:"


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
        handler = {X.PARTICIPANTS: self._participant, X.CONTACTS: self._contact, X.REFERRALS: self._referral}
        return handler[self.kind](source.number, values, links, problems, warnings)

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
        names = [participant_service.display_name(clean.get("first_name"), clean.get("last_name")),
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
            reference, score = matches[0]
            reasons = tuple(score.reasons) or (QT_TRANSLATE_NOOP("vocab", "similar name"),)
            template = X.POSSIBLE_MATCH_IN_FILE if reference.startswith("row ") else X.POSSIBLE_MATCH
            params = {"row": reference[4:]} if reference.startswith("row ") else {"number": reference}
            params["reasons"] = reasons
            report = self._report(number, POSSIBLE_MATCH, [X.RowIssue(template, params)], warnings,
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
        sort_name = P.fold(", ".join(x for x in (clean.get("last_name"), clean.get("first_name")) if x))[:170] or "~"
        existing = self.db.session.scalar(
            select(r.id).where(r.referred_at == clean["referred_at"], r.pathway == clean["pathway"],
                               r.sort_name == sort_name, r.deleted_at.is_(None)).limit(1)
        )
        if existing:
            return self._report(number, ON_FILE, [X.RowIssue(X.REFERRAL_ON_FILE)], warnings, (), existing), None
        uses_officer = clean["pathway"] in R.PATHWAY_FIELDS["officer_id"]
        row = _Row(number, clean, key, external_id=external, participant_id=pid if outcome == "enrolled" else None,
                   agency=agency_name if agency_ref and agency_ref.startswith(_NEW_AGENCY) else agency_ref,
                   officer=(officer_name, badge) if uses_officer and officer_ref and
                   officer_ref.startswith(_NEW_OFFICER) else None,
                   outcome=outcome, outcome_on=outcome_on)
        if uses_officer and officer_ref and not officer_ref.startswith(_NEW_OFFICER):
            row.values["officer_id"] = officer_ref
        return self._report(number, NEW, (), warnings), row

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


# ----- preview and import -------------------------------------------------------------------------------


def _fit(table: SourceTable, mapping: X.ColumnMapping) -> tuple[X.ColumnMapping, list[str]]:
    X.check_mapping(mapping)
    return X.fit_mapping(mapping, table.headers)


def _report(mapping: X.ColumnMapping, rows: list[RowReport], missing: list[str]) -> ImportReport:
    return ImportReport(mapping.kind, tuple(rows), tuple(missing), tuple(X.unmapped_required(mapping)))


def preview(site: SiteSession, table: SourceTable, mapping: X.ColumnMapping, *,
            reviewed: Sequence[int] = (), progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> ImportReport:
    """Every row's status and reasons, writing nothing."""
    site.require(Permission.EDIT_PARTICIPANTS)
    mapping, missing = _fit(table, mapping)
    with site.unit_of_work() as session:
        classifier = _Classifier(site, session, table, mapping, frozenset(reviewed))
        rows, _ready = classifier.run(cancelled, progress, ImportCancelled)
        session.rollback()
    return _report(mapping, rows, missing)


class _RollBack(Exception):
    """Ends a dry run, or an all-or-nothing import with problems, after the checks."""


def default_rejected_path(source: Path) -> Path:
    """Beside the source file: NAME-rejected.csv (NAME-rejected-2.csv … when taken)."""
    source = Path(source)
    candidate = source.with_name(f"{source.stem}-rejected.csv")
    n = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem}-rejected-{n}.csv")
        n += 1
    return candidate


def write_rejected(table: SourceTable, report: ImportReport, target: Path) -> Path:
    """The rows that need attention, as they came, with the row number and the reasons added."""
    wanted = {r.number: r for r in report.rows if r.status in REJECTED_STATUSES}
    with csv_file(Path(target)) as sink:
        sink.row([*table.headers, "Row", "Reason"])
        for source in table.rows:
            if source.number in wanted:
                sink.row([*source.cells, source.number, wanted[source.number].reasons])
    return Path(target)


def run_import(
    site: SiteSession,
    table: SourceTable,
    mapping: X.ColumnMapping,
    *,
    valid_only: bool = False,
    rejected_to: str | Path | None = None,
    reviewed: Sequence[int] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import in one transaction. All or nothing unless `valid_only`; then the rows with problems (and
    the possible matches not confirmed in `reviewed`) go to `rejected_to` (default: beside the source).
    Raises ImportCancelled when `cancelled()` turns true: nothing is written."""
    site.require(Permission.EDIT_PARTICIPANTS)
    mapping, missing = _fit(table, mapping)
    import_id = str(uuid.uuid4())
    total = len(table.rows)
    state: dict[str, object] = {"created": 0, "report": None, "rejected": None}
    mode = "valid_only" if valid_only else "all_or_nothing"

    def stage_progress(offset: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, _total: progress(offset + done, 2 * total)

    rejected_path: Path | None = None
    try:
        with site.unit_of_work() as session:
            # Take the write lock before the checks, so nothing can add the same records between the
            # check and the write (SQLite locks the database at a transaction's first write).
            session.execute(update(M.ImportKey).where(M.ImportKey.id == "").values(kind=M.ImportKey.kind))
            classifier = _Classifier(site, session, table, mapping, frozenset(reviewed))
            rows, ready = classifier.run(cancelled, stage_progress(0), ImportCancelled)
            report = _report(mapping, rows, missing)
            state["report"] = report
            if report.invalid and not valid_only:
                raise _RollBack()
            tick = _ticker(stage_progress(total), len(ready))
            writer = _Writer(site, session, mapping.kind, import_id)
            for done, row in enumerate(ready, start=1):
                _check_cancel(cancelled, ImportCancelled)
                writer.write(row)
                tick(done)
            state["created"] = len(ready)
            if dry_run:
                raise _RollBack()
            site.audit(session, AuditAction.IMPORT, mapping.kind, import_id, **_audit_counts(report, len(ready)),
                       mode=mode, outcome="imported", format=table.format)
            needs_file = valid_only and any(r.status in REJECTED_STATUSES for r in report.rows)
            if needs_file:
                rejected_path = Path(rejected_to).expanduser() if rejected_to else default_rejected_path(table.path)
                write_rejected(table, report, rejected_path)
    except _RollBack:
        report = state["report"]
        _audit_outside(site, mapping.kind, import_id, **_audit_counts(report, 0), mode=mode,
                       outcome="dry_run" if dry_run and not (report.invalid and not valid_only) else "refused",
                       format=table.format)
        return ImportResult(report, False, int(state["created"]), dry_run, None, None)
    except ImportCancelled:
        _audit_outside(site, mapping.kind, import_id, rows=total, created=0, mode=mode, outcome="cancelled",
                       format=table.format)
        raise
    except BaseException:
        if rejected_path is not None:  # the commit failed after the file was written
            with contextlib.suppress(OSError):
                rejected_path.unlink()
        raise
    log.info("import %s: %d created", import_id, state["created"])
    return ImportResult(state["report"], True, int(state["created"]), False, rejected_path, import_id)


def _audit_counts(report: ImportReport, created: int) -> dict:
    counts = report.counts
    return {"rows": len(report.rows), "created": created, "invalid": counts[INVALID],
            "possible_matches": counts[POSSIBLE_MATCH], "on_file": counts[ON_FILE],
            "imported_before": counts[IMPORTED_BEFORE], "repeats": counts[REPEAT]}


def _audit_outside(site: SiteSession, kind: str, import_id: str, **detail: object) -> None:
    """An import that wrote nothing is still recorded (its own transaction, the other was rolled back)."""
    try:
        with site.unit_of_work() as session:
            site.audit(session, AuditAction.IMPORT, kind, import_id, **detail)
    except KnownError:
        log.warning("an import that wrote nothing could not be recorded in the audit log")


class _Writer:
    """Writes checked rows through the same services the window uses, inside the import's transaction."""

    def __init__(self, site: SiteSession, session: Session, kind: str, import_id: str) -> None:
        self.site, self.session, self.kind, self.import_id = site, session, kind, import_id
        self.agencies: dict[str, str] = {}
        self.officers: dict[tuple[str | None, str, str], str] = {}

    def write(self, row: _Row) -> None:
        if self.kind == X.PARTICIPANTS:
            detail = participant_service.insert_participant(self.site, self.session, row.values)
            record_id = detail.id
        elif self.kind == X.CONTACTS:
            record = participant_service.insert_record(self.site, self.session, "contact", row.participant_id,
                                                       row.values, staff_id=row.staff_id)
            record_id = record.id
        else:
            record_id = self._referral(row)
        self.session.add(M.ImportKey(kind=X.RECORD_KIND[self.kind], key=row.key, record_id=record_id,
                                     import_id=self.import_id, external_id=row.external_id,
                                     source_number=row.source_number, updated_by=self.site.actor.account_id))
        self.session.flush()

    def _agency(self, name: str, pathway: str) -> str:
        key = P.fold(name)
        if key not in self.agencies:
            kind = "law_enforcement" if pathway in R.PATHWAY_FIELDS["officer_id"] else "other"
            agency = M.ReferralAgency(name=" ".join(name.split())[:200], kind=kind, active=True,
                                      updated_by=self.site.actor.account_id)
            self.session.add(agency)
            self.session.flush()
            self.site.audit(self.session, AuditAction.CREATE, "referral_agency", agency.id, kind=kind,
                            import_id=self.import_id)
            self.agencies[key] = agency.id
        return self.agencies[key]

    def _officer(self, agency_id: str | None, name: str, badge: str | None) -> str:
        key = (agency_id, P.fold(name), (badge or "").casefold())
        if key not in self.officers:
            officer = M.ReferringOfficer(agency_id=agency_id, name=" ".join(name.split())[:120],
                                         badge=(badge or None) and badge[:40], active=True,
                                         updated_by=self.site.actor.account_id)
            self.session.add(officer)
            self.session.flush()
            self.site.audit(self.session, AuditAction.CREATE, "referring_officer", officer.id, agency=agency_id,
                            import_id=self.import_id)
            self.officers[key] = officer.id
        return self.officers[key]

    def _referral(self, row: _Row) -> str:
        values = dict(row.values)
        pathway = values["pathway"]
        agency_id = values.get("agency_id")
        if agency_id and str(agency_id).startswith(_NEW_AGENCY):
            agency_id = self._agency(row.agency or "", pathway)
        values["agency_id"] = agency_id
        if row.officer is not None:
            values["officer_id"] = self._officer(agency_id, *row.officer)
        elif str(values.get("officer_id") or "").startswith(_NEW_OFFICER):
            values["officer_id"] = None
        referral = referral_service.insert_referral(self.site, self.session, values)
        if row.outcome and row.outcome != "pending":
            referral.outcome = row.outcome
            referral.outcome_on = row.outcome_on
            if row.outcome == "enrolled":
                referral.participant_id = row.participant_id
                if referral.intake_completed_on is None and row.outcome_on is not None:
                    referral.intake_completed_on = max(row.outcome_on, referral.referred_at.date())
            self.session.flush()
        return referral.id


# ----- exports -----------------------------------------------------------------------------------------------

EXPORT_KINDS = (X.PARTICIPANTS, X.CONTACTS, X.REFERRALS, "deidentified", "hmis")
EXPORT_KIND_LABELS = {
    X.PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "Participants (list)"),
    X.CONTACTS: QT_TRANSLATE_NOOP("vocab", "Contacts (list)"),
    X.REFERRALS: QT_TRANSLATE_NOOP("vocab", "Referrals (list)"),
    "deidentified": QT_TRANSLATE_NOOP("vocab", "De-identified analysis file"),
    "hmis": QT_TRANSLATE_NOOP("vocab", "HMIS CSV (clients, enrolments, exits)"),
}


def export_columns(kind: str) -> tuple[X.Target, ...]:
    """The columns a list export writes: the import targets, less the ids of another system."""
    return tuple(t for t in X.targets(kind) if t.name not in ("external_id", "participant_external_id"))


def _display(spec, value: object, labels: bool) -> object:  # noqa: ANN001 - a FieldSpec
    if value is None or value == "" or value == []:
        return None
    if spec.kind is Kind.MULTI:
        codes = value if isinstance(value, (list, tuple)) else [c for c in str(value).split(",") if c]
        if labels and spec.vocabulary is not None:
            return "; ".join(spec.vocabulary.label(c) for c in codes)
        return ";".join(codes)
    if spec.kind is Kind.CHOICE and labels and spec.vocabulary is not None:
        return spec.vocabulary.label(str(value))
    if spec.kind is Kind.BOOL:
        return ("Yes" if value else "No") if labels else ("yes" if value else "no")
    return value


def _stream(session: Session, query, batch: int = 500) -> Iterator:  # noqa: ANN001 - a Select
    return stream(session, query, batch)


def _participant_rows(session: Session):  # noqa: ANN202
    p, a = M.Participant, M.Account
    aliases = (select(string_agg(M.ParticipantAlias.alias, ", "))
               .where(M.ParticipantAlias.participant_id == p.id, M.ParticipantAlias.deleted_at.is_(None))
               .scalar_subquery())
    live = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    total = session.scalar(select(func.count()).select_from(p).where(*live)) or 0
    query = (select(p, aliases.label("alias_list"), a.username).outerjoin(a, a.id == p.case_manager_id)
             .where(*live).order_by(p.sequence))

    def rows() -> Iterator[dict]:
        for participant, alias_list, username in _stream(session, query):
            values = {spec.name: getattr(participant, spec.name) for spec in P.PARTICIPANT_FORM
                      if spec.name not in ("aliases", "case_manager_id")}
            values.update(lead_number=participant.lead_number, aliases=alias_list, case_manager=username)
            session.expunge(participant)
            yield values

    return total, rows()


def _contact_rows(session: Session):  # noqa: ANN202
    c, p, a = M.Contact, M.Participant, M.Account
    where = [c.deleted_at.is_(None), p.deleted_at.is_(None)]
    total = session.scalar(select(func.count()).select_from(c).join(p, p.id == c.participant_id).where(*where)) or 0
    query = (select(c, p.lead_number, a.username).join(p, p.id == c.participant_id)
             .outerjoin(a, a.id == c.staff_id).where(*where).order_by(p.sequence, c.at, c.id))

    def rows() -> Iterator[dict]:
        for contact, lead_number, username in _stream(session, query):
            values = {spec.name: getattr(contact, spec.name) for spec in P.CONTACT_FORM}
            values.update(lead_number=lead_number, staff=username)
            session.expunge(contact)
            yield values

    return total, rows()


def _referral_rows(session: Session):  # noqa: ANN202
    r, p, a, g, o = M.Referral, M.Participant, M.Account, M.ReferralAgency, M.ReferringOfficer
    where = [r.deleted_at.is_(None)]
    total = session.scalar(select(func.count()).select_from(r).where(*where)) or 0
    query = (select(r, p.lead_number, g.name, o.name, o.badge, a.username)
             .outerjoin(p, p.id == r.participant_id).outerjoin(g, g.id == r.agency_id)
             .outerjoin(o, o.id == r.officer_id).outerjoin(a, a.id == r.case_manager_id)
             .where(*where).order_by(r.referred_at, r.id))

    def rows() -> Iterator[dict]:
        for referral, lead_number, agency, officer, badge, username in _stream(session, query):
            values = {spec.name: getattr(referral, spec.name) for spec in R.REFERRAL_FORM
                      if spec.name not in ("agency_id", "officer_id", "case_manager_id")}
            values.update(lead_number=lead_number, agency=agency, officer=officer, officer_badge=badge,
                          case_manager=username, outcome=referral.outcome, outcome_on=referral.outcome_on)
            session.expunge(referral)
            yield values

    return total, rows()


_LIST_ROWS = {X.PARTICIPANTS: _participant_rows, X.CONTACTS: _contact_rows, X.REFERRALS: _referral_rows}


def export_list(site: SiteSession, kind: str, target: str | Path, *, fmt: str | None = None, labels: bool = True,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """A whole list (participants, contacts or referrals) as CSV or .xlsx. `labels`: friendly headers
    and vocabulary labels (else field names and codes); both import back unchanged."""
    site.require(Permission.VIEW_PARTICIPANTS)
    if kind not in _LIST_ROWS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what to export."))
    target = Path(target).expanduser()
    fmt = fmt or format_for(target)
    columns = export_columns(kind)
    with site.unit_of_work() as session:
        total, rows = _LIST_ROWS[kind](session)
        tick = _ticker(progress, total)
        count = 0
        with table_file(target, str(X.KIND_LABELS[kind]), fmt) as write:
            write([t.label if labels else t.name for t in columns], header=True)
            for values in rows:
                _check_cancel(cancelled, ExportCancelled)
                write([_display(t.spec, values.get(t.name), labels) for t in columns])
                count += 1
                tick(count)
        site.audit(session, AuditAction.EXPORT, kind, str(uuid.uuid4()), rows=count, format=fmt, labels=labels)
    return ExportResult(target, count)


# ----- de-identified --------------------------------------------------------------------------------------

DEIDENTIFIED_COLUMNS = (
    "pseudo_id", "age_band_at_enrolment", "sex", "race_ethnicity", "veteran_status", "disabling_condition",
    "status", "enrolled_month", "exit_month", "days_enrolled", "exit_reason", "exit_destination",
    "destination_group", "living_situation", "referral_pathway", "case_manager_pseudo_id", "contacts",
    "contacts_last_12_months", "last_contact_month",
)


def _month(value: date | datetime | None) -> str | None:
    return value.strftime("%Y-%m") if value else None


def export_deidentified(site: SiteSession, target: str | Path, export_key: str, *, fmt: str | None = None,
                        today: date | None = None, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> ExportResult:
    """One row per participant for evaluators: no names, numbers, contact details or free text; birth date
    as an age band at enrolment; dates as months; ids are pseudonyms stable for the same export key."""
    site.require(Permission.VIEW_PARTICIPANTS)
    key = X.derive_export_key(export_key)
    today = today or date.today()
    target = Path(target).expanduser()
    fmt = fmt or format_for(target)
    p, c = M.Participant, M.Contact
    year_ago = datetime.combine(today - timedelta(days=365), time())
    with site.unit_of_work() as session:
        live = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
        total = session.scalar(select(func.count()).select_from(p).where(*live)) or 0
        contacts = {pid: (n, recent) for pid, n, recent in session.execute(
            select(c.participant_id, func.count(c.id),
                   func.sum(case((c.at >= year_ago, 1), else_=0)))
            .where(c.deleted_at.is_(None), c.unable_to_locate.is_(False)).group_by(c.participant_id))}
        housing: dict[str, str] = {}
        h = M.HousingStatus
        for pid, code in session.execute(select(h.participant_id, h.living_situation)
                                         .where(h.deleted_at.is_(None)).order_by(h.effective_on, h.created_at)):
            housing[pid] = code  # the latest wins
        pathways: dict[str, str] = {}
        for pid, pathway in session.execute(select(M.Referral.participant_id, M.Referral.pathway)
                                            .where(M.Referral.deleted_at.is_(None),
                                                   M.Referral.participant_id.is_not(None))
                                            .order_by(M.Referral.referred_at.desc())):
            pathways[pid] = pathway  # the earliest referral wins
        query = (select(p.id, p.dob, p.sex, p.race_ethnicity, p.veteran_status, p.disabling_condition, p.status,
                        p.enrolled_on, p.exit_date, p.exit_reason, p.exit_destination, p.case_manager_id,
                        p.last_contact_at)
                 .where(*live).order_by(p.sequence))
        tick = _ticker(progress, total)
        count = 0
        with table_file(target, "De-identified", fmt) as write:
            write(list(DEIDENTIFIED_COLUMNS), header=True)
            for (pid, dob, sex, race, veteran, disabling, status, enrolled, exit_date, exit_reason, destination,
                 manager, last_contact) in _stream(session, query):
                _check_cancel(cancelled, ExportCancelled)
                end = exit_date or today
                n, recent = contacts.get(pid, (0, 0))
                write([
                    X.pseudonym(key, pid, "P"), X.age_band(dob, enrolled), sex, ";".join(race.split(",")), veteran,
                    disabling, status, _month(enrolled), _month(exit_date),
                    max(0, (end - enrolled).days) if enrolled else None, exit_reason, destination,
                    V.destination_group(destination) if destination else None, housing.get(pid),
                    pathways.get(pid), X.pseudonym(key, manager, "S") if manager else None, n, int(recent or 0),
                    _month(last_contact),
                ])
                count += 1
                tick(count)
        site.audit(session, AuditAction.EXPORT, "deidentified", str(uuid.uuid4()), rows=count, format=fmt)
    return ExportResult(target, count)


# ----- HMIS CSV ---------------------------------------------------------------------------------------------

_HMIS_NAMESPACE = uuid.UUID("6f1c2d4e-9b7a-4e51-8a3c-0d2f7b9e4a61")


def _derived_id(kind: str, record_id: str) -> str:
    return uuid.uuid5(_HMIS_NAMESPACE, f"{kind}:{record_id}").hex


def _hmis_time(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _hmis_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _hmis_tables(session: Session, project_id: str, export_id: str,
                 cancelled: Cancelled | None) -> Iterator[tuple[str, tuple[str, ...], Iterator[list]]]:
    p = M.Participant
    live = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    h = M.HousingStatus
    prior: dict[str, tuple[date, str]] = {}
    entry_by_id = dict(session.execute(select(p.id, p.enrolled_on).where(*live)).all())
    for pid, effective, code in session.execute(
        select(h.participant_id, h.effective_on, h.living_situation).where(h.deleted_at.is_(None))
        .order_by(h.effective_on, h.created_at)
    ):
        entry = entry_by_id.get(pid)
        if entry is not None and effective <= entry:
            prior[pid] = (effective, code)  # the last status on or before the project start
    columns = (p.id, p.first_name, p.middle_name, p.last_name, p.name_quality, p.dob, p.dob_quality,
               p.race_ethnicity, p.sex, p.veteran_status, p.disabling_condition, p.enrolled_on, p.exit_date,
               p.exit_reason, p.exit_destination, p.created_at, p.updated_at, p.updated_by)
    query = select(*columns).where(*live).order_by(p.sequence)

    def people() -> Iterator[tuple]:
        for row in _stream(session, query):
            _check_cancel(cancelled, ExportCancelled)
            yield row

    def client() -> Iterator[list]:
        for (pid, first, middle, last, name_quality, dob, dob_quality, race, sex, veteran, _disabling, _entry,
             _exit, _reason, _destination, created, updated, user) in people():
            values = {
                "PersonalID": X.hmis_id(pid), "FirstName": first or "", "MiddleName": middle or "",
                "LastName": last or "", "NameSuffix": "", "NameDataQuality": name_quality, "SSN": "",
                "SSNDataQuality": "99", "DOB": _hmis_date(dob), "DOBDataQuality": dob_quality,
                **X.hmis_race([c for c in race.split(",") if c]), "AdditionalRaceEthnicity": "", "Sex": sex,
                "VeteranStatus": veteran, "DateCreated": _hmis_time(created), "DateUpdated": _hmis_time(updated),
                "UserID": X.hmis_id(user), "DateDeleted": "", "ExportID": export_id,
            }
            yield [values[name] for name in X.HMIS.client]

    def enrollment() -> Iterator[list]:
        for (pid, *_names, _nq, _dob, _dq, _race, _sex, _vet, disabling, entry, _exit, _reason, _destination,
             created, updated, user) in people():
            if entry is None:
                continue
            values = {
                "EnrollmentID": _derived_id("enrollment", pid), "PersonalID": X.hmis_id(pid),
                "ProjectID": project_id, "EntryDate": _hmis_date(entry),
                "HouseholdID": _derived_id("household", pid), "RelationshipToHoH": "1", "EnrollmentCoC": "",
                "LivingSituation": prior.get(pid, (None, "99"))[1], "DisablingCondition": disabling,
                "DateCreated": _hmis_time(created), "DateUpdated": _hmis_time(updated), "UserID": X.hmis_id(user),
                "DateDeleted": "", "ExportID": export_id,
            }
            yield [values[name] for name in X.HMIS.enrollment]

    def exits() -> Iterator[list]:
        for (pid, *_names, _nq, _dob, _dq, _race, _sex, _vet, _disabling, entry, exit_date, reason, destination,
             created, updated, user) in people():
            if exit_date is None or entry is None:
                continue
            values = {
                "ExitID": _derived_id("exit", pid), "EnrollmentID": _derived_id("enrollment", pid),
                "PersonalID": X.hmis_id(pid), "ExitDate": _hmis_date(exit_date),
                "Destination": X.hmis_destination(destination, reason), "DestinationSubsidyType": "",
                "OtherDestination": "", "DateCreated": _hmis_time(created), "DateUpdated": _hmis_time(updated),
                "UserID": X.hmis_id(user), "DateDeleted": "", "ExportID": export_id,
            }
            yield [values[name] for name in X.HMIS.exit]

    yield "Client.csv", X.HMIS.client, client()
    yield "Enrollment.csv", X.HMIS.enrollment, enrollment()
    yield "Exit.csv", X.HMIS.exit, exits()


def _write_hmis_csv(stream, columns: tuple[str, ...], rows: Iterator[list]) -> int:  # noqa: ANN001 - a text stream
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([X.neutralise(str(v)) if isinstance(v, str) else v for v in row])
        count += 1
    return count


def export_hmis(site: SiteSession, target: str | Path, *, project_id: str | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """Client.csv, Enrollment.csv and Exit.csv (HMIS CSV column names, FY2026 codes) into a new folder,
    or into a .zip when `target` ends in .zip. See domain.exchange.HMIS_BLANK_NOTE for what stays blank."""
    site.require(Permission.VIEW_PARTICIPANTS)
    target = Path(target).expanduser()
    project = X.hmis_id(project_id or site.site_id) or X.hmis_id(site.site_id)
    export_uuid = uuid.uuid4()
    export_id = export_uuid.hex
    files: list[tuple[str, int]] = []
    with site.unit_of_work() as session:
        if progress is not None:
            progress(0, 3)
        tables = _hmis_tables(session, project, export_id, cancelled)
        if target.suffix.lower() == ".zip":
            with staged(target) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for step, (name, columns, rows) in enumerate(tables, start=1):
                    with archive.open(name, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
                        files.append((name, _write_hmis_csv(text, columns, rows)))
                    if progress is not None:
                        progress(step, 3)
        else:
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                raise ExportFolderNotEmpty(folder=str(target))
            with _staged_folder(target) as folder:
                for step, (name, columns, rows) in enumerate(tables, start=1):
                    with open(folder / name, "w", encoding="utf-8", newline="") as text:
                        files.append((name, _write_hmis_csv(text, columns, rows)))
                    if progress is not None:
                        progress(step, 3)
        site.audit(session, AuditAction.EXPORT, "hmis", str(export_uuid), rows=files[0][1] if files else 0,
                   files={name: n for name, n in files}, format="zip" if target.suffix.lower() == ".zip" else "folder")
    return ExportResult(target, files[0][1] if files else 0, tuple(files))


@contextlib.contextmanager
def _staged_folder(target: Path) -> Iterator[Path]:
    """A hidden folder beside `target`, renamed into place when complete, removed otherwise."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise FileNotWritten(file=str(target), reason=exc.strerror or type(exc).__name__) from None
    try:
        yield tmp
        if target.exists():
            target.rmdir()  # empty, checked by the caller
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise FileNotWritten(file=str(target), reason=exc.strerror or type(exc).__name__) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
