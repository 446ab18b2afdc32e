"""A tab of one kind of a person's records: the table (sorted in memory), Add…, Edit…, Delete….

`RecordsTab` is the shared tab; each kind's columns and texts live in their own module of this
package (contacts.py, goals.py, …). `field_column` shows one form field as a table reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import FieldSpec, Form, Kind
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.drafts import DraftPlace
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.messages import ask, attempt
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, format_date, translate_field_label, vocab_label
from lead_desktop.gui.widgets.views import fit_columns, selected_row, sorted_table
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession

def field_text(spec: FieldSpec, value: object) -> str:
    if value is None or value == "" or value == [] or value == ():
        return ""
    kind = spec.kind
    if kind in (Kind.DATE, Kind.DATETIME):
        return format_date(value)  # type: ignore[arg-type]
    if kind is Kind.CHOICE:
        return vocab_label(spec.vocabulary, value) if spec.vocabulary else str(value)
    if kind is Kind.MULTI:
        return ", ".join(vocab_label(spec.vocabulary, c) if spec.vocabulary else str(c) for c in value)  # type: ignore[union-attr]
    if kind is Kind.BOOL:
        return QCoreApplication.translate("participants", "Yes") if value else ""
    if kind is Kind.LONGTEXT:
        first = str(value).strip().splitlines()[0] if str(value).strip() else ""
        return first if len(first) <= 90 else first[:89] + "…"
    return str(value)


def yes_no(value: object) -> str:
    return (
        QCoreApplication.translate("participants", "Yes") if value else QCoreApplication.translate("participants", "No")
    )


def field_column(form: Form, name: str) -> Column:
    """A column showing one form field as the table reads it; dates and numbers sort by value, the rest by text."""
    spec = form[name]

    def display(record: svc.Record) -> str:
        return field_text(spec, record.values.get(name))

    by_value = spec.kind in (Kind.DATE, Kind.DATETIME, Kind.INT, Kind.BOOL)
    return Column(translate_field_label(spec.label), display, sort=(lambda r: r.values.get(name)) if by_value else None)


def record_column(header: str, display: Callable[[svc.Record], str], *,
                  tone: Callable[[svc.Record], str | None] | None = None,
                  sort: Callable[[svc.Record], object] | None = None) -> Column:
    """A column worked out from the record; a toned state also gets its dot, visible on a selected row."""
    return Column(header, display, sort=sort, tone=tone, dot=tone is not None)


class RecordsTab(QWidget):
    """A person's records of one kind: table (sortable in memory), Add…, Edit…, Delete, empty-state text."""

    changed = Signal()

    def __init__(
        self,
        site: SiteSession,
        participant_id: str,
        kind: str,
        columns: Sequence[Column],
        *,
        add_text: str,
        dialog_title: str,
        empty_text: str,
        defaults: Callable[[], dict] = dict,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}_tab")
        self.site = site
        self.participant_id = participant_id
        self.kind = kind
        self.form = svc.CHILD_KINDS[kind].form
        self.dialog_title = dialog_title
        self.empty_text = empty_text
        self.defaults = defaults
        self.owner_title = ""  # "NOLA-000042 · name", set by the profile: drafts of this tab are named by it
        self.loaded = False
        self.model = RowsModel(columns, self)
        self.view = sorted_table(self.model, self, f"{kind}_table", "", sort_now=(0, Qt.SortOrder.DescendingOrder),
                                 style_rows=True)
        self.proxy = self.view.model()
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(f"{kind}_empty_label")
        mute(self.empty_label)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{kind}_add_button")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName(f"{kind}_edit_button")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName(f"{kind}_delete_button")
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.editable = editable
        self.set_editable(editable)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(editable)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        try:
            records = svc.list_records(self.site, self.kind, self.participant_id)
        except KnownError as error:
            self.empty_label.setText(error_text(error))
            self.empty_label.setVisible(True)
            return
        self.loaded = True
        self.model.set_rows(records)
        self.empty_label.setText("" if records else self.empty_text)
        self.empty_label.setVisible(not records)
        self.view.setVisible(bool(records))
        self.edit_button.setEnabled(bool(records))
        self.delete_button.setEnabled(bool(records))
        self._fit_columns()
        if records:
            self.view.selectRow(0)
        self.records_loaded(records)

    def records_loaded(self, records: list[svc.Record]) -> None:
        """Hook for tabs that show more than the table."""

    def _fit_columns(self) -> None:
        """Columns to their contents (long text capped); the last one stretches to the edge."""
        fit_columns(self.view, cap_chars=28)

    def selected_record(self) -> svc.Record | None:
        return selected_row(self.view)

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        return {}

    def make_dialog(self, record: svc.Record | None) -> RecordDialog:
        if record is None:

            def submit(values: dict) -> svc.Record:
                return svc.add_record(self.site, self.kind, self.participant_id, values)

            values = self.defaults()
        else:

            def submit(values: dict, version: int) -> svc.Record:
                return svc.update_record(self.site, self.kind, record.id, values, expected_version=version)

            values = dict(record.values)
        columns = 2 if len(self.form.fields) > 9 else 1
        return RecordDialog(self.dialog_title, self.form, submit, values, self.choices(), self, columns=columns,
                            version=None if record is None else record.version)

    def _open(self, dialog: RecordDialog, record: svc.Record | None) -> RecordDialog:
        title = " — ".join(t for t in (dialog.windowTitle(), self.owner_title) if t)
        dialog.draft_tracker().identify(DraftPlace(
            self.kind, record.id if record is not None else None, "profile_record",
            {"participant": self.participant_id, "kind": self.kind}, title))
        return open_dialog(dialog, self._on_dialog_saved)

    def add(self) -> RecordDialog | None:
        if not self.editable:
            return None
        return self._open(self.make_dialog(None), None)

    def edit_selected(self) -> RecordDialog | None:
        record = self.selected_record()
        if record is None or not self.editable:
            return None
        return self._open(self.make_dialog(record), record)

    def open_record(self, record_id: str | None) -> RecordDialog | None:
        """The dialog of one record (None: a new one), e.g. to put a draft back into it."""
        if record_id is None:
            return self.add()
        self.ensure_loaded()
        record = next((r for r in self.model.rows() if r.id == record_id), None)
        if record is None or not self.editable:
            return None
        return self._open(self.make_dialog(record), record)

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.editable:
            return

        def delete() -> None:
            if not attempt(self, lambda: svc.delete_record(self.site, self.kind, record.id)):
                return
            self.reload()
            self.changed.emit()

        ask(
            self,
            self.tr("Delete this record? It is kept in the audit trail but no longer shown."),
            self.tr("Delete"),
            delete,
        )

    def _on_dialog_saved(self, _record: object) -> None:
        self.reload()
        self.changed.emit()

