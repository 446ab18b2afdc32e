"""What the main window shows while locked: who it belongs to and a password field, nothing else.

Like the dialogs it only collects input; the main window unlocks the site.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lead_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from lead_desktop.gui.helpers import Countdown
from lead_desktop.gui.widgets.look import heading, set_message, style_as_message


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # the password (or, for a recovery-key session, the key)
    keychain_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        heading(self.ui.title_label, 1.4)
        style_as_message(self.ui.message_label)
        self.ui.countdown_label.hide()
        self.countdown = Countdown(self.ui.unlock_button, self.ui.countdown_label, self)
        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.ui.keychain_button.clicked.connect(self.keychain_requested)
        self.ui.sign_out_button.clicked.connect(self.sign_out_requested)

    def show_for(self, username: str, *, keychain: bool, recovery_key: bool = False, by_hand: bool = False) -> None:
        ui = self.ui
        ui.title_label.setText(self.tr("Locked — {username}").format(username=username))
        if by_hand:
            ui.explanation_label.setText(self.tr(
                "You locked LEAD Desktop: no records show until you sign in again. Sign in to go back to where "
                "you were."))
        else:
            ui.explanation_label.setText(self.tr(
                "LEAD Desktop locked itself so that no records show while nobody is at the computer. Sign in "
                "again to go back to where you were."))
        if recovery_key:
            ui.password_label.setText(self.tr("Recovery &key:"))
            ui.password_edit.setAccessibleName(self.tr("Recovery key"))
        else:
            ui.password_label.setText(self.tr("&Password:"))
            ui.password_edit.setAccessibleName(self.tr("Password"))
        ui.keychain_button.setVisible(keychain)
        ui.password_edit.clear()
        set_message(ui.message_label, "")
        self.countdown.stop()
        self.show()
        ui.password_edit.setFocus()

    def show_error(self, text: str, delay_seconds: float = 0.0) -> None:
        set_message(self.ui.message_label, text, self.ui.password_edit)
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
        if delay_seconds > 0:
            self.countdown.start(delay_seconds)

    def reset(self) -> None:
        self.ui.password_edit.clear()
        set_message(self.ui.message_label, "")
        self.countdown.stop()
        self.hide()

    def _on_unlock_button_clicked(self) -> None:
        if self.countdown.active:
            return
        secret = self.ui.password_edit.text()
        if not secret:
            set_message(self.ui.message_label, self.tr("Please type your password."), self.ui.password_edit)
            return
        set_message(self.ui.message_label, "")
        self.unlock_requested.emit(secret)
