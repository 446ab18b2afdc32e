"""What both import dialogs (a spreadsheet, an HMIS export) share: the task runner with its progress bar,
the status line, and the Dry run, Import, Cancel and Close buttons, with Esc canceling a running job.

A part of `ImportDialog` and `HmisImportDialog` (a mixin, like import_mapping: the dialog owns the
widgets and the site and provides `start_import(dry_run=…)` and `_update_buttons()`). Cancel during
an import rolls the whole transaction back, so nothing is ever half-imported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton

from lead_desktop.gui.exchange.common import RunningImportPart, failure_text
from lead_desktop.gui.widgets.look import paint_label
from lead_desktop.gui.widgets.tasks import TaskRunner


class ImportRunPart(RunningImportPart):
    """Builds the runner and the bottom row; starts jobs and says how they ended (Esc, Cancel and closing
    as every import dialog answers them: common.RunningImportPart)."""

    def _build_run_row(self) -> QHBoxLayout:
        self._on_done = None
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dry_run_button = QPushButton(self.tr("D&ry run"), self)
        self.dry_run_button.setObjectName("dry_run_button")
        self.dry_run_button.setToolTip(self.tr("Import everything, then undo it: shows what would happen"))
        self.dry_run_button.clicked.connect(self._on_dry_run_button_clicked)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(self.tr("Stop: an import stopped half-way leaves nothing imported (Esc)"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _say(self, text: str, tone: str | None = None) -> None:
        self.status_label.setText(text)
        paint_label(self.status_label, tone)

    def _start(self, work, done, label: str) -> None:  # noqa: ANN001 - callables
        self._on_done = done
        self.progress_bar.setRange(0, 0)
        self._say(label)
        self.runner.start(work)
        self._update_buttons()

    def _on_runner_succeeded(self, result: object) -> None:
        done, self._on_done = self._on_done, None
        if done is not None:
            done(result)

    def _on_runner_failed(self, error: object) -> None:
        self._on_done = None
        self._say(*failure_text(error))

    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_runner_finished(self) -> None:
        self._update_buttons()

    def _on_dry_run_button_clicked(self) -> None:
        self.start_import(dry_run=True)

    def _on_import_button_clicked(self) -> None:
        self.start_import()
