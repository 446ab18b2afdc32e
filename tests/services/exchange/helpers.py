"""Small builders the exchange tests (and the window's) share: spreadsheets written byte for byte
as the spreadsheet programs write them, and an import of one."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

HEADER = ["Client ID", "First Name", "Last Name", "DOB", "Sex", "Race", "Enrollment Date", "Note"]
MODELS = {"participants": M.Participant, "contacts": M.Contact, "referrals": M.Referral}


def rows_of(site: SiteSession, kind: str = "participants") -> int:
    with site.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(MODELS[kind])) or 0


def csv_bytes(rows: list[list[object]], *, delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", **kwargs: object) -> Path:
    path.write_bytes(csv_bytes(rows, **kwargs).encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, formulas: dict[str, str] | None = None,
               texts: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "People"
    for row in rows:
        sheet.append(row)
    for ref, formula in (formulas or {}).items():
        sheet[ref] = formula  # a real formula cell; openpyxl stores no calculated result
    for ref, text in (texts or {}).items():
        sheet[ref] = text
        sheet[ref].data_type = "s"  # text that spells a formula, as a cell typed with a leading quote
    book.save(path)
    return path


def person_row(cid: str, first: str, last: str, dob: str = "04/12/1979", enrolled: str = "01/15/2024",
               note: str = "") -> list[str]:
    return [cid, first, last, dob, "Male", "White", enrolled, note]


def load(path: Path, kind: str = "participants", **kwargs: object) -> tuple[ex.SourceTable, X.ColumnMapping]:
    table = ex.read_table(path, **kwargs)
    return table, ex.suggest_mapping(kind, table.headers)


def import_file(site: SiteSession, path: Path, kind: str = "participants", **kwargs: object) -> ex.ImportResult:
    table, mapping = load(path, kind)
    return ex.run_import(site, table, mapping, **kwargs)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# ----- a site's history (issue 16) ------------------------------------------------------------------

HISTORY = Path(__file__).resolve().parents[3] / "samples" / "history"
PEOPLE_HEADER = ["Client ID", "First Name", "Last Name", "DOB", "Sex", "Race", "Status"]
REFERRAL_HEADER = ["Client ID", "Referral Date", "Pathway", "Agency", "Officer", "Offense", "Outcome", "Outcome Date"]
CONTACT_HEADER = ["Client ID", "Contact Date", "Type", "Minutes", "Note"]


def write_history(folder: Path, people: list[list[object]], referrals: list[list[object]],
                  contacts: list[list[object]] | None = None) -> ex.HistoryFiles:
    """Three small CSV files with the headers above, read back as a history."""
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(folder / "people.csv", [PEOPLE_HEADER, *people])
    write_csv(folder / "referrals.csv", [REFERRAL_HEADER, *referrals])
    if contacts is not None:
        write_csv(folder / "contacts.csv", [CONTACT_HEADER, *contacts])
    return ex.read_history(folder / "people.csv", folder / "referrals.csv",
                           folder / "contacts.csv" if contacts is not None else None)


def history_mapping(files: ex.HistoryFiles, **choices: object) -> X.HistoryMapping:
    mapping = X.suggest_history_mapping(files.people.headers, files.referrals.headers,
                                        files.contacts.headers if files.contacts else ())
    return X.HistoryMapping(mapping.people, mapping.referrals, mapping.contacts, **choices)


def sample_history() -> ex.HistoryFiles:
    return ex.read_history(HISTORY / "people.csv", HISTORY / "referrals.csv", HISTORY / "contacts.csv")


def statuses(report: ex.HistoryReport, sheet: str) -> dict[int, str]:
    return {row.number: row.status for row in report.sheet(sheet).rows}


def counts(site: SiteSession) -> tuple[int, int, int]:
    return rows_of(site, "participants"), rows_of(site, "referrals"), rows_of(site, "contacts")
