"""Known errors: things that go wrong in normal use, told to the person in plain words.

Every message is a template marked for translation in the "errors" context;
`params` fill it after translation. Anything that is not a KnownError is a bug
and goes to the crash dialog and the log. Messages and params never carry
participant data.
"""

from __future__ import annotations

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP


class KnownError(Exception):
    """An expected failure with a message a case manager understands."""

    template: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, template: str | None = None, **params: object) -> None:
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class NoSite(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "There is no LEAD Desktop site in the folder {folder}.")


class SiteExists(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A LEAD Desktop site already exists in the folder {folder}. Choose an empty folder."
    )


class FolderNotWritable(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "LEAD Desktop cannot write to the folder {folder}. Check its permissions or choose another folder."
    )


class SiteInUse(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This site is already open in another LEAD Desktop window or program on this computer. "
        "Close it there first.",
    )


class WrongPassword(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The password is not right. Check Caps Lock and try again.")

    def __init__(self, template: str | None = None, *, delay_seconds: float = 0.0, **params: object) -> None:
        super().__init__(template, **params)
        self.delay_seconds = delay_seconds


class UnknownUser(WrongPassword):
    template = QT_TRANSLATE_NOOP("errors", "There is no account named “{username}” on this site.")


class AccountDisabled(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This account has been deactivated. Ask your site's administrator for help."
    )


class SignInThrottled(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Too many wrong passwords. Please wait {seconds} seconds before trying again."
    )


class WrongRecoveryKey(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That recovery key does not open this site. Check the 64 characters on the Recovery Kit."
    )


class BadRecoveryKey(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A recovery key is 64 characters, digits 0–9 and letters a–f. Check what you typed."
    )


class KeyFileCorrupt(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The site's key file ({file}) is damaged. Restore it from a backup, or open the site with its recovery key.",
    )


class DatabaseCorrupt(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The site's database file is damaged ({detail}). Restore the site from a backup."
    )


class DatabaseTooNew(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This site was last used with a newer version of LEAD Desktop. "
        "Install that version (or a newer one) to open it; nothing was changed.",
    )


class DiskFull(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The disk is full. Free some space; nothing was saved.")


class DatabaseBusy(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The site's database is busy in another program. Try again in a moment."
    )


class BackupInvalid(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup file {file} is not a LEAD Desktop backup or is damaged ({detail})."
    )


class FolderNotEmpty(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The folder {folder} is not empty. Restore into an empty folder.")


class PermissionDenied(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this: {action}.")


class ValidationError(KnownError):
    """Bad input in a form or a command; `field` names the field when there is one."""

    template = QT_TRANSLATE_NOOP("errors", "{detail}")

    def __init__(self, template: str | None = None, *, field: str | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class KeychainUnavailable(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "{reason}")


class KeychainNoKey(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This computer's keychain holds no key for this account. Sign in with your password."
    )


class UpgradeFailed(KnownError):
    """A schema upgrade failed on open; the backup taken just before it was put back."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The upgrade of the site's database failed; the copy taken just before it was put back, so nothing "
        "was lost. Keep using the previous version of LEAD Desktop for now, and send the log file from the "
        "site's logs folder to whoever looks after your installation.",
    )


class UpgradeFailedNotRestored(UpgradeFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The upgrade of the site's database failed, and the copy taken just before it could not be put back "
        "automatically. That copy is safe in the folder {folder}: restore it into an empty folder "
        "(lead-desktop-admin restore) and open the site from there with the previous version of LEAD Desktop.",
    )


class BackupUnsound(BackupInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup file {file} failed its checks ({detail}). Do not restore it; choose an older backup.",
    )


class BackupOtherSite(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup file {file} is of another LEAD Desktop site. Only a backup of this site can replace it; "
        "restore another site's backup into an empty folder instead.",
    )


class BackupWrongKey(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup file {file} does not open with this site's current master key: it was made before the "
        "master key was changed. Restore it into an empty folder and open it with the recovery key of that time.",
    )


class BackupTooNew(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup file {file} was made by a newer version of LEAD Desktop. Install that version to restore it.",
    )


class BackupFailed(KnownError):
    """An automatic backup could not be written (folder missing, drive unplugged, disk full)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The automatic backup could not be written to the backup folder {folder}. Check that the folder "
        "(or the USB drive or network share it is on) is there and has free space.",
    )


class LogoInvalid(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A logo must be a PNG or JPEG image of at most 1 MB."
    )
