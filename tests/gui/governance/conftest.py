"""Fixtures for the governance pages: bodies built through the services, pages shown offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lead_desktop.gui.widgets.dialogs import RecordDialog


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dialog_of(qtbot, parent: QWidget, name: str) -> RecordDialog:
    """The form dialog (object name "<form>_dialog") the page just opened."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(RecordDialog, name)))
    return next(d for d in parent.findChildren(RecordDialog, name) if d.isVisible())


def answer(qtbot, parent: QWidget, button_text: str) -> None:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    choice = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)


def texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def owg(new_site):
    from tests.services.governance.helpers import small_owg

    return small_owg(new_site)


@pytest.fixture
def pcg(new_site):
    from tests.services.governance.helpers import small_pcg

    return small_pcg(new_site)
