"""Importing a site's history (issue 16): the people, referrals and contacts a site kept in spreadsheets
before LEAD Desktop, brought in together as one unit.

1. `read_history` reads the three files (CSV, or one .xlsx with a sheet each, found by name).
2. A `HistoryMapping` (domain.exchange.history) says which column of each fills which field;
   `suggest_history_mapping` matches them by their headers, and one can be saved by name.
3. `check_history` checks every row of the three together, writing nothing
   (services.exchange.history_check says how the sheets are joined and what each row becomes).
4. `run_history_import` does it in ONE transaction that first takes the write lock: checked
   again, then written in bulk (services.exchange.history_write). All or nothing — or, with
   `valid_only`, the rows that can go in, and one rejected-rows CSV per input for the others. A dry
   run writes everything and rolls back; Cancel rolls back too. Running it again creates nothing
   new; a newer export of the same spreadsheets adds only what is new (the import keys).

The day the site started using LEAD Desktop (a site setting) decides which referrals are recorded
before it; the first history import sets it (to the day the site was created, unless the person
chooses another), and it stays editable under Site settings.

Importing a history needs EDIT_PARTICIPANTS and EDIT_SCREENING: it decides which referrals today's
intake rules, kept by the project manager, do not apply to. Audited once with counts, and each
created record with its id.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import func, select, update

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import parse_date
from lead_desktop.domain.roles import Permission
from lead_desktop.domain.settings import STARTED_USING_SETTING
from lead_desktop.services.exchange.checking import (
    IMPORTED_BEFORE, INVALID, NEW, ON_FILE, POSSIBLE_MATCH, REJECTED_STATUSES, REPEAT, SUBJECT,
)
from lead_desktop.services.exchange.files import SourceTable, read_table
from lead_desktop.services.exchange.history_check import HistoryChecker
from lead_desktop.services.exchange.history_write import HistoryWriter
from lead_desktop.services.exchange.importing import ImportCancelled, ImportReport, write_rejected
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel
from lead_desktop.services.session import SiteSession, read_setting, write_setting
from lead_desktop.storage import models as M

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HistoryFiles:
    people: SourceTable
    referrals: SourceTable
    contacts: SourceTable | None = None

    def table(self, sheet: str) -> SourceTable | None:
        return {"people": self.people, "referrals": self.referrals, "contacts": self.contacts}[sheet]

    @property
    def sheets(self) -> tuple[str, ...]:
        return tuple(s for s in X.SHEETS if self.table(s) is not None)

    @property
    def rows(self) -> int:
        return sum(len(self.table(s).rows) for s in self.sheets)


def read_sheet(path: str | Path, sheet: str, worksheet: str | None = None) -> SourceTable:
    """One sheet of a history (people, referrals or contacts): a CSV, or the worksheet of a workbook that is
    named for it (or `worksheet`)."""
    table = read_table(path, worksheet)
    if worksheet is None and table.format == "xlsx" and len(table.sheets) > 1:
        name = X.sheet_for(sheet, table.sheets)
        if name and name != table.sheet:
            table = read_table(path, name)
    return table


def read_history(people: str | Path, referrals: str | Path, contacts: str | Path | None = None) -> HistoryFiles:
    """The three files (the same .xlsx for all three is fine: each takes its own sheet). FileUnreadable."""
    return HistoryFiles(read_sheet(people, "people"), read_sheet(referrals, "referrals"),
                        read_sheet(contacts, "contacts") if contacts else None)


@dataclass(frozen=True)
class SheetSummary:
    rows: int
    created: int  # participants, referrals or contacts made (or, in a check, ready to be)
    subjects: int  # people sheet: people never enrolled, the subjects of their referrals
    already: int  # imported before, or already on file
    repeats: int  # repeating an earlier row of the same file
    refused: int  # with problems, or possible matches not reviewed


@dataclass(frozen=True)
class HistoryReport:
    sheets: tuple[tuple[str, ImportReport], ...]  # in the order people, referrals, contacts
    started_on: date
    status_words: tuple[tuple[str, str | None, int], ...] = ()  # (word, status or None, rows)

    def sheet(self, name: str) -> ImportReport | None:
        return dict(self.sheets).get(name)

    def summary(self, name: str) -> SheetSummary:
        report = self.sheet(name)
        counts = report.counts
        return SheetSummary(len(report.rows), counts[NEW], counts[SUBJECT], counts[IMPORTED_BEFORE] + counts[ON_FILE],
                            counts[REPEAT], counts[INVALID] + counts[POSSIBLE_MATCH])

    @property
    def invalid(self) -> int:
        return sum(report.invalid for _name, report in self.sheets)

    @property
    def refused(self) -> int:
        return sum(self.summary(name).refused for name, _report in self.sheets)

    @property
    def ready(self) -> int:
        return sum(report.ready for _name, report in self.sheets)

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(word for word, code, _rows in self.status_words if code is None)


@dataclass(frozen=True)
class HistoryResult:
    report: HistoryReport
    committed: bool  # False: nothing was written (a problem in all-or-nothing mode, or a dry run)
    dry_run: bool
    created: Mapping[str, int]  # per sheet (in a dry run: what would have been)
    rejected_files: Mapping[str, Path]
    import_id: str | None = None


def _require(site: SiteSession) -> None:
    site.require(Permission.EDIT_PARTICIPANTS)
    site.require(Permission.EDIT_SCREENING)


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:  # SQLite gives the stored UTC time back without its zone
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def history_start(site: SiteSession) -> date | None:
    """The day the site started using LEAD Desktop, when set (a site setting)."""
    with site.unit_of_work() as session:
        text = read_setting(session, STARTED_USING_SETTING)
    return parse_date(text) if text else None


def default_start(site: SiteSession) -> date:
    """The setting, else the day the site was created (its first account): what a first import sets."""
    day = history_start(site)
    if day is not None:
        return day
    with site.unit_of_work() as session:
        created = session.scalar(select(func.min(M.Account.created_at)))
    return _local_day(created) if created else date.today()


def _fitted(files: HistoryFiles, mapping: X.HistoryMapping) -> tuple[X.HistoryMapping, dict[str, list[str]]]:
    mapping.checked()
    missing: dict[str, list[str]] = {}
    for name in files.sheets:
        fitted, missing[name] = X.fit_mapping(mapping.sheet(name), files.table(name).headers)
        mapping = mapping.with_sheet(name, fitted)
    return mapping, missing


def _check(site: SiteSession, session, files: HistoryFiles, mapping: X.HistoryMapping,  # noqa: ANN001
           missing: dict[str, list[str]], reviewed: Sequence[int], started_on: date,
           tick) -> tuple[HistoryReport, HistoryChecker]:  # noqa: ANN001
    tables = {name: files.table(name) for name in X.SHEETS}
    checker = HistoryChecker(site, session, tables, mapping, reviewed=frozenset(reviewed), started_on=started_on)
    rows = checker.run(tick)
    reports = tuple((name, ImportReport(X.SHEET_KINDS[name], tuple(rows[name]), tuple(missing[name]),
                                        tuple(X.history_unmapped(name, mapping.sheet(name)))))
                    for name in files.sheets)
    return HistoryReport(reports, started_on, checker.status_words), checker


class _Ticker:
    """progress(done, total) over the whole run, called at most ~200 times."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int) -> None:
        self.progress, self.cancelled, self.total = progress, cancelled, max(1, total)
        self.step = max(1, self.total // 200)
        self.done = 0

    def __call__(self) -> None:
        self.done += 1
        if self.done % 50 == 0:
            _check_cancel(self.cancelled, ImportCancelled)
        if self.progress is not None and (self.done % self.step == 0 or self.done == self.total):
            self.progress(min(self.done, self.total), self.total)

    def set(self, done: int) -> None:
        _check_cancel(self.cancelled, ImportCancelled)
        self.done = done
        if self.progress is not None:
            self.progress(min(done, self.total), self.total)


def _check_size(files: HistoryFiles) -> int:
    return sum(len(files.table(s).rows) for s in files.sheets) + len(files.referrals.rows)


def check_history(site: SiteSession, files: HistoryFiles, mapping: X.HistoryMapping, *, reviewed: Sequence[int] = (),
                  started_on: date | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> HistoryReport:
    """Every row's status and reasons, writing nothing. `reviewed`: people-sheet rows flagged as possible
    matches that the person checked are someone else."""
    _require(site)
    started_on = started_on or default_start(site)
    mapping, missing = _fitted(files, mapping)
    tick = _Ticker(progress, cancelled, _check_size(files))
    with site.unit_of_work() as session:
        report, _checker = _check(site, session, files, mapping, missing, reviewed, started_on, tick)
        session.rollback()
    return report


class _RollBack(Exception):
    """Ends a dry run, or an all-or-nothing import with problems, after the checks."""


def rejected_path(table: SourceTable, folder: Path | None = None) -> Path:
    """NAME-rejected.csv (a workbook's sheet: NAME-SHEET-rejected.csv) in `folder`, else beside the file;
    NAME-rejected-2.csv … when taken."""
    stem = table.path.stem if table.format == "csv" else f"{table.path.stem}-{table.sheet}"
    stem = "".join(ch if ch.isalnum() or ch in "-_ ." else "_" for ch in stem)
    where = Path(folder).expanduser() if folder else table.path.parent
    candidate, n = where / f"{stem}-rejected.csv", 2
    while candidate.exists():
        candidate, n = where / f"{stem}-rejected-{n}.csv", n + 1
    return candidate


def run_history_import(
    site: SiteSession,
    files: HistoryFiles,
    mapping: X.HistoryMapping,
    *,
    valid_only: bool = False,
    rejected_to: str | Path | None = None,
    reviewed: Sequence[int] = (),
    dry_run: bool = False,
    started_on: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> HistoryResult:
    """Import the history in one transaction (see the module's docstring). `rejected_to` is the folder for the
    rejected-rows files (default: beside each file). `started_on` (default: the setting, else the site's first
    day) is stored as the setting. Raises ImportCancelled when `cancelled()` turns true: nothing is written."""
    _require(site)
    stored = history_start(site)
    started_on = started_on or default_start(site)
    mapping, missing = _fitted(files, mapping)
    import_id = str(uuid.uuid4())
    check_size = _check_size(files)
    tick = _Ticker(progress, cancelled, check_size + files.rows)
    state: dict[str, object] = {"report": None, "created": {}}
    mode = "valid_only" if valid_only else "all_or_nothing"
    written: dict[str, Path] = {}
    try:
        with site.unit_of_work() as session:
            # Take the write lock before the checks, so nothing can add the same records between the
            # check and the write (SQLite locks the database at a transaction's first write).
            session.execute(update(M.ImportKey).where(M.ImportKey.id == "").values(kind=M.ImportKey.kind))
            report, checker = _check(site, session, files, mapping, missing, reviewed, started_on, tick)
            state["report"] = report
            if report.invalid and not valid_only:
                raise _RollBack()
            size = max(1, checker.plan.size)
            writer = HistoryWriter(site, session, import_id, lambda: _check_cancel(cancelled, ImportCancelled),
                                   lambda done: tick.set(check_size + done * files.rows // size))
            state["created"] = writer.write(checker.plan)
            if dry_run:
                raise _RollBack()
            if stored != started_on:
                write_setting(session, STARTED_USING_SETTING, started_on.isoformat(), site.actor.account_id)
                site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=STARTED_USING_SETTING)
            site.audit(session, AuditAction.IMPORT, "history", import_id, **_audit_counts(report, state["created"]),
                       mode=mode, outcome="imported")
            if valid_only:
                for name in files.sheets:
                    sheet = report.sheet(name)
                    if any(r.status in REJECTED_STATUSES for r in sheet.rows):
                        target = rejected_path(files.table(name), Path(rejected_to) if rejected_to else None)
                        written[name] = write_rejected(files.table(name), sheet, target)
    except _RollBack:
        report = state["report"]
        refused = bool(report.invalid) and not valid_only
        _audit_outside(site, import_id, **_audit_counts(report, {}), mode=mode,
                       outcome="dry_run" if dry_run and not refused else "refused")
        return HistoryResult(report, False, dry_run, MappingProxyType(dict(state["created"])), MappingProxyType({}))
    except ImportCancelled:
        _audit_outside(site, import_id, rows=files.rows, created=0, mode=mode, outcome="cancelled")
        raise
    except BaseException:
        for path in written.values():  # the commit failed after the files were written
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    site.forget_settings()
    log.info("history import %s: %s created", import_id, dict(state["created"]))
    return HistoryResult(state["report"], True, False, MappingProxyType(dict(state["created"])),
                         MappingProxyType(written), import_id)


def _audit_counts(report: HistoryReport, created: Mapping[str, int]) -> dict:
    out: dict[str, object] = {}
    for name, _sheet in report.sheets:
        summary = report.summary(name)
        out[name] = {"rows": summary.rows, "created": int(created.get(name, 0)), "refused": summary.refused,
                     "already": summary.already, "repeats": summary.repeats}
    return out


def _audit_outside(site: SiteSession, import_id: str, **detail: object) -> None:
    """An import that wrote nothing is still recorded (its own transaction, the other was rolled back)."""
    try:
        with site.unit_of_work() as session:
            site.audit(session, AuditAction.IMPORT, "history", import_id, **detail)
    except KnownError:
        log.warning("a history import that wrote nothing could not be recorded in the audit log")
