"""Site settings: each declared once with its default, range and label.

Values live in the encrypted database; changes are audited by the settings service.
A spec that is not `editable` is kept by the program (the time of the last automatic backup)
or by the part of it that asks for it (the HMIS export's site details, domain.hmis.site, asked
in the export dialog and saved by services.exchange.hmis): it is not on the settings page and
`set_setting` refuses it. `editor` names a widget other than the one for the kind ("folder": a
text field with a Browse… button; "date": a short text field for a day written YYYY-MM-DD, empty
while not set).
A spec with `choices` is one of a few codes, shown by their labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain.fields import Kind
from lead_desktop.domain.hmis.site import HMIS_SITE_FORM, setting_key
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP


STARTED_USING_SETTING = "started_using_on"


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
    choices: tuple[tuple[str, str], ...] = ()  # (stored code, label): the value is one of the codes


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
            "paper_size",
            QT_TRANSLATE_NOOP("settings", "Paper size of reports"),
            str,
            "letter",
            choices=(("letter", QT_TRANSLATE_NOOP("settings", "US Letter")), ("a4", QT_TRANSLATE_NOOP("settings", "A4"))),
            help=QT_TRANSLATE_NOOP("settings", "The paper every PDF the program makes is laid out for."),
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
            STARTED_USING_SETTING,
            QT_TRANSLATE_NOOP("settings", "Started using LEAD Desktop on"),
            str,
            "",
            help=QT_TRANSLATE_NOOP(
                "settings",
                "A date like 2025-03-31. Referrals of the site's history dated before it come in marked "
                "“recorded before LEAD Desktop”: they count in every report, but today's intake rules "
                "(officer, offense, hand-off, screening) are not asked of them. The first history import "
                "sets it.",
            ),
            editor="date",
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
        *(
            SettingSpec(setting_key(field.name), field.label, bool if field.kind is Kind.BOOL else str,
                        field.default if field.default is not None else "", help=field.help, editable=False)
            for field in HMIS_SITE_FORM
        ),
    )
}
