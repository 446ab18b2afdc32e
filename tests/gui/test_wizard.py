"""The first-run wizard driven like a person would: typing, Next, Create site, the key, Finish."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWizard

from lead_desktop.gui.wizard import FirstRunWizard, demo_available
from lead_desktop.services import site as sites

from ..conftest import ADMIN_PASSWORD, SITE_NAME


@pytest.fixture
def wizard(qtbot, site_dir):
    wiz = FirstRunWizard(site_dir)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.activateWindow()
    qtbot.waitActive(wiz)
    yield wiz
    site = wiz.take_site()
    if site is not None:
        site.close()


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not clickable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_site_page(qtbot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.ui.site_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.ui.site_name_edit, SITE_NAME)
    qtbot.keyClicks(wizard.ui.prefix_edit, "zan")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.ui.admin_page


def test_wizard_creates_a_site_and_shows_its_recovery_key_once(qtbot, wizard, site_dir, tmp_path):
    assert wizard.ui.demo_button.isVisible() == demo_available()
    fill_site_page(qtbot, wizard)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert not create.isEnabled()
    qtbot.keyClicks(wizard.ui.full_name_edit, "Ada Administrator")
    qtbot.keyClicks(wizard.ui.username_edit, "Ada.Admin")
    qtbot.keyClicks(wizard.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClicks(wizard.ui.repeat_edit, ADMIN_PASSWORD)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)

    assert wizard.currentPage() is wizard.ui.recovery_page
    shown = wizard.recovery_key_text()
    digits = re.sub(r"[\s-]", "", shown)
    assert re.fullmatch(r"[0-9a-f]{64}", digits), shown
    assert wizard.ui.password_edit.text() == ""  # no password lingers in the form
    # The key is shown once: no Back, no Cancel, and Finish only after the box is ticked.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()

    box = wizard.ui.stored_checkbox
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert wizard.ui.stored_checkbox.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.recovery_key_text() == ""  # the label no longer holds the key
    assert wizard.ui.recovery_panel.key() == ""

    site = wizard.take_site()
    try:
        assert site.site_name == SITE_NAME
        assert site.actor.username == "ada.admin"
        assert site.actor.display_name == "Ada Administrator"
        assert site.setting("participant_prefix") == "ZAN"
    finally:
        site.close()
    again = sites.open_with_recovery_key(site_dir, digits)
    again.close()
    again = sites.sign_in(site_dir, "ada.admin", ADMIN_PASSWORD)
    again.close()


def test_recovery_kit_pdf_from_the_wizard(qtbot, wizard, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    fill_site_page(qtbot, wizard)
    for edit, text in (
        (wizard.ui.full_name_edit, "Ada Administrator"),
        (wizard.ui.username_edit, "admin"),
        (wizard.ui.password_edit, ADMIN_PASSWORD),
        (wizard.ui.repeat_edit, ADMIN_PASSWORD),
    ):
        qtbot.keyClicks(edit, text)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    key = wizard.ui.recovery_panel.key()
    target = tmp_path / "kit"
    assert wizard.ui.recovery_panel.save_kit(target)
    pdf = tmp_path / "kit.pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert SITE_NAME in text
    assert key.split("-")[0] in text
    assert "kit.pdf" in wizard.ui.recovery_panel.ui.kit_status_label.text()


def test_bad_input_keeps_create_disabled_shows_messages_and_writes_nothing(qtbot, wizard, site_dir):
    fill_site_page(qtbot, wizard)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(wizard.ui.full_name_edit, "Ada Administrator")
    qtbot.keyClicks(wizard.ui.username_edit, "admin")
    wizard.ui.password_edit.setFocus()
    qtbot.keyClicks(wizard.ui.password_edit, "short")
    qtbot.keyClick(wizard.ui.password_edit, Qt.Key.Key_Tab)  # leaving the field shows its message
    assert wizard.ui.password_error_label.isVisible()
    assert "10" in wizard.ui.password_error_label.text()
    qtbot.keyClicks(wizard.ui.repeat_edit, "shorx")
    assert wizard.ui.repeat_error_label.isVisible()
    assert "not the same" in wizard.ui.repeat_error_label.text()
    assert not create.isEnabled()

    # A long enough password that is repeated wrongly still cannot create the site.
    wizard.ui.password_edit.clear()
    qtbot.keyClicks(wizard.ui.password_edit, ADMIN_PASSWORD)
    wizard.ui.repeat_edit.clear()
    qtbot.keyClicks(wizard.ui.repeat_edit, ADMIN_PASSWORD + "x")
    assert not wizard.ui.password_error_label.isVisible()
    assert wizard.ui.repeat_error_label.isVisible()
    assert not create.isEnabled()
    assert wizard.ui.admin_page.validatePage() is False  # even if Next were forced
    assert wizard.currentPage() is wizard.ui.admin_page
    assert not site_dir.exists() or not any(site_dir.iterdir())

    wizard.ui.repeat_edit.clear()
    qtbot.keyClicks(wizard.ui.repeat_edit, ADMIN_PASSWORD)
    assert not wizard.ui.repeat_error_label.isVisible()
    assert create.isEnabled()


def test_bad_user_name_and_site_name_show_messages(qtbot, wizard):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.ui.site_name_edit.setFocus()
    qtbot.keyClicks(wizard.ui.site_name_edit, "   ")
    qtbot.keyClick(wizard.ui.site_name_edit, Qt.Key.Key_Tab)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.ui.site_name_error_label.isVisible()
    qtbot.keyClicks(wizard.ui.prefix_edit, "!!")
    assert wizard.ui.prefix_error_label.isVisible()
    wizard.ui.prefix_edit.clear()
    qtbot.keyClicks(wizard.ui.site_name_edit, "River LEAD")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.ui.username_edit.setFocus()
    qtbot.keyClicks(wizard.ui.username_edit, "a b")
    qtbot.keyClick(wizard.ui.username_edit, Qt.Key.Key_Tab)
    assert wizard.ui.username_error_label.isVisible()
    assert "user name" in wizard.ui.username_error_label.text().lower()


def test_cancel_before_creating_leaves_no_site(qtbot, wizard, site_dir):
    fill_site_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.take_site() is None
    assert not sites.site_exists(site_dir)


def test_enter_on_the_first_page_goes_next_not_to_the_demo_site(qtbot, wizard):
    """Enter means Next on every page, wherever the focus is on the welcome page."""
    requested = []
    wizard.demo_requested.connect(lambda: requested.append(True))
    for focus in (wizard.ui.demo_button, wizard.ui.server_button, wizard.button(QWizard.WizardButton.NextButton)):
        assert wizard.currentPage() is wizard.ui.welcome_page
        focus.setFocus()
        qtbot.waitUntil(focus.hasFocus)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.ui.site_page and not requested
        wizard.back()
