"""Staff accounts and roles: the checks live in the services, not only in the window."""

from __future__ import annotations

import pytest

from tests.helpers import sites as site_helpers
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KeychainNoKey, PermissionDenied, UnknownUser, ValidationError, WrongPassword
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, settings
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import signed_in, snapshot

STAFF = {
    "pat": ("Pat Planner", Role.PROJECT_MANAGER, "pat temporary 1"),
    "bob": ("Bob Builder", Role.CASE_MANAGER, "bob temporary 1"),
    "cleo": ("Cleo Count", Role.VIEWER, "cleo temporary 1"),
}


@pytest.fixture
def staff(new_site) -> dict[str, str]:
    """username → account id for one account per non-administrator role."""
    return {
        name: accounts.add_account(new_site, name, display, role, password).id
        for name, (display, role, password) in STAFF.items()
    }


def _actions(site, action: AuditAction) -> list:
    return audit_service.list_entries(site, action=action.value)


def test_add_account_needs_a_temporary_password_change(new_site, site_dir, staff):
    info = {a.username: a for a in accounts.list_accounts(new_site)}
    assert set(info) == {"admin", *STAFF}
    assert info["bob"].role == Role.CASE_MANAGER and info["bob"].display_name == "Bob Builder"
    assert info["bob"].must_change_password and info["bob"].active and not info["admin"].must_change_password
    created = _actions(new_site, AuditAction.ACCOUNT_CREATED)
    assert sorted(row.entity_id for row in created) == sorted(staff.values())
    assert {row.detail["role"] for row in created} == {r.value for _d, r, _p in STAFF.values()}
    assert all("Bob" not in str(row.detail) for row in created), "names belong in the account table, not the log"
    new_site.close()

    with signed_in(site_dir, "bob", STAFF["bob"][2]) as site:
        assert site.actor.must_change_password and site.actor.role == Role.CASE_MANAGER
        accounts.change_own_password(site, STAFF["bob"][2], "bob's own password")
        assert not site.actor.must_change_password
    with pytest.raises(WrongPassword):
        site_helpers.sign_in(site_dir, "bob", STAFF["bob"][2])
    with signed_in(site_dir, "bob", "bob's own password", wait=True) as site:
        assert not site.actor.must_change_password


@pytest.mark.local_only  # the key file and the recovery key; tests/server covers the server's roles
def test_add_account_input_is_checked(new_site, staff):
    before = snapshot(new_site.paths.folder, skip=("site.db", "site.db-wal", "site.db-shm"))
    count = audit_service.count_entries(new_site)
    with pytest.raises(ValidationError, match="already taken"):
        accounts.add_account(new_site, "BOB", "Another Bob", Role.VIEWER, "some password 1")
    with pytest.raises(ValidationError) as bad_name:
        accounts.add_account(new_site, "b", "Shorty", Role.VIEWER, "some password 1")
    assert bad_name.value.field == "username"
    with pytest.raises(ValidationError) as short:
        accounts.add_account(new_site, "dora", "Dora", Role.VIEWER, "short")
    assert short.value.field == "password"
    with pytest.raises(ValidationError) as nameless:
        accounts.add_account(new_site, "dora", "   ", Role.VIEWER, "some password 1")
    assert nameless.value.field == "display_name"
    assert audit_service.count_entries(new_site) == count
    assert snapshot(new_site.paths.folder, skip=("site.db", "site.db-wal", "site.db-shm")) == before


def test_edit_account(new_site, staff):
    info = accounts.update_account(new_site, staff["bob"], "Robert Builder", Role.PROJECT_MANAGER)
    assert (info.display_name, info.role) == ("Robert Builder", Role.PROJECT_MANAGER)
    listed = {a.username: a for a in accounts.list_accounts(new_site)}["bob"]
    assert (listed.display_name, listed.role) == ("Robert Builder", Role.PROJECT_MANAGER)
    updated = _actions(new_site, AuditAction.ACCOUNT_UPDATED)[0]
    assert updated.entity_id == staff["bob"] and updated.detail["fields"] == ["display_name", "role"]


def test_reset_password_forces_a_change(new_site, site_dir, staff):
    accounts.reset_password(new_site, staff["cleo"], "cleo reset pass 2")
    assert _actions(new_site, AuditAction.PASSWORD_RESET)[0].entity_id == staff["cleo"]
    new_site.close()
    with pytest.raises(WrongPassword):
        site_helpers.sign_in(site_dir, "cleo", STAFF["cleo"][2])
    with signed_in(site_dir, "cleo", "cleo reset pass 2", wait=True) as site:
        assert site.actor.must_change_password
        accounts.change_own_password(site, "cleo reset pass 2", "cleo's chosen pass")
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        accounts.reset_password(site, staff["cleo"], "cleo reset pass 3")
        assert {a.username: a for a in accounts.list_accounts(site)}["cleo"].must_change_password


@pytest.mark.local_only  # the key file and the recovery key; tests/server covers the server's roles
def test_deactivated_account_cannot_sign_in(new_site, site_dir, staff, memory_keyring):
    new_site.close()
    with signed_in(site_dir, "bob", STAFF["bob"][2]) as site:
        accounts.enable_keychain_unlock(site)
    assert len(memory_keyring.store) == 1
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        accounts.deactivate(site, staff["bob"])
        bob = {a.username: a for a in accounts.list_accounts(site)}["bob"]
        assert not bob.active and bob.keychain_devices == 0
        assert "bob" not in {a.username for a in accounts.list_accounts(site, include_inactive=False)}
        assert _actions(site, AuditAction.ACCOUNT_DEACTIVATED)[0].entity_id == staff["bob"]
        with pytest.raises(ValidationError, match="deactivated"):
            accounts.reset_password(site, staff["bob"], "bob comes back 1")
    assert memory_keyring.store == {}, "the keychain entry outlived the account"
    assert KeyFile.load(site_dir / "site.keys").find("bob") is None, "the slot outlived the account"
    with pytest.raises(UnknownUser):
        site_helpers.sign_in(site_dir, "bob", STAFF["bob"][2])
    with pytest.raises(KeychainNoKey):
        sites.sign_in_with_keychain(site_dir, "bob")


@pytest.mark.local_only  # the key file and the recovery key; tests/server covers the server's roles
def test_cannot_deactivate_oneself_or_the_last_administrator(new_site, site_dir, staff):
    with pytest.raises(ValidationError, match="your own account"):
        accounts.deactivate(new_site, new_site.actor.account_id)
    with pytest.raises(ValidationError, match="at least one active administrator"):
        accounts.update_account(new_site, new_site.actor.account_id, "Ada", Role.VIEWER)
    admin_id = new_site.actor.account_id
    new_site.close()
    recovery = sites.open_with_recovery_key(site_dir, new_site.recovery_key)  # an actor with no account
    try:
        with pytest.raises(ValidationError, match="at least one active administrator"):
            accounts.deactivate(recovery, admin_id)
        second = accounts.add_account(recovery, "ivy", "Ivy Admin", Role.ADMINISTRATOR, "ivy temporary 1")
        accounts.deactivate(recovery, admin_id)  # fine now: Ivy is an administrator too
        with pytest.raises(ValidationError, match="at least one active administrator"):
            accounts.deactivate(recovery, second.id)
    finally:
        recovery.close()
    with pytest.raises(UnknownUser):
        site_helpers.sign_in(site_dir, "admin", ADMIN_PASSWORD)


@pytest.mark.parametrize("username", ["pat", "bob", "cleo"])
def test_other_roles_cannot_manage_accounts_settings_or_keys(new_site, site_dir, staff, username):
    new_site.close()
    # Every session anchors the audit chain and keeps the viewers' store current, and a viewer's session
    # seals its entries for the log: those files change; the key file and the rest must not.
    written = ("site.db", "site.db-wal", "site.db-shm", "site.anchors", "viewers.db", "viewers.pending")
    untouched = snapshot(site_dir, skip=written)
    with signed_in(site_dir, username, STAFF[username][2]) as site:
        refused = {
            "list_accounts": lambda: accounts.list_accounts(site),
            "add_account": lambda: accounts.add_account(site, "eve", "Eve", Role.ADMINISTRATOR, "eve temporary 1"),
            "update_account": lambda: accounts.update_account(site, site.actor.account_id, "Me", Role.ADMINISTRATOR),
            "reset_password": lambda: accounts.reset_password(site, staff["cleo"], "cleo hijacked 1"),
            "deactivate": lambda: accounts.deactivate(site, staff["cleo"]),
            "set_setting": lambda: settings.set_setting(site, "auto_lock_minutes", 200),
            "rotate_master_key": lambda: accounts.rotate_master_key(site),
            "audit log": lambda: audit_service.list_entries(site),
        }
        for what, call in refused.items():
            with pytest.raises(PermissionDenied) as denied:
                call()
            assert site.actor.role.label in denied.value.message, what
        assert settings.get_settings(site)["auto_lock_minutes"] == 15  # reading is allowed
    assert snapshot(site_dir, skip=written) == untouched
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert not [row for row in audit_service.list_entries(site)
                    if row.action in {"account_created", "account_updated", "password_reset",
                                      "account_deactivated", "settings_changed", "master_key_rotated"}
                    and row.actor == username]
        assert {a.username: a for a in accounts.list_accounts(site)}["cleo"].active


def test_viewer_cannot_back_up(new_site, site_dir, staff, tmp_path):
    new_site.close()
    with signed_in(site_dir, "cleo", STAFF["cleo"][2]) as site:
        with pytest.raises(PermissionDenied):
            sites.backup(site, tmp_path / "copy.leadbackup")
    assert not (tmp_path / "copy.leadbackup").exists()


@pytest.mark.local_only  # the key file and the recovery key; tests/server covers the server's roles
def test_change_own_password_with_a_wrong_current_password_changes_nothing(new_site, site_dir):
    keys_before = (site_dir / "site.keys").read_bytes()
    count = audit_service.count_entries(new_site)
    with pytest.raises(WrongPassword):
        accounts.change_own_password(new_site, "not my password", "a new password 123")
    with pytest.raises(ValidationError):
        accounts.change_own_password(new_site, ADMIN_PASSWORD, ADMIN_PASSWORD)
    with pytest.raises(ValidationError):
        accounts.change_own_password(new_site, ADMIN_PASSWORD, "short")
    assert (site_dir / "site.keys").read_bytes() == keys_before
    assert audit_service.count_entries(new_site) == count
    new_site.close()
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        accounts.change_own_password(site, ADMIN_PASSWORD, "a new password 123")
        assert _actions(site, AuditAction.PASSWORD_CHANGED)
    with signed_in(site_dir, "admin", "a new password 123") as site:
        assert site.actor.username == "admin"
