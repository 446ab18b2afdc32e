"""lead-desktop-admin reset-password, add-user, list-users and audit (lead_desktop/cli/accounts.py)."""

from __future__ import annotations

import pytest

from lead_desktop import cli
from lead_desktop.domain.errors import WrongPassword
from lead_desktop.domain.validation import parse_recovery_key
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD

from .conftest import TEMP_PASSWORD, as_admin


def test_reset_password_with_the_recovery_key_lets_a_locked_out_admin_back_in(run, created, site_dir):
    code, out, err = run(
        "--data-dir", site_dir, "--recovery-key-stdin", "reset-password", "--username", "admin",
        stdin=f"{created}\n{TEMP_PASSWORD}\n",
    )
    assert code == 0, err
    assert "admin" in out

    with pytest.raises(WrongPassword):
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    site = sites.sign_in(site_dir, "admin", TEMP_PASSWORD, wait=True)
    try:
        assert site.actor.must_change_password is True
    finally:
        site.close()

def test_accounts_audit_and_key_rotation(run, created, site_dir):
    code, out, err = run(
        *as_admin(site_dir), "add-user", "--username", "cm1", "--name", "Casey Manager", "--role", "case_manager",
        stdin=f"{ADMIN_PASSWORD}\n{TEMP_PASSWORD}\n",
    )
    assert code == 0, err
    assert "cm1" in out

    code, out, _ = run(*as_admin(site_dir), "list-users", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    rows = {line.split()[0]: line for line in out.strip().splitlines()[1:]}
    assert set(rows) == {"admin", "cm1"}
    assert "case_manager" in rows["cm1"] and "temporary password" in rows["cm1"] and "Casey Manager" in rows["cm1"]

    code, _, err = run("--data-dir", site_dir, "--user", "cm1", "--password-stdin", "list-users", stdin=TEMP_PASSWORD + "\n")
    assert code == cli.EXIT_NOT_ALLOWED
    assert "does not allow" in err

    code, out, _ = run(*as_admin(site_dir), "audit", "--limit", "3", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
    assert len(out.strip().splitlines()) == 3
    assert "sign_in" in out

    code, out, err = run(*as_admin(site_dir), "rotate-key", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    new_key = out.strip().splitlines()[-1]
    assert new_key != created
    parse_recovery_key(new_key)
    code, _, err = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=created + "\n")
    assert code == cli.EXIT_WRONG_PASSWORD
    assert "recovery key does not open" in err
    code, out, _ = run("--data-dir", site_dir, "--recovery-key-stdin", "verify", stdin=new_key + "\n")
    assert (code, out.strip()) == (0, "Site is sound")
    code, out, _ = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0
