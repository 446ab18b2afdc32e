"""The recovery key shown once, with the button that saves the Recovery Kit PDF.

Used by the first-run wizard and by Administration > Security after the master
key is changed. The key lives only in this widget while it is shown; `clear()`
drops it from the label and from the panel.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.forms.ui_recovery_key_panel import Ui_RecoveryKeyPanel
from lead_desktop.gui.widgets.look import busy, monospace_font, set_message
from lead_desktop.gui.widgets.text import error_text


def key_for_display(key: str) -> str:
    """Sixteen groups of four on two lines, so the key fits the window at a readable size."""
    groups = re.sub(r"[\s\-]", "", key)
    groups = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    return "-".join(groups[:8]) + "\n" + "-".join(groups[8:])


class RecoveryKeyPanel(QWidget):
    kit_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyPanel()
        self.ui.setupUi(self)
        self.ui.key_label.setFont(monospace_font(1.5))
        self.ui.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.ui.kit_status_label.hide()
        self.ui.save_kit_button.clicked.connect(self._on_save_kit_button_clicked)
        self._key = ""
        self._site_name = ""
        self._data_folder = ""

    def show_key(self, key: str, site_name: str, data_folder: str) -> None:
        self._key, self._site_name, self._data_folder = key, site_name, data_folder
        self.ui.key_label.setText(key_for_display(key))
        set_message(self.ui.kit_status_label, "")
        self.ui.save_kit_button.setEnabled(True)

    def key(self) -> str:
        return self._key

    def displayed_key(self) -> str:
        return self.ui.key_label.text()

    def clear(self) -> None:
        self._key = ""
        self._site_name = ""
        self.ui.key_label.clear()
        set_message(self.ui.kit_status_label, "")
        self.ui.save_kit_button.setEnabled(False)

    def _on_save_kit_button_clicked(self) -> None:
        safe_name = re.sub(r"[^\w\- ]+", "", self._site_name).strip() or "LEAD"
        default = Path.home() / self.tr("{site} Recovery Kit.pdf").format(site=safe_name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Recovery Kit"), str(default), self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_kit(path)

    def save_kit(self, path: str | Path) -> bool:
        """Write the Recovery Kit PDF to `path`; says in the panel how it went."""
        if not self._key:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            # Imported here: the PDF library loads only when someone saves a kit.
            from lead_desktop.reports.recovery_kit import RecoveryKitData
            from lead_desktop.services.site import write_recovery_kit
        except ImportError:
            set_message(
                self.ui.kit_status_label,
                self.tr("This version cannot write the Recovery Kit PDF. Write the key down by hand instead."),
            )
            return False
        data = RecoveryKitData(
            site_name=self._site_name,
            recovery_key=self._key,
            created_on=date.today(),
            data_folder=self._data_folder,
        )
        try:
            with busy():
                write_recovery_kit(data, target, translate=languages.translate_report_text)
        except KnownError as err:
            set_message(self.ui.kit_status_label, error_text(err))
            return False
        except OSError:
            set_message(
                self.ui.kit_status_label,
                self.tr("The Recovery Kit could not be written to {path}. Choose another folder.").format(path=target),
            )
            return False
        set_message(
            self.ui.kit_status_label,
            self.tr("Saved to {path}. Print it, keep the paper locked away, then delete the file.").format(path=target),
        )
        self.kit_saved.emit(str(target))
        return True
