"""Importing one project of an HMIS CSV export (FY2026 or FY2024, a folder or a .zip) as participants.

The same rules as a spreadsheet import (services.exchange.importing): every client is checked
first and explained; `import_hmis` writes in one transaction that first takes the write lock, all
or nothing (a client with a problem stops the whole import); a dry run does everything and rolls
back; Cancel rolls back; running the same import again creates nothing.

A client becomes a participant with their name, birth date, race and ethnicity, sex, veteran
status, disabling condition, enrollment and exit, and their prior living situation as the first
entry of their housing history. The participant is linked to the client's PersonalID (an import
key of kind "hmis_client"), which an HMIS export of this site writes back as their PersonalID. A
client already linked (or one this site exported, whose PersonalID is a participant's id) is
updated instead: what the HMIS holds replaces what differs, except that the HMIS's "data not
collected" or a blank never replaces an answer LEAD Desktop has. A client who may already be on
file (a similar name and birth date) is imported only when the person reviewed them.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import FormInvalid, validate
from lead_desktop.domain.hmis import mapping
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.checking import (
    IMPORTED_BEFORE, INVALID, NEW, ON_FILE, POSSIBLE_MATCH, REPEAT, UPDATE, RowReport, possible_match_issue,
)
from lead_desktop.services.exchange.files import SourceRow, SourceTable
from lead_desktop.services.exchange.hmis.csvio import read_export
from lead_desktop.services.exchange.hmis.people_rows import HMIS_CLIENT_KEY
from lead_desktop.services.exchange.hmis.reading import (
    DISPLAY_HEADERS, HmisClient, Project, choose_project, clients, projects,
)
from lead_desktop.services.exchange.importing import ImportCancelled, ImportReport, _audit_outside
from lead_desktop.services.exchange.matching import _People
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel, _ticker
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.participants.profile import apply_participant_changes, insert_participant
from lead_desktop.services.participants.records import insert_record
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

log = logging.getLogger(__name__)

HMIS = "hmis"  # the import's kind in reports and the audit log
HOUSING_KEY = "hmis_enrollment"  # ImportKey.kind of the housing entry an enrollment's living situation made
# The fields an HMIS export holds, which an update may change.
HMIS_FIELDS = ("first_name", "middle_name", "last_name", "name_quality", "dob", "dob_quality", "race_ethnicity",
               "sex", "gender_identity", "veteran_status", "disabling_condition", "enrolled_on", "exit_date",
               "exit_destination", "exit_destination_subsidy", "exit_reason", "status")
NOT_COLLECTED = str(mapping.DATA_NOT_COLLECTED)

LINKED_UNCHANGED = QT_TRANSLATE_NOOP("errors", "Already imported, and nothing has changed in the HMIS since.")
EXPORTED_UNCHANGED = QT_TRANSLATE_NOOP("errors", "{number} is this client; nothing differs.")
WILL_UPDATE = QT_TRANSLATE_NOOP("errors", "Updates {number}: {fields}.")
REPEATED_CLIENT = QT_TRANSLATE_NOOP("errors", "This PersonalID repeats row {row}.")


@dataclass(frozen=True)
class HmisPreview:
    """What an import of one project would do, client by client (`table` shows them as rows)."""

    version: str
    project: Project
    table: SourceTable
    report: ImportReport

    @property
    def updates(self) -> int:
        return self.report.count(UPDATE)


@dataclass(frozen=True)
class HmisImportResult:
    preview: HmisPreview
    committed: bool
    created: int  # participants created (or, in a dry run, that would have been)
    updated: int
    dry_run: bool = False
    import_id: str | None = None

    @property
    def report(self) -> ImportReport:
        return self.preview.report


@dataclass
class _Plan:
    client: HmisClient
    key: str
    clean: dict | None = None  # a new participant's values
    participant_id: str | None = None  # the linked participant
    changes: Mapping[str, object] = field(default_factory=dict)


def _label(name: str) -> str:
    return P.PARTICIPANT_FORM[name].label


class _Classifier:
    def __init__(self, session: Session, reviewed: frozenset[int]) -> None:
        self.session, self.reviewed = session, reviewed
        k = M.ImportKey
        self.linked = dict(session.execute(select(k.key, k.record_id).where(
            k.kind == HMIS_CLIENT_KEY, k.deleted_at.is_(None))).all())
        p = M.Participant
        self.numbers: dict[str, str] = {}
        self.merged: dict[str, str] = {}
        self.own: dict[str, str] = {}
        self.people = _People()
        for pid, number, merged, first, last, dob in session.execute(
                select(p.id, p.lead_number, p.merged_into_id, p.first_name, p.last_name, p.dob)
                .where(p.deleted_at.is_(None))):
            self.numbers[pid] = number
            if merged:
                self.merged[pid] = merged
            else:
                self.own[mapping.hmis_id(pid)] = pid
                self.people.add(number, [n for n in (display_name(first, last),) if n and n != "—"], dob)
        self.seen: dict[str, int] = {}

    def _alive(self, pid: str | None) -> str | None:
        seen = set()
        while pid in self.merged and pid not in seen:
            seen.add(pid)
            pid = self.merged[pid]
        return pid if pid in self.numbers else None

    def _changes(self, participant_id: str, client: HmisClient) -> dict[str, object]:
        row = self.session.get(M.Participant, participant_id)
        changes: dict[str, object] = {}
        for name in HMIS_FIELDS:
            if name not in client.values:
                continue
            new, old = client.values[name], getattr(row, name)
            if name == "race_ethnicity":
                old = [c for c in (old or "").split(",") if c]
            if new in (None, "", [NOT_COLLECTED], NOT_COLLECTED) and old not in (None, "", [], NOT_COLLECTED):
                continue  # the HMIS not knowing is no news
            if name == "exit_reason" and old and client.values.get("exit_destination") != str(mapping.DECEASED):
                continue  # the HMIS has no exit reason; LEAD Desktop's stays
            if name == "status" and new == "active":
                continue  # an enrollment still open in the HMIS: LEAD Desktop's status (and exit) stands
            if new != old:
                changes[name] = new
        return changes

    def _current(self, participant_id: str) -> dict[str, object]:
        row = self.session.get(M.Participant, participant_id)
        values = {s.name: getattr(row, s.name) for s in P.PARTICIPANT_FORM if s.name != "aliases"}
        values["race_ethnicity"] = [c for c in (row.race_ethnicity or "").split(",") if c]
        return values

    def classify(self, client: HmisClient) -> tuple[RowReport, _Plan | None]:
        number, warnings = client.number, tuple(client.warnings)
        if client.problems:
            return RowReport(number, INVALID, tuple(client.problems), warnings), None
        key = X.external_key(HMIS_CLIENT_KEY, client.personal_id)
        if key in self.seen:
            return RowReport(number, REPEAT, (X.RowIssue(REPEATED_CLIENT, {"row": self.seen[key]}),), warnings), None
        self.seen[key] = number
        linked = self._alive(self.linked.get(key))
        own = linked is None and client.personal_id in self.own
        participant_id = linked or (self.own.get(client.personal_id) if own else None)
        if participant_id is not None:
            lead_number = self.numbers[participant_id]
            changes = self._changes(participant_id, client)
            if not changes:
                issue = X.RowIssue(EXPORTED_UNCHANGED, {"number": lead_number}) if own else X.RowIssue(LINKED_UNCHANGED)
                return RowReport(number, ON_FILE if own else IMPORTED_BEFORE, (issue,), warnings, (lead_number,),
                                 participant_id), _Plan(client, key, participant_id=participant_id)
            try:
                validate(P.PARTICIPANT_FORM, {**self._current(participant_id), **changes})
            except FormInvalid as invalid:
                return RowReport(number, INVALID, tuple(X.issue_from(p) for p in invalid.problems.values()),
                                 warnings, (lead_number,), participant_id), None
            fields = tuple(_label(name) for name in changes)
            return (RowReport(number, UPDATE, (X.RowIssue(WILL_UPDATE, {"number": lead_number, "fields": fields}),),
                              warnings, (lead_number,), participant_id),
                    _Plan(client, key, participant_id=participant_id, changes=MappingProxyType(changes)))
        try:
            clean = validate(P.PARTICIPANT_FORM, {**{s.name: s.default for s in P.PARTICIPANT_FORM
                                                      if s.default is not None},
                                                   **{k: v for k, v in client.values.items() if v is not None}})
        except FormInvalid as invalid:
            return RowReport(number, INVALID, tuple(X.issue_from(p) for p in invalid.problems.values()),
                             warnings), None
        names = [n for n in (display_name(clean.get("first_name"), clean.get("last_name")),) if n and n != "—"]
        matches = self.people.matches(names, clean.get("dob"))
        self.people.add(f"row {number}", names, clean.get("dob"))
        if matches and number not in self.reviewed:
            return RowReport(number, POSSIBLE_MATCH, (possible_match_issue(matches),), warnings,
                             tuple(ref for ref, _ in matches)), None
        return RowReport(number, NEW, (), warnings), _Plan(client, key, clean=clean)


def hmis_projects(site: SiteSession, path: str | Path) -> tuple[str, list[Project]]:
    """The export's version and the projects it has enrollments in, to choose one to import."""
    site.require(Permission.EDIT_PARTICIPANTS)
    files = read_export(path)
    return files.version, projects(files)


def _read(path: str | Path, project_id: str | None) -> tuple[str, Project, list[HmisClient], SourceTable]:
    files = read_export(path)
    project = choose_project(files, project_id)
    found = clients(files, project)
    table = SourceTable(files.path, "hmis", DISPLAY_HEADERS,
                        tuple(SourceRow(c.number, c.display) for c in found))
    return files.version, project, found, table


def _classify(session: Session, found: list[HmisClient], reviewed: Sequence[int], cancelled: Cancelled | None,
              progress: Progress | None) -> tuple[list[RowReport], list[_Plan]]:
    classifier = _Classifier(session, frozenset(reviewed))
    reports, plans = [], []
    tick = _ticker(progress, len(found))
    for done, client in enumerate(found, start=1):
        _check_cancel(cancelled, ImportCancelled)
        report, plan = classifier.classify(client)
        reports.append(report)
        if plan is not None:
            plans.append(plan)
        tick(done)
    return reports, plans


def preview_hmis(site: SiteSession, path: str | Path, *, project_id: str | None = None, reviewed: Sequence[int] = (),
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> HmisPreview:
    """Every client of the project and what an import would do with them, writing nothing. Raises
    NotAnHmisExport, ChooseProject (several projects and none chosen) or NoSuchProject."""
    site.require(Permission.EDIT_PARTICIPANTS)
    version, project, found, table = _read(path, project_id)
    with site.unit_of_work() as session:
        reports, _plans = _classify(session, found, reviewed, cancelled, progress)
        session.rollback()
    return HmisPreview(version, project, table, ImportReport(HMIS, tuple(reports)))


class _RollBack(Exception):
    pass


def _housing(site: SiteSession, session: Session, plan: _Plan, participant_id: str, import_id: str) -> None:
    """The enrollment's prior living situation as a housing entry, once (an import key per enrollment)."""
    client = plan.client
    if client.living_situation is None or not client.enrollment_id:
        return
    key = X.external_key(HOUSING_KEY, client.enrollment_id)
    k, h = M.ImportKey, M.HousingStatus
    if session.scalar(select(k.id).where(k.kind == HOUSING_KEY, k.key == key)) is not None:
        return
    day = client.values["enrolled_on"]
    if session.scalar(select(h.id).where(h.participant_id == participant_id, h.effective_on == day,
                                         h.deleted_at.is_(None))) is not None:
        return
    record = insert_record(site, session, "housing", participant_id, {
        "effective_on": day, "living_situation": client.living_situation, "subsidy_type": client.subsidy})
    session.add(M.ImportKey(kind=HOUSING_KEY, key=key, record_id=record.id, import_id=import_id,
                            external_id=client.enrollment_id[:100], updated_by=site.actor.account_id))


def import_hmis(site: SiteSession, path: str | Path, *, project_id: str | None = None, reviewed: Sequence[int] = (),
                dry_run: bool = False, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> HmisImportResult:
    """Import in one transaction, all or nothing. Raises ImportCancelled when `cancelled()` turns true."""
    site.require(Permission.EDIT_PARTICIPANTS)
    version, project, found, table = _read(path, project_id)
    import_id = str(uuid.uuid4())
    state: dict[str, object] = {}

    def stage(offset: int) -> Progress | None:
        return None if progress is None else (lambda done, _total: progress(offset + done, 2 * len(found)))

    try:
        with site.unit_of_work() as session:
            session.execute(update(M.ImportKey).where(M.ImportKey.id == "").values(kind=M.ImportKey.kind))
            reports, plans = _classify(session, found, reviewed, cancelled, stage(0))
            preview = state["preview"] = HmisPreview(version, project, table, ImportReport(HMIS, tuple(reports)))
            if preview.report.invalid:
                raise _RollBack()
            created = updated = 0
            tick = _ticker(stage(len(found)), len(plans))
            for done, plan in enumerate(plans, start=1):
                _check_cancel(cancelled, ImportCancelled)
                if plan.clean is not None:
                    participant_id = insert_participant(site, session, plan.clean).id
                    session.add(M.ImportKey(kind=HMIS_CLIENT_KEY, key=plan.key, record_id=participant_id,
                                            import_id=import_id, external_id=plan.client.personal_id[:100],
                                            updated_by=site.actor.account_id))
                    created += 1
                else:
                    participant_id = plan.participant_id
                    if plan.changes:
                        apply_participant_changes(site, session, participant_id, dict(plan.changes))
                        updated += 1
                _housing(site, session, plan, participant_id, import_id)
                session.flush()
                tick(done)
            state.update(created=created, updated=updated)
            if dry_run:
                raise _RollBack()
            site.audit(session, AuditAction.IMPORT, HMIS, import_id, **_counts(preview, created, updated),
                       version=version, outcome="imported")
    except _RollBack:
        preview = state["preview"]
        created, updated = int(state.get("created", 0)), int(state.get("updated", 0))
        refused = bool(preview.report.invalid)
        _audit_outside(site, HMIS, import_id, **_counts(preview, 0, 0), version=version,
                       outcome="refused" if refused else "dry_run")
        return HmisImportResult(preview, False, 0 if refused else created, 0 if refused else updated, dry_run)
    except ImportCancelled:
        _audit_outside(site, HMIS, import_id, rows=len(found), created=0, outcome="cancelled")
        raise
    log.info("hmis import %s: %d created, %d updated", import_id, state["created"], state["updated"])
    return HmisImportResult(state["preview"], True, int(state["created"]), int(state["updated"]), False, import_id)


def _counts(preview: HmisPreview, created: int, updated: int) -> dict[str, int]:
    counts = preview.report.counts
    return {"rows": len(preview.report.rows), "created": created, "updated": updated, "invalid": counts[INVALID],
            "possible_matches": counts[POSSIBLE_MATCH], "imported_before": counts[IMPORTED_BEFORE],
            "on_file": counts[ON_FILE], "repeats": counts[REPEAT]}
