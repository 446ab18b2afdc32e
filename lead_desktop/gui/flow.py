"""The start-up flow: first-run wizard or sign-in, a forced password change, then the main window.

AppFlow owns whichever of these is showing and calls the services for the
dialogs (which only collect input). Signing out returns to the sign-in dialog;
so does restoring a backup over the site, and the dialog then says what happened
(the window's `sign_in_message`). Closing the last of them emits `finished`, and
app.py quits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from lead_desktop.domain.errors import KeychainUnavailable, KnownError, SignInThrottled, WrongPassword
from lead_desktop.gui import demo as demo_site
from lead_desktop.gui import server_settings
from lead_desktop.gui.server_settings import LOCAL, SERVER
from lead_desktop.gui.sign_in import ChangePasswordDialog, RecoveryKeyDialog, SignInDialog
from lead_desktop.gui.widgets.look import busy, set_message
from lead_desktop.gui.widgets.tasks import Outcome, TaskRunner
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.paths import SitePaths
from lead_desktop.services import server_profiles
from lead_desktop.services.server_profiles import ServerAddress, ServerProfile

# The sign-in dialog comes up before the rest is loaded: the window and the wizard are imported
# when first shown, and the services that sign in (which load SQLAlchemy, the models and the
# server's driver) when someone signs in.
if TYPE_CHECKING:
    from lead_desktop.gui.main_window import MainWindow
    from lead_desktop.gui.wizard import FirstRunWizard
    from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)


class AppFlow(QObject):
    finished = Signal()  # nothing is left open: quit
    site_folder_ready = Signal()  # the data folder holds a site, or a server sign-in worked: the log can live there

    def __init__(
        self,
        folder: str | Path,
        *,
        idle_ms: int | None = None,
        server_profile: ServerProfile | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.idle_ms = idle_ms
        self.server_profile = server_profile  # from --database-url: the sign-in opens on it
        self.wizard: FirstRunWizard | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: MainWindow | None = None
        self._pending_site: SiteSession | None = None  # signed in, waiting for a new password
        self.demo_progress: QProgressDialog | None = None
        self.demo_runner = TaskRunner(self)
        self.demo_runner.progressed.connect(self._on_demo_progressed)

    def start(self) -> None:
        here = SitePaths.at(self.folder).exists()
        if here:
            self.site_folder_ready.emit()
        if here or self.server_profile is not None or self._remembered_server() is not None:
            self.show_sign_in()
        else:
            self.show_wizard()

    def _remembered_server(self) -> ServerProfile | None:
        """The server this computer last signed in to, when that was its last sign-in."""
        if server_settings.last_place() != SERVER:
            return None
        return server_settings.load_profile()

    # ----- first run ------------------------------------------------------------------------

    def show_wizard(self) -> None:
        from lead_desktop.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.folder)
        wizard.site_created.connect(self.site_folder_ready)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.show()

    def _on_wizard_finished(self, result: int) -> None:
        from lead_desktop.gui.wizard import DEMO_RESULT, SERVER_RESULT

        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        site = wizard.take_site()
        wizard.deleteLater()
        if result == QDialog.DialogCode.Accepted and site is not None:
            self.show_main(site)
        elif result == DEMO_RESULT and site is None:
            self.open_demo()
        elif result == SERVER_RESULT and site is None:
            self.show_sign_in(place=SERVER)
        elif site is not None:  # cannot happen through the wizard's buttons; never leave a site open
            site.close()
            self.finished.emit()
        else:
            self.finished.emit()

    # ----- the demo site ---------------------------------------------------------------------

    def open_demo(self) -> None:
        """Open the demo site beside the data folder, building it first (off the GUI thread) if needed."""
        folder = demo_site.demo_folder_for(self.folder)
        if SitePaths.at(folder).exists():
            self._sign_in_to_demo()
            return
        label = self.tr("Making up {count} people for the demo site…").format(count=demo_site.DEMO_PARTICIPANTS)
        progress = QProgressDialog(label, "", 0, 0)
        progress.setWindowTitle(self.tr("Demo site"))
        progress.setCancelButton(None)  # the build cannot stop half-way; it takes seconds
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        self.demo_progress = progress
        progress.show()
        self.demo_runner.start(demo_site.build_demo(folder), self._on_demo_built)

    def _on_demo_progressed(self, done: int, total: int) -> None:
        if self.demo_progress is not None:
            self.demo_progress.setMaximum(total)
            self.demo_progress.setValue(done)

    def _on_demo_built(self, outcome: Outcome) -> None:
        if self.demo_progress is not None:
            self.demo_progress.close()
            self.demo_progress.deleteLater()
            self.demo_progress = None
        if outcome.ok:
            self._sign_in_to_demo()
            return
        text = error_text(outcome.error) if outcome.error is not None else self.tr("The demo site could not be made.")
        QMessageBox.warning(None, self.tr("Demo site"), text)
        self.show_wizard()

    def _sign_in_to_demo(self) -> None:
        from lead_desktop.services import site as sites

        try:
            with busy():
                site = sites.sign_in(
                    demo_site.demo_folder_for(self.folder), demo_site.DEMO_USERNAME, demo_site.DEMO_PASSWORD, wait=True
                )
        except KnownError as err:
            QMessageBox.warning(None, self.tr("Demo site"), error_text(err))
            self.show_wizard()
            return
        self.show_main(site)

    # ----- sign-in ---------------------------------------------------------------------------

    def show_sign_in(self, message: str = "", *, place: str | None = None) -> None:
        status = server_profiles.keychain_status()
        saved = server_settings.load_profile()
        profile = self.server_profile or saved
        if self.server_profile is not None and not self.server_profile.username and saved is not None \
                and saved.address == self.server_profile.address:
            profile = saved  # the URL named no one: the last person to sign in to that server here
        if place is None:
            place = SERVER if self.server_profile is not None or self._remembered_server() is not None else LOCAL
        dialog = SignInDialog(
            self.folder,
            status.usable,
            status.reason,
            site_here=SitePaths.at(self.folder).exists(),
            place=place,
            profile=profile,
            is_remembered=lambda address, user: server_profiles.remembered_password(address, user) is not None,
        )
        if message:
            set_message(dialog.ui.message_label, message)
            dialog.fit_to_text()
        dialog.sign_in_requested.connect(self._on_sign_in_requested)
        dialog.keychain_requested.connect(self._on_keychain_requested)
        dialog.recovery_requested.connect(self._on_recovery_requested)
        dialog.server_sign_in_requested.connect(self._on_server_sign_in_requested)
        dialog.setup_requested.connect(self._on_setup_requested)
        dialog.rejected.connect(self._on_sign_in_rejected)
        self.sign_in_dialog = dialog
        dialog.show()

    def _on_setup_requested(self) -> None:
        self._close_sign_in()
        self.show_wizard()

    def _on_sign_in_rejected(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit()

    def _on_sign_in_requested(self, username: str, password: str) -> None:
        from lead_desktop.services import site as sites

        dialog = self.sign_in_dialog
        if dialog is None:
            return
        try:
            with busy():
                site = sites.sign_in(self.folder, username, password)
        except WrongPassword as err:
            dialog.show_error(error_text(err), err.delay_seconds)
            return
        except SignInThrottled as err:
            dialog.show_error(error_text(err), float(err.params.get("seconds", 1)))
            return
        except KnownError as err:
            dialog.show_error(error_text(err))
            return
        self._signed_in(site)

    def _on_server_sign_in_requested(self, address: ServerAddress, username: str, password: str, remember: bool) -> None:
        """Sign in to a shared server; on success remember the profile (never the password) in the
        preferences, and the password in the keychain only when the person asked for it."""
        from lead_desktop.services.offline import access

        dialog = self.sign_in_dialog
        if dialog is None:
            return
        from_keychain = not password
        if from_keychain:
            password = server_profiles.remembered_password(address, username) or ""
            if not password:
                dialog.forget_remembered()
                dialog.show_error(self.tr("Please type your password."))
                return
        try:
            with busy():
                # With this laptop's working copy; on the copy alone when the server cannot be reached.
                site = access.sign_in(address, self.folder, username, password)
        except WrongPassword as err:
            if from_keychain:  # changed elsewhere since: a stale copy only gets in the way
                server_profiles.forget_password(address, username)
                dialog.forget_remembered()
                dialog.show_error(self.tr(
                    "The password remembered in this computer's keychain is no longer right, so it was "
                    "removed from the keychain. Type your password."
                ))
            else:
                dialog.show_error(error_text(err), err.delay_seconds)
            return
        except KnownError as err:
            dialog.show_error(error_text(err))
            return
        server_settings.save_profile(ServerProfile(address, site.actor.username))
        self.site_folder_ready.emit()  # no site folder here, but the program's log can live in the data folder
        from lead_desktop.services import drafts

        drafts.open_local_drafts(site, self.folder, password)  # unsaved input stays on this laptop
        if remember:
            try:
                server_profiles.remember_password(address, site.actor.username, password)
            except KeychainUnavailable:
                log.warning("the keychain did not take the server password")
        else:
            server_profiles.forget_password(address, site.actor.username)
        del password
        self._signed_in(site)

    def _on_keychain_requested(self, username: str) -> None:
        from lead_desktop.services import site as sites

        dialog = self.sign_in_dialog
        if dialog is None:
            return
        try:
            with busy():
                site = sites.sign_in_with_keychain(self.folder, username)
        except KnownError as err:
            dialog.show_error(error_text(err))
            return
        self._signed_in(site)

    def _on_recovery_requested(self) -> None:
        parent = self.sign_in_dialog
        dialog = RecoveryKeyDialog(parent)
        dialog.submitted.connect(self._on_recovery_key_submitted)
        dialog.finished.connect(lambda *_: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()

    def _on_recovery_key_submitted(self, key: str) -> None:
        from lead_desktop.services import site as sites

        dialog = self.recovery_dialog
        if dialog is None:
            return
        try:
            with busy():
                site = sites.open_with_recovery_key(self.folder, key)
        except KnownError as err:
            dialog.show_error(error_text(err))
            return
        dialog.accept()
        self._signed_in(site)

    def _close_sign_in(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.rejected.disconnect(self._on_sign_in_rejected)
            dialog.accept()
            dialog.deleteLater()

    def _signed_in(self, site: SiteSession) -> None:
        server_settings.set_last_place(SERVER if site.is_server else LOCAL)
        self._close_sign_in()
        if site.actor.must_change_password:
            self._ask_new_password(site)
        else:
            self.show_main(site)

    # ----- a password set by an administrator must be replaced ----------------------------

    def _ask_new_password(self, site: SiteSession) -> None:
        self._pending_site = site
        dialog = ChangePasswordDialog(required=True)
        dialog.submitted.connect(self._on_new_password_submitted)
        dialog.finished.connect(self._on_password_dialog_finished)
        self.password_dialog = dialog
        dialog.show()

    def _on_new_password_submitted(self, current: str, new: str) -> None:
        from lead_desktop.gui.own_password import change_own_password

        dialog, site = self.password_dialog, self._pending_site
        if dialog is None or site is None:
            return
        change_own_password(site, dialog, current, new)

    def _on_password_dialog_finished(self, result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        site, self._pending_site = self._pending_site, None
        if dialog is not None:
            dialog.deleteLater()
        if site is None:
            return
        if result == QDialog.DialogCode.Accepted and not site.actor.must_change_password:
            self.show_main(site)
        else:
            site.close()
            self.show_sign_in()

    # ----- the main window -----------------------------------------------------------------

    def show_main(self, site: SiteSession) -> None:
        from lead_desktop.gui.main_window import MainWindow

        window = MainWindow(site, idle_ms=self.idle_ms)
        window.signed_out.connect(self._on_window_signed_out)
        window.quit_requested.connect(self._on_window_quit_requested)
        self.window = window
        window.fit_to_screen()
        window.show()
        log.info("main window shown")

    def _on_window_signed_out(self) -> None:
        window, self.window = self.window, None
        message = ""
        if window is not None:
            message = window.sign_in_message
            window.deleteLater()
        self.show_sign_in(message)

    def _on_window_quit_requested(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close whatever is open (the application is quitting)."""
        self.demo_runner.stop()
        if self.window is not None:
            self.window.close_now()  # no question now: typed input is kept as drafts
        site, self._pending_site = self._pending_site, None
        if site is not None:
            site.close()
        if self.wizard is not None:
            site = self.wizard.take_site()
            if site is not None:
                site.close()
