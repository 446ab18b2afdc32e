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
