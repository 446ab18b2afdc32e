"""First-run wizard: welcome, site name, the first administrator, then the recovery key.

Input is checked as it is typed (the rules of domain.validation) and Next
stays disabled until a page is right. Leaving the administrator page creates
the site (services.site.create_site); from there there is no way back and no
Cancel, because the recovery key is shown only once: Finish needs the
"I have stored the recovery key safely" box ticked. The open site is handed to
the caller with `take_site()`; the key is cleared from the widgets when the
wizard closes.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard

from lead_desktop.domain import validation
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.gui import demo as demo_site
from lead_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from lead_desktop.gui.widgets.look import busy, heading, set_message, style_as_message
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import settings as site_settings
from lead_desktop.services import site as sites

log = logging.getLogger(__name__)

DEMO_RESULT = 2  # wizard result when the person chose the demo site instead
SERVER_RESULT = 3  # wizard result when the person chose to sign in to a shared server instead


def demo_available() -> bool:
    """The demo site arrives with a later issue; until its service exists the button stays hidden."""
    try:
        return importlib.util.find_spec("lead_desktop.services.demo") is not None
    except ImportError:
        return False


def _check(check, text: str) -> str:  # noqa: ANN001 - a domain.validation function
    """'' when `text` passes `check`, else the translated message."""
    try:
        check(text)
    except KnownError as err:
        return error_text(err)
    return ""


class FirstRunWizard(QWizard):
    site_created = Signal()
    demo_requested = Signal()

    def __init__(self, folder: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._folder = Path(folder)
        self._site: sites.SiteSession | None = None
        self._touched: set[str] = set()

        ui = self.ui
        ui.folder_label.setText(str(self._folder))
        ui.demo_button.setVisible(demo_available())
        ui.demo_label.setVisible(demo_available())
        ui.demo_label.setText(
            self.tr(
                "Made-up people only, in a folder of its own, to look around first. "
                "To unlock it later, sign in as {username} with the password “{password}”."
            ).format(username=demo_site.DEMO_USERNAME, password=demo_site.DEMO_PASSWORD)
        )
        ui.demo_button.clicked.connect(self._on_demo_button_clicked)
        ui.server_button.clicked.connect(self._on_server_button_clicked)
        style_as_message(
            ui.site_name_error_label,
            ui.prefix_error_label,
            ui.full_name_error_label,
            ui.username_error_label,
            ui.password_error_label,
            ui.repeat_error_label,
            ui.create_error_label,
        )

        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "site_name": (ui.site_name_edit, ui.site_name_error_label),
            "prefix": (ui.prefix_edit, ui.prefix_error_label),
            "display_name": (ui.full_name_edit, ui.full_name_error_label),
            "username": (ui.username_edit, ui.username_error_label),
            "password": (ui.password_edit, ui.password_error_label),
            "repeat": (ui.repeat_edit, ui.repeat_error_label),
        }
        for name, (edit, _label) in self._fields.items():
            edit.textEdited.connect(self._on_field_edited)
            edit.editingFinished.connect(lambda name=name: self._on_field_left(name))

        ui.site_page.set_complete_check(self._site_page_complete)
        ui.admin_page.set_complete_check(self._admin_page_complete)
        ui.admin_page.set_validator(self._create_site)
        ui.admin_page.setCommitPage(True)
        ui.recovery_page.set_complete_check(ui.stored_checkbox.isChecked)
        ui.stored_checkbox.toggled.connect(ui.recovery_page.completeChanged)
        heading(ui.stored_checkbox, 1.0)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create site"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open the site"))
        self.currentIdChanged.connect(self._on_current_id_changed)

    # ----- results for the caller -------------------------------------------------------

    @property
    def site_was_created(self) -> bool:
        return self._site is not None

    def take_site(self) -> sites.SiteSession | None:
        site, self._site = self._site, None
        return site

    def recovery_key_text(self) -> str:
        """The key as shown on the recovery page (empty once the wizard has closed)."""
        return self.ui.recovery_panel.displayed_key()

    # ----- checks -----------------------------------------------------------------------

    def _messages(self) -> dict[str, str]:
        ui = self.ui
        prefix = ui.prefix_edit.text().strip()
        password, repeat = ui.password_edit.text(), ui.repeat_edit.text()
        return {
            "site_name": _check(validation.check_site_name, ui.site_name_edit.text()),
            "prefix": _check(lambda v: site_settings.coerce("participant_prefix", v), prefix) if prefix else "",
            "display_name": _check(validation.check_display_name, ui.full_name_edit.text()),
            "username": _check(validation.check_username, ui.username_edit.text()),
            "password": _check(validation.check_password, password),
            "repeat": "" if repeat == password else self.tr("The two passwords are not the same."),
        }

    def _site_page_complete(self) -> bool:
        messages = self._messages()
        return not messages["site_name"] and not messages["prefix"]

    def _admin_page_complete(self) -> bool:
        messages = self._messages()
        return not any(messages[k] for k in ("display_name", "username", "password", "repeat"))

    def _show_messages(self) -> None:
        """A message shows once the person has left the field (or, for the repeat, once it cannot match)."""
        messages = self._messages()
        repeat, password = self.ui.repeat_edit.text(), self.ui.password_edit.text()
        visible = set(self._touched)
        if self.ui.prefix_edit.text().strip():
            visible.add("prefix")
        if repeat and not password.startswith(repeat):
            visible.add("repeat")
        for name, (edit, label) in self._fields.items():
            set_message(label, messages[name] if name in visible else "", edit)
        self.ui.site_page.completeChanged.emit()
        self.ui.admin_page.completeChanged.emit()

    def _on_field_edited(self, _text: str) -> None:
        set_message(self.ui.create_error_label, "")
        self._show_messages()

    def _on_field_left(self, name: str) -> None:
        edit, _label = self._fields[name]
        if edit.text():
            self._touched.add(name)
        self._show_messages()

    # ----- creating the site ------------------------------------------------------------

    def _create_site(self) -> bool:
        if self._site is not None:
            return True
        ui = self.ui
        self._touched.update(("display_name", "username", "password", "repeat"))
        self._show_messages()
        if not self._admin_page_complete():
            return False
        try:
            with busy():
                site, recovery_key = sites.create_site(
                    self._folder,
                    ui.site_name_edit.text(),
                    ui.username_edit.text(),
                    ui.password_edit.text(),
                    ui.full_name_edit.text(),
                    ui.prefix_edit.text().strip() or None,
                )
        except ValidationError as err:
            if err.field in ("display_name", "username", "password"):
                edit, label = self._fields[err.field]
                set_message(label, error_text(err), edit)
            else:
                set_message(ui.create_error_label, error_text(err))
            return False
        except KnownError as err:
            set_message(ui.create_error_label, error_text(err))
            return False
        self._site = site
        ui.password_edit.clear()
        ui.repeat_edit.clear()
        ui.recovery_panel.show_key(recovery_key, site.site_name, str(site.paths.folder))
        del recovery_key
        log.info("first-run wizard created a site")
        self.site_created.emit()
        return True

    # ----- closing ------------------------------------------------------------------------

    def _on_current_id_changed(self, page_id: int) -> None:
        on_key_page = self.page(page_id) is self.ui.recovery_page
        # The key is shown once: after the site exists the wizard can only be finished.
        self.setOption(QWizard.WizardOption.NoCancelButton, on_key_page)

    def _on_demo_button_clicked(self) -> None:
        self.demo_requested.emit()
        self.done(DEMO_RESULT)

    def _on_server_button_clicked(self) -> None:
        self.done(SERVER_RESULT)

    def reject(self) -> None:
        if self._site is not None:
            return  # the site exists and its key has not been confirmed as stored
        super().reject()

    def done(self, result: int) -> None:
        self.ui.recovery_panel.clear()
        super().done(result)
