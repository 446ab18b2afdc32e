"""The main window: navigation, pages, menus, status bar, idle auto-lock and the lock screen.

While locked the window shows only the lock screen: every page is given
`set_site(None)` (tables and fields emptied), the page area is hidden, the
database is closed and its key dropped (`SiteSession.lock_screen`). The folder
lock stays held, so nobody else opens the site meanwhile. Signing in again
(`services.site.unlock`) gives the pages the new session and returns to the
page the person was on.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from lead_desktop import __version__
from lead_desktop.domain.errors import KnownError, SignInThrottled, ValidationError, WrongPassword
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.forms.ui_main_window import Ui_MainWindow
from lead_desktop.gui.idle import IdleWatcher
from lead_desktop.gui.pages import PAGES, build_page
from lead_desktop.gui.sign_in import ChangePasswordDialog
from lead_desktop.gui.helpers import busy, error_text, keychain_reason_text
from lead_desktop.services import accounts as account_service
from lead_desktop.services import site as sites
from lead_desktop.services.site import Actor, LockedSite, SiteSession

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


class MainWindow(QMainWindow):
    signed_out = Signal()  # the person chose Sign out: back to the sign-in dialog
    quit_requested = Signal()  # the window was closed or Quit chosen

    def __init__(self, site: SiteSession, *, idle_ms: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self._site: SiteSession | None = site
        self._locked: LockedSite | None = None
        self._actor: Actor = site.actor
        self._idle_override = idle_ms
        self._ending = "quit"
        self._resume_index = 0
        self.password_dialog: ChangePasswordDialog | None = None

        self.pages: dict[str, QWidget] = {}
        for spec in PAGES:
            page = build_page(spec)
            page.setObjectName(f"{spec.key}_page")
            ui.page_stack.addWidget(page)
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            ui.nav_list.addItem(item)
            self.pages[spec.key] = page
        nav_font = ui.nav_list.font()
        if nav_font.pointSizeF() > 0:
            nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        ui.nav_list.setFont(nav_font)
        ui.nav_list.setSpacing(3)
        ui.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        self._go_actions = [
            ui.action_go_participants,
            ui.action_go_referrals,
            ui.action_go_governance,
            ui.action_go_meetings,
            ui.action_go_reports,
            ui.action_go_administration,
        ]
        for index, action in enumerate(self._go_actions):
            action.triggered.connect(lambda _checked=False, index=index: self.go_to(index))
        for key, page in self.pages.items():
            # A record opened anywhere (a referral's enrolment, the Today lists) opens in Participants.
            if key != "participants" and hasattr(page, "participant_opened"):
                page.participant_opened.connect(self.open_participant)
        admin = self.pages["administration"]
        if hasattr(admin, "settings_saved"):
            admin.settings_saved.connect(self._on_settings_saved)
            admin.accounts_changed.connect(self._on_accounts_changed)

        self.user_label = QLabel(self)
        self.site_label = QLabel(self)
        self.user_label.setAccessibleName(self.tr("Signed-in person"))
        self.site_label.setAccessibleName(self.tr("Site"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.site_label)

        ui.action_backup.triggered.connect(self._on_action_backup_triggered)
        ui.action_lock.triggered.connect(self.lock)
        ui.action_sign_out.triggered.connect(self.sign_out)
        ui.action_quit.triggered.connect(self.close)
        ui.action_change_password.triggered.connect(self._on_action_change_password_triggered)
        ui.action_keychain.toggled.connect(self._on_action_keychain_toggled)
        ui.action_about.triggered.connect(self._on_action_about_triggered)

        ui.lock_screen.hide()
        ui.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        ui.lock_screen.keychain_requested.connect(self._on_lock_screen_keychain_requested)
        ui.lock_screen.sign_out_requested.connect(self.sign_out)

        self.idle = IdleWatcher(self._idle_interval(), self)
        self.idle.timed_out.connect(self._on_idle_timed_out)

        self._apply_permissions()
        self._load_pages()
        self._refresh_site_details()
        self._refresh_account_menu()
        self.go_to(self._first_allowed_index())
        self.idle.start()

    # ----- state --------------------------------------------------------------------------

    @property
    def site(self) -> SiteSession | None:
        return self._site

    @property
    def is_locked(self) -> bool:
        return self._locked is not None

    def current_page_key(self) -> str:
        return PAGES[self.ui.page_stack.currentIndex()].key

    def _allowed(self, index: int) -> bool:
        return self._site is not None and self._site.can(PAGES[index].permission)

    def _first_allowed_index(self) -> int:
        return next((i for i in range(len(PAGES)) if self._allowed(i)), 0)

    def _apply_permissions(self) -> None:
        for index, spec in enumerate(PAGES):
            allowed = self._allowed(index)
            self.ui.nav_list.setRowHidden(index, not allowed)
            self._go_actions[index].setVisible(allowed)
        backup_allowed = self._site is not None and self._site.can(Permission.BACKUP)
        self.ui.action_backup.setVisible(backup_allowed)

    def _load_pages(self) -> None:
        for index, spec in enumerate(PAGES):
            self.pages[spec.key].set_site(self._site if self._allowed(index) else None)

    def _idle_interval(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        minutes = 15
        if self._site is not None:
            try:
                minutes = int(self._site.setting("auto_lock_minutes"))
            except (KnownError, TypeError, ValueError):
                log.warning("auto-lock setting unreadable; using the default")
        return max(1, minutes) * MINUTE_MS

    def set_idle_interval(self, interval_ms: int) -> None:
        """Tests and the settings page change how long the window waits before it locks."""
        self._idle_override = interval_ms
        self.idle.set_interval(interval_ms)

    def _refresh_site_details(self) -> None:
        site = self._site
        if site is None:
            self.user_label.setText(self.tr("Locked"))
            return
        self._actor = site.actor
        role = QCoreApplication.translate("vocab", site.actor.role.label)
        self.user_label.setText(self.tr("{name} ({role})").format(name=site.actor.display_name, role=role))
        try:
            site_name = site.site_name
        except KnownError:
            site_name = ""
        self.site_label.setText(self.tr("Site: {site}").format(site=site_name))
        self.setWindowTitle(self.tr("{site} — LEAD Desktop").format(site=site_name) if site_name else self.tr("LEAD Desktop"))

    def _keychain_problem(self) -> str:
        """Why keychain unlock cannot be offered to this person here, or '' when it can."""
        site = self._site
        if site is None:
            return self.tr("Sign in to change keychain unlock.")
        if site.actor.account_id is None:
            return self.tr("Keychain unlock needs a personal account; this session was opened with the recovery key.")
        status = sites.keychain_status()
        if not status.usable:
            return keychain_reason_text(status.reason)
        try:
            allowed = account_service.keychain_allowed(site)
        except KnownError:
            allowed = False
        if not allowed:
            return self.tr("Your site's administrator has turned keychain unlock off.")
        return ""

    def _refresh_account_menu(self) -> None:
        ui = self.ui
        site = self._site
        problem = self._keychain_problem()
        ui.action_keychain.setVisible(not problem)
        ui.action_keychain_reason.setVisible(bool(problem))
        ui.action_keychain_reason.setText(self.tr("Keychain unlock: {reason}").format(reason=problem))
        if not problem and site is not None:
            ui.action_keychain.blockSignals(True)
            ui.action_keychain.setChecked(account_service.keychain_unlock_enabled(site))
            ui.action_keychain.blockSignals(False)
        ui.action_change_password.setEnabled(site is not None and site.actor.account_id is not None)

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.action_backup, ui.action_lock, ui.action_change_password, ui.action_keychain, *self._go_actions):
            action.setEnabled(enabled)
        ui.menu_go.setEnabled(enabled)
        ui.menu_account.setEnabled(enabled)

    # ----- navigation ---------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if self._site is None or not 0 <= index < len(PAGES) or not self._allowed(index):
            return
        self.ui.nav_list.setCurrentRow(index)
        self.ui.page_stack.setCurrentIndex(index)

    def open_participant(self, participant_id: str) -> None:
        participants = self.pages["participants"]
        if hasattr(participants, "open_participant") and self._site is not None:
            self.go_to_page("participants")
            participants.open_participant(participant_id)

    def go_to_page(self, key: str) -> None:
        self.go_to(next(i for i, spec in enumerate(PAGES) if spec.key == key))

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self._allowed(row):
            self.ui.page_stack.setCurrentIndex(row)

    # ----- locking --------------------------------------------------------------------------

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    def _clear_pages(self) -> None:
        for page in self.pages.values():
            page.set_site(None)

    def _on_idle_timed_out(self) -> None:
        log.info("idle time reached; locking")
        self.lock()

    def _keychain_unlock_offered(self) -> bool:
        if self._keychain_problem():
            return False
        try:
            return account_service.keychain_unlock_enabled(self._site)
        except KnownError:
            return False

    def lock(self) -> None:
        """Hide every record, close the database and drop its key; keep the folder lock."""
        site = self._site
        if site is None:
            return
        self.idle.stop()
        self._resume_index = self.ui.page_stack.currentIndex()
        keychain = self._keychain_unlock_offered()
        recovery = site.actor.via_recovery_key
        self._close_dialogs()
        # Hide first: whatever happens next, no record stays on screen.
        self.ui.page_stack.hide()
        self.ui.content_widget.hide()
        self._clear_pages()
        self._site = None
        self._set_data_actions_enabled(False)
        try:
            self._locked = site.lock_screen()
        except KnownError:
            log.exception("could not lock cleanly; signing out instead")
            try:
                site.close()
            except KnownError:
                log.exception("closing after a failed lock")
            self._ending = "sign_out"
            self.close()
            return
        self._refresh_site_details()
        self.ui.lock_screen.show_for(self._actor.username, keychain=keychain, recovery_key=recovery)
        log.info("window locked")

    def _on_lock_screen_unlock_requested(self, secret: str) -> None:
        locked = self._locked
        if locked is None:
            return
        try:
            with busy():
                if self._actor.via_recovery_key:
                    site = sites.open_with_recovery_key(locked.paths.folder, secret, lock=locked.lock)
                else:
                    site = sites.unlock(locked, secret)
        except WrongPassword as err:
            self.ui.lock_screen.show_error(error_text(err), err.delay_seconds)
            return
        except SignInThrottled as err:
            self.ui.lock_screen.show_error(error_text(err), float(err.params.get("seconds", 1)))
            return
        except KnownError as err:
            self.ui.lock_screen.show_error(error_text(err))
            return
        self._resume(site)

    def _on_lock_screen_keychain_requested(self) -> None:
        locked = self._locked
        if locked is None:
            return
        try:
            with busy():
                site = sites.unlock_with_keychain(locked)
        except KnownError as err:
            self.ui.lock_screen.show_error(error_text(err))
            return
        self._resume(site)

    def _resume(self, site: SiteSession) -> None:
        self._site = site
        self._locked = None
        self.ui.lock_screen.reset()
        self._set_data_actions_enabled(True)
        self._apply_permissions()
        self._load_pages()
        self._refresh_site_details()
        self._refresh_account_menu()
        index = self._resume_index if self._allowed(self._resume_index) else self._first_allowed_index()
        self.go_to(index)
        self.ui.content_widget.show()
        self.ui.page_stack.show()
        self.idle.start()
        log.info("window unlocked")

    # ----- ending -------------------------------------------------------------------------

    def sign_out(self) -> None:
        self._ending = "sign_out"
        self.close()

    def _end_session(self) -> None:
        self.idle.uninstall()
        self._close_dialogs()
        self._clear_pages()
        site, self._site = self._site, None
        locked, self._locked = self._locked, None
        if site is not None:
            try:
                site.close()
            except KnownError:
                log.exception("closing the site")
        if locked is not None:
            locked.release()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._end_session()
        super().closeEvent(event)
        if self._ending == "sign_out":
            self.signed_out.emit()
        else:
            self.quit_requested.emit()

    # ----- menus ----------------------------------------------------------------------------

    def _on_action_backup_triggered(self) -> None:
        if self._site is None:
            return
        default = Path.home() / f"LEAD-backup-{date.today().isoformat()}.leadbackup"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up site"),
            str(default),
            self.tr("LEAD Desktop backups (*.leadbackup);;All files (*)"),
        )
        site = self._site
        if not path or site is None:
            return
        try:
            with busy():
                written = sites.backup(site, path)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Back up site"), error_text(err))
            return
        self.statusBar().showMessage(
            self.tr("Backup saved to {path}. Keep a copy away from this computer.").format(path=written), 15_000
        )
        admin = self.pages["administration"]
        if site.can(Permission.VIEW_AUDIT) and hasattr(admin, "reload_audit"):
            admin.reload_audit()

    def _on_action_change_password_triggered(self) -> None:
        if self._site is None or self._site.actor.account_id is None:
            return
        dialog = ChangePasswordDialog(required=False, parent=self)
        dialog.submitted.connect(lambda current, new: self._on_password_submitted(dialog, current, new))
        self.password_dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "password_dialog", None))
        dialog.open()

    def _on_password_submitted(self, dialog: ChangePasswordDialog, current: str, new: str) -> None:
        site = self._site
        if site is None:
            dialog.reject()
            return
        try:
            with busy():
                account_service.change_own_password(site, current, new)
        except ValidationError as err:
            dialog.show_error(error_text(err), err.field)
            return
        except KnownError as err:
            dialog.show_error(error_text(err))
            return
        dialog.accept()
        self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)

    def _on_action_keychain_toggled(self, checked: bool) -> None:
        site = self._site
        if site is None:
            return
        try:
            with busy():
                if checked:
                    account_service.enable_keychain_unlock(site)
                    message = self.tr("This computer's keychain can now unlock LEAD Desktop for you.")
                else:
                    account_service.disable_keychain_unlock(site)
                    message = self.tr("Keychain unlock is off for your account on every computer.")
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Keychain unlock"), error_text(err))
        else:
            self.statusBar().showMessage(message, 10_000)
        self._refresh_account_menu()

    def _on_action_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LEAD Desktop"),
            self.tr(
                "<h3>LEAD Desktop {version}</h3>"
                "<p>LEAD (Law Enforcement Assisted Diversion) lets police officers refer people whose "
                "offences come from drug use, mental illness or poverty to community-based case management "
                "instead of jail and prosecution. LEAD Desktop keeps a LEAD site's participants, referrals "
                "and governance work in one encrypted file on this computer.</p>"
                "<p>Free software under the GNU Affero General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )

    # ----- signals from pages ---------------------------------------------------------------

    def _on_settings_saved(self) -> None:
        self._refresh_site_details()
        self._refresh_account_menu()
        if self._idle_override is None:
            self.idle.set_interval(self._idle_interval())

    def _on_accounts_changed(self) -> None:
        if self._site is None:
            return
        self._refresh_site_details()
        self._apply_permissions()
        for index, spec in enumerate(PAGES):
            if not self._allowed(index):  # e.g. an administrator who made themself a case manager
                self.pages[spec.key].set_site(None)
        if not self._allowed(self.ui.page_stack.currentIndex()):
            self.go_to(self._first_allowed_index())
