"""Working offline in the window: the status bar's count of changes waiting, File → Work offline and
Sync now, the minute's sync, and the one line a page shows when it needs the server.

A person signed in to a shared server on this laptop has a working copy (services.offline): while the
server answers, the window syncs every minute (sends what waits, brings the copy up to date); when a
sync finds the server gone, the window goes on offline on the copy by itself and tries to get back
every minute. Someone who chose File → Work offline stays offline until they untick it. A page whose
work only the server does (accounts, settings, governance for a case manager, imports, reports) gets
no site while offline, and the window shows the sentence `NeedsServer` has for it instead. A change
someone else made on the server meanwhile opens the usual conflict dialog; the change waits in the
queue until the person chooses. File → Changes waiting to be sent lists the queue (waiting_changes.py),
with the server's reason for a change it refused.

A part of `MainWindow` (a mixin: the window owns the widgets, timers and the site).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from lead_desktop.domain.errors import DeviceRevoked, KnownError, NeedsServer, ServerUnreachable
from lead_desktop.gui.conflict_dialog import resolve_conflict
from lead_desktop.gui.main_window.waiting_changes import WaitingChangesDialog
from lead_desktop.gui.pages import PAGES
from lead_desktop.gui.widgets.look import busy
from lead_desktop.gui.widgets.tasks import Outcome, TaskRunner
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services.offline import access, sync
from lead_desktop.services.offline.copy import synced_tables
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 60_000  # the "checked every minute"


class OfflinePart:
    """The offline label and actions, the sync timer, and which pages need the server."""

    def _setup_offline(self) -> None:
        self._chosen_offline = False  # File → Work offline: stay offline until the person unticks it
        self._syncing_stopped = False  # locking or closing
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offline_label")
        self.offline_label.setAccessibleName(self.tr("Working offline"))
        font = self.offline_label.font()
        font.setBold(True)
        self.offline_label.setFont(font)
        self.offline_label.hide()
        self.statusBar().addPermanentWidget(self.offline_label)
        self.needs_server_label = QLabel(self)
        self.needs_server_label.setObjectName("needs_server_label")
        self.needs_server_label.setWordWrap(True)
        self.needs_server_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.needs_server_label.setContentsMargins(12, 12, 12, 12)
        self.needs_server_label.hide()
        # The line takes the page's place: the page stack moves into a holder of its own (locking shows and
        # hides the stack itself), in a column with the line.
        self.ui.content_layout.removeWidget(self.ui.page_stack)
        column = QWidget(self.ui.content_widget)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.needs_server_label)
        self.pages_holder = QWidget(column)
        holder_layout = QVBoxLayout(self.pages_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.ui.page_stack)
        column_layout.addWidget(self.pages_holder, 1)
        column_layout.addStretch(0)
        self.ui.content_layout.addWidget(column, 1)

        self.action_work_offline = QAction(self.tr("Work o&ffline"), self)
        self.action_work_offline.setObjectName("action_work_offline")
        self.action_work_offline.setCheckable(True)
        self.action_work_offline.setStatusTip(self.tr(
            "Work on this laptop's copy without the server; your changes wait here and are sent when you "
            "untick this."))
        self.action_sync_now = QAction(self.tr("S&ync now"), self)
        self.action_sync_now.setObjectName("action_sync_now")
        self.action_sync_now.setStatusTip(self.tr("Send the changes waiting on this laptop and bring its copy "
                                                  "up to date"))
        self.action_waiting = QAction(self.tr("Changes &waiting to be sent…"), self)
        self.action_waiting.setObjectName("action_waiting_changes")
        self.action_waiting.triggered.connect(self._on_waiting_triggered)
        self.waiting_dialog: WaitingChangesDialog | None = None
        self.ui.menu_file.insertActions(self.ui.action_lock, [self.action_work_offline, self.action_sync_now,
                                                              self.action_waiting])
        self.ui.menu_file.insertSeparator(self.ui.action_lock)
        self.action_remove_copy = QAction(self.tr("Sign out and &remove this laptop's copy…"), self)
        self.action_remove_copy.setObjectName("action_remove_copy")
        self.ui.menu_file.insertAction(self.ui.action_quit, self.action_remove_copy)
        self.action_remove_copy.triggered.connect(self._on_remove_copy_triggered)
        self._remove_copy_on_close = False
        self.action_work_offline.toggled.connect(self._on_work_offline_toggled)
        self.action_sync_now.triggered.connect(self.sync_now)
        self.syncs = TaskRunner(self)  # one sync at a time, off the GUI thread
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self._on_sync_timer)

    # ----- state ---------------------------------------------------------------------------------------

    def _has_copy(self) -> bool:
        site = self._site
        return site is not None and site.is_server and site.copy is not None

    def _needs_server(self, index: int) -> str:
        """The one line the page at `index` shows instead of itself while offline ('' when it works)."""
        site = self._site
        if site is None or not site.offline:
            return ""
        try:
            site.require(PAGES[index].permission)
        except NeedsServer as refused:
            return error_text(refused)
        except KnownError:
            return ""
        return ""

    def _refresh_offline(self) -> None:
        """The status bar's line, the actions, and the current page's line."""
        has_copy = self._has_copy()
        for action in (self.action_work_offline, self.action_sync_now, self.action_waiting, self.action_remove_copy):
            action.setVisible(has_copy)
        site = self._site
        if not has_copy:
            self.offline_label.hide()
            self.needs_server_label.hide()
            return
        self.action_work_offline.blockSignals(True)
        self.action_work_offline.setChecked(self._chosen_offline)
        self.action_work_offline.blockSignals(False)
        waiting = site.copy.waiting()
        if site.offline:
            text = (self.tr("Offline — 1 change waiting to be sent") if waiting == 1
                    else self.tr("Offline — {count} changes waiting to be sent").format(count=waiting))
        else:
            text = (self.tr("1 change waiting to be sent") if waiting == 1
                    else self.tr("{count} changes waiting to be sent").format(count=waiting))
        self.offline_label.setText(text)
        self.offline_label.setVisible(site.offline or bool(waiting))
        self._show_needs_server_line()

    def _show_needs_server_line(self, *_args: object) -> None:
        line = self._needs_server(self.ui.page_stack.currentIndex()) if self._site is not None else ""
        self.needs_server_label.setText(line)
        self.needs_server_label.setVisible(bool(line))
        self.pages_holder.setVisible(not line)

    def _tell_sign_in_notices(self) -> None:
        site = self._site
        if site is not None and access.REVOKED_NOTICE in site.notices:
            site.notices.remove(access.REVOKED_NOTICE)
            self.statusBar().showMessage(self.tr(
                "An administrator revoked this laptop's copy of your work, so it was removed from this computer. "
                "You are working on the server."), 30_000)

    def _start_sync_timer(self) -> None:
        self._syncing_stopped = False
        if self._has_copy():
            self.sync_timer.start()

    def _stop_syncing(self) -> None:
        """Locking or closing: the minute's timer stops, a sync under way ends before the copy closes, and
        none starts meanwhile (the first fill's single shot may still be due while the window waits)."""
        self._syncing_stopped = True
        self.sync_timer.stop()
        self.syncs.stop()

    # ----- offline and back ------------------------------------------------------------------------------

    def _on_work_offline_toggled(self, checked: bool) -> None:
        site = self._site
        if not self._has_copy():
            return
        if checked:
            self._chosen_offline = True
            self.syncs.wait()
            if self._site is site and not site.offline:
                self._go_offline()
            self._refresh_offline()
            return
        self._chosen_offline = False
        self.syncs.wait()
        if self._site is not site:
            return
        try:
            with busy():
                report = sync.go_online(site)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Work offline"), error_text(err))
            self._after_sync_problem(err)
            self._refresh_offline()
            return
        self._switched()
        self._after_sync(report)

    def _go_offline(self) -> None:
        site = self._site
        try:
            sync.go_offline(site)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Work offline"), error_text(err))
            self._refresh_offline()
            return
        log.info("the window works offline")
        self._switched()

    def _switched(self) -> None:
        """Online ↔ offline: the pages get the session again (or none, where the server is needed)."""
        self._load_pages()
        self._refresh_offline()
        if not self._allowed(self.ui.page_stack.currentIndex()):
            self.go_to(self._first_allowed_index())

    # ----- syncing ---------------------------------------------------------------------------------------

    def _on_sync_timer(self) -> None:
        if not self._has_copy() or self._closing:
            return
        if self._site.offline and self._chosen_offline:
            self._refresh_offline()
            return
        self.sync_now(quiet=True)

    def sync_now(self, *_args: object, quiet: bool = False) -> None:
        """Send what waits and refresh the copy. Offline because the server was gone: back online if it
        answers. Offline by the person's choice: the queue is sent, and the window stays offline.

        `quiet` (the minute's timer, the first fill after signing in): on the sync thread, in the background,
        saying nothing unless something needs the person. Otherwise (the person chose Sync now) at once,
        with the wait cursor, after any background sync ends."""
        site = self._site
        if not self._has_copy() or self._syncing_stopped:
            return
        returning = site.offline and not self._chosen_offline
        if quiet:
            if not self.syncs.running:
                self.syncs.start(lambda _progress, _cancelled: _run_sync(site, returning),
                                 lambda outcome: self._synced(site, returning, True, outcome))
            return
        self.syncs.wait()
        if self._site is not site:
            return
        returning = site.offline and not self._chosen_offline
        # Conflicts left from before (an earlier sync, the command line) are compared again now.
        for change in sync.waiting_changes(site):
            if change.state == "conflict":
                sync.retry(site, change.id)
        with busy():
            outcome = self.syncs.run_and_wait(lambda _progress, _cancelled: _run_sync(site, returning))
        self._synced(site, returning, False, outcome)

    def _synced(self, site: SiteSession, returning: bool, quiet: bool, outcome: Outcome) -> None:
        """A sync's outcome, on the GUI thread."""
        if self._site is not site or self._closing:
            return  # locked or closed meanwhile: unlocking loads everything again
        err = outcome.error
        if outcome.bug is not None:
            self._refresh_offline()  # logged by the task runner; the next minute tries again
        elif isinstance(err, ServerUnreachable):
            if not site.offline:
                self._go_offline()
                self.statusBar().showMessage(self.tr(
                    "The server cannot be reached: you are working on this laptop's copy."), 15_000)
            elif not quiet:
                QMessageBox.warning(self, self.tr("Sync now"), error_text(err))
            self._refresh_offline()
        elif err is not None:
            if not quiet:
                QMessageBox.warning(self, self.tr("Sync now"), error_text(err))
            self._after_sync_problem(err, quiet=quiet)
            self._refresh_offline()
        else:
            if returning:
                self._switched()
                self.statusBar().showMessage(self.tr("The server answers again: back online."), 10_000)
            self._after_sync(outcome.result)

    def _after_sync(self, report: sync.SyncReport) -> None:
        self._refresh_offline()
        if report.sent or report.received:
            self.data_changed.emit({table.name for table in synced_tables()})
        for op_id, conflict in report.conflicts:
            self._ask_about_conflict(op_id, conflict)
        if report.refused:
            self.statusBar().showMessage(self.tr(
                "The server refused {count} of the changes made offline; they wait on this laptop with the "
                "reason.").format(count=report.refused), 15_000)

    def _after_sync_problem(self, err: KnownError, *, quiet: bool = False) -> None:
        """A revoked copy is gone: the window goes on with the server alone (or stops offline)."""
        if not isinstance(err, DeviceRevoked):
            return
        site = self._site
        if site is not None and site.copy is not None:
            access.remove_copy(site)
        if quiet:
            QMessageBox.warning(self, self.tr("Sync now"), error_text(err))
        self._switched()

    def _ask_about_conflict(self, op_id: str, conflict: KnownError) -> None:
        site = self._site

        def keep_mine(current_version: int) -> None:
            sync.keep_mine(site, op_id, current_version)
            self.sync_now()

        def use_theirs(_error: object) -> None:
            try:
                sync.use_theirs(site, op_id)
            except KnownError as err:
                QMessageBox.warning(self, self.tr("Sync now"), error_text(err))
            self.sync_now()  # the copy reads the server's version again

        resolve_conflict(self, conflict, keep_mine=keep_mine, use_theirs=use_theirs,
                         otherwise=lambda text: QMessageBox.warning(self, self.tr("Sync now"), text))

    def _on_waiting_triggered(self) -> None:
        if not self._has_copy():
            return
        dialog = WaitingChangesDialog(self._site, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_waiting_dialog_finished)
        self.waiting_dialog = dialog
        dialog.open()

    def _on_waiting_dialog_finished(self, *_args: object) -> None:
        self.waiting_dialog = None
        self._refresh_offline()

    # ----- signing out with the copy removed --------------------------------------------------------------

    def _on_remove_copy_triggered(self) -> None:
        site = self._site
        if not self._has_copy():
            return
        waiting = site.copy.waiting()
        question = self.tr(
            "Sign out and remove the copy of your work from this laptop? Your unsaved drafts on this laptop go "
            "with it. The next sign-in here while connected makes a new copy.")
        if waiting:
            question += "\n\n" + self.tr(
                "{count} change(s) made offline have not reached the server yet and would be lost. Choose "
                "Sync now first to send them.").format(count=waiting)
        answer = QMessageBox.question(self, self.tr("Remove this laptop's copy"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._remove_copy_on_close = True
        self.sign_out()

    def _remove_copy_if_asked(self) -> None:
        """On the way out: the copy goes when the person asked for it (File menu)."""
        site = self._site
        if self._remove_copy_on_close and site is not None and site.copy is not None:
            access.remove_copy(site)
            log.info("this laptop's copy was removed at sign-out")


def _run_sync(site: SiteSession, returning: bool) -> sync.SyncReport:
    """On the sync thread: back online (when the server had gone), or a plain sync."""
    return sync.go_online(site) if returning else sync.sync(site)
