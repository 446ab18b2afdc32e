"""The Consents tab: releases of information with their state, the signed-form scans, the disclosure log.

A consent's state (active, expiring, expired, revoked) is shown in words and color. Scans of the
signed form are stored inside the encrypted database by the service: the window never writes a
loose file, except on an explicit "Save a copy…". A disclosure no active consent covers needs a
written reason (`DisclosureDialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSaveFile, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.participants.common import CONSENT_TONES
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column, field_text, record_column, yes_no
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import WARNING, mute, paint_label
from lead_desktop.gui.widgets.messages import show_error, show_message
from lead_desktop.gui.widgets.text import error_text, format_date, translate_field_label, vocab_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class DisclosureDialog(RecordDialog):
    """Record a disclosure. Warns when no active consent covers it, and then the reason is required."""

    def __init__(
        self, submit: Callable[[dict], object], consents: list[svc.Record], parent: QWidget | None = None
    ) -> None:
        choices = {"consent_id": [(c.id, consent_choice_label(c)) for c in consents]}
        super().__init__("", P.DISCLOSURE_FORM, submit, {"disclosed_on": date.today()}, choices, parent)
        self.setWindowTitle(self.tr("Record disclosure"))
        self.has_consents = bool(consents)
        if len(consents) == 1:
            self.form.set_values({"consent_id": consents[0].id})
        self.form.field_changed.connect(self._on_form_field_changed)
        self._update_warning()

    def _on_form_field_changed(self, name: str) -> None:
        if name == "consent_id":
            self._update_warning()

    def _update_warning(self) -> None:
        uncovered = not self.form.values()["consent_id"]
        if uncovered:
            text = (
                self.tr(
                    "Not covered by an active consent. Choose the consent it was shared under, or record "
                    "why it was shared without one (for example a medical emergency or a court order)."
                )
                if self.has_consents
                else self.tr(
                    "This person has no active consent. A disclosure without one needs the reason it "
                    "was made (for example a medical emergency or a court order)."
                )
            )
            self.intro.setText(text)
            paint_label(self.intro, WARNING)
        self.intro.setVisible(uncovered)
        self.form.set_required("reason_without_consent", uncovered)

    def check(self, values: dict) -> bool:
        if not values["consent_id"] and not values["reason_without_consent"].strip():
            self.form.show_field_problem(
                "reason_without_consent", self.tr("Record why this was shared without an active consent.")
            )
            return False
        return True


def consent_choice_label(record: svc.Record) -> str:
    """How a consent reads in a choice: type — signed → expiry, plus its state when it is not simply active."""
    values = record.values
    expiry = format_date(values.get("expires_on")) or str(values.get("expiry_event") or "")
    label = "{type} — {signed} → {expiry}".format(
        type=vocab_label(V.CONSENT_TYPE, values.get("consent_type")),
        signed=format_date(values.get("signed_on")),
        expiry=expiry,
    )
    state = str(record.extra.get("state", "active"))
    if state != "active":
        label += " ({state})".format(state=QCoreApplication.translate("vocab", P.CONSENT_STATE_LABELS[state]))
    return label


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
            record_column(
                translate_field_label(form["consent_id"].label),
                under,
                tone=lambda r: None if r.values.get("consent_id") else WARNING,
            ),
        ]
        super().__init__(
            site,
            participant_id,
            "disclosure",
            columns,
            add_text=QCoreApplication.translate("participants", "Record disc&losure…"),
            dialog_title=QCoreApplication.translate("participants", "Record disclosure"),
            empty_text=QCoreApplication.translate("participants", "No disclosures recorded."),
            editable=editable,
            parent=parent,
        )
        self.add_button.setObjectName("disclosure_add_button")
        # The consents above have Alt+E and Alt+D; these two are reached with Tab.
        self.edit_button.setText(QCoreApplication.translate("participants", "Edit disclosure…"))
        self.delete_button.setText(QCoreApplication.translate("participants", "Delete disclosure…"))

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
            record_column(
                QCoreApplication.translate("participants", "State"),
                state_text,
                tone=lambda r: CONSENT_TONES.get(str(r.extra.get("state"))),
            ),
            record_column(
                QCoreApplication.translate("participants", "Part 2 (SUD)"), lambda r: yes_no(r.values.get("sud"))
            ),
            record_column(
                translate_field_label(form["recipients"].label),
                lambda r: "; ".join(str(r.values.get("recipients") or "").split("\n")),
            ),
            field_column(form, "signed_on"),
            record_column(
                QCoreApplication.translate("participants", "Expires"), expiry, sort=lambda r: r.values.get("expires_on")
            ),
            field_column(form, "revoked_on"),
        ]
        super().__init__(
            site,
            participant_id,
            "consent",
            columns,
            add_text=QCoreApplication.translate("participants", "Add co&nsent…"),
            dialog_title=QCoreApplication.translate("participants", "Consent / release of information"),
            empty_text=QCoreApplication.translate(
                "participants", "No consents on file. Record the signed release before sharing anything."
            ),
            defaults=lambda: {"signed_on": datetime.now().date()},
            editable=editable,
            parent=parent,
        )
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)

        self.attach_button = QPushButton(self.tr("A&ttach scan…"), self)
        self.attach_button.setObjectName("attach_scan_button")
        self.attach_button.setToolTip(self.tr("Store a scan of the signed form inside the encrypted site database"))
        self.attach_button.clicked.connect(self.attach_scan)
        self.save_copy_button = QPushButton(self.tr("Save a co&py…"), self)
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
        return {r.id: consent_choice_label(r) for r in self.model.rows()}

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

