"""The edit-conflict dialog driven with qtbot: someone else saves a record while it is open in a form.

The other person's save goes through the service, as it would from another window or laptop; then
the form's Save meets the newer version, the dialog shows both, and each choice does what it says.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import EditConflict, SavedAtTheSameTime
from lead_desktop.domain.roles import Role
from lead_desktop.gui.conflict_dialog import KEEP_MINE, ConflictDialog
from lead_desktop.gui.participants import ProfileWidget
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.referrals import ReferralDialog
from lead_desktop.services import accounts
from lead_desktop.services import participants as svc
from lead_desktop.services import referrals as rs
from lead_desktop.services import settings as settings_service
from tests.gui.participants.conftest import person
from tests.services.referrals.helpers import arrest


def open_profile(qtbot, site, participant_id: str) -> ProfileWidget:
    widget = ProfileWidget(site, participant_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def conflict_dialog(qtbot, parent) -> ConflictDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(ConflictDialog)))
    return next(d for d in parent.findChildren(ConflictDialog) if d.isVisible())


def table_rows(dialog: ConflictDialog) -> dict[str, tuple[str, str, str]]:
    """Field name → (field cell, your cell, saved cell) as the table shows them."""
    table = dialog.table
    out = {}
    for row in range(table.rowCount()):
        name = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        out[name] = tuple(table.item(row, column).text() for column in range(3))
    return out


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def edited(qtbot, new_site):
    """Rosa's profile in edit mode with a new phone typed, and someone else's save of another
    phone and a place to find her made meanwhile; then Save pressed."""
    rosa = person(new_site, "Rosa", "Marquez", phone="555-0100", dob=date(1981, 4, 2))
    profile = open_profile(qtbot, new_site, rosa.id)
    overview = profile.overview
    click(qtbot, overview.edit_button)
    phone = overview.form.input("phone")
    phone.clear()
    qtbot.keyClicks(phone, "555-0111")

    theirs = svc.update_participant(new_site, rosa.id, {**dict(rosa.values), "phone": "555-0199",
                                                        "where_to_find": "Library steps"},
                                    expected_version=rosa.version)
    assert theirs.version == rosa.version + 1
    click(qtbot, overview.save_button)
    dialog = conflict_dialog(qtbot, overview)
    return new_site, rosa, profile, dialog


def test_the_dialog_shows_both_versions_with_the_differences_marked(qtbot, edited):
    site, rosa, profile, dialog = edited
    assert dialog.windowTitle() == "Someone else changed this record"
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert "Someone else changed this record while you were editing it" in dialog.intro.text()
    rows = table_rows(dialog)
    assert rows["phone"] == ("Phone — changed", "555-0111", "555-0199")
    assert rows["where_to_find"] == ("Where to find them — changed", "(empty)", "Library steps")
    assert rows["first_name"] == ("First name", "Rosa", "Rosa")  # the same in both: not marked
    assert rows["dob_quality"][1] == rows["dob_quality"][2] != "99"  # choices read as their labels
    assert "2 field(s) differ" in dialog.summary.text()
    changed = dialog.table.item(next(i for i in range(dialog.table.rowCount())
                                     if dialog.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == "phone"), 1)
    unchanged = dialog.table.item(0, 1)
    assert changed.font().bold() and not unchanged.font().bold()
    assert changed.background().color() != unchanged.background().color()
    assert dialog.cancel_button.isDefault(), "Enter must not overwrite anyone's save"
    # Nothing was saved yet: the other person's version is what is stored.
    stored = svc.get_participant(site, rosa.id)
    assert stored.values["phone"] == "555-0199" and stored.values["where_to_find"] == "Library steps"
    assert profile.overview.editing


def test_keep_my_version_saves_over_theirs(qtbot, edited):
    site, rosa, profile, dialog = edited
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: not profile.overview.editing)
    assert dialog.choice == KEEP_MINE
    stored = svc.get_participant(site, rosa.id)
    assert stored.values["phone"] == "555-0111"
    assert stored.values["where_to_find"] is None  # my version, as I saw it, whole
    assert stored.version == rosa.version + 2
    assert profile.overview.form.values()["phone"] == "555-0111"


def test_use_their_version_reloads_the_form_and_saves_nothing(qtbot, edited):
    site, rosa, profile, dialog = edited
    click(qtbot, dialog.theirs_button)
    qtbot.waitUntil(lambda: not profile.overview.editing)
    values = profile.overview.form.values()
    assert values["phone"] == "555-0199" and values["where_to_find"] == "Library steps"
    assert profile.overview.form.read_only
    stored = svc.get_participant(site, rosa.id)
    assert stored.version == rosa.version + 1 and stored.values["phone"] == "555-0199"
    # A later edit starts from the version now shown, so it saves without another conflict.
    click(qtbot, profile.overview.edit_button)
    assert profile.overview.expected_version == stored.version
    profile.overview.form.set_values({"gender_identity": "Woman"})
    click(qtbot, profile.overview.save_button)
    qtbot.waitUntil(lambda: not profile.overview.editing)
    assert svc.get_participant(site, rosa.id).values["gender_identity"] == "Woman"


def test_cancel_keeps_editing_with_everything_typed(qtbot, edited):
    site, rosa, profile, dialog = edited
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.choice is None
    assert profile.overview.editing
    assert profile.overview.form.values()["phone"] == "555-0111"
    assert svc.get_participant(site, rosa.id).values["phone"] == "555-0199"
    # Saving again still meets the newer version: the dialog comes back rather than overwriting.
    click(qtbot, profile.overview.save_button)
    again = conflict_dialog(qtbot, profile.overview)
    assert table_rows(again)["phone"][1:] == ("555-0111", "555-0199")
    click(qtbot, again.cancel_button)


def test_a_record_dialog_offers_their_version_in_the_form_then_saves(qtbot, new_site):
    rosa = person(new_site, "Rosa", "Marquez")
    contact = svc.add_record(new_site, "contact", rosa.id, {
        "at": datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2),
        "contact_type": "street", "note": "Asked about ID"})
    profile = open_profile(qtbot, new_site, rosa.id)
    tab = profile.open_tab("contacts")
    dialog = tab.edit_selected()
    assert isinstance(dialog, RecordDialog) and dialog.version == contact.version
    note = dialog.form.input("note")
    note.setPlainText("Asked about ID; wants a bus pass")
    svc.update_record(new_site, "contact", contact.id, {**dict(contact.values), "note": "Their note"},
                      expected_version=contact.version)
    click(qtbot, dialog.save_button)
    conflict = conflict_dialog(qtbot, dialog)
    assert table_rows(conflict)["note"] == ("Note — changed", "Asked about ID; wants a bus pass", "Their note")

    click(qtbot, conflict.theirs_button)
    qtbot.waitUntil(lambda: dialog.form.values()["note"] == "Their note")
    assert dialog.isVisible() and dialog.intro.isVisible()
    assert dialog.version == contact.version + 1
    dialog.form.set_values({"note": "Their note, and a bus pass"})
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = svc.list_records(new_site, "contact", rosa.id)[0]
    assert saved.values["note"] == "Their note, and a bus pass" and saved.version == contact.version + 2


def test_a_clash_found_only_while_writing_is_a_message_and_the_form_stays(qtbot, new_site):
    """SavedAtTheSameTime carries no versions: no dialog, the plain message, nothing typed is lost."""
    calls = []

    def submit(values: dict, version: int) -> object:
        calls.append(version)
        raise SavedAtTheSameTime()

    dialog = RecordDialog("Contact", P.CONTACT_FORM, submit, {"contact_type": "street", "note": "Mine"}, None,
                          None, version=4)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert calls == [4]
    assert not dialog.findChildren(ConflictDialog)
    assert "saved this record at the same moment" in dialog.form.general_problem.text()
    assert dialog.isVisible() and dialog.form.values()["note"] == "Mine"


def test_the_dialog_tells_when_no_field_differs(qtbot):
    error = EditConflict(current_version=3, form=P.CONTACT_FORM, your_values={"note": "Same"},
                         their_values={"note": "Same"})
    dialog = ConflictDialog(error)
    qtbot.addWidget(dialog)
    assert "reads the same in both versions" in dialog.summary.text()
    assert table_rows(dialog)["note"] == ("Note", "Same", "Same")


def test_a_referral_edited_meanwhile_offers_both_versions(qtbot, new_site):
    """The referral dialog (form, screening answers, override) and its own reload for "use theirs"."""
    loaded = arrest(new_site)
    dialog = ReferralDialog(new_site, loaded.id)
    qtbot.addWidget(dialog)
    dialog.show()
    location = dialog.form.input("location")
    location.clear()
    qtbot.keyClicks(location, "Under the overpass")
    rs.update_referral(new_site, loaded.id, {**dict(loaded.values), "location": "Bus depot"},
                       expected_version=loaded.version)
    click(qtbot, dialog.save_button)
    conflict = conflict_dialog(qtbot, dialog)
    assert table_rows(conflict)["location"][1:] == ("Under the overpass", "Bus depot")
    assert rs.get_referral(new_site, loaded.id).values["location"] == "Bus depot"

    click(qtbot, conflict.theirs_button)
    qtbot.waitUntil(lambda: dialog.form.values()["location"] == "Bus depot")
    assert dialog.isVisible() and dialog.expected_version == loaded.version + 1
    click(qtbot, dialog.save_button)  # their version, saved as it stands: no second conflict
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rs.get_referral(new_site, loaded.id).values["location"] == "Bus depot"


# ----- Administration: an account and the site settings ---------------------------------------------


@pytest.fixture
def admin_page(qtbot, window):
    window.go_to_page("administration")
    return window.pages["administration"]


def test_an_account_renamed_meanwhile_offers_both_versions(qtbot, new_site, admin_page):
    casey = accounts.add_account(new_site, "casey", "Casey", Role.CASE_MANAGER, "a temporary pass 123")
    admin_page.reload_accounts()
    admin_page.select_account(casey.id)
    admin_page._on_edit_account_button_clicked()
    dialog = admin_page.account_dialog
    dialog.ui.display_name_edit.setText("Casey Manager")
    accounts.update_account(new_site, casey.id, "Casey Jones", Role.PROJECT_MANAGER, expected_version=casey.version)
    ok = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok)
    click(qtbot, ok)
    conflict = conflict_dialog(qtbot, dialog)
    rows = table_rows(conflict)
    assert rows["display_name"] == ("Name — changed", "Casey Manager", "Casey Jones")
    assert rows["role"] == ("Role — changed", "Case manager", "Project manager")

    click(qtbot, conflict.theirs_button)
    qtbot.waitUntil(lambda: dialog.ui.display_name_edit.text() == "Casey Jones")
    assert dialog.role() is Role.PROJECT_MANAGER and dialog.isVisible()
    dialog.ui.display_name_edit.setText("Casey J. Jones")
    click(qtbot, ok)  # based on their version now: saved, no second conflict
    qtbot.waitUntil(lambda: admin_page.account_dialog is None)
    saved = next(a for a in accounts.list_accounts(new_site) if a.id == casey.id)
    assert (saved.display_name, saved.role) == ("Casey J. Jones", Role.PROJECT_MANAGER)


def test_a_setting_changed_meanwhile_offers_both_and_keep_mine_saves(qtbot, new_site, admin_page):
    admin_page.ui.tabs.setCurrentWidget(admin_page.ui.settings_tab)
    form = admin_page.settings_form
    form.editors["inactive_after_days"].setValue(60)
    form.editors["auto_lock_minutes"].setValue(20)
    settings_service.set_setting(new_site, "inactive_after_days", 45, expected_version=0)
    click(qtbot, admin_page.ui.save_settings_button)
    conflict = conflict_dialog(qtbot, admin_page)
    assert table_rows(conflict) == {"inactive_after_days": ("Inactive after days without contact — changed", "60", "45")}
    assert new_site.setting("auto_lock_minutes") == 20  # the setting nobody else touched was saved
    assert settings_service.get_settings(new_site)["inactive_after_days"] == 45

    click(qtbot, conflict.keep_button)
    qtbot.waitUntil(lambda: admin_page.ui.settings_status_label.text() == "Saved.")
    assert settings_service.get_settings(new_site)["inactive_after_days"] == 60
