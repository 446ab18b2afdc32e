"""A participant's profile driven with qtbot: contacts, consents and scans, disclosures, overview edits, merges."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lead_desktop.domain.roles import Role
from lead_desktop.gui.participants import ProfileWidget
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.participants.dialogs import MergeDialog
from lead_desktop.gui.participants.profile.consents import DisclosureDialog
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import participants as svc

from .conftest import person, sign_in_as

CONSENT = {
    "consent_type": "lead_multi_party",
    "disclosing_party": "LEAD case management",
    "recipients": "Police department\nPublic defender",
    "information": ["enrollment", "legal"],
    "purpose": "Coordinate services",
    "right_to_revoke_explained": True,
}


def open_profile(qtbot, site, participant_id: str) -> ProfileWidget:
    widget = ProfileWidget(site, participant_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column_texts(tab, column: int) -> list[str]:
    model = tab.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def answer(qtbot, parent, button_text: str) -> None:
    """Click a button of the question box the widget opened."""
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    button = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def rosa(new_site):
    return person(new_site, "Rosa", "Marquez", dob=date(1981, 4, 2), aliases="Rosie")


def test_header_shows_who_this_is(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    assert profile.name_label.text() == "Rosa Marquez"
    assert profile.number_label.text() == rosa.lead_number
    assert profile.status_label.text() == "Status: Active"
    assert profile.manager_label.text() == "Case manager: unassigned"
    assert profile.last_contact_label.text() == "Last contact: never"
    assert [profile.tab_widget.tabText(i) for i in range(profile.tab_widget.count())] == [
        "Overview",
        "Contacts",
        "Assessment",
        "Plan goals",
        "Services",
        "Housing history",
        "Legal",
        "Consents",
        "Merges",
    ]


def test_record_a_contact_through_the_dialog(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    profile.activateWindow()
    profile.tab_widget.setFocus()
    qtbot.waitUntil(profile.tab_widget.hasFocus)
    qtbot.keyClick(
        profile.tab_widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: profile.findChild(RecordDialog) is not None)
    dialog = profile.findChild(RecordDialog)
    assert profile.tab_widget.currentWidget() is profile.tabs["contacts"]
    at = datetime.strptime(dialog.form.values()["at"], "%Y-%m-%d %H:%M")
    assert abs((datetime.now() - at).total_seconds()) < 120  # defaults to now
    dialog.form.input("contact_type").setFocus()
    qtbot.keyClicks(dialog.form.input("contact_type"), "Phone")
    qtbot.keyClicks(dialog.form.input("location"), "Under the 5th St bridge")
    qtbot.keyClicks(dialog.form.input("duration_minutes"), "25")
    qtbot.keyClicks(dialog.form.input("note"), "Brought water; talked about ID.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    contacts = profile.tabs["contacts"]
    assert column_texts(contacts, 2) == ["Under the 5th St bridge"]
    assert column_texts(contacts, 1) == ["Phone"]
    assert column_texts(contacts, 3) == ["25"]
    assert profile.last_contact_label.text() == f"Last contact: {at.strftime('%Y-%m-%d %H:%M')}"
    stored = svc.list_records(new_site, "contact", rosa.id)
    assert len(stored) == 1 and stored[0].values["note"] == "Brought water; talked about ID."


def test_a_contact_in_the_future_is_refused(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    dialog = profile.record_contact()
    dialog.form.input("at").setText((datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("at") == "Date and time cannot be in the future."
    assert dialog.isVisible()
    assert svc.list_records(new_site, "contact", rosa.id) == []
    assert profile.tabs["contacts"].empty_label.isVisible()


def test_consent_states_show_as_text_and_colour(qtbot, new_site, rosa):
    today = date.today()
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": today - timedelta(days=800), "expires_on": today - timedelta(days=35)},
    )
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": today - timedelta(days=300), "expires_on": today + timedelta(days=10)},
    )
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {
            **CONSENT,
            "signed_on": today - timedelta(days=20),
            "expires_on": today + timedelta(days=345),
            "revoked_on": today - timedelta(days=1),
        },
    )
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": today - timedelta(days=5), "expiry_event": "End of LEAD participation"},
    )
    profile = open_profile(qtbot, new_site, rosa.id)
    consents = profile.open_tab("consents")
    model = consents.view.model()
    by_signed = {
        model.index(r, 4).data(): (model.index(r, 1).data(), model.index(r, 1).data(TONE_ROLE))
        for r in range(model.rowCount())
    }
    assert by_signed[(today - timedelta(days=800)).isoformat()] == ("Expired", "danger")
    assert by_signed[(today - timedelta(days=300)).isoformat()] == ("Expiring soon", "warning")
    assert by_signed[(today - timedelta(days=20)).isoformat()] == ("Revoked", "muted")
    assert by_signed[(today - timedelta(days=5)).isoformat()] == ("Active", "ok")
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_attach_a_scan_and_save_a_copy(qtbot, new_site, rosa, tmp_path, site_dir):
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": date.today(), "expires_on": date.today() + timedelta(days=365)},
    )
    scan = tmp_path / "signed-release.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned signature page\n%%EOF\n")
    profile = open_profile(qtbot, new_site, rosa.id)
    consents = profile.open_tab("consents")
    assert consents.documents_empty.isVisible()
    before = sorted(p.name for p in site_dir.rglob("*"))
    info = consents.attach_file(scan)
    assert info is not None and info.filename == "signed-release.pdf"
    assert consents.documents.count() == 1
    assert consents.documents.item(0).text().startswith("signed-release.pdf")
    after = sorted(p.name for p in site_dir.rglob("*"))
    assert not any("signed-release" in name for name in after)  # kept inside the database
    assert set(after) - set(before) <= {"site.db-wal", "site.db-shm"}
    copy = tmp_path / "exported.pdf"
    assert consents.save_copy_to(consents.selected_document_id(), copy)
    assert copy.read_bytes() == scan.read_bytes()


def test_a_scan_of_the_wrong_type_is_refused_with_a_message(qtbot, new_site, rosa, tmp_path):
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": date.today(), "expires_on": date.today() + timedelta(days=365)},
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("not a scan")
    profile = open_profile(qtbot, new_site, rosa.id)
    consents = profile.open_tab("consents")
    assert consents.attach_file(notes) is None
    box = consents.findChild(QMessageBox)
    assert box is not None and "PDF or an image" in box.text()
    box.close()
    assert consents.documents.count() == 0


def test_disclosure_without_an_active_consent_needs_a_reason(qtbot, new_site, rosa):
    svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": date.today() - timedelta(days=500), "expires_on": date.today() - timedelta(days=100)},
    )
    profile = open_profile(qtbot, new_site, rosa.id)
    consents = profile.open_tab("consents")
    qtbot.mouseClick(consents.disclosures.add_button, Qt.MouseButton.LeftButton)
    dialog = consents.findChild(DisclosureDialog)
    assert dialog is not None
    assert dialog.intro.isVisible()
    assert "no active consent" in dialog.intro.text()
    assert dialog.form.input("consent_id").count() == 1  # only the empty entry: the expired one is not offered
    assert dialog.form._labels["reason_without_consent"].text().endswith("*")
    qtbot.keyClicks(dialog.form.input("recipient"), "County hospital ER")
    qtbot.keyClicks(dialog.form.input("information"), "Current medications")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("reason_without_consent") == "Record why this was shared without an active consent."
    assert svc.list_records(new_site, "disclosure", rosa.id) == []
    qtbot.keyClicks(dialog.form.input("reason_without_consent"), "Medical emergency (42 CFR 2.51)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    log = consents.disclosures
    assert column_texts(log, 1) == ["County hospital ER"]
    assert column_texts(log, 4) == ["none — Medical emergency (42 CFR 2.51)"]


def test_disclosure_under_an_active_consent(qtbot, new_site, rosa):
    consent = svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": date.today(), "expires_on": date.today() + timedelta(days=365)},
    )
    profile = open_profile(qtbot, new_site, rosa.id)
    consents = profile.open_tab("consents")
    dialog = consents.disclosures.add()
    assert dialog.form.values()["consent_id"] == consent.id  # the one active consent is preselected
    assert not dialog.intro.isVisible()
    dialog.form.set_values({"recipient": "Public defender", "information": "Enrolment status"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [stored] = svc.list_records(new_site, "disclosure", rosa.id)
    assert stored.values["consent_id"] == consent.id


def test_editing_an_old_disclosure_keeps_its_expired_consent(qtbot, new_site, rosa):
    today = date.today()
    consent = svc.add_record(
        new_site,
        "consent",
        rosa.id,
        {**CONSENT, "signed_on": today - timedelta(days=400), "expires_on": today + timedelta(days=100)},
    )
    svc.add_record(
        new_site,
        "disclosure",
        rosa.id,
        {
            "disclosed_on": today - timedelta(days=200),
            "recipient": "Public defender",
            "information": "Enrolment",
            "consent_id": consent.id,
        },
    )
    svc.update_record(new_site, "consent", consent.id, {**consent.values, "expires_on": today - timedelta(days=3)})
    profile = open_profile(qtbot, new_site, rosa.id)
    log = profile.open_tab("consents").disclosures
    log.view.selectRow(0)
    dialog = log.edit_selected()
    combo = dialog.form.input("consent_id")
    assert combo.currentData() == consent.id
    assert combo.currentText().endswith("(Expired)")
    assert not dialog.intro.isVisible()


def test_overview_edit_and_save(qtbot, new_site, rosa):
    profile = open_profile(qtbot, new_site, rosa.id)
    overview = profile.tabs["overview"]
    assert overview.form.input("phone").isReadOnly()
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)
    assert not overview.form.input("phone").isReadOnly()
    qtbot.keyClicks(overview.form.input("phone"), "555-0142")
    overview.form.set_values({"status": "exited"})
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert overview.form.problem("exit_date") == "An exited participant needs an exit date."
    assert svc.get_participant(new_site, rosa.id).values["phone"] is None
    overview.form.set_values({"status": "active"})
    with qtbot.waitSignal(profile.participant_changed):
        qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert svc.get_participant(new_site, rosa.id).values["phone"] == "555-0142"
    assert overview.form.input("phone").isReadOnly()


def test_goal_due_and_court_this_week_are_highlighted(qtbot, new_site, rosa):
    svc.add_record(
        new_site,
        "goal",
        rosa.id,
        {
            "goal": "Get a state ID",
            "set_on": date.today() - timedelta(days=40),
            "target_date": date.today() - timedelta(days=1),
        },
    )
    court = datetime.combine(date.today() + timedelta(days=2), datetime.min.time()) + timedelta(hours=9)
    svc.add_record(new_site, "legal_case", rosa.id, {"jurisdiction": "Municipal Court", "next_court_at": court})
    profile = open_profile(qtbot, new_site, rosa.id)
    goals = profile.open_tab("goals")
    target = goals.view.model().index(0, 4)
    assert target.data().endswith("— due") and target.data(TONE_ROLE) == "danger"
    legal = profile.open_tab("legal")
    when = legal.view.model().index(0, 3)
    assert when.data() == f"{court.strftime('%Y-%m-%d %H:%M')} — this week"
    assert when.data(TONE_ROLE) == "danger"


def test_merge_then_undo_keeps_every_contact(qtbot, new_site):
    kept = person(new_site, "Darnell", "Okafor", dob=date(1970, 1, 1))
    other = person(new_site, "Dee", "Okafor-Smith")
    for i in range(3):
        svc.add_record(
            new_site, "contact", kept.id, {"at": datetime.now() - timedelta(days=i + 1), "location": f"k{i}"}
        )
    for i in range(2):
        svc.add_record(
            new_site, "contact", other.id, {"at": datetime.now() - timedelta(days=i + 10), "location": f"o{i}"}
        )
    profile = open_profile(qtbot, new_site, kept.id)
    merges = profile.open_tab("merges")
    assert merges.empty_label.isVisible()
    qtbot.mouseClick(merges.merge_button, Qt.MouseButton.LeftButton)
    dialog = merges.findChild(MergeDialog)
    qtbot.keyClicks(dialog.search_edit, other.lead_number)
    qtbot.waitUntil(lambda: dialog.candidates.rowCount() == 1 and dialog.candidates.row_at(0).id == other.id)
    dialog.view.selectRow(0)
    assert "2 contacts" in dialog.preview_label.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    contacts = profile.open_tab("contacts")
    assert sorted(column_texts(contacts, 2)) == ["k0", "k1", "k2", "o0", "o1"]
    assert merges.view.model().index(0, 3).data() == "In effect"
    assert svc.list_participants(new_site, query="okafor-smith").total == 1  # the merged name is an alias here

    merges = profile.open_tab("merges")
    merges.view.selectRow(0)
    qtbot.mouseClick(merges.undo_button, Qt.MouseButton.LeftButton)
    answer(qtbot, merges, "Undo merge")
    assert sorted(column_texts(profile.tabs["contacts"], 2)) == ["k0", "k1", "k2"]
    assert merges.view.model().index(0, 3).data() == "Undone"
    assert not merges.undo_button.isEnabled()
    back = svc.list_records(new_site, "contact", other.id)
    assert sorted(r.values["location"] for r in back) == ["o0", "o1"]


def test_a_merged_record_says_where_its_history_went(qtbot, new_site):
    kept = person(new_site, "Ana", "Lima")
    other = person(new_site, "Anna", "Lima")
    svc.merge_participants(new_site, kept.id, other.id)
    profile = open_profile(qtbot, new_site, other.id)
    assert profile.merged_banner.isVisible()
    assert not profile.record_contact_button.isVisible()
    assert not profile.tabs["overview"].edit_button.isVisible()
    with qtbot.waitSignal(profile.participant_opened) as opened:
        profile.merged_banner.linkActivated.emit("open")
    assert opened.args == [kept.id]


def test_delete_a_contact_after_confirming(qtbot, new_site, rosa):
    svc.add_record(new_site, "contact", rosa.id, {"at": datetime.now() - timedelta(hours=2), "location": "Park"})
    profile = open_profile(qtbot, new_site, rosa.id)
    contacts = profile.open_tab("contacts")
    contacts.view.selectRow(0)
    qtbot.mouseClick(contacts.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, contacts, "Delete")
    assert svc.list_records(new_site, "contact", rosa.id) == []
    assert contacts.empty_label.isVisible()
    assert profile.last_contact_label.text() == "Last contact: never"


def test_a_viewer_cannot_open_a_profile(qtbot, new_site, site_dir, rosa):
    viewer = sign_in_as(site_dir, new_site, "pcgchair", Role.VIEWER)
    try:
        profile = ProfileWidget(viewer, rosa.id)
        qtbot.addWidget(profile)
        profile.show()
        assert profile.problem_label.isVisible()
        assert "does not allow" in profile.problem_label.text()
        assert profile.tab_widget is None
        assert profile.record_contact() is None
    finally:
        viewer.close()
