"""lead-desktop-admin: the site's services without a window, for scheduled tasks and scripted set-up.

Usage (global options come before the command):

    lead-desktop-admin [--data-dir DIR | --database-url URL] [--user USER --password-stdin | --recovery-key-stdin] COMMAND ...

    init --site-name NAME --admin-user USER [--admin-name NAME] [--prefix P] [--recovery-kit PDF] --password-stdin
        create a site in DIR; stdin line 1: the administrator's password.
        The last line printed is the recovery key.
    verify                      SQLCipher integrity checks and the audit chain
    backup --to FILE            one consistent encrypted file (database + key slots)
    restore --from FILE         into an empty DIR; needs no password
    reset-password --username U stdin line 2: U's new temporary password
    add-user --username U --name N --role ROLE
                                stdin line 2: the new user's temporary password
    list-users
    rotate-key [--recovery-kit PDF]
                                new master key; the last line printed is the new recovery key
    audit [--limit N]           the newest audit entries
    demo --participants N [--seed S] [--admin-user USER] --password-stdin
                                create (or fill) a demo site of synthetic people; stdin line 1 becomes
                                the demo administrator's password; the last line printed is the recovery key

Every command but init, demo and restore opens the site with ``--user USER
--password-stdin`` (stdin line 1: that person's password) or with
``--recovery-key-stdin`` (stdin line 1: the recovery key). Passwords and keys
are read only from standard input, one per line, never from the command line
or the environment.

``--database-url postgresql://USER@HOST[:PORT]/DATABASE?sslmode=verify-full&sslrootcert=CA``
works wherever ``--data-dir`` does, for a site on a shared server (the URL never
holds a password). ``init`` and ``upgrade`` are then run by the database's owner
(the URL's user; its password is read from standard input after the others);
every other command signs in as ``--user`` with that person's server password.
A server site has no recovery key.

Exit codes:
    0   done (verify: the site is sound)
    1   verify: the site is not sound; each problem is printed
    2   bad input: unknown option, missing or empty standard input, invalid name, password or key
    3   wrong password or recovery key
    4   unknown user
    5   no site in DIR (or its key file is missing)
    6   a site already exists in DIR, or the restore folder is not empty
    7   the folder is not writable, or the disk is full
    8   the site is in use by another running program
    9   a corrupted file: key file, database or backup
    10  not allowed: the account is deactivated or its role may not do this
    11  the site was made by a newer LEAD Desktop
    12  another known problem (the message says which)
    13  the database upgrade failed; the message says whether the copy taken before it was put back
    14  the server cannot be reached, or could not prove it is the right server (TLS certificate)
    70  internal error (a bug); the traceback is in the log file

Messages go to standard error, one line each. Bugs are logged (ids and code
locations only, never names, passwords or keys) to ``DIR/logs/`` when DIR
holds a site, else to the user's log folder.
"""

from __future__ import annotations

import argparse
import datetime
import getpass
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import platformdirs

from lead_desktop import paths
from lead_desktop.domain import validation
from lead_desktop.domain.errors import (
    AccountDisabled,
    BackupInvalid,
    BadRecoveryKey,
    BadServerAddress,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseTooNew,
    DiskFull,
    FolderNotEmpty,
    FolderNotWritable,
    KeyFileCorrupt,
    KnownError,
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
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, audit
from lead_desktop.services import site as sites

log = logging.getLogger(__name__)

PROG = "lead-desktop-admin"
LOG_NAME = "lead-desktop-admin.log"

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


# ----- standard input -----------------------------------------------------------------------


class StdinLines:
    """Secrets read one line at a time from standard input (a hidden prompt when it is a terminal)."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.count = 0

    def line(self, what: str) -> str:
        self.count += 1
        if self.stream is None or getattr(self.stream, "closed", False):
            raise BadInput(
                "There is no standard input to read the {what} from. Pipe it in, one secret per line.", what=what
            )
        if _is_terminal(self.stream):
            text = getpass.getpass(f"{what[:1].upper()}{what[1:]}: ")
        else:
            text = self.stream.readline()
            if text == "":
                raise BadInput(
                    "Expected the {what} on line {line} of standard input, but the input ended. "
                    "Passwords and keys are read from standard input, one per line.",
                    what=what,
                    line=self.count,
                )
        text = text.rstrip("\r\n")
        if not text.strip():
            raise BadInput("Line {line} of standard input (the {what}) is empty.", what=what, line=self.count)
        return text


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# ----- the command line -----------------------------------------------------------------------


def _epilog() -> str:
    codes = "\n".join(f"  {code:>3}  {text}" for code, text in EXIT_CODES)
    return (
        "Passwords and recovery keys are read only from standard input, one per line\n"
        "(line 1: the password or recovery key; line 2: a new temporary password where a\n"
        "command needs one). Never from the command line or the environment.\n\n"
        "examples:\n"
        '  printf "%s\\n" "$PW" | lead-desktop-admin --data-dir DIR init --site-name "Our LEAD" \\\n'
        "      --admin-user ana --password-stdin\n"
        '  printf "%s\\n" "$PW" | lead-desktop-admin --data-dir DIR --user ana --password-stdin verify\n'
        '  printf "%s\\n" "$PW" | lead-desktop-admin --data-dir DIR --user ana --password-stdin \\\n'
        "      backup --to site-backup.leadbackup\n"
        "  lead-desktop-admin --data-dir NEWDIR restore --from site-backup.leadbackup\n"
        '  printf "%s\\n%s\\n" "$KEY" "$TEMP" | lead-desktop-admin --data-dir DIR --recovery-key-stdin \\\n'
        "      reset-password --username ana\n\n"
        f"exit codes:\n{codes}\n"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Administer a LEAD Desktop site without the window: create, check, back up, restore, "
        "manage accounts.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # so "--password" can never be taken for "--password-stdin"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir", metavar="DIR", help=f"the site's folder (default: {paths.default_data_dir()})"
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="a site on a shared PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full"
        "&sslrootcert=CA_FILE (no password in it)",
    )
    parser.add_argument("--user", metavar="USER", help="the account to sign in as (with --password-stdin)")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read USER's password from stdin line 1")
    how.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="open the site with its recovery key, read from stdin line 1 (instead of --user/--password-stdin)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)

    init = command("init", "create a new site in DIR; the last line printed is the recovery key")
    init.add_argument("--site-name", metavar="NAME", required=True)
    init.add_argument("--admin-user", metavar="USER", required=True, help="the first administrator's user name")
    init.add_argument("--admin-name", metavar="NAME", help="the administrator's full name (default: USER)")
    init.add_argument("--prefix", metavar="P", help="participant number prefix, e.g. NOLA (default: from the name)")
    init.add_argument("--recovery-kit", metavar="PDF", help="also write the Recovery Kit PDF to this file")
    init.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps a --password-stdin given before the command
        help="read the administrator's password from stdin line 1 (required)",
    )

    command("verify", "check the database (SQLCipher integrity) and the audit chain; exit 1 when not sound")

    backup = command("backup", "write one consistent encrypted backup file (database + key slots)")
    backup.add_argument("--to", dest="target", metavar="FILE", required=True)

    restore = command("restore", "restore a backup into an empty DIR (no password needed)")
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)

    reset = command("reset-password", "give an account a temporary password (stdin line 2)")
    reset.add_argument("--username", metavar="U", required=True)

    add = command("add-user", "add an account with a temporary password (stdin line 2)")
    add.add_argument("--username", metavar="U", required=True)
    add.add_argument("--name", metavar="N", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])

    command("list-users", "list the site's accounts")

    rotate = command("rotate-key", "change the master key; the last line printed is the new recovery key")
    rotate.add_argument("--recovery-kit", metavar="PDF", help="also write the new Recovery Kit PDF to this file")

    demo = command(
        "demo",
        "create (or fill) a demo site with synthetic participants; the last line printed is the recovery key",
    )
    demo.add_argument("--participants", type=_positive, default=300, metavar="N", help="how many (default 300)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed; the same seed gives the same site")
    demo.add_argument("--admin-user", metavar="USER", default="admin", help="the demo administrator (default admin)")
    demo.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the demo administrator's password from stdin line 1 (required)",
    )

    command("upgrade", "server sites: bring the server's database up to this program's version (the owner runs it)")

    entries = command("audit", "show the newest audit log entries")
    entries.add_argument("--limit", type=_positive, default=50, metavar="N", help="how many (default 50)")
    for module in _command_modules():
        module.add_commands(command, COMMANDS)
    return parser


# Areas that bring their own commands (reports, data exchange) live in their own modules:
# each defines add_commands(command, handlers), where command(name, help) returns a subparser
# and handlers maps the command name to a function taking a Context and returning an exit code.
COMMAND_MODULES = ("lead_desktop.cli_reports", "lead_desktop.cli_exchange", "lead_desktop.cli_server")


def _command_modules() -> list:
    import importlib

    modules = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a module that exists but fails to import is a bug: let it show
                raise
    return modules


# ----- commands -----------------------------------------------------------------------------


class Context:
    """What a command needs: its arguments, the site folder, stdin and stdout."""

    def __init__(self, args: argparse.Namespace, folder: Path, stdin: StdinLines, out: TextIO) -> None:
        self.args = args
        self.folder = folder
        self.stdin = stdin
        self.out = out
        self.server = server_target(getattr(args, "database_url", None))

    def owner_password(self) -> str:
        """The server owner's password, read after the command's other lines."""
        return self.stdin.line("server owner's password")

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def credentials(self) -> tuple[str, str]:
        """("password", USER's password) or ("recovery", key), read from stdin line 1."""
        args = self.args
        if args.recovery_key_stdin:
            if args.user:
                raise BadInput("Use either --user USER --password-stdin, or --recovery-key-stdin, not both.")
            return "recovery", self.stdin.line("recovery key")
        if not args.user or not args.password_stdin:
            raise BadInput(
                "The command {command} needs --user USER --password-stdin, or --recovery-key-stdin "
                "(before the command).",
                command=args.command,
            )
        return "password", self.stdin.line("password")

    def open(self, credentials: tuple[str, str]) -> sites.SiteSession:
        kind, secret = credentials
        if self.server is not None:
            if kind == "recovery":
                raise BadInput("A server site has no recovery key: sign in with --user USER --password-stdin.")
            from lead_desktop.services.server_site import sign_in_server

            return sign_in_server(self.server.address, self.args.user, secret)
        if kind == "recovery":
            site = sites.open_with_recovery_key(self.folder, secret)
        else:
            site = sites.sign_in(self.folder, self.args.user, secret, wait=True)
        if site.moved_to_server:
            _error(f"warning: this is an old copy; the site moved to the server {site.moved_to_server}. "
                   "Changes made here do not reach it.")
        return site


class ServerTarget:
    """--database-url, split into the server's address and the owner's user name (never a password)."""

    def __init__(self, url: str) -> None:
        from lead_desktop.storage import server

        self.address, self.owner, password = server.parse_database_url(url)
        if password is not None:
            raise BadInput(
                "The database URL holds a password. Passwords are never taken from the command line: "
                "remove it from the URL; the command reads it from standard input."
            )


def server_target(url: str | None) -> ServerTarget | None:
    return ServerTarget(url) if url else None


def _init_on_server(ctx: Context, password: str) -> int:
    from lead_desktop.services.server_site import create_server_site

    args, target = ctx.args, ctx.server
    if not target.owner:
        raise BadInput("The database URL must name the database's owner (postgresql://OWNER@HOST/DATABASE).")
    site = create_server_site(target.address, target.owner, ctx.owner_password(), args.site_name, args.admin_user,
                              password, args.admin_name, args.prefix)
    try:
        site_name, username = site.site_name, site.actor.username
    finally:
        site.close()
    ctx.say(f"Created the site “{site_name}” on the server {target.address.display()}.")
    ctx.say(f"Administrator: {username}. Staff sign in with their own server accounts; there is no recovery key.")
    return EXIT_OK


def cmd_upgrade(ctx: Context) -> int:
    if ctx.server is None:
        raise BadInput("upgrade is for server sites (--database-url); a site on this computer upgrades when it opens.")
    from lead_desktop.services.server_site import upgrade_server_site

    before = upgrade_server_site(ctx.server.address, ctx.server.owner, ctx.owner_password())
    from lead_desktop.storage.vault import head_revision

    ctx.say(f"The server's database is at version {head_revision()} (it was at {before or 'none'}).")
    return EXIT_OK


def _local_only(ctx: Context, what: str) -> None:
    if ctx.server is not None:
        raise BadInput(what)


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    if args.recovery_key_stdin or args.user:
        raise BadInput("init takes --admin-user and --password-stdin; not --user or --recovery-key-stdin.")
    if not getattr(args, "password_stdin", False):
        raise BadInput("init needs --password-stdin: the administrator's password is read from standard input.")
    password = ctx.stdin.line("administrator's password")
    if ctx.server is not None:
        return _init_on_server(ctx, password)
    site, recovery_key = sites.create_site(
        ctx.folder, args.site_name, args.admin_user, password, args.admin_name, args.prefix
    )
    try:
        site_name, username = site.site_name, site.actor.username
    finally:
        site.close()
    ctx.say(f"Created the site “{site_name}” in {site.paths.folder}.")
    ctx.say(f"Administrator: {username}.")
    kit_error = _write_kit(ctx, site_name, recovery_key, site.paths.folder)
    ctx.say("The recovery key opens the site when every password is lost. It is shown only once:")
    ctx.say("print it (or the Recovery Kit) and keep it locked away.")
    ctx.say(recovery_key)
    return exit_code_for(kit_error) if kit_error else EXIT_OK


def _write_kit(ctx: Context, site_name: str, recovery_key: str, folder: Path) -> KnownError | None:
    """Write the Recovery Kit when asked. A failure is told but never hides the key printed after it."""
    target = getattr(ctx.args, "recovery_kit", None)
    if not target:
        return None
    from lead_desktop.reports.recovery_kit import RecoveryKitData, write_recovery_kit

    data = RecoveryKitData(site_name, recovery_key, datetime.date.today(), str(folder))
    try:
        path = write_recovery_kit(data, Path(target).expanduser())
    except KnownError as err:
        _error(f"could not write the Recovery Kit: {err.message}")
        return err
    ctx.say(f"Recovery Kit written to {path}. Print it, then delete the file.")
    return None


def cmd_demo(ctx: Context) -> int:
    """Synthetic data only (services.demo); the password read becomes the demo administrator's."""
    args = ctx.args
    if args.recovery_key_stdin or args.user:
        raise BadInput("demo takes --admin-user and --password-stdin; not --user or --recovery-key-stdin.")
    if not getattr(args, "password_stdin", False):
        raise BadInput("demo needs --password-stdin: the demo administrator's password is read from standard input.")
    _local_only(ctx, "Make a demo site on this computer (--data-dir), then move it with migrate-to-server.")
    password = ctx.stdin.line("demo administrator's password")
    from lead_desktop.services import demo

    result = demo.create_demo(ctx.folder, password, participants=args.participants, seed=args.seed,
                              admin_username=args.admin_user)
    ctx.say(f"Demo site in {result.folder}: {result.participants} synthetic participants, {result.contacts} contacts.")
    ctx.say(f"Administrator: {result.admin_username}")
    if result.recovery_key is None:
        ctx.say("Added to the existing site; its recovery key is unchanged.")
        return EXIT_OK
    ctx.say("Recovery key (shown once):")
    ctx.say(result.recovery_key)
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    site = ctx.open(ctx.credentials())
    try:
        problems = sites.verify(site)
    finally:
        site.close()
    if not problems:
        ctx.say("Site is sound")
        return EXIT_OK
    for problem in problems:
        ctx.say(problem)
    _error(f"the site is not sound: {len(problems)} problem(s). Restore it from a backup.")
    return EXIT_UNSOUND


def cmd_backup(ctx: Context) -> int:
    _local_only(ctx, "A server site is backed up by its server (pg_dump); for a one-file encrypted copy "
                "use the snapshot command.")
    site = ctx.open(ctx.credentials())
    try:
        path = sites.backup(site, Path(ctx.args.target).expanduser())
    finally:
        site.close()
    ctx.say(f"Backup written to {path}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    _local_only(ctx, "Restore the backup into an empty folder (--data-dir), then move it with migrate-to-server.")
    info = sites.restore(Path(ctx.args.source).expanduser(), ctx.folder)
    ctx.say(f"Restored the backup made {info.created_at} into {paths.SitePaths.at(ctx.folder).folder}.")
    ctx.say("Sign in with the same passwords; the same recovery key works.")
    return EXIT_OK


def cmd_reset_password(ctx: Context) -> int:
    credentials = ctx.credentials()
    temporary = validation.check_password(ctx.stdin.line("new temporary password"))
    site = ctx.open(credentials)
    try:
        account = _find_account(site, ctx.args.username)
        accounts.reset_password(site, account.id, temporary)
    finally:
        site.close()
    ctx.say(f"{account.username} has a temporary password and must choose a new one at the next sign-in.")
    return EXIT_OK


def _find_account(site: sites.SiteSession, username: str) -> accounts.AccountInfo:
    wanted = validation.normalize_username(username)
    for account in accounts.list_accounts(site):
        if account.username == wanted:
            return account
    raise UnknownUser(username=username[:40])


def cmd_add_user(ctx: Context) -> int:
    args = ctx.args
    credentials = ctx.credentials()
    temporary = validation.check_password(ctx.stdin.line("new user's temporary password"))
    site = ctx.open(credentials)
    try:
        info = accounts.add_account(site, args.username, args.name, Role(args.role), temporary)
    finally:
        site.close()
    ctx.say(f"Added {info.username} ({info.role.value}). They must choose a new password at their first sign-in.")
    return EXIT_OK


def cmd_list_users(ctx: Context) -> int:
    site = ctx.open(ctx.credentials())
    try:
        rows = accounts.list_accounts(site)
    finally:
        site.close()
    table = [("USER", "ROLE", "STATUS", "LAST SIGN-IN", "NAME")]
    for row in rows:
        status = "active" if row.active else "deactivated"
        if row.active and row.must_change_password:
            status = "active, temporary password"
        last = row.last_sign_in_at.strftime("%Y-%m-%d %H:%M") if row.last_sign_in_at else "never"
        table.append((row.username, row.role.value, status, last, row.display_name))
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    for r in table:
        ctx.say("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r[:4])) + "  " + r[4])
    return EXIT_OK


def cmd_rotate_key(ctx: Context) -> int:
    site = ctx.open(ctx.credentials())
    try:
        recovery_key = accounts.rotate_master_key(site)
        site_name, folder = site.site_name, site.paths.folder
    finally:
        site.close()
    ctx.say("The master key has been changed. The old recovery key and Recovery Kit no longer work:")
    ctx.say("shred them. Backups made before now still open with the old key.")
    kit_error = _write_kit(ctx, site_name, recovery_key, folder)
    ctx.say("The new recovery key:")
    ctx.say(recovery_key)
    return exit_code_for(kit_error) if kit_error else EXIT_OK


def cmd_audit(ctx: Context) -> int:
    site = ctx.open(ctx.credentials())
    try:
        rows = audit.list_entries(site, limit=ctx.args.limit)
    finally:
        site.close()
    for row in rows:
        entity = f"{row.entity_type}:{row.entity_id}" if row.entity_type else "-"
        detail = " ".join(f"{k}={v}" for k, v in sorted(row.detail.items())) if row.detail else ""
        ctx.say(f"{row.seq:>6}  {row.at}  {row.actor}  {row.action}  {entity}  {detail}".rstrip())
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "reset-password": cmd_reset_password,
    "add-user": cmd_add_user,
    "list-users": cmd_list_users,
    "rotate-key": cmd_rotate_key,
    "audit": cmd_audit,
    "demo": cmd_demo,
    "upgrade": cmd_upgrade,
}


# ----- running ------------------------------------------------------------------------------


def _error(text: str) -> None:
    print(f"{PROG}: {text}", file=sys.stderr)


def _secret_in_argv(argv: list[str]) -> str | None:
    """An option that looks like a password or key given on the command line (it is refused, never echoed)."""
    for token in argv:
        if token == "--":
            return None
        name = token.split("=", 1)[0]
        if name in SECRET_OPTIONS:
            return name
    return None


SECRET_OPTIONS = frozenset({"--password", "--pass", "--passwd", "--recovery-key", "--key"})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    secret = _secret_in_argv(argv)
    if secret:
        _error(
            f"{secret} is not an option: passwords and keys are never taken from the command line. "
            "Use --password-stdin or --recovery-key-stdin and pipe them in."
        )
        return EXIT_BAD_INPUT
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already explained
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    folder = Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
    logfile = _LogFile(folder)
    try:
        ctx = Context(args, folder, StdinLines(sys.stdin), sys.stdout)
        code = COMMANDS[args.command](ctx)
        log.info("%s finished with exit code %d", args.command, code)
        return code
    except KnownError as err:
        log.info("%s refused: %s", args.command, type(err).__name__)
        _error(err.message)
        return exit_code_for(err)
    except KeyboardInterrupt:
        _error("interrupted.")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: the person gets one line, the log gets the traceback
        where = logfile.record_bug(args.command, exc)
        _error(f"Internal error; see the log ({where})." if where else "Internal error; see the log.")
        return EXIT_INTERNAL
    finally:
        logfile.close()


class _LogFile:
    """The rotating log in the site's logs/ folder, attached to the root logger while a command runs.

    Only folders that already hold a site get a logs/ folder; a bug elsewhere
    (e.g. during init or restore) is logged to the user's log folder instead,
    so an empty restore target stays empty.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handler: logging.Handler | None = None
        self._previous_level = logging.getLogger().level
        if sites.site_exists(folder):
            self._attach(paths.SitePaths.at(folder).logs)

    def _attach(self, log_dir: Path) -> Path | None:
        try:
            log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        # SQLAlchemy's INFO level logs statement parameters, which would put names in the log.
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
        self.handler = handler
        return log_dir / LOG_NAME

    def record_bug(self, command: str, exc: BaseException) -> Path | None:
        if self.handler is None:
            self._attach(platformdirs.user_log_path(paths.APP_DIR_NAME, appauthor=False))
        if self.handler is None:
            return None
        log.error("internal error in %s\n%s", command, scrubbed_traceback(exc))
        self.handler.flush()
        return Path(self.handler.baseFilename)  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.handler is not None:
            root = logging.getLogger()
            root.removeHandler(self.handler)
            root.setLevel(self._previous_level)
            self.handler.close()
            self.handler = None


def scrubbed_traceback(exc: BaseException) -> str:
    """Code locations and exception types only: exception messages can carry names or SQL parameters."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(parts) < 10:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__} (message withheld)")
        current = current.__cause__ or current.__context__
    return "\n\nwhich led to:\n\n".join(reversed(parts))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
