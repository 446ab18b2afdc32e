"""lead-desktop-admin import site-history with the hand-made history in samples/history: the program
report's numbers afterwards, counted by hand from the three files; a second run, a dry run, a broken row,
the valid rows only, the same history as one .xlsx, status words the import does not know.

The sample (people.csv, referrals.csv, contacts.csv: UTF-8 with a byte-order mark, US dates, quoted line
breaks, a note starting "+1-555", accented names; the same rows in history.xlsx, one sheet each):

    people   H-001 … H-012. Enrolled (Active, Enrolled, Exited, Closed, Inactive, Activo): H-001, H-002,
             H-003, H-004, H-005, H-009, H-010, H-012 = 8. Not enrolled (Not enrolled, No inscrito):
             H-006, H-007, H-008, H-011 = 4. No enrollment date column.
    referrals R-01 … R-14, all dated before the site was made (today), so all recorded before LEAD
             Desktop; R-01, R-05, R-10, R-13 are arrest diversions with no officer and no offense.
    contacts 20 rows; row 5 repeats row 4 exactly (not imported); one unable-to-locate contact (row 8).

Enrollment dates, worked out from the referrals (people.csv has none):
    H-001 2025-02-10 (R-01 outcome date)   H-002 2025-04-15 (R-02 referral date, outcome blank)
    H-003 2025-06-01 (R-03 referral date)  H-004 2025-09-20 (R-04 outcome date)
    H-005 2026-01-20 (R-05 outcome date)   H-009 2026-03-20 (R-09 referral date, outcome blank)
    H-010 2026-05-06 (R-10 outcome date)   H-012 2026-08-10 (R-12 outcome date)
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lead_desktop import cli
from lead_desktop.services import site as sites
from lead_desktop.storage import models as M
from tests.cli.conftest import as_admin
from tests.conftest import ADMIN_PASSWORD

HISTORY = Path(__file__).resolve().parents[2] / "samples" / "history"
PW = ADMIN_PASSWORD + "\n"

# Referrals by pathway × outcome; columns: ineligible, declined, intake not completed, enrolled, pending.
WHOLE_FUNNEL = [
    [0, 2, 0, 4, 0],  # arrest diversion: enrolled; declined
    [1, 0, 0, 3, 1],  # social contact: R-07 ineligible; R-02, R-09 (enrolling, outcome blank), R-12 enrolled;
                      # R-14 pending (H-001 referred again, outcome blank, H-001 already enrolled by R-01)
    [0, 0, 1, 1, 1],  # community: R-11 intake not completed; R-04 enrolled; R-08 pending (H-008 never enrolled)
]
Q1_FUNNEL = [  # referred 2026-01-01 … 2026-03-31
    [0, 1, 0, 1, 0],  # R-06 declined, R-05 enrolled
    [1, 0, 0, 1, 1],  # R-07 ineligible, R-09 enrolled, R-14 pending
    [0, 0, 0, 0, 1],  # R-08 pending
]
# Enrollments by race and ethnicity; keys as the report's equity lines (HMIS codes, multiple, unknown).
WHOLE_RACES = {
    "1": 1,  # H-010 American Indian, Alaska Native or Indigenous
    "2": 1,  # H-005 Asian
    "3": 1,  # H-003 Black
    "6": 1,  # H-001 Hispanic/Latina/e/o
    "7": 0, "4": 0,
    "5": 2,  # H-002, H-012 White
    "multiple": 1,  # H-004 Black; White
    "unknown": 1,  # H-009 race left blank
}
Q1_RACES = {"1": 0, "2": 1, "3": 0, "6": 0, "7": 0, "4": 0, "5": 0, "multiple": 0, "unknown": 1}  # H-005, H-009


@pytest.fixture
def admin(created, site_dir) -> list[str]:
    return as_admin(site_dir)


def _import(run, admin, *extra: object, folder: Path = HISTORY, contacts: bool = True):  # noqa: ANN001, ANN202
    files = ["--people", folder / "people.csv", "--referrals", folder / "referrals.csv"]
    if contacts:
        files += ["--contacts", folder / "contacts.csv"]
    return run(*admin, "import", "site-history", *files, *extra, stdin=PW)


def _numbers(run, admin, tmp_path: Path, *period: str) -> dict:  # noqa: ANN001
    target = tmp_path / "program.json"
    code, _out, err = run(*admin, "report", "program", "--format", "json", "-o", target, *period, stdin=PW)
    assert code == 0, err
    return json.loads(target.read_text(encoding="utf-8"))["numbers"]


def _races(numbers: dict) -> dict[str, int]:
    return {line["key"]: line["count"] for line in numbers["equity"]["enrollments"]["lines"]}


def _engagement(numbers: dict) -> tuple[int, int, int]:
    people = {line["key"]: line["count"] for line in numbers["engagement"]["people"]["lines"]}
    return people["contacted"], people["not_contacted"], numbers["engagement"]["contacts"]


def counts(site_dir: Path) -> tuple[int, int, int]:
    site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        with site.unit_of_work() as session:
            return tuple(session.scalar(select(func.count()).select_from(model))  # type: ignore[return-value]
                         for model in (M.Participant, M.Referral, M.Contact))
    finally:
        site.close()


def test_a_history_comes_in_whole_and_the_program_report_counts_it_exactly(run, admin, site_dir, tmp_path):
    code, out, err = _import(run, admin)
    assert (code, err) == (0, ""), out
    assert "Alleged Offence → Alleged offen" in out  # the British header is matched
    assert "people.csv: 12 rows: 8 participants created, 4 referral subjects (not enrolled), 0 already there, " \
           "0 refused." in out
    assert "referrals.csv: 14 rows: 14 referrals created, 0 already there, 0 refused." in out
    assert "contacts.csv: 20 rows: 19 contacts created, 0 already there, 1 repeat, 0 refused." in out
    assert "Enrollment dates: 5 from the referral's outcome date, 3 from the referral date." in out
    assert counts(site_dir) == (8, 14, 19)

    whole = _numbers(run, admin, tmp_path, "--from", "2025-01-01", "--to", "2026-11-30")
    assert whole["funnel"]["row_keys"] == ["arrest_diversion", "social_contact", "community"]
    assert whole["funnel"]["col_keys"] == ["ineligible", "declined", "intake_not_completed", "enrolled", "pending"]
    assert whole["funnel"]["cells"] == WHOLE_FUNNEL
    assert whole["funnel"]["total"] == 14
    assert whole["enrollments"] == 8  # the eight enrolled people, all enrolled in the period
    # Served: all 8. Contacts that reached someone: 19 imported − 1 unable to locate = 18; everyone had one.
    assert _engagement(whole) == (8, 0, 18)
    assert _races(whole) == WHOLE_RACES

    q1 = _numbers(run, admin, tmp_path, "--period", "quarter", "--date", "2026-02-15")
    assert q1["funnel"]["cells"] == Q1_FUNNEL
    assert q1["funnel"]["total"] == 6
    assert q1["enrollments"] == 2  # H-005 (2026-01-20) and H-009 (2026-03-20)
    # On the caseload in Q1: H-001, H-002, H-003, H-004 (exits after the quarter), H-005, H-009 = 6.
    # Contacts in Q1 that reached them: H-001 01/15 (its repeat not imported) and 02/20, H-003 03/05,
    # H-004 03/31 16:00, H-005 01/21, H-009 03/21 = 6; H-002's only Q1 contact was "unable to locate".
    assert _engagement(q1) == (5, 1, 6)
    assert _races(q1) == Q1_RACES


def test_a_second_run_creates_nothing(run, admin, site_dir):
    assert _import(run, admin)[0] == 0
    code, out, _err = _import(run, admin)
    assert code == 0, out
    assert "people.csv: 12 rows: 0 participants created, 0 referral subjects (not enrolled), 12 already there, " \
           "0 refused." in out
    assert "referrals.csv: 14 rows: 0 referrals created, 14 already there, 0 refused." in out
    assert "contacts.csv: 20 rows: 0 contacts created, 20 already there, 0 refused." in out
    assert counts(site_dir) == (8, 14, 19)


def test_a_dry_run_changes_nothing(run, admin, site_dir):
    code, out, _err = _import(run, admin, "--dry-run")
    assert code == 0, out
    assert "people.csv: 12 rows: 8 participants would be created" in out
    assert "Dry run: nothing was changed." in out
    assert counts(site_dir) == (0, 0, 0)


@pytest.fixture
def broken(tmp_path) -> Path:
    """The sample with one impossible referral date (R-06, Darnell Hayes) and one bad birth date (H-012)."""
    folder = tmp_path / "broken"
    shutil.copytree(HISTORY, folder)
    referrals = (folder / "referrals.csv").read_text(encoding="utf-8-sig")
    (folder / "referrals.csv").write_text(referrals.replace("01/25/2026 13:00", "02/30/2026 13:00"),
                                          encoding="utf-8-sig")
    return folder


def test_a_broken_row_makes_the_whole_import_change_nothing(run, admin, site_dir, broken):
    code, out, _err = _import(run, admin, folder=broken)
    assert code == cli.EXIT_BAD_INPUT
    assert "referrals.csv row 7: has problems: Referral date and time: please enter" in out
    assert "Nothing was imported: 1 row(s) have problems." in out
    assert counts(site_dir) == (0, 0, 0)


def test_valid_only_writes_one_rejected_rows_file_per_input(run, admin, site_dir, broken, tmp_path):
    people = (broken / "people.csv").read_text(encoding="utf-8-sig")
    (broken / "people.csv").write_text(people.replace("03/03/1965", "13/03/1965"), encoding="utf-8-sig")
    rejected = tmp_path / "to-fix"
    rejected.mkdir()
    code, out, err = _import(run, admin, "--valid-only", "--rejected-to", rejected, folder=broken)
    assert code == 0, out + err
    # H-012 (bad birth date) is refused, and with it R-12 and H-012's two contacts; R-06 has a bad date.
    assert "people.csv: 12 rows: 7 participants created, 4 referral subjects (not enrolled), 0 already there, " \
           "1 refused." in out
    assert "referrals.csv: 14 rows: 12 referrals created, 0 already there, 2 refused." in out
    assert "contacts.csv: 20 rows: 17 contacts created, 0 already there, 1 repeat, 2 refused." in out
    assert counts(site_dir) == (7, 12, 17)
    files = sorted(p.name for p in rejected.iterdir())
    assert files == ["contacts-rejected.csv", "people-rejected.csv", "referrals-rejected.csv"]
    with open(rejected / "referrals-rejected.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Referral ID"], r["Row"]) for r in rows] == [("R-06", "7"), ("R-12", "13")]
    assert "H-012" in rows[1]["Reason"] and "not imported" in rows[1]["Reason"]
    # Correct the two rows and import again: only they (and what hangs on them) are added.
    people = (broken / "people.csv").read_text(encoding="utf-8-sig").replace("13/03/1965", "03/03/1965")
    (broken / "people.csv").write_text(people, encoding="utf-8-sig")
    code, out, _err = _import(run, admin, folder=HISTORY)
    assert code == 0, out
    # H-012 is new; H-006 is still a referral subject, now of R-06 too; the other ten are there already.
    assert "people.csv: 12 rows: 1 participants created, 1 referral subjects (not enrolled), 10 already there" in out
    assert counts(site_dir) == (8, 14, 19)


def test_the_same_history_as_one_workbook_gives_the_same_numbers(run, admin, site_dir, tmp_path):
    book = HISTORY / "history.xlsx"
    code, out, err = run(*admin, "import", "site-history", "--people", book, "--referrals", book, "--contacts", book,
                         stdin=PW)
    assert (code, err) == (0, ""), out
    assert "history.xlsx [People]: 12 rows: 8 participants created" in out
    assert "history.xlsx [Contacts]: 20 rows: 19 contacts created, 0 already there, 1 repeat, 0 refused." in out
    assert counts(site_dir) == (8, 14, 19)
    q1 = _numbers(run, admin, tmp_path, "--period", "quarter", "--date", "2026-02-15")
    assert q1["funnel"]["cells"] == Q1_FUNNEL and _engagement(q1) == (5, 1, 6) and _races(q1) == Q1_RACES
    code, out, _err = _import(run, admin)  # the CSVs hold the same rows: nothing new
    assert code == 0 and counts(site_dir) == (8, 14, 19)


def test_status_words_it_does_not_know_stop_it_until_a_mapping_says_what_they_mean(run, admin, site_dir, tmp_path):
    folder = tmp_path / "words"
    shutil.copytree(HISTORY, folder)
    people = (folder / "people.csv").read_text(encoding="utf-8-sig").replace(",Inactive,", ",Dormido,")
    (folder / "people.csv").write_text(people, encoding="utf-8-sig")
    code, out, _err = _import(run, admin, folder=folder)
    assert code == cli.EXIT_BAD_INPUT
    assert "status “Dormido” (1 row) → not known" in out
    assert "The status “Dormido” is not one the import knows" in out
    mapping = tmp_path / "history-mapping.json"
    mapping.write_text(json.dumps({
        "version": 1, "kind": "history", "date_order": "mdy",
        "people": [["Client ID", "external_id"], ["First Name", "first_name"], ["Last Name", "last_name"],
                   ["DOB", "dob"], ["Status", "status"], ["Exit Date", "exit_date"]],
        "referrals": [["Client ID", "participant_external_id"], ["Referral Date", "referred_at"],
                      ["Pathway", "pathway"], ["Outcome", "outcome"], ["Outcome Date", "outcome_on"]],
        "contacts": [["Client ID", "participant_external_id"], ["Contact Date", "at"], ["Type", "contact_type"]],
        "status_words": [["Dormido", "inactive"]],
    }), encoding="utf-8")
    code, out, err = _import(run, admin, "--mapping", mapping, folder=folder)
    assert code == 0, out + err
    assert "status “Dormido” (1 row) → Inactive" in out
    assert counts(site_dir)[0] == 8


def test_the_command_line_is_checked_before_the_site_opens(run, admin):
    code, _out, err = run(*admin, "import", "site-history", "--people", HISTORY / "people.csv", stdin=PW)
    assert code == cli.EXIT_BAD_INPUT and "--people and --referrals" in err
    code, _out, err = run(*admin, "import", "site-history", "--people", HISTORY / "people.csv", "--referrals",
                          HISTORY / "referrals.csv", "--reviewed-rows", "3", stdin=PW)
    assert code == cli.EXIT_BAD_INPUT and "--reviewed-rows does not go with import site-history" in err
    code, _out, err = run(*admin, "import", "participants", stdin=PW)
    assert code == cli.EXIT_BAD_INPUT and "needs the FILE" in err


def test_the_data_quality_report_lists_what_the_history_lacks(run, admin, tmp_path):
    assert _import(run, admin)[0] == 0
    target = tmp_path / "quality.json"
    code, out, err = run(*admin, "report", "data-quality", "-o", target, stdin=PW)
    assert code == 0, err
    payload = json.loads(target.read_text(encoding="utf-8"))
    # Arrest diversions without an officer; social contact R-07 has none either.
    assert payload["gap_counts"]["officer"] == 5
    assert payload["gap_counts"]["offense"] == 4
    assert payload["gap_counts"]["enrolled_from_referral"] == 3  # H-002, H-003, H-009
    assert payload["gap_counts"]["exit_reason"] == 1  # H-004 "Closed" without a reason
    assert payload["data_quality"]["referrals_checked"] == 14
