"""Fixtures of the profile tests: Rosa Parks on a new site, a consent, opening her profile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lead_desktop.gui.participants import ProfileWidget

from ..conftest import person, sign_in_as  # noqa: F401 - the tests import them from here

CONSENT = {
    "consent_type": "lead_multi_party",
    "disclosing_party": "LEAD case management",
    "recipients": "Police department\nPublic defender",
    "information": ["enrollment", "legal"],
    "purpose": "Coordinate services",
    "right_to_revoke_explained": True,
}


def open_profile(qtbot, site, participant_id: str) -> ProfileWidget:
    widget = ProfileWidget(site, participant_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column_texts(tab, column: int) -> list[str]:
    model = tab.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def answer(qtbot, parent, button_text: str) -> None:
    """Click a button of the question box the widget opened."""
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    button = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def rosa(new_site):
    return person(new_site, "Rosa", "Marquez", dob=date(1981, 4, 2), aliases="Rosie")


