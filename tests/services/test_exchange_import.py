"""Importing spreadsheets: every file shape a site hands over, all-or-nothing, re-runs, matches, cancel.

Files are written to disk byte for byte as the spreadsheet programs write them, read back with
services.exchange.files, and imported into a real encrypted site. test_exchange_export.py
borrows the small helpers defined here.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.helpers import sites as site_helpers
from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from lead_desktop.services.exchange.files import FileUnreadable
from lead_desktop.storage import models as M

HEADER = ["Client ID", "First Name", "Last Name", "DOB", "Sex", "Race", "Enrollment Date", "Note"]
MODELS = {"participants": M.Participant, "contacts": M.Contact, "referrals": M.Referral}


def rows_of(site: sites.SiteSession, kind: str = "participants") -> int:
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


def import_file(site: sites.SiteSession, path: Path, kind: str = "participants", **kwargs: object) -> ex.ImportResult:
    table, mapping = load(path, kind)
    return ex.run_import(site, table, mapping, **kwargs)


@pytest.fixture
def people_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "people.csv", [
        HEADER,
        person_row("C-1", "Marcus", "Okafor"),
        person_row("C-2", "Rosa", "Delgado", "11/03/1985"),
        person_row("C-3", "James", "Whitfield", "1968-07-30"),
    ])


# ----- encodings and file shapes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("cp1252", b"", "cp1252"),  # what Excel on Windows saves as "CSV"
        ("utf-16-le", b"", "utf-16-le"),  # UTF-16 without its byte-order mark
    ],
)
def test_encodings_are_recognised_and_accents_survive(new_site, tmp_path, encoding, bom, reported):
    rows = [HEADER, person_row("C-1", "José", "Peña"), person_row("C-2", "Zoë", "Ångström")]
    path = tmp_path / "people.csv"
    path.write_bytes(bom + csv_bytes(rows).encode(encoding))
    table = ex.read_table(path)
    assert table.encoding == reported
    assert table.headers[0] == "Client ID"  # no BOM left on the first header
    result = import_file(new_site, path)
    assert result.committed and result.created == 2
    names = {(r.name) for r in ps.list_participants(new_site).rows}
    assert names == {"José Peña", "Zoë Ångström"}


def test_a_binary_file_and_an_old_excel_file_are_refused_in_plain_words(tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(FileUnreadable) as caught:
        ex.read_table(binary)
    assert "not a CSV" in caught.value.message or "encoding" in caught.value.message
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(FileUnreadable) as caught:
        ex.read_table(xls)
    assert ".xls" in caught.value.message
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(FileUnreadable):
        ex.read_table(broken)
    with pytest.raises(FileUnreadable) as caught:
        ex.read_table(tmp_path / "missing.csv")
    assert "does not exist" in caught.value.message
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n , ,\n", encoding="utf-8")
    with pytest.raises(FileUnreadable) as caught:
        ex.read_table(empty)
    assert "no rows" in caught.value.message


def test_semicolons_and_day_first_dates_from_a_european_excel(new_site, tmp_path):
    path = write_csv(tmp_path / "eu.csv", [HEADER, person_row("C-1", "Ana", "Silva", "31/03/1980", "15/01/2024")],
                     delimiter=";")
    table = ex.read_table(path)
    assert table.delimiter == ";"
    mapping = ex.suggest_mapping("participants", table.headers, X.DAY_FIRST)
    result = ex.run_import(new_site, table, mapping)
    assert result.committed
    detail = ps.get_participant(new_site, ps.list_participants(new_site).rows[0].id)
    assert detail.values["dob"] == date(1980, 3, 31) and detail.values["enrolled_on"] == date(2024, 1, 15)


def test_quoted_newlines_stay_inside_their_cell_and_rows_keep_spreadsheet_numbers(new_site, tmp_path):
    people = write_csv(tmp_path / "people.csv", [HEADER, person_row("C-1", "Marcus", "Okafor")])
    assert import_file(new_site, people).committed
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Client ID,Date,Type,Note\r\n"
        'C-1,01/16/2024 10:30,Office,"First line\r\nsecond line, with a comma\r\nand a ""quote"""\r\n'
        "C-1,13/45/2024,Office,bad date\r\n",
        encoding="utf-8",
    )
    table, mapping = load(path, "contacts")
    assert [r.number for r in table.rows] == [2, 3]
    result = ex.run_import(new_site, table, mapping, valid_only=True, rejected_to=tmp_path / "rejected.csv")
    assert result.created == 1
    pid = ps.list_participants(new_site).rows[0].id
    note = ps.list_records(new_site, "contact", pid)[0].values["note"]
    assert note == 'First line\nsecond line, with a comma\nand a "quote"'  # line breaks kept, CR dropped by the form
    assert result.report.row(3).status == ex.INVALID


def test_missing_columns_and_unmapped_required_fields_are_reported_per_row(new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["First Name", "Last Name"], ["Marcus", "Okafor"], ["Rosa", "Delgado"]])
    table = ex.read_table(path)
    saved = X.ColumnMapping("participants", (("First Name", "first_name"), ("Last Name", "last_name"),
                                             ("Start", "enrolled_on")))
    report = ex.preview(new_site, table, saved)
    assert report.missing_columns == ("Start",)
    assert report.unmapped_required == ("Enrolment date",)
    assert report.invalid == 2
    assert all("Enrolment date is required." in r.reasons for r in report.rows)
    result = ex.run_import(new_site, table, saved)
    assert not result.committed and rows_of(new_site) == 0


def test_extra_columns_are_ignored_and_extra_cells_noted(new_site, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "Client ID,First Name,Last Name,Shoe size,Enrollment Date,,\r\n"
        "C-1,Marcus,Okafor,44,01/15/2024\r\n"
        "C-2,Rosa,Delgado,38,02/02/2024,,stray cell,another\r\n"
        "\r\n"
        ",,,,\r\n",
        encoding="utf-8",
    )
    table, mapping = load(path)
    assert table.headers == ("Client ID", "First Name", "Last Name", "Shoe size", "Enrollment Date")
    assert len(table.rows) == 2  # blank lines are skipped
    assert mapping.target_of("Shoe size") == ""
    result = ex.run_import(new_site, table, mapping)
    assert result.committed and result.created == 2
    assert [w.template for w in result.report.row(3).warnings] == [X.EXTRA_CELLS]
    assert result.report.row(3).warnings[0].params == {"count": 2}


def test_a_100000_character_cell_is_a_plain_reason_not_a_crash(new_site, tmp_path):
    huge = "x" * 100_000
    path = write_csv(tmp_path / "people.csv", [
        HEADER + ["Where to find"],
        person_row("C-1", "Marcus", "Okafor") + [huge],
        person_row("C-2", huge, "Delgado") + [""],
        person_row("C-3", "Rosa", "Delgado") + ["Day shelter"],
    ])
    table, mapping = load(path)
    result = ex.run_import(new_site, table, mapping, valid_only=True, rejected_to=tmp_path / "out.csv")
    assert result.created == 1
    assert "at most 2000 characters" in result.report.row(2).reasons
    assert "at most 80 characters" in result.report.row(3).reasons
    assert huge not in result.report.row(2).reasons  # reasons never repeat the cell
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert rejected[0][-2:] == ["Row", "Reason"]
    assert [r[-2] for r in rejected[1:]] == ["2", "3"]
    assert rejected[1][-3] == huge  # the rejected file keeps the row as it came


def test_formula_cells_in_csv_and_excel(new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        HEADER,
        person_row("C-1", '=HYPERLINK("http://example.invalid","click")', "Okafor"),
        person_row("C-2", "Rosa", "Delgado", note="=== first visit ==="),
        person_row("C-3", "'=Jim", "Whitfield"),  # quoted by a previous export: a name, not a formula
    ])
    report = ex.preview(new_site, *load(path))
    assert report.row(2).status == ex.INVALID
    assert report.row(2).problems[0].template == X.FORMULA_REASON
    assert report.row(3).status == ex.NEW and report.row(4).status == ex.NEW

    book = write_xlsx(tmp_path / "people.xlsx", [
        ["Client ID", "First Name", "Last Name", "Enrollment Date", "Phone"],
        ["C-1", "Marcus", "Okafor", date(2024, 1, 15), None],
        ["C-2", "Rosa", "Delgado", date(2024, 2, 2), None],
    ], formulas={"E2": "=A1&B1"}, texts={"E3": "=1+1"})
    table = ex.read_table(book)
    assert table.rows[0].cells[4] is X.UNCALCULATED
    report = ex.preview(new_site, table, ex.suggest_mapping("participants", table.headers))
    assert report.row(2).problems[0].template == X.UNCALCULATED_REASON
    assert report.row(3).status == ex.NEW  # a text cell that merely spells a formula is text in Excel
    assert ex.run_import(new_site, table, ex.suggest_mapping("participants", table.headers),
                         valid_only=True, rejected_to=tmp_path / "r.csv").created == 1
    rosa = ps.list_participants(new_site).rows[0]
    assert ps.get_participant(new_site, rosa.id).values["phone"] == "=1+1"


# ----- dates ----------------------------------------------------------------------------------------------


def test_dates_as_text_serials_and_excel_date_cells(new_site, tmp_path):
    book = write_xlsx(tmp_path / "dates.xlsx", [
        ["Client ID", "First Name", "Last Name", "DOB", "Enrollment Date"],
        ["C-1", "Ana", "One", datetime(1980, 3, 31), date(2024, 1, 15)],  # real Excel date cells
        ["C-2", "Ben", "Two", 29311, 45306],  # serial numbers in cells without a date format
        ["C-3", "Cy", "Three", "03/31/1980", "2024-01-15"],  # text
        ["C-4", "Di", "Four", "29311", "1/15/24"],
    ])
    table, mapping = load(book)
    assert table.format == "xlsx" and table.sheet == "People"
    result = ex.run_import(new_site, table, mapping)
    assert result.committed and result.created == 4
    for row in ps.list_participants(new_site).rows:
        detail = ps.get_participant(new_site, row.id)
        assert detail.values["dob"] == date(1980, 3, 31)
        assert detail.values["enrolled_on"] == date(2024, 1, 15)
        assert detail.values["dob_quality"] == "1"  # a date given without its quality counts as full


def test_serial_numbers_in_a_csv_and_an_unreadable_date_reason(new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        HEADER, person_row("C-1", "Ana", "One", "29311", "45306"), person_row("C-2", "Ben", "Two", "1985"),
        person_row("C-3", "Cy", "Three", "02/30/1980"),
    ])
    report = ex.preview(new_site, *load(path))
    assert report.row(2).status == ex.NEW
    assert report.row(3).problems[0].template == X.BARE_YEAR_REASON
    assert "please enter a date" in report.row(4).reasons


# ----- all or nothing, valid only, dry run ----------------------------------------------------------------


@pytest.fixture
def mixed_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "mixed.csv", [
        HEADER,
        person_row("C-1", "Marcus", "Okafor"),
        person_row("C-2", "Rosa", "Delgado", dob="not a date"),
        person_row("C-3", "James", "Whitfield"),
        ["C-4", "Tanya", "Begay", "01/09/1991", "Robot", "White", "03/05/2024", ""],
    ])


def test_all_or_nothing_imports_nothing_when_any_row_has_a_problem(new_site, mixed_csv):
    result = import_file(new_site, mixed_csv)
    assert not result.committed and result.created == 0
    assert rows_of(new_site) == 0
    assert result.report.invalid == 2 and result.report.ready == 2
    assert "“Robot” is not one of the choices" in result.report.row(5).reasons
    entry = audit_service.list_entries(new_site, limit=1)[0]
    assert entry.action == AuditAction.IMPORT.value
    assert entry.detail["outcome"] == "refused" and entry.detail["invalid"] == 2 and entry.detail["created"] == 0


def test_valid_only_imports_the_good_rows_and_writes_the_rest_beside_the_source(new_site, mixed_csv):
    result = import_file(new_site, mixed_csv, valid_only=True)
    assert result.committed and result.created == 2 and rows_of(new_site) == 2
    assert result.rejected_file == mixed_csv.with_name("mixed-rejected.csv")
    with open(result.rejected_file, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert [r["Row"] for r in rejected] == ["3", "5"]
    assert rejected[0]["First Name"] == "Rosa" and "Date of birth" in rejected[0]["Reason"]
    # A second run does not overwrite the first file.
    again = import_file(new_site, mixed_csv, valid_only=True)
    assert again.created == 0 and again.rejected_file == mixed_csv.with_name("mixed-rejected-2.csv")
    assert rows_of(new_site) == 2


def test_a_dry_run_checks_and_writes_then_rolls_back(new_site, people_csv):
    before = len(audit_service.list_entries(new_site, limit=1000))
    result = import_file(new_site, people_csv, dry_run=True)
    assert result.dry_run and not result.committed and result.created == 3
    assert rows_of(new_site) == 0
    entries = audit_service.list_entries(new_site, limit=1000)
    assert len(entries) == before + 1 and entries[0].detail["outcome"] == "dry_run"  # creations rolled back too


def test_reimporting_the_same_file_creates_nothing_new(new_site, people_csv, tmp_path):
    assert import_file(new_site, people_csv).created == 3
    again = import_file(new_site, people_csv)
    assert again.committed and again.created == 0
    assert again.report.count(ex.IMPORTED_BEFORE) == 3
    assert rows_of(new_site) == 3
    # Without an id column, the names and birth date are the key.
    no_ids = write_csv(tmp_path / "no-ids.csv", [HEADER[1:], person_row("", "Ana", "Silva")[1:]])
    assert import_file(new_site, no_ids).created == 1
    assert import_file(new_site, no_ids).report.count(ex.IMPORTED_BEFORE) == 1
    assert rows_of(new_site) == 4


def test_a_repeated_row_in_one_file_is_imported_once(new_site, tmp_path):
    path = write_csv(tmp_path / "dup.csv", [HEADER, person_row("C-1", "Ana", "Silva"), person_row("C-1", "Ana", "Silva")])
    result = import_file(new_site, path)
    assert result.created == 1
    assert result.report.row(3).status == ex.REPEAT and result.report.row(3).problems[0].params == {"row": 2}


def test_a_match_with_an_existing_participant_is_flagged_not_created(new_site, tmp_path):
    existing = ps.create_participant(new_site, {"first_name": "John", "last_name": "Smith", "dob": date(1980, 1, 2),
                                                "enrolled_on": date(2024, 1, 1)})
    path = write_csv(tmp_path / "people.csv", [
        HEADER, person_row("C-1", "Jon", "Smith", "01/02/1980"), person_row("C-2", "Rosa", "Delgado"),
    ])
    result = import_file(new_site, path)
    assert result.committed and result.created == 1
    row = result.report.row(2)
    assert row.status == ex.POSSIBLE_MATCH and row.matches[0] == existing.lead_number
    assert existing.lead_number in row.reasons and "same date of birth" in row.reasons
    assert rows_of(new_site) == 2
    # Confirmed as someone else after review: created, once.
    reviewed = import_file(new_site, path, reviewed=[2])
    assert reviewed.created == 1 and reviewed.report.row(2).status == ex.NEW
    assert import_file(new_site, path, reviewed=[2]).created == 0
    assert rows_of(new_site) == 3


def test_similar_people_within_one_file_are_flagged(new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        HEADER, person_row("C-1", "John", "Smith", "01/02/1980"), person_row("C-2", "Jon", "Smith", "01/02/1980"),
    ])
    result = import_file(new_site, path)
    assert result.created == 1
    assert result.report.row(3).status == ex.POSSIBLE_MATCH and result.report.row(3).matches == ("row 2",)


def test_a_lead_number_already_on_file_is_not_created_again(new_site, tmp_path):
    existing = ps.create_participant(new_site, {"first_name": "Ana", "last_name": "Silva",
                                                "enrolled_on": date(2024, 1, 1)})
    path = write_csv(tmp_path / "people.csv", [
        ["LEAD number", "First name", "Last name", "Enrolment date"],
        [existing.lead_number, "Ana", "Silva", "2024-01-01"],
    ])
    result = import_file(new_site, path)
    assert result.report.row(2).status == ex.ON_FILE and result.report.row(2).record_id == existing.id
    assert rows_of(new_site) == 1


def test_cancel_rolls_everything_back(new_site, tmp_path):
    path = write_csv(tmp_path / "many.csv", [HEADER] + [
        person_row(f"C-{i}", f"Name{i}", f"Family{i}", f"{i % 12 + 1:02d}/{i % 28 + 1:02d}/{1940 + i}")
        for i in range(40)
    ])
    table, mapping = load(path)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 60  # well into the writing stage

    assert ex.preview(new_site, table, mapping).ready == 40
    with pytest.raises(ex.ImportCancelled):
        ex.run_import(new_site, table, mapping, cancelled=cancelled)
    assert calls["n"] == 61
    assert rows_of(new_site) == 0
    with new_site.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(M.ImportKey)) == 0
    assert audit_service.list_entries(new_site, limit=1)[0].detail["outcome"] == "cancelled"


def test_progress_reaches_the_end(new_site, people_csv):
    seen: list[tuple[int, int]] = []
    import_file(new_site, people_csv, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (6, 6) and seen == sorted(seen)


def test_imports_are_audited_with_counts_only(new_site, people_csv):
    result = import_file(new_site, people_csv)
    entries = [e for e in audit_service.list_entries(new_site, limit=100) if e.action == AuditAction.IMPORT.value]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.entity_type == "participants" and entry.entity_id == result.import_id
    assert entry.detail == {"rows": 3, "created": 3, "invalid": 0, "possible_matches": 0, "on_file": 0,
                            "imported_before": 0, "repeats": 0, "mode": "all_or_nothing", "outcome": "imported",
                            "format": "csv"}
    text = json.dumps([e.detail for e in audit_service.list_entries(new_site, limit=100)])
    for name in ("Marcus", "Okafor", "C-1", "people.csv"):
        assert name not in text


def test_a_viewer_cannot_import(site_dir, new_site, people_csv):
    accounts.add_account(new_site, "pcg", "PCG Member", Role.VIEWER, "viewer pass phrase 1")
    table, mapping = load(people_csv)
    new_site.close()
    viewer = site_helpers.sign_in(site_dir, "pcg", "viewer pass phrase 1")
    try:
        with pytest.raises(PermissionDenied):
            ex.preview(viewer, table, mapping)
        with pytest.raises(PermissionDenied):
            ex.run_import(viewer, table, mapping)
    finally:
        viewer.close()


# ----- contacts and referrals ----------------------------------------------------------------------------


@pytest.fixture
def two_people(new_site, people_csv):
    import_file(new_site, people_csv)
    return {r.name: r for r in ps.list_participants(new_site).rows}


def test_contacts_link_by_external_id_or_lead_number(new_site, two_people, tmp_path):
    marcus = two_people["Marcus Okafor"]
    path = write_csv(tmp_path / "contacts.csv", [
        ["Client ID", "LEAD number", "Date", "Type", "Minutes", "Staff", "Note"],
        ["C-1", "", "01/16/2024 10:30", "Street / field", "20", "admin", "First contact"],
        ["", marcus.lead_number, "01/17/2024 10:30", "office", "30.0", "Nobody Here", ""],
        ["C-404", "", "01/18/2024 10:30", "office", "", "", ""],
        ["", "ZANZ-999999", "01/18/2024 10:30", "office", "", "", ""],
        ["", "", "01/18/2024 10:30", "office", "", "", ""],
    ])
    result = import_file(new_site, path, "contacts", valid_only=True, rejected_to=tmp_path / "r.csv")
    assert result.created == 2
    report = result.report
    assert report.row(3).warnings[0].template == X.UNKNOWN_STAFF
    assert report.row(4).problems[0].template == X.NO_PARTICIPANT_EXTERNAL
    assert report.row(5).problems[0].template == X.NO_PARTICIPANT_NUMBER
    assert report.row(6).problems[0].template == X.NO_PARTICIPANT_LINK
    records = ps.list_records(new_site, "contact", marcus.id)
    assert [r.values["duration_minutes"] for r in records] == [30, 20]
    assert records[1].extra["staff_id"] == new_site.actor.account_id and records[0].extra["staff_id"] is None
    # The same contact again (no id column this time): already on file.
    again = write_csv(tmp_path / "again.csv", [["LEAD number", "Date", "Type"],
                                               [marcus.lead_number, "2024-01-16 10:30", "street"]])
    assert import_file(new_site, again, "contacts").report.row(2).status == ex.ON_FILE
    assert rows_of(new_site, "contacts") == 2


def test_referrals_add_their_agencies_once_and_link_enrolled_people(new_site, two_people, tmp_path):
    path = write_csv(tmp_path / "referrals.csv", [
        ["Referral ID", "Client ID", "Referral Date", "Pathway", "First Name", "Last Name", "Agency", "Officer",
         "Badge", "Alleged Offense", "Referring Person", "Outcome", "Outcome Date"],
        ["R-1", "C-1", "01/14/2024 21:40", "Social contact", "Marcus", "Okafor", "City PD", "Dana Ruiz", "4471",
         "", "", "Enrolled", "01/15/2024"],
        ["R-2", "", "02/01/2024 09:00", "Arrest diversion", "Kim", "Lee", "city pd", "Dana Ruiz", "4471",
         "Trespass", "", "Declined", ""],
        ["R-3", "", "03/01/2024 12:00", "Community", "Kevin", "Marsh", "", "", "", "", "Outreach worker",
         "", ""],
        ["R-4", "", "03/02/2024 12:00", "Arrest diversion", "No", "Officer", "City PD", "", "", "Theft", "", "", ""],
        ["R-5", "", "03/03/2024 12:00", "Community", "Enrolled", "Nobody", "", "", "", "", "Pastor", "Enrolled", ""],
    ])
    result = import_file(new_site, path, "referrals", valid_only=True, rejected_to=tmp_path / "r.csv")
    assert result.created == 3
    report = result.report
    assert report.row(3).warnings[-1].template == X.OUTCOME_DATE_ASSUMED
    assert "An arrest diversion needs the referring officer." in report.row(5).reasons
    assert report.row(6).problems[0].template == X.ENROLLED_NEEDS_PARTICIPANT
    with new_site.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(M.ReferralAgency)) == 1
        assert session.scalar(select(func.count()).select_from(M.ReferringOfficer)) == 1
        enrolled = session.scalar(select(M.Referral).where(M.Referral.outcome == "enrolled"))
        assert enrolled.participant_id == two_people["Marcus Okafor"].id
        assert enrolled.outcome_on == date(2024, 1, 15) and enrolled.intake_completed_on == date(2024, 1, 15)
        declined = session.scalar(select(M.Referral).where(M.Referral.outcome == "declined"))
        assert declined.outcome_on == date(2024, 2, 1) and declined.participant_id is None
        assert declined.intake_due_on is not None  # an arrest diversion keeps its legal clock
    assert import_file(new_site, path, "referrals", valid_only=True,
                       rejected_to=tmp_path / "r2.csv").created == 0


# ----- mappings ------------------------------------------------------------------------------------------


def test_mappings_are_saved_reused_and_deleted(new_site, tmp_path):
    mapping = X.ColumnMapping("contacts", (("When", "at"), ("Who", "lead_number")), X.DAY_FIRST)
    ex.save_mapping(new_site, "  Old   outreach sheet ", mapping)
    assert [m.name for m in ex.list_mappings(new_site, "contacts")] == ["Old outreach sheet"]
    assert ex.list_mappings(new_site, "participants") == []
    assert ex.get_mapping(new_site, "Old outreach sheet").mapped == mapping.mapped
    changed = mapping.with_column("Kind", "contact_type")
    ex.save_mapping(new_site, "Old outreach sheet", changed)
    assert ex.load_mapping(new_site, "Old outreach sheet").mapped["contact_type"] == "Kind"
    file = tmp_path / "mapping.json"
    file.write_text(changed.to_json(), encoding="utf-8")
    assert ex.load_mapping(new_site, str(file)).date_order == X.DAY_FIRST
    ex.delete_mapping(new_site, "Old outreach sheet")
    with pytest.raises(ValidationError):
        ex.get_mapping(new_site, "Old outreach sheet")
    with pytest.raises(ValidationError):
        ex.save_mapping(new_site, "   ", mapping)


# ----- generated rows -------------------------------------------------------------------------------------

_NAMES = st.sampled_from(["Ana", "Ben", "Cy", "José", "", "  ", "=1+1", "'=x", "x" * 90, "Zoë", "\x00", "#N/A"])
_DATES = st.sampled_from(["01/15/2024", "2024-01-15", "45306", "1985", "13/13/2024", "", "02/30/2024",
                          "01/15/2999", "tomorrow", "3/1/79", "45306.5"])
_CODES = st.sampled_from(["Male", "0", "1", "robot", "", "99", "Client doesn't know", "8;9"])
_RACES = st.sampled_from(["White", "3;5", "99", "99;3", "Martian", "", "American Indian, Alaska Native or Indigenous"])
_ROW = st.tuples(st.one_of(st.sampled_from(["", "C-1", "C-2"]), st.text(max_size=8)), _NAMES, _NAMES, _DATES,
                 _CODES, _RACES, _DATES, st.one_of(st.text(max_size=30), st.just("=SUM(A1)")))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_ROW, min_size=1, max_size=6), valid_only=st.booleans())
def test_generated_rows_never_crash_the_importer_nor_leave_a_partial_import(new_site, tmp_path_factory, rows,
                                                                           valid_only):
    path = tmp_path_factory.mktemp("gen") / "people.csv"
    path.write_bytes(csv_bytes([HEADER, *[list(r) for r in rows]]).encode("utf-8", "surrogatepass"))
    try:
        table = ex.read_table(path)
    except FileUnreadable:
        return  # a NUL byte makes it "not a CSV": refused as a whole, in plain words
    mapping = ex.suggest_mapping("participants", table.headers)
    before = rows_of(new_site)
    result = ex.run_import(new_site, table, mapping, valid_only=valid_only,
                           rejected_to=path.with_name("rejected.csv"))
    after = rows_of(new_site)
    report = result.report
    assert len(report.rows) == len(table.rows)
    if result.committed:
        assert after - before == report.ready == result.created
        assert valid_only or report.invalid == 0
    else:
        assert after == before and report.invalid > 0 and not valid_only
    for row in report.rows:
        if row.status == ex.INVALID:
            assert row.problems
        for issue in (*row.problems, *row.warnings):
            assert issue.message
