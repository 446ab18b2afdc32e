"""The main window: navigation, pages, menus, status bar, idle auto-lock and the lock screen.

While locked the window shows only the lock screen: every page is given
`set_site(None)` (tables and fields emptied), the page area is hidden, the
database is closed and its key dropped (`SiteSession.lock_screen`). The folder
lock stays held, so nobody else opens the site meanwhile. Signing in again
(`services.site.unlock`) gives the pages the new session and returns to the
page the person was on.

Automatic backups (services.backups) are taken when the window closes or the
person signs out, and once a day while it is open (a timer checks every hour
whether the last one is older than 24 hours). They run on the window's
BackupRunner, off the GUI thread; closing, locking and restoring wait for a
running one. A failed backup never stops the window from closing: it is logged
and noted, and the next session shows a warning in the status bar.

A site on a shared server (`site.is_server`) has no folder: no automatic backups,
Backups tab, keychain unlock or master key here (the server's owner backs it up and
keeps it encrypted). Instead a timer polls the server's change notifications every
few seconds and `data_changed` makes the open lists show other people's changes
(gui.live_refresh explains the choice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QSizePolicy,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from lead_desktop import __version__
from lead_desktop.domain.errors import KnownError, SignInThrottled, ValidationError, WrongPassword
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.admin.backup_jobs import BackupRunner, Outcome
from lead_desktop.gui.forms.ui_main_window import Ui_MainWindow
from lead_desktop.gui.idle import IdleWatcher
from lead_desktop.gui.language import add_language_menu
from lead_desktop.gui.live_refresh import POLL_INTERVAL_MS, LiveRefresh
from lead_desktop.gui.pages import PAGES, build_page
from lead_desktop.gui.sign_in import ChangePasswordDialog
from lead_desktop.gui.helpers import busy, error_text, keychain_reason_text, local_time_text, set_message
from lead_desktop.services import accounts as account_service
from lead_desktop.services import backups as backup_service
from lead_desktop.services import server_profiles
from lead_desktop.services import site as sites
from lead_desktop.services.session import Actor, LockedSite, SiteSession

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
DAILY_CHECK_MS = 60 * MINUTE_MS  # how often the window asks whether a daily backup is due
PROGRESS_DELAY_MS = 300  # a backup shorter than this shows no progress dialog


class MainWindow(QMainWindow):
    signed_out = Signal()  # the person chose Sign out: back to the sign-in dialog
    quit_requested = Signal()  # the window was closed or Quit chosen
    data_changed = Signal(object)  # set of table names other people changed (shared server only)

    def __init__(
        self,
        site: SiteSession,
        *,
        idle_ms: int | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
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
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(timezone.utc))
        self.sign_in_message = ""  # what the sign-in dialog says after this window (e.g. after a restore)
        self._closing = False
        self.backups = BackupRunner(self)
        self.backup_progress_dialog: QProgressDialog | None = None

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
        if hasattr(admin, "set_backup_runner"):
            admin.set_backup_runner(self.backups)
            admin.restore_confirmed.connect(self._on_restore_confirmed)

        self.user_label = QLabel(self)
        self.site_label = QLabel(self)
        self.user_label.setAccessibleName(self.tr("Signed-in person"))
        self.site_label.setAccessibleName(self.tr("Site"))
        self.backup_warning_label = QLabel(self)
        self.backup_warning_label.setAccessibleName(self.tr("Backup warning"))
        # Clipped rather than widening the window (at 200 % a long line would); the tooltip has it all.
        self.backup_warning_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.backup_warning_label.font()
        font.setBold(True)
        self.backup_warning_label.setFont(font)
        self.backup_warning_label.hide()
        self.backup_progress = QProgressBar(self)
        self.backup_progress.setRange(0, 0)  # a backup cannot say how far it is; it says that it is working
        self.backup_progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.backup_progress.setAccessibleName(self.tr("Automatic backup in progress"))
        self.backup_progress.hide()
        self.statusBar().addWidget(self.backup_warning_label, 1)
        self.statusBar().addPermanentWidget(self.backup_progress)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.site_label)
        self.backups.started.connect(self._on_backups_started)
        self.backups.finished.connect(self._on_backups_finished)
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.check_daily_backup)
        self.live_timer = QTimer(self)  # shared server: other people's changes (gui.live_refresh)
        self.live_timer.setInterval(POLL_INTERVAL_MS)
        self.live_timer.timeout.connect(self.poll_changes)
        self.live = LiveRefresh(self.pages, ui.page_stack.currentWidget, self)
        self.data_changed.connect(self.live.on_data_changed)
        ui.page_stack.currentChanged.connect(lambda index: self.live.on_page_shown(ui.page_stack.widget(index)))

        ui.action_backup.triggered.connect(self._on_action_backup_triggered)
        ui.action_lock.triggered.connect(self.lock)
        ui.action_sign_out.triggered.connect(self.sign_out)
        ui.action_quit.triggered.connect(self.close)
        ui.action_change_password.triggered.connect(self._on_action_change_password_triggered)
        ui.action_keychain.toggled.connect(self._on_action_keychain_toggled)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.language_menu = add_language_menu(ui.menu_account)  # Account ▸ Language (this computer)

        ui.lock_screen.hide()
        ui.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        ui.lock_screen.keychain_requested.connect(self._on_lock_screen_keychain_requested)
        ui.lock_screen.sign_out_requested.connect(self.sign_out)

        self.idle = IdleWatcher(self._idle_interval(), self)
        self.idle.timed_out.connect(self._on_idle_timed_out)

        ui.page_stack.currentChanged.connect(self._free_keyboard_traps)

        self._apply_permissions()
        self._load_pages()
        self._refresh_site_details()
        self._refresh_account_menu()
        self._refresh_backup_warning()
        self.go_to(self._first_allowed_index())
        self.idle.start()
        self.daily_timer.start()
        self._start_live_timer()

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
        backup_allowed = self._site is not None and self._site.can(Permission.BACKUP) and not self._site.is_server
        self.ui.action_backup.setVisible(backup_allowed)

    def _load_pages(self) -> None:
        for index, spec in enumerate(PAGES):
            self.pages[spec.key].set_site(self._site if self._allowed(index) else None)
        self._free_keyboard_traps()

    def _free_keyboard_traps(self, *_args: object) -> None:
        """Tab leaves tables and text boxes (arrows move inside them), so the keyboard alone gets everywhere."""
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
        for text in (*self.findChildren(QTextEdit), *self.findChildren(QPlainTextEdit)):
            text.setTabChangesFocus(True)
        for tabs in self.findChildren(QTabWidget):
            # A tab widget hands focus to its tab bar; an auto-hidden bar (one tab) cannot take it, and Tab
            # would stop dead there instead of moving on to the page's controls.
            hidden = tabs.tabBar().isHidden()
            tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus if hidden else Qt.FocusPolicy.TabFocus)
            if tabs.accessibleName() and not tabs.tabBar().accessibleName():
                tabs.tabBar().setAccessibleName(tabs.accessibleName())

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
        if site.is_server:
            server = site.vault.address.display()
            self.site_label.setText(self.tr("Site: {site} on the server {server}").format(site=site_name, server=server))
            self.site_label.setToolTip(self.tr(
                "Everyone signed in to this server works on the same records; the lists show their changes "
                "within seconds."
            ))
            title = self.tr("{site} on {server} — LEAD Desktop").format(site=site_name, server=server)
            self.setWindowTitle(title if site_name else self.tr("LEAD Desktop"))
            return
        self.site_label.setText(self.tr("Site: {site}").format(site=site_name))
        try:
            moved = site.moved_to_server
        except KnownError:
            moved = None
        if moved:
            self.site_label.setText(self.tr("Site: {site} — an old copy: the site moved to the server {server}").format(
                site=site_name, server=moved))
            self.site_label.setStyleSheet("color: #a4000f; font-weight: bold;")
            self.site_label.setToolTip(self.tr(
                "This site was moved to a shared server. Changes made in this copy on this computer do not reach "
                "the server or anyone working there. Sign in to the server instead."
            ))
        else:
            self.site_label.setStyleSheet("")
            self.site_label.setToolTip("")
        self.setWindowTitle(self.tr("{site} — LEAD Desktop").format(site=site_name) if site_name else self.tr("LEAD Desktop"))

    def _keychain_problem(self) -> str:
        """Why keychain unlock cannot be offered to this person here, or '' when it can."""
        site = self._site
        if site is None:
            return self.tr("Sign in to change keychain unlock.")
        if site.actor.account_id is None:
            return self.tr("Keychain unlock needs a personal account; this session was opened with the recovery key.")
        if site.is_server:
            return self.tr("Not used on a shared server (tick “Remember my password” when you sign in instead).")
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
        self.daily_timer.stop()
        self._stop_live_timer()
        self._wait_for_backup()  # a backup being written still needs the key
        if self._site is not site:
            return
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
        self.daily_timer.start()
        self._start_live_timer()
        self._refresh_backup_warning()
        log.info("window unlocked")

    # ----- other people's changes (shared server) --------------------------------------------

    def _start_live_timer(self) -> None:
        if self._site is not None and self._site.is_server:
            self.live_timer.start()

    def _stop_live_timer(self) -> None:
        self.live_timer.stop()
        self.live.forget()

    def poll_changes(self) -> set[str]:
        """Ask the server which tables others changed since the last poll (it does not wait) and let the
        pages show them. Returns the tables."""
        site = self._site
        if site is None or not site.is_server or self._closing:
            return set()
        tables = site.poll_changes()  # everything that arrived since the last tick, at once
        if not tables:
            return tables
        log.debug("other people changed %d tables", len(tables))
        if "setting" in tables:
            self._refresh_site_details()
        if "account" in tables:
            before = site.actor
            try:
                site.refresh_actor()
            except KnownError:
                log.warning("could not re-read the signed-in account")
            if site.actor != before:  # e.g. an administrator changed this person's role
                self._on_accounts_changed()
        self.data_changed.emit(tables)
        return tables

    # ----- ending -------------------------------------------------------------------------

    def sign_out(self) -> None:
        self._ending = "sign_out"
        self.close()

    def _end_session(self) -> None:
        self.idle.uninstall()
        self.daily_timer.stop()
        self._stop_live_timer()
        self._close_dialogs()
        self._wait_for_backup()
        self._back_up_on_close()
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
        if self._closing:  # closed again while the closing backup runs: that one close is enough
            event.ignore()
            return
        self._closing = True
        self._end_session()
        super().closeEvent(event)
        if self._ending == "sign_out":
            self.signed_out.emit()
        else:
            self.quit_requested.emit()

    # ----- automatic backups ---------------------------------------------------------------

    def _progress_dialog(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self)
        dialog.setWindowTitle(self.tr("LEAD Desktop"))
        dialog.setCancelButton(None)  # a backup cannot stop half-way; it takes seconds
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.reset()  # shown by the timer below only when the work takes a moment
        return dialog

    def _run_and_wait(self, text: str, work: Callable[[], object]) -> Outcome:
        """Run a backup job off the GUI thread and wait for it, with a progress dialog when it takes a while."""
        dialog = self._progress_dialog(text)
        self.backup_progress_dialog = dialog
        QTimer.singleShot(PROGRESS_DELAY_MS, lambda: dialog.show() if self.backup_progress_dialog is dialog else None)
        try:
            return self.backups.run_and_wait(work, text)
        finally:
            self.backup_progress_dialog = None
            dialog.close()
            dialog.deleteLater()

    def _wait_for_backup(self) -> None:
        if not self.backups.running:
            return
        dialog = self._progress_dialog(self.tr("Finishing the backup…"))
        self.backup_progress_dialog = dialog
        QTimer.singleShot(PROGRESS_DELAY_MS, lambda: dialog.show() if self.backup_progress_dialog is dialog else None)
        try:
            self.backups.wait()
        finally:
            self.backup_progress_dialog = None
            dialog.close()
            dialog.deleteLater()

    def _back_up_on_close(self) -> None:
        """The closing backup. Whatever goes wrong, the window still closes: nothing is lost by closing."""
        site = self._site
        if site is None or site.closed or site.is_server:  # a server is backed up on the server
            return
        outcome = self._run_and_wait(
            self.tr("Backing up the site before closing…"),
            lambda: backup_service.automatic_backup(site, now=self.clock(), reason="on_close"),
        )
        if outcome.error is not None:
            log.warning("the backup on closing failed; the next session will say so")
        elif outcome.bug is not None:
            log.error("the backup on closing failed with a fault (logged above); closing anyway")

    def check_daily_backup(self) -> bool:
        """Start a background backup when the last automatic one is 24 hours old. True when one started."""
        site = self._site
        if site is None or site.is_server or self.backups.running or self._closing:
            return False
        now = self.clock()
        try:
            due = backup_service.automatic_backup_due(site, now)
        except KnownError:
            log.warning("could not read when the last backup was made")
            return False
        if not due:
            return False
        return self.backups.start(
            lambda: backup_service.automatic_backup(site, now=now, reason="daily"),
            self._on_daily_backup_done,
            self.tr("Backing up the site…"),
        )

    def _on_daily_backup_done(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.statusBar().showMessage(self.tr("Automatic backup saved."), 10_000)
        elif outcome.error is not None:
            self.statusBar().showMessage(error_text(outcome.error), 60_000)
        else:
            self.statusBar().showMessage(self.tr("The automatic backup failed because of a fault in LEAD Desktop."), 60_000)
        if self._closing:
            return  # a fault is logged already; it must not hold up closing with a dialog
        self._refresh_backup_warning()
        admin = self.pages["administration"]
        site = self._site
        if site is not None and outcome.ok and site.can(Permission.VIEW_AUDIT) and hasattr(admin, "reload_audit"):
            admin.reload_audit()
        if outcome.bug is not None:
            outcome.raise_bug()

    def _on_backups_started(self, what: str) -> None:
        self.backup_progress.setToolTip(what)
        self.backup_progress.show()

    def _on_backups_finished(self) -> None:
        self.backup_progress.hide()

    def _refresh_backup_warning(self) -> None:
        """A warning in the status bar while the last automatic backup attempt is a failed one."""
        site = self._site
        text = ""
        if site is not None and not site.is_server:
            try:
                status = backup_service.status(site)
            except KnownError:
                status = None
            if status is not None and status.last_failure_at is not None:
                text = self.tr("The automatic backup of {time} failed.").format(
                    time=local_time_text(status.last_failure_at)
                )
                detail = self.tr(
                    "Check that the backup folder ({folder}) is there: plug in the USB drive or connect the network "
                    "share, or choose another folder in Administration, Site settings. Then use Back up now "
                    "(Administration, Backups)."
                ).format(folder=status.folder)
                self.backup_warning_label.setToolTip(detail)
                self.backup_warning_label.setAccessibleDescription(detail)
        self.backup_warning_label.setText(text)
        self.backup_warning_label.setVisible(bool(text))

    # ----- restoring a backup over the site --------------------------------------------------

    def _on_restore_confirmed(self, path: str) -> None:
        """Clear every page (nothing may read the database meanwhile), restore, and return to sign-in."""
        site = self._site
        if site is None:
            return
        self.idle.stop()
        self.daily_timer.stop()
        self._wait_for_backup()
        self._close_dialogs()
        self._clear_pages()
        outcome = self._run_and_wait(
            self.tr("Restoring the site from the backup…"),
            lambda: backup_service.restore_over_site(site, Path(path), now=self.clock()),
        )
        if outcome.ok:
            result = outcome.result
            made = local_time_text(result.backup.created_at) if result.backup.created_at else ""
            self.sign_in_message = self.tr(
                "The site was restored from the backup made {time}. Sign in with the password you had then. "
                "A copy of the site as it was before the restore is in {folder}."
            ).format(time=made, folder=result.safety_backup.parent)
        elif site.closed:  # failed after the site was closed: its files are as they were
            reason = error_text(outcome.error) if outcome.error is not None else ""
            self.sign_in_message = self.tr(
                "The restore was stopped; the site is as it was before it. Sign in again. {reason}"
            ).format(reason=reason).strip()
            log.warning("restore failed after closing the site; returning to sign-in")
        if site.closed:
            self._site = None
            self._ending = "sign_out"
            self.close()
            if outcome.bug is not None:
                outcome.raise_bug()
            return
        # Refused or failed before anything was closed: the site is open and unchanged.
        self._load_pages()
        self.go_to_page("administration")
        self.idle.start()
        self.daily_timer.start()
        admin = self.pages["administration"]
        if outcome.error is not None:
            text = error_text(outcome.error)
        else:
            text = self.tr("The restore failed because of a fault in LEAD Desktop; the site was not changed.")
        if hasattr(admin, "backups"):
            admin.ui.tabs.setCurrentWidget(admin.ui.backups_tab)
            set_message(admin.ui.backups_message_label, text)
        if outcome.bug is not None:
            outcome.raise_bug()

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
        outcome = self._run_and_wait(self.tr("Backing up the site…"), lambda: sites.backup(site, path))
        if outcome.bug is not None:
            outcome.raise_bug()
            return
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Back up site"), error_text(outcome.error))
            return
        written = outcome.result
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
        if site.is_server:  # a password this computer's keychain remembers must follow the change
            address = site.vault.address
            if server_profiles.remembered_password(address, site.actor.username) is not None:
                try:
                    server_profiles.remember_password(address, site.actor.username, new)
                except KnownError:
                    server_profiles.forget_password(address, site.actor.username)
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
        self._refresh_backup_warning()
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
