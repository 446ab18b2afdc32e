"""Sign-in, recovery-key and change-password dialogs.

Each dialog only collects input: it emits a `*_requested` / `submitted`
signal with what was typed, and the caller (gui.flow or the main window)
calls the service and answers with `show_error(...)` or `accept()`. That keeps
every service call, and every decision about what happens next, in one place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QDialog, QWidget

from lead_desktop.domain import validation
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from lead_desktop.gui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from lead_desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from lead_desktop.gui.helpers import (
    Countdown,
    error_text,
    keychain_reason_text,
    make_heading,
    monospace_font,
    set_message,
    style_as_message,
)


class SignInDialog(QDialog):
    sign_in_requested = Signal(str, str)  # user name, password
    keychain_requested = Signal(str)  # user name
    recovery_requested = Signal()

    def __init__(
        self, folder: str | Path, keychain_usable: bool, keychain_reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        ui = self.ui
        make_heading(ui.heading_label)
        style_as_message(ui.message_label)
        ui.countdown_label.hide()
        ui.folder_label.setText(self.tr("Site folder: {folder}").format(folder=folder))
        ui.keychain_button.setVisible(keychain_usable)
        reason = self.tr("Keychain unlock: {reason}").format(reason=keychain_reason_text(keychain_reason))
        set_message(ui.keychain_reason_label, "" if keychain_usable else reason)
        self.countdown = Countdown(ui.sign_in_button, ui.countdown_label, self)
        ui.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        ui.keychain_button.clicked.connect(self._on_keychain_button_clicked)
        ui.recovery_button.clicked.connect(self.recovery_requested)
        ui.quit_button.clicked.connect(self.reject)
        ui.username_edit.setFocus()

    def username(self) -> str:
        return self.ui.username_edit.text().strip()

    def show_error(self, text: str, delay_seconds: float = 0.0) -> None:
        """Say what went wrong; after a wrong password, hold the Sign in button back for `delay_seconds`."""
        set_message(self.ui.message_label, text, self.ui.password_edit)
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
        if delay_seconds > 0:
            self.countdown.start(delay_seconds)

    def _on_sign_in_button_clicked(self) -> None:
        if self.countdown.active:
            return
        username, password = self.username(), self.ui.password_edit.text()
        if not username:
            set_message(self.ui.message_label, self.tr("Please type your user name."), self.ui.username_edit)
            self.ui.username_edit.setFocus()
            return
        if not password:
            set_message(self.ui.message_label, self.tr("Please type your password."), self.ui.password_edit)
            self.ui.password_edit.setFocus()
            return
        set_message(self.ui.message_label, "")
        self.sign_in_requested.emit(username, password)

    def _on_keychain_button_clicked(self) -> None:
        username = self.username()
        if not username:
            set_message(
                self.ui.message_label,
                self.tr("Type your user name first; the keychain then opens your account."),
                self.ui.username_edit,
            )
            self.ui.username_edit.setFocus()
            return
        set_message(self.ui.message_label, "")
        self.keychain_requested.emit(username)

    def done(self, result: int) -> None:
        self.ui.password_edit.clear()
        self.countdown.stop()
        super().done(result)


class RecoveryKeyDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.ui.key_edit.setFont(monospace_font())
        self.ui.key_edit.setMinimumWidth(self.ui.key_edit.fontMetrics().horizontalAdvance("0" * 80))
        style_as_message(self.ui.message_label)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open site"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def show_error(self, text: str) -> None:
        set_message(self.ui.message_label, text, self.ui.key_edit)
        self.ui.key_edit.setFocus()

    def _on_button_box_accepted(self) -> None:
        text = self.ui.key_edit.text()
        try:
            validation.parse_recovery_key(text)
        except KnownError as err:
            self.show_error(error_text(err))
            return
        set_message(self.ui.message_label, "")
        self.submitted.emit(text)

    def done(self, result: int) -> None:
        self.ui.key_edit.clear()
        super().done(result)


class ChangePasswordDialog(QDialog):
    """Current password, new password twice. `required=True`: after a reset, before the window opens."""

    submitted = Signal(str, str)  # current, new

    def __init__(self, *, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        style_as_message(ui.new_error_label, ui.repeat_error_label, ui.message_label)
        if required:
            ui.intro_label.setText(
                self.tr(
                    "Your password was set by an administrator. Choose your own password now; "
                    "only you should know it."
                )
            )
            ui.current_label.setText(self.tr("&Temporary password:"))
            ui.current_edit.setAccessibleName(self.tr("Temporary password"))
            ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign &out"))
        else:
            ui.intro_label.setText(self.tr("Choose a new password. Your other sign-in ways keep working."))
        self._ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Change password"))
        self._ok.setEnabled(False)
        self._left: set[str] = set()
        for edit in (ui.current_edit, ui.new_edit, ui.repeat_edit):
            edit.textEdited.connect(self._refresh)
        ui.new_edit.editingFinished.connect(lambda: self._on_left("new"))
        ui.repeat_edit.editingFinished.connect(lambda: self._on_left("repeat"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    def _messages(self) -> tuple[str, str]:
        new, repeat = self.ui.new_edit.text(), self.ui.repeat_edit.text()
        try:
            validation.check_password(new)
            new_message = ""
        except KnownError as err:
            new_message = error_text(err)
        repeat_message = "" if new == repeat else self.tr("The two passwords are not the same.")
        return new_message, repeat_message

    def _refresh(self, *_args: object) -> None:
        new_message, repeat_message = self._messages()
        new, repeat = self.ui.new_edit.text(), self.ui.repeat_edit.text()
        show_repeat = "repeat" in self._left or (repeat and not new.startswith(repeat))
        set_message(self.ui.new_error_label, new_message if "new" in self._left else "", self.ui.new_edit)
        set_message(self.ui.repeat_error_label, repeat_message if show_repeat else "", self.ui.repeat_edit)
        set_message(self.ui.message_label, "")
        self._ok.setEnabled(bool(self.ui.current_edit.text()) and not new_message and not repeat_message)

    def _on_left(self, name: str) -> None:
        self._left.add(name)
        self._refresh()

    def show_error(self, text: str, field: str | None = None) -> None:
        if field == "password":
            set_message(self.ui.new_error_label, text, self.ui.new_edit)
            self.ui.new_edit.setFocus()
        else:
            set_message(self.ui.message_label, text, self.ui.current_edit)
            self.ui.current_edit.clear()
            self.ui.current_edit.setFocus()
            self._ok.setEnabled(False)

    def _on_button_box_accepted(self) -> None:
        if not self._ok.isEnabled():
            return
        self.submitted.emit(self.ui.current_edit.text(), self.ui.new_edit.text())

    def done(self, result: int) -> None:
        for edit in (self.ui.current_edit, self.ui.new_edit, self.ui.repeat_edit):
            edit.clear()
        super().done(result)
