"""The Site settings form, built from domain.settings.SETTINGS: one editor per spec, errors beside it.

Settings the program keeps for itself (not `editable`) get no editor. A folder setting
gets a text field with a Browse… button. The site logo is not a setting row: `LogoEditor`
holds the chosen image (checked with Qt before it is offered to the service) until the
page saves it with the other changes. Settings typed and not saved are kept as a draft
(`settings_draft`, gui.widgets.drafts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collections.abc import Callable

from lead_desktop.domain.settings import SETTINGS, SettingSpec
from lead_desktop.gui.widgets.drafts import DraftPlace, DraftTracker
from lead_desktop.gui.widgets.look import set_message, style_as_message
from lead_desktop.services.settings import LOGO_MAX_BYTES, logo_kind


class SettingsForm:
    """Owns the rows it adds to a QFormLayout; the page reads changed values and shows errors."""

    def __init__(self, layout: QFormLayout, parent: QWidget) -> None:
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        self.rows: dict[str, QWidget] = {}
        self._layout = layout
        self._loaded: dict[str, object] = {}
        self._parent = parent
        for spec in SETTINGS.values():
            if not spec.editable:
                continue
            label_text = QCoreApplication.translate("settings", spec.label)
            editor = self._editor_for(spec, parent)
            editor.setAccessibleName(label_text)
            editor.setObjectName(f"{spec.key}_setting")
            box = QWidget(parent)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            if spec.editor == "folder":
                column.addLayout(self._with_browse_button(spec, editor, box, label_text))
            else:
                column.addWidget(editor)
            if spec.help:
                help_label = QLabel(QCoreApplication.translate("settings", spec.help), box)
                help_label.setWordWrap(True)
                column.addWidget(help_label)
            error_label = QLabel(box)
            style_as_message(error_label)
            column.addWidget(error_label)
            if isinstance(editor, QCheckBox):
                editor.setText(label_text)
                layout.addRow("", box)
            else:
                label = QLabel(label_text + ":", parent)
                label.setBuddy(editor)
                layout.addRow(label, box)
            self.editors[spec.key] = editor
            self.error_labels[spec.key] = error_label
            self.rows[spec.key] = box

    def _with_browse_button(self, spec: SettingSpec, editor: QWidget, box: QWidget, label_text: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        button = QPushButton(QCoreApplication.translate("SettingsForm", "B&rowse…"), box)
        button.setObjectName(f"{spec.key}_browse_button")
        button.setAccessibleName(QCoreApplication.translate("SettingsForm", "Choose: {setting}").format(setting=label_text))
        button.clicked.connect(lambda: self._browse(spec.key))
        row.addWidget(button)
        self.browse_buttons[spec.key] = button
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(QCoreApplication.translate("SettingsForm", "the backups folder beside the site"))
        return row

    def _browse(self, key: str) -> None:
        editor = self.editors[key]
        current = self.value(key)
        start = str(current) if current and Path(str(current)).is_dir() else str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self._parent, QCoreApplication.translate("SettingsForm", "Choose the backup folder"), start
        )
        if folder and isinstance(editor, QLineEdit):
            editor.setText(folder)

    @staticmethod
    def _editor_for(spec: SettingSpec, parent: QWidget) -> QWidget:
        if spec.kind is bool:
            return QCheckBox(parent)
        if spec.kind is int:
            spin = QSpinBox(parent)
            spin.setRange(spec.minimum if spec.minimum is not None else 0, spec.maximum if spec.maximum is not None else 100000)
            spin.setMaximumWidth(spin.sizeHint().width() + 40)
            return spin
        edit = QLineEdit(parent)
        edit.setMaxLength(400 if spec.editor == "folder" else 120)
        return edit

    def set_rows_visible(self, keys: tuple[str, ...], visible: bool) -> None:
        """Show or hide settings that mean nothing for this site (e.g. backups on a shared server)."""
        for key in keys:
            if key in self.rows:
                self._layout.setRowVisible(self.rows[key], visible)

    def focus_chain(self) -> list[QWidget]:
        """The editors (and their Browse… buttons) in the order they are shown."""
        chain: list[QWidget] = []
        for key, editor in self.editors.items():
            chain.append(editor)
            if key in self.browse_buttons:
                chain.append(self.browse_buttons[key])
        return chain

    def value(self, key: str) -> object:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return editor.text()

    def set_value(self, key: str, value: object) -> None:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            editor.setText(str(value))

    def load(self, values: dict[str, object]) -> None:
        self._loaded = dict(values)
        for key, value in values.items():
            if key in self.editors:
                self.set_value(key, value)
        self.show_errors({})

    def mark_saved(self, key: str, value: object) -> None:
        self._loaded[key] = value
        self.set_value(key, value)

    def changed_values(self) -> dict[str, object]:
        return {key: self.value(key) for key in self.editors if self.value(key) != self._loaded.get(key)}

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            set_message(label, errors.get(key, ""), self.editors[key])

    def clear(self) -> None:
        self._loaded = {}
        for editor in self.editors.values():
            if isinstance(editor, QCheckBox):
                editor.setChecked(False)
            elif isinstance(editor, QSpinBox):
                editor.setValue(editor.minimum())
            else:
                editor.clear()
        self.show_errors({})


def settings_draft(owner: QWidget, form: SettingsForm, versions: Callable[[], dict[str, int]]) -> DraftTracker:
    """The changed settings as a draft, with the version each was typed over: a setting someone else
    changed since shows the conflict dialog when saved, never a silent overwrite."""

    def read() -> dict:
        changed = form.changed_values()
        return {"values": changed, "versions": {key: versions().get(key) for key in changed}}

    def write(draft: dict) -> None:
        for key, value in (draft.get("values") or {}).items():
            if key in form.editors:
                form.set_value(key, value)
        for key, version in (draft.get("versions") or {}).items():
            if version is not None and key in form.editors:
                versions()[key] = int(version)

    tracker = DraftTracker(owner, read, write)
    return tracker.identify(DraftPlace("settings", None, "settings", {},
                                       QCoreApplication.translate("SettingsForm", "Site settings")))


class LogoEditor:
    """The logo preview and its Choose/Remove buttons; the change waits for Save settings."""

    PREVIEW = QSize(160, 80)

    def __init__(self, preview: QLabel, choose: QPushButton, remove: QPushButton, message: QLabel) -> None:
        self.preview = preview
        self.choose_button = choose
        self.remove_button = remove
        self.message = message
        self._saved: bytes | None = None
        self._current: bytes | None = None
        style_as_message(message)
        choose.clicked.connect(self._on_choose_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        self._show()

    @property
    def changed(self) -> bool:
        return self._current != self._saved

    @property
    def data(self) -> bytes | None:
        return self._current

    def load(self, data: bytes | None) -> None:
        self._saved = self._current = data
        set_message(self.message, "")
        self._show()

    def mark_saved(self) -> None:
        self._saved = self._current

    def clear(self) -> None:
        self.load(None)

    def choose_file(self, path: str | Path) -> bool:
        """Take the image at `path` when it is a PNG or JPEG of at most 1 MB that Qt can read."""
        translate = QCoreApplication.translate
        try:
            with open(path, "rb") as handle:
                data = handle.read(LOGO_MAX_BYTES + 1)
        except OSError:
            set_message(self.message, translate("LogoEditor", "That file cannot be read."))
            return False
        image = QImage.fromData(data)
        if len(data) > LOGO_MAX_BYTES or logo_kind(data) is None or image.isNull():
            set_message(self.message, translate("LogoEditor", "A logo must be a PNG or JPEG image of at most 1 MB."))
            return False
        self._current = data
        set_message(self.message, translate("LogoEditor", "Save the settings to keep this logo."))
        self._show()
        return True

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.preview.window(),
            QCoreApplication.translate("LogoEditor", "Choose the site's logo"),
            str(Path.home()),
            QCoreApplication.translate("LogoEditor", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.choose_file(path)

    def _on_remove_clicked(self) -> None:
        self._current = None
        set_message(self.message, QCoreApplication.translate("LogoEditor", "Save the settings to remove the logo."))
        self._show()

    def _show(self) -> None:
        translate = QCoreApplication.translate
        image = QImage.fromData(self._current) if self._current else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate("LogoEditor", "No logo"))
        else:
            ratio = self.preview.devicePixelRatioF() or 1.0
            scaled = QPixmap.fromImage(image).scaled(
                self.PREVIEW * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            scaled.setDevicePixelRatio(ratio)
            self.preview.setPixmap(scaled)
        self.remove_button.setEnabled(self._current is not None)
