"""The HMIS CSV export (services.exchange.hmis)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from tests.services.exchange.helpers import read_csv


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
    enrollments = {r["PersonalID"]: r for r in tables["Enrollment.csv"]}
    ana_enrollment = enrollments[ana["PersonalID"]]
    assert (ana_enrollment["EntryDate"], ana_enrollment["LivingSituation"], ana_enrollment["DisablingCondition"],
            ana_enrollment["RelationshipToHoH"], ana_enrollment["ProjectID"]) == (
        "2024-01-15", "116", "1", "1", "LEADPROJECT1")
    assert enrollments[ben["PersonalID"]]["LivingSituation"] == "99"
    exits = {r["PersonalID"]: r for r in tables["Exit.csv"]}
    assert exits[ben["PersonalID"]]["Destination"] == "410" and exits[ben["PersonalID"]]["ExitDate"] == "2024-02-01"
    assert exits[clients["Twombly"]["PersonalID"]]["Destination"] == "24"
    assert exits[ben["PersonalID"]]["EnrollmentID"] == enrollments[ben["PersonalID"]]["EnrollmentID"]
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
