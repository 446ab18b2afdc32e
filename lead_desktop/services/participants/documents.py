"""Scans of signed consent forms (PDF, PNG, JPEG, TIFF up to 20 MB), kept inside the encrypted
database, never as files beside it. Saving a copy out is audited as an export."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import RecordNotFound
from lead_desktop.services.offline.outbox import queued
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_SIGNATURES = {  # the first bytes each accepted file type starts with
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}
ALLOWED_DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    consent_id: str
    filename: str
    media_type: str
    size: int


@queued("participants.attach_consent_document")
def attach_consent_document(site: SiteSession, consent_id: str, filename: str, data: bytes) -> DocumentInfo:
    site.require(Permission.EDIT_PARTICIPANTS)
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    media_type = ALLOWED_DOCUMENT_TYPES.get(suffix)
    if media_type is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form.")
        )
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That file is empty."))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That file is larger than 20 MB. Scan at a lower resolution.")
        )
    if not any(data.startswith(magic) for magic in DOCUMENT_SIGNATURES[media_type]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That file does not look like a {kind} file. Attach the scan itself."),
            kind=suffix.lstrip(".").upper(),
        )
    with site.unit_of_work() as session:
        consent = session.get(M.Consent, consent_id)
        if consent is None or consent.deleted_at is not None:
            raise RecordNotFound()
        row = M.ConsentDocument(
            consent_id=consent_id, filename=filename[-200:], media_type=media_type, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), data=data, updated_by=site.actor.account_id,
        )
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "consent_document", row.id, consent=consent_id)
        return DocumentInfo(row.id, consent_id, row.filename, media_type, row.size)


def consent_documents(site: SiteSession, consent_id: str) -> list[DocumentInfo]:
    site.require(Permission.VIEW_PARTICIPANTS)
    d = M.ConsentDocument
    with site.unit_of_work() as session:
        rows = session.execute(
            select(d.id, d.consent_id, d.filename, d.media_type, d.size)
            .where(d.consent_id == consent_id, d.deleted_at.is_(None)).order_by(d.created_at)
        ).all()
    return [DocumentInfo(*r) for r in rows]


def read_consent_document(site: SiteSession, document_id: str) -> tuple[DocumentInfo, bytes]:
    """The scan's bytes, for an explicit "Save a copy…" by the person (audited as an export)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.get(M.ConsentDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        site.audit(session, AuditAction.EXPORT, "consent_document", row.id)
        return DocumentInfo(row.id, row.consent_id, row.filename, row.media_type, row.size), bytes(row.data)
