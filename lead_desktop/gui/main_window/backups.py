"""The main window's backups: automatic ones (on closing, on signing out, daily), Back up site…, and restoring.

Automatic backups (services.backups) are taken when the window closes or the person signs out,
and once a day while it is open (a timer checks every hour whether the last one is older than
24 hours). They run on the window's task runner (gui.widgets.tasks), off the GUI thread; closing,
locking and restoring wait for a running one. A failed backup never stops the window from
closing: it is logged and noted, and the next session shows a warning in the status bar.

A restore over the site clears every page (nothing may read the database meanwhile), runs, and
returns to the sign-in dialog, which says what happened.

A part of `MainWindow` (a mixin: the window owns the widgets, timers and the site).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.look import set_message
from lead_desktop.gui.widgets.tasks import Outcome
from lead_desktop.gui.widgets.text import error_text, local_time_text
from lead_desktop.services import backups as backup_service
from lead_desktop.services import site as sites

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300  # a backup shorter than this shows no progress dialog


class BackupsPart:
    """Automatic and manual backups of the open site, and restoring one over it."""

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
        QTimer.singleShot(PROGRESS_DELAY_MS, self,
                          lambda: dialog.show() if self.backup_progress_dialog is dialog else None)
        try:
            return self.backups.run_and_wait(lambda _progress, _cancelled: work(), text)
        finally:
            self.backup_progress_dialog = None
            dialog.close()
            dialog.deleteLater()

    def _wait_for_backup(self) -> None:
        if not self.backups.running:
            return
        dialog = self._progress_dialog(self.tr("Finishing the backup…"))
        self.backup_progress_dialog = dialog
        QTimer.singleShot(PROGRESS_DELAY_MS, self,
                          lambda: dialog.show() if self.backup_progress_dialog is dialog else None)
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
        self.backups.start(
            lambda _progress, _cancelled: backup_service.automatic_backup(site, now=now, reason="daily"),
            self._on_daily_backup_done,
            self.tr("Backing up the site…"),
        )
        return True

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

    # ----- File ▸ Back up site… ------------------------------------------------------------

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
