"""The HMIS import dialog: choose an HMIS CSV export (a folder or a .zip) and one of its projects, check
every client, then import them as participants (or update the ones already linked).

The same steps and rules as the spreadsheet import dialog, without a column mapping (the HMIS CSV
specification fixes the columns): everything that reads the export or the database runs on the
task runner with progress and Cancel (import_running, shared with that dialog); the import is all or nothing; a dry run changes nothing;
possible matches with people on file are imported only when ticked after review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.common import preview_table
from lead_desktop.gui.exchange.import_running import ImportRunPart
from lead_desktop.gui.exchange.models import PreviewColumn, PreviewModel, StatusFilter, status_text
from lead_desktop.gui.widgets.look import DANGER, OK, mute, resize_within_screen
from lead_desktop.gui.widgets.text import format_count
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession


class HmisImportDialog(ImportRunPart, QDialog):
    """Import one project's clients from an HMIS CSV export (FY2026 or FY2024)."""

    imported = Signal(object)  # services.exchange.HmisImportResult, after a committed import

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hmis_import_dialog")
        self.setWindowTitle(self.tr("Import from an HMIS"))
        self.setSizeGripEnabled(True)
        self._site = site
        self.path: Path | None = None
        self.preview: ex.HmisPreview | None = None
        self.last_result: ex.HmisImportResult | None = None

        # ----- the export and the project
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(self.tr("The folder or .zip of an HMIS CSV export"))
        self.path_edit.setAccessibleName(self.tr("HMIS CSV export to import"))
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.zip_button = QPushButton(self.tr("Choose .&zip…"), self)
        self.zip_button.setObjectName("zip_button")
        self.zip_button.clicked.connect(self._on_zip_button_clicked)
        self.folder_button = QPushButton(self.tr("Choose &folder…"), self)
        self.folder_button.setObjectName("folder_button")
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.project_combo = QComboBox(self)
        self.project_combo.setObjectName("project_combo")
        self.project_combo.setAccessibleName(self.tr("Project to import"))
        self.project_combo.activated.connect(self._on_project_combo_activated)
        self.file_label = QLabel(self.tr("Choose the export. Its clients, enrollments and exits of one project become "
                                         "participants; people already linked to the HMIS are updated."), self)
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)
        source_box = QGroupBox(self.tr("1. The HMIS export"), self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.zip_button)
        row.addWidget(self.folder_button)
        project_row = QHBoxLayout()
        project_label = QLabel(self.tr("&Project:"), source_box)
        project_label.setBuddy(self.project_combo)
        project_row.addWidget(project_label)
        project_row.addWidget(self.project_combo, 1)
        source_layout = QVBoxLayout(source_box)
        source_layout.addLayout(row)
        source_layout.addLayout(project_row)
        source_layout.addWidget(self.file_label)

        # ----- the check
        self.preview_model = PreviewModel(self)
        self.preview_model.reviewed_changed.connect(self._update_summary)
        self.preview_filter = StatusFilter(self)
        self.preview_filter.setSourceModel(self.preview_model)
        self.preview_view = preview_table(self.preview_filter, self,
                                          self.tr("Clients of the project and what the check found"))
        self.check_button = QPushButton(self.tr("Chec&k clients"), self)
        self.check_button.setObjectName("check_button")
        self.check_button.setToolTip(self.tr("Check every client without importing anything"))
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        check_box = QGroupBox(self.tr("2. Check"), self)
        check_top = QHBoxLayout()
        check_top.addWidget(self.check_button)
        check_top.addWidget(self.summary_label, 1)
        check_layout = QVBoxLayout(check_box)
        check_layout.addLayout(check_top)
        check_layout.addWidget(self.preview_view, 1)
        rules = mute(QLabel(self.tr(
            "All or nothing: the import goes in only when every client can. Importing the same export again adds "
            "nothing. A blank or “data not collected” in the HMIS never replaces what LEAD Desktop knows."), self))
        rules.setWordWrap(True)
        check_layout.addWidget(rules)

        buttons = self._build_run_row()  # progress, status line, Dry run, Import, Cancel, Close

        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(check_box, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._update_buttons()
        if not site.can(Permission.EDIT_PARTICIPANTS):
            self._say(self.tr("Your role does not allow importing records."), DANGER)
        resize_within_screen(self, 1000, 680)  # its buttons stay on a small laptop's screen

    # ----- helpers -------------------------------------------------------------------------------

    @property
    def project_id(self) -> str | None:
        data = self.project_combo.currentData()
        return str(data) if data else None

    def _update_buttons(self) -> None:
        busy = self.runner.running
        ready = self.project_id is not None and not busy and self._site.can(Permission.EDIT_PARTICIPANTS)
        for widget in (self.check_button, self.dry_run_button, self.import_button):
            widget.setEnabled(ready)
        for widget in (self.path_edit, self.zip_button, self.folder_button, self.project_combo):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)

    # ----- the export ----------------------------------------------------------------------------

    def load_export(self, path: str | Path) -> None:
        """Read the export's projects on the worker; the one with most enrollments is chosen."""
        if self.runner.running:
            return
        path = Path(path).expanduser()
        self.path_edit.setText(str(path))
        site = self._site
        self._start(lambda progress, cancelled: ex.hmis_projects(site, path), lambda found: self._projects_read(path, found),
                    self.tr("Reading {file}…").format(file=path.name))

    def _projects_read(self, path: Path, found: tuple[str, list]) -> None:
        version, projects = found
        self.path = path
        self.preview = None
        self.preview_model.load(None)
        self.summary_label.clear()
        self.project_combo.clear()
        for project in sorted(projects, key=lambda p: -p.enrollments):
            label = f"{project.name} ({project.id})" if project.name else project.id
            self.project_combo.addItem(self.tr("{project}: {count} enrollments").format(
                project=label, count=format_count(project.enrollments)), project.id)
        self.file_label.setText(self.tr("HMIS CSV FY{version}; projects with enrollments: {count}.").format(
            version=version, count=format_count(len(projects))))
        if projects:
            self._say(self.tr("Choose the project, then check its clients."))
        else:
            self._say(self.tr("The export has no enrollments to import."), DANGER)
        self._update_buttons()

    def _on_path_edit_return_pressed(self) -> None:
        if self.path_edit.text().strip():
            self.load_export(self.path_edit.text().strip())

    def _on_zip_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the HMIS CSV export (.zip)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Zip files (*.zip)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_export)
        dialog.open()

    def _on_folder_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the folder of the HMIS CSV export"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_export)
        dialog.open()

    def _on_project_combo_activated(self, _index: int) -> None:
        self.preview = None
        self.preview_model.load(None)
        self.summary_label.clear()
        self._update_buttons()

    # ----- check, dry run, import ------------------------------------------------------------------

    def _update_summary(self) -> None:
        if self.preview is None:
            return
        report = self.preview.report
        counts = report.counts
        parts = [self.tr("{count} clients").format(count=format_count(len(report.rows)))]
        parts += [f"{status_text(s)}: {format_count(counts[s])}" for s in ex.STATUSES if counts[s]]
        reviewed = len(self.preview_model.reviewed)
        if reviewed:
            parts.append(self.tr("{count} reviewed and ticked to import anyway").format(count=reviewed))
        self.summary_label.setText(" · ".join(parts))

    def _show(self, preview: ex.HmisPreview) -> None:
        same = self.preview is not None and self.preview.table.rows == preview.table.rows
        table = self.preview.table if same else preview.table  # the same table keeps the ticks of reviewed rows
        self.preview = ex.HmisPreview(preview.version, preview.project, table, preview.report)
        self.preview_model.load(table, preview.report)
        self.preview_view.resizeColumnToContents(PreviewColumn.STATUS)
        self.preview_view.setColumnWidth(PreviewColumn.REASONS, 360)
        if len(preview.report.rows) <= 2000:
            self.preview_view.resizeRowsToContents()
        self._update_summary()

    def check(self) -> None:
        if self.path is None or self.project_id is None or self.runner.running:
            return
        site, path, project, reviewed = self._site, self.path, self.project_id, self.preview_model.reviewed
        self._start(lambda progress, cancelled: ex.preview_hmis(site, path, project_id=project, reviewed=reviewed,
                                                                progress=progress, cancelled=cancelled),
                    self._checked, self.tr("Checking the clients…"))

    def _checked(self, preview: ex.HmisPreview) -> None:
        self._show(preview)
        if preview.report.invalid:
            self._say(self.tr("{count} clients have problems; nothing can be imported until they are corrected in "
                              "the HMIS.").format(count=format_count(preview.report.invalid)), DANGER)
        else:
            self._say(self.tr("Every client can be imported."), OK)

    def _on_check_button_clicked(self) -> None:
        self.check()

    def start_import(self, *, dry_run: bool = False) -> None:
        if self.path is None or self.project_id is None or self.runner.running:
            return
        site, path, project, reviewed = self._site, self.path, self.project_id, self.preview_model.reviewed

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            return ex.import_hmis(site, path, project_id=project, reviewed=reviewed, dry_run=dry_run,
                                  progress=progress, cancelled=cancelled)

        self._start(work, self._imported, self.tr("Trying the import…") if dry_run else self.tr("Importing…"))

    def _imported(self, result: ex.HmisImportResult) -> None:
        self.last_result = result
        self._show(result.preview)
        report = result.report
        if report.invalid:
            self._say(self.tr("Nothing was imported: {count} clients have problems.").format(
                count=format_count(report.invalid)), DANGER)
            return
        if result.dry_run:
            self._say(self.tr("Dry run: {created} participants would be created and {updated} updated. Nothing was "
                              "changed.").format(created=format_count(result.created),
                                                 updated=format_count(result.updated)), OK)
            return
        self._say(self.tr("Imported {created} new participants and updated {updated}.").format(
            created=format_count(result.created), updated=format_count(result.updated)), OK)
        self.imported.emit(result)
