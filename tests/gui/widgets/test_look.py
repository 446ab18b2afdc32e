"""The part of the screen a window may fill, measured without ever taking the screen away from Qt."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken

import lead_desktop.gui
from lead_desktop.gui.widgets.look import available_area


def test_a_dialog_measured_and_dropped_leaves_the_screen_alive(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    assert available_area(window) == QGuiApplication.primaryScreen().availableGeometry()

    dialog = QDialog()
    dialog.itself = dialog  # only the cycle collector frees it, as with dialogs whose slots refer to them
    area = available_area(dialog)
    del dialog
    gc.collect()  # with QWidget.screen() this deleted the application's only screen

    screens = QGuiApplication.screens()
    assert len(screens) == 1 and screens[0].availableGeometry() == area


def test_a_screen_held_elsewhere_stays_usable_after_the_widget_that_measured_it_goes(qtbot):
    screen = QGuiApplication.primaryScreen()
    dialog = QDialog()
    available_area(dialog)
    del dialog  # owned by Python: gone at once, and with it every Python child it had
    assert Shiboken.isValid(screen)
    assert screen.availableGeometry().isValid()


def test_no_window_code_asks_a_widget_for_its_screen():
    root = Path(lead_desktop.gui.__file__).parent
    callers = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".screen()" in line and not line.lstrip().startswith("#")
    ]
    assert callers == [], "measure with gui.widgets.look.available_area instead"
