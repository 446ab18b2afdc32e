"""No clashing Alt+letter: every window and dialog of the program, opened on a demo site, underlines each
letter at most once among what is on screen at one time (buttons, labelled fields, check boxes, checkable
group boxes, tabs, the menu bar). The main window and the wizard are walked page by page and tab by tab.

Every QDialog, QWizard and QMainWindow class in lead_desktop.gui must have a factory below, so a new
dialog cannot slip past the check."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)

import lead_desktop.gui
from lead_desktop.domain import fields
from lead_desktop.domain.errors import EditConflict
from lead_desktop.domain.participants import PARTICIPANT_FORM
from lead_desktop.services import accounts, demo
from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as psvc
from lead_desktop.services import referrals as rsvc
from lead_desktop.services.session import SiteSession
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import NO_IDLE_MS

_MNEMONIC = re.compile(r"&(\w)")


def mnemonic(text: str) -> str | None:
    """The underlined letter of a Qt text ("&&" is a literal ampersand)."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def underlined(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for everything on screen in `window` that answers to Alt+letter."""
    found: list[tuple[str, str]] = []

    def note(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, f"{what} {text!r}"))

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            note(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            note(widget.title(), "group box")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    note(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    note(action.text(), "menu")
    return found


def clashes(window: QWidget, where: str) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, what in underlined(window):
        by_letter.setdefault(letter, []).append(what)
    return [f"{where}: Alt+{letter.upper()} is {' and '.join(whats)}"
            for letter, whats in sorted(by_letter.items()) if len(whats) > 1]


def walk_tabs(window: QWidget, scope: QWidget, where: str) -> list[str]:
    """Clashes in `window` with each tab of every tab widget under `scope` shown in turn (nested ones too)."""
    problems = clashes(window, where)
    outer = [tabs for tabs in scope.findChildren(QTabWidget) if tabs.isVisibleTo(window)
             and not any(isinstance(p, QTabWidget) and p is not scope for p in _parents(tabs, scope))]
    for tabs in outer:
        keep = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            problems += walk_tabs(window, tabs.widget(index), f"{where} › {tabs.tabText(index).replace('&', '')}")
        tabs.setCurrentIndex(keep)
    return problems


def _parents(widget: QWidget, stop: QWidget) -> list[QWidget]:
    out, parent = [], widget.parentWidget()
    while parent is not None and parent is not stop:
        out.append(parent)
        parent = parent.parentWidget()
    return out


# ----- one way to open each window and dialog ---------------------------------------------------------


def _referral_id(site: SiteSession) -> str:
    return rsvc.list_referrals(site, limit=1).rows[0].id


def _participant(site: SiteSession) -> psvc.ParticipantDetail:
    return psvc.get_participant(site, psvc.list_participants(site, limit=1).rows[0].id)


def _meeting(site: SiteSession) -> mt.MeetingRow:
    return mt.list_meetings(site)[0]


def _conflict() -> EditConflict:
    values = {"first_name": "Ana", "last_name": "Diaz", "enrolled_on": date(2026, 1, 5)}
    theirs = dict(values, first_name="Anna")
    return EditConflict(yours={"First name": "Ana"}, theirs={"First name": "Anna"}, current_version=2,
                        form=PARTICIPANT_FORM, your_values=values, their_values=theirs)


def _all_forms() -> list[fields.Form]:
    import lead_desktop.domain as domain_package

    forms: dict[str, fields.Form] = {}
    for info in pkgutil.walk_packages(domain_package.__path__, "lead_desktop.domain."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, fields.Form):
                forms[value.name] = value
    return sorted(forms.values(), key=lambda form: form.name)


def dialog_factories(site: SiteSession, folder) -> dict[type, list[Callable[[], QWidget]]]:  # noqa: ANN001
    from lead_desktop.gui.admin.accounts import AccountDialog, ResetPasswordDialog
    from lead_desktop.gui.conflict_dialog import ConflictDialog
    from lead_desktop.gui.exchange.export_dialog import ExportDialog
    from lead_desktop.gui.exchange.history_dialog import HistoryDialog
    from lead_desktop.gui.exchange.hmis_import_dialog import HmisImportDialog
    from lead_desktop.gui.exchange.import_dialog import ImportDialog
    from lead_desktop.gui.governance.case_conference import CaseItemDialog
    from lead_desktop.gui.governance.meeting.minutes import ApproveMinutesDialog
    from lead_desktop.gui.participants.dialogs import MergeDialog, ParticipantDialog
    from lead_desktop.gui.participants.profile.consents import DisclosureDialog
    from lead_desktop.gui.referrals.checklist import ChecklistDialog
    from lead_desktop.gui.referrals.enroll import EnrollDialog
    from lead_desktop.gui.referrals.referral_dialog import ReferralDialog
    from lead_desktop.gui.sign_in import ChangePasswordDialog, RecoveryKeyDialog, SignInDialog
    from lead_desktop.gui.main_window.unsaved_work import UnsavedWorkDialog
    from lead_desktop.gui.main_window.waiting_changes import WaitingChangesDialog
    from lead_desktop.gui.widgets.dialogs import RecordDialog
    from lead_desktop.gui.widgets.drafts import GuardedDialog
    from lead_desktop.services.drafts import DraftInfo

    def account() -> accounts.AccountInfo:
        return accounts.list_accounts(site)[0]

    def minutes() -> list[mt.MinutesRef]:
        meeting = _meeting(site)
        return [mt.MinutesRef(meeting.id, meeting.starts_at, "circulated")]

    def drafts() -> list[DraftInfo]:
        when = datetime(2026, 3, 4, 9, 30)
        return [DraftInfo(str(n), "contact", None, "profile", {}, title, {"notes": "…"}, None, when)
                for n, title in enumerate(("Contact: Abel Adams", "Referral: new"))]

    return {
        # The base of RecordDialog and the other record dialogs: it has no widgets of its own.
        GuardedDialog: [],
        UnsavedWorkDialog: [lambda: UnsavedWorkDialog(drafts())],
        WaitingChangesDialog: [lambda: WaitingChangesDialog(site)],  # its buttons, whatever waits
        AccountDialog: [lambda: AccountDialog(None), lambda: AccountDialog(account())],
        ResetPasswordDialog: [lambda: ResetPasswordDialog(account())],
        ConflictDialog: [lambda: ConflictDialog(_conflict())],
        ExportDialog: [lambda: ExportDialog(site)],
        ImportDialog: [lambda: ImportDialog(site)],
        HistoryDialog: [lambda: HistoryDialog(site)],
        HmisImportDialog: [lambda: HmisImportDialog(site)],
        CaseItemDialog: [lambda: CaseItemDialog(site, _meeting(site).id)],
        ApproveMinutesDialog: [lambda: ApproveMinutesDialog(minutes(), lambda _prior: None)],
        ParticipantDialog: [lambda: ParticipantDialog(site)],
        MergeDialog: [lambda: MergeDialog(site, _participant(site))],
        DisclosureDialog: [lambda: DisclosureDialog(lambda _values: None, [])],
        ChecklistDialog: [lambda: ChecklistDialog(site, rsvc.current_checklist(site))],
        EnrollDialog: [lambda: EnrollDialog(site, _referral_id(site))],
        ReferralDialog: [lambda: ReferralDialog(site), lambda: ReferralDialog(site, _referral_id(site))],
        SignInDialog: [lambda: SignInDialog(folder, True), lambda: SignInDialog(folder, False, "no keychain")],
        RecoveryKeyDialog: [RecoveryKeyDialog],
        ChangePasswordDialog: [lambda: ChangePasswordDialog(required=True), ChangePasswordDialog],
        RecordDialog: [lambda form=form: RecordDialog(form.name, form, lambda _values: None)
                       for form in _all_forms()],
    }


def gui_window_classes() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(lead_desktop.gui.__path__, "lead_desktop.gui."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (value.__module__ == module.__name__ and issubclass(value, (QDialog, QMainWindow))
                    and not value.__name__.startswith("Ui_")):
                found.add(value)
    return found


@pytest.fixture
def demo_site(new_site):
    demo.fill_demo(new_site, ADMIN_PASSWORD, 24, seed=3, contacts_per_participant=1)
    return new_site


def test_every_window_and_dialog_class_is_walked(new_site, site_dir):
    from lead_desktop.gui.main_window import MainWindow
    from lead_desktop.gui.wizard import FirstRunWizard

    walked = {MainWindow, FirstRunWizard} | set(dialog_factories(new_site, site_dir))
    missing = {cls.__qualname__ for cls in gui_window_classes() - walked}
    assert not missing, f"add a factory to tests/gui/test_mnemonics.py for {sorted(missing)}"


def test_no_window_or_dialog_underlines_a_letter_twice(qtbot, demo_site, site_dir, tmp_path):
    from lead_desktop.gui.main_window import MainWindow

    # The wizard first, as on a new computer: it comes before any other window.
    problems = _walk_wizard(qtbot, tmp_path / "new site")
    for cls, makers in dialog_factories(demo_site, site_dir).items():
        for make in makers:
            dialog = make()
            qtbot.addWidget(dialog)
            where = f"{cls.__name__} {dialog.objectName() or dialog.windowTitle()!r}"
            problems += walk_tabs(dialog, dialog, where)
            dialog.close()

    window = MainWindow(demo_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_participant(_participant(demo_site).id)
        for index, key in enumerate(window.pages):
            window.go_to(index)
            page = window.pages[key]
            # A page whose content follows a choice (the body, the report) is walked for every choice.
            choice = {"meetings": "body_combo", "reports": "kind_combo"}.get(key)
            combo = page.findChild(QComboBox, choice) if choice else None
            for option in range(combo.count() if combo is not None else 1):
                if combo is not None:
                    combo.setCurrentIndex(option)
                where = f"main window › {key}" + (f" › {combo.itemText(option)}" if combo is not None else "")
                problems += walk_tabs(window, page, where)
    finally:
        window.close()
    assert not problems, "\n".join(problems)


def _walk_wizard(qtbot, folder) -> list[str]:  # noqa: ANN001
    from lead_desktop.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    problems = clashes(wizard, "wizard › welcome")
    wizard.next()
    ui.site_name_edit.setText("Harbor County LEAD")
    problems += clashes(wizard, "wizard › site")
    wizard.next()
    ui.full_name_edit.setText("Ada Administrator")
    ui.username_edit.setText("ada")
    ui.password_edit.setText(ADMIN_PASSWORD)
    ui.repeat_edit.setText(ADMIN_PASSWORD)
    problems += clashes(wizard, "wizard › administrator")
    wizard.next()
    assert wizard.currentPage() is ui.recovery_page
    problems += clashes(wizard, "wizard › recovery key")
    site = wizard.take_site()
    if site is not None:
        site.close()
    wizard.close()
    return problems


def test_mnemonic_reads_the_underlined_letter():
    assert mnemonic("Record &contact…") == "c"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("Salt && &pepper") == "p"
    assert mnemonic("Plain") is None
