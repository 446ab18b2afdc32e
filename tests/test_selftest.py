"""`lead-desktop --self-test`: the installation check the bundle build runs on the frozen program.

Here it runs from the source tree: once as the real command in a subprocess (real scrypt timing,
no display), and in-process for the failure paths and the folder handling.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from lead_desktop import app, selftest
from lead_desktop.paths import default_data_dir
from lead_desktop.services import participants
from lead_desktop.services import site as sites

STEPS = (
    "create a site",
    "sign in",
    "write and read a participant and a contact",
    "export the Recovery Kit",
    "export the fact sheet",
    "verify the site",
    "back up, restore, sign in to the copy, open it with the recovery key",
    "load the keychain backends",
    "load Qt",
)
SQLITE_HEADER = b"SQLite format 3\x00"


def run_command(folder: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run(
        [sys.executable, "-m", "lead_desktop", "--self-test", "--data-dir", str(folder)],
        capture_output=True, text=True, timeout=180, env=env, check=False,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.slow
def test_the_command_passes_and_leaves_a_real_site_behind(tmp_path):
    folder = tmp_path / "check"
    done = run_command(folder, tmp_path / "home")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1].startswith(selftest.PASSED)
    for step in STEPS:
        assert any(line.startswith(f"ok   {step}") for line in lines), step
    assert "platform offscreen" in done.stdout
    assert "Test Person" not in done.stdout  # nothing about the made-up person is printed

    # The databases on disk are SQLCipher files, not plain SQLite.
    for db in (folder / "site" / "site.db", folder / selftest.RESTORED / "site.db"):
        assert db.read_bytes()[:16] != SQLITE_HEADER
        assert db.stat().st_size > 10_000

    kit = pdf_text(folder / "exports" / "recovery-kit.pdf")
    assert "Recovery Kit" in kit and selftest.SITE_NAME in kit
    sheet = PdfReader(folder / "exports" / "fact-sheet.pdf")
    assert len(sheet.pages) >= 1 and selftest.SITE_NAME in pdf_text(folder / "exports" / "fact-sheet.pdf")
    assert any(page.images for page in sheet.pages)  # the PNG logo made it into the PDF

    # The key printed in the Recovery Kit opens the restored copy, which holds the participant.
    key = re.search(r"x'([0-9a-f]{64})'", kit.replace("\n", ""))
    assert key, "no recovery key in the kit"
    restored = sites.open_with_recovery_key(folder / selftest.RESTORED, key.group(1))
    try:
        rows = participants.list_participants(restored).rows
        assert [row.name for row in rows] == ["Test Person"]
        assert participants.list_records(restored, "contact", rows[0].id)
    finally:
        restored.close()


@pytest.mark.slow
def test_the_command_fails_with_a_traceback_on_a_folder_in_use(tmp_path):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    done = run_command(folder, tmp_path / "home")

    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert "not empty" in done.stderr and "self-test FAILED" in done.stderr
    assert selftest.PASSED not in done.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert (folder / "notes.txt").read_text() == "keep me"


def test_without_a_data_dir_it_uses_a_temporary_folder_and_removes_it(capsys):
    assert app.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    used = Path(first.rsplit(" self-test in ", 1)[1])
    assert "lead-desktop-self-test-" in used.name
    assert not used.exists()
    assert not default_data_dir().exists()  # the real data folder is never touched
    assert out.strip().splitlines()[-1].startswith(selftest.PASSED)


def test_any_exception_gives_exit_code_1_and_the_traceback(tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    out, err = io.StringIO(), io.StringIO()

    assert selftest.main(not_a_folder, out, err) == 1

    assert "Traceback (most recent call last)" in err.getvalue()
    assert "NotADirectoryError" in err.getvalue() and "self-test FAILED" in err.getvalue()
    assert selftest.PASSED not in out.getvalue()
    assert not_a_folder.read_text() == "x"


def test_an_empty_existing_folder_is_accepted_and_a_used_one_refused(tmp_path):
    folder = tmp_path / "fresh"
    folder.mkdir()
    out = io.StringIO()
    assert selftest.main(folder, out, io.StringIO()) == 0
    assert out.getvalue().strip().splitlines()[-1].startswith(selftest.PASSED)
    err = io.StringIO()
    assert selftest.main(folder, io.StringIO(), err) == 1  # now it holds the first run's sites
    assert "not empty" in err.getvalue()


def test_a_windowed_program_writes_its_report_to_the_temporary_folder(tmp_path, monkeypatch):
    reports = tmp_path / "tmp"
    reports.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(reports))
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)

    code = selftest.main(busy)

    monkeypatch.undo()
    assert code == 1
    report = (reports / selftest.REPORT_NAME).read_text(encoding="utf-8")
    assert "self-test FAILED" in report and "not empty" in report
