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


class FileNotWritten(KnownError):
    """A file the program was writing could not be written; the old file, if any, is as it was
    (storage.atomic maps each OSError to this or a more precise known error)."""

    template = QT_TRANSLATE_NOOP("errors", "The file {file} could not be written: {reason}")


class FileInUse(FileNotWritten):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {file} is open in another program, so it could not be replaced. Close it there, or "
        "choose another file name, and try again; nothing was saved.",
    )


class PathTooLong(FileNotWritten):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file name {file} is too long for this computer. Choose a shorter name, or a folder nearer "
        "the top of the drive, and try again; nothing was saved.",
    )


class DatabaseBusy(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The site's database is busy in another program. Try again in a moment."
    )


class EditConflict(KnownError):
    """A save over a record someone else changed since it was opened (optimistic locking).

    `yours` and `theirs` map each field's label (untranslated, "fields" context) to its display
    value: what this person tried to save and what is saved now. `your_values` and `their_values`
    hold the same by field name as the form holds them, `form` is the domain Form they belong to,
    and `current_version` is the version saved now: saving again with it keeps this person's
    version. All of these stay out of the message and its params, since they may hold names.
    """

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this record while you were editing it. Nothing was saved yet: compare "
        "your version with theirs and choose which one to keep.",
    )

    def __init__(
        self,
        template: str | None = None,
        *,
        yours: dict | None = None,
        theirs: dict | None = None,
        current_version: int | None = None,
        form: object = None,
        your_values: dict | None = None,
        their_values: dict | None = None,
        **params: object,
    ) -> None:
        super().__init__(template, **params)
        self.yours = dict(yours or {})
        self.theirs = dict(theirs or {})
        self.current_version = current_version
        self.form = form
        self.your_values = dict(your_values or {})
        self.their_values = dict(their_values or {})

    @property
    def has_versions(self) -> bool:
        """Both versions are known (False for a clash found only while writing)."""
        return self.current_version is not None

    def __repr__(self) -> str:  # ids and versions only: the values may name people
        return f"{type(self).__name__}(current_version={self.current_version!r})"


class SavedAtTheSameTime(EditConflict):
    """Two saves of one record met while writing (the database's version check refused the second)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Someone else saved this record at the same moment, so your change was not saved. What you "
        "typed is still there: save again to compare your version with theirs.",
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


# ----- shared server mode ------------------------------------------------------------------


class ChecklistChanged(KnownError):
    """Someone saved a newer checklist version while this one was being edited; `version` is theirs."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Someone saved version {version} of the checklist while you were editing it; nothing was saved. Your "
        "changes are still here. Press Save again to save them as version {next} on top of theirs, or Cancel "
        "and open the checklist again to see version {version} first.",
    )


class BadServerAddress(KnownError):
    """`reason` says which part is wrong: url, host, database, port, tls or ca_file."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server address is not complete or not right. Give the server's name, its port (usually 5432), "
        "the database name (lower-case letters, digits and _), a secure connection (verify-full or require) "
        "and, if your IT volunteer gave you one, the certificate file that exists on this computer.",
    )

    def __init__(self, template: str | None = None, *, reason: str = "url", **params: object) -> None:
        super().__init__(template, **params)
        self.reason = reason


class ServerUnreachable(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "LEAD Desktop cannot reach the server {server}. Check the network connection and the server's "
        "name and port; if it still fails, ask your IT volunteer whether the server is running. Nothing was saved.",
    )


class ServerCertificateRejected(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server {server} could not prove it is the right server: its certificate does not match "
        "the certificate file or the server's name. Nothing was sent. Ask your IT volunteer for the "
        "right certificate file.",
    )


class ServerRefused(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server refused this for your account. Nothing was changed. Ask an administrator to check your role.",
    )


class NotASite(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {server} does not hold a LEAD Desktop site yet, or needs an upgrade that only "
        "the server's database owner can run. Ask your IT volunteer.",
    )


class ServerCollation(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {server} sorts text by a language's rules, so lists would come out in another order "
        "than on a laptop. Ask your IT volunteer to create it again with: CREATE DATABASE … TEMPLATE template0 "
        "LC_COLLATE 'C' LC_CTYPE 'C' (see the README, “Preparing the database”).",
    )


class OneSitePerServer(KnownError):
    """PostgreSQL 15 and older: an owner that may create roles can give itself any role on the server."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "This PostgreSQL server already holds another LEAD site ({other}). On PostgreSQL 15 and older the owner "
        "role that creates staff accounts can give itself any other site's roles, so each LEAD site needs a "
        "PostgreSQL server (cluster) of its own there; several sites may share PostgreSQL 16 or newer.",
    )


class ViewerNumbersMissing(KnownError):
    """A viewer signed in on a laptop whose copy of the viewers' numbers is missing or older than its key."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The numbers for viewers have not been prepared on this computer yet. Ask a project manager, case "
        "manager or administrator to sign in here once; then sign in again.",
    )


class TextNotStorable(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Some text holds an invisible control character (for example one pasted from another program) that "
        "the server cannot store. Retype that text and try again; nothing was saved.",
    )


class NotStaff(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This server account is not a staff account of the site. Ask an administrator to add you.",
    )


# ----- moving a site between a laptop and a server ---------------------------------------


class CopyMismatch(KnownError):
    """Moving a site: after the copy, a table on the server differs from the laptop's (`table`)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The copy on the server did not match the site on this computer (table {table}), so nothing was "
        "moved: the server's database was put back to empty and the site on this computer is unchanged. "
        "Try again; if it happens again, ask your IT volunteer to check the server.",
    )


class SnapshotMismatch(CopyMismatch):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The copy of the server's site did not match the server (table {table}), so no file was written. "
        "Try again; if it happens again, ask your IT volunteer to check the server.",
    )


class CopyFailed(KnownError):
    """A row the other database refuses (text too long for the server, a broken link) in `table`."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server refused some of the records in table {table}, so nothing was moved: the server's "
        "database was put back to empty and the site on this computer is unchanged. Run “Check the site” "
        "on this computer, then ask your IT volunteer for help.",
    )


class ServerNameTaken(KnownError):
    """Moving a site: the server already has the login role `role` ("<database>.<user name>")."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server already has an account named {role}, left from another site or an earlier attempt, "
        "so nothing was moved. Ask your IT volunteer to remove that role on the server (DROP ROLE), "
        "or to prepare a database with another name.",
    )


# ----- viewers on a shared server ------------------------------------------------------------


class NumbersNotPrepared(KnownError):
    """A viewer on a server asked for a report's numbers that no staff member has computed there yet
    (viewers read the published numbers, never the participant tables)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "These numbers have not been prepared on the server yet. Ask a project manager or case manager "
        "to open this report once; viewers then see the same numbers.",
    )


# ----- a laptop working offline on a server site (services.offline) -----------------------------------


class NeedsServer(KnownError):
    """Working offline: something only the server can do. `area` chooses the sentence (NEEDS_SERVER)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This needs the server: LEAD Desktop is working offline. It works again once the server is reached."
    )

    def __init__(self, template: str | None = None, *, area: str = "", **params: object) -> None:
        super().__init__(template or NEEDS_SERVER.get(area), **params)
        self.area = area


NEEDS_SERVER = {
    "accounts": QT_TRANSLATE_NOOP("errors", "Accounts need the server: LEAD Desktop is working offline."),
    "settings": QT_TRANSLATE_NOOP("errors", "Site settings need the server: LEAD Desktop is working offline."),
    "governance": QT_TRANSLATE_NOOP("errors", "Governance and meetings need the server: LEAD Desktop is working offline."),
    "imports": QT_TRANSLATE_NOOP("errors", "Imports need the server: LEAD Desktop is working offline."),
    "reports": QT_TRANSLATE_NOOP("errors", "Reports need the server: LEAD Desktop is working offline."),
    "audit": QT_TRANSLATE_NOOP("errors", "The audit log needs the server: LEAD Desktop is working offline."),
}


class DeviceRevoked(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "An administrator revoked this laptop's copy of your work, so the server refused to sync it and the copy "
        "was removed from this computer. Sign in while connected to the server to keep working.",
    )


class NotThisDevice(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The server does not know this laptop's copy for your account. Sign in while connected to the server."
    )


class CopyTooOld(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This laptop's copy has not reached the server for {days} days (your site allows {limit}), so it does not "
        "open until it syncs. Connect to the server's network and sign in; nothing was lost.",
    )


class NoWorkingCopy(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "LEAD Desktop cannot reach the server {server}, and this laptop holds no copy of your work to use "
        "offline. Sign in once while connected to the server; after that you can work here without it.",
    )
