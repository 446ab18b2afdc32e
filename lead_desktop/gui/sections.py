"""The main window's sections built from the area pages, each bound to the open site.

Area pages (participants, referrals, reports, data exchange) take the site in
their constructor. A section builds them when the window gets a site and
deletes them when it loses it (lock, sign-out), so no row or field survives a
lock. Participants is the home section: a Today tab (the case manager's day and
the intake deadlines), the list, and one closable tab per open profile. Which profiles
were open goes through a lock as ids only (`place`, `restore_place`: gui.main_window.drafts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.text import lead_number_text
from lead_desktop.services.session import SiteSession

TAB_TITLE_CHARACTERS = 40  # a profile's tab: its LEAD number and as much of the name as fits in this


class _Section(QWidget):
    """A tab widget whose tabs are rebuilt for each site and emptied without one."""

    participant_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.site: SiteSession | None = None
        self._section_actions: list[tuple[QWidget, QAction]] = []
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _clear(self) -> None:
        for _page, action in self._section_actions:
            self.removeAction(action)
            action.deleteLater()
        self._section_actions.clear()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if hasattr(widget, "set_site"):
                widget.set_site(None)  # stops and rolls back a running job before the database closes
            widget.deleteLater()

    def set_site(self, site: SiteSession | None) -> None:
        self._clear()
        self.site = site
        if site is not None:
            self._build(site)

    def _build(self, site: SiteSession) -> None:
        raise NotImplementedError

    def _add(self, widget: QWidget, title: str) -> QWidget:
        signal = getattr(widget, "participant_opened", None)
        if signal is not None:
            signal.connect(self.participant_opened)
        self.tabs.addTab(widget, title)
        self._add_section_shortcuts(widget)
        return widget

    def _add_section_shortcuts(self, page: QWidget) -> None:
        """A page's shortcuts (`section_shortcuts()`) also work from the section's other tabs: Ctrl+N on
        Today opens a new participant. The page keeps its own actions; the section's copy is off while the
        page is the current tab, as two actions for one key in one focus chain would cancel each other."""
        for text, key, slot, show in getattr(page, "section_shortcuts", list)():
            def run(slot=slot, show=show) -> None:
                if show:
                    self.tabs.setCurrentWidget(page)
                slot()

            self._section_actions.append((page, page_action(self, text, key, run)))
        self._on_tabs_current_changed()

    def _on_tabs_current_changed(self, *_args: object) -> None:
        current = self.tabs.currentWidget()
        for page, action in self._section_actions:
            action.setEnabled(page is not current)


class ParticipantsSection(_Section):
    """Today, All participants, and the open profiles (Ctrl+W closes the current profile)."""

    case_summary_requested = Signal(str)  # a profile's LEAD number: the window opens the Reports page's case summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        self.participant_opened.connect(self.open_participant)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(lambda: self._on_tabs_tab_close_requested(self.tabs.currentIndex()))
        self.fixed_tabs = 0

    def _build(self, site: SiteSession) -> None:
        from lead_desktop.gui.participants import ParticipantsPage, TodayPage
        from lead_desktop.gui.referrals.summary import IntakeSummaryWidget

        home = QWidget()
        home.setObjectName("home_tab")
        layout = QVBoxLayout(home)
        today = TodayPage(site, home)
        today.participant_opened.connect(self.participant_opened)
        summary = IntakeSummaryWidget(site, home)
        today.refresh_button.clicked.connect(summary.refresh)  # one Refresh for the whole tab
        layout.addWidget(summary)
        layout.addWidget(today, 1)
        self.tabs.addTab(home, self.tr("Today"))
        self._add(ParticipantsPage(site), self.tr("All participants"))
        self.fixed_tabs = self.tabs.count()
        for index in range(self.fixed_tabs):
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)

    def open_participant(self, participant_id: str) -> None:
        """Show the profile's tab, opening it when needed."""
        if self.site is None:
            return
        for index in range(self.fixed_tabs, self.tabs.count()):
            if self.tabs.widget(index).property("participant_id") == participant_id:
                self.tabs.setCurrentIndex(index)
                self.tabs.widget(index).take_focus()
                return
        from lead_desktop.gui.participants import ProfileWidget

        profile = ProfileWidget(self.site, participant_id)  # shows its own message when it cannot load
        profile.setProperty("participant_id", participant_id)
        profile.participant_opened.connect(self.open_participant)
        profile.case_summary_requested.connect(self.case_summary_requested)
        detail = profile.detail
        title = f"{lead_number_text(detail.lead_number)} · {detail.name}" if detail is not None else self.tr("Record")
        # A long name would make the tab, and with it the window, wider: the tab shows its start, the tooltip all.
        index = self.tabs.addTab(profile, title if len(title) <= TAB_TITLE_CHARACTERS else
                                 title[:TAB_TITLE_CHARACTERS - 1].rstrip() + "…")
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)
        # The focus moves into the new profile, so its shortcuts (Ctrl+Shift+C, Alt+1 …) work at once.
        profile.take_focus()

    def profile(self, participant_id: str) -> QWidget | None:
        """The profile's tab (opened when needed); None when it cannot show the person."""
        self.open_participant(participant_id)
        widget = self.tabs.currentWidget()
        if widget is None or widget.property("participant_id") != participant_id:
            return None
        return widget if getattr(widget, "tab_widget", None) is not None else None

    def list_page(self) -> QWidget:
        """All participants (its New participant… opens the form)."""
        self.tabs.setCurrentIndex(1)
        return self.tabs.widget(1)

    def place(self) -> dict:
        """Which profiles are open, on which of their tabs, and which tab is shown: ids only."""
        profiles = []
        for index in range(self.fixed_tabs, self.tabs.count()):
            widget = self.tabs.widget(index)
            tab = widget.current_tab_key() if hasattr(widget, "current_tab_key") else None
            profiles.append({"id": widget.property("participant_id"), "tab": tab})
        return {"profiles": profiles, "current": self.tabs.currentIndex()}

    def restore_place(self, place: dict) -> None:
        for entry in place.get("profiles") or ():
            profile = self.profile(str(entry.get("id")))
            if profile is not None and entry.get("tab") in getattr(profile, "tabs", {}):
                profile.open_tab(entry["tab"])
        current = place.get("current")
        if isinstance(current, int) and 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def reload_open_record(self) -> None:
        """F5 on a profile: read the record again (an audited view, as when it was opened)."""
        widget = self.tabs.currentWidget()
        if self.tabs.currentIndex() >= self.fixed_tabs and hasattr(widget, "reload"):
            widget.reload()

    def _on_tabs_tab_close_requested(self, index: int) -> None:
        if index >= self.fixed_tabs:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            widget.deleteLater()


class PagesSection(_Section):
    """One or more area pages as tabs, each shown when the person's role allows it."""

    def __init__(self, pages: list[tuple[str, Permission, Callable[[SiteSession], QWidget]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.tabs.tabBar().setAutoHide(True)  # one page: no tab bar

    def _build(self, site: SiteSession) -> None:
        for title, permission, factory in self.pages:
            if site.can(permission):
                self._add(factory(site), self.tr(title))
