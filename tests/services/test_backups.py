"""Automatic backups: rotation, the daily check, failures; checking a backup; restoring over the open site."""

from __future__ import annotations

import logging
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    BackupFailed,
    BackupInvalid,
    BackupOtherSite,
    BackupUnsound,
    BackupWrongKey,
    DiskFull,
    PermissionDenied,
    ValidationError,
)
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, backups, participants, settings
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.models import Participant
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import flip_byte, signed_in

T0 = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def ours(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if backups.AUTO_NAME.match(p.name))


@pytest.fixture
def shared(tmp_path, new_site) -> Path:
    folder = tmp_path / "shared drive"
    folder.mkdir()
    settings.set_setting(new_site, "backup_folder", str(folder))
    return folder


# ----- taking and rotating ----------------------------------------------------------------------


def test_first_automatic_backup_goes_beside_the_site_and_restores(new_site, site_dir, tmp_path):
    written = backups.automatic_backup(new_site, now=T0)
    assert written.parent == site_dir / "backups" / "auto"
    assert written.name == "lead-20250304T050607Z.leadbackup"
    status = backups.status(new_site)
    assert status.default_folder and status.last_backup_at == T0 and status.last_failure_at is None
    entry = audit_service.list_entries(new_site, limit=1)[0]
    assert entry.action == AuditAction.BACKUP.value and entry.detail["kind"] == "automatic"
    assert sites.restore(written, tmp_path / "copy").site_id == new_site.site_id


def test_rotation_keeps_exactly_n_and_leaves_everything_else_alone(new_site, shared, tmp_path):
    settings.set_setting(new_site, "backup_keep", 3)
    other, _key = sites.create_site(tmp_path / "other", "Another LEAD", "admin", ADMIN_PASSWORD)
    try:  # another site's automatic backup in the same shared folder, older than all of ours
        other_backup = backups._target_in(shared, T0 - timedelta(days=30))
        other.vault.write_backup(other_backup)
    finally:
        other.close()
    foreign = {
        "notes.txt": b"the office's own notes",
        "lead-20240101T000000Z.leadbackup": b"named like ours but not a backup",
        "lead-old-copy.leadbackup": (shared / other_backup.name).read_bytes(),
        "LEAD-20240101T000000Z.leadbackup": b"another program's file",
    }
    for name, data in foreign.items():
        (shared / name).write_bytes(data)
    (shared / "subfolder").mkdir()
    renamed = backups.automatic_backup(new_site, now=T0 - timedelta(days=10))
    kept_by_hand = renamed.with_name("my-backup.leadbackup")
    renamed.rename(kept_by_hand)

    written = [backups.automatic_backup(new_site, now=T0 + timedelta(hours=hour)) for hour in range(6)]
    names = {p.name for p in shared.iterdir()}
    mine = sorted(n for n in names if backups.AUTO_NAME.match(n) and n not in foreign and n != other_backup.name)
    assert mine == sorted(p.name for p in written[-3:]), "exactly the newest three of this site's backups are kept"
    for name, data in foreign.items():
        assert (shared / name).read_bytes() == data
    assert other_backup.exists() and kept_by_hand.exists() and (shared / "subfolder").is_dir()

    settings.set_setting(new_site, "backup_keep", 1)
    backups.automatic_backup(new_site, now=T0 + timedelta(days=1))
    assert len([n for n in ours(shared) if n not in foreign and n != other_backup.name]) == 1
    assert other_backup.exists()


def test_two_backups_in_one_second_get_two_names(new_site, shared):
    first = backups.automatic_backup(new_site, now=T0)
    second = backups.automatic_backup(new_site, now=T0)
    assert first != second and first.exists() and second.exists()
    assert second.name == "lead-20250304T050607Z-2.leadbackup"


def test_daily_backup_is_due_after_24_hours(new_site):
    assert backups.automatic_backup_due(new_site, T0)
    backups.automatic_backup(new_site, now=T0)
    assert not backups.automatic_backup_due(new_site, T0 + timedelta(hours=23, minutes=59))
    assert backups.automatic_backup_due(new_site, T0 + timedelta(hours=24))
    assert backups.automatic_backup_due(new_site, T0 + timedelta(days=3))


def test_an_unplugged_drive_fails_the_backup_without_harm_and_is_remembered(new_site, shared, caplog):
    backups.automatic_backup(new_site, now=T0)
    shutil.rmtree(shared)  # the USB drive was unplugged
    caplog.set_level(logging.INFO)
    with pytest.raises(BackupFailed) as caught:
        backups.automatic_backup(new_site, now=T0 + timedelta(days=1))
    assert str(shared) in caught.value.message
    assert not shared.exists(), "a chosen folder is never created (it would fill the mount point)"
    assert str(shared) not in caplog.text and SITE_NAME not in caplog.text
    status = backups.status(new_site)
    assert status.last_failure_at == T0 + timedelta(days=1) and status.last_backup_at == T0
    assert new_site.site_name == SITE_NAME  # the site works on

    shared.mkdir()  # plugged back in: the next backup clears the warning
    backups.automatic_backup(new_site, now=T0 + timedelta(days=2))
    assert backups.status(new_site).last_failure_at is None


def test_backup_settings_are_checked(new_site, tmp_path):
    with pytest.raises(ValidationError) as caught:
        settings.set_setting(new_site, "backup_folder", str(tmp_path / "not there"))
    assert caught.value.field == "backup_folder"
    with pytest.raises(ValidationError):
        settings.set_setting(new_site, "backup_folder", "relative/folder")
    with pytest.raises(ValidationError):
        settings.set_setting(new_site, "last_auto_backup_at", T0.isoformat())
    for bad in (0, 366):
        with pytest.raises(ValidationError):
            settings.set_setting(new_site, "backup_keep", bad)
    assert settings.set_setting(new_site, "backup_folder", f"  {tmp_path}/  ") == str(tmp_path)
    assert settings.set_setting(new_site, "backup_folder", "") == ""
    assert settings.get_settings(new_site)["backup_keep"] == 14


# ----- listing and checking ------------------------------------------------------------------------


def test_list_shows_every_backup_folder_with_dates_and_site(new_site, shared, site_dir, tmp_path):
    automatic = backups.automatic_backup(new_site, now=T0)
    (site_dir / "backups" / "auto").mkdir(parents=True)
    by_hand = sites.backup(new_site, site_dir / "backups" / "auto" / "before-the-move.leadbackup")
    (shared / "broken.leadbackup").write_bytes(b"not a zip")
    (shared / "readme.txt").write_text("not listed")
    entries = {e.path.name: e for e in backups.list_backups(new_site)}
    assert set(entries) == {automatic.name, by_hand.name, "broken.leadbackup"}
    assert abs(entries[automatic.name].created_at - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert entries[automatic.name].same_site and entries[automatic.name].automatic
    assert entries[automatic.name].size == automatic.stat().st_size
    assert not entries["broken.leadbackup"].readable
    assert list(entries)[-1] == "broken.leadbackup"  # unreadable last


def test_verify_passes_a_sound_backup_and_leaves_no_copy(new_site, site_dir):
    written = backups.automatic_backup(new_site, now=T0)
    check = backups.verify_backup(new_site, written)
    assert check.accounts == 1 and check.audit_entries >= 1
    assert check.schema_revision == vaults.head_revision()
    assert not list(site_dir.glob(".lead-verify-*")), "the unpacked copy was removed"


def test_verify_refuses_damaged_foreign_and_old_key_backups(new_site, site_dir, tmp_path):
    written = backups.automatic_backup(new_site, now=T0)
    damaged = tmp_path / "damaged.leadbackup"
    shutil.copy(written, damaged)
    with zipfile.ZipFile(damaged) as zf:
        member = zf.getinfo("site.db")
    flip_byte(damaged, member.header_offset + 30 + len(member.filename) + 5000)
    with pytest.raises(BackupInvalid):
        backups.verify_backup(new_site, damaged)

    other, _key = sites.create_site(tmp_path / "other", "Another LEAD", "admin", ADMIN_PASSWORD)
    try:
        foreign = other.vault.write_backup(tmp_path / "foreign.leadbackup")
    finally:
        other.close()
    with pytest.raises(BackupOtherSite):
        backups.verify_backup(new_site, foreign)

    accounts.rotate_master_key(new_site)
    with pytest.raises(BackupWrongKey):
        backups.verify_backup(new_site, written)
    assert not list(site_dir.glob(".lead-verify-*"))


def test_verify_runs_the_integrity_checks_on_the_backup(new_site, tmp_path):
    """A backup whose checksums match but whose database is damaged inside (written that way) fails."""
    written = backups.automatic_backup(new_site, now=T0)
    with zipfile.ZipFile(written) as zf:
        manifest, keys, db = zf.read("manifest.json"), zf.read("site.keys"), bytearray(zf.read("site.db"))
    db[4096 * 3 + 100] ^= 0xFF  # a page whose HMAC no longer matches
    import hashlib
    import json

    body = json.loads(manifest)
    body["files"]["site.db"] = hashlib.sha256(bytes(db)).hexdigest()
    rebuilt = tmp_path / "rebuilt.leadbackup"
    with zipfile.ZipFile(rebuilt, "w") as zf:
        zf.writestr("manifest.json", json.dumps(body))
        zf.writestr("site.keys", keys)
        zf.writestr("site.db", bytes(db))
    with pytest.raises(BackupUnsound) as caught:
        backups.verify_backup(new_site, rebuilt)
    assert "Do not restore it" in caught.value.message


def test_only_administrators_list_verify_and_restore(new_site, site_dir):
    accounts.add_account(new_site, "pm", "Pat Manager", Role.PROJECT_MANAGER, "temporary pass 1")
    written = backups.automatic_backup(new_site, now=T0)
    new_site.close()
    with signed_in(site_dir, "pm", "temporary pass 1") as pm:
        for call in (backups.list_backups, lambda s: backups.verify_backup(s, written),
                     lambda s: backups.restore_over_site(s, written)):
            with pytest.raises(PermissionDenied):
                call(pm)
        backups.automatic_backup(pm, now=T0 + timedelta(days=1))  # the automatic backup is the site's


# ----- restoring over the open site -----------------------------------------------------------------


def _files(site_dir: Path) -> dict[str, bytes]:
    return {name: (site_dir / name).read_bytes() for name in ("site.db", "site.keys")}


def test_restore_refuses_a_corrupted_backup_and_leaves_the_site_untouched(new_site, site_dir, tmp_path):
    written = backups.automatic_backup(new_site, now=T0)
    pristine = written.read_bytes()
    with zipfile.ZipFile(written) as zf:
        starts = [m.header_offset + 30 + len(m.filename) for m in zf.infolist()]
    for offset in [starts[-1] + 5, len(pristine) // 2, len(pristine) - 30]:
        written.write_bytes(pristine)
        flip_byte(written, offset)
        before = _files(site_dir)
        with pytest.raises(BackupInvalid):
            backups.restore_over_site(new_site, written)
        assert _files(site_dir) == before
        assert not new_site.closed and new_site.site_name == SITE_NAME
    assert not list(site_dir.glob(".site.*.restoring")) and not list(site_dir.glob(".lead-verify-*"))
    assert not list((site_dir / "backups").glob("before-restore-*")), "refused before the safety copy"


def test_restore_failing_before_the_switch_leaves_the_site_open(new_site, site_dir, monkeypatch):
    written = backups.automatic_backup(new_site, now=T0)
    accounts.add_account(new_site, "kim", "Kim Later", Role.CASE_MANAGER, "temporary pass 1")

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(vaults, "stage_restore", full)
    with pytest.raises(DiskFull):
        backups.restore_over_site(new_site, written)
    assert not new_site.closed
    assert "kim" in [a.username for a in accounts.list_accounts(new_site)]
    assert sites.verify(new_site) == []


def test_restore_brings_back_a_deactivated_account_and_a_deleted_participant(new_site, site_dir):
    accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")
    person = participants.create_participant(
        new_site, {"first_name": "Rosa", "last_name": "Parkes", "enrolled_on": T0.date()}
    )
    written = backups.automatic_backup(new_site, now=T0)
    bob = next(a for a in accounts.list_accounts(new_site) if a.username == "bob")
    accounts.deactivate(new_site, bob.id)
    with new_site.unit_of_work() as session:
        session.get(Participant, person.id).deleted_at = datetime.now(timezone.utc)
    accounts.change_own_password(new_site, ADMIN_PASSWORD, "a newer admin password")

    result = backups.restore_over_site(new_site, written, now=T0 + timedelta(days=1))
    assert new_site.closed
    assert result.safety_backup.exists() and result.safety_backup.parent == site_dir / "backups"
    assert abs(result.backup.created_at - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert not list(site_dir.glob(".site.*.restoring"))

    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:  # the password of the backup's time
        assert "bob" in [a.username for a in accounts.list_accounts(site) if a.active]
        with site.unit_of_work() as session:
            row = session.scalar(select(Participant).where(Participant.id == person.id))
            assert row is not None and row.deleted_at is None
        restored = audit_service.list_entries(site, action=AuditAction.RESTORED.value)
        assert len(restored) == 1 and restored[0].detail["safety_backup"] == result.safety_backup.name
        assert sites.verify(site) == []
    with signed_in(site_dir, "bob", "bob temporary 1") as site:
        assert site.actor.role == Role.CASE_MANAGER

    # The safety copy holds the site as it was just before: bob deactivated, the newer password.
    copy = site_dir.parent / "safety-copy"
    sites.restore(result.safety_backup, copy)
    with signed_in(copy, "admin", "a newer admin password") as site:
        assert "bob" not in [a.username for a in accounts.list_accounts(site) if a.active]


# ----- the site logo ---------------------------------------------------------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_logo_is_kept_inside_the_database_and_audited(new_site, site_dir):
    assert settings.get_logo(new_site) is None
    settings.set_logo(new_site, PNG)
    assert settings.get_logo(new_site) == PNG
    changed = audit_service.list_entries(new_site, action=AuditAction.SETTINGS_CHANGED.value)
    assert changed[0].detail == {"key": "site_logo"}
    for bad in (b"GIF89a" + b"\0" * 20, b"", b"\xff\xd8\xff" + b"\0" * (1024 * 1024)):
        with pytest.raises(ValidationError):
            settings.set_logo(new_site, bad)
    assert settings.get_logo(new_site) == PNG
    assert PNG not in (site_dir / "site.db").read_bytes()
    new_site.close()
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert settings.get_logo(site) == PNG
        settings.set_logo(site, None)
        assert settings.get_logo(site) is None


def test_only_administrators_change_the_logo(new_site, site_dir):
    accounts.add_account(new_site, "pm", "Pat Manager", Role.PROJECT_MANAGER, "temporary pass 1")
    settings.set_logo(new_site, PNG)
    new_site.close()
    with signed_in(site_dir, "pm", "temporary pass 1") as pm:
        assert settings.get_logo(pm) == PNG  # the fact sheet needs it
        with pytest.raises(PermissionDenied):
            settings.set_logo(pm, None)
