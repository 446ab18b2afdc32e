"""lead-desktop-admin import and export: the README's sample files, refusals and their exit codes,
the export key from standard input."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from lead_desktop import cli
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.hmis_validator import validate_export

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def admin(run, site_dir):
    code, _out, err = run("--data-dir", site_dir, "init", "--site-name", SITE_NAME, "--admin-user", "admin",
                          "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    return ["--data-dir", str(site_dir), "--user", "admin", "--password-stdin"]


def counts(site_dir: Path) -> tuple[int, int, int]:
    site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        people = ps.list_participants(site, limit=500).rows
        contacts = sum(len(ps.list_records(site, "contact", p.id)) for p in people)
        from lead_desktop.services import referrals

        return len(people), contacts, referrals.list_referrals(site).total
    finally:
        site.close()


def test_the_readme_samples_import_in_order_and_a_rerun_creates_nothing(run, admin, site_dir):
    for kind in ("participants", "contacts", "referrals"):
        code, out, err = run(*admin, "import", kind, SAMPLES / f"{kind}.csv", stdin=ADMIN_PASSWORD + "\n")
        assert (code, err) == (0, ""), out
        assert "Imported" in out
    assert counts(site_dir) == (8, 8, 5)
    code, out, _err = run(*admin, "import", "participants", SAMPLES / "participants.csv", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    assert "8 imported before" in out and "Imported 0 new" in out
    assert counts(site_dir) == (8, 8, 5)


def test_a_dry_run_shows_the_mapping_and_changes_nothing(run, admin, site_dir):
    code, out, _err = run(*admin, "import", "participants", SAMPLES / "participants.csv", "--dry-run",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    assert "DOB → Date of birth" in out and "Client ID → External ID" in out
    assert "8 record(s) would be created" in out
    assert counts(site_dir) == (0, 0, 0)


@pytest.fixture
def bad_file(tmp_path) -> Path:
    text = (SAMPLES / "participants.csv").read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace("11/03/1985", "11/33/1985")
    path = tmp_path / "people.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def test_a_row_with_a_problem_stops_the_whole_import(run, admin, site_dir, bad_file):
    code, out, _err = run(*admin, "import", "participants", bad_file, stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT
    assert "row 3: has problems: Date of birth: please enter a date" in out
    assert "Nothing was imported" in out
    assert counts(site_dir) == (0, 0, 0)


def test_valid_only_writes_the_rejected_rows(run, admin, site_dir, bad_file, tmp_path):
    rejected = tmp_path / "fix-me.csv"
    code, out, _err = run(*admin, "import", "participants", bad_file, "--valid-only", "--rejected-to", rejected,
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == 0 and str(rejected) in out
    with open(rejected, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["First Name"], r["Row"]) for r in rows] == [("Rosa", "3")]
    assert counts(site_dir)[0] == 7
    code, _out, err = run(*admin, "import", "participants", bad_file, "--rejected-to", rejected,
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "--valid-only" in err


def test_a_saved_mapping_is_used_by_name(run, admin, site_dir, tmp_path):
    code, _out, err = run(*admin, "import", "participants", SAMPLES / "participants.csv", "--dry-run",
                          "--save-mapping", "Old sheet", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    code, out, _err = run(*admin, "import", "participants", SAMPLES / "participants.csv", "--mapping", "Old sheet",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == 0 and "Imported 8 new participants" in out
    code, _out, err = run(*admin, "import", "contacts", SAMPLES / "contacts.csv", "--mapping", "Old sheet",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "is for participants" in err
    code, _out, err = run(*admin, "import", "contacts", SAMPLES / "contacts.csv", "--mapping", "Nope",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "no saved mapping" in err


def test_an_unreadable_file_is_one_plain_line(run, admin, tmp_path):
    code, _out, err = run(*admin, "import", "participants", tmp_path / "nothing.csv", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_OTHER
    assert "does not exist" in err and "Traceback" not in err


def test_exports_write_lists_deidentified_and_hmis_files(run, admin, site_dir, tmp_path):
    run(*admin, "import", "participants", SAMPLES / "participants.csv", stdin=ADMIN_PASSWORD + "\n")
    code, out, err = run(*admin, "export", "participants", "-o", tmp_path / "list.xlsx", stdin=ADMIN_PASSWORD + "\n")
    assert (code, err) == (0, "") and "8 rows" in out
    code, out, _err = run(*admin, "export", "participants", "--codes", "-o", tmp_path / "list.csv",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    assert (tmp_path / "list.csv").read_text(encoding="utf-8-sig").startswith("lead_number,first_name,")
    code, out, err = run(*admin, "export", "hmis", "-o", tmp_path / "hmis.zip", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "HMIS OrganizationID" in err and "CoC code" in err  # details first
    hmis_options = ["--organization-id", "ORG-7", "--organization-name", "Harbor Services", "--project-id", "LEAD-1",
                    "--project-name", "LEAD Santa Fe", "--coc-code", "NM-500", "--geocode", "359049", "--funder", "46",
                    "--other-funder", "City of Santa Fe", "--grant-id", "SF-17", "--operating-start", "2023-01-01"]
    code, out, err = run(*admin, "export", "hmis", "-o", tmp_path / "hmis.zip", *hmis_options,
                         stdin=ADMIN_PASSWORD + "\n")
    assert (code, err) == (0, ""), out
    assert "Client.csv: 0 rows" in out and "8 participant(s) left out" in out  # nobody's consent names the HMIS
    code, out, err = run(*admin, "export", "hmis", "-o", tmp_path / "all.zip", "--without-consent-reason",
                         "The CoC's data-sharing agreement covers every LEAD participant.", stdin=ADMIN_PASSWORD + "\n")
    assert (code, err) == (0, "") and "Client.csv: 8 rows" in out and "8 participant(s) exported without" in out
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        assert len(archive.namelist()) == 14 and "Export.csv" in archive.namelist()
        assert "LEAD-1" in archive.read("Project.csv").decode("utf-8")
    assert validate_export(tmp_path / "all.zip") == []
    code, _out, err = run(*admin, "export", "participants", "-o", tmp_path / "x.csv", "--coc-code", "NM-500",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "go with export hmis" in err
    key = "an export key for the evaluators"
    code, out, _err = run(*admin, "export", "deidentified", "-o", tmp_path / "a.csv",
                          stdin=f"{ADMIN_PASSWORD}\n{key}\n")
    assert code == 0 and "8 rows" in out
    run(*admin, "export", "deidentified", "-o", tmp_path / "b.csv", stdin=f"{ADMIN_PASSWORD}\n{key}\n")
    first, second = ((tmp_path / n).read_text(encoding="utf-8-sig") for n in ("a.csv", "b.csv"))
    assert first == second and "Okafor" not in first


def test_the_export_key_comes_only_from_standard_input(run, admin, tmp_path):
    code, _out, err = run(*admin, "export", "deidentified", "-o", tmp_path / "a.csv", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "export key" in err
    code, _out, err = run(*admin, "export", "deidentified", "-o", tmp_path / "a.csv", stdin=f"{ADMIN_PASSWORD}\nshort\n")
    assert code == cli.EXIT_BAD_INPUT and "at least 12 characters" in err
    code, _out, err = run(*admin, "export", "deidentified", "-o", tmp_path / "a.csv", "--key", "x",
                          stdin=f"{ADMIN_PASSWORD}\n")
    assert code == cli.EXIT_BAD_INPUT and "never taken from the command line" in err
    assert not (tmp_path / "a.csv").exists()


def test_import_and_export_are_in_the_help(run):
    code, out, _err = run("--help")
    assert code == 0 and "import" in out and "export" in out
    code, out, _err = run("import", "--help")
    assert code == 0 and "--valid-only" in out and "--dry-run" in out and "--mapping" in out


def test_sample_files_hold_only_synthetic_people():
    """The README's samples import cleanly as they are (checked above) and carry no real data markers."""
    for name in ("participants.csv", "contacts.csv", "referrals.csv"):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        assert "555-01" in text or name != "participants.csv"  # fictional 555-01xx numbers only
        table = ex.read_table(SAMPLES / name)
        assert table.encoding == "utf-8" and len(table.rows) >= 5


def test_import_hmis_checks_imports_and_refuses_like_the_other_imports(run, admin, site_dir, tmp_path):
    run(*admin, "import", "participants", SAMPLES / "participants.csv", stdin=ADMIN_PASSWORD + "\n")
    run(*admin, "export", "hmis", "-o", tmp_path / "hmis.zip", "--organization-id", "ORG-7", "--organization-name",
        "Harbor", "--project-id", "LEAD-1", "--project-name", "LEAD", "--coc-code", "NM-500", "--geocode", "359049",
        "--funder", "21", "--grant-id", "G-1", "--operating-start", "2023-01-01", "--without-consent-reason",
        "The CoC's data-sharing agreement covers every LEAD participant.", stdin=ADMIN_PASSWORD + "\n")
    other = tmp_path / "other"
    code, _out, err = run("--data-dir", other, "init", "--site-name", "Other LEAD", "--admin-user", "admin",
                          "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    them = ["--data-dir", str(other), "--user", "admin", "--password-stdin"]
    code, out, err = run(*them, "import", "hmis", tmp_path / "hmis.zip", "--dry-run", stdin=ADMIN_PASSWORD + "\n")
    assert (code, err) == (0, "") and "project LEAD-1" in out and "8 participant(s) would be created" in out
    code, out, err = run(*them, "import", "hmis", tmp_path / "hmis.zip", "--project-id", "LEAD-1",
                         stdin=ADMIN_PASSWORD + "\n")
    assert (code, err) == (0, "") and "Imported 8 new participant(s); updated 0." in out
    code, out, _err = run(*them, "import", "hmis", tmp_path / "hmis.zip", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0 and "8 imported before" in out and "Imported 0 new" in out
    code, _out, err = run(*them, "import", "hmis", tmp_path / "hmis.zip", "--project-id", "NOPE",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "no enrollments in a project with the ID NOPE" in err
    code, _out, err = run(*them, "import", "hmis", tmp_path / "hmis.zip", "--valid-only", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "all or nothing" in err
    code, _out, err = run(*them, "import", "hmis", SAMPLES / "participants.csv", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_OTHER and "neither a folder nor a .zip" in err and "Traceback" not in err
    with zipfile.ZipFile(tmp_path / "hmis.zip") as archive, zipfile.ZipFile(tmp_path / "bad.zip", "w") as bad:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "Client.csv":
                rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
                rows[0]["VeteranStatus"] = "7"  # off its list
                out = io.StringIO()
                writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
                writer.writeheader()
                writer.writerows(rows)
                data = out.getvalue().encode("utf-8")
            bad.writestr(name, data)
    code, out, _err = run(*them, "import", "hmis", tmp_path / "bad.zip", stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "VeteranStatus" in out and "Nothing was imported" in out
    code, _out, err = run(*admin, "import", "participants", SAMPLES / "participants.csv", "--project-id", "X",
                          stdin=ADMIN_PASSWORD + "\n")
    assert code == cli.EXIT_BAD_INPUT and "goes with import hmis" in err
