"""The HMIS CSV FY2026 export: a Continuum of Care's HMIS loads it as it loads any other project's.

`export_hmis` writes Export.csv, Organization.csv, User.csv, Project.csv, Funder.csv,
ProjectCoC.csv, Client.csv, Enrollment.csv, Exit.csv, IncomeBenefits.csv, HealthAndDV.csv,
Disabilities.csv, Services.csv and CurrentLivingSituation.csv (in the specification's order) into
a new folder or a .zip, one ExportID throughout and every key resolving to a row of its file.
IncomeBenefits, HealthAndDV and Disabilities have their header only: LEAD Desktop holds no
income, health, domestic violence or disability records (DisablingCondition is in Enrollment.csv).

The export is a disclosure: it includes only the participants hmis.consent lets it, and it goes
into each one's disclosure log with the consent it was made under, or with the reason the person
exporting gave for including people no consent covers. Needs VIEW_PARTICIPANTS and
EDIT_PARTICIPANTS (it writes the disclosure log), like a case summary. Audited once with counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.hmis import mapping
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.exchange.export import ExportCancelled, ExportResult
from lead_desktop.services.exchange.hmis import consent as hmis_consent
from lead_desktop.services.exchange.hmis import project_rows as pr
from lead_desktop.services.exchange.hmis.csvio import write_export
from lead_desktop.services.exchange.hmis.people_rows import PeopleRows, load_people
from lead_desktop.services.exchange.hmis.site import hmis_site, save_hmis_site
from lead_desktop.services.exchange.progress import Cancelled, Progress, _check_cancel
from lead_desktop.services.participants.records import insert_record
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M

HEADER_ONLY = ("IncomeBenefits.csv", "HealthAndDV.csv", "Disabilities.csv")
FILE_COUNT = 14

# The disclosure-log entry of each participant in an export (recorded data, kept in English like
# the case summaries' entries).
DISCLOSURE_RECIPIENT = "HMIS / Continuum of Care {coc}"
DISCLOSURE_WHAT = "HMIS CSV export: client, enrollment, exit and street contacts"
DISCLOSURE_SUD = " including substance-use-disorder information"
DISCLOSURE_PURPOSE = "HMIS participation (project {project})"


@dataclass(frozen=True)
class HmisExportResult(ExportResult):
    included: int = 0  # participants in the export
    left_out: int = 0  # participants no consent in force covers, left out (no reason given)
    without_consent: int = 0  # participants included on the reason given, without a consent
    sud_withheld: int = 0  # participants some of whose substance use information was held back (Part 2)
    missing_subsidy: int = 0  # 435 answers written without a subsidy type (none recorded)


def _reason(text: str | None) -> str | None:
    reason = " ".join((text or "").split())[:2000]
    if text is not None and text.strip() and len(reason) < 10:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Say in a sentence why participants without an HMIS consent are exported."),
            field="without_consent_reason")
    return reason or None


def export_hmis(site: SiteSession, target: str | Path, *, details: dict | None = None,
                without_consent_reason: str | None = None, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> HmisExportResult:
    """Write the export (a new folder, or a .zip when `target` ends in .zip).

    `details` are the site's HMIS details to use and keep (hmis.site; the kept ones when None).
    `without_consent_reason` includes participants no consent in force covers, and goes into their
    disclosure logs. Raises FormInvalid when the HMIS details are incomplete, ExportCancelled when
    `cancelled()` turns true (nothing is written or logged).
    """
    site.require(Permission.VIEW_PARTICIPANTS)
    site.require(Permission.EDIT_PARTICIPANTS)
    reason = _reason(without_consent_reason)
    if details:
        save_hmis_site(site, details)
    project = hmis_site(site)
    target = Path(target).expanduser()
    export_uuid = uuid.uuid4()
    now = datetime.now().replace(microsecond=0)
    today = now.date()

    def check() -> None:
        _check_cancel(cancelled, ExportCancelled)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, FILE_COUNT)

    with site.unit_of_work() as session:
        step(0)
        part2 = bool(read_setting(session, "part2_enabled"))
        consents = hmis_consent.hmis_consents(session, today, part2)
        people, left_out = load_people(
            session, lambda pid: hmis_consent.coverage_for(consents, pid, reason, part2))
        accounts = list(session.execute(select(M.Account.id, M.Account.created_at, M.Account.updated_at)
                                        .order_by(M.Account.created_at)))
        account_ids = {a[0] for a in accounts}
        header = pr.ExportHeader(export_uuid.hex, now, mapping.hmis_id(site.actor.account_id), site.site_id,
                                 site.site_name, min((p.entry for p in people), default=today))
        rows = PeopleRows(session, header, project, people, account_ids, check)
        tables = [
            ("Export.csv", pr.export_rows(header, project)),
            ("Organization.csv", pr.organization_rows(header, project)),
            ("User.csv", pr.user_rows(header, accounts)),
            ("Project.csv", pr.project_rows(header, project)),
            ("Funder.csv", pr.funder_rows(header, project)),
            ("ProjectCoC.csv", pr.project_coc_rows(header, project)),
            ("Client.csv", rows.clients()),
            ("Enrollment.csv", rows.enrollments()),
            ("Exit.csv", rows.exits()),
            *((name, iter(())) for name in HEADER_ONLY),
            ("Services.csv", rows.services()),
            ("CurrentLivingSituation.csv", rows.current_living_situations()),
        ]
        files = write_export(target, tables, check, step)
        check()
        recipient = DISCLOSURE_RECIPIENT.format(coc=project.coc_code)
        purpose = DISCLOSURE_PURPOSE.format(project=project.project_id)
        for person in people:
            sud = person.id in rows.tally.sud_written
            insert_record(site, session, "disclosure", person.id, {
                "disclosed_on": today, "recipient": recipient, "information": DISCLOSURE_WHAT
                + (DISCLOSURE_SUD if sud else ""), "purpose": purpose, "consent_id": person.coverage.consent_id,
                "reason_without_consent": None if person.coverage.consent_id else reason,
            }, staff_id=site.actor.account_id)
        without = sum(1 for person in people if person.coverage.consent_id is None)
        counts = dict(files)
        site.audit(session, AuditAction.EXPORT, "hmis", str(export_uuid), rows=counts["Client.csv"], files=counts,
                   format="zip" if target.suffix.lower() == ".zip" else "folder", left_out=left_out,
                   without_consent=without, sud_withheld=len(rows.tally.sud_withheld), project=project.project_id)
    return HmisExportResult(target, counts["Client.csv"], tuple(files), len(people), left_out, without,
                            len(rows.tally.sud_withheld), rows.tally.missing_subsidy)


@dataclass(frozen=True)
class ConsentCount:
    """Before an export: how many participants a consent naming the HMIS covers, and how many not."""

    covered: int
    not_covered: int


def hmis_consent_count(site: SiteSession, today: date | None = None) -> ConsentCount:
    """For the export dialog: whom an export would include without a reason."""
    site.require(Permission.VIEW_PARTICIPANTS)
    today = today or date.today()
    with site.unit_of_work() as session:
        consents = hmis_consent.hmis_consents(session, today, True)
        p = M.Participant
        live = set(session.scalars(select(p.id).where(p.deleted_at.is_(None), p.merged_into_id.is_(None))))
    covered = len(live & set(consents))
    return ConsentCount(covered, len(live) - covered)

