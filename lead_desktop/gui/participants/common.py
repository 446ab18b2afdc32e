"""Small helpers the participant pages share: error text, non-blocking messages, dates and state colours.

Messages open with `QMessageBox.open()` (window-modal, non-blocking) so the
event loop keeps running: the page stays responsive and tests can find and
answer the box like a person would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QWidget

from lead_desktop.domain.errors import KnownError, PermissionDenied
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.gui.widgets.forms import problem_text, translate_field_label


def error_text(error: KnownError) -> str:
    """A known error in the person's language (params that are vocabulary labels are translated too)."""
    if isinstance(error, FormInvalid):
        fields = ", ".join(translate_field_label(p.params.get("label", n)) for n, p in error.problems.items())
        head = QCoreApplication.translate("errors", FormInvalid.template).format(fields=fields)
        return head + "\n" + "\n".join(problem_text(p) for p in error.problems.values())
    params = dict(error.params)
    if isinstance(error, PermissionDenied):
        params = {k: QCoreApplication.translate("vocab", v) if isinstance(v, str) else v for k, v in params.items()}
    return QCoreApplication.translate("errors", error.template).format(**params)


def show_message(parent: QWidget, text: str, *, title: str = "", warning: bool = True) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
        title or QCoreApplication.translate("participants", "LEAD Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_error(parent: QWidget, error: KnownError) -> QMessageBox:
    return show_message(parent, error_text(error))


def ask(parent: QWidget, text: str, yes_text: str, on_yes: Callable[[], None], *, title: str = "") -> QMessageBox:
    """A question with a named confirm button and Cancel; `on_yes` runs only when confirmed."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or QCoreApplication.translate("participants", "LEAD Desktop"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    confirm = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if box.clickedButton() is confirm:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def vocab_label(vocabulary, code: object) -> str:  # noqa: ANN001 - a domain Vocabulary
    if code is None or code == "":
        return ""
    return QCoreApplication.translate("vocab", vocabulary.label(str(code)))


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def format_count(n: int) -> str:
    return QLocale().toString(n)


# ----- states shown as text AND colour -----------------------------------------------------------

OK, NOTICE, WARNING, DANGER, MUTED = "ok", "notice", "warning", "danger", "muted"

_LIGHT = {OK: "#1b5e20", NOTICE: "#0d47a1", WARNING: "#8a4b00", DANGER: "#b00020", MUTED: "#5f6368"}
_DARK = {OK: "#81c784", NOTICE: "#90caf9", WARNING: "#ffcc80", DANGER: "#ff8a80", MUTED: "#b0b0b0"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone_colour(tone: str, palette: QPalette) -> QColor:
    """Foreground colour for a state, chosen for contrast against the palette's base colour."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


CONSENT_TONES = {"active": OK, "expiring": WARNING, "expired": DANGER, "revoked": MUTED}
STATUS_TONES = {"active": OK, "inactive": WARNING, "unable_to_locate": WARNING, "exited": MUTED}
CASELOAD_TONES = {"ok": OK, "over_average": WARNING, "over_maximum": DANGER}


def paint_label(label: QLabel, tone: str | None) -> None:
    if tone is None:
        label.setPalette(QPalette())  # an unresolved palette: inherit the parent's again
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, tone_colour(tone, palette))
    label.setPalette(palette)


_DOTS: dict[tuple[str, bool], QPixmap] = {}


def tone_dot(tone: str) -> QPixmap:
    """A small filled circle in the tone's colour: the state stays visible on a selected (highlighted) row."""
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
    """Secondary text (empty-list sentences): readable grey, not the faint disabled colour."""
    paint_label(label, MUTED)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def heading_font(label: QLabel, scale: float) -> None:
    """Bigger, bold text from the platform font (point or pixel sized)."""
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    label.setFont(font)


def page_action(
    widget: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
) -> QAction:
    """An action with a shortcut that works while the focus is inside `widget` (so two pages can both use
    Ctrl+N without clashing). The main window may also put it in a menu."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def sort_on_header_click(view: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Rows stay in the service's order (already sorted in SQL) until a header is clicked; sorting up
    front would ask the model for every row's sort value before the first paint."""
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)

    def sort(column: int, order: Qt.SortOrder) -> None:
        header.setSortIndicatorShown(True)
        proxy.sort(column, order)

    header.sortIndicatorChanged.connect(sort)
