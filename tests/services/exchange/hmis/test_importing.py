"""Importing an HMIS CSV export (services.exchange.hmis.importing and reading): one project's clients,
enrollments and exits as participants, FY2026 and FY2024; checked, all or nothing, a dry run, nothing
new on a second run, updates of linked participants; and the round trip of an export."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD
from tests.services.exchange.helpers import rows_of
from tests.services.exchange.hmis.builders import export_row, people, read_tables, write_export

REASON = "Every participant goes to the CoC for the point-in-time count."


@pytest.fixture
def other(tmp_path):
    site, _key = sites.create_site(tmp_path / "other", "Other LEAD", "admin", ADMIN_PASSWORD, "Other Admin")
    yield site
    site.close()


def client(pid: str, first: str, last: str, dob: str = "1980-05-06", **extra: str) -> dict[str, str]:
    return {"PersonalID": pid, "FirstName": first, "LastName": last, "NameDataQuality": "1", "SSNDataQuality": "99",
            "DOB": dob, "DOBDataQuality": "1" if dob else "99", "AmIndAKNative": "0", "Asian": "0",
            "BlackAfAmerican": "0", "HispanicLatinao": "0", "MidEastNAfrican": "0", "NativeHIPacific": "0",
            "White": "1", "VeteranStatus": "0", "ExportID": "E1", **extra}


def enrollment(eid: str, pid: str, entry: str, project: str = "P1", **extra: str) -> dict[str, str]:
    return {"EnrollmentID": eid, "PersonalID": pid, "ProjectID": project, "EntryDate": entry, "HouseholdID": eid,
            "RelationshipToHoH": "1", "EnrollmentCoC": "NM-500", "LivingSituation": "116", "DisablingCondition": "1",
            "ExportID": "E1", **extra}


def an_export(folder, clients, enrollments, exits=(), projects=(("P1", "Outreach"),), version="2026"):  # noqa: ANN001, ANN201
    return write_export(folder, {
        "Export.csv": [export_row()],
        "Project.csv": [{"ProjectID": pid, "ProjectName": name, "ProjectType": "4"} for pid, name in projects],
        "Client.csv": list(clients), "Enrollment.csv": list(enrollments), "Exit.csv": list(exits),
    }, version)


def test_the_round_trip_brings_the_same_people_enrollments_exits_and_demographics(hmis_filled, other, tmp_path):
    site, _people = hmis_filled
    ex.export_hmis(site, tmp_path / "a.zip", without_consent_reason=REASON)
    expected = people(site)
    # Two answers the HMIS says in its own words: Cy's birth date was kept with the form's "data not
    # collected" quality (written "approximate"), and Cy died with no destination recorded (written 24).
    expected[next(k for k in expected if k.startswith("Cy "))].update(dob_quality="2", exit_destination="24")
    result = ex.import_hmis(other, tmp_path / "a.zip")
    assert result.committed and (result.created, result.updated) == (3, 0)
    assert people(other) == expected
    again = ex.import_hmis(other, tmp_path / "a.zip")
    assert (again.created, again.updated) == (0, 0) and again.report.count(ex.IMPORTED_BEFORE) == 3
    assert rows_of(other) == 3
    # The imported people go back to the HMIS as the clients they are there.
    ex.save_hmis_site(other, dict(ex.hmis_site_values(site)))
    ex.export_hmis(other, tmp_path / "b.zip", without_consent_reason=REASON)
    before, after = read_tables(tmp_path / "a.zip"), read_tables(tmp_path / "b.zip")
    assert {r["PersonalID"] for r in after["Client.csv"]} == {r["PersonalID"] for r in before["Client.csv"]}


def test_an_own_export_finds_everyone_on_file(hmis_filled, tmp_path):
    site, _people = hmis_filled
    ex.export_hmis(site, tmp_path / "a.zip", without_consent_reason=REASON)
    result = ex.import_hmis(site, tmp_path / "a.zip")
    assert (result.created, result.updated, result.report.count(ex.ON_FILE)) == (0, 1, 2)
    (update,) = [r for r in result.report.rows if r.status == ex.UPDATE]  # Cy: the two answers above
    assert "Date of birth quality" in update.reasons and "Exit destination" in update.reasons
    assert ex.import_hmis(site, tmp_path / "a.zip").report.count(ex.ON_FILE) == 3


def test_the_prior_living_situation_starts_the_housing_history_once(other, tmp_path):
    folder = an_export(tmp_path / "x", [client("9001", "Rosa", "Delgado")],
                       [enrollment("E9", "9001", "2024-02-01", LivingSituation="435", RentalSubsidyType="439")])
    ex.import_hmis(other, folder)
    (person,) = ps.list_participants(other).rows
    (housing,) = ps.list_records(other, "housing", person.id)
    assert (housing.values["effective_on"], housing.values["living_situation"], housing.values["subsidy_type"]) == (
        date(2024, 2, 1), "435", "439")
    ex.import_hmis(other, folder)
    assert len(ps.list_records(other, "housing", person.id)) == 1


def test_an_fy2024_export_imports(other, tmp_path):
    fy24 = client("17", "Maria", "Jones", HispanicLatinaeo="1", White="0", Woman="1", Man="0", NonBinary="0",
                  CulturallySpecific="0", Transgender="1", Questioning="0", DifferentIdentity="0")
    fy24.pop("HispanicLatinao")
    folder = an_export(tmp_path / "fy24", [fy24], [enrollment("E17", "17", "2023-07-01")],
                       [{"ExitID": "X17", "EnrollmentID": "E17", "PersonalID": "17", "ExitDate": "2024-01-31",
                         "Destination": "24", "ExportID": "E1"}], version="2024")
    preview = ex.preview_hmis(other, folder)
    assert preview.version == "2024" and preview.report.ready == 1
    result = ex.import_hmis(other, folder)
    assert result.created == 1
    (row,) = ps.list_participants(other).rows
    values = ps.get_participant(other, row.id).values
    assert (values["race_ethnicity"], values["sex"], values["gender_identity"]) == (["6"], "99", "Woman, Transgender")
    assert (values["status"], values["exit_date"], values["exit_destination"], values["exit_reason"]) == (
        "exited", date(2024, 1, 31), "24", "deceased")


def test_a_client_with_a_problem_stops_the_whole_import(other, tmp_path):
    folder = an_export(tmp_path / "x", [client("1", "Ana", "Ruiz"), client("2", "Bo", "Li", dob="05/06/1980"),
                                        client("3", "Cy", "Oz", Sex="5")],
                       [enrollment("E1", "1", "2024-01-01"), enrollment("E2", "2", "2024-01-01"),
                        enrollment("E3", "3", "2024-01-01")])
    result = ex.import_hmis(other, folder)
    assert not result.committed and result.created == 0 and rows_of(other) == 0
    problems = {r.number: r.reasons for r in result.report.rows if r.status == ex.INVALID}
    assert set(problems) == {3, 4}
    assert "DOB" in problems[3] and "YYYY-MM-DD" in problems[3] and "Sex" in problems[4]
    entry = audit_service.list_entries(other, limit=1)[0]
    assert (entry.action, entry.entity_type, entry.detail["outcome"]) == (AuditAction.IMPORT.value, "hmis", "refused")


def test_a_dry_run_changes_nothing_and_says_what_would_happen(other, tmp_path):
    folder = an_export(tmp_path / "x", [client("1", "Ana", "Ruiz")], [enrollment("E1", "1", "2024-01-01")])
    result = ex.import_hmis(other, folder, dry_run=True)
    assert result.dry_run and not result.committed and result.created == 1 and rows_of(other) == 0
    assert audit_service.list_entries(other, limit=1)[0].detail["outcome"] == "dry_run"


def test_a_linked_client_updates_the_participant(other, tmp_path):
    ex.import_hmis(other, an_export(tmp_path / "a", [client("1", "Ana", "Ruiz", VeteranStatus="1")],
                                    [enrollment("E1", "1", "2024-01-01")]))
    (row,) = ps.list_participants(other).rows
    detail = ps.get_participant(other, row.id)
    ps.update_participant(other, row.id, {**detail.values, "sex": "0", "phone": "555-0100"})
    changed = an_export(tmp_path / "b", [client("1", "Ana", "Ruiz-Soto", VeteranStatus="99")],
                        [enrollment("E1", "1", "2024-01-01")],
                        [{"ExitID": "X1", "EnrollmentID": "E1", "PersonalID": "1", "ExitDate": "2024-06-30",
                          "Destination": "410", "ExportID": "E1"}])
    preview = ex.preview_hmis(other, changed)
    (report,) = preview.report.rows
    assert report.status == ex.UPDATE and "Last name" in report.reasons and "Exit date" in report.reasons
    assert "Veteran" not in report.reasons  # "data not collected" in the HMIS is no news
    result = ex.import_hmis(other, changed)
    assert (result.created, result.updated) == (0, 1)
    values = ps.get_participant(other, row.id).values
    assert (values["last_name"], values["veteran_status"], values["sex"], values["phone"]) == (
        "Ruiz-Soto", "1", "0", "555-0100")
    assert (values["status"], values["exit_date"], values["exit_destination"], values["exit_reason"]) == (
        "exited", date(2024, 6, 30), "410", "other")
    assert ex.import_hmis(other, changed).updated == 0


def test_a_possible_match_is_imported_only_when_reviewed(new_site, tmp_path):
    ps.create_participant(new_site, {"first_name": "Marcus", "last_name": "Okafor", "dob": date(1980, 5, 6),
                                     "enrolled_on": date(2023, 1, 1)}, reviewed_duplicates=True)
    folder = an_export(tmp_path / "x", [client("5", "Marcus", "Okafor"), client("6", "Ana", "Ruiz")],
                       [enrollment("E5", "5", "2024-01-01"), enrollment("E6", "6", "2024-01-01")])
    result = ex.import_hmis(new_site, folder)
    assert result.committed and result.created == 1
    assert [r.status for r in result.report.rows] == [ex.POSSIBLE_MATCH, ex.NEW]
    assert "May be" in result.report.rows[0].reasons
    again = ex.import_hmis(new_site, folder, reviewed=[2])
    assert again.created == 1 and rows_of(new_site) == 3


def test_one_project_of_several(other, tmp_path):
    folder = an_export(tmp_path / "x", [client("1", "Ana", "Ruiz"), client("2", "Bo", "Li")],
                       [enrollment("E1", "1", "2024-01-01"), enrollment("E2", "2", "2024-01-01", project="P2"),
                        enrollment("E0", "1", "2021-01-01")],
                       projects=(("P1", "Outreach"), ("P2", "Shelter")))
    with pytest.raises(ex.ChooseProject) as choose:
        ex.preview_hmis(other, folder)
    assert "P1 (Outreach)" in choose.value.message and "P2 (Shelter)" in choose.value.message
    with pytest.raises(ex.NoSuchProject):
        ex.preview_hmis(other, folder, project_id="P3")
    version, projects = ex.hmis_projects(other, folder)
    assert version == "2026" and [(p.id, p.enrollments) for p in projects] == [("P1", 2), ("P2", 1)]
    result = ex.import_hmis(other, folder, project_id="P1")
    (report,) = result.report.rows
    assert result.created == 1 and "1 earlier enrollments" in report.warnings[0].message
    (row,) = ps.list_participants(other).rows
    assert ps.get_participant(other, row.id).values["enrolled_on"] == date(2024, 1, 1)  # the latest


def test_what_is_not_an_export_is_refused_in_plain_words(other, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ex.NotAnHmisExport) as caught:
        ex.preview_hmis(other, tmp_path / "empty")
    assert "Export.csv" in caught.value.message
    folder = an_export(tmp_path / "x", [client("1", "Ana", "Ruiz")], [enrollment("E1", "1", "2024-01-01")])
    text = (folder / "Client.csv").read_text(encoding="utf-8")
    (folder / "Client.csv").write_text(text.replace("HispanicLatinao", "Hispanic"), encoding="utf-8")
    with pytest.raises(ex.NotAnHmisExport) as caught:
        ex.preview_hmis(other, folder)
    assert "Client.csv" in caught.value.message and "FY2026 or FY2024" in caught.value.message
    (tmp_path / "notes.zip").write_text("not a zip", encoding="utf-8")
    with pytest.raises(ex.NotAnHmisExport):
        ex.preview_hmis(other, tmp_path / "notes.zip")


def test_cancel_leaves_nothing_imported(other, tmp_path):
    folder = an_export(tmp_path / "x", [client("1", "Ana", "Ruiz")], [enrollment("E1", "1", "2024-01-01")])
    with pytest.raises(ex.ImportCancelled):
        ex.import_hmis(other, folder, cancelled=lambda: True)
    assert rows_of(other) == 0
