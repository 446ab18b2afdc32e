"""The Merges tab: merges involving this record; merge another record of the same person in, or undo one.

A merge moves every contact, consent and other record of the duplicate onto this record and keeps
the duplicate's name as an alias; Undo puts everything back (services.participants).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.participants.dialogs import MergeDialog
from lead_desktop.gui.participants.models import MergeModel, MergeRow
from lead_desktop.gui.widgets.dialogs import open_dialog
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.messages import ask, attempt
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.widgets.views import fit_columns, make_table, selected_row
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class MergesTab(QWidget):
    """Merges involving this record; merge another record in, or undo a merge."""

    changed = Signal()

    def __init__(self, site: SiteSession, profile: QWidget, editable: bool) -> None:
        """`profile` is the ProfileWidget (its participant_id and detail), not imported here: it imports this."""
        super().__init__(profile)
        self.setObjectName("merges_tab")
        self.site = site
        self.profile = profile
        self.loaded = False
        self.model = MergeModel(self)
        self.view = make_table(self.model, self, "merges_table", "", style_rows=True)
        self.view.setAlternatingRowColors(False)
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
        return selected_row(self.view)

    def open_merge_dialog(self) -> MergeDialog | None:
        if self.profile.detail is None or not self.editable:
            return None
        dialog = MergeDialog(self.site, self.profile.detail, self)
        dialog.merged.connect(lambda _info: self.changed.emit())
        return open_dialog(dialog)

    def undo_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.info.undone or not self.editable:
            return

        def undo() -> None:
            if not attempt(self, lambda: svc.undo_merge(self.site, row.info.id)):
                return
            self.changed.emit()

        ask(
            self,
            self.tr("Undo this merge? The records that moved go back to {other}.").format(other=row.other),
            self.tr("Undo merge"),
            undo,
        )

