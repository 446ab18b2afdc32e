"""The Site settings form, built from domain.settings.SETTINGS: one editor per spec, errors beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from lead_desktop.domain.settings import SETTINGS, SettingSpec
from lead_desktop.gui.helpers import set_message, style_as_message


class SettingsForm:
    """Owns the rows it adds to a QFormLayout; the page reads changed values and shows errors."""

    def __init__(self, layout: QFormLayout, parent: QWidget) -> None:
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._loaded: dict[str, object] = {}
        for spec in SETTINGS.values():
            label_text = QCoreApplication.translate("settings", spec.label)
            editor = self._editor_for(spec, parent)
            editor.setAccessibleName(label_text)
            editor.setObjectName(f"{spec.key}_setting")
            box = QWidget(parent)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
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
        edit.setMaxLength(120)
        return edit

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
