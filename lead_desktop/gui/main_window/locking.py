"""Locking the main window: by hand (Ctrl+L) or after the idle time; unlocking with the password or keychain.

While locked the window shows only the lock screen: every page is given `set_site(None)` (tables
and fields emptied), the page area is hidden, the database is closed and its key dropped
(`SiteSession.lock_screen`). The folder lock stays held, so nobody else opens the site meanwhile.
Before that, every open form's input is written as a draft and the window's place kept beside it
(gui.main_window.drafts). Signing in again (`services.site.unlock`) gives the pages the new session,
returns to the page, profiles and meeting the person was on and opens the same forms with their
input, all rebuilt from what was kept.

A part of `MainWindow` (a mixin: the window owns the widgets, timers and the site).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog

from lead_desktop.domain.errors import KnownError, SignInThrottled, WrongPassword
from lead_desktop.gui.widgets.look import busy
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import accounts as account_service
from lead_desktop.services import site as sites
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)


class LockingPart:
    """Lock, unlock and resume; closing dialogs and emptying pages on the way."""

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
        self._keep_place()  # typed input and the open forms, kept encrypted before anything closes
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
        self._restore_place()
        self.idle.start()
        self.daily_timer.start()
        self._start_live_timer()
        self._refresh_backup_warning()
        log.info("window unlocked")
