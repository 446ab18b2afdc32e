"""The de-identified analysis file for evaluators: one row per participant, no names, numbers, contact
details or free text; birth date as an age band at enrollment; dates as months; ids are pseudonyms
stable for the same export key."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import case, func, select

from lead_desktop.domain import exchange as X
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.export import ExportCancelled, ExportResult, _stream
from lead_desktop.services.exchange.files import format_for, table_file
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel, _ticker
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M

DEIDENTIFIED_COLUMNS = (
    "pseudo_id", "age_band_at_enrollment", "sex", "race_ethnicity", "veteran_status", "disabling_condition",
    "status", "enrolled_month", "exit_month", "days_enrolled", "exit_reason", "exit_destination",
    "destination_group", "living_situation", "referral_pathway", "case_manager_pseudo_id", "contacts",
    "contacts_last_12_months", "last_contact_month",
)


def _month(value: date | datetime | None) -> str | None:
    return value.strftime("%Y-%m") if value else None


def export_deidentified(site: SiteSession, target: str | Path, export_key: str, *, fmt: str | None = None,
                        today: date | None = None, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> ExportResult:
    """One row per participant for evaluators: no names, numbers, contact details or free text; birth date
    as an age band at enrollment; dates as months; ids are pseudonyms stable for the same export key."""
    site.require(Permission.VIEW_PARTICIPANTS)
    key = X.derive_export_key(export_key)
    today = today or date.today()
    target = Path(target).expanduser()
    fmt = fmt or format_for(target)
    p, c = M.Participant, M.Contact
    year_ago = datetime.combine(today - timedelta(days=365), time())
    with site.unit_of_work() as session:
        live = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
        total = session.scalar(select(func.count()).select_from(p).where(*live)) or 0
        contacts = {pid: (n, recent) for pid, n, recent in session.execute(
            select(c.participant_id, func.count(c.id),
                   func.sum(case((c.at >= year_ago, 1), else_=0)))
            .where(c.deleted_at.is_(None), c.unable_to_locate.is_(False)).group_by(c.participant_id))}
        housing: dict[str, str] = {}
        h = M.HousingStatus
        for pid, code in session.execute(select(h.participant_id, h.living_situation)
                                         .where(h.deleted_at.is_(None)).order_by(h.effective_on, h.created_at)):
            housing[pid] = code  # the latest wins
        pathways: dict[str, str] = {}
        for pid, pathway in session.execute(select(M.Referral.participant_id, M.Referral.pathway)
                                            .where(M.Referral.deleted_at.is_(None),
                                                   M.Referral.participant_id.is_not(None))
                                            .order_by(M.Referral.referred_at.desc())):
            pathways[pid] = pathway  # the earliest referral wins
        query = (select(p.id, p.dob, p.sex, p.race_ethnicity, p.veteran_status, p.disabling_condition, p.status,
                        p.enrolled_on, p.exit_date, p.exit_reason, p.exit_destination, p.case_manager_id,
                        p.last_contact_at)
                 .where(*live).order_by(p.sequence))
        tick = _ticker(progress, total)
        count = 0
        with table_file(target, "De-identified", fmt) as write:
            write(list(DEIDENTIFIED_COLUMNS), header=True)
            for (pid, dob, sex, race, veteran, disabling, status, enrolled, exit_date, exit_reason, destination,
                 manager, last_contact) in _stream(session, query):
                _check_cancel(cancelled, ExportCancelled)
                end = exit_date or today
                n, recent = contacts.get(pid, (0, 0))
                write([
                    X.pseudonym(key, pid, "P"), X.age_band(dob, enrolled), sex, ";".join(race.split(",")), veteran,
                    disabling, status, _month(enrolled), _month(exit_date),
                    max(0, (end - enrolled).days) if enrolled else None, exit_reason, destination,
                    V.destination_group(destination) if destination else None, housing.get(pid),
                    pathways.get(pid), X.pseudonym(key, manager, "S") if manager else None, n, int(recent or 0),
                    _month(last_contact),
                ])
                count += 1
                tick(count)
        site.audit(session, AuditAction.EXPORT, "deidentified", str(uuid.uuid4()), rows=count, format=fmt)
    return ExportResult(target, count)
