"""A form built from a domain `Form` (field specs): one widget per field, problems shown under each field.

The same spec that validates input in the services decides the widget here, so a
field added to a form in `lead_desktop.domain` shows up in every dialog without
touching Qt code. The widget only collects raw input (strings, codes, booleans,
lists of codes); parsing and checking stay in `domain.fields.validate`, called by
the services, whose `FormInvalid` comes back here through `show_problems`.

Dates are plain line edits with a calendar button, because QDateEdit cannot be
left empty and most dates on these forms are optional.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIntValidator, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import FieldSpec, Form, FormInvalid, Kind
from lead_desktop.gui.widgets.text import error_text, problem_text, translate_field_label

Choices = dict[str, list[tuple[str, str]]]


def problem_colour(palette: QPalette) -> QColor:
    """A red that stays readable on the current (light or dark) window colour."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


class DateField(QWidget):
    """An optional date (or date and time) typed as text, with a calendar button to pick the day."""

    changed = Signal()

    def __init__(self, with_time: bool, not_future: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM") if with_time else self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(19 if with_time else 10)
        metrics = self.edit.fontMetrics()  # room for a full date and for the hint, in any language
        self.edit.setMinimumWidth(max(metrics.horizontalAdvance("0000-00-00 00:00"),
                                      metrics.horizontalAdvance(self.edit.placeholderText())) + 24)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing is the keyboard path; Tab skips the button
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        if not_future:
            self.calendar.setMaximumDate(QDate.currentDate())
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        self.button.clicked.connect(self._on_button_clicked)
        self.edit.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setReadOnly(read_only)
        self.button.setVisible(not read_only)
        placeholder = self.tr("YYYY-MM-DD HH:MM") if self.with_time else self.tr("YYYY-MM-DD")
        self.edit.setPlaceholderText("" if read_only else placeholder)

    def _on_button_clicked(self) -> None:
        current = QDate.fromString(self.text()[:10], "yyyy-MM-dd")
        self.calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _on_calendar_clicked(self, day: QDate) -> None:
        text = day.toString("yyyy-MM-dd")
        if self.with_time:
            old = self.text()
            clock = old[11:16] if len(old) >= 16 else datetime.now().strftime("%H:%M")
            text = f"{text} {clock}"
        self.edit.setText(text)
        self.menu.hide()
        self.edit.setFocus()


class MultiChoiceList(QListWidget):
    """Checkable list for MULTI fields; the 'doesn't know / prefers not / not collected' codes stand alone."""

    changed = Signal()

    def __init__(self, exclusive: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exclusive = exclusive
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Every choice is visible at once: no scroll bars, the list is as wide and tall as its items.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(self._on_item_changed)

    def add_choice(self, code: str, label: str) -> None:
        item = QListWidgetItem(label, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.setFixedHeight(self._content_height())
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def _content_height(self) -> int:
        return sum(self.sizeHintForRow(i) for i in range(self.count())) + 2 * self.frameWidth() + 4

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.NoItemFlags if read_only else Qt.ItemFlag.ItemIsUserCheckable)
        for i in range(self.count()):
            self.item(i).setFlags(flags)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in codes
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.changed.emit()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            code = item.data(Qt.ItemDataRole.UserRole)
            with QSignalBlocker(self):
                for i in range(self.count()):
                    other = self.item(i)
                    other_code = other.data(Qt.ItemDataRole.UserRole)
                    if other is not item and (code in self.exclusive or other_code in self.exclusive):
                        other.setCheckState(Qt.CheckState.Unchecked)
        self.changed.emit()


class _ReadOnlyGuard(QObject):
    """Swallows the mouse and keyboard for combo boxes and check boxes while their form is read-only."""

    BLOCKED = {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    }

    def __init__(self, form: "FormWidget") -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return self._form.read_only and event.type() in self.BLOCKED


class FormWidget(QWidget):
    """Inputs for every field of `form`; `values()` returns raw input keyed by field name."""

    field_changed = Signal(str)

    def __init__(
        self,
        form: Form,
        choices: Choices | None = None,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.choices = dict(choices or {})
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._problems: dict[str, QLabel] = {}
        self._required_override: set[str] = set()
        self.read_only = False
        self._guard = _ReadOnlyGuard(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_problem = QLabel(self)
        self.general_problem.setWordWrap(True)
        self.general_problem.setVisible(False)
        self._paint_problem(self.general_problem)
        outer.addWidget(self.general_problem)
        row = QHBoxLayout()
        outer.addLayout(row)
        layouts = []
        for _ in range(max(1, columns)):
            layout = QFormLayout()
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()  # rows keep their height; spare height goes below the last row
            column.addLayout(layout)
            column.addStretch(1)
            row.addLayout(column, 1)
            layouts.append(layout)
        per_column = -(-len(form.fields) // len(layouts))
        for index, spec in enumerate(form.fields):
            self._add_field(layouts[index // per_column], spec)
        self.required_note = QLabel(self.tr("Fields marked * are required."), self)
        self.required_note.setObjectName("required_note")
        self.required_note.setVisible(any(spec.required for spec in form.fields))
        outer.addWidget(self.required_note)
        outer.addStretch(1)
        self.reset()

    # ----- building ------------------------------------------------------------------------

    def _add_field(self, layout: QFormLayout, spec: FieldSpec) -> None:
        label_text = translate_field_label(spec.label)
        editor = self._make_input(spec)
        editor.setObjectName(f"{spec.name}_input")
        if spec.kind in (Kind.CHOICE, Kind.BOOL):
            editor.installEventFilter(self._guard)
        editor.setAccessibleName(label_text)
        if spec.help:
            help_text = QCoreApplication.translate("fields", spec.help)
            editor.setToolTip(help_text)
            editor.setAccessibleDescription(help_text)
        label = QLabel(self._label_text(spec), self)
        label.setBuddy(editor)
        label.setObjectName(f"{spec.name}_label")
        problem = QLabel(self)
        problem.setObjectName(f"{spec.name}_problem")
        problem.setWordWrap(True)
        problem.setVisible(False)
        self._paint_problem(problem)
        cell = QWidget(self)
        cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(problem)
        layout.addRow(label, cell)
        self._inputs[spec.name] = editor
        self._labels[spec.name] = label
        self._problems[spec.name] = problem

    def _label_text(self, spec: FieldSpec) -> str:
        text = translate_field_label(spec.label)
        if spec.required or spec.name in self._required_override:
            return self.tr("{label} *").format(label=text)
        return text

    def _make_input(self, spec: FieldSpec) -> QWidget:
        name = spec.name
        kind = spec.kind
        if kind is Kind.TEXT:
            edit = QLineEdit(self)
            edit.setMaxLength(spec.max_length)
            edit.textChanged.connect(lambda _t, n=name: self.field_changed.emit(n))
            return edit
        if kind is Kind.LONGTEXT:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            lines = 4 if spec.max_length > 2000 else 3
            text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 12)
            text.textChanged.connect(lambda n=name: self.field_changed.emit(n))
            return text
        if kind in (Kind.DATE, Kind.DATETIME):
            field = DateField(kind is Kind.DATETIME, spec.not_future, self)
            field.changed.connect(lambda n=name: self.field_changed.emit(n))
            return field
        if kind is Kind.CHOICE:
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            if not spec.required or spec.default is None:
                combo.addItem(self.tr("Choose…") if spec.required else "", "")
            for code, label in self._choice_items(spec):
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(lambda _i, n=name: self.field_changed.emit(n))
            return combo
        if kind is Kind.MULTI:
            multi = MultiChoiceList(spec.vocabulary.exclusive if spec.vocabulary else (), self)
            for code, label in self._choice_items(spec):
                multi.add_choice(code, label)
            multi.changed.connect(lambda n=name: self.field_changed.emit(n))
            return multi
        if kind is Kind.BOOL:
            check = QCheckBox(self)
            check.toggled.connect(lambda _c, n=name: self.field_changed.emit(n))
            return check
        if kind is Kind.INT:
            edit = QLineEdit(self)
            low = spec.minimum if spec.minimum is not None else -(2**31)
            high = spec.maximum if spec.maximum is not None else 2**31 - 1
            edit.setValidator(QIntValidator(low, high, edit))
            edit.setMaxLength(11)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 8) + 24)
            edit.textChanged.connect(lambda _t, n=name: self.field_changed.emit(n))
            return edit
        raise AssertionError(kind)

    def _choice_items(self, spec: FieldSpec) -> list[tuple[str, str]]:
        if spec.name in self.choices:
            return list(self.choices[spec.name])
        if spec.vocabulary is None:
            return []
        return [(term.code, QCoreApplication.translate("vocab", term.label)) for term in spec.vocabulary]

    # ----- reading and writing ---------------------------------------------------------------

    def input(self, name: str) -> QWidget:
        """The input widget of one field (tests and dialogs that react to a field use it)."""
        return self._inputs[name]

    def reset(self) -> None:
        """Every field back to its spec default (or empty)."""
        self.set_values({spec.name: spec.default for spec in self.form.fields})
        self.clear_problems()

    def values(self) -> dict:
        out: dict = {}
        for spec in self.form.fields:
            widget = self._inputs[spec.name]
            if spec.kind is Kind.LONGTEXT:
                out[spec.name] = widget.toPlainText()
            elif spec.kind is Kind.CHOICE:
                out[spec.name] = widget.currentData() or ""
            elif spec.kind is Kind.MULTI:
                out[spec.name] = widget.codes()
            elif spec.kind is Kind.BOOL:
                out[spec.name] = widget.isChecked()
            else:
                out[spec.name] = widget.text().strip()
        return out

    def set_values(self, values: dict) -> None:
        for spec in self.form.fields:
            if spec.name not in values:
                continue
            value = values[spec.name]
            widget = self._inputs[spec.name]
            kind = spec.kind
            if kind is Kind.LONGTEXT:
                widget.setPlainText("" if value is None else str(value))
            elif kind is Kind.CHOICE:
                self._set_choice(spec, widget, value)
            elif kind is Kind.MULTI:
                codes = (
                    value
                    if isinstance(value, (list, tuple, set, frozenset))
                    else [c for c in str(value or "").split(",") if c]
                )
                widget.set_codes([str(c) for c in codes])
            elif kind is Kind.BOOL:
                widget.setChecked(bool(value))
            elif kind is Kind.DATE:
                widget.setText(value.isoformat()[:10] if isinstance(value, date) else str(value or ""))
            elif kind is Kind.DATETIME:
                widget.setText(value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value or ""))
            else:
                widget.setText("" if value is None else str(value))

    def _set_choice(self, spec: FieldSpec, combo: QComboBox, value: object) -> None:
        code = "" if value is None else str(value)
        index = combo.findData(code)
        if index < 0 and code:
            # A retired code, or a case manager who has left: keep showing what is stored.
            label = spec.vocabulary.label(code) if spec.vocabulary else code
            combo.addItem(QCoreApplication.translate("vocab", label), code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def set_choices(self, name: str, items: list[tuple[str, str]]) -> None:
        """Replace the choices of one CHOICE field (e.g. a participant's consents), keeping the empty entry."""
        spec = self.form[name]
        self.choices[name] = list(items)
        combo = self._inputs[name]
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            if not spec.required or spec.default is None:
                combo.addItem(self.tr("Choose…") if spec.required else "", "")
            for code, label in items:
                combo.addItem(label, code)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        self.field_changed.emit(name)

    def set_required(self, name: str, required: bool) -> None:
        """Mark a field required in the window (a dialog's own rule, e.g. a reason when no consent covers it)."""
        if required:
            self._required_override.add(name)
        else:
            self._required_override.discard(name)
        self._labels[name].setText(self._label_text(self.form[name]))

    def set_read_only(self, read_only: bool) -> None:
        """Show values without letting them change."""
        self.read_only = read_only
        for spec in self.form.fields:
            widget = self._inputs[spec.name]
            if spec.kind in (Kind.TEXT, Kind.INT, Kind.LONGTEXT, Kind.DATE, Kind.DATETIME):
                widget.setReadOnly(read_only)
            elif spec.kind is Kind.MULTI:
                widget.set_read_only(read_only)
            else:
                # Choices stay enabled (disabled text is too faint to read); _ReadOnlyGuard swallows input.
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.required_note.setVisible(not read_only and any(spec.required for spec in self.form.fields))

    # ----- problems ------------------------------------------------------------------------

    def _paint_problem(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(self.palette()))
        label.setPalette(palette)

    def clear_problems(self) -> None:
        for label in self._problems.values():
            label.clear()
            label.setVisible(False)
        self.general_problem.clear()
        self.general_problem.setVisible(False)

    def problem(self, name: str) -> str:
        """The problem text shown under a field ("" when none)."""
        label = self._problems[name]
        return label.text() if label.isVisibleTo(self) else ""

    def show_field_problem(self, name: str | None, message: str, *, focus: bool = True) -> None:
        label = self._problems.get(name or "")
        if label is None:
            self.general_problem.setText(message)
            self.general_problem.setVisible(True)
            return
        label.setText(message)
        label.setAccessibleName(message)
        label.setVisible(True)
        if focus:
            self._inputs[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, error: FormInvalid) -> None:
        """Each problem under its field; the first wrong field (in form order) gets the focus."""
        self.clear_problems()
        first = None
        for spec in self.form.fields:
            problem = error.problems.get(spec.name)
            if problem is not None:
                self.show_field_problem(spec.name, problem_text(problem), focus=False)
                first = first or spec.name
        others = [problem_text(p) for n, p in error.problems.items() if n not in self._inputs]
        if others:
            self.show_field_problem(None, "\n".join(others))
        if first is not None:
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, error: KnownError) -> bool:
        """A service refusal that names a field (`ValidationError.field`): shown there. False when it names none."""
        field = getattr(error, "field", None)
        if isinstance(error, FormInvalid):
            self.show_problems(error)
            return True
        if field and field in self._inputs:
            self.clear_problems()
            self.show_field_problem(field, error_text(error))
            return True
        return False
