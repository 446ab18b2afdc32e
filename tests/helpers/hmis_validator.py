"""A strict reader of HMIS CSV FY2026 exports, as an HMIS importer reads them: every problem it would
refuse a file or a row for, in plain lines (an empty list when the export loads).

Written from the specification (the copy in lead_desktop.domain.hmis) and what HMIS importers check
before loading a row, independently of the exporter's code: the bytes (UTF-8 without a byte-order
mark, CRLF), each file's header, each cell's type, length and list, required cells, "null unless"
rules, the dependent answers the issue asks for (a subsidy type beside 435, EnrollmentCoC for a
head of household), dates in order, one ExportID, unique keys, and every key resolving.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from lead_desktop.domain.hmis import codes, spec
from lead_desktop.domain.hmis.model import DATE, INTEGER, MONEY, STRING, TIMESTAMP

_INTEGER = re.compile(r"-?[0-9]+")
_MONEY = re.compile(r"-?[0-9]+(\.[0-9]{1,2})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}")
# Each key and the file whose first column it is.
KEYS = {"ExportID": "Export.csv", "OrganizationID": "Organization.csv", "UserID": "User.csv",
        "ProjectID": "Project.csv", "PersonalID": "Client.csv", "EnrollmentID": "Enrollment.csv"}
# The dependent answers HUD requires where their condition holds (the list has no "not collected").
DEPENDENT = {("Exit.csv", "DestinationSubsidyType"): "Destination",
             ("Enrollment.csv", "RentalSubsidyType"): "LivingSituation",
             ("CurrentLivingSituation.csv", "CLSSubsidyType"): "CurrentLivingSituation"}


def files_of(path: Path) -> dict[str, bytes]:
    """File name → bytes, for a folder or a .zip."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    return {p.name: p.read_bytes() for p in path.iterdir() if p.is_file()}


def read_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    return {name: list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
            for name, data in files_of(path).items()}


def _cell_problems(where: str, column, value: str, row: dict[str, str], file_name: str) -> list[str]:  # noqa: ANN001
    if value == "":
        return [] if column.nullable else [f"{where}: required, blank"]
    out = []
    if not spec.may_have_value(file_name, column.name, row):
        out.append(f"{where}: must be blank here ({value!r})")
    if column.type == INTEGER and not _INTEGER.fullmatch(value):
        out.append(f"{where}: not an integer ({value!r})")
    elif column.type == MONEY and not _MONEY.fullmatch(value):
        out.append(f"{where}: not money ({value!r})")
    elif column.type == DATE:
        try:
            assert _DATE.fullmatch(value)
            date.fromisoformat(value)
        except (AssertionError, ValueError):
            out.append(f"{where}: not a date YYYY-MM-DD ({value!r})")
    elif column.type == TIMESTAMP:
        try:
            assert _TIMESTAMP.fullmatch(value)
            datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except (AssertionError, ValueError):
            out.append(f"{where}: not a timestamp YYYY-MM-DD HH:MM:SS ({value!r})")
    elif column.type == STRING:
        limit = spec.UNHASHED_MAX_LENGTH.get(column.name, column.max_length)
        if len(value) > limit:
            out.append(f"{where}: longer than {limit} ({len(value)})")
        if value != value.strip() or "\n" in value or "\r" in value:
            out.append(f"{where}: stray whitespace or a line break")
    list_name = spec.list_for(file_name, column.name, row)
    if list_name and not codes.is_valid_code(list_name, value):
        out.append(f"{where}: {value!r} is not on list {list_name}")
    return out


def validate_export(path: Path) -> list[str]:
    """Every problem an HMIS importer would find in the export at `path` (folder or .zip)."""
    problems: list[str] = []
    raw = files_of(path)
    tables: dict[str, list[dict[str, str]]] = {}
    for name, data in raw.items():
        if name not in spec.FILES:
            problems.append(f"{name}: not a file of the specification")
            continue
        if data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{name}: has a byte-order mark")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: not UTF-8")
            continue
        if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r") or not text.endswith("\r\n"):
            problems.append(f"{name}: lines not ended by CRLF")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = tuple(rows[0]) if rows else ()
        if header != spec.columns(name):
            problems.append(f"{name}: header is not the specification's columns in order")
            continue
        table = []
        for line, cells in enumerate(rows[1:], start=2):
            if len(cells) != len(header):
                problems.append(f"{name} line {line}: {len(cells)} cells for {len(header)} columns")
                continue
            row = dict(zip(header, cells))
            table.append(row)
            for column in (spec.column(name, c) for c in header):
                problems += _cell_problems(f"{name} line {line} {column.name}", column, row[column.name], row, name)
            for (file_name, dependent), condition in DEPENDENT.items():
                if file_name == name and row[condition] == str(codes.RENTAL_WITH_ONGOING_SUBSIDY) and not row[dependent]:
                    problems.append(f"{name} line {line}: {condition} 435 without {dependent}")
        tables[name] = table
    for needed in ("Export.csv", "Organization.csv", "User.csv", "Project.csv", "Client.csv", "Enrollment.csv"):
        if needed not in tables:
            problems.append(f"{needed}: missing")
    if problems:
        return problems
    return problems + _relations(tables)


def _relations(tables: dict[str, list[dict[str, str]]]) -> list[str]:
    problems = []
    export = tables["Export.csv"]
    if len(export) != 1:
        return [f"Export.csv: {len(export)} rows, not 1"]
    export_id = export[0]["ExportID"]
    keys: dict[str, set[str]] = {}
    for key, file_name in KEYS.items():
        values = [row[key] for row in tables.get(file_name, [])]
        if len(values) != len(set(values)):
            problems.append(f"{file_name}: {key} repeats")
        keys[key] = set(values)
    for name, rows in tables.items():
        first = spec.columns(name)[0]
        if len({row[first] for row in rows}) != len(rows):
            problems.append(f"{name}: {first} repeats")
        for index, row in enumerate(rows, start=2):
            if row.get("ExportID", export_id) != export_id:
                problems.append(f"{name} line {index}: another ExportID")
            for key, file_name in KEYS.items():
                if key in row and name != file_name and row[key] and row[key] not in keys[key]:
                    problems.append(f"{name} line {index}: {key} {row[key]} is in no row of {file_name}")
            if row.get("DateCreated") and row.get("DateUpdated") and row["DateUpdated"] < row["DateCreated"]:
                problems.append(f"{name} line {index}: updated before created")
    end = export[0]["ExportEndDate"]
    enrollments = {row["EnrollmentID"]: row for row in tables["Enrollment.csv"]}
    coc = defaultdict(set)
    for row in tables.get("ProjectCoC.csv", []):
        coc[row["ProjectID"]].add(row["CoCCode"])
    heads = defaultdict(int)
    births = {row["PersonalID"]: row["DOB"] for row in tables["Client.csv"]}
    for row in tables["Client.csv"]:
        if (row["DOB"] != "") != (row["DOBDataQuality"] in ("1", "2")):
            problems.append(f"Client.csv {row['PersonalID']}: DOB and DOBDataQuality disagree")
    for row in enrollments.values():
        if row["RelationshipToHoH"] == "1":
            heads[row["HouseholdID"]] += 1
            if row["EnrollmentCoC"] not in coc[row["ProjectID"]]:
                problems.append(f"Enrollment.csv {row['EnrollmentID']}: EnrollmentCoC is not the project's CoC")
        if row["EntryDate"] > end or (births[row["PersonalID"]] and births[row["PersonalID"]] > row["EntryDate"]):
            problems.append(f"Enrollment.csv {row['EnrollmentID']}: EntryDate out of order")
    for household in {row["HouseholdID"] for row in enrollments.values()}:
        if heads[household] != 1:
            problems.append(f"household {household}: {heads[household]} heads")
    exits = defaultdict(int)
    for row in tables.get("Exit.csv", []):
        enrollment = enrollments.get(row["EnrollmentID"])
        exits[row["EnrollmentID"]] += 1
        if enrollment is None or enrollment["PersonalID"] != row["PersonalID"]:
            problems.append(f"Exit.csv {row['ExitID']}: not the enrollment's client")
        elif not enrollment["EntryDate"] <= row["ExitDate"] <= end:
            problems.append(f"Exit.csv {row['ExitID']}: ExitDate out of order")
    problems += [f"Enrollment.csv {e}: {n} exits" for e, n in exits.items() if n > 1]
    exit_days = {row["EnrollmentID"]: row["ExitDate"] for row in tables.get("Exit.csv", [])}
    for name, day in (("CurrentLivingSituation.csv", "InformationDate"), ("Services.csv", "DateProvided")):
        for row in tables.get(name, []):
            enrollment = enrollments.get(row["EnrollmentID"])
            if enrollment is None or enrollment["PersonalID"] != row["PersonalID"]:
                problems.append(f"{name} {row[spec.columns(name)[0]]}: not the enrollment's client")
            elif not enrollment["EntryDate"] <= row[day] <= exit_days.get(row["EnrollmentID"], end):
                problems.append(f"{name} {row[spec.columns(name)[0]]}: {day} outside the enrollment")
    return problems
