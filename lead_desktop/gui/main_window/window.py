"""The main window: navigation, pages, menus, the status bar, and other people's changes on a server.

Locking lives in locking.py, backups (automatic, by hand, restoring) in backups.py, drafts (unsaved
input kept through a lock, sleep or crash, and the window's place) in drafts.py and working offline on
a laptop's copy of a server site in offline.py, as parts of the one window. A page is built for each section (gui.pages) and gets the signed-in site, or None
on a lock or sign-out.

Every write this window makes (any page, any dialog) reaches `data_changed`, so every page that
shows it follows; F5 reloads the page on screen (gui.live_refresh).

A site on a shared server (`site.is_server`) has no folder: no automatic backups,
Backups tab, keychain unlock or master key here (the server's owner backs it up and
keeps it encrypted). Instead a timer polls the server's change notifications every
few seconds and `data_changed` makes the open lists show other people's changes too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.forms.ui_main_window import Ui_MainWindow
from lead_desktop.gui.idle import IdleWatcher
from lead_desktop.gui.main_window.backups import BackupsPart
from lead_desktop.gui.main_window.drafts import DraftsPart
from lead_desktop.gui.main_window.locking import LockingPart
from lead_desktop.gui.main_window.offline import OfflinePart
from lead_desktop.gui.language import add_language_menu
from lead_desktop.gui.live_refresh import POLL_INTERVAL_MS, ChangeRelay, LiveRefresh
from lead_desktop.gui.own_password import change_own_password
from lead_desktop.gui.pages import PAGES, build_page
from lead_desktop.gui.sign_in import ChangePasswordDialog
from lead_desktop.gui.widgets.actions import trigger_shortcut
from lead_desktop.gui.widgets.look import TITLE_BAR_ALLOWANCE, available_area, busy
from lead_desktop.gui.widgets.tasks import TaskRunner
from lead_desktop.gui.widgets.text import error_text, keychain_reason_text
from lead_desktop.services import accounts as account_service
from lead_desktop.services import site as sites
from lead_desktop.services.session import Actor, LockedSite, SiteSession
from lead_desktop.gui.widgets.dialogs import keep_while_open

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
PREFERRED_WIDTH, PREFERRED_HEIGHT = 1240, 800  # the window's size where the screen has room for it
DAILY_CHECK_MS = 60 * MINUTE_MS  # how often the window asks whether a daily backup is due


class MainWindow(LockingPart, BackupsPart, DraftsPart, OfflinePart, QMainWindow):
    signed_out = Signal()  # the person chose Sign out: back to the sign-in dialog
    quit_requested = Signal()  # the window was closed or Quit chosen
    data_changed = Signal(object)  # set of table names changed: by this window, or by others on a server

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
        self.backups = TaskRunner(self)
        self.backup_progress_dialog: QProgressDialog | None = None
        self._setup_drafts()  # before any page opens a form

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
        ui.nav_list.installEventFilter(self)  # a page's shortcuts work from the list of sections too
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
            # A record opened anywhere (a referral's enrollment, the Today lists) opens in Participants.
            if key != "participants" and hasattr(page, "participant_opened"):
                page.participant_opened.connect(self.open_participant)
        if hasattr(self.pages["participants"], "case_summary_requested"):
            self.pages["participants"].case_summary_requested.connect(self.open_case_summary)
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
        self._setup_offline()
        self.live = LiveRefresh(self.pages, ui.page_stack.currentWidget, self)
        self.data_changed.connect(self.live.on_data_changed)
        self.changes = ChangeRelay(self)  # this window's own writes, from the site's units of work
        self.changes.changed.connect(self._on_changes_changed)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WindowShortcut)
        refresh.activated.connect(self.refresh_page)
        ui.page_stack.currentChanged.connect(lambda index: self.live.on_page_shown(ui.page_stack.widget(index)))

        ui.action_backup.triggered.connect(self._on_action_backup_triggered)
        ui.action_lock.triggered.connect(lambda _checked=False: self.lock(by_hand=True))
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
        ui.page_stack.currentChanged.connect(self._show_needs_server_line)

        self._apply_permissions()
        self._load_pages()
        self._refresh_site_details()
        self._refresh_account_menu()
        self._refresh_backup_warning()
        self.go_to(self._first_allowed_index())
        self.idle.start()
        self.daily_timer.start()
        self._start_watching_changes()
        QTimer.singleShot(0, self, self._offer_drafts)  # drafts an earlier session left, once the window is up
        QTimer.singleShot(0, self, self._tell_sign_in_notices)
        if self._has_copy() and not site.offline:
            # Fill or refresh this laptop's copy in the background once the window is up.
            QTimer.singleShot(0, self, lambda: self.sync_now(quiet=True))

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
            works = self._allowed(index) and not self._needs_server(index)
            self.pages[spec.key].set_site(self._site if works else None)
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
        self._refresh_offline()
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

    # ----- size ---------------------------------------------------------------------------

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Open inside the screen's free area (an office laptop may have 1024 × 700 of it): the usual size
        where it fits, else all of the area, centered; maximized when even the smallest window is too big."""
        area = available or available_area(self)
        frame = self.frameGeometry().size() - self.size()  # known once shown; the title bar is allowed for anyway
        extra = QSize(max(frame.width(), 0), max(frame.height(), TITLE_BAR_ALLOWANCE))
        room = area.size() - extra
        minimum = self.minimumSizeHint()
        if minimum.width() > room.width() or minimum.height() > room.height():
            log.warning("the window needs more than the screen offers; opening maximized")
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        size = QSize(PREFERRED_WIDTH, PREFERRED_HEIGHT).boundedTo(room).expandedTo(minimum)
        self.resize(size)
        outline = QRect(QPoint(0, 0), size + extra)
        outline.moveCenter(area.center())
        self.move(max(outline.left(), area.left()), max(outline.top(), area.top()))  # move() places the frame

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

    def open_case_summary(self, lead_number: str) -> None:
        """A profile's “Case summary…”: the Reports page's case summary for that participant (consent check there)."""
        from lead_desktop.gui.reports import ReportsPage

        reports = self.pages["reports"]
        page = reports.findChild(ReportsPage)
        if page is None or self._site is None or not self._allowed(self._page_index("reports")):
            return
        self.go_to_page("reports")
        reports.tabs.setCurrentWidget(page)
        page.start_case_summary(lead_number)

    def _page_index(self, key: str) -> int:
        return next(i for i, spec in enumerate(PAGES) if spec.key == key)

    def go_to_page(self, key: str) -> None:
        self.go_to(self._page_index(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+N, Ctrl+F … pressed in the list of sections reach the page shown beside it, as they would
        from inside the page (right after signing in the focus is in that list)."""
        if (watched is self.ui.nav_list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                and self._site is not None):
            sequence = QKeySequence(event.keyCombination())
            if trigger_shortcut(self.ui.page_stack.currentWidget(), sequence):
                return True
        return super().eventFilter(watched, event)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self._allowed(row):
            self.ui.page_stack.setCurrentIndex(row)

    # ----- changes: this window's own, and other people's on a shared server ------------------------

    def _start_watching_changes(self) -> None:
        if self._site is not None:
            self._site.watch_changes(self.changes.note)
        if self._site is not None and self._site.is_server:
            self.live_timer.start()
        self._start_sync_timer()

    def _stop_watching_changes(self) -> None:
        if self._site is not None:
            self._site.watch_changes(None)
        self.live_timer.stop()
        self.changes.forget()
        self._stop_syncing()
        self.live.forget()

    def _on_changes_changed(self, tables: set[str]) -> None:
        if self._site is None or self._closing:
            return
        if "setting" in tables:
            self._refresh_site_details()
        self.data_changed.emit(tables)

    def refresh_page(self) -> None:
        """F5: the page on screen reads its records again."""
        if self._site is not None:
            self.live.refresh_now()

    def poll_changes(self) -> set[str]:
        """Ask the server which tables others changed since the last poll (it does not wait) and let the
        pages show them. Returns the tables."""
        site = self._site
        if site is None or not site.is_server or self._closing:
            return set()
        if site.offline:  # nobody else's changes arrive; this person's own wait in the copy's queue
            self._refresh_offline()
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
        self._stop_watching_changes()
        self.draft_keeper.flush_all()  # typed input becomes drafts before its forms close
        self.draft_keeper.let_go()
        self._close_dialogs()
        self._wait_for_backup()
        self._back_up_on_close()
        self._clear_pages()
        self._remove_copy_if_asked()
        site, self._site = self._site, None
        locked, self._locked = self._locked, None
        if site is not None:
            try:
                site.close()
            except KnownError:
                log.exception("closing the site")
        if locked is not None:
            locked.release()
        self.draft_keeper.uninstall()
        self.system_lock.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing:  # closed again while the closing backup runs: that one close is enough
            event.ignore()
            return
        if self._ask_before_closing(event):
            return
        self._closing = True
        self._end_session()
        super().closeEvent(event)
        if self._ending == "sign_out":
            self.signed_out.emit()
        else:
            self.quit_requested.emit()

    # ----- menus ----------------------------------------------------------------------------

    def _on_action_change_password_triggered(self) -> None:
        if self._site is None or self._site.actor.account_id is None:
            return
        dialog = ChangePasswordDialog(required=False, parent=self)
        dialog.submitted.connect(lambda current, new: self._on_password_submitted(dialog, current, new))
        keep_while_open(self, "password_dialog", dialog)

    def _on_password_submitted(self, dialog: ChangePasswordDialog, current: str, new: str) -> None:
        site = self._site
        if site is None:
            dialog.reject()
            return
        if change_own_password(site, dialog, current, new):
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
                "offenses come from drug use, mental illness or poverty to community-based case management "
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
