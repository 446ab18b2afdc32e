"""What a lead-desktop-admin command works with: its arguments, secrets read one line at a time from
standard input, where the site is (a folder or a server) and opening it as the person asked.

Passwords and keys come only from standard input, never from the command line or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from lead_desktop.cli.exits import BadInput
from lead_desktop.services import site as sites

PROG = "lead-desktop-admin"


def error(text: str) -> None:
    """One line on standard error, after the program's name."""
    print(f"{PROG}: {text}", file=sys.stderr)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


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
            if getattr(self.args, "offline", False):
                from lead_desktop.services.offline.access import open_offline

                return open_offline(self.server.address, self.folder, self.args.user, secret)
            from lead_desktop.services.server_site import sign_in_server

            return sign_in_server(self.server.address, self.args.user, secret)
        if kind == "recovery":
            site = sites.open_with_recovery_key(self.folder, secret)
        else:
            site = sites.sign_in(self.folder, self.args.user, secret, wait=True)
        if site.moved_to_server:
            error(f"warning: this is an old copy; the site moved to the server {site.moved_to_server}. "
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
