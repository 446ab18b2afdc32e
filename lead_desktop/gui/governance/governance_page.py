"""The Governance page: bodies with their rosters, organizations and people; terms ending soon at the top.

Everything comes from services.governance as frozen rows. The tabs live in bodies_tab.py
(bodies, rosters, seats) and directory_tabs.py (organizations, people).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.governance.bodies_tab import BodiesTab
from lead_desktop.gui.governance.directory_tabs import OrganizationsTab, PeopleTab
from lead_desktop.gui.widgets.look import WARNING, heading, paint_label
from lead_desktop.gui.widgets.text import format_date, plural
from lead_desktop.services import governance as gov
from lead_desktop.services.session import SiteSession


class GovernancePage(QWidget):
    """Bodies and rosters, organizations, people; terms ending soon across every body at the top."""

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("governance_page")
        self.site = site
        self.title_label = QLabel(self.tr("Governance"), self)
        self.title_label.setObjectName("title_label")
        heading(self.title_label, 1.5)
        self.expiring_label = QLabel(self)
        self.expiring_label.setObjectName("expiring_label")
        self.expiring_label.setWordWrap(True)
        self.expiring_label.setVisible(False)
        self.bodies_tab = BodiesTab(site, self)
        self.organizations_tab = OrganizationsTab(site, self)
        self.people_tab = PeopleTab(site, self)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("governance_tabs")
        self.tab_widget.addTab(self.bodies_tab, self.tr("&Bodies and rosters"))
        self.tab_widget.addTab(self.organizations_tab, self.tr("&Organizations"))
        self.tab_widget.addTab(self.people_tab, self.tr("&People"))
        for tab in (self.bodies_tab, self.organizations_tab, self.people_tab):
            tab.changed.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.expiring_label)
        layout.addWidget(self.tab_widget, 1)
        self.reload()

    def set_site(self, site: SiteSession | None) -> None:
        """A new signed-in site, or None to clear every row (sign-out, lock)."""
        self.site = site
        for tab in (self.bodies_tab, self.organizations_tab, self.people_tab):
            tab.site = site
            tab._apply_permissions()
        self.reload()

    def reload(self) -> None:
        for tab in (self.bodies_tab, self.organizations_tab, self.people_tab):
            tab.reload()
        self._show_expiring()

    def _on_tab_changed(self) -> None:
        sender = self.sender()
        for tab in (self.bodies_tab, self.organizations_tab, self.people_tab):
            if tab is not sender:
                tab.reload()
        self._show_expiring()

    def _show_expiring(self) -> None:
        terms = []
        if self.site is not None:
            try:
                terms = gov.expiring_terms(self.site)
            except KnownError:
                terms = []
        if terms:
            parts = [self.tr("{name} on {body} (ends {day})").format(name=t.person, body=t.body, day=format_date(t.term_end))
                     for t in terms[:6]]
            more = len(terms) - len(parts)
            text = plural(len(terms), self.tr("1 term ends within 60 days: "),
                          self.tr("{n} terms end within 60 days: ")) + "; ".join(parts)
            if more > 0:
                text += self.tr("; and {n} more").format(n=more)
            self.expiring_label.setText(text + ".")
            paint_label(self.expiring_label, WARNING)
        self.expiring_label.setVisible(bool(terms))
