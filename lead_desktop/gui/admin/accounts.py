"""Staff accounts: the table model and the add/edit and reset-password dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lead_desktop.domain import validation
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Role
from lead_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from lead_desktop.gui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from lead_desktop.gui.helpers import suggest_password
from lead_desktop.gui.widgets import tables
from lead_desktop.gui.widgets.look import set_message, style_as_message
from lead_desktop.gui.widgets.tables import RowsModel
from lead_desktop.gui.widgets.text import error_text, local_time_text
from lead_desktop.services.accounts import AccountInfo

ROLE_HELP = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "AccountDialog", "Everything, including staff accounts, settings, the audit log and the master key."
    ),
    Role.PROJECT_MANAGER: QT_TRANSLATE_NOOP(
        "AccountDialog", "Participant and governance records and reports; no staff accounts or settings."
    ),
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP(
        "AccountDialog", "Participant records and reports; reads governance records."
    ),
    Role.VIEWER: QT_TRANSLATE_NOOP(
        "AccountDialog", "Governance records and reports with totals only; never a participant's record."
    ),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate("vocab", role.label)


class AccountsModel(RowsModel):
    class Column(IntEnum):
        USERNAME = 0
        NAME = 1
        ROLE = 2
        STATUS = 3
        LAST_SIGN_IN = 4
        KEYCHAIN = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.columns = [
            tables.Column(self.tr("User name"), lambda i: i.username),
            tables.Column(self.tr("Full name"), lambda i: i.display_name),
            tables.Column(self.tr("Role"), lambda i: role_text(i.role), sort=lambda i: list(Role).index(i.role)),
            tables.Column(self.tr("Status"), self._status, sort=lambda i: (not i.active, i.must_change_password)),
            tables.Column(self.tr("Last signed in"),
                          lambda i: local_time_text(i.last_sign_in_at) if i.last_sign_in_at else self.tr("never"),
                          sort=lambda i: i.last_sign_in_at),
            tables.Column(self.tr("Keychain unlock"), self._keychain, sort=lambda i: i.keychain_devices),
        ]

    def account_at(self, row: int) -> AccountInfo:
        return self.row_at(row)

    def _status(self, info: AccountInfo) -> str:
        if not info.active:
            return self.tr("Deactivated")
        if info.must_change_password:
            return self.tr("Must choose a password")
        return self.tr("Active")

    def _keychain(self, info: AccountInfo) -> str:
        if not info.keychain_devices:
            return self.tr("off")
        if info.keychain_devices == 1:
            return self.tr("on (1 computer)")
        return self.tr("on ({count} computers)").format(count=info.keychain_devices)


@dataclass(frozen=True)
class AccountInput:
    username: str
    display_name: str
    role: Role
    temporary_password: str  # empty when editing


class AccountDialog(QDialog):
    """Add an account (user name, name, role, temporary password) or edit one (name and role)."""

    submitted = Signal(object)  # AccountInput

    def __init__(self, account: AccountInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.editing = account is not None
        self.version = account.version if account is not None else None  # the version this edit is based on
        style_as_message(
            ui.display_name_error_label, ui.username_error_label, ui.password_error_label, ui.message_label
        )
        for role in Role:
            ui.role_combo.addItem(role_text(role), role.value)
        ui.role_combo.currentIndexChanged.connect(self._on_role_combo_changed)
        ui.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if account is None:
            self.setWindowTitle(self.tr("Add an account"))
            ui.intro_label.setText(
                self.tr("The new person signs in with this user name and the temporary password, then chooses their own.")
            )
            ui.role_combo.setCurrentIndex(list(Role).index(Role.CASE_MANAGER))
            ok.setText(self.tr("&Add account"))
        else:
            self.setWindowTitle(self.tr("Edit account"))
            ui.intro_label.setText(self.tr("Change the person's name or role. To change a password, use Reset password."))
            ui.username_edit.setText(account.username)
            ui.username_edit.setReadOnly(True)
            ui.display_name_edit.setText(account.display_name)
            ui.role_combo.setCurrentIndex(list(Role).index(account.role))
            for widget in (ui.password_label, ui.password_edit, ui.suggest_button, ui.password_help_label):
                widget.hide()
            ok.setText(self.tr("&Save"))
        self._on_role_combo_changed()
        ui.display_name_edit.setFocus()

    def role(self) -> Role:
        return Role(self.ui.role_combo.currentData())

    def show_saved(self, display_name: str, role: Role, version: int) -> None:
        """Someone else's saved version instead of what was typed (after an edit conflict)."""
        self.ui.display_name_edit.setText(display_name)
        self.ui.role_combo.setCurrentIndex(list(Role).index(Role(role)))
        self.version = version

    def _on_role_combo_changed(self, *_args: object) -> None:
        self.ui.role_help_label.setText(QCoreApplication.translate("AccountDialog", ROLE_HELP[self.role()]))

    def _on_suggest_button_clicked(self) -> None:
        self.ui.password_edit.setText(suggest_password())

    def show_error(self, text: str, field: str | None = None) -> None:
        targets = {
            "display_name": (self.ui.display_name_error_label, self.ui.display_name_edit),
            "username": (self.ui.username_error_label, self.ui.username_edit),
            "password": (self.ui.password_error_label, self.ui.password_edit),
        }
        label, edit = targets.get(field or "", (self.ui.message_label, None))
        set_message(label, text, edit)
        if edit is not None:
            edit.setFocus()

    def _local_errors(self) -> dict[str, str]:
        checks = [("display_name", validation.check_display_name, self.ui.display_name_edit.text())]
        if not self.editing:
            checks += [
                ("username", validation.check_username, self.ui.username_edit.text()),
                ("password", validation.check_password, self.ui.password_edit.text()),
            ]
        errors = {}
        for field, check, value in checks:
            try:
                check(value)
            except KnownError as err:
                errors[field] = error_text(err)
        return errors

    def _on_button_box_accepted(self) -> None:
        for label in (
            self.ui.display_name_error_label,
            self.ui.username_error_label,
            self.ui.password_error_label,
            self.ui.message_label,
        ):
            set_message(label, "")
        errors = self._local_errors()
        if errors:
            for field in ("password", "username", "display_name"):  # focus ends on the first field in the form
                if field in errors:
                    self.show_error(errors[field], field)
            return
        self.submitted.emit(
            AccountInput(
                self.ui.username_edit.text(),
                self.ui.display_name_edit.text(),
                self.role(),
                "" if self.editing else self.ui.password_edit.text(),
            )
        )

    def done(self, result: int) -> None:
        self.ui.password_edit.clear()
        super().done(result)


class ResetPasswordDialog(QDialog):
    """A temporary password for someone who forgot theirs; they choose their own at the next sign-in."""

    submitted = Signal(str)

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        style_as_message(self.ui.password_error_label, self.ui.message_label)
        self.ui.intro_label.setText(
            self.tr(
                "Give {name} ({username}) a temporary password. They must choose their own password when they "
                "next sign in. Keychain unlock for this account is turned off until they turn it on again."
            ).format(name=account.display_name, username=account.username)
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reset password"))
        self.ui.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.password_edit.setText(suggest_password())
        self.ui.password_edit.selectAll()
        self.ui.password_edit.setFocus()

    def _on_suggest_button_clicked(self) -> None:
        self.ui.password_edit.setText(suggest_password())

    def show_error(self, text: str, field: str | None = None) -> None:
        if field == "password":
            set_message(self.ui.password_error_label, text, self.ui.password_edit)
        else:
            set_message(self.ui.message_label, text)

    def _on_button_box_accepted(self) -> None:
        try:
            validation.check_password(self.ui.password_edit.text())
        except KnownError as err:
            self.show_error(error_text(err), "password")
            return
        set_message(self.ui.password_error_label, "")
        self.submitted.emit(self.ui.password_edit.text())

    def done(self, result: int) -> None:
        self.ui.password_edit.clear()
        super().done(result)


def draft_counts_text(counts: list) -> str:
    """Whose unsaved drafts this site keeps, and how many: an administrator learns no more than that."""
    if not counts:
        return ""
    people = ", ".join(
        "{name}: {count}".format(name=c.author or QCoreApplication.translate("AdministrationPage", "the recovery key"),
                                 count=c.count)
        for c in counts)
    return QCoreApplication.translate(
        "AdministrationPage", "Unsaved drafts kept in this site (only the person who typed one can open it): {people}."
    ).format(people=people)

