"""The welcome page's demo button builds a demo site beside the data folder and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lead_desktop.gui import demo as demo_site
from lead_desktop.gui.flow import AppFlow
from lead_desktop.gui.wizard import demo_available
from lead_desktop.services import site as sites

pytestmark = pytest.mark.skipif(not demo_available(), reason="this build has no demo service")


@pytest.mark.slow
def test_demo_button_builds_and_opens_the_demo_site(qtbot, site_dir, monkeypatch):
    monkeypatch.setattr(demo_site, "DEMO_PARTICIPANTS", 12)
    flow = AppFlow(site_dir, idle_ms=60_000)
    flow.start()
    try:
        wizard = flow.wizard
        assert wizard.ui.demo_button.isVisible()
        assert demo_site.DEMO_PASSWORD in wizard.ui.demo_label.text()
        qtbot.mouseClick(wizard.ui.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: flow.window is not None, timeout=60_000)
        window = flow.window
        assert "LEAD Demo Site" in window.windowTitle()
        assert window.site.paths.folder == demo_site.demo_folder_for(site_dir).resolve()
        assert not sites.site_exists(site_dir)  # the real data folder stays empty for the real site
        assert flow.demo_progress is None
    finally:
        flow.shutdown()
