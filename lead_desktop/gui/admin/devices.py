"""Administration → Accounts on a shared server: the laptops holding a copy of someone's work for working
offline, and revoking one (a lost or stolen laptop).

Revoking is services.offline.access.revoke_device: the server refuses that copy's sync from then on,
and the copy wipes itself the next time it signs in while the server answers. What waited in its
queue is not sent; the box says so before it asks.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
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
from lead_desktop.services.offline import access
from lead_desktop.services.session import SiteSession


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class DevicesBox(QGroupBox):
    """The site's laptops with an offline copy: whose, which computer, last sync, revoked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devices_box")
        self.setTitle(self.tr("Laptops with an offline copy"))
        self._site: SiteSession | None = None
        self._devices: list[access.DeviceInfo] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("devices_table")
        self.table.setAccessibleName(self.tr("Laptops with an offline copy"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Computer"), self.tr("Last sync"), self.tr("Revoked")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.revoke_button = QPushButton(self.tr("Re&voke this laptop's copy…"), self)
        self.revoke_button.setObjectName("revoke_device_button")
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("devices_message_label")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self._update_button()

    def set_site(self, site: SiteSession | None) -> None:
        self._site = site
        self.message_label.clear()
        self.reload()

    def reload(self) -> None:
        site = self._site
        self._devices = []
        if site is not None and site.is_server and not site.offline:
            try:
                self._devices = access.devices(site)
            except KnownError as err:
                self.message_label.setText(error_text(err))
        self.table.setRowCount(len(self._devices))
        for row, device in enumerate(self._devices):
            person = self.tr("{name} ({username})").format(name=device.display_name, username=device.username)
            for column, text in enumerate((person, device.computer, _when(device.last_sync_at),
                                           _when(device.revoked_at))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_button()

    def selected(self) -> access.DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._devices[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None)

    def _on_revoke_clicked(self) -> None:
        device, site = self.selected(), self._site
        if device is None or site is None:
            return
        answer = QMessageBox.question(self, self.tr("Revoke this laptop's copy"), self.tr(
            "Revoke the copy of {name}'s work on the computer {computer}? The server will refuse its sync from "
            "now on, and the copy removes itself the next time it signs in while connected. Changes still "
            "waiting on that laptop are not sent.").format(name=device.display_name, computer=device.computer))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            access.revoke_device(site, device.id)
        except KnownError as err:
            self.message_label.setText(error_text(err))
            return
        self.message_label.setText(self.tr("The copy on {computer} is revoked.").format(computer=device.computer))
        self.reload()
