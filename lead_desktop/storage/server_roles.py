"""Staff accounts on a server are database roles: their names, their passwords and the statements
that create and change them.

A staff member's login role is ``<database>.<user name>`` in one of the site's four group roles
``<database>_<role>`` (see `storage.server_schema`, which grants each group its rights and
installs the ``lead_*_account`` functions). Every account change goes through those functions,
which the database lets only administrators (or the database's owner) run, inside the caller's
transaction, so an account row and its role are written together or not at all. Passwords reach
the server only as SCRAM verifiers computed here, never as text (so the server cannot check a
password's length: the program does, before computing the verifier).

Services call the named functions below and hold no PostgreSQL statements themselves.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from lead_desktop.domain.roles import Role

SCRAM_ITERATIONS = 4096


# ----- names -------------------------------------------------------------------------


def group_role(database: str, role: Role) -> str:
    return f"{database}_{role.value}"


def login_role(database: str, username: str) -> str:
    """A staff member's server role: the site's database name, a dot, the user name. Roles belong to
    the whole server, so the prefix keeps several sites (and the server's own roles) apart; the dot
    never occurs in a database or group role name."""
    return f"{database}.{username}"


# ----- passwords -------------------------------------------------------------------


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here so the password itself never
    reaches the server (nor its statement log). Normalised as SASLprep does for ordinary text."""
    salt = salt or os.urandom(16)
    secret = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


_VERIFIER = re.compile(r"^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")


def checked_verifier(verifier: str) -> str:
    """A verifier safe to put inside a statement (only base64, digits and the separators)."""
    if not _VERIFIER.match(verifier):
        raise ValueError("not a SCRAM verifier")
    return verifier


# ----- accounts ------------------------------------------------------------------------


def _verifier(password: str | None) -> str | None:
    return scram_verifier(password) if password is not None else None


def _flushed(db: Session | Connection) -> Session | Connection:
    """The functions below may change the account row themselves (and so its version): what the session
    holds for it must reach the database first, or its own later UPDATE would find another version."""
    if isinstance(db, Session):
        db.flush()
    return db


def create_login(db: Session | Connection, username: str, role: Role, password: str | None) -> None:
    """A login role for the account, in its group. Without a password nobody can sign in as it
    until an administrator gives it one."""
    _flushed(db).execute(text("SELECT lead_create_account(:u, :r, :v)"),
               {"u": username, "r": Role(role).value, "v": _verifier(password)})


def set_login_group(db: Session | Connection, username: str, role: Role) -> None:
    _flushed(db).execute(text("SELECT lead_set_account_role(:u, :r)"), {"u": username, "r": Role(role).value})


def set_login_password(db: Session | Connection, username: str, password: str) -> None:
    _flushed(db).execute(text("SELECT lead_set_account_password(:u, :v)"), {"u": username, "v": scram_verifier(password)})


def set_login_active(db: Session | Connection, username: str, active: bool) -> None:
    """A deactivated account keeps its role, which can no longer log in."""
    _flushed(db).execute(text("SELECT lead_set_account_active(:u, :a)"), {"u": username, "a": active})


def set_own_password(session: Session, password: str) -> None:
    """The signed-in person's own role gets a new password through the site's lead_change_own_password,
    the one way that also clears must_change_password (the caller has checked the current password and
    the new one's length: the server sees only the verifier)."""
    _flushed(session).execute(text("SELECT lead_change_own_password(:v)"), {"v": checked_verifier(scram_verifier(password))})


def first_taken(conn: Connection, roles: list[str]) -> str | None:
    """The first of `roles` that already exists on the server (roles belong to the whole server and
    outlive a dropped database), or None."""
    return conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) ORDER BY rolname"),
                        {"names": roles}).scalars().first()


# ----- who is connected ------------------------------------------------------------------


def is_owner(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT session_user = r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE d.datname = current_database()"
    )).scalar())


def staff_role(conn: Connection) -> Role | None:
    """The group role the connected person belongs to (the database's word, not the account row's),
    as the site's own `lead_staff_role()` knows it; None for a database that is not a site."""
    if conn.execute(text("SELECT to_regprocedure('lead_staff_role()')")).scalar() is None:
        return None
    value = conn.execute(text("SELECT lead_staff_role()")).scalar()
    return Role(value) if value else None
