"""The Consents tab: states in words and color, scans kept inside the database, the disclosure log."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lead_desktop.gui.participants.profile.consents import DisclosureDialog
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import participants as svc

from .conftest import CONSENT, column_texts, open_profile


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
    dialog.form.set_values({"recipient": "Public defender", "information": "Enrollment status"})
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
            "information": "Enrollment",
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
