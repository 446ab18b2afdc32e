"""Sign-in, recovery-key and change-password dialogs.

Each dialog only collects input: it emits a `*_requested` / `submitted`
signal with what was typed, and the caller (gui.flow or the main window)
calls the service and answers with `show_error(...)` or `accept()`. That keeps
every service call, and every decision about what happens next, in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QDialog, QFileDialog, QWidget

from lead_desktop.domain import validation
from lead_desktop.domain.errors import BadServerAddress, KnownError
from lead_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from lead_desktop.gui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from lead_desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from lead_desktop.gui.helpers import Countdown
from lead_desktop.gui.widgets.text import error_text, keychain_reason_text
from lead_desktop.gui.widgets.look import heading, monospace_font, set_message, style_as_message
from lead_desktop.gui.server_settings import LOCAL, SERVER
from lead_desktop.services import server_profiles


class SignInDialog(QDialog):
    """Where the site is (this computer's folder or a shared server), then who signs in.

    On this computer: user name and password, the keychain and the recovery key. On a
    shared server: the server profile (name, port, database, how the connection is
    secured, the certificate file), user name and password, and an opt-in to let this
    computer's keychain remember the password. Whether one is remembered is asked through
    `is_remembered` (the caller's keychain lookup); a Sign in with an empty password then asks
    for the remembered one, which the caller reads from the keychain.
    """

    sign_in_requested = Signal(str, str)  # user name, password
    keychain_requested = Signal(str)  # user name
    recovery_requested = Signal()
    # ServerAddress, user name, password ("" = the remembered one), remember in the keychain
    server_sign_in_requested = Signal(object, str, str, bool)
    setup_requested = Signal()  # no site in the folder yet: the first-run wizard instead

    def __init__(
        self,
        folder: str | Path,
        keychain_usable: bool,
        keychain_reason: str = "",
        parent: QWidget | None = None,
        *,
        site_here: bool = True,
        place: str = LOCAL,
        profile: server_profiles.ServerProfile | None = None,
        is_remembered: Callable[[server_profiles.ServerAddress, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._folder = Path(folder)
        self._site_here = site_here
        self._keychain_usable = keychain_usable
        self._has_remembered = False
        self._is_remembered = is_remembered  # asks the keychain (the caller's service call)
        heading(ui.heading_label)
        style_as_message(ui.message_label)
        ui.countdown_label.hide()
        if site_here:
            ui.folder_label.setText(self.tr("Site folder: {folder}").format(folder=folder))
        else:
            ui.folder_label.setText(
                self.tr("There is no site in {folder} yet. Set one up, or choose the shared server "
                        "your site uses.").format(folder=folder)
            )
        ui.keychain_button.setVisible(keychain_usable)
        reason = self.tr("Keychain unlock: {reason}").format(reason=keychain_reason_text(keychain_reason))
        set_message(ui.keychain_reason_label, "" if keychain_usable else reason)
        self.countdown = Countdown(ui.sign_in_button, ui.countdown_label, self)

        for mode, label in (
            ("verify-full", self.tr("Check the server's certificate and name (recommended)")),
            ("verify-ca", self.tr("Check the server's certificate, not its name")),
            ("require", self.tr("Encrypt only, without checking the server (least safe)")),
        ):
            ui.tls_combo.addItem(label, mode)
        remember_reason = self.tr("Remembering the password: {reason}").format(
            reason=keychain_reason_text(keychain_reason)
        )
        set_message(ui.remember_reason_label, "" if keychain_usable else remember_reason)
        if profile is not None:
            self.set_profile(profile)

        ui.local_radio.toggled.connect(self._on_place_toggled)
        ui.tls_combo.currentIndexChanged.connect(self._show_tls_hint)
        ui.ca_browse_button.clicked.connect(self._on_ca_browse_button_clicked)
        for edit in (ui.host_edit, ui.database_edit, ui.username_edit):
            edit.editingFinished.connect(self._refresh_remembered)
        ui.port_spin.valueChanged.connect(self._refresh_remembered)
        ui.remember_checkbox.toggled.connect(self._show_password_hint)
        ui.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        ui.keychain_button.clicked.connect(self._on_keychain_button_clicked)
        ui.recovery_button.clicked.connect(self.recovery_requested)
        ui.setup_button.clicked.connect(self.setup_requested)
        ui.quit_button.clicked.connect(self.reject)
        self._show_tls_hint()
        if place == SERVER:
            ui.server_radio.setChecked(True)
        self._on_place_toggled()

    # ----- what is shown --------------------------------------------------------------------

    @property
    def place(self) -> str:
        return LOCAL if self.ui.local_radio.isChecked() else SERVER

    def set_profile(self, profile: server_profiles.ServerProfile) -> None:
        ui, address = self.ui, profile.address
        ui.host_edit.setText(address.host)
        ui.port_spin.setValue(int(address.port))
        ui.database_edit.setText(address.database)
        index = ui.tls_combo.findData(address.tls_mode)
        ui.tls_combo.setCurrentIndex(max(index, 0))
        ui.ca_edit.setText(address.ca_file or "")
        if profile.username:
            ui.username_edit.setText(profile.username)
        self._refresh_remembered()

    def _on_place_toggled(self, *_args: object) -> None:
        ui = self.ui
        server = self.place == SERVER
        can_sign_in = server or self._site_here
        ui.folder_label.setVisible(not server)
        ui.setup_button.setVisible(not server and not self._site_here)
        ui.server_group.setVisible(server)
        for widget in (ui.username_label, ui.username_edit, ui.password_label, ui.password_edit, ui.sign_in_button):
            widget.setVisible(can_sign_in)
        ui.sign_in_button.setDefault(can_sign_in)
        ui.setup_button.setDefault(not can_sign_in)
        ui.remember_checkbox.setVisible(server and self._keychain_usable)
        ui.remember_reason_label.setVisible(server and not self._keychain_usable)
        local_site = not server and self._site_here
        ui.keychain_button.setVisible(local_site and self._keychain_usable)
        ui.keychain_reason_label.setVisible(local_site and not self._keychain_usable)
        ui.recovery_button.setVisible(local_site)
        set_message(ui.message_label, "")
        self._refresh_remembered()
        self.adjustSize()
        self.fit_to_text()
        self._focus_first_empty()

    def fit_to_text(self) -> None:
        """Grow to show every wrapped line: a window's minimum size ignores height-for-width, so a message
        that appears later would otherwise squeeze the labels above it."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _focus_first_empty(self) -> None:
        ui = self.ui
        if self.place == SERVER:
            for edit in (ui.host_edit, ui.database_edit, ui.username_edit):
                if not edit.text().strip():
                    edit.setFocus()
                    return
            ui.password_edit.setFocus()
        elif self._site_here:
            (ui.password_edit if ui.username_edit.text() else ui.username_edit).setFocus()
        else:
            ui.setup_button.setFocus()

    def _show_tls_hint(self, *_args: object) -> None:
        if self.ui.tls_combo.currentData() == "require":
            text = self.tr(
                "The connection is encrypted, but LEAD Desktop cannot tell the real server from an impostor. "
                "Use this only while your IT volunteer sets up the certificate."
            )
        else:
            text = self.tr(
                "Choose the certificate file your IT volunteer gave you; LEAD Desktop then talks only to "
                "the server that certificate vouches for."
            )
        self.ui.tls_hint_label.setText(text)

    def _on_ca_browse_button_clicked(self) -> None:
        start = self.ui.ca_edit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate file"), start, self.tr("Certificates (*.crt *.pem *.cer);;All files (*)")
        )
        if path:
            self.ui.ca_edit.setText(path)
            self._refresh_remembered()

    def _refresh_remembered(self, *_args: object) -> None:
        """Tick the box and say so when this computer's keychain holds a password for this server and name."""
        had = self._has_remembered
        self._has_remembered = False
        if self._keychain_usable and self.place == SERVER:
            address = self._typed_address()
            username = self.username()
            if address is not None and username and self._is_remembered is not None:
                self._has_remembered = self._is_remembered(address, username)
        if self._has_remembered != had:
            self.ui.remember_checkbox.setChecked(self._has_remembered)
        self._show_password_hint()

    def _show_password_hint(self, *_args: object) -> None:
        remembered = self.place == SERVER and self._has_remembered and self.ui.remember_checkbox.isChecked()
        self.ui.password_edit.setPlaceholderText(
            self.tr("Remembered in this computer's keychain") if remembered else ""
        )

    # ----- what was typed ---------------------------------------------------------------------

    def username(self) -> str:
        return self.ui.username_edit.text().strip()

    def _typed_address(self) -> server_profiles.ServerAddress | None:
        ui = self.ui
        host, database = ui.host_edit.text().strip(), ui.database_edit.text().strip()
        if not host or not database:
            return None
        return server_profiles.ServerAddress(
            host, database, ui.port_spin.value(), ui.tls_combo.currentData() or "verify-full",
            ui.ca_edit.text().strip() or None,
        )

    def server_address(self) -> server_profiles.ServerAddress:
        """The typed server profile, checked (BadServerAddress names the part that is wrong)."""
        address = self._typed_address()
        if address is None:
            raise BadServerAddress(reason="host" if not self.ui.host_edit.text().strip() else "database")
        return server_profiles.check_address(address)

    def show_error(self, text: str, delay_seconds: float = 0.0) -> None:
        """Say what went wrong; after a wrong password, hold the Sign in button back for `delay_seconds`."""
        set_message(self.ui.message_label, text, self.ui.password_edit)
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
        if delay_seconds > 0:
            self.countdown.start(delay_seconds)
        self.fit_to_text()

    def show_address_error(self, err: BadServerAddress) -> None:
        ui = self.ui
        field = {
            "host": ui.host_edit, "database": ui.database_edit, "port": ui.port_spin,
            "tls": ui.tls_combo, "ca_file": ui.ca_edit,
        }.get(err.reason, ui.host_edit)
        set_message(ui.message_label, error_text(err), field)
        field.setFocus()
        self.fit_to_text()

    def forget_remembered(self) -> None:
        """The remembered password no longer works (the caller removed it from the keychain)."""
        self._has_remembered = False
        self.ui.remember_checkbox.setChecked(False)
        self._show_password_hint()

    def _on_sign_in_button_clicked(self) -> None:
        if self.countdown.active:
            return
        ui = self.ui
        server = self.place == SERVER
        address = None
        if server:
            try:
                address = self.server_address()
            except BadServerAddress as err:
                self.show_address_error(err)
                return
        username, password = self.username(), ui.password_edit.text()
        if not username:
            set_message(ui.message_label, self.tr("Please type your user name."), ui.username_edit)
            ui.username_edit.setFocus()
            return
        use_remembered = server and not password and self._has_remembered and ui.remember_checkbox.isChecked()
        if not password and not use_remembered:
            set_message(ui.message_label, self.tr("Please type your password."), ui.password_edit)
            ui.password_edit.setFocus()
            return
        set_message(ui.message_label, "")
        if server:
            self.server_sign_in_requested.emit(address, username, password, ui.remember_checkbox.isChecked())
        else:
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
        self._ok.setText(self.tr("Change pass&word"))
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
