"""Step 2 of the import dialog: which column of the file fills which field, and the saved mappings.

A mapping is suggested from the file's headers; one saved under a name (e.g. "Outreach sheet 2024")
is applied to the next file from the same place, and columns it names that the file lacks are
reported. Any change of the mapping makes the last check stale. A part of `ImportDialog` (a mixin:
the dialog owns the widgets, the file and the site).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.common import mapping_table
from lead_desktop.gui.exchange.models import MappingModel
from lead_desktop.gui.widgets.look import DANGER, OK, paint_label
from lead_desktop.gui.widgets.messages import ask
from lead_desktop.gui.widgets.text import error_text, translate_field_label
from lead_desktop.services import exchange as ex


class MappingPart:
    """Builds the mapping box; applies, saves and deletes mappings."""

    def _build_mapping_box(self) -> QGroupBox:
        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._on_mapping_model_mapping_changed)
        self.mapping_view = mapping_table(self.mapping_model, self, "mapping_view")
        self.saved_combo = QComboBox(self)
        self.saved_combo.setObjectName("saved_combo")
        self.saved_combo.setAccessibleName(self.tr("Saved mappings"))
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.delete_mapping_button = QPushButton(self.tr("Delete"), self)
        self.delete_mapping_button.setObjectName("delete_mapping_button")
        self.delete_mapping_button.clicked.connect(self._on_delete_mapping_button_clicked)
        self.date_order_combo = QComboBox(self)
        self.date_order_combo.setObjectName("date_order_combo")
        for code in X.DATE_ORDERS:
            self.date_order_combo.addItem(self._vocab(X.DATE_ORDER_LABELS[code]), code)
        self.date_order_combo.activated.connect(self._on_date_order_combo_activated)
        self.mapping_name_edit = QLineEdit(self)
        self.mapping_name_edit.setObjectName("mapping_name_edit")
        self.mapping_name_edit.setPlaceholderText(self.tr("Name, e.g. “Outreach sheet 2024”"))
        self.mapping_name_edit.setAccessibleName(self.tr("Name of the mapping to save"))
        self.mapping_name_edit.setMaxLength(80)
        self.save_mapping_button = QPushButton(self.tr("&Save mapping"), self)
        self.save_mapping_button.setObjectName("save_mapping_button")
        self.save_mapping_button.clicked.connect(self._on_save_mapping_button_clicked)
        self.mapping_label = QLabel(self)
        self.mapping_label.setObjectName("mapping_label")
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setVisible(False)

        mapping_box = QGroupBox(self.tr("2. Which column fills which field"), self)
        top = QHBoxLayout()
        saved_label = QLabel(self.tr("Saved &mapping:"), mapping_box)
        saved_label.setBuddy(self.saved_combo)
        top.addWidget(saved_label)
        top.addWidget(self.saved_combo, 1)
        top.addWidget(self.delete_mapping_button)
        dates_label = QLabel(self.tr("&Dates are written:"), mapping_box)
        dates_label.setBuddy(self.date_order_combo)
        top.addWidget(dates_label)
        top.addWidget(self.date_order_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mapping_name_edit, 1)
        bottom.addWidget(self.save_mapping_button)
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addLayout(top)
        mapping_layout.addWidget(self.mapping_view, 1)
        mapping_layout.addWidget(self.mapping_label)
        mapping_layout.addLayout(bottom)
        return mapping_box

    def _refresh_saved(self, select: str | None = None) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(none: matched by the column names)"), "")
        try:
            saved = ex.list_mappings(self._site, self.kind) if self._site.can(Permission.EDIT_PARTICIPANTS) else []
        except KnownError as err:
            self._say(error_text(err), DANGER)
            saved = []
        for item in saved:
            self.saved_combo.addItem(item.name, item.name)
        if select:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(select)))
        self._update_buttons()

    def apply_mapping(self, mapping: X.ColumnMapping) -> None:
        """Use a saved mapping with the file loaded; columns it names that the file lacks are reported."""
        self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(mapping.date_order)))
        if self.table is None:
            return
        fitted, self._missing_columns = X.fit_mapping(mapping, self.table.headers)
        self.mapping_model.load(self.kind, self.table, fitted)
        self._open_field_editors()

    def _on_saved_combo_activated(self, _index: int) -> None:
        name = self.saved_combo.currentData()
        self._update_buttons()
        if not name:
            if self.table is not None:
                self._missing_columns = []
                self.mapping_model.load(self.kind, self.table,
                                        ex.suggest_mapping(self.kind, self.table.headers, self._date_order()))
                self._open_field_editors()
            return
        try:
            self.apply_mapping(ex.get_mapping(self._site, name))
        except KnownError as err:
            self._say(error_text(err), DANGER)
            return
        self.mapping_name_edit.setText(name)

    def _on_save_mapping_button_clicked(self) -> None:
        try:
            saved = ex.save_mapping(self._site, self.mapping_name_edit.text(), self.mapping_model.mapping())
        except KnownError as err:
            self._say(error_text(err), DANGER)
            return
        self._refresh_saved(select=saved.name)
        self._say(self.tr("Saved the mapping “{name}”. Choose it next time a file comes from the same place.")
                  .format(name=saved.name), OK)

    def _on_delete_mapping_button_clicked(self) -> None:
        name = self.saved_combo.currentData()
        if not name:
            return

        def delete() -> None:
            try:
                ex.delete_mapping(self._site, name)
            except KnownError as err:
                self._say(error_text(err), DANGER)
                return
            self._refresh_saved()
            self._say(self.tr("Deleted the mapping “{name}”.").format(name=name))

        ask(self, self.tr("Delete the saved mapping “{name}”?").format(name=name), self.tr("Delete"), delete)

    def _on_date_order_combo_activated(self, _index: int) -> None:
        self.mapping_model.date_order = self._date_order()
        self._on_mapping_model_mapping_changed()

    def _on_mapping_model_mapping_changed(self) -> None:
        """Any change of the mapping makes the last check stale."""
        self.report = None
        if self.table is not None:
            self.preview_model.load(self.table)
            self.summary_label.setText(self.tr("Not checked yet."))
        problems = []
        if self._missing_columns:
            problems.append(self.tr("The saved mapping names columns this file lacks: {columns}.").format(
                columns=", ".join(self._missing_columns)))
        if self.table is not None:
            required = X.unmapped_required(self.mapping_model.mapping())
            if required:
                problems.append(self.tr("No column fills: {fields}. Every row will need it.").format(
                    fields=", ".join(translate_field_label(label) for label in required)))
        self.mapping_label.setText("\n".join(problems))
        self.mapping_label.setVisible(bool(problems))
        paint_label(self.mapping_label, DANGER if problems else None)
