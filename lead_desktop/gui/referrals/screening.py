"""The eligibility checklist inside the referral dialog: one row per criterion, the result live.

Rows come from the checklist version the referral is screened under; criteria for
other pathways are hidden (and ignored). The age question answers itself from the
date of birth. Each row says in words whether it excludes the person; the result
line above lists the reasons. The rules are domain.referrals' — this widget only
collects answers and shows what `screen` says about them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.gui.widgets.look import DANGER, MUTED, OK, WARNING, paint_label
from lead_desktop.gui.referrals.common import criterion_text
from lead_desktop.gui.widgets.forms import DateField
from lead_desktop.gui.widgets.text import problem_text


class _Row:
    """The widgets of one criterion."""

    def __init__(self, owner: "ScreeningWidget", criterion: R.Criterion) -> None:
        self.criterion = criterion
        kind = criterion.kind
        self.label = QLabel(criterion_text(criterion), owner)
        self.label.setWordWrap(True)
        self.combo: QComboBox | None = None
        self.grams: QLineEdit | None = None
        self.date: DateField | None = None
        self.age_label: QLabel | None = None
        self.editor = QWidget(owner)
        self.editor.setObjectName(f"screening_{criterion.code}")
        box = QHBoxLayout(self.editor)
        box.setContentsMargins(0, 0, 0, 0)
        if kind in (R.CriterionKind.YES_NO, R.CriterionKind.MINIMUM_AGE):
            self.combo = QComboBox(self.editor)
            self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "Not answered"), "")
            self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "No"), "no")
            self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "Yes"), "yes")
            box.addWidget(self.combo)
            if kind is R.CriterionKind.MINIMUM_AGE:
                self.age_label = QLabel(self.editor)
                box.addWidget(self.age_label)
        elif kind is R.CriterionKind.QUANTITY:
            self.grams = QLineEdit(self.editor)
            validator = QDoubleValidator(0.0, 100000.0, 2, self.grams)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(QLocale.c())  # the service reads "3.5", whatever the desktop's decimal mark
            self.grams.setValidator(validator)
            self.grams.setPlaceholderText(QCoreApplication.translate("ScreeningWidget", "grams, 0 for none"))
            self.grams.setMaximumWidth(self.grams.fontMetrics().horizontalAdvance("0000000 grams, 0 for none"))
            box.addWidget(self.grams)
        else:
            self.combo = QComboBox(self.editor)
            self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "Not answered"), "")
            if kind is R.CriterionKind.LOOKBACK:
                self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "None on record"), R.NONE_ANSWER)
                self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "Most recent on…"), "date")
            else:
                self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "None verified"), R.NONE_ANSWER)
                self.combo.addItem(QCoreApplication.translate("ScreeningWidget", "Last verified on…"), "date")
            self.date = DateField(False, True, self.editor)
            self.date.setEnabled(False)
            box.addWidget(self.combo)
            box.addWidget(self.date)
        box.addStretch(1)
        self.verdict = QLabel(owner)
        self.verdict.setObjectName(f"screening_{criterion.code}_verdict")
        for widget in (self.combo, self.grams, self.date):
            if widget is not None:
                widget.setAccessibleName(criterion_text(criterion))
        if self.combo is not None:
            self.combo.currentIndexChanged.connect(lambda _i: owner._on_row_changed(self))
        if self.grams is not None:
            self.grams.textChanged.connect(lambda _t: owner._on_row_changed(self))
        if self.date is not None:
            self.date.changed.connect(lambda: owner._on_row_changed(self))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.editor, self.verdict)

    def answer(self) -> object:
        """The raw answer as the service takes it; None when unanswered."""
        kind = self.criterion.kind
        if kind in (R.CriterionKind.YES_NO, R.CriterionKind.MINIMUM_AGE):
            code = self.combo.currentData()
            return None if not code else code == "yes"
        if kind is R.CriterionKind.QUANTITY:
            return self.grams.text().strip() or None
        code = self.combo.currentData()
        if code == "date":
            return self.date.text() or None
        return code or None

    def set_answer(self, value: object) -> None:
        kind = self.criterion.kind
        if kind in (R.CriterionKind.YES_NO, R.CriterionKind.MINIMUM_AGE):
            self.combo.setCurrentIndex(0 if value is None else (2 if value else 1))
        elif kind is R.CriterionKind.QUANTITY:
            # A number as the service stores it; text (a draft's half-typed grams) as it was typed.
            self.grams.setText("" if value is None else f"{value:g}" if isinstance(value, (int, float)) else str(value))
        else:
            if value is None:
                self.combo.setCurrentIndex(0)
                self.date.setText("")
            elif value == R.NONE_ANSWER:
                self.combo.setCurrentIndex(1)
                self.date.setText("")
            else:
                self.combo.setCurrentIndex(2)
                self.date.setText(str(value))


class ScreeningWidget(QWidget):
    """Answers to one checklist version; `answers()` for the service, the result shown live."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screening_widget")
        self.checklist_id: str | None = None
        self.version: int | None = None
        self._rows: list[_Row] = []
        self._pathway = "arrest_diversion"
        self._referral_day: date | None = None
        self._dob: date | None = None
        self.result_label = QLabel(self)
        self.result_label.setObjectName("screening_result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        paint_label(self.problem_label, DANGER)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setHorizontalSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(self.grid)
        self.result: R.ScreeningResult | None = None

    # ----- building ----------------------------------------------------------------------------

    def set_checklist(self, checklist_id: str | None, version: int | None, criteria: tuple[R.Criterion, ...]) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.checklist_id, self.version = checklist_id, version
        self._rows = [_Row(self, c) for c in criteria]
        for index, row in enumerate(self._rows):
            self.grid.addWidget(row.label, index, 0)
            self.grid.addWidget(row.editor, index, 1)
            self.grid.addWidget(row.verdict, index, 2)
        self._update()

    def set_context(self, pathway: str | None, referral_day: date | None, dob: date | None) -> None:
        """The referral's pathway, day and birth date decide which rows show and the age answer."""
        self._pathway = pathway or "arrest_diversion"
        self._referral_day, self._dob = referral_day, dob
        self._update()

    def row_editor(self, code: str) -> QWidget:
        """The input of one criterion: a QComboBox, a grams QLineEdit, or a QWidget with a combo and date."""
        for row in self._rows:
            if row.criterion.code == code:
                return row.combo if row.combo is not None and row.date is None else (row.grams or row.editor)
        raise KeyError(code)

    def row_visible(self, code: str) -> bool:
        return any(r.criterion.code == code and not r.label.isHidden() for r in self._rows)

    # ----- values ------------------------------------------------------------------------------

    def answers(self) -> dict:
        """Answers to the criteria of the current pathway (unanswered ones left out)."""
        out = {}
        for row in self._rows:
            if not row.criterion.applies_to(self._pathway):
                continue
            value = row.answer()
            if value is not None:
                out[row.criterion.code] = value
        return out

    def set_answers(self, answers: Mapping[str, object]) -> None:
        for row in self._rows:
            row.set_answer(answers.get(row.criterion.code))
        self._update()

    def answer_all_clear(self) -> None:
        """Every question answered “no exclusion” (a convenience the dialog offers; each row stays editable)."""
        for row in self._rows:
            if not row.criterion.applies_to(self._pathway):
                continue
            kind = row.criterion.kind
            if kind is R.CriterionKind.QUANTITY:
                row.set_answer(0)
            elif kind is R.CriterionKind.RECENT_ACTIVITY:
                continue  # needs a date: a verified prior activity cannot be assumed
            elif kind is R.CriterionKind.LOOKBACK:
                row.set_answer(R.NONE_ANSWER)
            else:
                row.set_answer(False)
        self._update()

    # ----- showing ----------------------------------------------------------------------------

    def _on_row_changed(self, row: _Row) -> None:
        if row.date is not None:
            row.date.setEnabled(row.combo.currentData() == "date")
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        day = self._referral_day or date.today()
        for row in self._rows:
            visible = row.criterion.applies_to(self._pathway)
            for widget in row.widgets():
                widget.setVisible(visible)
            if row.criterion.kind is R.CriterionKind.MINIMUM_AGE:
                known = self._dob is not None
                row.combo.setVisible(not known)
                row.age_label.setVisible(known)
                if known:
                    row.age_label.setText(self.tr("age {age} on the referral date").format(
                        age=R.age_on(self._dob, day)))
        criteria = tuple(r.criterion for r in self._rows)
        try:
            clean = R.clean_answers(criteria, self._pathway, self.answers(), day)
        except FormInvalid as error:
            self.problem_label.setText("\n".join(problem_text(p) for p in error.problems.values()))
            self.problem_label.setVisible(True)
            clean = None
        else:
            self.problem_label.setVisible(False)
        for row in self._rows:
            verdict = None
            if clean is not None and row.criterion.applies_to(self._pathway):
                verdict = R.excludes(row.criterion, clean.get(row.criterion.code), day, self._dob)
            if verdict is None:
                row.verdict.setText(self.tr("not answered"))
                paint_label(row.verdict, MUTED)
            elif verdict:
                row.verdict.setText(self.tr("excludes"))
                paint_label(row.verdict, DANGER)
            else:
                row.verdict.setText(self.tr("clear"))
                paint_label(row.verdict, OK)
        if clean is None:
            self.result = None
            self.result_label.setText(self.tr("Result: check the answers below."))
            paint_label(self.result_label, WARNING)
            return
        self.result = R.screen(criteria, self._pathway, clean, day, self._dob)
        self.result_label.setText(self.result_text(self.result))
        paint_label(self.result_label, {"eligible": OK, "ineligible": DANGER}.get(self.result.result, WARNING))

    def result_text(self, result: R.ScreeningResult) -> str:
        if result.result == "eligible":
            return self.tr("Result: eligible — no exclusion applies.")
        if result.result == "ineligible":
            reasons = "; ".join(self._reason_text(code) for code in result.failed)
            return self.tr("Result: ineligible — {reasons}.").format(reasons=reasons)
        count = len(result.unanswered)
        if count == 1:
            return self.tr("Result: not decided yet — 1 question is not answered.")
        return self.tr("Result: not decided yet — {count} questions are not answered.").format(count=count)

    def _reason_text(self, code: str) -> str:
        for row in self._rows:
            if row.criterion.code == code:
                return criterion_text(row.criterion)
        return code
