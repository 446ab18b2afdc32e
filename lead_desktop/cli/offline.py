"""lead-desktop-admin sync, and --offline: a laptop's working copy of a server site from the command line.

    --database-url URL --data-dir DIR --user U --password-stdin sync
        signs in to the server as U, fills or refreshes U's working copy in DIR (made the first time) and
        sends the changes waiting in it, each exactly once. Prints `sent N, received M, conflicts K`.
        Exit 0; 2 when changes are left in the queue (conflicts for U to decide in the window, or changes
        the server refused); 14 when the server cannot be reached; 10 when this copy was revoked (it is
        removed) or U is a viewer (viewers have no copy).
    --offline (with --database-url URL --data-dir DIR --user U --password-stdin)
        works on U's copy in DIR without the server: `import contacts FILE` queues the contacts (sent by
        the next sync), `export …` reads the copy. Other commands need the server.

Registered by lead_desktop.cli.program through add_commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from lead_desktop.cli.context import Context
from lead_desktop.cli.exits import EXIT_BAD_INPUT, EXIT_OK, BadInput
from lead_desktop.domain.errors import DeviceRevoked, NotStaff, ServerUnreachable
from lead_desktop.services.offline import access
from lead_desktop.services.offline import sync as syncing

OFFLINE_COMMANDS = ("import", "export")  # the commands that work on the copy alone


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
    command("sync", "server sites: fill or refresh your working copy in --data-dir DIR and send the changes "
                    "waiting in it; prints 'sent N, received M, conflicts K'")
    handlers["sync"] = cmd_sync


def check_offline(args: argparse.Namespace) -> None:
    """--offline only where it means something: a server site, a command that works on the copy."""
    if not getattr(args, "offline", False):
        return
    if not args.database_url or not args.data_dir:
        raise BadInput("--offline works on your copy of a server site: give --database-url URL and --data-dir DIR "
                       "(where this laptop keeps the copy).")
    if args.command not in OFFLINE_COMMANDS:
        raise BadInput("{command} needs the server: leave out --offline. Offline, use import contacts or export.",
                       command=args.command)


def cmd_sync(ctx: Context) -> int:
    if ctx.server is None or not ctx.args.data_dir:
        raise BadInput("sync works on a server site: give --database-url URL and --data-dir DIR (where this "
                       "laptop keeps your copy).")
    if ctx.args.offline:
        raise BadInput("sync needs the server: leave out --offline.")
    kind, password = ctx.credentials()
    if kind != "password":
        raise BadInput("A server site has no recovery key: sign in with --user USER --password-stdin.")
    site = access.sign_in(ctx.server.address, ctx.folder, ctx.args.user, password)
    try:
        if site.offline:
            raise ServerUnreachable(server=ctx.server.address.display())
        if access.REVOKED_NOTICE in site.notices:
            raise DeviceRevoked()
        if site.copy is None:
            raise NotStaff("Viewers have no working copy: they see aggregates and governance on the server only.")
        report = syncing.sync(site)
        refused = [change for change in syncing.waiting_changes(site) if change.state == "failed"]
    finally:
        site.close()
    ctx.say(f"sent {report.sent}, received {report.received}, conflicts {report.conflicts_left}")
    for change in refused:
        reason = change.problem["template"].format(**change.problem["params"]) if change.problem else ""
        ctx.say(f"refused by the server, waiting in the queue: {change.kind}: {reason}")
    if report.conflicts_left:
        ctx.say("Someone changed the same records on the server meanwhile: open LEAD Desktop and choose "
                "File → Sync now to compare and choose.")
    return EXIT_BAD_INPUT if report.conflicts_left or report.refused else EXIT_OK
