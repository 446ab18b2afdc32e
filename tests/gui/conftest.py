"""GUI fixtures: a main window over a fresh site, and other accounts to sign in as."""

from __future__ import annotations

import pytest

from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import site as sites

OTHER_PASSWORD = "another long passphrase"
NO_IDLE_MS = 10 * 60_000  # long enough that no test locks by accident


@pytest.fixture
def window(qtbot, new_site):
    from lead_desktop.gui.main_window import MainWindow

    win = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def add_and_sign_in(site_dir, admin_site, username: str, role: Role) -> sites.SiteSession:
    """Add an account as the administrator, close, and sign in as the new person (password already chosen)."""
    accounts.add_account(admin_site, username, f"Person {username}", role, OTHER_PASSWORD)
    admin_site.close()
    person = sites.sign_in(site_dir, username, OTHER_PASSWORD)
    accounts.change_own_password(person, OTHER_PASSWORD, OTHER_PASSWORD + "!")
    return person
