"""Importing (services.exchange.importing): all or nothing, valid only, dry run, re-runs, cancel,
progress, audit, and generated rows that never leave a partial import."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services.exchange.files import FileUnreadable
from lead_desktop.storage import models as M
from tests.helpers import sites as site_helpers
from tests.services.exchange.helpers import HEADER, csv_bytes, import_file, load, person_row, rows_of, write_csv


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
        assert session.scalar(select(func.count()).select_from(M.Organization)) == 1
        assert session.scalar(select(func.count()).select_from(M.ReferringOfficer)) == 1
        enrolled = session.scalar(select(M.Referral).where(M.Referral.outcome == "enrolled"))
        assert enrolled.participant_id == two_people["Marcus Okafor"].id
        assert enrolled.outcome_on == date(2024, 1, 15) and enrolled.intake_completed_on == date(2024, 1, 15)
        declined = session.scalar(select(M.Referral).where(M.Referral.outcome == "declined"))
        assert declined.outcome_on == date(2024, 2, 1) and declined.participant_id is None
        assert declined.intake_due_on is not None  # an arrest diversion keeps its legal clock
    assert import_file(new_site, path, "referrals", valid_only=True,
                       rejected_to=tmp_path / "r2.csv").created == 0


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
