"""`lead-desktop --demo` opens the demo site in one step (built beside the data folder on first use)."""

from __future__ import annotations

import pytest

from lead_desktop import app as app_module
from lead_desktop.gui import demo as demo_site


def test_demo_flag_is_parsed():
    assert app_module.parse_args(["--demo"]).demo is True
    assert app_module.parse_args([]).demo is False


@pytest.mark.slow
def test_open_demo_builds_and_signs_in(qtbot, tmp_path, monkeypatch):
    from lead_desktop.gui.flow import AppFlow

    monkeypatch.setattr(demo_site, "DEMO_PARTICIPANTS", 20)
    flow = AppFlow(tmp_path / "site", idle_ms=60_000)
    flow.open_demo()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=60_000)
    try:
        assert flow.window.site.site_name == "LEAD Demo Site"
        assert (demo_site.demo_folder_for(tmp_path / "site") / "site.db").exists()
        assert not (tmp_path / "site" / "site.db").exists()  # the real site folder is left alone
    finally:
        flow.shutdown()
