"""Audit actions: stable codes stored in the audit log, with labels for the viewer."""

from __future__ import annotations

from enum import Enum

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP


class AuditAction(str, Enum):
    SITE_CREATED = "site_created"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_RECOVERY_KEY = "sign_in_recovery_key"
    SIGN_OUT = "sign_out"
    LOCK = "lock"
    UNLOCK = "unlock"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    IMPORT = "import"
    BACKUP = "backup"
    SETTINGS_CHANGED = "settings_changed"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_UPDATED = "account_updated"
    ACCOUNT_DEACTIVATED = "account_deactivated"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    KEYCHAIN_ENABLED = "keychain_enabled"
    KEYCHAIN_DISABLED = "keychain_disabled"
    MASTER_KEY_ROTATED = "master_key_rotated"
    MIGRATED = "migrated"
    VERIFIED = "verified"
    RESTORED = "restored"
    MOVED_TO_SERVER = "moved_to_server"
    SNAPSHOT = "snapshot"
    # A draft (unsaved input kept through a lock or a crash): that it was restored or thrown away, never what it held.
    DRAFT_RESTORED = "draft_restored"
    DRAFT_DISCARDED = "draft_discarded"
    # Working offline on a server site (services.offline): a change the person chose not to send, a laptop's
    # copy revoked by an administrator.
    OFFLINE_DISCARDED = "offline_discarded"
    DEVICE_REVOKED = "device_revoked"
    # Written by a server site's database triggers for every changed row, whoever changed it.
    ROW_INSERT = "row.insert"
    ROW_UPDATE = "row.update"
    ROW_DELETE = "row.delete"

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value)


_LABELS = {
    AuditAction.SITE_CREATED: QT_TRANSLATE_NOOP("vocab", "Site created"),
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("vocab", "Signed in"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("vocab", "Sign-in failed"),
    AuditAction.SIGN_IN_RECOVERY_KEY: QT_TRANSLATE_NOOP("vocab", "Opened with the recovery key"),
    AuditAction.SIGN_OUT: QT_TRANSLATE_NOOP("vocab", "Signed out"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("vocab", "Locked"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("vocab", "Unlocked"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("vocab", "Viewed a record"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("vocab", "Created a record"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("vocab", "Changed a record"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("vocab", "Deleted a record"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("vocab", "Exported"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("vocab", "Imported"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("vocab", "Backed up"),
    AuditAction.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("vocab", "Changed a setting"),
    AuditAction.ACCOUNT_CREATED: QT_TRANSLATE_NOOP("vocab", "Added an account"),
    AuditAction.ACCOUNT_UPDATED: QT_TRANSLATE_NOOP("vocab", "Changed an account"),
    AuditAction.ACCOUNT_DEACTIVATED: QT_TRANSLATE_NOOP("vocab", "Deactivated an account"),
    AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("vocab", "Changed own password"),
    AuditAction.PASSWORD_RESET: QT_TRANSLATE_NOOP("vocab", "Reset a password"),
    AuditAction.KEYCHAIN_ENABLED: QT_TRANSLATE_NOOP("vocab", "Turned on keychain unlock"),
    AuditAction.KEYCHAIN_DISABLED: QT_TRANSLATE_NOOP("vocab", "Turned off keychain unlock"),
    AuditAction.MASTER_KEY_ROTATED: QT_TRANSLATE_NOOP("vocab", "Changed the master key"),
    AuditAction.MIGRATED: QT_TRANSLATE_NOOP("vocab", "Upgraded the database"),
    AuditAction.VERIFIED: QT_TRANSLATE_NOOP("vocab", "Checked the site"),
    AuditAction.RESTORED: QT_TRANSLATE_NOOP("vocab", "Restored from a backup"),
    AuditAction.MOVED_TO_SERVER: QT_TRANSLATE_NOOP("vocab", "Moved from one laptop to the server"),
    AuditAction.SNAPSHOT: QT_TRANSLATE_NOOP("vocab", "Wrote a one-file copy of the server site"),
    AuditAction.DRAFT_RESTORED: QT_TRANSLATE_NOOP("vocab", "Restored a draft"),
    AuditAction.DRAFT_DISCARDED: QT_TRANSLATE_NOOP("vocab", "Discarded a draft"),
    AuditAction.OFFLINE_DISCARDED: QT_TRANSLATE_NOOP("vocab", "Dropped a change made offline"),
    AuditAction.DEVICE_REVOKED: QT_TRANSLATE_NOOP("vocab", "Revoked a laptop's offline copy"),
    AuditAction.ROW_INSERT: QT_TRANSLATE_NOOP("vocab", "Row added (recorded by the server)"),
    AuditAction.ROW_UPDATE: QT_TRANSLATE_NOOP("vocab", "Row changed (recorded by the server)"),
    AuditAction.ROW_DELETE: QT_TRANSLATE_NOOP("vocab", "Row removed (recorded by the server)"),
}
