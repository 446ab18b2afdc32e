"""Importing a site's spreadsheets safely, in the order the window and the CLI run it:

1. `read_table` (services.exchange.files) reads a CSV or .xlsx into plain rows.
2. A column mapping (services.exchange.mappings) says which column fills which field.
3. `preview` checks every row without writing (services.exchange.checking says how).
4. `run_import` does it: in ONE transaction that first takes the write lock, the rows are
   checked again and the new ones written with their import keys, through the same services the
   window uses. All or nothing, unless the person chose "only the valid rows", in which case the
   rejected rows go to a CSV with a reason column. A dry run writes everything and rolls back.
   Cancel (a callback checked between rows) rolls back too, so nothing is ever half-imported.

Every import is audited once with counts only (and each created record with its id, as a record
created in the window is).
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import update
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, NeedsServer
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.checking import (
    IMPORTED_BEFORE,
    INVALID,
    NEW,
    ON_FILE,
    POSSIBLE_MATCH,
    REJECTED_STATUSES,
    REPEAT,
    STATUSES,
    _NEW_AGENCY,
    _NEW_OFFICER,
    RowReport,
    _Classifier,
    _Row,
)
from lead_desktop.services.exchange.files import SourceRow, SourceTable, csv_file
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel, _ticker
from lead_desktop.services.participants.profile import insert_participant
from lead_desktop.services.participants.records import insert_record
from lead_desktop.services.referrals.referral import insert_referral
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import sqlfuncs

log = logging.getLogger(__name__)


class ImportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The import was canceled. Nothing was imported.")


class ImportRefusedOnServer(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The server refused this import made offline: {rows} row(s) have problems there. Nothing of it "
        "was imported; check the file and import it again.")


def _committed(result: "ImportResult") -> None:
    """An import queued offline (contacts only, all or nothing) must be imported on the server too."""
    if not result.committed:
        raise ImportRefusedOnServer(rows=result.report.invalid)


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


@queued("exchange.run_import", carries=(SourceTable, SourceRow, X.ColumnMapping), check=_committed)
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
    Raises ImportCancelled when `cancelled()` turns true: nothing is written. Working offline, only contacts
    are imported (into the queue), all or nothing: participants and referrals need the server's numbers
    and duplicate checks."""
    site.require(Permission.EDIT_PARTICIPANTS)
    if site.offline and (mapping.kind != X.CONTACTS or valid_only):
        raise NeedsServer(area="imports")
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
        if kind == X.CONTACTS:  # the file names who made each contact; a server accepts that only in an import
            sqlfuncs.declare_import(session)
        self.agencies: dict[str, str] = {}
        self.officers: dict[tuple[str | None, str, str], str] = {}

    def write(self, row: _Row) -> None:
        if self.kind == X.PARTICIPANTS:
            detail = insert_participant(self.site, self.session, row.values)
            record_id = detail.id
        elif self.kind == X.CONTACTS:
            record = insert_record(self.site, self.session, "contact", row.participant_id,
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
            agency = M.Organization(name=" ".join(name.split())[:200], kind=kind, active=True, refers_people=True,
                                    updated_by=self.site.actor.account_id)
            self.session.add(agency)
            self.session.flush()
            self.site.audit(self.session, AuditAction.CREATE, "organization", agency.id, kind=kind,
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
        referral = insert_referral(self.site, self.session, values)
        if row.outcome and row.outcome != "pending":
            referral.outcome = row.outcome
            referral.outcome_on = row.outcome_on
            if row.outcome == "enrolled":
                referral.participant_id = row.participant_id
                if referral.intake_completed_on is None and row.outcome_on is not None:
                    referral.intake_completed_on = max(row.outcome_on, referral.referred_at.date())
            self.session.flush()
        return referral.id
