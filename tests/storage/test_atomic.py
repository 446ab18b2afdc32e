"""The one file writer (storage.atomic): whole files or none, owner-only, and every OSError a known
error in plain words. Failures are made where a real disk would fail (os.fsync for a full disk,
os.replace for a refused rename) by raising the OSError the system raises, with its errno."""

from __future__ import annotations

import datetime
import errno
import os
import stat
from pathlib import Path

import pytest

from lead_desktop.domain.errors import DiskFull, FileInUse, FileNotWritten, FolderNotWritable, PathTooLong
from lead_desktop.storage import atomic

OLD = b"the old file, whole"
NEW = b"the new file " * 1000


def _fail(code: int, winerror: int | None = None):
    def raising(*_args, **_kwargs):
        exc = OSError(code, os.strerror(code))
        if winerror is not None:
            exc.winerror = winerror  # what Windows sets; the mapping reads it on every system
        raise exc

    return raising


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD)
    return path


def _left_behind(folder: Path, keep: str) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name != keep)


def test_a_write_replaces_the_file_whole_owner_only_and_leaves_nothing_else(old_file):
    written = atomic.write_file(old_file, lambda handle: handle.write(NEW))
    assert written == old_file.absolute()
    assert old_file.read_bytes() == NEW
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o600
    assert _left_behind(old_file.parent, old_file.name) == []
    atomic.atomic_write_bytes(old_file, b"again")
    assert old_file.read_bytes() == b"again"


# (where it fails, errno, Windows error, the known error, its plain message)
FAILURES = [
    ("fsync", errno.ENOSPC, None, DiskFull, "The disk is full. Free some space; nothing was saved."),
    ("fsync", errno.EDQUOT, None, DiskFull, "The disk is full. Free some space; nothing was saved."),
    ("replace", errno.EACCES, None, FolderNotWritable, "LEAD Desktop cannot write to the folder {folder}."),
    ("replace", errno.EROFS, None, FolderNotWritable, "LEAD Desktop cannot write to the folder {folder}."),
    ("replace", errno.EBUSY, None, FileInUse, "The file {file} is open in another program"),
    ("replace", errno.EACCES, 32, FileInUse, "The file {file} is open in another program"),
    ("replace", errno.ENAMETOOLONG, None, PathTooLong, "The file name {file} is too long for this computer."),
    ("replace", errno.EIO, None, FileNotWritten, "The file {file} could not be written: Input/output error"),
]


@pytest.mark.parametrize(("where", "code", "winerror", "known", "plain"), FAILURES)
def test_a_write_failing_midway_keeps_the_old_file_and_says_why_plainly(
    old_file, monkeypatch, where, code, winerror, known, plain
):
    monkeypatch.setattr(os, where, _fail(code, winerror))
    with pytest.raises(known) as caught:
        atomic.write_file(old_file, lambda handle: handle.write(NEW))
    assert type(caught.value) is known
    assert caught.value.message.startswith(plain.format(folder=old_file.parent, file=old_file))
    assert "Errno" not in caught.value.message and "OSError" not in caught.value.message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    monkeypatch.undo()
    assert old_file.read_bytes() == OLD
    assert _left_behind(old_file.parent, old_file.name) == []


def test_a_render_that_fails_midway_leaves_the_old_file_and_raises_as_it_was(old_file):
    def render(handle):
        handle.write(NEW[:500])
        raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError, match="layout failed"):
        atomic.write_file(old_file, render)
    assert old_file.read_bytes() == OLD
    assert _left_behind(old_file.parent, old_file.name) == []


def test_a_full_disk_met_while_rendering_is_a_known_error_too(old_file):
    def render(handle):
        handle.write(NEW[:500])
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull):
        atomic.write_file(old_file, render)
    assert old_file.read_bytes() == OLD
    assert _left_behind(old_file.parent, old_file.name) == []


def test_an_interrupt_removes_the_temporary_file(old_file):
    def render(handle):
        handle.write(NEW)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic.write_file(old_file, render)
    assert old_file.read_bytes() == OLD
    assert _left_behind(old_file.parent, old_file.name) == []


def test_a_missing_folder_is_not_made_unless_asked(tmp_path):
    target = tmp_path / "missing" / "kit.pdf"
    with pytest.raises(FolderNotWritable) as caught:
        atomic.write_file(target, lambda handle: handle.write(NEW))
    assert str(tmp_path / "missing") in caught.value.message
    assert os.listdir(tmp_path) == []
    atomic.write_file(target, lambda handle: handle.write(NEW), make_folder=True)
    assert target.read_bytes() == NEW


def test_a_name_too_long_for_the_file_system_is_told_as_such(tmp_path):
    target = tmp_path / ("Ñandú " * 60 + ".pdf")  # over the 255 bytes a name may have
    with pytest.raises(PathTooLong):
        atomic.write_file(target, lambda handle: handle.write(NEW))
    assert os.listdir(tmp_path) == []


def test_a_staged_file_is_moved_into_place_only_when_its_block_ends_well(old_file):
    with pytest.raises(ValueError), atomic.staged_file(old_file) as tmp:
        tmp.write_bytes(NEW)
        assert tmp.parent == old_file.parent and tmp.name.startswith(".")
        raise ValueError("cancelled")
    assert old_file.read_bytes() == OLD
    assert _left_behind(old_file.parent, old_file.name) == []
    with atomic.staged_file(old_file) as tmp:
        tmp.write_bytes(NEW)
    assert old_file.read_bytes() == NEW
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o600


def test_a_staged_folder_replaces_an_empty_folder_or_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "hmis"
    target.mkdir()
    with atomic.staged_folder(target) as folder:
        (folder / "Client.csv").write_text("a,b\n")
        (folder / "Exit.csv").write_text("c,d\n")
    assert sorted(os.listdir(target)) == ["Client.csv", "Exit.csv"]
    assert all(stat.S_IMODE((target / name).stat().st_mode) == 0o600 for name in os.listdir(target))
    assert os.listdir(tmp_path) == ["hmis"]

    other = tmp_path / "other"
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    with pytest.raises(DiskFull), atomic.staged_folder(other) as folder:
        (folder / "Client.csv").write_text("a,b\n")
    assert os.listdir(tmp_path) == ["hmis"]


def test_putting_a_staged_file_in_place_maps_its_errors_too(tmp_path, monkeypatch):
    staged, target = tmp_path / ".site.db.restoring", tmp_path / "site.db"
    atomic.write_file(staged, lambda handle: handle.write(NEW))
    target.write_bytes(OLD)
    monkeypatch.setattr(os, "replace", _fail(errno.EXDEV))
    with pytest.raises(FileNotWritten):
        atomic.put_in_place(staged, target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    atomic.put_in_place(staged, target)
    assert target.read_bytes() == NEW and not staged.exists()


# ----- the program's writers all go through it --------------------------------------------------------


def _key_file(site, target: Path) -> None:
    site.vault.keyfile.save(target)


def _backup(site, target: Path) -> None:
    site.vault.write_backup(target)


def _fact_sheet_pdf(site, target: Path) -> None:
    from lead_desktop.services import reporting

    reporting.export(site, reporting.ExportRequest("fact-sheet", "pdf"), target)


def _participants_csv(site, target: Path) -> None:
    from lead_desktop.services import exchange

    exchange.export_list(site, "participants", target)


def _participants_xlsx(site, target: Path) -> None:
    from lead_desktop.services import exchange

    exchange.export_list(site, "participants", target, fmt="xlsx")


def _recovery_kit(site, target: Path) -> None:
    from lead_desktop.reports.recovery_kit import RecoveryKitData
    from lead_desktop.services.site import write_recovery_kit

    write_recovery_kit(RecoveryKitData("Site", site.recovery_key, datetime.date(2025, 1, 1), "/x"), target)


@pytest.mark.parametrize("write", [_key_file, _backup, _fact_sheet_pdf, _participants_csv, _participants_xlsx,
                                   _recovery_kit])
def test_every_writer_keeps_the_old_file_on_a_full_disk(new_site, tmp_path, monkeypatch, write):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "file"
    write(new_site, target)
    first = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    with pytest.raises(DiskFull):
        write(new_site, target)
    monkeypatch.undo()
    assert target.read_bytes() == first
    assert os.listdir(out) == ["file"]
