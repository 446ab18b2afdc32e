"""The Organizations and People tabs: the site's one list of organizations (partner agencies, providers,
community groups, the agencies that refer people), and the people on bodies.

Both are a list with New…, Edit… and Delete… (`_ListTab`); viewers see the lists without the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lead_desktop.domain import governance as G
from lead_desktop.domain import organizations as O
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.organization_dialog import organization_dialog
from lead_desktop.gui.widgets.actions import button
from lead_desktop.gui.widgets.dialogs import RecordDialog, open_dialog
from lead_desktop.gui.widgets.look import mute
from lead_desktop.gui.widgets.messages import ask_then
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, vocab_label
from lead_desktop.gui.widgets.views import fit_columns, make_table, select_key, selected_rows
from lead_desktop.services import governance as gov
from lead_desktop.services.session import SiteSession


class _ListTab(QWidget):
    """A table of organizations or people with New…, Edit… and Delete…."""

    changed = Signal()

    def __init__(self, site: SiteSession | None, name: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self, f"{name}_table", name)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.empty_label = mute(QLabel(self))
        self.empty_label.setWordWrap(True)
        self.new_button = button(self.tr("&New…"), self, f"new_{name}_button", self.new)
        self.edit_button = button(self.tr("&Edit…"), self, f"edit_{name}_button", self.edit)
        self.delete_button = button(self.tr("&Delete…"), self, f"delete_{name}_button", self.delete)
        row = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        editable = self.site is not None and self.site.can(Permission.EDIT_GOVERNANCE)
        for widget in (self.new_button, self.edit_button, self.delete_button):
            widget.setVisible(editable)

    def set_site(self, site: SiteSession | None) -> None:
        self.site = site
        self._apply_permissions()
        self.reload()

    def fetch(self) -> list:
        raise NotImplementedError

    def reload(self) -> None:
        keep = selected_rows(self.view)
        rows = []
        if self.site is not None:
            try:
                rows = self.fetch()
            except KnownError as error:
                self.empty_label.setText(error_text(error))
                self.empty_label.setVisible(True)
                return
        self.model.set_rows(rows)
        fit_columns(self.view)
        select_key(self.view, keep[0].id if keep else None)
        self.empty_label.setText("" if rows else self.empty_text())
        self.empty_label.setVisible(not rows)
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def empty_text(self) -> str:
        return ""

    def selected(self) -> object | None:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def _saved(self, _value: object = None) -> None:
        self.reload()
        self.changed.emit()

    def new(self) -> RecordDialog | None:
        raise NotImplementedError

    def edit(self) -> RecordDialog | None:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def _delete(self, question: str, call: Callable[[], None]) -> None:
        ask_then(self, question, self.tr("Delete"), lambda: call(), self._saved)


class OrganizationsTab(_ListTab):
    """The site's one list of organizations: those that refer people are the Referrals page's agencies too."""

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(site, "organization", [
            Column(translate("OrganizationsTab", "Name"), lambda o: o.name),
            Column(translate("OrganizationsTab", "Short name"), lambda o: o.short_name or ""),
            Column(translate("OrganizationsTab", "Kind"), lambda o: vocab_label(O.ORGANIZATION_KIND, o.kind)),
            Column(translate("OrganizationsTab", "Refers people"),
                   lambda o: translate("OrganizationsTab", "Yes") if o.refers_people else ""),
            Column(translate("OrganizationsTab", "Active"),
                   lambda o: "" if o.active else translate("OrganizationsTab", "Inactive")),
        ], parent)
        self.setObjectName("organizations_tab")

    def fetch(self) -> list:
        return gov.list_organizations(self.site)

    def empty_text(self) -> str:
        return self.tr("No organizations yet: add the partner agencies, providers and community groups. The "
                       "police department and others that refer people are on the Referrals page too.")

    def new(self) -> RecordDialog:
        return open_dialog(organization_dialog(self, lambda values: gov.create_organization(self.site, values),
                                               lambda values, version: None), self._saved)

    def edit(self) -> RecordDialog | None:
        row = self.selected()
        if row is None:
            return None
        return open_dialog(organization_dialog(
            self, lambda values: None,
            lambda values, version: gov.update_organization(self.site, row.id, values, version), row), self._saved)

    def delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._delete(self.tr("Delete the organization {name}?").format(name=row.name),
                         lambda: gov.delete_organization(self.site, row.id))


class PeopleTab(_ListTab):
    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(site, "person", [
            Column(translate("PeopleTab", "Name"), lambda p: p.full_name),
            Column(translate("PeopleTab", "Organization"), lambda p: p.organization),
            Column(translate("PeopleTab", "Title"), lambda p: p.title or ""),
            Column(translate("PeopleTab", "Email"), lambda p: p.email or ""),
            Column(translate("PeopleTab", "Phone"), lambda p: p.phone or ""),
        ], parent)
        self.setObjectName("people_tab")

    def fetch(self) -> list:
        return gov.list_people(self.site)

    def empty_text(self) -> str:
        return self.tr("No people yet: add the members of the bodies and their alternates.")

    def _choices(self) -> dict:
        return {"organisation_id": gov.organization_choices(self.site)}

    def new(self) -> RecordDialog:
        return open_dialog(RecordDialog(self.tr("New person"), G.PERSON_FORM,
                                  lambda values: gov.create_person(self.site, values), None, self._choices(), self),
                     self._saved)

    def edit(self) -> RecordDialog | None:
        row = self.selected()
        if row is None:
            return None
        return open_dialog(RecordDialog(self.tr("Edit person"), G.PERSON_FORM,
                                  lambda values, version: gov.update_person(self.site, row.id, values, version),
                                  row.values, self._choices(), self, version=row.version), self._saved)

    def delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._delete(self.tr("Delete {name}?").format(name=row.full_name),
                         lambda: gov.delete_person(self.site, row.id))
