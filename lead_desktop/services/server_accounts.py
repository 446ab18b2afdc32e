"""Staff accounts on a server site: each is a database login role in one of the site's group roles.

The role statements run through the site's ``lead_*_account`` functions (see
`storage.server`), which the database lets only administrators call, inside the
same transaction as the account row, so a failure leaves neither half. Passwords
are sent as SCRAM verifiers, never as text.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Role
from lead_desktop.storage import server
from lead_desktop.storage.models import Account


def create_role(session: Session, username: str, role: Role, password: str | None) -> None:
    verifier = server.scram_verifier(password) if password is not None else None
    session.execute(text("SELECT lead_create_account(:u, :r, :v)"), {"u": username, "r": Role(role).value, "v": verifier})


def set_role(session: Session, username: str, role: Role) -> None:
    session.execute(text("SELECT lead_set_account_role(:u, :r)"), {"u": username, "r": Role(role).value})


def set_password(session: Session, username: str, password: str) -> None:
    session.execute(text("SELECT lead_set_account_password(:u, :v)"),
                    {"u": username, "v": server.scram_verifier(password)})


def set_active(session: Session, username: str, active: bool) -> None:
    session.execute(text("SELECT lead_set_account_active(:u, :a)"), {"u": username, "a": active})


def change_own_password(site, current_password: str, new_password: str) -> None:  # noqa: ANN001 - SiteSession
    """Anyone may change their own role's password; the current one is checked by signing in with it."""
    address = site.vault.address
    # WrongPassword when the current password does not sign in
    server.connect(address, server.login_role(address.database, site.actor.username), current_password).close()
    verifier = server.scram_verifier(new_password)
    with site.unit_of_work() as session:
        role = server.login_role(address.database, site.actor.username)
        quoted = session.get_bind().dialect.identifier_preparer.quote(role)
        session.connection().exec_driver_sql(f"ALTER ROLE {quoted} PASSWORD '{server.checked_verifier(verifier)}'")
        row = session.get(Account, site.actor.account_id)
        row.must_change_password = False
        row.updated_by = row.id
        site.audit(session, AuditAction.PASSWORD_CHANGED, "account", row.id)
