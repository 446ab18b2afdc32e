"""The HMIS CSV FY2026 export (services.exchange.hmis.export): every file a HUD-conformant importer
expects, in the specification's shape, keys resolving; consent, 42 CFR Part 2 and the disclosure log."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.hmis import spec
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import settings as settings_service
from tests.helpers import sites as site_helpers
from tests.helpers.hmis_validator import validate_export
from tests.services.exchange.hmis.builders import files_of, read_tables
from tests.services.exchange.hmis.builders import DETAILS, consent

EXPORTED = (
    "Export.csv", "Organization.csv", "User.csv", "Project.csv", "Funder.csv", "ProjectCoC.csv", "Client.csv",
    "Enrollment.csv", "Exit.csv", "IncomeBenefits.csv", "HealthAndDV.csv", "Disabilities.csv", "Services.csv",
    "CurrentLivingSituation.csv",
)
REASON = "The CoC asked for every LEAD participant for the point-in-time count."


def by(rows, column):  # noqa: ANN001, ANN201
    return {row[column]: row for row in rows}


@pytest.mark.parametrize("name", ["hmis.zip", "hmis-folder"])
def test_every_file_has_the_specifications_header_bytes_and_codes(hmis_filled, tmp_path, name):
    site, _people = hmis_filled
    target = tmp_path / name
    result = ex.export_hmis(site, target)
    assert [n for n, _rows in result.files] == list(EXPORTED)
    raw = files_of(target)
    assert sorted(raw) == sorted(EXPORTED)
    for file_name, data in raw.items():
        assert not data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8")
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
        header = next(csv.reader(io.StringIO(text)))
        assert tuple(header) == spec.columns(file_name), file_name
    assert validate_export(target) == []  # types, lengths, lists, null-unless, dates, keys
    assert result.files == (("Export.csv", 1), ("Organization.csv", 1), ("User.csv", 1), ("Project.csv", 1),
                            ("Funder.csv", 1), ("ProjectCoC.csv", 1), ("Client.csv", 2), ("Enrollment.csv", 2),
                            ("Exit.csv", 1), ("IncomeBenefits.csv", 0), ("HealthAndDV.csv", 0),
                            ("Disabilities.csv", 0), ("Services.csv", 0), ("CurrentLivingSituation.csv", 2))


def test_export_csv_and_the_project_files(hmis_filled, tmp_path):
    site, _people = hmis_filled
    ex.export_hmis(site, tmp_path / "h.zip")
    tables = read_tables(tmp_path / "h.zip")
    (export,) = tables["Export.csv"]
    assert len(export["ExportID"]) == 32
    assert {row["ExportID"] for rows in tables.values() for row in rows} == {export["ExportID"]}
    assert (export["SourceType"], export["SourceID"], export["SourceName"], export["SoftwareName"],
            export["CSVVersion"], export["ExportPeriodType"], export["ExportDirective"], export["HashStatus"]) == (
        "2", "NM-500", site.site_name, "LEAD Desktop", "2026 v1.0", "3", "2", "1")
    assert export["ExportStartDate"] == "2023-05-01"  # the first entry exported (ben's)
    assert export["ExportEndDate"] == date.today().isoformat() and export["ExportDate"][:10] == export["ExportEndDate"]
    assert export["ImplementationID"] == f"LEAD Desktop {site.site_id}"
    (organization,) = tables["Organization.csv"]
    (project,) = tables["Project.csv"]
    (funder,) = tables["Funder.csv"]
    (coc,) = tables["ProjectCoC.csv"]
    assert (organization["OrganizationID"], organization["OrganizationName"], organization["VictimServiceProvider"]
            ) == ("ORG-7", "Harbor Services", "0")
    assert (project["ProjectID"], project["OrganizationID"], project["ProjectName"], project["ProjectType"],
            project["ContinuumProject"], project["OperatingStartDate"], project["ResidentialAffiliation"]) == (
        "LEAD-PROJECT-1", "ORG-7", "LEAD Santa Fe", "4", "1", "2023-01-01", "")
    assert (funder["Funder"], funder["OtherFunder"], funder["GrantID"], funder["StartDate"]) == (
        "46", "City of Santa Fe", "SF-2024-17", "2023-01-01")
    assert (coc["CoCCode"], coc["Geocode"], coc["ProjectID"]) == ("NM-500", "359049", "LEAD-PROJECT-1")
    assert [u["UserID"] for u in tables["User.csv"]] == [site.actor.account_id.replace("-", "")]


def test_clients_enrollments_and_exits(hmis_filled, tmp_path):
    site, people = hmis_filled
    ex.export_hmis(site, tmp_path / "h.zip")
    tables = read_tables(tmp_path / "h.zip")
    clients = by(tables["Client.csv"], "LastName")
    ana, ben = clients["Peña-García"], clients["Okafor"]
    assert ana["PersonalID"] == people["ana"].id.replace("-", "")
    assert (ana["FirstName"], ana["MiddleName"], ana["DOB"], ana["DOBDataQuality"], ana["NameDataQuality"],
            ana["Sex"], ana["VeteranStatus"], ana["SSN"], ana["SSNDataQuality"]) == (
        "José", "Luis", "1979-04-12", "1", "1", "1", "0", "", "99")
    assert (ana["AmIndAKNative"], ana["White"], ana["BlackAfAmerican"], ana["HispanicLatinao"], ana["RaceNone"]) == (
        "1", "1", "0", "0", "")
    assert (ben["FirstName"], ben["RaceNone"], ben["White"], ben["Sex"], ben["NameDataQuality"], ben["DOB"],
            ben["DOBDataQuality"]) == ("'@Ben", "9", "0", "0", "2", "", "99")
    enrollments = by(tables["Enrollment.csv"], "PersonalID")
    first = enrollments[ana["PersonalID"]]
    assert (first["EntryDate"], first["LivingSituation"], first["DisablingCondition"], first["RelationshipToHoH"],
            first["ProjectID"], first["EnrollmentCoC"], first["LengthOfStay"], first["DateOfEngagement"]) == (
        "2024-01-15", "116", "1", "1", "LEAD-PROJECT-1", "NM-500", "99", "")
    (exit_row,) = tables["Exit.csv"]
    assert (exit_row["PersonalID"], exit_row["ExitDate"], exit_row["Destination"],
            exit_row["DestinationSubsidyType"]) == (ben["PersonalID"], "2024-02-01", "435", "433")
    assert exit_row["EnrollmentID"] == enrollments[ben["PersonalID"]]["EnrollmentID"]
    situations = sorted(tables["CurrentLivingSituation.csv"], key=lambda r: r["InformationDate"])
    assert [(r["InformationDate"], r["CurrentLivingSituation"], r["LocationDetails"]) for r in situations] == [
        ("2024-01-16", "116", "Library steps"), ("2024-03-05", "205", "'=Clinic door")]  # street contacts only


def test_a_participant_without_an_hmis_consent_is_left_out_or_in_with_a_logged_reason(hmis_filled, tmp_path):
    site, people = hmis_filled
    left = ex.export_hmis(site, tmp_path / "a.zip")
    assert (left.included, left.left_out, left.without_consent) == (2, 1, 0)
    assert {r["LastName"] for r in read_tables(tmp_path / "a.zip")["Client.csv"]} == {"Peña-García", "Okafor"}
    for key in ("ana", "ben"):
        (logged,) = ps.list_records(site, "disclosure", people[key].id)
        assert logged.values["recipient"] == "HMIS / Continuum of Care NM-500"
        assert logged.values["consent_id"] and not logged.values["reason_without_consent"]
    assert ps.list_records(site, "disclosure", people["cy"].id) == []
    with pytest.raises(Exception) as short:
        ex.export_hmis(site, tmp_path / "b.zip", without_consent_reason="because")
    assert "why" in str(short.value)
    both = ex.export_hmis(site, tmp_path / "b.zip", without_consent_reason=REASON)
    assert (both.included, both.left_out, both.without_consent) == (3, 0, 1)
    assert "Twombly" in {r["LastName"] for r in read_tables(tmp_path / "b.zip")["Client.csv"]}
    (logged,) = ps.list_records(site, "disclosure", people["cy"].id)
    assert logged.values["consent_id"] is None and logged.values["reason_without_consent"] == REASON
    entry = audit_service.list_entries(site, limit=1)[0]
    assert (entry.action, entry.entity_type) == (AuditAction.EXPORT.value, "hmis")
    assert (entry.detail["left_out"], entry.detail["without_consent"], entry.detail["rows"]) == (0, 1, 3)
    assert REASON not in str(entry.detail)  # counts, never contents


def test_no_substance_use_information_without_a_part_2_consent_naming_the_hmis(hmis_filled, tmp_path):
    site, people = hmis_filled
    result = ex.export_hmis(site, tmp_path / "a.zip", without_consent_reason=REASON)
    tables = read_tables(tmp_path / "a.zip")
    ben_id = people["ben"].id.replace("-", "")
    assert by(tables["Enrollment.csv"], "PersonalID")[ben_id]["LivingSituation"] == "99"  # 205 held back
    assert "205" in {r["CurrentLivingSituation"] for r in tables["CurrentLivingSituation.csv"]}  # ana's Part 2 consent
    assert result.sud_withheld == 1
    (ana_log,) = ps.list_records(site, "disclosure", people["ana"].id)
    (ben_log,) = ps.list_records(site, "disclosure", people["ben"].id)
    assert "substance-use-disorder" in ana_log.values["information"]
    assert "substance-use-disorder" not in ben_log.values["information"]
    # A reason never stands in for a Part 2 consent; a site that does not apply Part 2 writes it.
    settings_service.set_setting(site, "part2_enabled", False)
    ex.export_hmis(site, tmp_path / "b.zip")
    assert by(read_tables(tmp_path / "b.zip")["Enrollment.csv"], "PersonalID")[ben_id]["LivingSituation"] == "205"


def test_a_path_funded_project_writes_its_referrals(hmis_filled, tmp_path):
    site, people = hmis_filled
    for person, kind in ((people["ana"], "sud_treatment"), (people["ana"], "housing"), (people["ben"], "sud_treatment"),
                         (people["ana"], "legal")):
        ps.add_record(site, "service", person.id, {"service_type": kind, "referred_on": date(2024, 1, 20),
                                                   "outcome": "1"})
    ex.export_hmis(site, tmp_path / "a.zip", details={**DETAILS, "funder": "21", "other_funder": ""})
    tables = read_tables(tmp_path / "a.zip")
    services = tables["Services.csv"]
    assert sorted((r["RecordType"], r["TypeProvided"], r["ReferralOutcome"]) for r in services) == [
        ("161", "2", "1"), ("161", "6", "1")]  # ben's referral to treatment held back, legal has no PATH type
    assert {r["ClientEnrolledInPATH"] for r in tables["Enrollment.csv"]} == {"1"}
    assert ex.hmis_site(site).funder == 21 and ex.hmis_site(site).other_funder == ""
    assert validate_export(tmp_path / "a.zip") == []


def test_street_outreach_engagement_is_the_first_plan_goal(hmis_filled, tmp_path):
    site, people = hmis_filled
    ps.add_record(site, "goal", people["ana"].id, {"goal": "Get an ID", "set_on": date(2024, 2, 10)})
    ps.add_record(site, "goal", people["ana"].id, {"goal": "Housing", "set_on": date(2024, 3, 10)})
    ex.export_hmis(site, tmp_path / "a.zip")
    enrollment = by(read_tables(tmp_path / "a.zip")["Enrollment.csv"], "PersonalID")[people["ana"].id.replace("-", "")]
    assert enrollment["DateOfEngagement"] == "2024-02-10"


def test_the_details_are_asked_until_kept(filled, tmp_path):
    site, _people = filled
    with pytest.raises(FormInvalid) as missing:
        ex.export_hmis(site, tmp_path / "a.zip")
    assert {"organization_id", "project_id", "coc_code", "geocode", "grant_id"} <= set(missing.value.problems)
    with pytest.raises(FormInvalid):
        ex.export_hmis(site, tmp_path / "a.zip", details={**DETAILS, "coc_code": "NM500"})
    assert not (tmp_path / "a.zip").exists()
    ex.export_hmis(site, tmp_path / "a.zip", details={**DETAILS, "coc_code": "nm-500"})
    assert ex.hmis_site_values(site)["coc_code"] == "NM-500"
    ex.export_hmis(site, tmp_path / "b.zip")  # kept: not asked again
    changes = [e for e in audit_service.list_entries(site, limit=50) if e.action == AuditAction.SETTINGS_CHANGED.value]
    assert {e.detail["key"] for e in changes} >= {"hmis_project_id", "hmis_coc_code"}


def test_a_case_manager_exports_with_the_kept_details_and_a_viewer_not_at_all(hmis_filled, tmp_path, site_dir):
    site, _people = hmis_filled
    accounts.add_account(site, "cm", "Case Manager", Role.CASE_MANAGER, "case manager pass 1")
    accounts.add_account(site, "pcg", "PCG Member", Role.VIEWER, "viewer pass phrase 1")
    site.close()
    with site_helpers.signed_in(site_dir, "cm", "case manager pass 1") as manager:
        assert ex.export_hmis(manager, tmp_path / "a.zip").included == 2
        with pytest.raises(PermissionDenied):  # the details are a site setting: administrators change them
            ex.export_hmis(manager, tmp_path / "c.zip", details={**DETAILS, "grant_id": "SF-2025-02"})
        assert ex.hmis_site(manager).grant_id == "SF-2024-17" and not (tmp_path / "c.zip").exists()
    with site_helpers.signed_in(site_dir, "pcg", "viewer pass phrase 1") as viewer:
        for call in (lambda: ex.save_hmis_site(viewer, DETAILS), lambda: ex.hmis_site_values(viewer),
                     lambda: ex.export_hmis(viewer, tmp_path / "b.zip")):
            with pytest.raises(PermissionDenied):
                call()
    assert not (tmp_path / "b.zip").exists()


def test_ids_are_stable_and_merged_people_left_out(hmis_filled, tmp_path):
    site, people = hmis_filled
    ex.export_hmis(site, tmp_path / "one.zip", without_consent_reason=REASON)
    ps.merge_participants(site, people["ana"].id, people["cy"].id)
    ex.export_hmis(site, tmp_path / "two.zip", without_consent_reason=REASON)
    one, two = read_tables(tmp_path / "one.zip"), read_tables(tmp_path / "two.zip")
    assert len(two["Client.csv"]) == 2
    ids_one = {r["PersonalID"]: (r["EnrollmentID"], r["HouseholdID"]) for r in one["Enrollment.csv"]}
    ids_two = {r["PersonalID"]: (r["EnrollmentID"], r["HouseholdID"]) for r in two["Enrollment.csv"]}
    assert all(ids_one[k] == v for k, v in ids_two.items())
    assert one["Export.csv"][0]["ExportID"] != two["Export.csv"][0]["ExportID"]


def test_a_folder_that_holds_files_is_refused(hmis_filled, tmp_path):
    site, _people = hmis_filled
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ex.ExportFolderNotEmpty):
        ex.export_hmis(site, tmp_path / "used")
    assert (tmp_path / "used" / "notes.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "empty").mkdir()
    assert ex.export_hmis(site, tmp_path / "empty").rows == 2
    assert sorted(p.name for p in (tmp_path / "empty").iterdir()) == sorted(EXPORTED)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left behind


def test_a_later_consent_naming_the_hmis_brings_the_person_in(hmis_filled, tmp_path):
    site, people = hmis_filled
    consent(site, people["cy"], sud=False)
    assert ex.hmis_consent_count(site) == ex.ConsentCount(3, 0)
    assert ex.export_hmis(site, tmp_path / "a.zip").included == 3
