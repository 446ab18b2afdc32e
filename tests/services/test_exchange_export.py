"""Exports: lists to CSV and Excel that import back into a fresh site unchanged, formula neutralisation,
the de-identified analysis file and the HMIS CSV files."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

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
from tests.conftest import ADMIN_PASSWORD

from .test_exchange_import import rows_of

TODAY = date.today()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def filled(new_site):
    """Three participants with tricky values, contacts and a housing history."""
    site = new_site
    manager = site.actor.account_id
    ana = ps.create_participant(site, {
        "first_name": "José", "middle_name": "Luis", "last_name": "Peña-García", "aliases": "Slim, El Flaco",
        "dob": date(1979, 4, 12), "dob_quality": "1", "race_ethnicity": ["1", "5"], "sex": "1",
        "gender_identity": "Two-Spirit", "veteran_status": "0", "disabling_condition": "1", "phone": "+1 505 555 0101",
        "where_to_find": "=HYPERLINK(\"http://x\") under the bridge\nmornings", "case_manager_id": manager,
        "status": "active", "enrolled_on": date(2024, 1, 15),
    }, reviewed_duplicates=True)
    ben = ps.create_participant(site, {
        "first_name": "@Ben", "last_name": "Okafor", "name_quality": "2", "race_ethnicity": ["9"], "sex": "0",
        "status": "exited", "enrolled_on": date(2023, 5, 1), "exit_date": date(2024, 2, 1),
        "exit_reason": "moved_away", "exit_destination": "410",
    }, reviewed_duplicates=True)
    cy = ps.create_participant(site, {
        "first_name": "Cy", "last_name": "Twombly", "dob": date(2001, 6, 30), "status": "exited",
        "enrolled_on": date(2024, 3, 1), "exit_date": date(2024, 9, 1), "exit_reason": "deceased",
    }, reviewed_duplicates=True)
    ps.add_record(site, "contact", ana.id, {"at": datetime(2024, 1, 16, 10, 30), "contact_type": "street",
                                            "location": "Library steps", "duration_minutes": 20,
                                            "note": "-- called twice; no answer\n+ left a message"})
    ps.add_record(site, "contact", ana.id, {"at": datetime(2024, 2, 1, 14, 0), "contact_type": "court",
                                            "unable_to_locate": True, "note": "@court: not there"})
    ps.add_record(site, "contact", ben.id, {"at": datetime(2023, 6, 1, 9, 15), "contact_type": "phone",
                                            "duration_minutes": 5})
    ps.add_record(site, "housing", ana.id, {"effective_on": date(2023, 12, 1), "living_situation": "116"})
    ps.add_record(site, "housing", ana.id, {"effective_on": date(2024, 6, 1), "living_situation": "410"})
    return site, {"ana": ana, "ben": ben, "cy": cy}


def all_values(site: sites.SiteSession) -> dict[str, dict]:
    """Participants by full name → their form values (case manager as the account's user name)."""
    out = {}
    names = {a.id: a.username for a in accounts.list_accounts(site)}
    for row in ps.list_participants(site, limit=500).rows:
        detail = ps.get_participant(site, row.id)
        values = dict(detail.values)
        values["case_manager_id"] = names.get(values["case_manager_id"])
        out[row.name] = values
    return out


def all_contacts(site: sites.SiteSession) -> dict[str, list[dict]]:
    out = {}
    for row in ps.list_participants(site, limit=500).rows:
        out[row.name] = sorted((dict(r.values) for r in ps.list_records(site, "contact", row.id)),
                               key=lambda v: v["at"])
    return out


@pytest.mark.parametrize(("suffix", "labels"), [(".csv", True), (".csv", False), (".xlsx", True), (".xlsx", False)])
def test_export_then_import_into_a_fresh_site_reproduces_the_records(filled, tmp_path, suffix, labels):
    site, _people = filled
    participants_file = tmp_path / f"participants{suffix}"
    contacts_file = tmp_path / f"contacts{suffix}"
    assert ex.export_list(site, "participants", participants_file, labels=labels).rows == 3
    assert ex.export_list(site, "contacts", contacts_file, labels=labels).rows == 3
    expected_people, expected_contacts = all_values(site), all_contacts(site)

    other, _key = sites.create_site(tmp_path / "fresh", "Other LEAD", "admin", ADMIN_PASSWORD, "Other Admin")
    try:
        for kind, path in (("participants", participants_file), ("contacts", contacts_file)):
            table = ex.read_table(path)
            mapping = ex.suggest_mapping(kind, table.headers)
            result = ex.run_import(other, table, mapping)
            assert result.committed, [r.reasons for r in result.report.rows]
            assert all(not r.warnings for r in result.report.rows)
        assert all_values(other) == expected_people
        assert all_contacts(other) == expected_contacts
        assert {r.lead_number[:5] for r in ps.list_participants(other).rows} == {"OTHE-"}  # the new site's numbers
        # The same files again: nothing new.
        for kind, path in (("participants", participants_file), ("contacts", contacts_file)):
            table = ex.read_table(path)
            again = ex.run_import(other, table, ex.suggest_mapping(kind, table.headers))
            assert again.created == 0
        assert rows_of(other) == 3 and rows_of(other, "contacts") == 3
    finally:
        other.close()


def test_reimporting_a_sites_own_export_finds_everyone_on_file(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.csv")
    result = ex.run_import(site, *(lambda t: (t, ex.suggest_mapping("participants", t.headers)))(
        ex.read_table(tmp_path / "p.csv")))
    assert result.created == 0 and result.report.count(ex.ON_FILE) == 3


def test_csv_exports_neutralise_formula_injection(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.csv")
    ex.export_list(site, "contacts", tmp_path / "c.csv")
    people = {r["Last name"]: r for r in read_csv(tmp_path / "p.csv")}
    assert people["Peña-García"]["Phone"] == "'+1 505 555 0101"
    assert people["Peña-García"]["Where to find them"].startswith("'=HYPERLINK(")
    assert people["Okafor"]["First name"] == "'@Ben"
    notes = [r["Note"] for r in read_csv(tmp_path / "c.csv")]
    assert "'-- called twice; no answer\n+ left a message" in notes and "'@court: not there" in notes
    for path in (tmp_path / "p.csv", tmp_path / "c.csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
            for cell in row:
                assert not cell or cell[0] not in X.FORMULA_TRIGGERS


def test_xlsx_exports_keep_text_as_text(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.xlsx", labels=False)
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["lead_number", "first_name", "middle_name"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert cells["+1 505 555 0101"].data_type == "s"
    formula_text = next(v for v in cells if v.startswith("=HYPERLINK"))
    assert cells[formula_text].data_type == "s"  # stored as a string, never run as a formula
    dobs = [row[header.index("dob")].value for row in sheet.iter_rows(min_row=2)]
    assert datetime(1979, 4, 12) in dobs  # a real date cell


def test_list_exports_are_audited_and_need_a_role_that_sees_records(filled, tmp_path, site_dir):
    site, _people = filled
    ex.export_list(site, "referrals", tmp_path / "r.csv")
    entry = audit_service.list_entries(site, limit=1)[0]
    assert (entry.action, entry.entity_type, entry.detail["rows"]) == (AuditAction.EXPORT.value, "referrals", 0)
    accounts.add_account(site, "pcg", "PCG Member", Role.VIEWER, "viewer pass phrase 1")
    site.close()
    viewer = site_helpers.sign_in(site_dir, "pcg", "viewer pass phrase 1")
    try:
        for call in (lambda: ex.export_list(viewer, "participants", tmp_path / "v.csv"),
                     lambda: ex.export_deidentified(viewer, tmp_path / "v.csv", "a long enough key"),
                     lambda: ex.export_hmis(viewer, tmp_path / "v.zip")):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        viewer.close()
    assert not (tmp_path / "v.csv").exists() and not (tmp_path / "v.zip").exists()


def test_a_cancelled_export_leaves_no_file(filled, tmp_path):
    site, _people = filled
    with pytest.raises(ex.ExportCancelled):
        ex.export_list(site, "participants", tmp_path / "p.csv", cancelled=lambda: True)
    with pytest.raises(ex.ExportCancelled):
        ex.export_hmis(site, tmp_path / "hmis.zip", cancelled=lambda: True)
    with pytest.raises(ex.ExportCancelled):
        ex.export_hmis(site, tmp_path / "hmis", cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if p.name != "site"] == []  # (site: a local site's own folder)


# ----- de-identified ------------------------------------------------------------------------------------


def test_the_deidentified_file_holds_no_names_contact_details_or_notes(filled, tmp_path):
    site, people = filled
    result = ex.export_deidentified(site, tmp_path / "deid.csv", "evaluation key 2026")
    assert result.rows == 3
    text = (tmp_path / "deid.csv").read_text(encoding="utf-8-sig")
    for secret in ("José", "Peña", "Luis", "Slim", "Flaco", "505", "HYPERLINK", "bridge", "called twice",
                   "Library", "Two-Spirit", "1979-04-12", "04/12/1979", people["ana"].lead_number, people["ana"].id,
                   site.actor.account_id):
        assert secret not in text, secret
    rows = read_csv(tmp_path / "deid.csv")
    assert list(rows[0]) == list(ex.DEIDENTIFIED_COLUMNS)
    by_band = {r["age_band_at_enrolment"]: r for r in rows}
    ana = by_band["35-44"]  # 44 at enrolment in January 2024
    assert ana["race_ethnicity"] == "1;5" and ana["contacts"] == "1" and ana["enrolled_month"] == "2024-01"
    assert ana["living_situation"] == "410" and ana["case_manager_pseudo_id"].startswith("S-")
    assert by_band["unknown"]["exit_destination"] == "410" and by_band["unknown"]["destination_group"] == "permanent"
    assert by_band["18-24"]["exit_reason"] == "deceased" and by_band["18-24"]["days_enrolled"] == "184"
    entry = audit_service.list_entries(site, limit=1)[0]
    assert entry.entity_type == "deidentified" and entry.detail == {"rows": 3, "format": "csv"}


def test_pseudonyms_are_stable_for_a_key_and_change_with_another(filled, tmp_path):
    site, _people = filled
    ex.export_deidentified(site, tmp_path / "a.csv", "evaluation key 2026")
    ex.export_deidentified(site, tmp_path / "b.xlsx", "evaluation key 2026")
    ex.export_deidentified(site, tmp_path / "c.csv", "a different key, 2027")
    first = [r["pseudo_id"] for r in read_csv(tmp_path / "a.csv")]
    sheet = openpyxl.load_workbook(tmp_path / "b.xlsx").active
    again = [row[0].value for row in sheet.iter_rows(min_row=2)]
    other = [r["pseudo_id"] for r in read_csv(tmp_path / "c.csv")]
    assert first == again and len(set(first)) == 3
    assert not set(first) & set(other)
    with pytest.raises(ValidationError):
        ex.export_deidentified(site, tmp_path / "d.csv", "too short")
    assert not (tmp_path / "d.csv").exists()


# ----- HMIS ---------------------------------------------------------------------------------------------------


def hmis_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")))
                    for name in archive.namelist()}
    return {p.name: read_csv(p) for p in path.iterdir()}


def header_of(path: Path, name: str) -> list[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return archive.read(name).decode("utf-8").splitlines()[0].split(",")
    return (path / name).read_text(encoding="utf-8").splitlines()[0].split(",")


@pytest.mark.parametrize("name", ["hmis.zip", "hmis-folder"])
def test_hmis_files_have_the_spec_columns_and_codes(filled, tmp_path, name):
    site, people = filled
    target = tmp_path / name
    result = ex.export_hmis(site, target, project_id="LEAD-PROJECT-1")
    assert result.files == (("Client.csv", 3), ("Enrollment.csv", 3), ("Exit.csv", 2))
    assert header_of(target, "Client.csv") == list(X.HMIS.client)
    assert header_of(target, "Enrollment.csv") == list(X.HMIS.enrollment)
    assert header_of(target, "Exit.csv") == list(X.HMIS.exit)
    for column in ("PersonalID", "FirstName", "LastName", "NameDataQuality", "DOB", "DOBDataQuality",
                   "AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinaeo", "MidEastNAfrican",
                   "NativeHIPacific", "White", "RaceNone", "Sex", "VeteranStatus", "DateCreated", "DateUpdated",
                   "UserID", "ExportID"):
        assert column in X.HMIS.client
    tables = hmis_tables(target)
    clients = {r["LastName"]: r for r in tables["Client.csv"]}
    ana = clients["Peña-García"]
    assert ana["PersonalID"] == people["ana"].id.replace("-", "")
    assert (ana["AmIndAKNative"], ana["White"], ana["BlackAfAmerican"], ana["RaceNone"]) == ("1", "1", "0", "")
    assert (ana["Sex"], ana["VeteranStatus"], ana["DOB"], ana["DOBDataQuality"], ana["NameDataQuality"]) == (
        "1", "0", "1979-04-12", "1", "1")
    assert ana["SSN"] == "" and ana["SSNDataQuality"] == "99"
    ben = clients["Okafor"]
    assert (ben["RaceNone"], ben["White"], ben["Sex"], ben["NameDataQuality"], ben["DOB"]) == ("9", "0", "0", "2", "")
    assert ben["FirstName"] == "'@Ben"  # neutralised here too
    assert len({r["ExportID"] for r in tables["Client.csv"]}) == 1
    assert all(len(r["PersonalID"]) == 32 and len(r["UserID"]) == 32 for r in tables["Client.csv"])
    enrolments = {r["PersonalID"]: r for r in tables["Enrollment.csv"]}
    ana_enrolment = enrolments[ana["PersonalID"]]
    assert (ana_enrolment["EntryDate"], ana_enrolment["LivingSituation"], ana_enrolment["DisablingCondition"],
            ana_enrolment["RelationshipToHoH"], ana_enrolment["ProjectID"]) == (
        "2024-01-15", "116", "1", "1", "LEADPROJECT1")
    assert enrolments[ben["PersonalID"]]["LivingSituation"] == "99"
    exits = {r["PersonalID"]: r for r in tables["Exit.csv"]}
    assert exits[ben["PersonalID"]]["Destination"] == "410" and exits[ben["PersonalID"]]["ExitDate"] == "2024-02-01"
    assert exits[clients["Twombly"]["PersonalID"]]["Destination"] == "24"
    assert exits[ben["PersonalID"]]["EnrollmentID"] == enrolments[ben["PersonalID"]]["EnrollmentID"]
    entry = audit_service.list_entries(site, limit=1)[0]
    assert entry.entity_type == "hmis" and entry.detail["files"] == {"Client.csv": 3, "Enrollment.csv": 3,
                                                                      "Exit.csv": 2}


def test_hmis_ids_are_stable_and_merged_people_left_out(filled, tmp_path):
    site, people = filled
    ex.export_hmis(site, tmp_path / "one.zip")
    ps.merge_participants(site, people["ana"].id, people["cy"].id)
    ex.export_hmis(site, tmp_path / "two.zip")
    one, two = hmis_tables(tmp_path / "one.zip"), hmis_tables(tmp_path / "two.zip")
    assert len(two["Client.csv"]) == 2
    ids_one = {r["PersonalID"]: r["EnrollmentID"] for r in one["Enrollment.csv"]}
    ids_two = {r["PersonalID"]: r["EnrollmentID"] for r in two["Enrollment.csv"]}
    assert all(ids_one[k] == v for k, v in ids_two.items())


def test_hmis_refuses_a_folder_that_holds_files(filled, tmp_path):
    site, _people = filled
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ex.ExportFolderNotEmpty):
        ex.export_hmis(site, tmp_path / "used")
    assert (tmp_path / "used" / "notes.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "empty").mkdir()
    assert ex.export_hmis(site, tmp_path / "empty").rows == 3
    assert sorted(p.name for p in (tmp_path / "empty").iterdir()) == ["Client.csv", "Enrollment.csv", "Exit.csv"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left behind


def test_the_contact_count_of_the_last_twelve_months(new_site, tmp_path):
    pid = ps.create_participant(new_site, {"first_name": "Dee", "last_name": "Ray",
                                           "enrolled_on": TODAY - timedelta(days=800)}).id
    for days in (10, 200, 500):
        ps.add_record(new_site, "contact", pid, {"at": datetime.combine(TODAY - timedelta(days=days),
                                                                        datetime.min.time())})
    ex.export_deidentified(new_site, tmp_path / "d.csv", "evaluation key 2026")
    row = read_csv(tmp_path / "d.csv")[0]
    assert (row["contacts"], row["contacts_last_12_months"]) == ("3", "2")
