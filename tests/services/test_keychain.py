"""Opt-in unlock with this computer's keychain: works with a secure backend, refused with any other."""

from __future__ import annotations

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KeychainNoKey, KeychainUnavailable
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, settings
from lead_desktop.services import audit as audit_service
from lead_desktop.services import site as sites
from lead_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN_PASSWORD, MemoryKeyring
from tests.helpers.sites import signed_in


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's file backends: it works, but keeps secrets readable on disk."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def _keychain_sign_in(site_dir, username="admin"):
    site = sites.sign_in_with_keychain(site_dir, username)
    site.close()
    return site


def test_enable_then_sign_in_with_the_keychain(new_site, site_dir, memory_keyring):
    assert sites.keychain_status().usable
    accounts.enable_keychain_unlock(new_site)
    assert len(memory_keyring.store) == 1
    stored = next(iter(memory_keyring.store.values()))
    assert ADMIN_PASSWORD not in stored and new_site.vault.master_key.hex() not in stored
    new_site.close()
    assert len(KeyFile.load(site_dir / "site.keys").find("admin").devices) == 1

    site = sites.sign_in_with_keychain(site_dir, "admin")
    try:
        assert site.actor.username == "admin"
        assert audit_service.list_entries(site, limit=1)[0].detail == {"via": "keychain"}
        locked = site.lock_screen()
    finally:
        if not site.closed:
            site.close()
    site = sites.unlock_with_keychain(locked)
    try:
        assert audit_service.list_entries(site, limit=1)[0].action == AuditAction.UNLOCK.value
    finally:
        site.close()


def test_removing_the_keychain_entry_disables_it(new_site, site_dir, memory_keyring):
    accounts.enable_keychain_unlock(new_site)
    new_site.close()
    memory_keyring.store.clear()
    with pytest.raises(KeychainNoKey) as caught:
        sites.sign_in_with_keychain(site_dir, "admin")
    assert "Sign in with your password" in caught.value.message
    with pytest.raises(KeychainNoKey):
        sites.sign_in_with_keychain(site_dir, "nobody")


def test_turning_it_off_for_oneself_removes_the_slot_and_the_entry(new_site, site_dir, memory_keyring):
    accounts.enable_keychain_unlock(new_site)
    assert accounts.disable_keychain_unlock(new_site) == 1
    assert memory_keyring.store == {}
    assert KeyFile.load(site_dir / "site.keys").find("admin").devices == []
    assert audit_service.list_entries(new_site, action=AuditAction.KEYCHAIN_DISABLED.value)
    new_site.close()
    with pytest.raises(KeychainNoKey):
        sites.sign_in_with_keychain(site_dir, "admin")


def test_administrator_forbidding_it_removes_every_device_slot(new_site, site_dir, memory_keyring):
    accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")
    accounts.enable_keychain_unlock(new_site)
    new_site.close()
    with signed_in(site_dir, "bob", "bob temporary 1") as bob:
        accounts.enable_keychain_unlock(bob)
    assert len(memory_keyring.store) == 2

    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        settings.set_setting(site, "keychain_allowed", False)
        keyfile = KeyFile.load(site_dir / "site.keys")
        assert [len(slot.devices) for slot in keyfile.accounts] == [0, 0]
        assert memory_keyring.store == {}
        with pytest.raises(KeychainUnavailable) as caught:
            accounts.enable_keychain_unlock(site)
        assert "administrator has turned keychain unlock off" in caught.value.message
    for username in ("admin", "bob"):
        with pytest.raises(KeychainNoKey):
            sites.sign_in_with_keychain(site_dir, username)


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        PlaintextKeyring(),
        type("EmptyChain", (keyring.backends.chainer.ChainerBackend,), {"backends": []})(),
    ],
    ids=["fail", "null", "plaintext", "empty-chain"],
)
def test_insecure_or_missing_keyring_is_refused_with_a_reason(new_site, site_dir, backend, memory_keyring):
    accounts.enable_keychain_unlock(new_site)  # while the secure one is there
    keyring.set_keyring(backend)
    status = sites.keychain_status()
    assert not status.usable and status.reason
    with pytest.raises(KeychainUnavailable) as caught:
        accounts.enable_keychain_unlock(new_site)
    assert caught.value.message == status.reason
    new_site.close()
    with pytest.raises(KeychainUnavailable):
        sites.sign_in_with_keychain(site_dir, "admin")
    if isinstance(backend, PlaintextKeyring):
        assert backend.store == {}, "a secret went into the plaintext keyring"


@pytest.mark.parametrize("plaintext_first", [True, False])
def test_a_chain_never_puts_the_device_key_into_a_plaintext_backend(new_site, site_dir, plaintext_first):
    plain, secure = PlaintextKeyring(), MemoryKeyring()
    order = [plain, secure] if plaintext_first else [secure, plain]
    keyring.set_keyring(type("TwoBackends", (keyring.backends.chainer.ChainerBackend,), {"backends": order})())
    try:
        accounts.enable_keychain_unlock(new_site)
    except KeychainUnavailable:
        enabled = False
    else:
        enabled = True
    assert plain.store == {}, "the device key was written to a plaintext keyring"
    new_site.close()
    if enabled:
        assert len(secure.store) == 1
        _keychain_sign_in(site_dir)


class RefusingKeyring(MemoryKeyring):
    """A secure keychain that says no, as a locked one does when its unlock prompt is cancelled."""

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("the keychain is locked")


def test_a_keychain_that_refuses_to_store_is_a_clear_message(new_site, site_dir):
    keyring.set_keyring(RefusingKeyring())
    assert sites.keychain_status().usable
    entries = audit_service.count_entries(new_site)
    with pytest.raises(KeychainUnavailable) as caught:
        accounts.enable_keychain_unlock(new_site)
    assert caught.value.message
    assert audit_service.count_entries(new_site) == entries
    assert accounts.list_accounts(new_site)[0].keychain_devices == 0, "a slot without a key was left behind"
    accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")  # saves the key file
    new_site.close()
    assert KeyFile.load(site_dir / "site.keys").find("admin").devices == []


def test_a_secure_backend_is_accepted():
    keyring.set_keyring(MemoryKeyring())
    assert sites.keychain_status().usable
