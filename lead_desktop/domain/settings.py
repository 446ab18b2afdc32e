"""Site settings: each declared once with its default, range and label.

Values live in the encrypted database; changes are audited by the settings service.
A spec that is not `editable` is bookkeeping the program keeps (the time of the last
automatic backup): it is shown nowhere and refused by `set_setting`. `editor` names a
widget other than the one for the kind ("folder": a text field with a Browse… button).
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    kind: type
    default: object
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""
    editable: bool = True
    editor: str = ""


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("site_name", QT_TRANSLATE_NOOP("settings", "Site name"), str, ""),
        SettingSpec(
            "participant_prefix",
            QT_TRANSLATE_NOOP("settings", "LEAD number prefix"),
            str,
            "LEAD",
            help=QT_TRANSLATE_NOOP("settings", "Letters before each participant's number, e.g. NOLA-000042."),
        ),
        SettingSpec(
            "auto_lock_minutes",
            QT_TRANSLATE_NOOP("settings", "Lock after idle minutes"),
            int,
            15,
            1,
            240,
        ),
        SettingSpec(
            "inactive_after_days",
            QT_TRANSLATE_NOOP("settings", "Inactive after days without contact"),
            int,
            90,
            7,
            730,
        ),
        SettingSpec(
            "intake_deadline_days",
            QT_TRANSLATE_NOOP("settings", "Intake deadline after an arrest diversion (days)"),
            int,
            30,
            1,
            90,
        ),
        SettingSpec(
            "keychain_allowed",
            QT_TRANSLATE_NOOP("settings", "Allow unlocking with a computer's keychain"),
            bool,
            True,
        ),
        SettingSpec(
            "part2_enabled",
            QT_TRANSLATE_NOOP("settings", "Apply 42 CFR Part 2 consent rules"),
            bool,
            True,
        ),
        SettingSpec(
            "backup_folder",
            QT_TRANSLATE_NOOP("settings", "Backup folder"),
            str,
            "",
            help=QT_TRANSLATE_NOOP(
                "settings",
                "Where the automatic backups go, taken when LEAD Desktop closes and once a day while it is open: "
                "best a USB drive or network share kept away from this computer. Empty: the backups folder "
                "beside the site.",
            ),
            editor="folder",
        ),
        SettingSpec(
            "backup_keep",
            QT_TRANSLATE_NOOP("settings", "Automatic backups to keep"),
            int,
            14,
            1,
            365,
            help=QT_TRANSLATE_NOOP(
                "settings", "Older automatic backups are deleted; other files in the folder are never touched."
            ),
        ),
        SettingSpec(
            "draft_keep_days",
            QT_TRANSLATE_NOOP("settings", "Keep unsaved drafts for days"),
            int,
            30,
            1,
            365,
            help=QT_TRANSLATE_NOOP(
                "settings",
                "What someone typed but did not save is kept, encrypted, as a draft to restore after a lock or a "
                "crash. Drafts older than this are removed.",
            ),
        ),
        SettingSpec(
            "offline_copy_days",
            QT_TRANSLATE_NOOP("settings", "A laptop's offline copy opens for days without the server"),
            int,
            14,
            1,
            365,
            help=QT_TRANSLATE_NOOP(
                "settings",
                "On a shared server, each laptop keeps an encrypted copy of its user's work for working offline. "
                "A copy that has not reached the server for longer than this refuses to open until it syncs.",
            ),
        ),
        SettingSpec(
            "last_auto_backup_at",
            QT_TRANSLATE_NOOP("settings", "Last automatic backup"),
            str,
            "",
            editable=False,
        ),
    )
}
