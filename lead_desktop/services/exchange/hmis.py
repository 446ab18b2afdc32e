"""The HMIS CSV export: Client.csv, Enrollment.csv and Exit.csv (HMIS CSV column names, FY2026
codes) into a new folder, or into a .zip. See domain.exchange.HMIS_BLANK_NOTE for what stays blank."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.export import ExportCancelled, ExportResult, _stream
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.atomic import staged_file, staged_folder


class ExportFolderNotEmpty(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The folder {folder} is not empty. Choose a new or empty folder, or a .zip file name."
    )


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
            with staged_file(target, make_folder=True) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for step, (name, columns, rows) in enumerate(tables, start=1):
                    with archive.open(name, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
                        files.append((name, _write_hmis_csv(text, columns, rows)))
                    if progress is not None:
                        progress(step, 3)
        else:
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                raise ExportFolderNotEmpty(folder=str(target))
            with staged_folder(target) as folder:
                for step, (name, columns, rows) in enumerate(tables, start=1):
                    with open(folder / name, "w", encoding="utf-8", newline="") as text:
                        files.append((name, _write_hmis_csv(text, columns, rows)))
                    if progress is not None:
                        progress(step, 3)
        site.audit(session, AuditAction.EXPORT, "hmis", str(export_uuid), rows=files[0][1] if files else 0,
                   files={name: n for name, n in files}, format="zip" if target.suffix.lower() == ".zip" else "folder")
    return ExportResult(target, files[0][1] if files else 0, tuple(files))
