"""Exporting whole lists (participants, contacts, referrals) as CSV or .xlsx, with friendly headers and
labels or with field names and codes; both import back unchanged. Every export is audited with its
kind and row count. The de-identified file and the HMIS CSV are services.exchange.deidentified and
services.exchange.hmis."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.files import format_for, table_file
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel, _ticker
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import stream, string_agg


class ExportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The export was canceled. No file was written.")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    files: tuple[tuple[str, int], ...] = ()  # (file name, rows) for multi-file exports


EXPORT_KINDS = (X.PARTICIPANTS, X.CONTACTS, X.REFERRALS, "deidentified", "hmis")
EXPORT_KIND_LABELS = {
    X.PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "Participants (list)"),
    X.CONTACTS: QT_TRANSLATE_NOOP("vocab", "Contacts (list)"),
    X.REFERRALS: QT_TRANSLATE_NOOP("vocab", "Referrals (list)"),
    "deidentified": QT_TRANSLATE_NOOP("vocab", "De-identified analysis file"),
    "hmis": QT_TRANSLATE_NOOP("vocab", "HMIS CSV FY2026 (for the Continuum of Care)"),
}


def export_columns(kind: str) -> tuple[X.Target, ...]:
    """The columns a list export writes: the import targets, less the ids of another system."""
    return tuple(t for t in X.targets(kind) if t.name not in ("external_id", "participant_external_id"))


def _display(spec, value: object, labels: bool) -> object:  # noqa: ANN001 - a FieldSpec
    if value is None or value == "" or value == []:
        return None
    if spec.kind is Kind.MULTI:
        codes = value if isinstance(value, (list, tuple)) else [c for c in str(value).split(",") if c]
        if labels and spec.vocabulary is not None:
            return "; ".join(spec.vocabulary.label(c) for c in codes)
        return ";".join(codes)
    if spec.kind is Kind.CHOICE and labels and spec.vocabulary is not None:
        return spec.vocabulary.label(str(value))
    if spec.kind is Kind.BOOL:
        return ("Yes" if value else "No") if labels else ("yes" if value else "no")
    return value


def _stream(session: Session, query, batch: int = 500) -> Iterator:  # noqa: ANN001 - a Select
    return stream(session, query, batch)


def _participant_rows(session: Session):  # noqa: ANN202
    p, a = M.Participant, M.Account
    aliases = (select(string_agg(M.ParticipantAlias.alias, ", "))
               .where(M.ParticipantAlias.participant_id == p.id, M.ParticipantAlias.deleted_at.is_(None))
               .scalar_subquery())
    live = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    total = session.scalar(select(func.count()).select_from(p).where(*live)) or 0
    query = (select(p, aliases.label("alias_list"), a.username).outerjoin(a, a.id == p.case_manager_id)
             .where(*live).order_by(p.sequence))

    def rows() -> Iterator[dict]:
        for participant, alias_list, username in _stream(session, query):
            values = {spec.name: getattr(participant, spec.name) for spec in P.PARTICIPANT_FORM
                      if spec.name not in ("aliases", "case_manager_id")}
            values.update(lead_number=participant.lead_number, aliases=alias_list, case_manager=username)
            session.expunge(participant)
            yield values

    return total, rows()


def _contact_rows(session: Session):  # noqa: ANN202
    c, p, a = M.Contact, M.Participant, M.Account
    where = [c.deleted_at.is_(None), p.deleted_at.is_(None)]
    total = session.scalar(select(func.count()).select_from(c).join(p, p.id == c.participant_id).where(*where)) or 0
    query = (select(c, p.lead_number, a.username).join(p, p.id == c.participant_id)
             .outerjoin(a, a.id == c.staff_id).where(*where).order_by(p.sequence, c.at, c.id))

    def rows() -> Iterator[dict]:
        for contact, lead_number, username in _stream(session, query):
            values = {spec.name: getattr(contact, spec.name) for spec in P.CONTACT_FORM}
            values.update(lead_number=lead_number, staff=username)
            session.expunge(contact)
            yield values

    return total, rows()


def _referral_rows(session: Session):  # noqa: ANN202
    r, p, a, g, o = M.Referral, M.Participant, M.Account, M.Organization, M.ReferringOfficer
    where = [r.deleted_at.is_(None)]
    total = session.scalar(select(func.count()).select_from(r).where(*where)) or 0
    query = (select(r, p.lead_number, g.name, o.name, o.badge, a.username)
             .outerjoin(p, p.id == r.participant_id).outerjoin(g, g.id == r.agency_id)
             .outerjoin(o, o.id == r.officer_id).outerjoin(a, a.id == r.case_manager_id)
             .where(*where).order_by(r.referred_at, r.id))

    def rows() -> Iterator[dict]:
        for referral, lead_number, agency, officer, badge, username in _stream(session, query):
            values = {spec.name: getattr(referral, spec.name) for spec in R.REFERRAL_FORM
                      if spec.name not in ("agency_id", "officer_id", "case_manager_id")}
            values.update(lead_number=lead_number, agency=agency, officer=officer, officer_badge=badge,
                          case_manager=username, outcome=referral.outcome, outcome_on=referral.outcome_on)
            session.expunge(referral)
            yield values

    return total, rows()


_LIST_ROWS = {X.PARTICIPANTS: _participant_rows, X.CONTACTS: _contact_rows, X.REFERRALS: _referral_rows}


def export_list(site: SiteSession, kind: str, target: str | Path, *, fmt: str | None = None, labels: bool = True,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """A whole list (participants, contacts or referrals) as CSV or .xlsx. `labels`: friendly headers
    and vocabulary labels (else field names and codes); both import back unchanged."""
    site.require(Permission.VIEW_PARTICIPANTS)
    if kind not in _LIST_ROWS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what to export."))
    target = Path(target).expanduser()
    fmt = fmt or format_for(target)
    columns = export_columns(kind)
    with site.unit_of_work() as session:
        total, rows = _LIST_ROWS[kind](session)
        tick = _ticker(progress, total)
        count = 0
        with table_file(target, str(X.KIND_LABELS[kind]), fmt) as write:
            write([t.label if labels else t.name for t in columns], header=True)
            for values in rows:
                _check_cancel(cancelled, ExportCancelled)
                write([_display(t.spec, values.get(t.name), labels) for t in columns])
                count += 1
                tick(count)
        site.audit(session, AuditAction.EXPORT, kind, str(uuid.uuid4()), rows=count, format=fmt, labels=labels)
    return ExportResult(target, count)
