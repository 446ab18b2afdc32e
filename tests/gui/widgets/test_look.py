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


def test_import_dialogs_open_within_the_screens_free_area(qtbot, new_site):
    """A 1024 × 700 laptop keeps every import dialog's buttons on screen: each opens at its usual size where the
    screen has room, else as large as the free area allows, and never below what its layout needs."""
    from lead_desktop.gui.exchange.history_dialog import HistoryDialog
    from lead_desktop.gui.exchange.hmis_import_dialog import HmisImportDialog
    from lead_desktop.gui.exchange.import_dialog import ImportDialog
    from lead_desktop.gui.widgets.look import TITLE_BAR_ALLOWANCE, available_area

    for cls in (ImportDialog, HistoryDialog, HmisImportDialog):
        dialog = cls(new_site)
        qtbot.addWidget(dialog)
        area, minimum = available_area(dialog), dialog.minimumSizeHint()
        assert dialog.width() <= max(area.width(), minimum.width()), cls.__name__
        assert dialog.height() <= max(area.height() - TITLE_BAR_ALLOWANCE, minimum.height()), cls.__name__
        assert dialog.width() >= minimum.width() and dialog.height() >= minimum.height(), cls.__name__


def test_resize_within_screen_takes_the_wanted_size_where_it_fits(qtbot):
    from PySide6.QtWidgets import QDialog

    from lead_desktop.gui.widgets.look import TITLE_BAR_ALLOWANCE, available_area, resize_within_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    resize_within_screen(dialog, 300, 200)
    assert (dialog.width(), dialog.height()) == (300, 200)
    resize_within_screen(dialog, area.width() + 500, area.height() + 500)
    assert (dialog.width(), dialog.height()) == (area.width(), area.height() - TITLE_BAR_ALLOWANCE)
