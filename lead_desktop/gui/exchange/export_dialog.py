"""The export dialog: a list (CSV or Excel), the de-identified analysis file, or the HMIS CSV files.

The export runs on a worker with progress and Cancel; a canceled or failed export leaves no
file behind (services.exchange writes beside the target and moves the file into place). The
export key for the de-identified file is typed twice and never stored. The HMIS export's own
questions (the project's HMIS details, consent) are in hmis_export_part.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.hmis_export_part import HmisExportPart
from lead_desktop.gui.widgets.look import DANGER, OK, WARNING, available_area, paint_label
from lead_desktop.gui.widgets.tasks import TaskRunner
from lead_desktop.gui.widgets.text import error_text, format_count
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession

LISTS = (X.PARTICIPANTS, X.CONTACTS, X.REFERRALS)
DEIDENTIFIED, HMIS = "deidentified", "hmis"


class ExportDialog(QDialog):
    exported = Signal(object)  # services.exchange.ExportResult

    def __init__(self, site: SiteSession, parent: QWidget | None = None, *, kind: str = X.PARTICIPANTS) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.resize(640, 420)
        self._site = site
        self.last_result: ex.ExportResult | None = None
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._update)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        for code in ex.EXPORT_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("vocab", ex.EXPORT_KIND_LABELS[code]), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("format_combo")
        self.format_combo.addItem(self.tr("CSV (.csv)"), "csv")
        self.format_combo.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_current_index_changed)
        self.labels_check = QCheckBox(self.tr("Headers and answers in words (untick for field names and codes)"),
                                      self)
        self.labels_check.setObjectName("labels_check")
        self.labels_check.setChecked(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("key_edit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("Export key"))
        self.key_again_edit = QLineEdit(self)
        self.key_again_edit.setObjectName("key_again_edit")
        self.key_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_again_edit.setAccessibleName(self.tr("Export key again"))
        self.key_help = QLabel(self.tr(
            "The same key gives every participant the same pseudonym in every export, so an evaluator can link "
            "this year's file to last year's. Keep it with the project's records; it is not stored here."), self)
        self.key_help.setWordWrap(True)
        self.hmis_part = HmisExportPart(site, self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setAccessibleName(self.tr("Where to save"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.setObjectName("browse_button")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow("", self.labels_check)
        form.addRow(self.tr("Export &key:"), self.key_edit)
        form.addRow(self.tr("Key a&gain:"), self.key_again_edit)
        form.addRow("", self.key_help)
        form.addRow(self.hmis_part)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        save_label = QLabel(self.tr("&Save to:"), self)
        save_label.setBuddy(self.path_edit)  # a row of a layout gets no buddy by itself, and shows the "&"
        form.addRow(save_label, where)
        self._form = form

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._on_kind_combo_current_index_changed()
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        if not site.can(Permission.VIEW_PARTICIPANTS):
            self._say(self.tr("Your role does not allow exporting participant records."), DANGER)
        self._update()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _say(self, text: str, tone: str | None = None) -> None:
        self.status_label.setText(text)
        paint_label(self.status_label, tone)

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        self._form.setRowVisible(widget, visible)

    def _update(self) -> None:
        busy = self.runner.running
        allowed = self._site.can(Permission.VIEW_PARTICIPANTS)
        self.export_button.setEnabled(allowed and not busy and bool(self.path_edit.text().strip()))
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)
        for widget in (self.kind_combo, self.format_combo, self.labels_check, self.key_edit, self.key_again_edit,
                       self.path_edit, self.browse_button):
            widget.setEnabled(not busy)
        self.hmis_part.set_busy(busy)

    def _on_kind_combo_current_index_changed(self, _index: int = 0) -> None:
        kind = self.kind
        self._show_row(self.format_combo, kind != HMIS)
        self._show_row(self.labels_check, kind in LISTS)
        for widget in (self.key_edit, self.key_again_edit, self.key_help):
            self._show_row(widget, kind == DEIDENTIFIED)
        self._show_row(self.hmis_part, kind == HMIS)
        if kind == HMIS and self._site.can(Permission.EDIT_PARTICIPANTS):
            self.hmis_part.load()
            self._fit(980)
        self._suggest_path()

    def _fit(self, width: int) -> None:
        """Room for the HMIS details, and every button still on the screen."""
        self.resize(max(self.width(), width), max(self.height(), self.sizeHint().height()))
        screen = available_area(self)
        frame = self.frameGeometry()
        if frame.bottom() > screen.bottom() or frame.right() > screen.right():
            self.move(max(screen.left(), min(frame.left(), screen.right() - frame.width())),
                      max(screen.top(), screen.bottom() - frame.height()))

    def _on_format_combo_current_index_changed(self, _index: int) -> None:
        self._suggest_path()

    def _suggest_path(self) -> None:
        """A file name for the choice, in the folder already chosen (or the home folder)."""
        current = Path(self.path_edit.text().strip()) if self.path_edit.text().strip() else Path.home() / "x"
        if self.kind == HMIS:
            name = "hmis-export.zip"
        else:
            stem = {DEIDENTIFIED: "deidentified"}.get(self.kind, self.kind)
            name = f"{stem}.{self.format_combo.currentData()}"
        self.path_edit.setText(str(current.parent / name))
        self._update()

    def _on_path_edit_text_changed(self, _text: str) -> None:
        self._update()

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the export as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(self.path_edit.text())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_file_selected)
        dialog.open()

    def _on_file_selected(self, path: str) -> None:
        self.path_edit.setText(path)
        self._update()

    def start_export(self) -> None:
        if self.runner.running:
            return
        target = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            self._say(self.tr("Choose where to save the export."), DANGER)
            return
        kind, site = self.kind, self._site
        fmt = None if kind == HMIS else str(self.format_combo.currentData())
        if fmt == "xlsx" and target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        elif fmt == "csv" and target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        if kind == DEIDENTIFIED:
            key = self.key_edit.text()
            if key != self.key_again_edit.text():
                self._say(self.tr("The two export keys are not the same."), DANGER)
                return
            try:
                X.check_export_key(key)
            except KnownError as err:
                self._say(error_text(err), DANGER)
                return

            def work(progress, cancelled):  # noqa: ANN001, ANN202
                return ex.export_deidentified(site, target, key, fmt=fmt, progress=progress, cancelled=cancelled)
        elif kind == HMIS:
            details, reason = self.hmis_part.details(), self.hmis_part.reason()
            if reason is not None and not reason:
                self._say(self.tr("Say why participants without an HMIS consent are exported, or untick the box."),
                          DANGER)
                return

            def work(progress, cancelled):  # noqa: ANN001, ANN202
                return ex.export_hmis(site, target, details=details, without_consent_reason=reason,
                                      progress=progress, cancelled=cancelled)
        else:
            labels = self.labels_check.isChecked()

            def work(progress, cancelled):  # noqa: ANN001, ANN202
                return ex.export_list(site, kind, target, fmt=fmt, labels=labels, progress=progress,
                                      cancelled=cancelled)

        self.progress_bar.setRange(0, 0)
        self._say(self.tr("Exporting…"))
        self.runner.start(work)
        self._update()

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_runner_succeeded(self, result: object) -> None:
        assert isinstance(result, ex.ExportResult)
        self.last_result = result
        self.key_edit.clear()
        self.key_again_edit.clear()
        if result.files:
            text = self.tr("Wrote {files} to {path}.").format(
                files=", ".join(self.tr("{name} ({rows} rows)").format(name=n, rows=format_count(r))
                                for n, r in result.files), path=str(result.path))
        else:
            text = self.tr("Wrote {rows} rows to {path}.").format(rows=format_count(result.rows),
                                                                  path=str(result.path))
        if isinstance(result, ex.HmisExportResult):
            text += " " + self._hmis_text(result)
            self.hmis_part.exported()
        self._say(text + " " + self.tr("Keep it as safe as the records themselves."),
                  WARNING if isinstance(result, ex.HmisExportResult) and result.missing_subsidy else OK)
        self.exported.emit(result)

    def _hmis_text(self, result: ex.HmisExportResult) -> str:
        parts = [self.tr("{count} participants exported, each in their disclosure log.").format(
            count=format_count(result.included))]
        if result.left_out:
            parts.append(self.tr("{count} left out: no consent in force names the HMIS.").format(
                count=format_count(result.left_out)))
        if result.sud_withheld:
            parts.append(self.tr("Substance use information held back for {count} (no Part 2 consent names the "
                                 "HMIS).").format(count=format_count(result.sud_withheld)))
        if result.missing_subsidy:
            parts.append(self.tr("{count} answers of rental with ongoing subsidy have no subsidy type: add it to the "
                                 "exit or the housing history.").format(count=format_count(result.missing_subsidy)))
        return " ".join(parts)

    def _on_runner_failed(self, error: object) -> None:
        if isinstance(error, ex.ExportCancelled):
            self._say(error_text(error))
        elif isinstance(error, KnownError):
            self._say(error_text(error), DANGER)
            if isinstance(error, FormInvalid) and self.kind == HMIS:
                self.hmis_part.show_problems(error)
                self._fit(980)  # the problems under the fields need their lines
        else:
            self._say(self.tr("Something went wrong; it has been written to the log. No file was written."), DANGER)

    def _on_cancel_button_clicked(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self._say(self.tr("Canceling…"))

    def done(self, result: int) -> None:
        self.runner.stop()
        self.key_edit.clear()
        self.key_again_edit.clear()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        self.runner.stop()
        super().closeEvent(event)
