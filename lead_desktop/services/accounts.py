"""Staff accounts: add, edit, reset, deactivate, change own password, keychain unlock, key rotation.

Each account row keeps its account key inside the encrypted database; its slot
in the key file wraps that key under the person's password. So an administrator
can reset a password or rotate the master key without anyone's old password.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from lead_desktop.domain import validation
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KeychainUnavailable, NeedsServer, ValidationError, WrongPassword
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.fields import FieldSpec, Form, Kind
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.domain.vocab import Vocabulary
from lead_desktop.services import server_accounts, viewers
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import keychain
from lead_desktop.storage.models import Account
from lead_desktop.storage.server_changes import ChangeListener

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountInfo:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    last_sign_in_at: datetime | None
    keychain_devices: int
    version: int = 0  # the row version this was read at; update_account takes it as expected_version


# What the account dialog edits, as a form: labels and display values for an edit conflict.
ACCOUNT_FORM = Form(
    "account",
    (
        FieldSpec("display_name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
        FieldSpec("role", QT_TRANSLATE_NOOP("fields", "Role"), Kind.CHOICE,
                  Vocabulary("role", [(role.value, role.label) for role in Role]), required=True),
    ),
)


def _info(site: SiteSession, row: Account) -> AccountInfo:
    slot = site.vault.keyfile.find(row.username) if row.active and not site.is_server else None
    return AccountInfo(
        row.id,
        row.username,
        row.display_name,
        Role(row.role),
        row.active,
        row.must_change_password,
        row.last_sign_in_at,
        len(slot.devices) if slot else 0,
        row.row_version,
    )


def list_accounts(site: SiteSession, include_inactive: bool = True) -> list[AccountInfo]:
    site.require(Permission.MANAGE_ACCOUNTS)
    with site.unit_of_work() as session:
        query = select(Account).where(Account.deleted_at.is_(None)).order_by(Account.username)
        if not include_inactive:
            query = query.where(Account.active.is_(True))
        return [_info(site, row) for row in session.scalars(query)]


def add_account(site: SiteSession, username: str, display_name: str, role: Role, temporary_password: str) -> AccountInfo:
    """A new account with a temporary password the person must change at first sign-in."""
    site.require(Permission.MANAGE_ACCOUNTS)
    name = validation.check_username(username)
    display = validation.check_display_name(display_name)
    validation.check_password(temporary_password)
    role = Role(role)
    with site.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(Account).where(Account.username == name)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The user name “{username}” is already taken."), field="username", username=name
            )
        account_key = secrets.token_bytes(32)
        row = Account(
            username=name,
            display_name=display,
            role=role.value,
            active=True,
            must_change_password=True,
            account_key=account_key,
            updated_by=site.actor.account_id,
        )
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.ACCOUNT_CREATED, "account", row.id, role=role.value)
        if site.is_server:
            row.account_key = None
            server_accounts.create_role(session, name, role, temporary_password)
        else:
            key, scope = viewers.slot_key(site, session, role)
            site.vault.keyfile.add_account(name, temporary_password, account_key, key, scope)
            site.vault.keyfile.save(site.paths.keys)
        info = _info(site, row)
    if role is Role.VIEWER:
        viewers.refresh(site)  # the new viewer's store, before they first sign in
    return info


def update_account(site: SiteSession, account_id: str, display_name: str, role: Role,
                   expected_version: int | None = None) -> AccountInfo:
    """Change a person's name and role; EditConflict when someone changed them since `expected_version`."""
    site.require(Permission.MANAGE_ACCOUNTS)
    display = validation.check_display_name(display_name)
    role = Role(role)
    with site.unit_of_work() as session:
        row = _get(session, account_id)
        check_version(row, expected_version, ACCOUNT_FORM, {"display_name": display, "role": role.value},
                      {"display_name": row.display_name, "role": row.role})
        if row.role == Role.ADMINISTRATOR.value and role != Role.ADMINISTRATOR:
            _keep_one_admin(session, row)
        changed = sorted(k for k, old, new in (("display_name", row.display_name, display), ("role", row.role, role.value)) if old != new)
        row.display_name, row.role, row.updated_by = display, role.value, site.actor.account_id
        site.audit(session, AuditAction.ACCOUNT_UPDATED, "account", row.id, fields=changed, role=role.value)
        if site.is_server and "role" in changed:
            server_accounts.set_role(session, row.username, role)
        elif "role" in changed:  # to or from viewer, the slot wraps the other key
            slot = site.vault.keyfile.find(row.username)
            if slot is not None and row.account_key is not None:
                key, scope = viewers.slot_key(site, session, role)
                site.vault.keyfile.rewrap(slot, row.account_key, key, scope)
                site.vault.keyfile.save(site.paths.keys)
        info = _info(site, row)
    if account_id == site.actor.account_id:
        site.refresh_actor()
    if "role" in changed:
        viewers.refresh(site)
    return info


def reset_password(site: SiteSession, account_id: str, temporary_password: str) -> None:
    """Give a person a temporary password; they must choose a new one at their next sign-in."""
    site.require(Permission.MANAGE_ACCOUNTS)
    validation.check_password(temporary_password)
    with site.unit_of_work() as session:
        row = _get(session, account_id)
        if not row.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This account is deactivated. Reactivate it first."))
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.PASSWORD_RESET, "account", row.id)
        if site.is_server:  # the server's function also sets must_change_password: nothing else may
            server_accounts.set_password(session, row.username, temporary_password)
        else:
            row.must_change_password = True
            key, scope = viewers.slot_key(site, session, Role(row.role))
            site.vault.keyfile.add_account(row.username, temporary_password, row.account_key, key, scope)
            site.vault.keyfile.save(site.paths.keys)


def change_own_password(site: SiteSession, current_password: str, new_password: str) -> None:
    if site.actor.account_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Sign in as a person to change a password."))
    validation.check_password(new_password)
    if new_password == current_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."), field="password"
        )
    if site.is_server:
        if site.offline:
            raise NeedsServer(area="accounts")
        server_accounts.change_own_password(site, current_password, new_password)
        site.vault.use_new_password(new_password)
        if site.listener is not None:  # it would reconnect with the password it was made with
            site.listener.close()
            try:
                site.listener = ChangeListener(site.vault.engine.url)
            except Exception:  # noqa: BLE001 - lists then refresh by themselves less often; never a reason to stop
                site.listener = None
                log.warning("the change listener could not connect")
        for box in {id(b): b for b in (site.local_drafts, site.copy) if b is not None}.values():
            box.set_password(new_password)  # this laptop's drafts file and working copy follow the new password
        site.refresh_actor()
        return
    slot = site.vault.keyfile.find(site.actor.username)
    if slot is None:
        raise WrongPassword()
    account_key = slot.unwrap_account_key(current_password)  # WrongPassword when it does not match
    with site.unit_of_work() as session:
        row = _get(session, site.actor.account_id)
        row.must_change_password = False
        row.updated_by = row.id
        site.audit(session, AuditAction.PASSWORD_CHANGED, "account", row.id)
        slot.set_password(new_password, account_key)
        site.vault.keyfile.save(site.paths.keys)
    site.refresh_actor()


def deactivate(site: SiteSession, account_id: str) -> None:
    """Deactivate an account: its key slot (and keychain slots) are removed from the key file."""
    site.require(Permission.MANAGE_ACCOUNTS)
    if account_id == site.actor.account_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot deactivate your own account."))
    with site.unit_of_work() as session:
        row = _get(session, account_id)
        if row.role == Role.ADMINISTRATOR.value:
            _keep_one_admin(session, row)
        row.active = False
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.ACCOUNT_DEACTIVATED, "account", row.id)
        if site.is_server:
            server_accounts.set_active(session, row.username, False)
            return
        slot = site.vault.keyfile.find(row.username)
        if slot:
            for device in slot.devices:
                keychain.delete_device_key(site.site_id, device.id)
        site.vault.keyfile.remove_account(row.username)
        site.vault.keyfile.save(site.paths.keys)
    viewers.refresh(site)


def _keep_one_admin(session, row: Account) -> None:  # noqa: ANN001
    admins = session.scalar(
        select(func.count()).select_from(Account).where(
            Account.role == Role.ADMINISTRATOR.value, Account.active.is_(True), Account.id != row.id
        )
    )
    if not admins:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A site needs at least one active administrator. Add another one first.")
        )


def _get(session, account_id: str) -> Account:  # noqa: ANN001
    row = session.get(Account, account_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That account no longer exists."))
    return row


# ----- keychain unlock ---------------------------------------------------------------------


def keychain_allowed(site: SiteSession) -> bool:
    with site.unit_of_work() as session:
        return bool(read_setting(session, "keychain_allowed"))


def enable_keychain_unlock(site: SiteSession) -> None:
    """Keep a random device key in this computer's keychain that opens an extra slot for the signed-in person."""
    state = keychain.status()
    if not state.usable:
        raise KeychainUnavailable(reason=state.reason)
    if not keychain_allowed(site):
        raise KeychainUnavailable(
            reason=QT_TRANSLATE_NOOP("keychain", "Your site's administrator has turned keychain unlock off.")
        )
    if site.actor.account_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Sign in as a person to use the keychain."))
    slot = site.vault.keyfile.find(site.actor.username)
    with site.unit_of_work() as session:
        row = _get(session, site.actor.account_id)
        # A viewer's own key is held by their session (the viewers' store keeps no account keys).
        account_key = row.account_key or getattr(site.vault, "account_key", None)
        device, device_key = slot.wrap_account_key_for_device(account_key)
        try:
            keychain.store_device_key(site.site_id, device.id, device_key)
        except KeychainUnavailable:
            slot.devices.remove(device)  # no slot without its key in the keychain
            raise
        site.audit(session, AuditAction.KEYCHAIN_ENABLED, "account", row.id)
        site.vault.keyfile.save(site.paths.keys)


def keychain_unlock_enabled(site: SiteSession) -> bool:
    """Whether this computer's keychain holds a key that opens the signed-in person's slot."""
    if site.actor.account_id is None or site.is_server:
        return False
    slot = site.vault.keyfile.find(site.actor.username)
    if slot is None:
        return False
    return any(keychain.load_device_key(site.site_id, device.id) is not None for device in slot.devices)


def disable_keychain_unlock(site: SiteSession) -> int:
    """Remove the signed-in person's keychain slots (on every computer). Returns how many were removed."""
    if site.is_server:
        return 0
    slot = site.vault.keyfile.find(site.actor.username)
    if slot is None or not slot.devices:
        return 0
    removed = len(slot.devices)
    with site.unit_of_work() as session:
        for device in slot.devices:
            keychain.delete_device_key(site.site_id, device.id)
        slot.devices = []
        site.audit(session, AuditAction.KEYCHAIN_DISABLED, "account", site.actor.account_id, slots=removed)
        site.vault.keyfile.save(site.paths.keys)
    return removed


def remove_all_keychain_slots(site: SiteSession) -> int:
    """When an administrator forbids keychain unlock, every device slot goes."""
    if site.is_server:
        return 0
    removed = 0
    for slot in site.vault.keyfile.accounts:
        for device in slot.devices:
            keychain.delete_device_key(site.site_id, device.id)
        removed += len(slot.devices)
        slot.devices = []
    if removed:
        site.vault.keyfile.save(site.paths.keys)
    return removed


# ----- master key rotation ---------------------------------------------------------------


def rotate_master_key(site: SiteSession) -> str:
    """Re-encrypt the database under a new master key; returns the new recovery key (the old one stops working)."""
    site.require(Permission.ROTATE_KEY)
    if site.is_server:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A server site has no master key to change: the server's encrypted disk and its "
            "secure connection protect the data, and each person's server password opens it."))
    keyfile = site.vault.keyfile
    with site.unit_of_work() as session:
        rows = session.scalars(select(Account).where(Account.active.is_(True))).all()
        account_keys = {keyfile.lookup_for(r.username): r.account_key for r in rows if r.account_key}
    keyfile.accounts = [s for s in keyfile.accounts if s.lookup in account_keys]
    new_key = site.vault.rotate_master_key(account_keys)
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.MASTER_KEY_ROTATED)
    return validation.format_recovery_key(new_key)
