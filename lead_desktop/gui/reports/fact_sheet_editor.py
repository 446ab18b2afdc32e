"""The fact sheet's site-editable texts and logo (administrators and project managers).

Plain text: a blank line starts a new paragraph, a line starting with "- " becomes a bullet.
An emptied field goes back to the shipped default; "How to refer" and "Contact" have none, so
until they are written they are left out of the fact sheet (their empty fields say so). The logo
(PNG or JPEG, at most 512 KB) is kept inside the encrypted database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.reports.options import FACT_SHEET_TEXT_LABELS
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import reporting
from lead_desktop.services.session import SiteSession

LOGO_PREVIEW = 96


class FactSheetEditor(QWidget):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fact_sheet_editor")
        self._site: SiteSession | None = None
        intro = QLabel(self.tr(
            "These texts print on the site's fact sheet. A blank line starts a new paragraph; a line starting "
            "with “- ” becomes a bullet. Empty a field to go back to the default text; a text without one "
            "(how to refer, contact) is left out of the fact sheet until it is written."), self)
        intro.setWordWrap(True)
        labels = {key: QCoreApplication.translate("ReportsPage", text) for key, text in FACT_SHEET_TEXT_LABELS.items()}
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, text in labels.items():
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"{key}_edit")
            edit.setAccessibleName(text)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setPlaceholderText(self.tr("Not written yet: left out of the fact sheet."))
            label = QLabel(text + ":", self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[key] = edit
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logo_label")
        self.logo_label.setMinimumSize(LOGO_PREVIEW, LOGO_PREVIEW // 2)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"), self)
        self.choose_logo_button.setObjectName("choose_logo_button")
        self.remove_logo_button = QPushButton(self.tr("Remove logo"), self)
        self.remove_logo_button.setObjectName("remove_logo_button")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("fact_sheet_message_label")
        self.message_label.setWordWrap(True)
        self.defaults_button = QPushButton(self.tr("Restore &defaults"), self)
        self.defaults_button.setObjectName("defaults_button")
        self.save_button = QPushButton(self.tr("&Save texts"), self)
        self.save_button.setObjectName("save_texts_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.choose_logo_button.clicked.connect(self._on_choose_logo_button_clicked)
        self.remove_logo_button.clicked.connect(self._on_remove_logo_button_clicked)

    def set_site(self, site: SiteSession | None) -> None:
        self._site = site
        self.message_label.clear()
        for edit in self.edits.values():
            edit.clear()
        self.logo_label.clear()
        if site is None:
            return
        try:
            text = reporting.fact_sheet_text(site, languages.current_language())
            for key, edit in self.edits.items():
                edit.setPlainText(getattr(text, key))
            self._show_logo(reporting.logo(site))
        except KnownError as err:
            self.message_label.setText(error_text(err))

    def _show_logo(self, data: bytes | None) -> None:
        self.remove_logo_button.setEnabled(bool(data))
        if not data:
            self.logo_label.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_label.setPixmap(pixmap.scaled(LOGO_PREVIEW, LOGO_PREVIEW // 2, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))

    def save(self) -> bool:
        if self._site is None:
            return False
        try:
            reporting.save_fact_sheet_text(self._site, {k: e.toPlainText() for k, e in self.edits.items()})
        except KnownError as err:
            self.message_label.setText(error_text(err))
            return False
        self.set_site(self._site)
        self.message_label.setText(self.tr("Fact-sheet texts saved."))
        self.saved.emit()
        return True

    def _on_defaults_button_clicked(self) -> None:
        default = reporting.default_fact_sheet_text(languages.current_language())
        for key, edit in self.edits.items():
            edit.setPlainText(getattr(default, key))
        self.message_label.setText(self.tr("Defaults restored here; save to keep them."))

    def set_logo_file(self, path: str | Path | None) -> bool:
        if self._site is None:
            return False
        try:
            data = Path(path).read_bytes() if path else None
        except OSError:
            self.message_label.setText(self.tr("That file cannot be read."))
            return False
        try:
            reporting.set_logo(self._site, data)
        except KnownError as err:
            self.message_label.setText(error_text(err))
            return False
        self._show_logo(data)
        self.message_label.setText(self.tr("Logo saved.") if data else self.tr("Logo removed."))
        return True

    def _on_choose_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the site's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(path)

    def _on_remove_logo_button_clicked(self) -> None:
        self.set_logo_file(None)
