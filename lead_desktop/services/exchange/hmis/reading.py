"""An HMIS CSV export (FY2026 or FY2024) read as the participants one of its projects would become.

For each client with an enrollment in the project (the latest, when there are several, with its
exit): the participant form's values in LEAD Desktop's codes (domain.hmis.mapping), the prior
living situation for the housing history, and the reasons a value cannot be taken: a date not
written YYYY-MM-DD, a code not on its list. Deleted records (DateDeleted) are passed over. Nothing
here touches the database; hmis.importing decides what becomes of each client.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.hmis import mapping, spec
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.exchange.hmis.csvio import HmisFiles

BAD_DATE = QT_TRANSLATE_NOOP("errors", "{file} {column}: “{value}” is not a date written YYYY-MM-DD.")
OFF_LIST = QT_TRANSLATE_NOOP("errors", "{file} {column}: “{value}” is not one of the HMIS CSV codes for it.")
EARLIER_ENROLLMENTS = QT_TRANSLATE_NOOP(
    "errors", "{count} earlier enrollments of this client in the project are not imported; the latest is.")


class ChooseProject(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The export holds several projects: choose the one to import ({projects}).")


class NoSuchProject(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "The export has no enrollments in a project with the ID {project}.")


@dataclass(frozen=True)
class Project:
    id: str
    name: str
    enrollments: int


@dataclass
class HmisClient:
    number: int  # the client's line in Client.csv
    personal_id: str
    enrollment_id: str
    values: dict  # participant form values
    living_situation: str | None = None  # the prior living situation, for the housing history
    subsidy: str | None = None
    problems: list[X.RowIssue] = field(default_factory=list)
    warnings: list[X.RowIssue] = field(default_factory=list)

    @property
    def display(self) -> tuple[str, str, str, str, str, str]:
        v = self.values
        return (self.personal_id, v.get("first_name") or "", v.get("last_name") or "",
                _iso(v.get("dob")), _iso(v.get("enrolled_on")), _iso(v.get("exit_date")))


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2})?")  # a timestamp's day is taken too
DISPLAY_HEADERS = ("PersonalID", "FirstName", "LastName", "DOB", "EntryDate", "ExitDate")


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _live(rows):  # noqa: ANN001, ANN202 - (line, row) pairs
    return [(line, row) for line, row in rows if not row.get("DateDeleted")]


def projects(files: HmisFiles) -> list[Project]:
    """The export's projects that have enrollments, by name."""
    names = {row.get("ProjectID", ""): row.get("ProjectName", "") for _line, row in files.rows("Project.csv")}
    counts = Counter(row.get("ProjectID", "") for _line, row in _live(files.rows("Enrollment.csv")))
    return sorted((Project(pid, names.get(pid, ""), n) for pid, n in counts.items() if pid),
                  key=lambda p: (p.name.casefold(), p.id))


def choose_project(files: HmisFiles, project_id: str | None) -> Project:
    found = projects(files)
    if project_id is not None:
        match = next((p for p in found if p.id == project_id.strip()), None)
        if match is None:
            raise NoSuchProject(project=project_id[:40])
        return match
    if len(found) == 1:
        return found[0]
    if not found:
        raise NoSuchProject(project="")
    raise ChooseProject(projects=", ".join(f"{p.id} ({p.name})" if p.name else p.id for p in found[:20]))


class _Cells:
    """One row's cells, read and checked against the specification's column, problems collected."""

    def __init__(self, file_name: str, row: dict[str, str], version: str, problems: list[X.RowIssue]) -> None:
        self.file, self.row, self.version, self.problems = file_name, row, version, problems

    def text(self, column: str, limit: int = 80) -> str | None:
        value = (self.row.get(column) or "").strip()
        return value[:limit] or None

    def day(self, column: str) -> date | None:
        value = (self.row.get(column) or "").strip()
        if not value:
            return None
        try:
            if not _DATE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value[:10])
        except ValueError:
            self.problems.append(X.RowIssue(BAD_DATE, {"file": self.file, "column": column, "value": value[:20]},
                                            column))
            return None

    def code(self, column: str) -> str:
        """The answer as LEAD Desktop stores it; 99 for a blank cell; a problem when off the list."""
        value = (self.row.get(column) or "").strip()
        list_name = spec.column(self.file, column, self.version).code_list
        if value and not mapping.is_on(list_name, value):
            self.problems.append(X.RowIssue(OFF_LIST, {"file": self.file, "column": column, "value": value[:20]},
                                            column))
        return mapping.answer_from(list_name, value)


def _latest(rows, project_id: str) -> dict[str, tuple[int, dict[str, str], int]]:  # noqa: ANN001
    """PersonalID → (line, enrollment, how many earlier ones) of the project's latest enrollment."""
    by_person: dict[str, list[tuple[str, int, dict[str, str]]]] = {}
    for line, row in _live(rows):
        if row.get("ProjectID", "") == project_id and row.get("PersonalID"):
            by_person.setdefault(row["PersonalID"], []).append((row.get("EntryDate", ""), line, row))
    out = {}
    for pid, enrollments in by_person.items():
        enrollments.sort(key=lambda e: (e[0], e[1]))
        _entry, line, row = enrollments[-1]
        out[pid] = (line, row, len(enrollments) - 1)
    return out


def clients(files: HmisFiles, project: Project) -> list[HmisClient]:
    """Every client of the project, in Client.csv's order, as a participant would hold them."""
    version = files.version
    enrollments = _latest(files.rows("Enrollment.csv"), project.id)
    exits: dict[str, dict[str, str]] = {}
    for _line, row in _live(files.rows("Exit.csv")):
        exits[row.get("EnrollmentID", "")] = row
    out = []
    for line, row in _live(files.rows("Client.csv")):
        pid = (row.get("PersonalID") or "").strip()
        if pid not in enrollments:
            continue
        _eline, enrollment, earlier = enrollments.pop(pid)
        problems: list[X.RowIssue] = []
        c = _Cells("Client.csv", row, version, problems)
        e = _Cells("Enrollment.csv", enrollment, version, problems)
        values = {
            "first_name": c.text("FirstName"), "middle_name": c.text("MiddleName"), "last_name": c.text("LastName"),
            "name_quality": c.code("NameDataQuality"), "dob": c.day("DOB"), "dob_quality": c.code("DOBDataQuality"),
            "race_ethnicity": mapping.race_from(row, version),
            "sex": c.code("Sex") if version == "2026" else str(mapping.DATA_NOT_COLLECTED),
            "veteran_status": c.code("VeteranStatus"), "disabling_condition": e.code("DisablingCondition"),
            "enrolled_on": e.day("EntryDate"), "status": "active",
        }
        for column in mapping.race_column_names(version):
            c.code(column)  # checked only: race_from reads them
        if version == "2024":
            values["gender_identity"] = mapping.genders_from(row) or None
        exit_row = exits.get(enrollment.get("EnrollmentID", ""))
        if exit_row is not None:
            x = _Cells("Exit.csv", exit_row, version, problems)
            destination = x.code("Destination")
            values.update(exit_date=x.day("ExitDate"), exit_destination=destination,
                          exit_destination_subsidy=mapping.subsidy_from(destination,
                                                                        exit_row.get("DestinationSubsidyType")),
                          exit_reason="deceased" if destination == str(mapping.DECEASED) else "other",
                          status="exited")
        e.code("LivingSituation")
        situation = mapping.living_situation_from(enrollment.get("LivingSituation"))
        client = HmisClient(line, pid, enrollment.get("EnrollmentID", ""), values, situation,
                            mapping.subsidy_from(situation, enrollment.get("RentalSubsidyType")), problems)
        if earlier:
            client.warnings.append(X.RowIssue(EARLIER_ENROLLMENTS, {"count": earlier}))
        out.append(client)
    return out
