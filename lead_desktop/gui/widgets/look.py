"""How states and headings look: one color language (tones), message labels, headings, fonts, a busy cursor,
and the part of the screen a window may fill.

A state is always shown as words AND a tone (ok, notice, warning, danger, muted), never color
alone; the tone's color is chosen for contrast with the palette in use, so light and dark themes
both work. Fonts come from the platform and are only scaled, never hard-coded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

OK, NOTICE, WARNING, DANGER, MUTED = "ok", "notice", "warning", "danger", "muted"

_LIGHT = {OK: "#1b5e20", NOTICE: "#0d47a1", WARNING: "#8a4b00", DANGER: "#b00020", MUTED: "#5f6368"}
_DARK = {OK: "#81c784", NOTICE: "#90caf9", WARNING: "#ffcc80", DANGER: "#ff8a80", MUTED: "#b0b0b0"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone_colour(tone: str, palette: QPalette) -> QColor:
    """Foreground color for a state, chosen for contrast against the palette's base color."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


def paint_label(label: QLabel, tone: str | None) -> None:
    if tone is None:
        label.setPalette(QPalette())  # an unresolved palette: inherit the parent's again
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, tone_colour(tone, palette))
    label.setPalette(palette)


_DOTS: dict[tuple[str, bool], QPixmap] = {}


def tone_dot(tone: str) -> QPixmap:
    """A small filled circle in the tone's color: the state stays visible on a selected (highlighted) row."""
    palette = QGuiApplication.palette()
    key = (tone, is_dark(palette))
    if key not in _DOTS:
        size = 11
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(255, 255, 255, 200))  # a light rim keeps the dot visible on a selected row
        painter.setBrush(tone_colour(tone, palette))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _DOTS[key] = pixmap
    return _DOTS[key]


def mute(label: QLabel) -> QLabel:
    """Secondary text (empty-list sentences): readable grey, not the faint disabled color."""
    paint_label(label, MUTED)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ElidedLabel(QLabel):
    """A name, a title or a status line that never widens its window nor changes height: with `lines` = 1 it
    ends in “…” when the room is short; with more it wraps and shows as many words as fit in that many
    lines, then “…”. Its tooltip and accessible name hold all of it; `text()` gives it back whole."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        if lines > 1:
            self.setWordWrap(True)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._fix_height()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height() if self._lines == 1 else self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        height = super().minimumSizeHint().height() if self._lines == 1 else self.height()
        return QSize(self.fontMetrics().horizontalAdvance("MMMM…"), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # e.g. made a heading
            self._fix_height()
            self.updateGeometry()
            self._fit()

    def _fix_height(self) -> None:
        if self._lines > 1:
            self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + 4)

    def _fit(self) -> None:
        room = self.contentsRect().width()
        if room <= 0:
            QLabel.setText(self, self._full[:1])
        elif self._lines == 1:
            QLabel.setText(self, self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))
        else:
            QLabel.setText(self, self._wrapped(room))

    def _wrapped(self, room: int) -> str:
        """As many words as fit in the lines at this width, then “…”."""
        metrics, budget = self.fontMetrics(), self._lines * self.fontMetrics().lineSpacing()

        def height(text: str) -> int:
            return metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()

        if height(self._full) <= budget:
            return self._full
        words = self._full.split(" ")
        low, high = 0, len(words)  # the most words that fit, found by halving
        while low < high:
            middle = (low + high + 1) // 2
            if height(" ".join(words[:middle]) + " …") <= budget:
                low = middle
            else:
                high = middle - 1
        return " ".join(words[:low]).rstrip(",;: ") + " …"


def heading(label: QLabel, scale: float = 1.5) -> QLabel:
    """Bigger, bold text from the platform font (point or pixel sized)."""
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    label.setFont(font)
    return label


def monospace_font(scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def set_message(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show `text` in `label` (hidden when empty); screen readers get it as the field's description."""
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        field.setAccessibleDescription(text)


def style_as_message(*labels: QLabel) -> None:
    """Messages about input are bold in the palette's own text color, so they work in light and dark themes."""
    for label in labels:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()


def problem_label(parent: QWidget, name: str = "problem_label") -> QLabel:
    """A hidden, word-wrapping label for what went wrong (shown with `show_problem`)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str, tone: str | None = DANGER) -> None:
    label.setText(text)
    paint_label(label, tone)
    label.setVisible(bool(text))


def available_area(widget: QWidget) -> QRect:
    """The free part (without task bars) of the screen `widget`'s window is on; a dialog not shown yet opens
    over its parent, so it is measured on the parent's screen."""
    # WORKAROUND: not `QWidget.screen()`. PySide6 6.11 makes the QScreen it returns a Python child of the
    # widget; when the cycle collector later frees that widget together with the screen's wrapper and clears
    # the wrapper first, the wrapper is handed ownership of the QScreen and deletes the application's screen,
    # and the next window crashes inside Qt. The static look-ups leave the screen's wrapper unowned.
    window = widget.window()
    if not window.isVisible() and window.parentWidget() is not None:
        window = window.parentWidget().window()
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


TITLE_BAR_ALLOWANCE = 40  # pixels the window manager's frame may add above a window


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """`width` × `height` where the screen has room for it, else as much as its free area leaves (a title bar
    allowed for), never below what the layout needs: a dialog on a 1024 × 700 laptop keeps its buttons on it."""
    area = available_area(widget)
    minimum = widget.minimumSizeHint()
    widget.resize(max(minimum.width(), min(width, area.width())),
                  max(minimum.height(), min(height, area.height() - TITLE_BAR_ALLOWANCE)))


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around a call that takes a moment (key derivation, backup)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
