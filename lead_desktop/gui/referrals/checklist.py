"""Editing the screening checklist: limits, the pathways each exclusion applies to, new yes/no questions.

Each save makes a new version; referrals already screened keep the version they were screened under.
When someone saved a newer version meanwhile, the save stops and says so with the edits kept, and
Save again puts them on top of that version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import referrals as R
from lead_desktop.domain.errors import ChecklistChanged, KnownError
from lead_desktop.gui.widgets.dialogs import save_cancel_box
from lead_desktop.gui.widgets.look import DANGER, paint_label, problem_label
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession


class ChecklistDialog(QDialog):
    """Edit the screening checklist; saving adds a new version (referrals keep the one they were screened under)."""

    checklist_saved = Signal(object)  # svc.ChecklistVersion

    COL_LABEL, COL_ARREST, COL_SOCIAL, COL_COMMUNITY, COL_PARAMETER = range(5)

    def __init__(self, site: SiteSession, current: svc.ChecklistVersion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_dialog")
        self.setWindowTitle(self.tr("Edit the screening checklist"))
        self._site = site
        self._criteria: list[R.Criterion] = list(current.criteria)
        self._based_on = current.version  # the version this edit started from (see save)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Saving makes version {version}. Referrals already screened keep the version they were screened "
            "under; new screenings use the new one. Tick the pathways each exclusion applies to.").format(
            version=current.version + 1), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("criteria_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Excluded when"), self.tr("Arrest diversion"), self.tr("Social contact"), self.tr("Community"),
            self.tr("Limit"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a yes/no criterion"), self)
        self.add_button.setObjectName("add_criterion_button")
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.setObjectName("remove_criterion_button")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Why it changed:"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("change_note_edit")
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("e.g. PCG decision of 12 March: Santa Fe's 6 g limit"))
        note_label.setBuddy(self.note_edit)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        layout.addLayout(note_row)
        self.problem_label = problem_label(self)
        paint_label(self.problem_label, DANGER)
        layout.addWidget(self.problem_label)
        self.buttons, self.save_button = save_cancel_box(
            self, self.save, save_text=self.tr("&Save as version {version}").format(version=current.version + 1))
        layout.addWidget(self.buttons)
        for criterion in self._criteria:
            self._append(criterion)
        self.resize(1000, 560)

    def _append(self, criterion: R.Criterion) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        label = QTableWidgetItem(criterion.label)
        label.setData(Qt.ItemDataRole.UserRole, criterion.code)
        self.table.setItem(row, self.COL_LABEL, label)
        for column, pathway in ((self.COL_ARREST, "arrest_diversion"), (self.COL_SOCIAL, "social_contact"),
                                (self.COL_COMMUNITY, "community")):
            box = QCheckBox(self.table)
            box.setChecked(criterion.applies_to(pathway))
            box.setAccessibleName(self.tr("Applies to {pathway}").format(
                pathway=self.table.horizontalHeaderItem(column).text()))
            self.table.setCellWidget(row, column, _centred(box))
        if criterion.kind in R.PARAMETER_RANGES:
            low, high = R.PARAMETER_RANGES[criterion.kind]
            spin = QDoubleSpinBox(self.table)
            spin.setRange(low, high)
            spin.setDecimals(1 if criterion.kind is R.CriterionKind.QUANTITY else 0)
            spin.setValue(criterion.parameter or low)
            spin.setSuffix({R.CriterionKind.QUANTITY: self.tr(" g"), R.CriterionKind.LOOKBACK: self.tr(" years"),
                            R.CriterionKind.RECENT_ACTIVITY: self.tr(" months"),
                            R.CriterionKind.MINIMUM_AGE: self.tr(" years")}[criterion.kind])
            spin.setAccessibleName(R.CriterionKind(criterion.kind).parameter_label)
            self.table.setCellWidget(row, self.COL_PARAMETER, spin)
        else:
            empty = QTableWidgetItem("")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, self.COL_PARAMETER, empty)

    def add_criterion(self) -> None:
        code = R.new_criterion_code([c.code for c in self.criteria(strict=False)] + [c.code for c in self._criteria])
        self._append(R.Criterion(code, "", R.ALL_PATHWAYS))
        self._criteria.append(R.Criterion(code, "", R.ALL_PATHWAYS))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, self.COL_LABEL)
        self.table.editItem(self.table.item(row, self.COL_LABEL))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def criteria(self, strict: bool = True) -> list[R.Criterion]:
        """The table as criteria, in its order."""
        by_code = {c.code: c for c in self._criteria}
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.COL_LABEL)
            code = item.data(Qt.ItemDataRole.UserRole)
            base = by_code.get(code, R.Criterion(code, "", R.ALL_PATHWAYS))
            pathways = tuple(
                pathway for column, pathway in ((self.COL_ARREST, "arrest_diversion"),
                                                (self.COL_SOCIAL, "social_contact"), (self.COL_COMMUNITY, "community"))
                if self.table.cellWidget(row, column).findChild(QCheckBox).isChecked()
            )
            spin = self.table.cellWidget(row, self.COL_PARAMETER)
            parameter = spin.value() if isinstance(spin, QDoubleSpinBox) else None
            out.append(R.Criterion(code, item.text(), pathways, base.kind, parameter))
        return out

    def save(self) -> None:
        self.problem_label.setVisible(False)
        try:
            version = svc.save_checklist(self._site, self.criteria(), self.note_edit.text(), based_on=self._based_on)
        except ChecklistChanged as error:
            # Someone saved a newer version meanwhile: keep these edits; Save again puts them on top of it.
            self._based_on = int(error.params["version"])
            self.save_button.setText(self.tr("&Save as version {version}").format(version=self._based_on + 1))
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            return
        except KnownError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            return
        self.checklist_saved.emit(version)
        self.accept()


def _centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addStretch(1)
    box.addWidget(widget)
    box.addStretch(1)
    return holder
