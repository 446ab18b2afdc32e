"""Scans of signed consent forms (services.participants.documents), kept inside the encrypted database."""

from __future__ import annotations

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import participants as ps
from tests.services.participants.helpers import audit_entries, consent_values, person


def test_a_consent_scan_is_kept_inside_the_encrypted_database(new_site, site_dir):
    owner = person(new_site)
    consent = ps.add_record(new_site, "consent", owner.id, consent_values())
    marker = b"ZANZIBAR-SIGNED-FORM-" * 64
    scan = b"%PDF-1.4\n" + marker + bytes(range(256)) * 40
    before = {p.name for p in site_dir.rglob("*") if p.is_file()}

    info = ps.attach_consent_document(new_site, consent.id, "signed form.PDF", scan)
    assert (info.consent_id, info.media_type, info.size) == (consent.id, "application/pdf", len(scan))
    assert ps.consent_documents(new_site, consent.id) == [info]
    read_info, data = ps.read_consent_document(new_site, info.id)
    assert read_info == info and data == scan
    exports = [e for e in audit_entries(new_site) if e.action == AuditAction.EXPORT.value]
    assert [(e.entity_type, e.entity_id) for e in exports] == [("consent_document", info.id)]

    after = {p.name for p in site_dir.rglob("*") if p.is_file()}
    assert after - before <= {"site.db", "site.db-wal", "site.db-shm"}
    for path in site_dir.rglob("*"):
        if path.is_file():
            assert b"ZANZIBAR-SIGNED-FORM" not in path.read_bytes(), path.name


@pytest.mark.parametrize(
    "filename, size, words",
    [
        ("scan.pdf", ps.MAX_DOCUMENT_BYTES + 1, "larger than 20 MB"),
        ("scan.exe", 100, "PDF or an image"),
        ("scan.docx", 100, "PDF or an image"),
        ("scan", 100, "PDF or an image"),
        ("scan.png", 0, "empty"),
    ],
)
def test_a_wrong_scan_is_refused(new_site, filename, size, words):
    owner = person(new_site)
    consent = ps.add_record(new_site, "consent", owner.id, consent_values())
    with pytest.raises(ValidationError) as caught:
        ps.attach_consent_document(new_site, consent.id, filename, b"\x89PNG" + b"\0" * max(0, size - 4) if size else b"")
    assert words in caught.value.message
    assert ps.consent_documents(new_site, consent.id) == []


def test_a_scan_must_be_the_file_type_it_claims(new_site, tmp_path):
    from datetime import date

    import pytest

    from lead_desktop.domain.errors import ValidationError
    from lead_desktop.services import participants as P

    person = P.create_participant(new_site, {"first_name": "Ivo", "last_name": "Pell", "enrolled_on": "2025-01-01"},
                                  reviewed_duplicates=True)
    consent = P.add_record(new_site, "consent", person.id, {
        "disclosing_party": "LEAD", "recipients": "Prosecutor", "information": ["legal"], "purpose": "coordination",
        "right_to_revoke_explained": True, "signed_on": date(2025, 1, 2), "expires_on": date(2027, 1, 2)})
    with pytest.raises(ValidationError):
        P.attach_consent_document(new_site, consent.id, "signed.pdf", b"MZ\x90\x00 not a pdf at all")
    assert P.consent_documents(new_site, consent.id) == []
    doc = P.attach_consent_document(new_site, consent.id, "signed.pdf", b"%PDF-1.4\n%real enough\n")
    assert doc.media_type == "application/pdf"
