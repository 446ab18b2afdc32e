"""After a crash: the real program, killed with SIGKILL while a contact note is typed, leaves a draft the next
sign-in offers ("Unsaved work from <date>: 1 draft"), and Restore opens it in its form with the note. Another
person signing in on the laptop is offered nothing. The note never appears in any file of the data folder,
its log folder or the preferences: only inside the encrypted database.

Also here: a draft whose record someone changed meanwhile opens with the conflict dialog, and Discard
removes a draft (audited)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lead_desktop.domain.roles import Role
from lead_desktop.gui.conflict_dialog import ConflictDialog
from lead_desktop.gui.flow import AppFlow
from lead_desktop.gui.main_window.unsaved_work import UnsavedWorkDialog
from lead_desktop.services import accounts, drafts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites

from ..conftest import ADMIN_PASSWORD
from ..helpers.sites import PROJECT_ROOT, finish, wait_for, worker_env
from .conftest import NO_IDLE_MS

pytestmark = pytest.mark.slow

CANARY = "Vellichor canary note 5120"
DRIVER = Path(__file__).resolve().parents[1] / "helpers" / "window_driver.py"
BOB_PASSWORD = "bob's own long password"


def canary_forms() -> list[bytes]:
    return [form for text in (CANARY, CANARY.upper(), CANARY.lower())
            for form in (text.encode("utf-8"), text.encode("utf-16-le"))]


def files_holding_the_canary(*folders: Path) -> list[str]:
    hits = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(form in data for form in canary_forms()):
                    hits.append(str(path))
    return hits


@pytest.fixture
def killed_while_typing(new_site, site_dir, tmp_path):
    """The real program signs in, types CANARY into Record contact, writes its draft, and is killed."""
    person = ps.create_participant(new_site, {"first_name": "Rosalind", "last_name": "Mbeki",
                                              "dob": date(1979, 4, 2), "enrolled_on": date(2025, 1, 6)},
                                   reviewed_duplicates=True)
    accounts.add_account(new_site, "bob", "Bob Builder", Role.ADMINISTRATOR, "bob's temporary password")
    new_site.close()
    bob = sites.sign_in(site_dir, "bob", "bob's temporary password")
    accounts.change_own_password(bob, "bob's temporary password", BOB_PASSWORD)
    bob.close()
    home = tmp_path / "home"
    env = worker_env(home) | {"QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(site_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=PROJECT_ROOT)
    try:
        proc.stdin.write("\n".join(["admin", ADMIN_PASSWORD, person.id, CANARY]) + "\n")
        proc.stdin.flush()
        wait_for(proc, "typed", timeout=120)
        wait_for(proc, "ready", timeout=60)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert proc.returncode == -signal.SIGKILL
    finally:
        finish(proc)
    return person, home


def sign_in_through_the_dialog(qtbot, flow: AppFlow, username: str, password: str):
    dialog = flow.sign_in_dialog
    dialog.ui.username_edit.setText(username)
    dialog.ui.password_edit.setText(password)
    dialog.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=10_000)
    return flow.window


@pytest.fixture
def flow(qtbot, site_dir):
    app_flow = AppFlow(site_dir, idle_ms=NO_IDLE_MS)
    app_flow.start()
    yield app_flow
    app_flow.shutdown()
    if app_flow.sign_in_dialog is not None:
        app_flow.sign_in_dialog.close()


def test_a_killed_program_leaves_a_draft_the_next_sign_in_restores(qtbot, killed_while_typing, flow, site_dir):
    person, home = killed_while_typing
    assert files_holding_the_canary(site_dir, home) == [], "the note is somewhere in plain text"
    assert (site_dir / "logs").is_dir(), "the program's log folder was not made, so its scan proves nothing"

    window = sign_in_through_the_dialog(qtbot, flow, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: window.unsaved_work_dialog is not None, timeout=5000)
    offer: UnsavedWorkDialog = window.unsaved_work_dialog
    assert offer.isVisible()
    assert offer.title_label.text().startswith("Unsaved work from ")
    assert offer.title_label.text().endswith(": 1 draft")
    (draft,) = offer.drafts.values()
    assert draft.title == f"Record contact — {person.lead_number} · Rosalind Mbeki"
    restore = offer.row(draft.id).findChild(type(offer.later_button), "restore_button")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible() and d.objectName() == "contact_dialog")
    assert dialog.form.values()["note"] == CANARY
    assert window.pages["participants"].tabs.currentWidget().property("participant_id") == person.id
    assert not offer.isVisible()  # its last draft was restored
    assert [e.action for e in audit_service.list_entries(window.site, limit=10)].count("draft_restored") == 1

    dialog.form.set_values({"contact_type": "street"})
    dialog.save()
    assert drafts.list_drafts(window.site) == []
    assert files_holding_the_canary(site_dir, home) == []


def test_another_person_is_not_offered_someone_elses_drafts(qtbot, killed_while_typing, flow, site_dir):
    window = sign_in_through_the_dialog(qtbot, flow, "bob", BOB_PASSWORD)
    qtbot.wait(300)
    assert window.unsaved_work_dialog is None
    assert drafts.list_drafts(window.site) == []
    counts = drafts.draft_counts(window.site)  # an administrator only learns that a draft exists
    assert [(c.author, c.count) for c in counts] == [("Ada Administrator", 1)]
    admin = window.pages["administration"]
    assert "Ada Administrator: 1" in admin.drafts_label.text() and CANARY not in admin.drafts_label.text()


def test_a_draft_of_a_record_changed_meanwhile_opens_with_the_conflict_dialog(qtbot, new_site, site_dir):
    from lead_desktop.gui.main_window import MainWindow

    person = ps.create_participant(new_site, {"first_name": "Rosalind", "last_name": "Mbeki", "dob": date(1979, 4, 2),
                                              "enrolled_on": date(2025, 1, 6), "phone": "504-555-0100"},
                                   reviewed_duplicates=True)
    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    window.open_participant(person.id)
    overview = window.pages["participants"].tabs.currentWidget().open_tab("overview")
    overview.start_edit()
    overview.form.set_values({"phone": "504-555-0111"})
    window.close_now()  # signing out with the edit open: it stays a draft

    other = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)  # meanwhile, elsewhere, the phone changes
    detail = ps.get_participant(other, person.id)
    ps.update_participant(other, person.id, dict(detail.values) | {"phone": "504-555-0122"},
                          expected_version=detail.version)
    other.close()

    again = MainWindow(sites.sign_in(site_dir, "admin", ADMIN_PASSWORD), idle_ms=NO_IDLE_MS)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.unsaved_work_dialog is not None, timeout=5000)
    (draft,) = again.unsaved_work_dialog.drafts.values()
    again.restore_draft(draft)
    overview = again.pages["participants"].tabs.currentWidget().tabs["overview"]
    assert overview.editing and overview.form.values()["phone"] == "504-555-0111"
    conflict = overview.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    assert conflict.row("phone").differs
    assert (conflict.row("phone").yours, conflict.row("phone").theirs) == ("504-555-0111", "504-555-0122")

    conflict.cancel_button.click()  # back to the form: a save now would meet the newer version, never overwrite it
    overview.save()
    assert overview.conflict_dialog is not conflict and overview.conflict_dialog.isVisible()
    assert ps.get_participant(again.site, person.id).values["phone"] == "504-555-0122"
    again.close_now()


def test_discard_removes_a_draft_and_says_so_in_the_audit_log(qtbot, new_site, site_dir):
    from lead_desktop.gui.main_window import MainWindow

    draft_id = drafts.save_draft(new_site, None, form="participant", record_id=None, opener="new_participant",
                                 context={}, title="New participant", values={"first_name": "Ximena"}, base_version=None)
    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unsaved_work_dialog is not None, timeout=5000)
    offer = window.unsaved_work_dialog
    discard = offer.row(draft_id).findChild(type(offer.later_button), "discard_button")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert drafts.list_drafts(new_site) == []
    entry = audit_service.list_entries(new_site, limit=1)[0]
    assert (entry.action, entry.entity_id, entry.detail) == ("draft_discarded", draft_id, {"form": "participant"})
    window.close_now()


def test_a_draft_of_a_contact_changed_meanwhile_opens_its_dialog_with_the_conflict_dialog(qtbot, new_site):
    from lead_desktop.gui.main_window import MainWindow

    person = ps.create_participant(new_site, {"first_name": "Rosalind", "last_name": "Mbeki", "dob": date(1979, 4, 2),
                                              "enrolled_on": date(2025, 1, 6)}, reviewed_duplicates=True)
    contact = ps.add_record(new_site, "contact", person.id, {"at": "2026-01-05 10:00", "contact_type": "street",
                                                              "note": "Saved note"})
    drafts.save_draft(new_site, None, form="contact", record_id=contact.id, opener="profile_record",
                      context={"participant": person.id, "kind": "contact"}, title="Edit contact",
                      values={"note": "My unsaved change"}, base_version=contact.version)
    ps.update_record(new_site, "contact", contact.id, dict(contact.values) | {"note": "Their newer note"},
                     expected_version=contact.version)
    window = MainWindow(new_site, idle_ms=NO_IDLE_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unsaved_work_dialog is not None, timeout=5000)
    (draft,) = window.unsaved_work_dialog.drafts.values()
    dialog = window.restore_draft(draft)
    assert dialog.form.values()["note"] == "My unsaved change"
    assert dialog.version == contact.version  # still based on the version the change was typed over
    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert (conflict.row("note").yours, conflict.row("note").theirs) == ("My unsaved change", "Their newer note")
    conflict.keep_button.click()  # keep mine: saved over the newer version, knowingly
    assert ps.list_records(window.site, "contact", person.id)[0].values["note"] == "My unsaved change"
    assert drafts.list_drafts(window.site) == []
    window.close_now()
