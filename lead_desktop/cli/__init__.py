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

The package, one job per module:

    program.py   the parser's global options, running one command, exit codes for errors
    exits.py     the exit codes and which known error gives which
    context.py   what a command gets: its arguments, secrets from standard input, the site to open
    site.py      init, verify, backup, restore, rotate-key, demo, upgrade
    accounts.py  reset-password, add-user, list-users, audit
    reports.py   report           exchange.py  import, export
    history.py   import site-history (a site's people, referrals and contacts together)
    server.py    migrate-to-server, snapshot
    logfile.py   the rotating log a command writes while it runs, tracebacks without messages
"""

from __future__ import annotations

# The entry point (pyproject: lead_desktop.cli:main) and the exit codes a script compares with.
from lead_desktop.cli.exits import (
    EXIT_BAD_INPUT,
    EXIT_CODES,
    EXIT_CORRUPT,
    EXIT_IN_USE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_NO_SITE,
    EXIT_NOT_ALLOWED,
    EXIT_NOT_WRITABLE,
    EXIT_OK,
    EXIT_OTHER,
    EXIT_SERVER,
    EXIT_SITE_EXISTS,
    EXIT_TOO_NEW,
    EXIT_UNKNOWN_USER,
    EXIT_UNSOUND,
    EXIT_UPGRADE_FAILED,
    EXIT_WRONG_PASSWORD,
)
from lead_desktop.cli.program import main

__all__ = [
    "main", "EXIT_CODES", "EXIT_OK", "EXIT_UNSOUND", "EXIT_BAD_INPUT", "EXIT_WRONG_PASSWORD", "EXIT_UNKNOWN_USER",
    "EXIT_NO_SITE", "EXIT_SITE_EXISTS", "EXIT_NOT_WRITABLE", "EXIT_IN_USE", "EXIT_CORRUPT", "EXIT_NOT_ALLOWED",
    "EXIT_TOO_NEW", "EXIT_OTHER", "EXIT_UPGRADE_FAILED", "EXIT_SERVER", "EXIT_INTERNAL", "EXIT_INTERRUPTED",
]
