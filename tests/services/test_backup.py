"""Backup and restore: one consistent encrypted file; the restored site opens with the same secrets."""

from __future__ import annotations

import zipfile

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import BackupInvalid, FolderNotEmpty
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, settings
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.sites import flip_byte, signed_in


def test_backup_of_an_open_site_restores_with_the_same_passwords_and_recovery_key(new_site, tmp_path):
    accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")
    settings.set_setting(new_site, "auto_lock_minutes", 42)
    target = sites.backup(new_site, tmp_path / "site.leadbackup")  # taken while open, WAL and all
    entries = audit_service.count_entries(new_site)
    assert audit_service.list_entries(new_site, limit=1)[0].action == AuditAction.BACKUP.value
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "site.db", "site.keys"]
    new_site.close()

    restored = tmp_path / "restored"
    info = sites.restore(target, restored)
    assert info.site_id == new_site.site_id
    with signed_in(restored, "admin", ADMIN_PASSWORD) as site:
        assert sites.verify(site) == []
        assert site.site_name == SITE_NAME
        assert settings.get_settings(site)["auto_lock_minutes"] == 42
        assert audit_service.count_entries(site) >= entries
    with signed_in(restored, "bob", "bob temporary 1") as site:
        assert site.actor.role == Role.CASE_MANAGER
    sites.open_with_recovery_key(restored, new_site.recovery_key).close()


def test_restore_refuses_a_folder_in_use_and_a_damaged_backup(new_site, site_dir, tmp_path):
    target = sites.backup(new_site, tmp_path / "site.leadbackup")
    new_site.close()
    with pytest.raises(FolderNotEmpty):
        sites.restore(target, site_dir)
    pristine = target.read_bytes()
    with zipfile.ZipFile(target) as zf:  # a byte inside each member's data, and in the zip's directory
        starts = [m.header_offset + 30 + len(m.filename) for m in zf.infolist()]
    for offset in [start + 5 for start in starts] + [len(pristine) // 2, len(pristine) - 30]:
        target.write_bytes(pristine)
        flip_byte(target, offset)
        empty = tmp_path / f"restore-{offset}"
        with pytest.raises(BackupInvalid) as caught:
            sites.restore(target, empty)
        assert str(target) in caught.value.message
        assert not (empty / "site.db").exists() and not (empty / "site.keys").exists()
    (tmp_path / "not-a-backup").write_bytes(b"hello")
    with pytest.raises(BackupInvalid):
        sites.restore(tmp_path / "not-a-backup", tmp_path / "restore-x")
