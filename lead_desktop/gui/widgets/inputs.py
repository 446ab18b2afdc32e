"""The inputs a field-spec form uses beyond Qt's own: a typed date (or date and time) with a calendar, and a
checkable list for multiple choices. gui.widgets.forms builds them; other forms (the screening checklist)
reuse the date field.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from lead_desktop.domain.fields import parse_datetime
from lead_desktop.gui.widgets.text import format_date


class DateField(QWidget):
    """An optional date (or date and time) typed as text, with a calendar button to pick the day.

    Typed as US staff write it (12/08/2026, 12/08/2026 9:00 am, noon) or year first (2026-12-08 21:00);
    domain.fields reads every form, so the window, the command line and imports agree."""

    changed = Signal()

    def __init__(self, with_time: bool, not_future: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self._hint())
        self.edit.setMaxLength(40)  # room for "12/08/2026 12:00 midnight", not for a paragraph
        metrics = self.edit.fontMetrics()  # room for a full date and for the hint, in any language
        self.edit.setMinimumWidth(max(metrics.horizontalAdvance("0000-00-00 00:00 pm"),
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

    def _hint(self) -> str:
        return self.tr("MM/DD/YYYY h:mm am") if self.with_time else self.tr("MM/DD/YYYY")

    def examples(self) -> str:
        """What may be typed, for the field's tooltip."""
        if self.with_time:
            return self.tr("For example 12/08/2026 9:00 am, 12/08/2026 noon or 2026-12-08 21:00.")
        return self.tr("For example 12/08/2026 or 2026-12-08.")

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setReadOnly(read_only)
        self.button.setVisible(not read_only)
        self.edit.setPlaceholderText("" if read_only else self._hint())

    def _typed(self) -> datetime | None:
        try:
            return parse_datetime(self.text()) if self.text() else None
        except ValueError:
            return None

    def _on_button_clicked(self) -> None:
        typed = self._typed()
        self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day) if typed else QDate.currentDate())
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _on_calendar_clicked(self, day: QDate) -> None:
        picked = date(day.year(), day.month(), day.day())
        if self.with_time:
            typed = self._typed()
            has_clock = typed is not None and " " in self.text()  # a date alone means no time was typed yet
            clock = typed.time() if has_clock else datetime.now().time().replace(second=0, microsecond=0)
            self.edit.setText(format_date(datetime.combine(picked, clock)))
        else:
            self.edit.setText(format_date(picked))
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
