"""The Sources tab of the Referrals page: the agencies and officers who refer, with their referral counts.

A part of `ReferralsPage` (a mixin: the page owns the widgets and the site).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QGroupBox, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.referrals.dialogs import agency_dialog, officer_dialog
from lead_desktop.gui.referrals.models import AgencyModel, OfficerModel
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.drafts import DraftPlace
from lead_desktop.gui.widgets.tables import ID_ROLE
from lead_desktop.gui.widgets.views import select_key, selected_id, sorted_table
from lead_desktop.services import referrals as svc


class SourcesPart:
    """Builds and fills the Sources tab; adds and edits agencies and officers."""

    def _build_sources(self) -> QWidget:
        tab = QWidget(self)
        self.sources_tab = tab
        self.agency_model = AgencyModel(self)
        self.agency_view = self._source_table(tab, self.agency_model, "agencies_table", self.tr("Referring agencies"),
                                              self.edit_agency)
        self.officer_model = OfficerModel(self)
        self.officer_view = self._source_table(tab, self.officer_model, "officers_table",
                                               self.tr("Referring officers"), self.edit_officer)
        self.add_agency_button = button(self.tr("Add agency…"), tab, "add_agency_button", self.add_agency)
        self.edit_agency_button = button(self.tr("Edit agency…"), tab, "edit_agency_button", self.edit_agency)
        self.add_officer_button = button(self.tr("Add officer…"), tab, "add_officer_button", self.add_officer)
        self.edit_officer_button = button(self.tr("Edit officer…"), tab, "edit_officer_button", self.edit_officer)
        for widget in (self.add_agency_button, self.edit_agency_button, self.add_officer_button,
                       self.edit_officer_button):
            widget.setEnabled(self.can_edit)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        for title, view, buttons in (
            (self.tr("Agencies and organisations"), self.agency_view, (self.add_agency_button, self.edit_agency_button)),
            (self.tr("Referring officers"), self.officer_view, (self.add_officer_button, self.edit_officer_button)),
        ):
            box = QGroupBox(title, tab)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view, 1)
            box_layout.addLayout(button_row(*buttons))
            splitter.addWidget(box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter, 1)
        return tab

    def _source_table(self, tab: QWidget, model: QAbstractItemModel, name: str, accessible: str,
                      edit: Callable[[], object]) -> QTableView:
        view = sorted_table(model, tab, name, accessible)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda _i: edit())
        return view

    def load_sources(self) -> None:
        try:
            agencies = svc.list_agencies(self._site)
            officers = svc.list_officers(self._site)
        except KnownError as error:
            self._show_problem(error)
            return
        agency_id = selected_id(self.agency_view, or_current=True)
        officer_id = selected_id(self.officer_view, or_current=True)
        self.agency_model.set_rows(agencies)
        self.officer_model.set_rows(officers)
        select_key(self.agency_view, agency_id)
        select_key(self.officer_view, officer_id)

    def _source_dialog(self, dialog: RecordDialog, kind: str, row: object | None = None) -> RecordDialog:
        dialog.draft_tracker().identify(DraftPlace(dialog.form.form.name, getattr(row, "id", None), "referral_source",
                                                   {"kind": kind}, dialog.windowTitle()))
        return open_dialog(dialog, lambda _id: self.load_sources())

    def add_agency(self) -> RecordDialog:
        return self._source_dialog(agency_dialog(self._site, self), "agency")

    def edit_agency(self) -> RecordDialog | None:
        row = self._current(self.agency_view)
        return self._source_dialog(agency_dialog(self._site, self, row), "agency", row) if row is not None else None

    def add_officer(self) -> RecordDialog:
        return self._source_dialog(officer_dialog(self._site, self,
                                                  agency_id=selected_id(self.agency_view, or_current=True)), "officer")

    def edit_officer(self) -> RecordDialog | None:
        row = self._current(self.officer_view)
        return self._source_dialog(officer_dialog(self._site, self, row), "officer", row) if row is not None else None

    def open_source(self, kind: str, record_id: str | None) -> RecordDialog | None:
        """The dialog of one agency or officer (None: a new one), e.g. to put a draft back into it."""
        self.tabs.setCurrentWidget(self.sources_tab)
        view = self.agency_view if kind == "agency" else self.officer_view
        if record_id is None:
            return self.add_agency() if kind == "agency" else self.add_officer()
        select_key(view, record_id)
        return self.edit_agency() if kind == "agency" else self.edit_officer()

    def _current(self, view: QTableView) -> object | None:
        """The row under the cursor of a sources list, when this person may edit it."""
        index = view.currentIndex()
        if not index.isValid() or not self.can_edit:
            return None
        model = view.model().sourceModel()
        return model.row_at(model.row_of(index.data(ID_ROLE)))
