"""Checking each row of an import (services.exchange.checking): columns, dates, repeats, likely
matches, records already on file, links to participants."""

from __future__ import annotations

from datetime import date, datetime

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from tests.services.exchange.helpers import HEADER, import_file, load, person_row, rows_of, write_csv, write_xlsx


def test_missing_columns_and_unmapped_required_fields_are_reported_per_row(new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["First Name", "Last Name"], ["Marcus", "Okafor"], ["Rosa", "Delgado"]])
    table = ex.read_table(path)
    saved = X.ColumnMapping("participants", (("First Name", "first_name"), ("Last Name", "last_name"),
                                             ("Start", "enrolled_on")))
    report = ex.preview(new_site, table, saved)
    assert report.missing_columns == ("Start",)
    assert report.unmapped_required == ("Enrollment date",)
    assert report.invalid == 2
    assert all("Enrollment date is required." in r.reasons for r in report.rows)
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
        ["LEAD number", "First name", "Last name", "Enrollment date"],
        [existing.lead_number, "Ana", "Silva", "2024-01-01"],
    ])
    result = import_file(new_site, path)
    assert result.report.row(2).status == ex.ON_FILE and result.report.row(2).record_id == existing.id
    assert rows_of(new_site) == 1


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
