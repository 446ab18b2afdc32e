"""Reading spreadsheets (services.exchange.files): every encoding and file shape a site hands over."""

from __future__ import annotations

import codecs
import csv
from datetime import date

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services.exchange.files import FileUnreadable
from tests.services.exchange.helpers import HEADER, csv_bytes, import_file, load, person_row, write_csv, write_xlsx


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
