"""lead-desktop-admin report: every kind from the command line, round trips read back, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from lead_desktop import cli
from lead_desktop.services import participants
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.services.metrics.dataset import build_dataset


@pytest.fixture
def run(run):
    """The shared `run`, with the administrator's password on standard input unless told otherwise."""

    def _run(*argv: object, stdin: str | None = ADMIN_PASSWORD + "\n") -> tuple[int, str, str]:
        return run(*argv, stdin=stdin)

    return _run


@pytest.fixture
def site_with_data(site_dir):
    site, _ = sites.create_site(site_dir, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")
    try:
        ids = build_dataset(site)
    finally:
        site.close()
    return ids


def report(site_dir: Path, *args: object) -> list[object]:
    return ["--data-dir", site_dir, "--user", "admin", "--password-stdin", "report", *args]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_a_fresh_sites_fact_sheet_is_one_us_letter_page_without_placeholders(run, site_dir, tmp_path):
    sites.create_site(site_dir, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")[0].close()
    code, out, err = run(*report(site_dir, "fact-sheet", "-o", tmp_path / "f.pdf"))
    assert code == 0, err
    assert "(PDF, 1 page)" in out
    assert "Not written yet, so left out of the fact sheet: How to refer, Contact" in out
    reader = pypdf.PdfReader(tmp_path / "f.pdf")
    assert len(reader.pages) == 1
    assert [float(v) for v in reader.pages[0].mediabox] == [0, 0, 612, 792]
    text = pdf_text(tmp_path / "f.pdf")
    for placeholder in ("[phone number]", "[name]", "[Phone]", "[Email]", "Your site edits this text",
                        "How to refer", "Contact"):
        assert placeholder not in text
    assert "What LEAD is" in text and "REORIENT" in text


def test_program_report_round_trip_in_every_format(run, site_dir, site_with_data, tmp_path):
    code, out, err = run(*report(site_dir, "program", "-o", tmp_path / "q1.pdf", "--period", "quarter",
                                 "--date", "2025-02-14"))
    assert code == 0, err
    assert "Program report for 2025-01-01 to 2025-03-31 (internal: contains small counts)" in out
    text = pdf_text(tmp_path / "q1.pdf")
    assert "Arrest diversion 1 0 1 2 2 6" in text and "Total 1 1 1 3 3 9" in text

    code, out, err = run(*report(site_dir, "program", "-o", tmp_path / "q1.json", "--from", "2025-01-01",
                                 "--to", "2025-03-31", "--public"))
    assert code == 0, err
    doc = json.loads((tmp_path / "q1.json").read_text(encoding="utf-8"))
    assert doc["numbers"]["public"] is True and doc["numbers"]["funnel"]["total"] == "<11"
    assert doc["numbers"]["period"]["kind"] == "custom"

    code, _, err = run(*report(site_dir, "program", "-o", tmp_path / "q1.txt", "--format", "csv",
                               "--from", "2025-01-01", "--to", "2025-03-31"))
    assert code == 0, err
    assert "Arrest diversion,1,0,1,2,2,6" in (tmp_path / "q1.txt").read_text(encoding="utf-8-sig")


def test_fact_sheet_is_public_unless_internal(run, site_dir, site_with_data, tmp_path):
    assert run(*report(site_dir, "fact-sheet", "-o", tmp_path / "f.json"))[0] == 0
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["numbers"]["numbers"]["enrolled"] == "<11"
    assert run(*report(site_dir, "fact-sheet", "-o", tmp_path / "g.json", "--internal"))[0] == 0
    assert json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["numbers"]["numbers"]["enrolled"] == 8
    code, out, _ = run(*report(site_dir, "fact-sheet", "-o", tmp_path / "f.pdf"))
    assert code == 0 and ("(PDF, 1 page)" in out or "(PDF, 2 pages)" in out)
    assert SITE_NAME in pdf_text(tmp_path / "f.pdf")


def test_case_summary_needs_consent_or_a_reason_and_is_logged(run, site_dir, site_with_data, tmp_path):
    target = tmp_path / "cs.pdf"
    code, _, err = run(*report(site_dir, "case-summary", "-o", target, "--participant", "TEST-000003",
                               "--recipient", "Public Defender"))
    assert code == cli.EXIT_BAD_INPUT and "No consent in force covers" in err and not target.exists()
    code, out, err = run(*report(site_dir, "case-summary", "-o", target, "--participant", "test-000003",
                               "--recipient", "Public Defender", "--reason", "Court order 25-17",
                               "--purpose", "Hearing"))
    assert code == 0, err
    assert "Disclosure logged" in out
    assert "Zoë Ñandú-Łukasz" in pdf_text(target)
    site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        (entry,) = participants.list_records(site, "disclosure", site_with_data["P3"])
        assert entry.values["reason_without_consent"] == "Court order 25-17"
        assert entry.values["recipient"] == "Public Defender"
    finally:
        site.close()


def test_options_that_do_not_fit_the_report_are_refused(run, site_dir, site_with_data, tmp_path):
    out = tmp_path / "x.pdf"
    cases = [
        report(site_dir, "roster", "-o", out),
        report(site_dir, "minutes", "-o", out),
        report(site_dir, "packet", "-o", out),
        report(site_dir, "case-summary", "-o", out, "--participant", "TEST-000001"),
        report(site_dir, "fact-sheet", "-o", out, "--period", "month"),
        report(site_dir, "program", "-o", out, "--from", "2025-01-01"),
        report(site_dir, "program", "-o", out, "--from", "2025-13-01", "--to", "2025-12-31"),
        report(site_dir, "program", "-o", out, "--from", "2025-01-01", "--to", "2025-02-01", "--period", "year"),
        report(site_dir, "roster", "-o", out, "--body", "no such body"),
    ]
    for argv in cases:
        code, _, err = run(*argv)
        assert code == cli.EXIT_BAD_INPUT, (argv, err)
    assert not out.exists()


def test_wrong_password_and_unknown_meeting(run, site_dir, site_with_data, tmp_path):
    code, _, _ = run(*report(site_dir, "fact-sheet", "-o", tmp_path / "f.pdf"), stdin="wrong password\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    code, _, err = run(*report(site_dir, "minutes", "-o", tmp_path / "m.pdf", "--meeting", "not-an-id"))
    assert code == cli.EXIT_OTHER and "no longer exists" in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_roster_by_body_kind_and_name(run, site_dir, site_with_data, tmp_path):
    from lead_desktop.services import governance

    site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        governance.create_body(site, {"name": "Policy Coordinating Group", "kind": "pcg",
                                      "rule": "consensus_one_voice_per_agency"})
    finally:
        site.close()
    for body in ("pcg", "policy coordinating group"):
        code, out, err = run(*report(site_dir, "roster", "--body", body, "-o", tmp_path / "r.csv"))
        assert code == 0, err
    assert "Body,Policy Coordinating Group" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_help_lists_the_report_command(run):
    code, out, _ = run("report", "--help", stdin=None)
    assert code == 0 and "fact-sheet" in out and "case-summary" in out and "--recipient" in out
