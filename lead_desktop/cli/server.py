"""lead-desktop-admin migrate-to-server / snapshot: moving a site onto a shared server and back.

    migrate-to-server --database-url postgresql://OWNER@HOST[:PORT]/DATABASE?sslmode=verify-full&sslrootcert=CA
        run with --data-dir DIR --user USER --password-stdin (USER: an administrator of the site in DIR).
        stdin line 1: USER's password; line 2: the password of the database's owner (the URL's user).
        Copies every table into the empty database, checks every table's row count and a checksum
        of every row, and makes every account a server account. USER keeps their password on the
        server; the other active accounts are listed: an administrator gives each a temporary
        password (Administration → Accounts, or reset-password with --database-url). The site in DIR
        is left as it was, with an audit entry saying it moved.
    snapshot --to FILE
        run with --database-url URL --user USER --password-stdin (USER: an administrator of the server
        site; stdin line 1: USER's server password). Writes one encrypted file in the backup format:
        `restore --from FILE` into an empty folder, then sign in as USER with the same password, or
        with the recovery key, which is the last line printed (shown once).

Registered by lead_desktop.cli.program through add_commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from lead_desktop.cli.context import Context, ServerTarget
from lead_desktop.cli.exits import EXIT_OK, BadInput
from lead_desktop.services import server_move
from lead_desktop.services import site as sites


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
    move = command("migrate-to-server", "copy the site in DIR into an empty database on a PostgreSQL server, "
                                        "checking every row (stdin: your password, then the database owner's)")
    move.add_argument("--database-url", dest="move_to_url", metavar="URL", required=True,
                      help="postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA_FILE "
                           "(the database's owner, no password in it)")
    handlers["migrate-to-server"] = cmd_migrate_to_server

    snap = command("snapshot", "server sites: write one encrypted file that opens on a computer without the "
                               "server; the last line printed is its recovery key")
    snap.add_argument("--to", dest="target", metavar="FILE", required=True)
    handlers["snapshot"] = cmd_snapshot


def _password(ctx: Context, command_name: str) -> str:
    kind, secret = ctx.credentials()
    if kind != "password":
        raise BadInput("{command} needs an administrator's --user USER --password-stdin, not the recovery key: "
                       "the password becomes theirs on the other side.", command=command_name)
    return secret


def cmd_migrate_to_server(ctx: Context) -> int:
    if ctx.server is not None:
        raise BadInput("migrate-to-server moves the site in --data-dir DIR; give the server's address after the "
                       "command (migrate-to-server --database-url URL), not before it.")
    target = ServerTarget(ctx.args.move_to_url)  # refuses a URL holding a password
    if not target.owner:
        raise BadInput("The database URL must name the database's owner (postgresql://OWNER@HOST/DATABASE).")
    password = _password(ctx, "migrate-to-server")
    owner_password = ctx.owner_password()
    site = sites.sign_in(ctx.folder, ctx.args.user, password, wait=True)
    try:
        report = server_move.move_to_server(site, password, target.address, target.owner, owner_password)
        username = site.actor.username
    finally:
        site.close()
    ctx.say(f"Moved the site to the server {report.server}: {report.rows} rows in {len(report.tables)} tables, "
            f"every row checked ({report.seconds:.1f} s).")
    width = max(len(name) for name in report.tables)
    for name, count in report.tables.items():
        ctx.say(f"  {name.ljust(width)}  {count:>9}")
    ctx.say(f"{username} signs in on the server with the same password.")
    if report.needs_password:
        ctx.say("These accounts need a temporary password from an administrator before they can sign in "
                "(Administration → Accounts, or reset-password with --database-url):")
        for name in report.needs_password:
            ctx.say(f"  {name}")
    if report.deactivated:
        ctx.say("Deactivated accounts (they cannot sign in): " + ", ".join(report.deactivated))
    ctx.say("The site in this folder stays as it was (its audit log records the move): "
            "from now on, work on the server.")
    return EXIT_OK


def cmd_snapshot(ctx: Context) -> int:
    if ctx.server is None:
        raise BadInput("snapshot copies a server site (--database-url URL before the command); "
                       "a site on this computer is copied with backup --to FILE.")
    password = _password(ctx, "snapshot")
    site = ctx.open(("password", password))
    try:
        path, recovery_key = server_move.snapshot(site, password, Path(ctx.args.target).expanduser())
        username = site.actor.username
    finally:
        site.close()
    ctx.say(f"Snapshot written to {path}.")
    ctx.say("To open it without the server: lead-desktop-admin --data-dir EMPTY_FOLDER restore --from FILE,")
    ctx.say(f"then sign in as {username} with the same password. Only {username} has a password in the copy;")
    ctx.say("others get one from an administrator there. The recovery key opens it too; it is shown only once:")
    ctx.say(recovery_key)
    return EXIT_OK
