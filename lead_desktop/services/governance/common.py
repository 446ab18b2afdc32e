"""What the governance modules (and services.meetings) share: the not-found and still-in-use errors,
reading a live row, a form's defaults, stamping who changed a row, and today's date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import Form
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.session import SiteSession


class GovernanceRecordNotFound(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "That governance record no longer exists. It may have been removed.")


class StillInUse(KnownError):
    """A record others still depend on; the template given says what to do first."""

    template = QT_TRANSLATE_NOOP("errors", "This record is still in use.")


def _today() -> date:
    return date.today()


def _live(session: Session, model: type, row_id: str | None) -> object:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise GovernanceRecordNotFound()
    return row


def _defaults(form: Form, values: Mapping) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _stamp(site: SiteSession, row: object) -> None:
    row.updated_by = site.actor.account_id
