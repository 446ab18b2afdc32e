"""File → Changes waiting to be sent: what this laptop's working copy still has to send, oldest first,
with the server's reason for a change it refused; try one again, or drop it.

A refused change (the record was removed on the server meanwhile, a rule changed) waits in the queue with
the reason, and later changes to the same records wait behind it, so the person needs a place to see it
and decide. A conflict waits for the conflict dialog, which Sync now opens again. Dropping a change is
services.offline.sync.use_theirs: the server's version stays, and the drop is written to the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services.offline import sync
from lead_desktop.services.session import SiteSession

KINDS = {  # the queue's operation kinds, as a person reads them (context "WaitingChanges")
    "participants.create_participant": QT_TRANSLATE_NOOP("WaitingChanges", "New participant"),
    "participants.update_participant": QT_TRANSLATE_NOOP("WaitingChanges", "Profile edited"),
    "participants.add_record": QT_TRANSLATE_NOOP("WaitingChanges", "Record added to a profile"),
    "participants.update_record": QT_TRANSLATE_NOOP("WaitingChanges", "Profile record edited"),
    "participants.delete_record": QT_TRANSLATE_NOOP("WaitingChanges", "Profile record deleted"),
    "participants.attach_consent_document": QT_TRANSLATE_NOOP("WaitingChanges", "Consent scan attached"),
    "referrals.create_referral": QT_TRANSLATE_NOOP("WaitingChanges", "New referral"),
    "referrals.update_referral": QT_TRANSLATE_NOOP("WaitingChanges", "Referral edited"),
    "referrals.screen_referral": QT_TRANSLATE_NOOP("WaitingChanges", "Referral screened"),
    "referrals.set_override": QT_TRANSLATE_NOOP("WaitingChanges", "Referral override"),
    "referrals.clear_override": QT_TRANSLATE_NOOP("WaitingChanges", "Referral override removed"),
    "referrals.record_intake": QT_TRANSLATE_NOOP("WaitingChanges", "Intake recorded"),
    "referrals.set_outcome": QT_TRANSLATE_NOOP("WaitingChanges", "Referral outcome"),
    "referrals.save_agency": QT_TRANSLATE_NOOP("WaitingChanges", "Agency saved"),
    "referrals.save_officer": QT_TRANSLATE_NOOP("WaitingChanges", "Officer saved"),
    "exchange.run_import": QT_TRANSLATE_NOOP("WaitingChanges", "Contacts imported"),
}
STATES = {
    "queued": QT_TRANSLATE_NOOP("WaitingChanges", "Waiting to be sent"),
    "conflict": QT_TRANSLATE_NOOP("WaitingChanges", "Changed on the server meanwhile: choose Sync now to compare"),
    "failed": QT_TRANSLATE_NOOP("WaitingChanges", "Refused by the server"),
}


def reason_text(problem: dict | None) -> str:
    """The server's refusal, in the person's language (kept as the error's template and values)."""
    if not problem:
        return ""
    template = QCoreApplication.translate("errors", problem.get("template", ""))
    try:
        return template.format(**problem.get("params", {}))
    except (KeyError, IndexError, ValueError):
        return template


class WaitingChangesDialog(QDialog):
    """The queue, oldest first; Try again and Drop act on the selected change."""

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_changes_dialog")
        self.setWindowTitle(self.tr("Changes waiting to be sent"))
        self.site = site
        self.changes: list[sync.WaitingChange] = []
        intro = QLabel(self.tr(
            "These changes were made on this laptop and have not reached the server yet. They are sent in this "
            "order at the next sync; a change the server refused waits here with its reason, and later changes "
            "to the same record wait behind it."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("waiting_changes_table")
        self.table.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Change"), self.tr("State"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.retry_button = QPushButton(self.tr("&Try again at the next sync"), self)
        self.retry_button.setObjectName("retry_button")
        self.drop_button = QPushButton(self.tr("&Drop this change…"), self)
        self.drop_button.setObjectName("drop_button")
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.drop_button.clicked.connect(self._on_drop_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        self.changes = sync.waiting_changes(self.site)
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            made = change.queued_at.strftime("%Y-%m-%d %H:%M") if change.queued_at else ""
            kind = QCoreApplication.translate("WaitingChanges", KINDS.get(change.kind, change.kind))
            state = QCoreApplication.translate("WaitingChanges", STATES.get(change.state, change.state))
            for column, text in enumerate((made, kind, state, reason_text(change.problem))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> sync.WaitingChange | None:
        rows = self.table.selectionModel().selectedRows()
        return self.changes[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        change = self.selected()
        self.retry_button.setEnabled(change is not None and change.state == "failed")
        self.drop_button.setEnabled(change is not None)

    def _on_retry_clicked(self) -> None:
        change = self.selected()
        if change is None:
            return
        sync.retry(self.site, change.id)
        self.message_label.setText(self.tr("It is sent again at the next sync."))
        self.reload()

    def _on_drop_clicked(self) -> None:
        change = self.selected()
        if change is None:
            return
        answer = QMessageBox.question(self, self.tr("Drop this change"), self.tr(
            "Drop this change made on this laptop? It is never sent; the server's version stays. Later changes "
            "that depend on it (such as contacts of a new participant) may then be refused too."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            sync.use_theirs(self.site, change.id)
        except KnownError as err:
            self.message_label.setText(error_text(err))
            return
        self.message_label.setText(self.tr("The change was dropped."))
        self.reload()
