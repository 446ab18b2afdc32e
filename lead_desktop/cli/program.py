"""lead-desktop-admin as a program: the global options, the commands each module of the package adds,
and running one command to an exit code (known errors in one line, bugs to the log).

Each command module defines add_commands(command, handlers): command(name, help) returns the
command's subparser, and handlers maps the command's name to a function that takes a Context
and returns an exit code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from lead_desktop import paths
from lead_desktop.cli.accounts import add_commands as add_account_commands
from lead_desktop.cli.context import PROG, Context, StdinLines, error
from lead_desktop.cli.exits import EXIT_BAD_INPUT, EXIT_CODES, EXIT_INTERNAL, EXIT_INTERRUPTED, exit_code_for
from lead_desktop.cli.exchange import add_commands as add_exchange_commands
from lead_desktop.cli.logfile import LogFile
from lead_desktop.cli.offline import add_commands as add_offline_commands
from lead_desktop.cli.offline import check_offline
from lead_desktop.cli.reports import add_commands as add_report_commands
from lead_desktop.cli.server import add_commands as add_server_commands
from lead_desktop.cli.site import add_commands as add_site_commands
from lead_desktop.domain.errors import KnownError

log = logging.getLogger(__name__)

# Each module's commands, in the order the help lists them.
COMMAND_GROUPS = (add_site_commands, add_account_commands, add_report_commands, add_exchange_commands,
                  add_server_commands, add_offline_commands)


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


def build_parser(handlers: dict[str, Callable[[Context], int]] | None = None) -> argparse.ArgumentParser:
    """The whole command line; `handlers` (when given) learns each command's function."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Administer a LEAD Desktop site without the window: create, check, back up, restore, "
        "manage accounts.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # so "--password" can never be taken for "--password-stdin"
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help=f"the site's folder (default: {paths.default_data_dir()}); with "
        "--database-url, where this laptop keeps your working copy (sync, --offline)"
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a site on a shared PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full"
        "&sslrootcert=CA_FILE (no password in it)",
    )
    parser.add_argument(
        "--offline", action="store_true",
        help="with --database-url and --data-dir: work on your copy in DIR without the server "
        "(import contacts queues them for the next sync; export reads the copy)",
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
    handlers = {} if handlers is None else handlers
    for add_commands in COMMAND_GROUPS:
        add_commands(command, handlers)
    return parser


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
        error(
            f"{secret} is not an option: passwords and keys are never taken from the command line. "
            "Use --password-stdin or --recovery-key-stdin and pipe them in."
        )
        return EXIT_BAD_INPUT
    handlers: dict[str, Callable[[Context], int]] = {}
    parser = build_parser(handlers)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already explained
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    folder = Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
    logfile = LogFile(folder)
    try:
        check_offline(args)
        ctx = Context(args, folder, StdinLines(sys.stdin), sys.stdout)
        code = handlers[args.command](ctx)
        log.info("%s finished with exit code %d", args.command, code)
        return code
    except KnownError as err:
        log.info("%s refused: %s", args.command, type(err).__name__)
        error(err.message)
        return exit_code_for(err)
    except KeyboardInterrupt:
        error("interrupted.")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: the person gets one line, the log gets the traceback
        where = logfile.record_bug(args.command, exc)
        error(f"Internal error; see the log ({where})." if where else "Internal error; see the log.")
        return EXIT_INTERNAL
    finally:
        logfile.close()
