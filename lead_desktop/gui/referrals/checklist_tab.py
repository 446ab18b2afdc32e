"""The Screening checklist tab of the Referrals page: every version and its criteria; editing adds a version.

A part of `ReferralsPage` (a mixin: the page owns the widgets and the site).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.referrals.checklist import ChecklistDialog
from lead_desktop.gui.referrals.models import ChecklistVersionModel, CriteriaModel
from lead_desktop.gui.widgets.dialogs import open_dialog
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.views import make_table
from lead_desktop.services import referrals as svc


class ChecklistPart:
    """Builds and fills the checklist tab; opens the checklist editor for those who may change it."""

    def _build_checklist(self) -> QWidget:
        tab = QWidget(self)
        self.version_model = ChecklistVersionModel(self)
        self.version_view = make_table(self.version_model, tab, "versions_table", self.tr("Checklist versions"))
        self.version_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_model = CriteriaModel(self)
        self.criteria_view = make_table(self.criteria_model, tab, "criteria_table",
                                        self.tr("Criteria of the selected version"))
        self.criteria_view.setWordWrap(True)
        cheader = self.criteria_view.horizontalHeader()
        cheader.setStretchLastSection(False)
        cheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.edit_checklist_button = QPushButton(self.tr("&Edit checklist…"), tab)
        self.edit_checklist_button.setObjectName("edit_checklist_button")
        self.edit_checklist_button.clicked.connect(self.edit_checklist)
        self.edit_checklist_button.setVisible(self.can_edit_checklist)
        note = mute(QLabel(
            self.tr("Editing saves a new version; each referral keeps the version it was screened under.")
            if self.can_edit_checklist else
            self.tr("Only administrators and the project manager can change the checklist (for the PCG)."), tab))
        note.setWordWrap(True)
        versions = QGroupBox(self.tr("Versions"), tab)
        vbox = QVBoxLayout(versions)
        vbox.addWidget(self.version_view, 1)
        criteria = QGroupBox(self.tr("Excluded from LEAD when…"), tab)
        cbox = QVBoxLayout(criteria)
        cbox.addWidget(self.criteria_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(versions)
        splitter.addWidget(criteria)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.edit_checklist_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.version_view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_version(current))
        return tab

    # ----- loading ---------------------------------------------------------------------------

    def load_checklist(self) -> None:
        try:
            versions = svc.checklist_versions(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        self.version_model.set_rows(versions)
        if versions:
            self.version_view.selectRow(0)
            self._show_version(self.version_model.index(0, 0))

    def _show_version(self, index) -> None:  # noqa: ANN001
        if index.isValid():
            self.criteria_model.set_rows(self.version_model.row_at(index.row()).criteria)

    def edit_checklist(self) -> ChecklistDialog | None:
        if not self.can_edit_checklist or not self.version_model.rowCount():
            return None
        dialog = ChecklistDialog(self._site, self.version_model.row_at(0), self)
        dialog.checklist_saved.connect(lambda _v: self.load_checklist())
        return open_dialog(dialog)
