"""A small office laptop: the window opens inside a 1024 × 700 screen, every page and tab fits there (which is
also what 200 % scaling on a 2048 × 1400 screen asks, in logical pixels), and no long text widens the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QTabWidget

from lead_desktop.gui.participants import ParticipantDialog, ParticipantsPage
from lead_desktop.services import demo
from lead_desktop.services import participants as svc
from tests.conftest import ADMIN_PASSWORD

SMALL = QRect(0, 0, 1024, 700)
ROOM = QSize(1024, 700 - 40)  # less the window manager's title bar


def fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def test_the_window_opens_inside_a_small_screen_and_every_page_fits_there(qtbot, window, new_site):
    demo.fill_demo(new_site, ADMIN_PASSWORD, 24, seed=3, contacts_per_participant=1)
    window.fit_to_screen(SMALL)
    assert fits(window.size()) and SMALL.contains(window.frameGeometry())
    window.open_participant(svc.list_participants(new_site, limit=1).rows[0].id)
    too_big = []
    for index, key in enumerate(window.pages):
        window.go_to(index)
        page = window.pages[key]
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]:
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                if not fits(window.minimumSizeHint()):
                    too_big.append(f"{key} › {tabs.tabText(tab)}: {window.minimumSizeHint().toTuple()}")
    assert too_big == []

    window.go_to_page("participants")
    page = window.pages["participants"].findChild(ParticipantsPage)
    window.pages["participants"].tabs.setCurrentWidget(page)
    QApplication.processEvents()
    # The search box's clear button stays clear of the button beside it; the filters show their whole text.
    assert page.search_edit.geometry().right() < page.new_button.geometry().left()
    for combo in (page.view_combo, page.status_combo, page.manager_combo):
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()


def test_a_long_name_neither_gets_cut_without_a_word_nor_widens_the_window(qtbot, window, new_site):
    window.fit_to_screen(SMALL)
    width = window.width()
    page = window.pages["participants"].findChild(ParticipantsPage)
    dialog = page.new_participant()
    assert isinstance(dialog, ParticipantDialog)
    qtbot.waitExposed(dialog)
    first = dialog.form.input("first_name")
    first.setFocus()
    first.insert("Wilhelmina" * 30)  # pasted: 300 characters
    assert len(dialog.form.values()["first_name"]) == 300  # not silently cut to 80 …
    assert dialog.form.limit_text("first_name") == "300 of 80 characters: 220 too many"  # … but said
    dialog.form.set_values({"last_name": "Okafor", "enrolled_on": date.today()})
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.problem("first_name") == "First name can have at most 80 characters."
    dialog.reject()

    longest = svc.create_participant(new_site, {
        "first_name": "W" * 80, "middle_name": "M" * 80, "last_name": "O" * 80, "enrolled_on": date.today(),
    }, reviewed_duplicates=True)
    window.open_participant(longest.id)
    profile = window.pages["participants"].tabs.currentWidget()
    QApplication.processEvents()
    assert window.width() == width and fits(window.minimumSizeHint())
    assert profile.name_label.text() == longest.name and profile.name_label.toolTip() == longest.name
    assert profile.name_label.width() < profile.name_label.fontMetrics().horizontalAdvance(longest.name)
