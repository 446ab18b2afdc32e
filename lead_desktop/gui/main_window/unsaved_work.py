"""The Unsaved work dialog: drafts an earlier session left (a crash, a power cut, closing with open edits).

Shown after signing in, beside the window (not modal, so a restored form can be worked on while
the list stays open): "Unsaved work from <date>: N drafts", and for each draft what it is, when it
was typed and the start of what it holds, with Restore (opens it in its form) and Discard. Decide
later closes the list and keeps the drafts for the next sign-in. The dialog only collects the
choice; the window acts (gui.main_window.drafts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.gui.widgets.look import heading, mute
from lead_desktop.gui.widgets.text import format_date
from lead_desktop.services.drafts import DraftInfo

SUMMARY_CHARS = 80


def drafts_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("UnsavedWorkDialog", "1 draft")
    return QCoreApplication.translate("UnsavedWorkDialog", "{count} drafts").format(count=count)


def local(draft: DraftInfo) -> str:
    return format_date(draft.saved_at.astimezone().replace(tzinfo=None))


def summary(values: object) -> str:
    """The longest text the person typed, shortened: enough to recognize the draft."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, str) and value.strip():
            texts.append(" ".join(value.split()))

    walk(values)
    text = max(texts, key=len, default="")
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


class UnsavedWorkDialog(QDialog):
    restore_requested = Signal(object)  # DraftInfo
    discard_requested = Signal(object)  # DraftInfo

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved_work_dialog")
        self.setWindowTitle(self.tr("Unsaved work"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drafts = {draft.id: draft for draft in drafts}
        self.rows: dict[str, QWidget] = {}
        newest = max(drafts, key=lambda d: d.saved_at)
        self.title_label = QLabel(self.tr("Unsaved work from {date}: {drafts}").format(
            date=local(newest)[:10], drafts=drafts_text(len(drafts))), self)
        self.title_label.setObjectName("unsaved_title_label")
        heading(self.title_label, 1.2)
        intro = QLabel(self.tr(
            "LEAD Desktop closed before this was saved. Restore opens each draft in its form, where you can "
            "check it and save it; Discard throws it away. Decide later keeps them for your next sign-in."), self)
        intro.setWordWrap(True)
        body = QWidget(self)
        self.list_layout = QVBoxLayout(body)
        for draft in sorted(drafts, key=lambda d: d.saved_at, reverse=True):
            row = self._row(draft, body, first=not self.rows)
            self.rows[draft.id] = row
            self.list_layout.addWidget(row)
        self.list_layout.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        buttons = QDialogButtonBox(self)
        self.later_button = buttons.addButton(self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("later_button")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(720, min(560, 200 + 70 * len(drafts)))

    def _row(self, draft: DraftInfo, parent: QWidget, *, first: bool) -> QWidget:
        """One draft with its Restore and Discard; only the newest's buttons answer to Alt+R and Alt+D (a letter
        underlined on every row would only move the focus between them), the others are reached with Tab."""
        row = QFrame(parent)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        row.setObjectName(f"draft_row_{draft.id}")
        title = QLabel(draft.title or draft.form, row)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text = summary(draft.values)
        detail = QLabel(self.tr("Typed {when}").format(when=local(draft)) + (f" — “{text}”" if text else ""), row)
        detail.setWordWrap(True)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        mute(detail)
        restore = QPushButton(self.tr("&Restore") if first else self.tr("Restore"), row)
        restore.setObjectName("restore_button")
        restore.setAccessibleName(self.tr("Restore: {draft}").format(draft=title.text()))
        restore.clicked.connect(lambda: self.restore_requested.emit(draft))
        discard = QPushButton(self.tr("&Discard") if first else self.tr("Discard"), row)
        discard.setObjectName("discard_button")
        discard.setAccessibleName(self.tr("Discard: {draft}").format(draft=title.text()))
        discard.clicked.connect(lambda: self.discard_requested.emit(draft))
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(detail)
        layout = QHBoxLayout(row)
        layout.addLayout(texts, 1)
        layout.addWidget(restore)
        layout.addWidget(discard)
        return row

    def row(self, draft_id: str) -> QWidget | None:
        return self.rows.get(draft_id)

    def remove(self, draft_id: str) -> None:
        """A draft was restored or discarded: its row goes; the dialog closes with the last one."""
        row = self.rows.pop(draft_id, None)
        self.drafts.pop(draft_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if not self.rows:
            self.accept()
