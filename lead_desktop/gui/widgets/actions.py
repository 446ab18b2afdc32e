"""Buttons and keyboard actions of a page.

A page's shortcuts work while the focus is inside the page, so two pages can both use
Ctrl+N without clashing; the main window may also put the action in a menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QWidget


def page_action(
    widget: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
) -> QAction:
    """An action with a shortcut that works while the focus is inside `widget`."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def trigger_shortcut(root: QWidget, sequence: QKeySequence) -> bool:
    """Trigger the action under `root` that `sequence` would reach if the focus were inside it: enabled, with
    that shortcut, on a widget on screen. For a key pressed where none of a page's actions listen (the
    navigation list beside the page). False when there is none."""
    for action in (*root.actions(), *root.findChildren(QAction)):
        owner = action.parent()
        if (action.isEnabled() and action.shortcut() == sequence and isinstance(owner, QWidget)
                and owner.isVisible() and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut):
            action.trigger()
            return True
    return False


def button(text: str, parent: QWidget, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def button_row(*widgets: QWidget) -> QLayout:
    """Widgets side by side from the left, the rest of the row empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
