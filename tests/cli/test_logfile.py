"""The log of a lead-desktop-admin command (lead_desktop/cli/logfile.py): a bug is one line for the person
and a traceback without messages in the site's log."""

from __future__ import annotations

from lead_desktop import cli
from lead_desktop.cli import logfile
from lead_desktop.services import site as sites
from tests.conftest import ADMIN_PASSWORD, SITE_NAME

from .conftest import as_admin


def test_internal_error_gives_one_line_and_logs_the_traceback_without_messages(run, created, site_dir, monkeypatch):
    def broken(site, _anchors=()):
        raise RuntimeError(f"about {site.site_name}")  # a message carrying a name, as a careless bug might

    monkeypatch.setattr(sites, "verify", broken)
    code, out, err = run(*as_admin(site_dir), "verify", stdin=ADMIN_PASSWORD + "\n")
    assert (code, out) == (cli.EXIT_INTERNAL, "")
    assert err.startswith("lead-desktop-admin: Internal error; see the log")
    assert "Traceback" not in err and SITE_NAME not in err
    log_text = (site_dir / "logs" / logfile.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.RuntimeError (message withheld)" in log_text
    assert "in broken" in log_text
    assert SITE_NAME not in log_text
