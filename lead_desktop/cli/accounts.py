"""lead-desktop-admin commands for staff accounts and the audit log: reset-password, add-user,
list-users and audit (described in the package's docstring).

A new or reset password is a temporary one, read from standard input after the signed-in
person's own; its owner must choose a new one at the next sign-in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from lead_desktop.cli.context import Context, positive
from lead_desktop.cli.exits import EXIT_OK
from lead_desktop.domain import validation
from lead_desktop.domain.errors import UnknownUser
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, audit
from lead_desktop.services import site as sites


def add_commands(command: Callable[[str, str], argparse.ArgumentParser],
                 handlers: dict[str, Callable[[Context], int]]) -> None:
    reset = command("reset-password", "give an account a temporary password (stdin line 2)")
    reset.add_argument("--username", metavar="U", required=True)
    handlers["reset-password"] = cmd_reset_password

    add = command("add-user", "add an account with a temporary password (stdin line 2)")
    add.add_argument("--username", metavar="U", required=True)
    add.add_argument("--name", metavar="N", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    handlers["add-user"] = cmd_add_user

    command("list-users", "list the site's accounts")
    handlers["list-users"] = cmd_list_users

    entries = command("audit", "show the newest audit log entries")
    entries.add_argument("--limit", type=positive, default=50, metavar="N", help="how many (default 50)")
    handlers["audit"] = cmd_audit


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
