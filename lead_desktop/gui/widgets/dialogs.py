"""What every dialog that saves shares: the Save/Cancel buttons, one way to show a refusal, the record dialog.

A dialog collects input and calls the one service it exists for. When the service refuses,
`save_form` shows why where the person looks: a FormInvalid under each wrong field, an error
naming a field under that field, an edit conflict in the conflict dialog (gui.conflict_dialog),
anything else above the form. The dialog stays open with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.errors import EditConflict, KnownError, ValidationError
from lead_desktop.domain.fields import Form, FormInvalid
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict, save_again
from lead_desktop.gui.widgets.drafts import GuardedDialog
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import NOTICE, busy, paint_label
from lead_desktop.gui.widgets.text import error_text

FAILED = object()  # what save_form returns when the service refused


def save_form(form: FormWidget, call: Callable[[], object], *,
              conflict: Callable[[EditConflict], None] | None = None,
              problem: Callable[[str], None] | None = None) -> object:
    """`call()`'s result, or FAILED after showing the refusal on `form`.

    An EditConflict goes to `conflict` (the caller offers the conflict dialog); a refusal that names
    no field of the form goes to `problem` (default: the form's own line above its fields).
    """
    general = problem or (lambda text: form.show_field_problem(None, text))
    try:
        return call()
    except FormInvalid as error:
        form.show_problems(error)
    except EditConflict as error:
        if conflict is not None:
            conflict(error)
        else:
            general(error_text(error))
    except KnownError as error:
        if not form.show_error(error):
            general(error_text(error))
    return FAILED


class AnswersInput(Protocol):
    """A dialog that only collects input (a .ui form): the caller shows the service's refusal in it."""

    def show_error(self, text: str, field: str | None = None) -> None: ...


def answer(dialog: AnswersInput, call: Callable[[], object], *,
           conflict: Callable[[EditConflict], None] | None = None) -> object:
    """`call()`'s result (under a busy cursor), or FAILED after showing the refusal in `dialog`: under its
    field when it names one. An EditConflict goes to `conflict` when given."""
    try:
        with busy():
            return call()
    except ValidationError as error:
        dialog.show_error(error_text(error), error.field)
    except EditConflict as error:
        if conflict is None:
            dialog.show_error(error_text(error))
        else:
            conflict(error)
    except KnownError as error:
        dialog.show_error(error_text(error))
    return FAILED


def save_cancel_box(dialog: QDialog, on_save: Callable[[], object], *, tip: str = "",
                    save_text: str = "") -> tuple[QDialogButtonBox, QPushButton]:
    """Save (Ctrl+S) and Cancel at the foot of a dialog; Save calls `on_save`, Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text or QCoreApplication.translate("RecordDialog", "&Save"))
    save.setObjectName("save_button")
    save.setToolTip(tip or QCoreApplication.translate("RecordDialog", "Save (Ctrl+S)"))
    save.setShortcut(QKeySequence.StandardKey.Save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("RecordDialog", "Cancel"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def keep_while_open(owner: object, attribute: str, dialog: QDialog) -> QDialog:
    """Open `dialog` window-modal, deleted when closed, and keep it as `owner.<attribute>` while it is open
    (so a lock or sign-out can close it, and tests can answer it)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(owner, attribute, dialog)

    def forget(*_args: object) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    dialog.finished.connect(forget)
    dialog.open()
    return dialog


def open_dialog(dialog: QDialog, on_saved: Callable[[object], None] | None = None) -> QDialog:
    """Open a dialog window-modal without blocking; it deletes itself when closed. `on_saved` gets what it saved."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


class RecordDialog(GuardedDialog):
    """Add or edit one record: the form, Save and Cancel. `submit(values)` saves or raises.
    What is typed is kept as a draft, and Cancel asks before throwing it away (gui.widgets.drafts).

    Editing a saved record, give `version` (the version it was loaded at): then the dialog calls
    `submit(values, expected_version)`, and an EditConflict opens the conflict dialog (keep mine
    saves again over the version now saved; use theirs puts it in the form; cancel keeps editing).
    """

    saved = Signal(object)

    def __init__(
        self,
        title: str,
        form: Form,
        submit: Callable[..., object],
        values: dict | None = None,
        choices: dict[str, list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(f"{form.name}_dialog")
        self._submit = submit
        self.version = version
        self.result_value: object = None
        self.conflict_dialog: ConflictDialog | None = None
        self.form = FormWidget(form, choices, self, columns=columns)
        if values:
            self.form.set_values(dict(values))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        layout.addWidget(self.intro)
        layout.addWidget(scrolling(self.form, self), 1)
        self.buttons, self.save_button = save_cancel_box(self, self.save)
        layout.addWidget(self.buttons)
        hint = self.form.sizeHint()
        width = max(hint.width() + 60, 520 if columns == 1 else 1100)
        self.resize(min(width, 1200), min(hint.height() + 120, 760))

    def check(self, values: dict) -> bool:
        """The dialog's own rules before the service is asked (subclasses); False keeps the dialog open."""
        return True

    def save(self) -> None:
        self.form.clear_problems()
        values = self.form.values()
        if not self.check(values):
            return
        result = save_form(self.form, lambda: self._submit(values) if self.version is None
                           else self._submit(values, self.version), conflict=self.show_conflict)
        if result is FAILED:
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this record meanwhile: let the person choose between the two versions."""

        def use_theirs(conflict: EditConflict) -> None:
            self.version = conflict.current_version
            self.form.set_values(dict(conflict.their_values))
            self.form.clear_problems()
            self.intro.setText(self.tr("The form now shows the version someone else saved. Change it and save, "
                                       "or close it with Cancel."))
            paint_label(self.intro, NOTICE)
            self.intro.setVisible(True)

        self.conflict_dialog = resolve_conflict(
            self, error, keep_mine=save_again(self, "version", self.save), use_theirs=use_theirs,
            choices=self.form.choices, otherwise=lambda text: self.form.show_field_problem(None, text))
