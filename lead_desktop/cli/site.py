"""lead-desktop-admin commands for the site as a whole: init, verify, backup, restore, rotate-key,
demo and upgrade (the commands are described in the package's docstring).

init and upgrade also work on a server site (--database-url), run by the database's owner;
backup, restore and demo are for a site on this computer.
"""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable
from pathlib import Path

from lead_desktop import paths
from lead_desktop.cli.context import Context, error, positive
from lead_desktop.cli.exits import EXIT_OK, EXIT_UNSOUND, BadInput, exit_code_for
from lead_desktop.domain.errors import KnownError
from lead_desktop.services import accounts, anchors
from lead_desktop.services import site as sites


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
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
    handlers["init"] = cmd_init

    verify = command("verify", "check the database (SQLCipher integrity), the audit chain and its anchors; "
                     "exit 1 when not sound")
    verify.add_argument("--anchor", action="append", default=[], metavar="ENTRY:HASH",
                        help="also hold the chain against this anchor (printed on a program report's last page)")
    handlers["verify"] = cmd_verify

    backup = command("backup", "write one consistent encrypted backup file (database + key slots)")
    backup.add_argument("--to", dest="target", metavar="FILE", required=True)
    handlers["backup"] = cmd_backup

    restore = command("restore", "restore a backup into an empty DIR (no password needed)")
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    handlers["restore"] = cmd_restore

    rotate = command("rotate-key", "change the master key; the last line printed is the new recovery key")
    rotate.add_argument("--recovery-kit", metavar="PDF", help="also write the new Recovery Kit PDF to this file")
    handlers["rotate-key"] = cmd_rotate_key

    demo = command(
        "demo",
        "create (or fill) a demo site with synthetic participants; the last line printed is the recovery key",
    )
    demo.add_argument("--participants", type=positive, default=300, metavar="N", help="how many (default 300)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed; the same seed gives the same site")
    demo.add_argument("--admin-user", metavar="USER", default="admin", help="the demo administrator (default admin)")
    demo.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the demo administrator's password from stdin line 1 (required)",
    )
    handlers["demo"] = cmd_demo

    command("upgrade", "server sites: bring the server's database up to this program's version (the owner runs it)")
    handlers["upgrade"] = cmd_upgrade


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
    from lead_desktop.reports.recovery_kit import RecoveryKitData

    data = RecoveryKitData(site_name, recovery_key, datetime.date.today(), str(folder))
    try:
        path = sites.write_recovery_kit(data, Path(target).expanduser())
    except KnownError as err:
        error(f"could not write the Recovery Kit: {err.message}")
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
    for typed in ctx.args.anchor:
        try:
            anchors.check_typed(typed)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    site = ctx.open(ctx.credentials())
    try:
        problems = sites.verify(site, ctx.args.anchor)
    finally:
        site.close()
    if not problems:
        ctx.say("Site is sound")
        return EXIT_OK
    for problem in problems:
        ctx.say(problem)
    error(f"the site is not sound: {len(problems)} problem(s). Restore it from a backup.")
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
