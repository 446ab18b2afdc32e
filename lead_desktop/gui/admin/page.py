"""Administration page: Accounts, Audit log, Site settings, Backups and Security tabs.

Holds the open site only to call services; every row it shows comes back as
a frozen dataclass, and `set_site(None)` empties every table and field.
Dialogs open window-modal without blocking (`open()`), say what they
collected through a signal, and this page calls the service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QWidget

from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import Form
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.gui.admin.accounts import (
    AccountDialog,
    AccountInput,
    AccountsModel,
    ResetPasswordDialog,
    draft_counts_text,
    role_text,
)
from lead_desktop.gui.admin.audit import AuditModel
from lead_desktop.gui.admin.backups import BackupsPanel
from lead_desktop.gui.admin.devices import DevicesBox
from lead_desktop.gui.admin.settings_form import LogoEditor, SettingsForm, settings_draft
from lead_desktop.gui.conflict_dialog import resolve_conflict, save_again
from lead_desktop.gui.forms.ui_administration_page import Ui_AdministrationPage
from lead_desktop.gui.widgets.look import busy, heading, set_message, style_as_message
from lead_desktop.gui.widgets.messages import ask
from lead_desktop.gui.widgets.tables import SORT_ROLE
from lead_desktop.gui.widgets.tasks import TaskRunner
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import accounts as account_service
from lead_desktop.services import audit as audit_service
from lead_desktop.services import drafts as draft_service
from lead_desktop.services import settings as settings_service
from lead_desktop.services.accounts import AccountInfo
from lead_desktop.services.session import SiteSession
from lead_desktop.gui.widgets.dialogs import FAILED, answer, keep_while_open


# Settings about this computer's copy of a site: nothing to set for a site on a shared server.
LOCAL_ONLY_SETTINGS = ("backup_folder", "backup_keep", "keychain_allowed")


class AdministrationPage(QWidget):
    settings_saved = Signal()  # the window shows the new site name and idle time
    accounts_changed = Signal()
    restore_confirmed = Signal(str)  # a checked backup to restore over the site: the window does it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdministrationPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._site: SiteSession | None = None
        self.account_dialog: AccountDialog | None = None
        self.reset_dialog: ResetPasswordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.conflict_dialog = None  # an open edit-conflict dialog (accounts, settings)
        self.setting_versions: dict[str, int] = {}  # each setting's version when the form was loaded

        heading(ui.title_label)
        ui.tabs.tabBar().setAccessibleName(ui.tabs.accessibleName())  # the bar takes the focus for the tabs
        heading(ui.rotate_heading_label, 1.15)
        style_as_message(
            ui.accounts_message_label, ui.chain_result_label, ui.settings_status_label, ui.rotate_message_label
        )

        self.accounts_model = AccountsModel(self)
        self.accounts_proxy = QSortFilterProxyModel(self)
        self.accounts_proxy.setSourceModel(self.accounts_model)
        self.accounts_proxy.setSortRole(SORT_ROLE)
        ui.accounts_view.setModel(self.accounts_proxy)
        ui.accounts_view.sortByColumn(AccountsModel.Column.USERNAME, Qt.SortOrder.AscendingOrder)
        ui.accounts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.accounts_view.selectionModel().selectionChanged.connect(self._update_account_buttons)
        ui.accounts_view.doubleClicked.connect(self._on_edit_account_button_clicked)
        ui.add_account_button.clicked.connect(self._on_add_account_button_clicked)
        ui.edit_account_button.clicked.connect(self._on_edit_account_button_clicked)
        ui.reset_password_button.clicked.connect(self._on_reset_password_button_clicked)
        ui.deactivate_button.clicked.connect(self._on_deactivate_button_clicked)
        ui.show_inactive_checkbox.toggled.connect(self.reload_accounts)

        self.audit_model = AuditModel(self)
        ui.audit_view.setModel(self.audit_model)
        ui.audit_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.refresh_audit_button.clicked.connect(self.reload_audit)
        ui.check_chain_button.clicked.connect(self._on_check_chain_button_clicked)
        ui.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.drafts_label = QLabel(ui.accounts_tab)  # that people have unsaved drafts, never what they hold
        self.drafts_label.setObjectName("drafts_label")
        self.drafts_label.setWordWrap(True)
        self.drafts_label.hide()
        ui.accounts_layout.insertWidget(ui.accounts_layout.indexOf(ui.accounts_view) + 1, self.drafts_label)
        self.devices_box = DevicesBox(ui.accounts_tab)  # a shared server's laptops with an offline copy
        self.devices_box.hide()
        ui.accounts_layout.insertWidget(ui.accounts_layout.indexOf(self.drafts_label) + 1, self.devices_box)
        self.settings_form = SettingsForm(ui.settings_form, ui.settings_form_widget)
        self.settings_draft = settings_draft(self, self.settings_form, lambda: self.setting_versions)
        # The scroll area would paint its own background; let the tab's show through.
        ui.settings_scroll.viewport().setAutoFillBackground(False)
        ui.settings_form_widget.setAutoFillBackground(False)
        self.logo = LogoEditor(ui.logo_preview_label, ui.choose_logo_button, ui.remove_logo_button, ui.logo_message_label)
        ui.save_settings_button.clicked.connect(self._on_save_settings_button_clicked)

        # A site on a shared server: its backups and encryption belong to the server (see reload).
        self.server_note_label = QLabel(self)
        self.server_note_label.setObjectName("server_note_label")
        self.server_note_label.setWordWrap(True)
        self.server_note_label.hide()
        self.layout().insertWidget(self.layout().indexOf(ui.title_label) + 1, self.server_note_label)

        self.backups = BackupsPanel(ui, self)
        self.backups.restore_confirmed.connect(self.restore_confirmed)
        self.backups.backed_up.connect(self.reload_audit)

        ui.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        ui.hide_key_button.clicked.connect(self._hide_new_key)
        self._hide_new_key()
        self._update_account_buttons()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Editors made in code join the end of the focus chain; put every tab's controls in reading order."""
        ui = self.ui
        chains = [
            [ui.accounts_view, ui.add_account_button, ui.edit_account_button, ui.reset_password_button,
             ui.deactivate_button, ui.show_inactive_checkbox],
            [ui.refresh_audit_button, ui.check_chain_button, ui.audit_view],
            [*self.settings_form.focus_chain(), ui.choose_logo_button, ui.remove_logo_button, ui.save_settings_button],
            [ui.backups_view, ui.back_up_now_button, ui.verify_backup_button, ui.restore_backup_button,
             ui.restore_file_button, ui.reload_backups_button],
            [ui.rotate_button, ui.hide_key_button],
        ]
        previous = ui.tabs
        for chain in chains:
            for widget in chain:
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def set_backup_runner(self, runner: TaskRunner) -> None:
        """The window's runner: one backup job at a time, and the window waits for it before locking."""
        self.backups.set_runner(runner)

    # ----- site ------------------------------------------------------------------------

    def set_site(self, site: SiteSession | None) -> None:
        self._site = site
        if site is None:
            self.clear()
        else:
            self.reload()

    def clear(self) -> None:
        """Forget every row, value and key shown (sign-out, lock)."""
        for dialog in (self.account_dialog, self.reset_dialog, self.confirm_box):
            if dialog is not None:
                dialog.reject()
        self.accounts_model.set_rows([])
        self.devices_box.set_site(None)
        self.drafts_label.clear()
        self.drafts_label.hide()
        self.audit_model.set_source(None)
        self.settings_draft.set_aside()
        self.settings_form.clear()
        self.logo.clear()
        self.backups.clear()
        self._hide_new_key()
        for label in (
            self.ui.accounts_message_label,
            self.ui.chain_result_label,
            self.ui.settings_status_label,
            self.ui.rotate_message_label,
            self.ui.audit_count_label,
        ):
            set_message(label, "")
        self._update_account_buttons()

    def reload(self) -> None:
        site = self._site
        if site is None:
            return
        ui = self.ui
        server = site.is_server
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.backups_tab), not server)
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.security_tab), not server)
        self.settings_form.set_rows_visible(LOCAL_ONLY_SETTINGS, not server)
        self.server_note_label.setText(self.tr(
            "This site is on the shared server {server}. Backups, encryption of the stored data and the "
            "database's own keys are looked after on the server by whoever runs it, so this page has no "
            "Backups or Security tab. Accounts added here are the server's accounts: each person signs in "
            "from any computer with their own password."
        ).format(server=site.vault.address.display()) if server else "")
        self.server_note_label.setVisible(server)
        ui.accounts_view.setColumnHidden(AccountsModel.Column.KEYCHAIN, server)
        devices = server and site.can(Permission.MANAGE_ACCOUNTS)
        self.devices_box.setVisible(devices)
        self.devices_box.set_site(site if devices else None)
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.accounts_tab), site.can(Permission.MANAGE_ACCOUNTS))
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.audit_tab), site.can(Permission.VIEW_AUDIT))
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.settings_tab), site.can(Permission.CHANGE_SETTINGS))
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.security_tab), site.can(Permission.ROTATE_KEY))
        ui.tabs.setTabEnabled(
            ui.tabs.indexOf(ui.backups_tab), site.can(Permission.MANAGE_ACCOUNTS) and site.can(Permission.CHANGE_SETTINGS)
        )
        self.reload_accounts()
        self.reload_audit()
        self.reload_settings()
        self.backups.set_site(None if server else site)  # backups of a folder this site does not have

    def _run(self, call: Callable[[], object], label=None) -> tuple[bool, object]:  # noqa: ANN001
        """Call a service; a KnownError is shown in `label` (or a message box) instead of raised."""
        try:
            with busy():
                return True, call()
        except KnownError as err:
            if label is not None:
                set_message(label, error_text(err))
            else:
                QMessageBox.warning(self, self.tr("LEAD Desktop"), error_text(err))
            return False, None

    # ----- accounts ----------------------------------------------------------------------

    def reload_accounts(self, *_args: object) -> None:
        site = self._site
        if site is None or not site.can(Permission.MANAGE_ACCOUNTS):
            self.accounts_model.set_rows([])
            return
        selected = self.selected_account()
        include_inactive = self.ui.show_inactive_checkbox.isChecked()
        ok, rows = self._run(
            lambda: account_service.list_accounts(site, include_inactive=include_inactive),
            self.ui.accounts_message_label,
        )
        self.accounts_model.set_rows(rows if ok else [])
        if selected is not None:
            self.select_account(selected.id)
        self._update_account_buttons()
        try:
            counts = draft_service.draft_counts(site)
        except KnownError:
            counts = []
        self.drafts_label.setText(draft_counts_text(counts))
        self.drafts_label.setVisible(bool(counts))

    def selected_account(self) -> AccountInfo | None:
        rows = self.ui.accounts_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.accounts_model.row_at(self.accounts_proxy.mapToSource(rows[0]).row())

    def select_account(self, account_id: str) -> None:
        row = self.accounts_model.row_of(account_id)
        if row is None:
            return
        index = self.accounts_proxy.mapFromSource(self.accounts_model.index(row, 0))
        self.ui.accounts_view.selectRow(index.row())

    def _update_account_buttons(self, *_args: object) -> None:
        info = self.selected_account()
        own = info is not None and self._site is not None and info.id == self._site.actor.account_id
        active = info is not None and info.active
        self.ui.add_account_button.setEnabled(self._site is not None)
        self.ui.edit_account_button.setEnabled(active)
        self.ui.reset_password_button.setEnabled(active)
        self.ui.deactivate_button.setEnabled(active and not own)

    def _on_add_account_button_clicked(self) -> None:
        self._open_account_dialog(None)

    def _on_edit_account_button_clicked(self, *_args: object) -> None:
        info = self.selected_account()
        if info is not None and info.active:
            self._open_account_dialog(info)

    def _open_account_dialog(self, info: AccountInfo | None) -> None:
        set_message(self.ui.accounts_message_label, "")
        dialog = AccountDialog(info, self)
        dialog.submitted.connect(lambda data: self._on_account_submitted(dialog, info, data))
        keep_while_open(self, "account_dialog", dialog)

    def _on_account_submitted(self, dialog: AccountDialog, info: AccountInfo | None, data: AccountInput) -> None:
        site = self._site
        if site is None:
            dialog.reject()
            return
        if info is None:
            saved = answer(dialog, lambda: account_service.add_account(
                site, data.username, data.display_name, data.role, data.temporary_password))
        else:
            saved = answer(dialog, lambda: account_service.update_account(
                site, info.id, data.display_name, data.role, expected_version=dialog.version),
                conflict=lambda error: self._on_account_conflict(dialog, info, data, error))
        if saved is FAILED:
            return
        dialog.accept()
        self.reload_accounts()
        self.select_account(saved.id)
        self.reload_audit()
        if info is None:
            message = self.tr("Added {username}. Give them the temporary password yourself.")
        else:
            message = self.tr("Saved the changes to {username}.")
        set_message(self.ui.accounts_message_label, message.format(username=saved.username))
        self.accounts_changed.emit()

    def _on_account_conflict(self, dialog: AccountDialog, info: AccountInfo | None, data: AccountInput,
                             error: EditConflict) -> None:
        """Someone else changed the account while it was being edited: both versions, the person chooses."""

        def use_theirs(conflict: EditConflict) -> None:
            theirs = conflict.their_values
            dialog.show_saved(str(theirs["display_name"]), Role(theirs["role"]), int(conflict.current_version))

        roles = {"role": [(role.value, role_text(role)) for role in Role]}
        self.conflict_dialog = resolve_conflict(dialog, error, keep_mine=save_again(
            dialog, "version", lambda: self._on_account_submitted(dialog, info, data)), use_theirs=use_theirs,
                                                choices=roles, otherwise=dialog.show_error)

    def _on_reset_password_button_clicked(self) -> None:
        info = self.selected_account()
        if info is None:
            return
        set_message(self.ui.accounts_message_label, "")
        dialog = ResetPasswordDialog(info, self)
        dialog.submitted.connect(lambda password: self._on_reset_submitted(dialog, info, password))
        keep_while_open(self, "reset_dialog", dialog)

    def _on_reset_submitted(self, dialog: ResetPasswordDialog, info: AccountInfo, password: str) -> None:
        site = self._site
        if site is None:
            dialog.reject()
            return
        if answer(dialog, lambda: account_service.reset_password(site, info.id, password)) is FAILED:
            return
        dialog.accept()
        self.reload_accounts()
        self.reload_audit()
        set_message(
            self.ui.accounts_message_label,
            self.tr("{username} must choose a new password at their next sign-in.").format(username=info.username),
        )

    def _on_deactivate_button_clicked(self) -> None:
        info = self.selected_account()
        if info is None:
            return
        self._confirm(
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate the account {username} ({name})? They can no longer sign in, on any computer. "
                "The records they made stay."
            ).format(username=info.username, name=info.display_name),
            self.tr("&Deactivate"),
            lambda: self._deactivate(info),
        )

    def _deactivate(self, info: AccountInfo) -> None:
        site = self._site
        if site is None:
            return
        ok, _ = self._run(lambda: account_service.deactivate(site, info.id), self.ui.accounts_message_label)
        if ok:
            self.reload_accounts()
            self.reload_audit()
            set_message(
                self.ui.accounts_message_label,
                self.tr("{username} is deactivated.").format(username=info.username),
            )
            self.accounts_changed.emit()

    def _confirm(self, title: str, text: str, action_text: str, on_yes: Callable[[], None]) -> None:
        box = ask(self, text, action_text, on_yes, title=title, destructive=True)
        box.destroyed.connect(lambda *_: setattr(self, "confirm_box", None))
        self.confirm_box = box

    # ----- audit log ---------------------------------------------------------------------

    def reload_audit(self, *_args: object) -> None:
        site = self._site
        if site is None or not site.can(Permission.VIEW_AUDIT):
            self.audit_model.set_source(None)
            return
        ok, total = self._run(lambda: audit_service.count_entries(site), self.ui.chain_result_label)
        if not ok:
            self.audit_model.set_source(None)
            return
        self.audit_model.set_source(
            lambda limit, offset: audit_service.list_entries(site, limit=limit, offset=offset), total
        )
        self.ui.audit_count_label.setText(self.tr("Entries: {count}, newest first").format(count=total))
        self.ui.audit_view.resizeColumnsToContents()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.audit_tab:
            self.reload_audit()

    def _on_check_chain_button_clicked(self) -> None:
        site = self._site
        if site is None:
            return
        ok, check = self._run(lambda: audit_service.verify_chain(site), self.ui.chain_result_label)
        if not ok:
            return
        if check.ok:
            text = self.tr("The audit chain is intact. Entries checked: {count}; none was changed or removed.").format(
                count=check.entries
            )
        else:
            text = self.tr(
                "The audit chain is broken at entry {seq} ({reason}). The log was changed outside LEAD Desktop. "
                "Keep this computer as it is and tell your project manager."
            ).format(seq=check.first_bad_seq, reason=check.reason)
        set_message(self.ui.chain_result_label, text)
        self.reload_audit()

    # ----- settings ----------------------------------------------------------------------

    def reload_settings(self) -> None:
        site = self._site
        self.settings_draft.set_aside()
        if site is None or not site.can(Permission.CHANGE_SETTINGS):
            self.settings_form.clear()
            self.logo.clear()
            return
        ok, values = self._run(lambda: settings_service.get_settings(site), self.ui.settings_status_label)
        if ok:
            self.settings_form.load(values)
            set_message(self.ui.settings_status_label, "")
            _ok, versions = self._run(lambda: settings_service.get_setting_versions(site),
                                      self.ui.settings_status_label)
            self.setting_versions = dict(versions or {})
            self.settings_draft.activate()  # a draft of settings typed before a lock or crash comes back
        ok, logo = self._run(lambda: settings_service.get_logo(site), self.ui.settings_status_label)
        self.logo.load(logo if ok else None)

    def _on_save_settings_button_clicked(self) -> None:
        site = self._site
        if site is None:
            return
        changed = self.settings_form.changed_values()
        if not changed and not self.logo.changed:
            set_message(self.ui.settings_status_label, self.tr("Nothing to save: no setting was changed."))
            return
        errors: dict[str, str] = {}
        saved = 0
        if self.logo.changed:
            try:
                with busy():
                    settings_service.set_logo(site, self.logo.data)
            except KnownError as err:
                set_message(self.ui.logo_message_label, error_text(err))
                errors["site_logo"] = error_text(err)
            else:
                self.logo.mark_saved()
                set_message(self.ui.logo_message_label, "")
                saved += 1
        conflicts: list[EditConflict] = []
        saved_keys = []
        for key, value in changed.items():
            try:
                with busy():
                    stored = settings_service.set_setting(site, key, value,
                                                          expected_version=self.setting_versions.get(key))
            except EditConflict as err:
                conflicts.append(err)
                continue
            except KnownError as err:
                errors[key] = error_text(err)
                continue
            self.settings_form.mark_saved(key, stored)
            saved_keys.append(key)
            saved += 1
        if saved_keys:
            ok, versions = self._run(lambda: settings_service.get_setting_versions(site), self.ui.settings_status_label)
            if ok:
                self.setting_versions.update({key: versions[key] for key in saved_keys})
        self.settings_form.show_errors({key: text for key, text in errors.items() if key != "site_logo"})
        if conflicts:
            self._on_settings_conflict(conflicts)
        if errors or conflicts:
            set_message(self.ui.settings_status_label, self.tr("Some settings were not saved; see the messages above."))
        else:
            set_message(self.ui.settings_status_label, self.tr("Saved."))
        if saved:
            self.reload_audit()
            self.backups.reload()
            self.settings_saved.emit()

    def _on_settings_conflict(self, conflicts: list[EditConflict]) -> None:
        """Someone else saved some of these settings meanwhile: one dialog with both versions of each."""
        versions = {}
        for error in conflicts:
            versions.update({key: error.current_version for key in error.their_values})
        combined = EditConflict(
            current_version=0,
            form=Form("settings", tuple(spec for error in conflicts for spec in error.form)),
            your_values={k: v for error in conflicts for k, v in error.your_values.items()},
            their_values={k: v for error in conflicts for k, v in error.their_values.items()},
        )

        def keep_mine(_version: int) -> None:
            self.setting_versions.update(versions)
            self._on_save_settings_button_clicked()

        def use_theirs(_error: EditConflict) -> None:
            for key, value in combined.their_values.items():
                self.settings_form.mark_saved(key, value)
            self.setting_versions.update(versions)
            set_message(self.ui.settings_status_label, self.tr("The settings now show the values saved by someone else."))

        self.conflict_dialog = resolve_conflict(self, combined, keep_mine=keep_mine, use_theirs=use_theirs)

    # ----- security ----------------------------------------------------------------------

    def _on_rotate_button_clicked(self) -> None:
        self._confirm(
            self.tr("Change the master key"),
            self.tr(
                "Change the site's master key now?\n\n"
                "The current recovery key and every printed Recovery Kit stop working at once. "
                "Backups made before today still need the old key. "
                "You must store the new recovery key before you close this page."
            ),
            self.tr("Change the master &key"),
            self._rotate,
        )

    def _rotate(self) -> None:
        site = self._site
        if site is None:
            return
        if self.backups.runner is not None:
            self.backups.runner.wait()  # a backup being written must not see the key change under it
        set_message(self.ui.rotate_message_label, "")
        ok, new_key = self._run(lambda: account_service.rotate_master_key(site), self.ui.rotate_message_label)
        if not ok:
            return
        self.ui.new_key_panel.show_key(new_key, site.site_name, str(site.paths.folder))
        del new_key
        self.ui.new_key_panel.show()
        self.ui.hide_key_button.show()
        set_message(
            self.ui.rotate_message_label,
            self.tr("The master key was changed. This is the new recovery key; the old one no longer works."),
        )
        self.reload_audit()

    def _hide_new_key(self) -> None:
        self.ui.new_key_panel.clear()
        self.ui.new_key_panel.hide()
        self.ui.hide_key_button.hide()
        set_message(self.ui.rotate_message_label, "")
