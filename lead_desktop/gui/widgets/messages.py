"""Messages and questions that do not block: a note, a known error, a question with a named answer.

Boxes open with `QMessageBox.open()` (window-modal, non-blocking) so the event loop keeps running:
the page stays responsive and tests can find and answer the box like a person would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.text import error_text


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton) -> QMessageBox:
    box = QMessageBox(icon, title or QCoreApplication.translate("participants", "LEAD Desktop"), text, buttons, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_message(parent: QWidget, text: str, *, title: str = "", warning: bool = True) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
               QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_error(parent: QWidget, error: KnownError) -> QMessageBox:
    return show_message(parent, error_text(error))


def ask(parent: QWidget, text: str, yes_text: str, on_yes: Callable[[], None], *, title: str = "",
        destructive: bool = False, no_text: str = "") -> QMessageBox:
    """A question with a named confirm button and Cancel (the default, or `no_text` when given); `on_yes`
    runs only when confirmed.

    A destructive question (deactivating an account, changing the master key) has a warning icon and
    its confirm button in the destructive place."""
    box = _box(parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
               QMessageBox.StandardButton.NoButton)
    confirm = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole if destructive
                            else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if no_text:
        cancel.setText(no_text)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished() -> None:
        if box.clickedButton() is confirm:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def attempt(parent: QWidget, call: Callable[[], object]) -> bool:
    """Call a service; a known refusal is shown in a message box. True when it worked."""
    try:
        call()
    except KnownError as error:
        show_error(parent, error)
        return False
    return True


def ask_then(parent: QWidget, text: str, yes_text: str, call: Callable[[], object], done: Callable[[], object], *,
             title: str = "", destructive: bool = False) -> QMessageBox:
    """A question; when confirmed, `call()` the service and then `done()` (a refusal is shown instead)."""
    return ask(parent, text, yes_text, lambda: attempt(parent, call) and done(), title=title, destructive=destructive)
