"""Staff roles and what each may do. Services check these; the window only hides what is refused anyway."""

from __future__ import annotations

from enum import Enum

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(str, Enum):
    ADMINISTRATOR = "administrator"
    PROJECT_MANAGER = "project_manager"
    CASE_MANAGER = "case_manager"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("vocab", "Administrator"),
    Role.PROJECT_MANAGER: QT_TRANSLATE_NOOP("vocab", "Project manager"),
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("vocab", "Case manager"),
    Role.VIEWER: QT_TRANSLATE_NOOP("vocab", "Viewer"),
}


class Permission(str, Enum):
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    CHANGE_SETTINGS = "change_settings"
    ROTATE_KEY = "rotate_key"
    BACKUP = "backup"
    VIEW_PARTICIPANTS = "view_participants"
    EDIT_PARTICIPANTS = "edit_participants"
    VIEW_GOVERNANCE = "view_governance"
    EDIT_GOVERNANCE = "edit_governance"
    VIEW_REPORTS = "view_reports"
    EDIT_SCREENING = "edit_screening"

    @property
    def label(self) -> str:
        return _PERMISSION_LABELS[self]


_PERMISSION_LABELS = {
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("vocab", "manage staff accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("vocab", "read the audit log"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("vocab", "change site settings"),
    Permission.ROTATE_KEY: QT_TRANSLATE_NOOP("vocab", "change the site's master key"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("vocab", "back up the site"),
    Permission.VIEW_PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "see participant records"),
    Permission.EDIT_PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "change participant records"),
    Permission.VIEW_GOVERNANCE: QT_TRANSLATE_NOOP("vocab", "see governance records"),
    Permission.EDIT_GOVERNANCE: QT_TRANSLATE_NOOP("vocab", "change governance records"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("vocab", "see reports"),
    Permission.EDIT_SCREENING: QT_TRANSLATE_NOOP("vocab", "change the eligibility screening checklist"),
}

_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.PROJECT_MANAGER: frozenset(
        {
            Permission.VIEW_PARTICIPANTS,
            Permission.EDIT_PARTICIPANTS,
            Permission.VIEW_GOVERNANCE,
            Permission.EDIT_GOVERNANCE,
            Permission.VIEW_REPORTS,
            Permission.BACKUP,
            Permission.EDIT_SCREENING,
        }
    ),
    Role.CASE_MANAGER: frozenset(
        {
            Permission.VIEW_PARTICIPANTS,
            Permission.EDIT_PARTICIPANTS,
            Permission.VIEW_GOVERNANCE,
            Permission.VIEW_REPORTS,
            Permission.BACKUP,
        }
    ),
    Role.VIEWER: frozenset({Permission.VIEW_GOVERNANCE, Permission.VIEW_REPORTS}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
