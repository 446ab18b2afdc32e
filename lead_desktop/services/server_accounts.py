"""Staff accounts on a server site: each is a database login role in one of the site's group roles.

The role statements run through the site's ``lead_*_account`` functions (see
`storage.server_roles`), which the database lets only administrators call, inside the
same transaction as the account row, so a failure leaves neither half. Passwords are
sent as SCRAM verifiers, never as text.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Role
from lead_desktop.storage import server, server_roles


def create_role(session: Session, username: str, role: Role, password: str | None) -> None:
    server_roles.create_login(session, username, role, password)


def set_role(session: Session, username: str, role: Role) -> None:
    server_roles.set_login_group(session, username, role)


def set_password(session: Session, username: str, password: str) -> None:
    server_roles.set_login_password(session, username, password)


def set_active(session: Session, username: str, active: bool) -> None:
    server_roles.set_login_active(session, username, active)


def change_own_password(site, current_password: str, new_password: str) -> None:  # noqa: ANN001 - SiteSession
    """Through the site's own function (which also clears must_change_password); the current password is
    checked by signing in with it."""
    address = site.vault.address
    # WrongPassword when the current password does not sign in
    server.connect(address, server_roles.login_role(address.database, site.actor.username), current_password).close()
    with site.unit_of_work() as session:
        server_roles.set_own_password(session, new_password)
        site.audit(session, AuditAction.PASSWORD_CHANGED, "account", site.actor.account_id)
