"""lead-desktop-admin's exit codes, documented in the package's docstring and the help, and the
known error each one stands for.

A script running the command decides on the number alone, so a code never changes meaning.
"""

from __future__ import annotations

from lead_desktop.domain.errors import (
    AccountDisabled,
    BackupInvalid,
    BadRecoveryKey,
    BadServerAddress,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseTooNew,
    DeviceRevoked,
    DiskFull,
    FolderNotEmpty,
    FolderNotWritable,
    KeyFileCorrupt,
    KnownError,
    NeedsServer,
    NoWorkingCopy,
    NoSite,
    NotASite,
    NotStaff,
    PermissionDenied,
    ServerCertificateRejected,
    ServerRefused,
    ServerUnreachable,
    SignInThrottled,
    SiteExists,
    SiteInUse,
    UnknownUser,
    UpgradeFailed,
    ValidationError,
    WrongPassword,
    WrongRecoveryKey,
)

EXIT_OK = 0
EXIT_UNSOUND = 1
EXIT_BAD_INPUT = 2
EXIT_WRONG_PASSWORD = 3
EXIT_UNKNOWN_USER = 4
EXIT_NO_SITE = 5
EXIT_SITE_EXISTS = 6
EXIT_NOT_WRITABLE = 7
EXIT_IN_USE = 8
EXIT_CORRUPT = 9
EXIT_NOT_ALLOWED = 10
EXIT_TOO_NEW = 11
EXIT_OTHER = 12
EXIT_UPGRADE_FAILED = 13
EXIT_SERVER = 14
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

EXIT_CODES: list[tuple[int, str]] = [
    (EXIT_OK, "done (verify: the site is sound)"),
    (EXIT_UNSOUND, "verify: the site is not sound; each problem is printed"),
    (EXIT_BAD_INPUT, "bad input: unknown option, missing or empty standard input, invalid name, password or key"),
    (EXIT_WRONG_PASSWORD, "wrong password or recovery key"),
    (EXIT_UNKNOWN_USER, "unknown user"),
    (EXIT_NO_SITE, "no site in DIR (or its key file is missing)"),
    (EXIT_SITE_EXISTS, "a site already exists in DIR, or the restore folder is not empty"),
    (EXIT_NOT_WRITABLE, "the folder is not writable, or the disk is full"),
    (EXIT_IN_USE, "the site is in use by another running program"),
    (EXIT_CORRUPT, "a corrupted file: key file, database or backup"),
    (EXIT_NOT_ALLOWED, "not allowed: the account is deactivated or its role may not do this"),
    (EXIT_TOO_NEW, "the site was made by a newer LEAD Desktop"),
    (EXIT_OTHER, "another known problem (the message says which)"),
    (EXIT_UPGRADE_FAILED, "the database upgrade failed; the message says whether the copy taken before it was put back"),
    (EXIT_SERVER, "the server cannot be reached, or could not prove it is the right server (TLS certificate)"),
    (EXIT_INTERNAL, "internal error (a bug); the traceback is in the log file"),
]

# First match wins, so subclasses come before their parents (UnknownUser is a WrongPassword).
_EXIT_FOR_ERROR: list[tuple[type[KnownError], int]] = [
    (UnknownUser, EXIT_UNKNOWN_USER),
    (WrongPassword, EXIT_WRONG_PASSWORD),
    (WrongRecoveryKey, EXIT_WRONG_PASSWORD),
    (SignInThrottled, EXIT_WRONG_PASSWORD),
    (NoSite, EXIT_NO_SITE),
    (SiteExists, EXIT_SITE_EXISTS),
    (FolderNotEmpty, EXIT_SITE_EXISTS),
    (FolderNotWritable, EXIT_NOT_WRITABLE),
    (DiskFull, EXIT_NOT_WRITABLE),
    (SiteInUse, EXIT_IN_USE),
    (DatabaseBusy, EXIT_IN_USE),
    (KeyFileCorrupt, EXIT_CORRUPT),
    (DatabaseCorrupt, EXIT_CORRUPT),
    (BackupInvalid, EXIT_CORRUPT),
    (AccountDisabled, EXIT_NOT_ALLOWED),
    (PermissionDenied, EXIT_NOT_ALLOWED),
    (DatabaseTooNew, EXIT_TOO_NEW),
    (UpgradeFailed, EXIT_UPGRADE_FAILED),
    (ServerUnreachable, EXIT_SERVER),
    (NeedsServer, EXIT_SERVER),
    (NoWorkingCopy, EXIT_SERVER),
    (DeviceRevoked, EXIT_NOT_ALLOWED),
    (ServerCertificateRejected, EXIT_SERVER),
    (NotStaff, EXIT_NOT_ALLOWED),
    (ServerRefused, EXIT_NOT_ALLOWED),
    (NotASite, EXIT_NO_SITE),
    (BadServerAddress, EXIT_BAD_INPUT),
    (ValidationError, EXIT_BAD_INPUT),
    (BadRecoveryKey, EXIT_BAD_INPUT),
]


class BadInput(ValidationError):
    """A command line or standard input the program cannot use."""


def exit_code_for(error: KnownError) -> int:
    for kind, code in _EXIT_FOR_ERROR:
        if isinstance(error, kind):
            return code
    return EXIT_OTHER
