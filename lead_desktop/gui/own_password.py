"""Changing your own password: the one path for the forced change after sign-in and Account ▸ Change password.

The change dialog (gui.sign_in.ChangePasswordDialog) collects the current and the new password;
this module asks the service and answers the dialog. On a shared server, a password this
computer's keychain remembers for the person follows the change, whichever way the person
signed in: the keychain itself is asked whether it holds one (never a note kept by the window).
When the keychain refuses the new one, the old one is removed rather than left to fail at the
next sign-in. A password that was not remembered stays unremembered: remembering is opt-in.
"""

from __future__ import annotations

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.dialogs import FAILED, AnswersInput, answer
from lead_desktop.services import accounts as account_service
from lead_desktop.services import server_profiles
from lead_desktop.services.session import SiteSession


def change_own_password(site: SiteSession, dialog: AnswersInput, current: str, new: str) -> bool:
    """Change the signed-in person's password; a refusal is shown in `dialog`, success accepts it."""
    if answer(dialog, lambda: account_service.change_own_password(site, current, new)) is FAILED:
        return False
    keep_keychain_in_step(site, new)
    dialog.accept()
    return True


def keep_keychain_in_step(site: SiteSession, new: str) -> None:
    """A server password remembered in this computer's keychain becomes the new one (or is forgotten)."""
    if not site.is_server:
        return
    address, username = site.vault.address, site.actor.username
    if server_profiles.remembered_password(address, username) is None:
        return
    try:
        server_profiles.remember_password(address, username, new)
    except KnownError:
        server_profiles.forget_password(address, username)
