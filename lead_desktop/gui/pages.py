"""The sections of the main window, in navigation order.

A page is a QWidget with `set_site(site | None)`: it loads its data when given
a site and clears every row and field when given None (sign-out, lock).
Pages that take the site in their constructor are hosted by gui.sections.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from lead_desktop.domain.roles import Permission


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked for translation in the "MainWindow" context
    permission: Permission
    factory: Callable[[], QWidget]


def _participants_section() -> QWidget:
    from lead_desktop.gui.sections import ParticipantsSection

    return ParticipantsSection()


def _referrals_section() -> QWidget:
    from lead_desktop.gui.referrals import ReferralsPage
    from lead_desktop.gui.sections import PagesSection

    return PagesSection([(QT_TRANSLATE_NOOP("PagesSection", "Referrals"), Permission.VIEW_PARTICIPANTS, ReferralsPage)])


def _reports_section() -> QWidget:
    from lead_desktop.gui.exchange import ExchangePage
    from lead_desktop.gui.reports import ReportsPage
    from lead_desktop.gui.sections import PagesSection

    return PagesSection([
        (QT_TRANSLATE_NOOP("PagesSection", "Reports"), Permission.VIEW_REPORTS, ReportsPage),
        (QT_TRANSLATE_NOOP("PagesSection", "Import and export"), Permission.VIEW_PARTICIPANTS, ExchangePage),
    ])


def _governance_page() -> QWidget:
    from lead_desktop.gui.governance import GovernancePage

    return GovernancePage(None)


def _meetings_page() -> QWidget:
    from lead_desktop.gui.governance import MeetingsPage

    return MeetingsPage(None)


def _admin_page() -> QWidget:
    from lead_desktop.gui.admin.page import AdministrationPage

    return AdministrationPage()


PAGES: tuple[PageSpec, ...] = (
    PageSpec("participants", QT_TRANSLATE_NOOP("MainWindow", "Participants"), Permission.VIEW_PARTICIPANTS,
             factory=_participants_section),
    PageSpec("referrals", QT_TRANSLATE_NOOP("MainWindow", "Referrals"), Permission.VIEW_PARTICIPANTS,
             factory=_referrals_section),
    PageSpec("governance", QT_TRANSLATE_NOOP("MainWindow", "Governance"), Permission.VIEW_GOVERNANCE,
             factory=_governance_page),
    PageSpec("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), Permission.VIEW_GOVERNANCE,
             factory=_meetings_page),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), Permission.VIEW_REPORTS,
             factory=_reports_section),
    PageSpec("administration", QT_TRANSLATE_NOOP("MainWindow", "Administration"), Permission.MANAGE_ACCOUNTS,
             factory=_admin_page),
)


def build_page(spec: PageSpec) -> QWidget:
    return spec.factory()
