"""The edit-conflict dialog: someone else saved the record while this person was editing it.

The service refused the save with EditConflict (services.conflicts), which carries both versions.
This dialog shows them side by side — field, your version, the version saved now — with the
fields that differ marked in words and colour, and lets the person choose:

- Keep my version: save again over the saved version (the caller saves with the version now saved);
- Use their version: the form shows the saved version instead of what was typed;
- Cancel: back to the form, with everything typed still there.

Nothing is written here: the dialog only returns the choice, and the caller acts (as every dialog
in this program). It opens window-modal without blocking, like the program's other questions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.errors import EditConflict
from lead_desktop.domain.fields import FieldSpec, Form, Kind
from lead_desktop.gui.widgets.look import is_dark
from lead_desktop.gui.widgets.text import error_text, format_date, translate_field_label
from lead_desktop.services.conflicts import same

Choices = Mapping[str, Sequence[tuple[str, str]]]

KEEP_MINE = "mine"
USE_THEIRS = "theirs"


def value_text(spec: FieldSpec, value: object, choices: Choices | None = None) -> str:
    """A value as the person reads it: choices by their label, dates as dates, long text in full."""
    yes, no = QCoreApplication.translate("ConflictDialog", "Yes"), QCoreApplication.translate("ConflictDialog", "No")
    if spec.kind is Kind.BOOL:
        return yes if value else no
    if value is None or value == "" or (isinstance(value, (list, tuple, set, frozenset)) and not value):
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    named = dict((choices or {}).get(spec.name, ()))

    def choice(code: object) -> str:
        if str(code) in named:
            return named[str(code)]
        if spec.vocabulary is not None:
            return QCoreApplication.translate("vocab", spec.vocabulary.label(str(code)))
        return str(code)

    if spec.kind is Kind.DATETIME and isinstance(value, datetime):
        return format_date(value)
    if spec.kind is Kind.DATE and isinstance(value, (date, datetime)):
        return format_date(value if type(value) is date else value.date())
    if spec.kind is Kind.CHOICE:
        return choice(value)
    if spec.kind is Kind.MULTI:
        items = value if isinstance(value, (list, tuple, set, frozenset)) else str(value).split(",")
        return ", ".join(choice(item) for item in items if str(item))
    return str(value)


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str  # translated
    yours: str
    theirs: str
    differs: bool


def conflict_rows(error: EditConflict, choices: Choices | None = None) -> list[ConflictRow]:
    """One row per field of the error's form that the two versions carry, in form order."""
    form = error.form
    if isinstance(form, Form):
        rows = []
        for spec in form:
            if spec.name not in error.your_values and spec.name not in error.their_values:
                continue
            mine, theirs = error.your_values.get(spec.name), error.their_values.get(spec.name)
            rows.append(ConflictRow(spec.name, translate_field_label(spec.label), value_text(spec, mine, choices),
                                    value_text(spec, theirs, choices), not same(spec, mine, theirs)))
        return rows
    # No form (a caller that built the error by hand): the labelled display values as they are.
    return [
        ConflictRow(label, translate_field_label(label), str(error.yours.get(label, "")), str(error.theirs.get(label, "")),
                    error.yours.get(label) != error.theirs.get(label))
        for label in dict.fromkeys([*error.yours, *error.theirs])
    ]


def _highlight(palette: QPalette) -> QColor:
    """A soft amber behind the rows that differ, readable in light and dark themes."""
    return QColor("#5c4500") if is_dark(palette) else QColor("#fff0c2")


class ConflictDialog(QDialog):
    """Both versions side by side; `choice` is KEEP_MINE, USE_THEIRS or None (Cancel)."""

    chosen = Signal(str)

    class Column:
        FIELD, YOURS, THEIRS = 0, 1, 2

    def __init__(self, error: EditConflict, parent: QWidget | None = None, *, choices: Choices | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.error = error
        self.choice: str | None = None
        self.rows = conflict_rows(error, choices)

        self.intro = QLabel(error_text(error), self)
        self.intro.setObjectName("conflict_intro_label")
        self.intro.setWordWrap(True)
        differing = sum(row.differs for row in self.rows)
        self.summary = QLabel(self)
        self.summary.setObjectName("conflict_summary_label")
        self.summary.setWordWrap(True)
        if differing:
            self.summary.setText(self.tr(
                "{count} field(s) differ; they are marked “changed”. Keep my version saves what you typed over "
                "theirs; Use their version puts the saved version in the form; Cancel goes back to your editing."
            ).format(count=differing))
        else:
            self.summary.setText(self.tr(
                "Every field here reads the same in both versions: the other change was to something this form "
                "does not show (such as the screening answers). Keep my version saves yours over it."
            ))

        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("conflict_table")
        self.table.setAccessibleName(self.tr("Your version and the saved version, field by field"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved version")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.Column.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.Column.YOURS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.Column.THEIRS, QHeaderView.ResizeMode.Stretch)
        background = QBrush(_highlight(self.palette()))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(self.rows):
            label = self.tr("{field} — changed").format(field=row.label) if row.differs else row.label
            for column, text in ((self.Column.FIELD, label), (self.Column.YOURS, row.yours),
                                 (self.Column.THEIRS, row.theirs)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.name)
                if row.differs:
                    item.setBackground(background)
                    item.setFont(bold)
                    item.setToolTip(self.tr("The two versions differ here"))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

        self.buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("&Keep my version"), self)
        self.keep_button.setObjectName("keep_mine_button")
        self.keep_button.setToolTip(self.tr("Save what you typed, replacing the version saved by someone else"))
        self.theirs_button = QPushButton(self.tr("&Use their version"), self)
        self.theirs_button.setObjectName("use_theirs_button")
        self.theirs_button.setToolTip(self.tr("Put the saved version in the form; what you typed is dropped"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(self.tr("Go back to your editing; nothing is saved or dropped"))
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(USE_THEIRS))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)  # Enter never overwrites anything by accident

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, min(620, 180 + 34 * max(3, len(self.rows))))
        self.table.setFocus()

    def row(self, name: str) -> ConflictRow:
        return next(row for row in self.rows if row.name == name)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
        self.chosen.emit(choice)


def save_again(owner: object, attribute: str, save: Callable[[], object]) -> Callable[[int], None]:
    """The usual "Keep my version": base the edit on the version now saved (`owner.<attribute>`), save again."""

    def keep_mine(current_version: int) -> None:
        setattr(owner, attribute, current_version)
        save()

    return keep_mine


def resolve_conflict(
    parent: QWidget,
    error: EditConflict,
    *,
    keep_mine: Callable[[int], None],
    use_theirs: Callable[[EditConflict], None],
    choices: Choices | None = None,
    otherwise: Callable[[str], None] | None = None,
) -> ConflictDialog | None:
    """Open the dialog for `error` (window-modal, not blocking) and call `keep_mine(current_version)` or
    `use_theirs(error)` with the person's choice; Cancel calls neither. Returns None without opening
    anything when the error does not carry both versions (a clash found only while writing): then
    `otherwise` gets the error's message to show."""
    if not error.has_versions:
        if otherwise is not None:
            otherwise(error_text(error))
        return None
    dialog = ConflictDialog(error, parent, choices=choices)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(choice: str) -> None:
        if choice == KEEP_MINE:
            keep_mine(int(error.current_version))
        elif choice == USE_THEIRS:
            use_theirs(error)

    dialog.chosen.connect(chosen)
    dialog.open()
    return dialog
