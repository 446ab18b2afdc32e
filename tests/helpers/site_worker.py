"""A second program on a site folder, for the crash and lock tests. Run as a script:

    python tests/helpers/site_worker.py MODE FOLDER    (passwords on stdin, one per line)

Modes:
    try        sign in once; print {"ok": ..., "error": class name, "message": ...} and exit
    hold       sign in, print "ready", keep the site open until stdin closes
    write      sign in, print "ready", then write settings, accounts and audit entries in a
               loop, printing "tick N" after each round, until killed
    passwords  sign in, print "ready", then change the own password back and forth and reset
               another account's password back and forth, printing "tick N", until killed

Only public services are used, exactly as the window and the admin CLI use them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, settings
from lead_desktop.services import site as sites
from lead_desktop.storage import keyslots, pending

# Same cheap key derivation and short delays as tests/conftest.py (slots keep their own parameters).
keyslots.force_kdf_cost_for_tests(10)
pending.DELAY_BASE_SECONDS = 0.01
pending.DELAY_CAP_SECONDS = 0.05


def _say(text: str) -> None:
    print(text, flush=True)


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    lines = [line.rstrip("\n") for line in iter(sys.stdin.readline, "")] if mode == "try" else []
    if mode == "try":
        username, password = lines[0], lines[1]
        try:
            site = sites.sign_in(folder, username, password)
        except KnownError as exc:
            _say(json.dumps({"ok": False, "error": type(exc).__name__, "message": exc.message}))
            return 1
        site.close()
        _say(json.dumps({"ok": True}))
        return 0

    username = sys.stdin.readline().rstrip("\n")
    password = sys.stdin.readline().rstrip("\n")
    site = sites.sign_in(folder, username, password)
    _say("ready")
    if mode == "hold":
        sys.stdin.read()  # until the test closes our stdin
        site.close()
        return 0
    if mode == "write":
        run_id = sys.stdin.readline().strip()
        tick = 0
        while True:
            settings.set_setting(site, "auto_lock_minutes", 1 + tick % 240)
            if tick % 3 == 0:
                accounts.add_account(site, f"w{run_id}n{tick}", f"Worker {tick}", Role.CASE_MANAGER, "temporary pass 1")
            with site.unit_of_work() as session:
                for i in range(5):
                    site.audit(session, AuditAction.VIEW, "probe", f"{run_id}-{tick}-{i}")
            tick += 1
            _say(f"tick {tick}")
    if mode == "passwords":
        other_id = sys.stdin.readline().strip()
        own = [password, sys.stdin.readline().rstrip("\n")]
        temporary = [sys.stdin.readline().rstrip("\n"), sys.stdin.readline().rstrip("\n")]
        tick = 0
        while True:
            accounts.change_own_password(site, own[tick % 2], own[(tick + 1) % 2])
            accounts.reset_password(site, other_id, temporary[tick % 2])
            tick += 1
            _say(f"tick {tick}")
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
