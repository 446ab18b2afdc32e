"""The equity baselines table: the project manager enters, per period, a comparison population by race and
ethnicity (e.g. local arrests), which the program report's equity panel compares referrals and enrollments with.

One row per baseline: name, source, first and last day, and a count per group. Saving replaces the
site's list (services.reporting.save_baselines validates it). Read-only for roles that may not edit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.reports.program_data import Baseline
from lead_desktop.services import metrics, reporting
from lead_desktop.services.session import SiteSession

FIXED_COLUMNS = 4  # name, source, from, to


class BaselineEditor(QWidget):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baseline_editor")
        self._site: SiteSession | None = None
        self._editable = False
        intro = QLabel(self.tr(
            "Enter a comparison population for the equity panel — for example local arrests or bookings by race "
            "and ethnicity — one row per period. The program report uses the row that overlaps its period most. "
            "Dates as YYYY-MM-DD; counts as whole numbers."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, FIXED_COLUMNS + len(metrics.RACE_KEYS), self)
        self.table.setObjectName("baseline_table")
        self.table.setAccessibleName(self.tr("Equity baselines"))
        headers = [self.tr("Name"), self.tr("Source"), self.tr("First day"), self.tr("Last day")]
        headers += [QCoreApplication.translate("reports", metrics.RACE_LABELS[k])
                    if k in ("multiple", "unknown") else QCoreApplication.translate("vocab", metrics.RACE_LABELS[k])
                    for k in metrics.RACE_KEYS]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add baseli&ne"), self)
        self.add_button.setObjectName("add_baseline_button")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("remove_baseline_button")
        self.save_button = QPushButton(self.tr("&Save baselines"), self)
        self.save_button.setObjectName("save_baselines_button")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("baseline_message_label")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self.save)

    def set_site(self, site: SiteSession | None) -> None:
        self._site = site
        self.table.setRowCount(0)
        self.message_label.clear()
        self._editable = site is not None and reporting.can_edit_report_settings(site)
        for widget in (self.add_button, self.remove_button, self.save_button):
            widget.setVisible(self._editable)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if self._editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        if site is None:
            return
        try:
            for baseline in reporting.list_baselines(site):
                self._append(baseline)
        except KnownError as err:
            self.message_label.setText(error_text(err))
        self.table.resizeColumnsToContents()

    def _append(self, baseline: Baseline | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        counts = dict(baseline.counts) if baseline else {}
        values = [baseline.label if baseline else "", baseline.source if baseline else "",
                  baseline.start.isoformat() if baseline else "", baseline.end.isoformat() if baseline else ""]
        values += [str(counts.get(k, 0)) if baseline else "" for k in metrics.RACE_KEYS]
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col >= FIXED_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)

    def _on_add_button_clicked(self) -> None:
        self._append(None)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def baselines(self) -> list[Baseline]:
        """The table's rows as baselines; raises ValidationError naming the row with a problem."""
        out = []
        for row in range(self.table.rowCount()):
            try:
                start = date.fromisoformat(self._text(row, 2))
                end = date.fromisoformat(self._text(row, 3))
            except ValueError:
                raise ValidationError(self.tr("Row {row}: enter the first and last day as YYYY-MM-DD.")
                                      .replace("{row}", str(row + 1))) from None
            counts = []
            for offset, key in enumerate(metrics.RACE_KEYS):
                text = self._text(row, FIXED_COLUMNS + offset).replace(",", "") or "0"
                if not text.isdigit():
                    raise ValidationError(self.tr("Row {row}: counts are whole numbers of zero or more.")
                                          .replace("{row}", str(row + 1)))
                counts.append((key, int(text)))
            out.append(Baseline(self._text(row, 0), self._text(row, 1), start, end, tuple(counts)))
        return out

    def save(self) -> bool:
        if self._site is None:
            return False
        try:
            reporting.save_baselines(self._site, self.baselines())
        except KnownError as err:
            self.message_label.setText(error_text(err))
            return False
        self.message_label.setText(self.tr("Baselines saved."))
        self.saved.emit()
        return True
