"""The long referral form on a small screen: Save with problems scrolls to the first one and focuses it, each
message stands by its field and leaves as soon as the field is right; "Answer no" keeps the answers given."""

from __future__ import annotations

import gc

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from lead_desktop.gui.referrals import ReferralDialog
from tests.gui.referrals.test_intake import YESTERDAY, choose, fill_arrest, open_new, type_into
from tests.services.referrals.helpers import sources


def in_view(area: QScrollArea, widget: QWidget) -> bool:
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(rect.center())


def test_save_with_problems_brings_the_first_into_view_and_each_message_leaves_when_its_field_is_right(
        qtbot, new_site, page):
    sources(new_site)
    page.refresh()
    dialog = open_new(qtbot, page)
    dialog.resize(900, 420)  # a small laptop: the form scrolls
    form = dialog.form
    type_into(qtbot, form.input("referred_at"), "")
    type_into(qtbot, form.input("dob"), "12/31/2099")
    area = next(a for a in dialog.findChildren(QScrollArea) if a.widget().isAncestorOf(form))
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # looking at the screening questions at the bottom
    assert not in_view(area, form.input("referred_at"))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert form.problem("referred_at") == "Referral date and time is required."
    assert form.problem("dob") == "Date of birth cannot be in the future."
    qtbot.waitUntil(lambda: form.input("referred_at").edit.hasFocus())
    qtbot.waitUntil(lambda: in_view(area, form.input("referred_at")))

    qtbot.keyClicks(form.input("referred_at").edit, f"{YESTERDAY:%m/%d/%Y} 9:00 am")  # as US staff write it
    assert form.problem("referred_at") == ""
    assert form.problem("dob") == "Date of birth cannot be in the future."  # still wrong: still said
    type_into(qtbot, form.input("dob"), "02/11/1984")
    assert form.problem("dob") == ""

    choose(qtbot, form.input("pathway"), "Community referral")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.problem("last_name") == "Enter at least a first or a last name (a street name is fine)."
    assert form.problem("referring_person") == "A community referral needs the person or organization who referred."
    qtbot.keyClicks(form.input("first_name"), "Dana")  # the name message under Last name goes with a first name
    assert form.problem("last_name") == ""
    assert form.problem("referring_person") != ""
    qtbot.keyClicks(form.input("referring_person"), "Pastor Lee, Harbor Church")
    assert form.problem("referring_person") == ""
    with qtbot.waitSignal(dialog.referral_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_answer_no_fills_only_the_unanswered_questions(qtbot, new_site, page):
    sources(new_site)
    page.refresh()
    dialog = open_new(qtbot, page)
    fill_arrest(qtbot, dialog)
    screening = dialog.screening
    qtbot.keyClicks(screening.row_editor("drug_quantity"), "1.2")
    qtbot.mouseClick(dialog.all_clear_button, Qt.MouseButton.LeftButton)
    assert screening.row_editor("drug_quantity").text() == "1.2"  # the amount given stays
    assert screening.answers()["drug_quantity"] == "1.2"
    assert "not decided yet" not in screening.result_label.text()  # every other question got its answer


def test_referral_dialogs_sized_to_the_screen_and_dropped_leave_the_screen_to_qt(qtbot, new_site):
    """Each referral dialog sizes itself to the screen. With one kept open and a second freed by the cycle
    collector, the second once deleted the application's only screen, and the next window crashed inside Qt."""
    first = ReferralDialog(new_site)
    qtbot.addWidget(first)
    second = ReferralDialog(new_site)
    second.itself = second  # only the cycle collector frees it, as with dialogs whose slots refer to them
    del second
    gc.collect()
    assert len(QGuiApplication.screens()) == 1
    first.show()
    qtbot.waitExposed(first)
    assert QGuiApplication.primaryScreen().availableGeometry().contains(first.frameGeometry().center())
