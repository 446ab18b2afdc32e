"""One participant's profile: a header and a tab per kind of record, each tab loaded when first shown.

Tabs share one `RecordsTab` (table + Add/Edit/Delete through a form dialog);
the consent tab adds the signed-form scans (stored inside the encrypted database
by the service — the window never writes a loose file except on an explicit
"Save a copy…") and the disclosure log; the merge tab merges and undoes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSaveFile, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import FieldSpec, Form, FormInvalid, Kind
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.conflict_dialog import ConflictDialog, resolve_conflict
from lead_desktop.gui.participants.common import (
    CONSENT_TONES,
    STATUS_TONES,
    ask,
    error_text,
    format_date,
    heading_font,
    mute,
    page_action,
    paint_label,
    show_error,
    show_message,
    vocab_label,
)
from lead_desktop.gui.participants.dialogs import (
    DisclosureDialog,
    MergeDialog,
    RecordDialog,
    consent_choice_label,
    fit_columns,
    now_minute,
    scrolling,
)
from lead_desktop.gui.participants.models import (
    SORT_ROLE,
    MergeModel,
    MergeRow,
    RecordColumn,
    RecordTableModel,
)
from lead_desktop.gui.widgets.forms import FormWidget, translate_field_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession

# ----- how a field's value reads in a table cell -----------------------------------------------


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


def field_column(form: Form, name: str) -> RecordColumn:
    """A column showing one form field as the table reads it; dates and numbers sort by value, the rest by text."""
    spec = form[name]

    def display(record: svc.Record) -> str:
        return field_text(spec, record.values.get(name))

    by_value = spec.kind in (Kind.DATE, Kind.DATETIME, Kind.INT, Kind.BOOL)
    return RecordColumn(
        translate_field_label(spec.label), display, sort=(lambda r: r.values.get(name)) if by_value else None
    )


# ----- a tab of records of one kind --------------------------------------------------------------


class RecordsTab(QWidget):
    """A person's records of one kind: table (sortable in memory), Add…, Edit…, Delete, empty-state text."""

    changed = Signal()

    def __init__(
        self,
        site: SiteSession,
        participant_id: str,
        kind: str,
        columns: Sequence[RecordColumn],
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
        self.loaded = False
        self.model = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName(f"{kind}_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
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
        self.model.set_records(records)
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
        header = self.view.horizontalHeader()
        cap = max(160, self.view.fontMetrics().horizontalAdvance("M") * 28)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)

    def selected_record(self) -> svc.Record | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.record_at(source.row())

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

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    def add(self) -> RecordDialog | None:
        if not self.editable:
            return None
        return self._open(self.make_dialog(None))

    def edit_selected(self) -> RecordDialog | None:
        record = self.selected_record()
        if record is None or not self.editable:
            return None
        return self._open(self.make_dialog(record))

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.editable:
            return

        def delete() -> None:
            try:
                svc.delete_record(self.site, self.kind, record.id)
            except KnownError as error:
                show_error(self, error)
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


# ----- the tabs with something extra ------------------------------------------------------------


class DisclosuresTab(RecordsTab):
    def __init__(
        self,
        site: SiteSession,
        participant_id: str,
        consent_labels: Callable[[], dict[str, str]],
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        form = P.DISCLOSURE_FORM
        self._consent_labels = consent_labels

        def under(record: svc.Record) -> str:
            consent_id = record.values.get("consent_id")
            if consent_id:
                return self._consent_labels().get(
                    str(consent_id), QCoreApplication.translate("participants", "a consent")
                )
            return QCoreApplication.translate("participants", "none — {reason}").format(
                reason=field_text(form["reason_without_consent"], record.values.get("reason_without_consent"))
            )

        columns = [
            field_column(form, "disclosed_on"),
            field_column(form, "recipient"),
            field_column(form, "information"),
            field_column(form, "purpose"),
            RecordColumn(
                translate_field_label(form["consent_id"].label),
                under,
                tone=lambda r: None if r.values.get("consent_id") else "warning",
            ),
        ]
        super().__init__(
            site,
            participant_id,
            "disclosure",
            columns,
            add_text=QCoreApplication.translate("participants", "Record &disclosure…"),
            dialog_title=QCoreApplication.translate("participants", "Record disclosure"),
            empty_text=QCoreApplication.translate("participants", "No disclosures recorded."),
            editable=editable,
            parent=parent,
        )
        self.add_button.setObjectName("disclosure_add_button")

    def make_dialog(self, record: svc.Record | None) -> RecordDialog:
        try:
            consents = svc.active_consents(self.site, self.participant_id)
            linked = record.values.get("consent_id") if record is not None else None
            if linked and all(c.id != linked for c in consents):
                # Editing an old disclosure: keep offering the consent it was made under, even if expired since.
                consents += [c for c in svc.list_records(self.site, "consent", self.participant_id) if c.id == linked]
        except KnownError:
            consents = []
        if record is None:

            def submit(values: dict) -> svc.Record:
                return svc.add_record(self.site, "disclosure", self.participant_id, values)
        else:

            def submit(values: dict, version: int) -> svc.Record:
                return svc.update_record(self.site, "disclosure", record.id, values, expected_version=version)

        dialog = DisclosureDialog(submit, consents, self)
        if record is not None:
            dialog.form.set_values(dict(record.values))
            dialog.version = record.version
            dialog.setWindowTitle(self.tr("Edit disclosure"))
        return dialog


class ConsentsTab(RecordsTab):
    """Consents with their state, the signed-form scans of the selected one, and the disclosure log."""

    def __init__(self, site: SiteSession, participant_id: str, editable: bool, parent: QWidget | None = None) -> None:
        form = P.CONSENT_FORM

        def state_text(record: svc.Record) -> str:
            state = str(record.extra.get("state", "active"))
            return QCoreApplication.translate("vocab", P.CONSENT_STATE_LABELS[state])

        def expiry(record: svc.Record) -> str:
            return format_date(record.values.get("expires_on")) or str(record.values.get("expiry_event") or "")

        columns = [
            field_column(form, "consent_type"),
            RecordColumn(
                QCoreApplication.translate("participants", "State"),
                state_text,
                tone=lambda r: CONSENT_TONES.get(str(r.extra.get("state"))),
            ),
            RecordColumn(
                QCoreApplication.translate("participants", "Part 2 (SUD)"), lambda r: yes_no(r.values.get("sud"))
            ),
            RecordColumn(
                translate_field_label(form["recipients"].label),
                lambda r: "; ".join(str(r.values.get("recipients") or "").split("\n")),
            ),
            field_column(form, "signed_on"),
            RecordColumn(
                QCoreApplication.translate("participants", "Expires"), expiry, sort=lambda r: r.values.get("expires_on")
            ),
            field_column(form, "revoked_on"),
        ]
        super().__init__(
            site,
            participant_id,
            "consent",
            columns,
            add_text=QCoreApplication.translate("participants", "Add &consent…"),
            dialog_title=QCoreApplication.translate("participants", "Consent / release of information"),
            empty_text=QCoreApplication.translate(
                "participants", "No consents on file. Record the signed release before sharing anything."
            ),
            defaults=lambda: {"signed_on": datetime.now().date()},
            editable=editable,
            parent=parent,
        )
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)

        self.attach_button = QPushButton(self.tr("&Attach scan…"), self)
        self.attach_button.setObjectName("attach_scan_button")
        self.attach_button.setToolTip(self.tr("Store a scan of the signed form inside the encrypted site database"))
        self.attach_button.clicked.connect(self.attach_scan)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_copy_button.setObjectName("save_copy_button")
        self.save_copy_button.setToolTip(self.tr("Export the selected scan to a file of your choice"))
        self.save_copy_button.clicked.connect(self.save_copy)
        self.documents = QListWidget(self)
        self.documents.setObjectName("documents_list")
        self.documents.setAccessibleName(self.tr("Signed form scans"))
        self.documents_empty = QLabel(self.tr("No scan attached to this consent."), self)
        mute(self.documents_empty)
        self.documents_empty.setWordWrap(True)
        scans = QGroupBox(self.tr("Signed form scans"), self)
        scans_layout = QVBoxLayout(scans)
        scans_buttons = QHBoxLayout()
        scans_buttons.addWidget(self.attach_button)
        scans_buttons.addWidget(self.save_copy_button)
        scans_buttons.addStretch(1)
        scans_layout.addLayout(scans_buttons)
        scans_layout.addWidget(self.documents, 1)
        scans_layout.addWidget(self.documents_empty)

        self.disclosures = DisclosuresTab(site, participant_id, self.consent_labels, editable, self)
        log = QGroupBox(self.tr("Disclosure log"), self)
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(4, 4, 4, 4)
        log_layout.addWidget(self.disclosures)

        # Re-parent the table into a vertical splitter: consents on top, scans and log below.
        layout: QVBoxLayout = self.layout()  # type: ignore[assignment]
        layout.removeWidget(self.view)
        layout.removeWidget(self.empty_label)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.empty_label)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(scans)
        bottom.addWidget(log)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._load_documents())
        self.set_editable(editable)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        if hasattr(self, "attach_button"):
            self.attach_button.setVisible(editable)
            self.disclosures.set_editable(editable)

    def consent_labels(self) -> dict[str, str]:
        return {r.id: consent_choice_label(r) for r in self.model.records()}

    def records_loaded(self, records: list[svc.Record]) -> None:
        self.view.setVisible(True)  # keep the splitter's top pane; the empty text sits under the header
        self._load_documents()
        self.disclosures.reload()

    def _load_documents(self) -> None:
        self.documents.clear()
        record = self.selected_record()
        docs: list[svc.DocumentInfo] = []
        if record is not None:
            try:
                docs = svc.consent_documents(self.site, record.id)
            except KnownError as error:
                self.documents_empty.setText(error_text(error))
        for doc in docs:
            item = QListWidgetItem(
                self.tr("{name} ({size} KB)").format(name=doc.filename, size=max(1, doc.size // 1024))
            )
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.documents.addItem(item)
        if docs:
            self.documents.setCurrentRow(len(docs) - 1)
        self.documents.setVisible(bool(docs))
        self.documents_empty.setVisible(not docs)
        if record is None:
            self.documents_empty.setText(self.tr("Select a consent to see its scans."))
        elif not docs:
            self.documents_empty.setText(self.tr("No scan attached to this consent."))
        self.attach_button.setEnabled(record is not None)
        self.save_copy_button.setEnabled(bool(docs))

    def attach_scan(self) -> None:
        if self.selected_record() is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed form"),
            "",
            self.tr("Signed form (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if path:
            self.attach_file(path)

    def attach_file(self, path: str | Path) -> svc.DocumentInfo | None:
        """Read the file into memory and store it in the database through the service; nothing is written to disk."""
        record = self.selected_record()
        if record is None:
            return None
        try:
            data = Path(path).read_bytes()
        except OSError:
            show_message(self, self.tr("That file could not be read. Check that it still exists and try again."))
            return None
        try:
            info = svc.attach_consent_document(self.site, record.id, Path(path).name, data)
        except KnownError as error:
            show_error(self, error)
            return None
        self._load_documents()
        return info

    def selected_document_id(self) -> str | None:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def save_copy(self) -> None:
        document_id = self.selected_document_id()
        if document_id is None:
            return
        name = self.documents.currentItem().text().rsplit(" (", 1)[0]
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the scan"), name)
        if path:
            self.save_copy_to(document_id, path)

    def save_copy_to(self, document_id: str, path: str | Path) -> bool:
        """The explicit export: the scan's bytes, written atomically where the person chose."""
        try:
            _info, data = svc.read_consent_document(self.site, document_id)
        except KnownError as error:
            show_error(self, error)
            return False
        out = QSaveFile(str(path))
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly) or out.write(data) != len(data) or not out.commit():
            out.cancelWriting()
            show_message(self, self.tr("The copy could not be saved there. Choose another folder."))
            return False
        return True


class MergesTab(QWidget):
    """Merges involving this record; merge another record in, or undo a merge."""

    changed = Signal()

    def __init__(self, site: SiteSession, profile: "ProfileWidget", editable: bool) -> None:
        super().__init__(profile)
        self.setObjectName("merges_tab")
        self.site = site
        self.profile = profile
        self.loaded = False
        self.model = MergeModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("merges_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("This record has not been merged with another."), self)
        mute(self.empty_label)
        self.merge_button = QPushButton(self.tr("&Merge with another record…"), self)
        self.merge_button.setObjectName("merge_with_button")
        self.merge_button.clicked.connect(self.open_merge_dialog)
        self.undo_button = QPushButton(self.tr("&Undo merge…"), self)
        self.undo_button.setObjectName("undo_merge_button")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.editable = editable
        self.merge_button.setVisible(editable)
        self.undo_button.setVisible(editable)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        pid = self.profile.participant_id
        try:
            merges = svc.merges_for(self.site, pid)
        except KnownError as error:
            self.empty_label.setText(error_text(error))
            return
        rows = []
        names: dict[str, str] = {}
        for info in merges:
            other = info.merged_id if info.kept_id == pid else info.kept_id
            if other not in names:
                try:
                    detail = svc.get_participant(self.site, other)
                    names[other] = f"{detail.lead_number} {detail.name}"
                except KnownError:
                    names[other] = self.tr("(record removed)")
            rows.append(MergeRow(info, info.kept_id == pid, names[other]))
        self.loaded = True
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        merged_away = self.profile.detail is not None and self.profile.detail.merged_into_id is not None
        self.merge_button.setEnabled(not merged_away)
        row = self.selected_row()
        self.undo_button.setEnabled(row is not None and not row.info.undone)

    def selected_row(self) -> MergeRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_merge_dialog(self) -> MergeDialog | None:
        if self.profile.detail is None or not self.editable:
            return None
        dialog = MergeDialog(self.site, self.profile.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda _info: self.changed.emit())
        dialog.open()
        return dialog

    def undo_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.info.undone or not self.editable:
            return

        def undo() -> None:
            try:
                svc.undo_merge(self.site, row.info.id)
            except KnownError as error:
                show_error(self, error)
                return
            self.changed.emit()

        ask(
            self,
            self.tr("Undo this merge? The records that moved go back to {other}.").format(other=row.other),
            self.tr("Undo merge"),
            undo,
        )


# ----- the overview (the participant form) --------------------------------------------------------


class OverviewTab(QWidget):
    saved = Signal(object)  # ParticipantDetail

    def __init__(self, site: SiteSession, participant_id: str, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self.site = site
        self.participant_id = participant_id
        self.detail: svc.ParticipantDetail | None = None
        try:
            managers = svc.case_managers(site)
        except KnownError:
            managers = []
        self.form = FormWidget(P.PARTICIPANT_FORM, {"case_manager_id": managers}, self, columns=2)
        self.form.set_read_only(True)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setToolTip(self.tr("Edit the participant's details (Ctrl+E)"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.edit_button.clicked.connect(self.start_edit)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scrolling(self.form, self), 1)
        self.edit_action = page_action(self, self.tr("Edit"), self.tr("Ctrl+E"), self.start_edit)
        self.save_action = page_action(self, self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.editable = editable
        self.editing = False
        self.expected_version: int | None = None  # the version the edit started from
        self.conflict_dialog: ConflictDialog | None = None
        self._update_buttons()

    def set_detail(self, detail: svc.ParticipantDetail) -> None:
        self.detail = detail
        if not self.editing:
            self.form.set_values(dict(detail.values))

    def _update_buttons(self) -> None:
        can_edit = self.editable and (self.detail is None or self.detail.merged_into_id is None)
        self.edit_button.setVisible(can_edit and not self.editing)
        self.save_button.setVisible(self.editing)
        self.cancel_button.setVisible(self.editing)

    def start_edit(self) -> None:
        if not self.editable or self.editing or (self.detail is not None and self.detail.merged_into_id):
            return
        self.editing = True
        # Captured now: a header refresh while editing must not move the version this edit is based on.
        self.expected_version = self.detail.version if self.detail is not None else None
        self.form.set_read_only(False)
        self._update_buttons()
        self.form.input("first_name").setFocus()

    def cancel(self) -> None:
        self.editing = False
        self.form.clear_problems()
        self.form.set_read_only(True)
        if self.detail is not None:
            self.form.set_values(dict(self.detail.values))
        self._update_buttons()

    def save(self) -> None:
        if not self.editing:
            return
        self.form.clear_problems()
        try:
            detail = svc.update_participant(self.site, self.participant_id, self.form.values(),
                                            expected_version=self.expected_version)
        except FormInvalid as error:
            self.form.show_problems(error)
            return
        except EditConflict as error:
            self.show_conflict(error)
            return
        except KnownError as error:
            if not self.form.show_error(error):
                self.form.show_field_problem(None, error_text(error))
            return
        self.editing = False
        self.form.set_read_only(True)
        self.set_detail(detail)
        self._update_buttons()
        self.saved.emit(detail)

    def show_conflict(self, error: EditConflict) -> None:
        """Someone else saved this profile while it was being edited: show both, let the person choose."""

        def keep_mine(current_version: int) -> None:
            self.expected_version = current_version
            self.save()

        def use_theirs(_error: EditConflict) -> None:
            try:
                detail = svc.get_participant(self.site, self.participant_id)
            except KnownError as problem:
                self.form.show_field_problem(None, error_text(problem))
                return
            self.editing = False
            self.form.clear_problems()
            self.form.set_read_only(True)
            self.set_detail(detail)
            self._update_buttons()
            self.saved.emit(detail)  # the header and the lists show the saved version too

        self.conflict_dialog = resolve_conflict(self, error, keep_mine=keep_mine, use_theirs=use_theirs,
                                                choices=self.form.choices)
        if self.conflict_dialog is None:
            self.form.show_field_problem(None, error_text(error))


# ----- the profile ---------------------------------------------------------------------------------


class ProfileWidget(QWidget):
    """Header and tabs for one participant."""

    participant_opened = Signal(str)  # e.g. "Open the record it was merged into"
    participant_changed = Signal(str)  # after any save here, so lists can refresh

    TAB_KEYS = ("overview", "contacts", "assessment", "goals", "services", "housing", "legal", "consents", "merges")

    def __init__(self, site: SiteSession, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_widget")
        self.site = site
        self.participant_id = participant_id
        self.detail: svc.ParticipantDetail | None = None
        self.tabs: dict[str, QWidget] = {}

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        try:
            detail = svc.get_participant(site, participant_id)
        except KnownError as error:
            self.problem_label.setText(error_text(error))
            paint_label(self.problem_label, "danger")
            self.problem_label.setVisible(True)
            layout.addStretch(1)
            self.tab_widget = None
            return
        editable = site.can(Permission.EDIT_PARTICIPANTS) and detail.merged_into_id is None

        self.name_label = QLabel(self)
        self.name_label.setObjectName("name_label")
        heading_font(self.name_label, 1.5)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("lead_number_label")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.manager_label = QLabel(self)
        self.manager_label.setObjectName("case_manager_label")
        self.last_contact_label = QLabel(self)
        self.last_contact_label.setObjectName("last_contact_label")
        self.record_contact_button = QPushButton(self.tr("Record &contact…"), self)
        self.record_contact_button.setObjectName("record_contact_button")
        self.record_contact_button.setToolTip(self.tr("Record a contact (Ctrl+Shift+C)"))
        self.record_contact_button.clicked.connect(self.record_contact)
        self.record_contact_button.setVisible(editable)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addSpacing(12)
        top.addWidget(self.number_label)
        top.addStretch(1)
        top.addWidget(self.record_contact_button)
        facts = QHBoxLayout()
        for widget in (self.status_label, self.manager_label, self.last_contact_label):
            facts.addWidget(widget)
            facts.addSpacing(18)
        facts.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(facts)

        self.merged_banner = QLabel(self)
        self.merged_banner.setObjectName("merged_banner")
        self.merged_banner.setWordWrap(True)
        self.merged_banner.setVisible(False)
        self.merged_banner.linkActivated.connect(lambda _link: self._open_merged_into())
        layout.addWidget(self.merged_banner)

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("profile_tabs")
        self.tab_widget.setDocumentMode(True)
        layout.addWidget(self.tab_widget, 1)

        self.overview = OverviewTab(site, participant_id, editable, self)
        self.overview.saved.connect(self._on_overview_saved)
        self._add_tab("overview", self.overview, self.tr("Overview"))
        for key, tab, title in self._record_tabs(editable):
            tab.changed.connect(self._on_records_changed)
            self._add_tab(key, tab, title)
        self.merges = MergesTab(site, self, site.can(Permission.EDIT_PARTICIPANTS))
        self.merges.changed.connect(self._on_merges_changed)
        self._add_tab("merges", self.merges, self.tr("Merges"))
        self.tab_widget.currentChanged.connect(self._on_tab_changed)

        self.record_contact_action = page_action(
            self, self.tr("Record contact…"), self.tr("Ctrl+Shift+C"), self.record_contact
        )
        for number in range(1, len(self.TAB_KEYS) + 1):
            page_action(
                self,
                self.tr("Show tab {number}").format(number=number),
                f"Alt+{number}",
                lambda n=number: self.tab_widget.setCurrentIndex(n - 1),
            )
        self._show_detail(detail)

    def _add_tab(self, key: str, widget: QWidget, title: str) -> None:
        self.tabs[key] = widget
        index = self.tab_widget.addTab(widget, title)
        self.tab_widget.setTabToolTip(index, self.tr("Alt+{number}").format(number=index + 1))

    def _record_tabs(self, editable: bool) -> list[tuple[str, RecordsTab, str]]:
        site, pid = self.site, self.participant_id
        c, a, g, s, h, leg = (
            P.CONTACT_FORM,
            P.ASSESSMENT_FORM,
            P.GOAL_FORM,
            P.SERVICE_FORM,
            P.HOUSING_FORM,
            P.LEGAL_CASE_FORM,
        )

        def court_text(record: svc.Record) -> str:
            text = format_date(record.values.get("next_court_at"))
            if "upcoming" in record.flags:
                return self.tr("{date} — this week").format(date=text)
            return text

        def court_tone(record: svc.Record) -> str | None:
            return "danger" if "upcoming" in record.flags else ("notice" if "future" in record.flags else None)

        def target_text(record: svc.Record) -> str:
            text = format_date(record.values.get("target_date"))
            return self.tr("{date} — due").format(date=text) if "due" in record.flags else text

        def tab(
            kind: str,
            columns: list[RecordColumn],
            add_text: str,
            title: str,
            empty: str,
            defaults: Callable[[], dict] = dict,
        ) -> RecordsTab:
            return RecordsTab(
                site,
                pid,
                kind,
                columns,
                add_text=add_text,
                dialog_title=title,
                empty_text=empty,
                defaults=defaults,
                editable=editable,
                parent=self,
            )

        contacts = tab(
            "contact",
            [
                field_column(c, "at"),
                field_column(c, "contact_type"),
                field_column(c, "location"),
                field_column(c, "duration_minutes"),
                RecordColumn(
                    translate_field_label(c["unable_to_locate"].label),
                    lambda r: self.tr("Unable to locate") if r.values.get("unable_to_locate") else "",
                    tone=lambda r: "warning" if r.values.get("unable_to_locate") else None,
                ),
                field_column(c, "note"),
            ],
            self.tr("Record &contact…"),
            self.tr("Record contact"),
            self.tr("No contacts recorded yet. Use Record contact (Ctrl+Shift+C) after each one."),
            lambda: {"at": now_minute()},
        )
        assessment = tab(
            "assessment",
            [field_column(a, "assessed_on")]
            + [field_column(a, f"need_{term.code}") for term in V.ASSESSMENT_DOMAIN]
            + [field_column(a, "summary")],
            self.tr("Add &assessment…"),
            self.tr("Intake assessment"),
            self.tr("No assessment yet."),
            lambda: {"assessed_on": datetime.now().date()},
        )
        goals = tab(
            "goal",
            [
                field_column(g, "goal"),
                field_column(g, "domain"),
                field_column(g, "status"),
                field_column(g, "set_on"),
                RecordColumn(
                    translate_field_label(g["target_date"].label),
                    target_text,
                    tone=lambda r: "danger" if "due" in r.flags else None,
                    sort=lambda r: r.values.get("target_date"),
                ),
                field_column(g, "closed_on"),
            ],
            self.tr("Add &goal…"),
            self.tr("Plan goal"),
            self.tr("No plan goals yet. Goals are written with the participant, in their words."),
            lambda: {"set_on": datetime.now().date()},
        )
        services = tab(
            "service",
            [
                field_column(s, "service_type"),
                field_column(s, "provider"),
                field_column(s, "referred_on"),
                field_column(s, "outcome"),
                field_column(s, "outcome_on"),
                field_column(s, "note"),
            ],
            self.tr("Add &service linkage…"),
            self.tr("Service linkage"),
            self.tr("No service linkages yet."),
            lambda: {"referred_on": datetime.now().date()},
        )
        housing = tab(
            "housing",
            [field_column(h, "effective_on"), field_column(h, "living_situation"), field_column(h, "note")],
            self.tr("Add &housing status…"),
            self.tr("Housing status"),
            self.tr("No housing status recorded."),
            lambda: {"effective_on": datetime.now().date()},
        )
        legal = tab(
            "legal_case",
            [
                field_column(leg, "jurisdiction"),
                field_column(leg, "case_number"),
                field_column(leg, "status"),
                RecordColumn(
                    translate_field_label(leg["next_court_at"].label),
                    court_text,
                    tone=court_tone,
                    sort=lambda r: r.values.get("next_court_at"),
                ),
                field_column(leg, "prosecutor_contact"),
                field_column(leg, "defender_contact"),
            ],
            self.tr("Add &legal case…"),
            self.tr("Legal case"),
            self.tr("No legal cases recorded."),
        )
        legal.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        consents = ConsentsTab(site, pid, editable, self)
        return [
            ("contacts", contacts, self.tr("Contacts")),
            ("assessment", assessment, self.tr("Assessment")),
            ("goals", goals, self.tr("Plan goals")),
            ("services", services, self.tr("Services")),
            ("housing", housing, self.tr("Housing history")),
            ("legal", legal, self.tr("Legal")),
            ("consents", consents, self.tr("Consents")),
        ]

    # ----- header and reloading --------------------------------------------------------------------

    def _show_detail(self, detail: svc.ParticipantDetail) -> None:
        self.detail = detail
        self.name_label.setText(detail.name)
        self.number_label.setText(detail.lead_number)
        self.status_label.setText(
            self.tr("Status: {status}").format(status=vocab_label(V.PARTICIPANT_STATUS, detail.effective_status))
        )
        paint_label(self.status_label, STATUS_TONES.get(detail.effective_status))
        self.manager_label.setText(
            self.tr("Case manager: {name}").format(name=detail.case_manager or self.tr("unassigned"))
        )
        self.last_contact_label.setText(
            self.tr("Last contact: {when}").format(when=format_date(detail.last_contact_at) or self.tr("never"))
        )
        if detail.merged_into_id:
            self.merged_banner.setText(
                self.tr(
                    "This record was merged into another one; its history now lives there. "
                    '<a href="open">Open that record</a>, or undo the merge on the Merges tab.'
                )
            )
            paint_label(self.merged_banner, "warning")
            self.merged_banner.setVisible(True)
        else:
            self.merged_banner.setVisible(False)
        self.overview.set_detail(detail)

    def reload(self) -> None:
        """Header and every tab already shown, from the services again."""
        if self.tab_widget is None:
            return
        try:
            detail = svc.get_participant(self.site, self.participant_id)
        except KnownError as error:
            show_error(self, error)
            return
        self._show_detail(detail)
        editable = self.site.can(Permission.EDIT_PARTICIPANTS) and detail.merged_into_id is None
        self.record_contact_button.setVisible(editable)
        self.overview.editable = editable
        self.overview._update_buttons()
        for tab in self.tabs.values():
            if isinstance(tab, RecordsTab):
                tab.set_editable(editable)
            if getattr(tab, "loaded", False):
                tab.reload()

    def _reload_header(self) -> None:
        try:
            detail = svc.get_participant(self.site, self.participant_id)
        except KnownError as error:
            show_error(self, error)
            return
        self._show_detail(detail)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tab_widget.widget(index)
        if hasattr(widget, "ensure_loaded"):
            widget.ensure_loaded()

    def _on_overview_saved(self, detail: svc.ParticipantDetail) -> None:
        self._show_detail(detail)
        self.participant_changed.emit(self.participant_id)

    def _on_records_changed(self) -> None:
        if self.sender() is self.tabs.get("contacts"):
            self._reload_header()
        self.participant_changed.emit(self.participant_id)

    def _on_merges_changed(self) -> None:
        self.reload()
        self.participant_changed.emit(self.participant_id)

    def _open_merged_into(self) -> None:
        if self.detail is not None and self.detail.merged_into_id:
            self.participant_opened.emit(self.detail.merged_into_id)

    # ----- actions ------------------------------------------------------------------------------

    def open_tab(self, key: str) -> QWidget:
        """Show one tab (loading it if needed) and return it."""
        widget = self.tabs[key]
        self.tab_widget.setCurrentWidget(widget)
        if hasattr(widget, "ensure_loaded"):
            widget.ensure_loaded()
        return widget

    def record_contact(self) -> RecordDialog | None:
        if self.tab_widget is None:
            return None
        contacts = self.open_tab("contacts")
        assert isinstance(contacts, RecordsTab)
        return contacts.add()
