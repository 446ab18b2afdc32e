"""A form built from a domain `Form` (field specs): one widget per field, problems shown under each field.

The same spec that validates input in the services decides the widget here, so a
field added to a form in `lead_desktop.domain` shows up in every dialog without
touching Qt code. The widget only collects raw input (strings, codes, booleans,
lists of codes); parsing and checking stay in `domain.fields.validate`, called by
the services, whose `FormInvalid` comes back here through `show_problems`.

Dates are plain line edits with a calendar button (gui.widgets.inputs), because QDateEdit
cannot be left empty and most dates on these forms are optional.

What every form does for the person typing, once, here:
- A text field's limit shows as a count under it once the text nears it ("78 of 80 characters"),
  in red past it; nothing typed or pasted is cut off without a word (the service refuses it instead).
- On Save with problems, each message stands under its field, and the first wrong field is scrolled
  into view and gets the focus, even on a long form in a scroll area.
- A message goes as soon as its field is right: after each change the domain's rules are asked again
  (`domain.fields.current_problems`). A refusal only the service knows (say, a name already taken)
  goes when its own field changes.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIntValidator, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import FieldSpec, Form, FormInvalid, Kind, current_problems
from lead_desktop.gui.widgets.inputs import DateField, MultiChoiceList
from lead_desktop.gui.widgets.look import DANGER, MUTED, paint_label
from lead_desktop.gui.widgets.text import error_text, format_date, problem_text, translate_field_label

LIMIT_SHOWN_FROM = 0.8  # a text's count appears once it holds this share of its limit

Choices = dict[str, list[tuple[str, str]]]


def problem_colour(palette: QPalette) -> QColor:
    """A red that stays readable on the current (light or dark) window color."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


class _MessageLabel(QLabel):
    """A wrapped message under a field that asks for the height its text needs at the field's real width.
    A QLabel guesses with a narrower width: on a form in a scroll area that left a gap under a one-line
    message and took the room from the fields below it."""

    def _width(self) -> int:
        parent = self.parentWidget()
        room = parent.contentsRect().width() if parent is not None else 0
        return room if room > 40 else super().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._width()), self.heightForWidth(self._width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), self.heightForWidth(self._width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.heightForWidth(self._width()) != self.height():
            self.updateGeometry()


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
        self._limits: dict[str, QLabel] = {}
        self._ruled: set[str] = set()  # fields whose shown message the domain's rules gave (see _recheck)
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
        self.field_changed.connect(self._on_field_changed)
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
        help_text = QCoreApplication.translate("fields", spec.help) if spec.help else ""
        if isinstance(editor, DateField):
            help_text = "\n".join(text for text in (help_text, editor.examples()) if text)
        if help_text:
            editor.setToolTip(help_text)
            editor.setAccessibleDescription(help_text)
        label = QLabel(self._label_text(spec), self)
        label.setBuddy(editor)
        label.setObjectName(f"{spec.name}_label")
        problem = _MessageLabel(self)
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
        if spec.kind in (Kind.TEXT, Kind.LONGTEXT):
            limit = QLabel(cell)
            limit.setObjectName(f"{spec.name}_limit")
            limit.setAlignment(Qt.AlignmentFlag.AlignRight)
            limit.setVisible(False)
            box.addWidget(limit)
            self._limits[spec.name] = limit
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
            edit = QLineEdit(self)  # no maxLength: a longer paste is shown as too long, never silently cut
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
                day = value.date() if isinstance(value, datetime) else value
                widget.setText(format_date(day) if isinstance(day, date) else str(value or ""))
            elif kind is Kind.DATETIME:
                widget.setText(format_date(value) if isinstance(value, datetime) else str(value or ""))
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
        for name in self._limits:
            self._update_limit(name)

    # ----- problems ------------------------------------------------------------------------

    def _paint_problem(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(self.palette()))
        label.setPalette(palette)

    def clear_problems(self) -> None:
        for label in self._problems.values():
            label.clear()
            label.setVisible(False)
        self._ruled.clear()
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
            self.reveal(self.general_problem)
            return
        label.setText(message)
        label.setAccessibleName(message)
        label.setVisible(True)
        if focus:
            self._inputs[name].setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal(self._inputs[name])

    def show_problems(self, error: FormInvalid) -> None:
        """Each problem under its field; the first wrong field (in form order) is scrolled to and gets the focus."""
        self.clear_problems()
        first = None
        for spec in self.form.fields:
            problem = error.problems.get(spec.name)
            if problem is not None:
                self.show_field_problem(spec.name, problem_text(problem), focus=False)
                first = first or spec.name
        self._ruled = set(current_problems(self.form, self.values())) & set(error.problems)
        others = [problem_text(p) for n, p in error.problems.items() if n not in self._inputs]
        if others:
            self.show_field_problem(None, "\n".join(others))
        if first is not None:
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal(self._inputs[first])

    def reveal(self, widget: QWidget) -> None:
        """Scroll every scroll area around this form so `widget` is in sight, now and once the messages just
        shown have been laid out."""
        def scroll() -> None:
            parent = widget.parentWidget()
            while parent is not None:
                if isinstance(parent, QScrollArea) and parent.widget() is not None:
                    if parent.widget().layout() is not None:
                        parent.widget().layout().activate()
                    parent.ensureWidgetVisible(widget, 24, 24)
                parent = parent.parentWidget()

        scroll()
        QTimer.singleShot(0, lambda: scroll() if isValid(widget) else None)  # the dialog may have closed

    def _on_field_changed(self, name: str) -> None:
        self._update_limit(name)
        if any(label.isVisibleTo(self) for label in self._problems.values()):
            self._recheck(name)

    def _recheck(self, changed: str) -> None:
        """Take away each message whose field is right now. A message the domain's rules gave goes whenever
        they pass (typing a first name answers "enter a name" under the last name); any other goes when its
        own field changes and the rules have nothing against it."""
        values = self.values()
        still = set(current_problems(self.form, values))
        still |= {name for name in self._required_override if values.get(name) in ("", None, [])}
        for name, label in self._problems.items():
            if not label.isVisibleTo(self) or name in still:
                continue
            if name == changed or name in self._ruled:
                label.clear()
                label.setVisible(False)
                self._ruled.discard(name)

    def _update_limit(self, name: str) -> None:
        label = self._limits.get(name)
        if label is None:
            return
        widget, maximum = self._inputs[name], self.form[name].max_length
        count = len(widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text())
        if count < maximum * LIMIT_SHOWN_FROM:
            label.setVisible(False)
            return
        if count > maximum:
            label.setText(self.tr("{count} of {maximum} characters: {over} too many").format(
                count=count, maximum=maximum, over=count - maximum))
            paint_label(label, DANGER)
        else:
            label.setText(self.tr("{count} of {maximum} characters").format(count=count, maximum=maximum))
            paint_label(label, MUTED)
        label.setVisible(not self.read_only)

    def limit_text(self, name: str) -> str:
        """The count shown under a text field ("" when none is shown)."""
        label = self._limits.get(name)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

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
