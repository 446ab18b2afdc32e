"""The Backups tab: the backups found, checking one, restoring one over the site, backing up now.

Every job (back up, verify, restore) runs on the window's task runner, off the GUI
thread, with a busy progress dialog. Verify shows what the check found. Restore verifies
again, asks for a strong confirmation (a box to tick before the button works), and then
hands the file to the window (`restore_confirmed`), which clears every page, runs the
restore and returns to the sign-in dialog: only the window can end the session.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHeaderView, QMessageBox, QProgressDialog, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.look import set_message
from lead_desktop.gui.widgets import tables
from lead_desktop.gui.widgets.tables import RIGHT, SORT_ROLE, RowsModel
from lead_desktop.gui.widgets.tasks import Outcome, TaskRunner
from lead_desktop.gui.widgets.text import error_text, local_time_text
from lead_desktop.services import backups as backup_service
from lead_desktop.services.backups import BackupCheck, BackupEntry
from lead_desktop.services.session import SiteSession

PROGRESS_DELAY_MS = 300


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsModel(RowsModel):
    class Column(IntEnum):
        CREATED = 0
        KIND = 1
        SITE = 2
        SIZE = 3
        FILE = 4
        FOLDER = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent, row_id=lambda e: str(e.path))
        path = lambda entry: str(entry.path)  # noqa: E731
        self.columns = [
            tables.Column(self.tr("Made"), lambda e: local_time_text(e.created_at) if e.created_at else self.tr("unknown"),
                   sort=lambda e: e.created_at),
            tables.Column(self.tr("Kind"), self._kind),
            tables.Column(self.tr("Site"), self._site),
            tables.Column(self.tr("Size"), lambda e: size_text(e.size), sort=lambda e: e.size, align=RIGHT),
            tables.Column(self.tr("File"), lambda e: e.path.name, tooltip=path),
            tables.Column(self.tr("Folder"), lambda e: str(e.path.parent), tooltip=path),
        ]

    def entry_at(self, row: int) -> BackupEntry:
        return self.row_at(row)

    def _kind(self, entry: BackupEntry) -> str:
        if entry.automatic:
            return self.tr("Automatic")
        if entry.path.name.startswith("before-upgrade-"):
            return self.tr("Before an upgrade")
        if entry.path.name.startswith("before-restore-"):
            return self.tr("Before a restore")
        return self.tr("Saved by hand")

    def _site(self, entry: BackupEntry) -> str:
        if not entry.readable:
            return self.tr("Unreadable")
        return self.tr("This site") if entry.same_site else self.tr("Another site")


class BackupsPanel(QObject):
    """Drives the Backups tab of the Administration page (its widgets come from the page's form)."""

    restore_confirmed = Signal(str)  # a verified backup the person chose to restore over the site
    backed_up = Signal()  # the audit log has a new entry

    def __init__(self, ui, page: QWidget) -> None:  # noqa: ANN001 - the page's Ui_AdministrationPage
        super().__init__(page)
        self.ui = ui
        self.page = page
        self._site: SiteSession | None = None
        self.runner: TaskRunner | None = None
        self.progress: QProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.last_check: BackupCheck | None = None

        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = ui.backups_view
        view.setModel(self.proxy)
        view.sortByColumn(BackupsModel.Column.CREATED, Qt.SortOrder.DescendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.back_up_now_button.clicked.connect(self._on_back_up_now_button_clicked)
        ui.verify_backup_button.clicked.connect(self._on_verify_backup_button_clicked)
        ui.restore_backup_button.clicked.connect(self._on_restore_backup_button_clicked)
        ui.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        ui.reload_backups_button.clicked.connect(self.reload)
        self._update_buttons()

    # ----- state ------------------------------------------------------------------------------

    def set_runner(self, runner: TaskRunner) -> None:
        self.runner = runner
        runner.finished.connect(self._update_buttons)

    def _runner(self) -> TaskRunner:
        if self.runner is None:  # a page used on its own (tests); the window normally shares its runner
            self.set_runner(TaskRunner(self))
        return self.runner  # type: ignore[return-value]

    def set_site(self, site: SiteSession | None) -> None:
        self._site = site
        if site is None:
            self.clear()
        else:
            self.reload()

    def allowed(self) -> bool:
        site = self._site
        return site is not None and site.can(Permission.MANAGE_ACCOUNTS) and site.can(Permission.CHANGE_SETTINGS)

    def clear(self) -> None:
        box, self.confirm_box = self.confirm_box, None  # taken first: rejecting it may lead back here
        if box is not None:
            box.reject()
        self._close_progress()
        self.model.set_rows([])
        self.last_check = None
        self.ui.backups_status_label.setText("")
        set_message(self.ui.backups_message_label, "")
        self._update_buttons()

    def reload(self, *_args: object) -> None:
        site = self._site
        if site is None or not self.allowed():
            self.model.set_rows([])
            self._update_buttons()
            return
        try:
            status = backup_service.status(site)
            rows = backup_service.list_backups(site)
        except KnownError as err:
            set_message(self.ui.backups_message_label, error_text(err))
            return
        chosen = self.selected()
        self.model.set_rows(rows)
        self.ui.backups_view.resizeColumnsToContents()
        if chosen is not None:
            self.select_path(chosen.path)
        if self.selected() is None and rows:  # keyboard users land on the newest backup
            self.ui.backups_view.selectRow(0)
        self.ui.backups_status_label.setText(self.status_text(status))
        self._update_buttons()

    def status_text(self, status: backup_service.BackupStatus) -> str:
        if status.default_folder:
            where = self.tr("Automatic backups go to the backups folder beside the site ({folder}).")
        else:
            where = self.tr("Automatic backups go to {folder}.")
        parts = [
            where.format(folder=status.folder),
            self.tr("The newest {count} are kept.").format(count=status.keep),
        ]
        if status.last_backup_at is None:
            parts.append(self.tr("No automatic backup has been made yet."))
        else:
            parts.append(self.tr("Last automatic backup: {time}.").format(time=local_time_text(status.last_backup_at)))
        if status.last_failure_at is not None:
            parts.append(
                self.tr("The last attempt, {time}, failed: check the backup folder.").format(
                    time=local_time_text(status.last_failure_at)
                )
            )
        return " ".join(parts)

    def selected(self) -> BackupEntry | None:
        rows = self.ui.backups_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry_at(self.proxy.mapToSource(rows[0]).row())

    def select_path(self, path: Path) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry_at(row).path == path:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.ui.backups_view.selectRow(index.row())
                return

    def _update_buttons(self, *_args: object) -> None:
        idle = self._site is not None and self.allowed() and not (self.runner is not None and self.runner.running)
        chosen = self.selected() is not None
        self.ui.back_up_now_button.setEnabled(idle)
        self.ui.verify_backup_button.setEnabled(idle and chosen)
        self.ui.restore_backup_button.setEnabled(idle and chosen)
        self.ui.restore_file_button.setEnabled(idle)
        self.ui.reload_backups_button.setEnabled(self._site is not None)

    # ----- running a job ------------------------------------------------------------------------

    def _run(self, label: str, work: Callable[[], object], on_done: Callable[[Outcome], None]) -> None:
        set_message(self.ui.backups_message_label, "")
        runner = self._runner()
        if runner.running:
            set_message(self.ui.backups_message_label, self.tr("A backup is being made; try again in a moment."))
            return
        progress = QProgressDialog(label, "", 0, 0, self.page)
        progress.setWindowTitle(self.tr("Backups"))
        progress.setCancelButton(None)  # a backup or restore cannot stop half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.reset()  # QProgressDialog shows itself on a timer; the delay below decides instead
        self.progress = progress

        def finish(outcome: Outcome) -> None:
            self._close_progress()
            self._update_buttons()
            on_done(outcome)

        runner.start(lambda _progress, _cancelled: work(), finish, label)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)
        self._update_buttons()

    def _show_progress(self) -> None:
        if self.progress is not None and self.runner is not None and self.runner.running:
            self.progress.show()

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()

    def _show_failure(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            set_message(self.ui.backups_message_label, error_text(outcome.error))
        else:
            set_message(self.ui.backups_message_label, self.tr("That did not work because of a fault in LEAD Desktop."))
            outcome.raise_bug()

    # ----- back up now ---------------------------------------------------------------------------

    def _on_back_up_now_button_clicked(self) -> None:
        site = self._site
        if site is None:
            return
        self._run(
            self.tr("Backing up the site…"),
            lambda: backup_service.automatic_backup(site, reason="by_hand"),
            self._on_backed_up,
        )

    def _on_backed_up(self, outcome: Outcome) -> None:
        if not outcome.ok:
            self.reload()
            self._show_failure(outcome)
            return
        path = Path(str(outcome.result))
        self.reload()
        self.select_path(path)
        set_message(self.ui.backups_message_label, self.tr("Backup saved as {name}.").format(name=path.name))
        self.backed_up.emit()

    # ----- verify ----------------------------------------------------------------------------------

    def _verify(self, path: Path, then: Callable[[BackupCheck], None]) -> None:
        site = self._site
        if site is None:
            return

        def done(outcome: Outcome) -> None:
            if not outcome.ok:
                self.last_check = None
                self._show_failure(outcome)
                return
            self.last_check = outcome.result  # type: ignore[assignment]
            then(outcome.result)  # type: ignore[arg-type]

        self._run(self.tr("Checking the backup…"), lambda: backup_service.verify_backup(site, path), done)

    def check_text(self, check: BackupCheck) -> str:
        made = local_time_text(check.created_at) if check.created_at else self.tr("an unknown time")
        return self.tr(
            "The backup made {time} is sound: its checksums match, it opens with this site's key, its pages "
            "and structure pass SQLCipher's checks, and its audit log of {entries} entries is unbroken. "
            "It holds {accounts} staff accounts."
        ).format(time=made, entries=check.audit_entries, accounts=check.accounts)

    def _on_verify_backup_button_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._verify(entry.path, lambda check: set_message(self.ui.backups_message_label, self.check_text(check)))

    # ----- restore ----------------------------------------------------------------------------------

    def _on_restore_backup_button_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.start_restore(entry.path)

    def _on_restore_file_button_clicked(self) -> None:
        site = self._site
        if site is None:
            return
        start = str(backup_service.backup_folder(site))
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Restore from a backup file"),
            start,
            self.tr("LEAD Desktop backups (*.leadbackup);;All files (*)"),
        )
        if path:
            self.start_restore(Path(path))

    def start_restore(self, path: Path) -> None:
        """Verify `path`; when sound, ask for a strong confirmation, then hand it to the window."""
        self._verify(Path(path), lambda check: self._confirm_restore(Path(path), check))

    def _confirm_restore(self, path: Path, check: BackupCheck) -> None:
        made = local_time_text(check.created_at) if check.created_at else self.tr("an unknown time")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore the site from a backup"),
            self.tr(
                "Replace everything in this site with the backup made {time}?\n\n"
                "Everything entered since then — records, accounts, password changes, settings — is replaced. "
                "A copy of the site as it is now is saved first, in the backups folder beside the site.\n\n"
                "Everyone signs in again afterwards, with the passwords that were in use when the backup was made."
            ).format(time=made),
            QMessageBox.StandardButton.NoButton,
            self.page,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(self.check_text(check))
        understood = QCheckBox(self.tr("I understand that the changes made since {time} will be replaced.").format(time=made))
        box.setCheckBox(understood)
        restore = box.addButton(self.tr("&Restore and sign out"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        restore.setEnabled(False)
        understood.toggled.connect(restore.setEnabled)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def finished(*_args: object) -> None:
            if box.clickedButton() is restore and understood.isChecked() and self.confirm_box is box:
                self.confirm_box = None  # answered: clearing the page on the way must not answer it again
                self.restore_confirmed.emit(str(path))

        box.finished.connect(finished)
        box.destroyed.connect(lambda *_: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
