"""Reports: gathers the numbers (services.metrics) and records, hands them to the builders in
lead_desktop.reports, and writes PDF, CSV or JSON — all three from the same data object.

Every export is written atomically (a temporary file in the target folder, renamed into
place only when complete; removed on cancel or error) and audited as AuditAction.EXPORT
with ids and the kind of report only. Long exports report progress and can be cancelled
between steps (`ExportCancelled`); the window runs them on a worker thread.

Who may do what:
* fact sheet and program report: Permission.VIEW_REPORTS (viewers included);
* roster, minutes, meeting packet: VIEW_REPORTS and VIEW_GOVERNANCE;
* case summary: VIEW_PARTICIPANTS and EDIT_PARTICIPANTS (never viewers), because it is a
  disclosure of one person's record, logged in their disclosure log;
* the site-editable parts of reports (fact-sheet texts and logo, equity baselines):
  administrators and project managers.

Case summaries and 42 CFR Part 2: a summary that includes substance-use-disorder information
(a Part 2 consent, an SUD-treatment service linkage, a substance-use plan goal, or an
assessment of the substance-use domain) carries the 42 CFR 2.32 notice when the site setting
part2_enabled is on. The disclosure must be covered by a consent in force today whose
recipients name the recipient — with the SUD flag when SUD information is included and
Part 2 applies — or the person records why it is made without one (`reason`). Either way it
goes into the participant's disclosure log with the recipient and the consent.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select

from lead_desktop.domain import governance as G
from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, PermissionDenied, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.reports import case_summary as case_summary_pdf
from lead_desktop.reports import fact_sheet as fact_sheet_pdf
from lead_desktop.reports import meeting_packet as packet_pdf
from lead_desktop.reports import minutes as minutes_pdf
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports import program_report as program_pdf
from lead_desktop.reports import roster as roster_pdf
from lead_desktop.reports.case_summary import CaseSummaryData, SummarySection
from lead_desktop.reports.fact_sheet import BodySummary, FactSheetData, FactSheetText, Goal
from lead_desktop.reports.meeting_packet import PacketData
from lead_desktop.reports.minutes import ActionEntry, AgendaEntry, AmendmentEntry, AttendeeEntry, DecisionEntry, MinutesDoc
from lead_desktop.reports.pdfbase import Translate, identity
from lead_desktop.reports.program_report import Baseline, ProgramReportData
from lead_desktop.reports.roster import MemberEntry, RosterDoc, SeatEntry
from lead_desktop.reports.tabular import Period
from lead_desktop.resources import ResourceMissing, resource_path
from lead_desktop.services import governance as governance_service
from lead_desktop.services import meetings as meetings_service
from lead_desktop.services import metrics, published
from lead_desktop.services import participants as participants_service
from lead_desktop.services.participants import RecordNotFound
from lead_desktop.services.session import SiteSession, read_setting, write_setting
from lead_desktop.storage import models as M

log = logging.getLogger(__name__)

FACT_SHEET_KEY = "reports.fact_sheet_text"
LOGO_KEY = "reports.logo"
FACT_SHEET_FIELDS = ("about", "referral", "how_to_refer", "contact")
MAX_TEXT = 4000
MAX_LOGO_BYTES = 512 * 1024
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
MAX_BASELINES = 200
RECENT_CONTACTS = 20

KINDS = ("fact-sheet", "program", "roster", "minutes", "packet", "case-summary")
FORMATS = ("pdf", "csv", "json")
GOVERNANCE_KINDS = ("roster", "minutes", "packet")
KIND_LABELS = {
    "fact-sheet": QT_TRANSLATE_NOOP("reports", "Fact sheet"),
    "program": QT_TRANSLATE_NOOP("reports", "Program report"),
    "roster": QT_TRANSLATE_NOOP("reports", "Governance roster"),
    "minutes": QT_TRANSLATE_NOOP("reports", "Meeting minutes"),
    "packet": QT_TRANSLATE_NOOP("reports", "Meeting packet"),
    "case-summary": QT_TRANSLATE_NOOP("reports", "Case summary"),
}
REPORT_EDITORS = frozenset({Role.ADMINISTRATOR, Role.PROJECT_MANAGER})

# The words of a case summary that are made here (its builder's own are in reports.case_summary).
CASE_SUMMARY_STRINGS: dict[str, str] = {
    "consent": QT_TRANSLATE_NOOP("reports", "{kind}, signed {signed}, expires {expiry}. Recipients: {recipients}. "
                                            "Information: {info}. Purpose: {purpose}."),
    "aliases": QT_TRANSLATE_NOOP("reports", "Aliases / street names"),
    "dob": QT_TRANSLATE_NOOP("reports", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("reports", "Sex"),
    "race": QT_TRANSLATE_NOOP("reports", "Race and ethnicity"),
    "participant_status": QT_TRANSLATE_NOOP("reports", "Status"),
    "enrolled_on": QT_TRANSLATE_NOOP("reports", "Enrolled on"),
    "exit": QT_TRANSLATE_NOOP("reports", "Exit"),
    "case_manager": QT_TRANSLATE_NOOP("reports", "Case manager"),
    "contacts": QT_TRANSLATE_NOOP("reports", "Recent contacts (last {count})"),
    "goals": QT_TRANSLATE_NOOP("reports", "Plan goals"),
    "services": QT_TRANSLATE_NOOP("reports", "Service linkages"),
    "housing": QT_TRANSLATE_NOOP("reports", "Living situation over time"),
    "legal": QT_TRANSLATE_NOOP("reports", "Other legal cases"),
    "consents": QT_TRANSLATE_NOOP("reports", "Consents"),
    "assessments": QT_TRANSLATE_NOOP("reports", "Assessments"),
    "date": QT_TRANSLATE_NOOP("reports", "Date"),
    "type": QT_TRANSLATE_NOOP("reports", "Type"),
    "location": QT_TRANSLATE_NOOP("reports", "Location"),
    "minutes": QT_TRANSLATE_NOOP("reports", "Duration (min)"),
    "reached": QT_TRANSLATE_NOOP("reports", "Reached"),
    "unable_to_locate": QT_TRANSLATE_NOOP("reports", "unable to locate"),
    "yes": QT_TRANSLATE_NOOP("reports", "yes"),
    "goal": QT_TRANSLATE_NOOP("reports", "Goal"),
    "area": QT_TRANSLATE_NOOP("reports", "Area"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "set_on": QT_TRANSLATE_NOOP("reports", "Set on"),
    "target": QT_TRANSLATE_NOOP("reports", "Target"),
    "service": QT_TRANSLATE_NOOP("reports", "Service"),
    "provider": QT_TRANSLATE_NOOP("reports", "Provider"),
    "referred_on": QT_TRANSLATE_NOOP("reports", "Referred on"),
    "outcome": QT_TRANSLATE_NOOP("reports", "Outcome"),
    "outcome_date": QT_TRANSLATE_NOOP("reports", "Outcome date"),
    "effective": QT_TRANSLATE_NOOP("reports", "Effective"),
    "living_situation": QT_TRANSLATE_NOOP("reports", "Living situation (HMIS)"),
    "court": QT_TRANSLATE_NOOP("reports", "Court"),
    "case_number": QT_TRANSLATE_NOOP("reports", "Case number"),
    "charges": QT_TRANSLATE_NOOP("reports", "Charges"),
    "next_court": QT_TRANSLATE_NOOP("reports", "Next court date"),
    "recipients": QT_TRANSLATE_NOOP("reports", "Recipients"),
    "information": QT_TRANSLATE_NOOP("reports", "Information"),
    "signed": QT_TRANSLATE_NOOP("reports", "Signed"),
    "expires": QT_TRANSLATE_NOOP("reports", "Expires"),
    "state": QT_TRANSLATE_NOOP("reports", "State"),
    "part2": QT_TRANSLATE_NOOP("reports", " (Part 2)"),
    "needs": QT_TRANSLATE_NOOP("reports", "Needs"),
}


class ExportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The export was cancelled. No file was written.")


class ConsentNeeded(KnownError):
    """No consent in force covers this disclosure, and no reason was given."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "No consent in force covers sharing this summary with {recipient}. Choose a consent that names the "
        "recipient, or record why it is shared without one.",
    )


# ----- site-editable report texts, logo and equity baselines --------------------------------------


def can_edit_report_settings(site: SiteSession) -> bool:
    return site.actor.role in REPORT_EDITORS


def _require_editor(site: SiteSession) -> None:
    if not can_edit_report_settings(site):
        raise PermissionDenied(role=site.actor.role.label,
                               action=QT_TRANSLATE_NOOP("vocab", "change the fact sheet and the equity baselines"))


def default_fact_sheet_text(language: str = "en") -> FactSheetText:
    """The shipped fact-sheet texts in `language` (texts/fact_sheet_<language>.json), English when there are none."""
    try:
        path = resource_path("texts", f"fact_sheet_{language}.json")
    except ResourceMissing:
        path = resource_path("texts", "fact_sheet_en.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return FactSheetText(*(str(raw.get(k, "")) for k in FACT_SHEET_FIELDS),
                         goals=tuple(Goal(str(g["title"]), str(g["text"])) for g in raw.get("goals", ())))


def fact_sheet_text(site: SiteSession, language: str = "en") -> FactSheetText:
    """The site's fact-sheet texts: what it saved, the shipped defaults (in `language`) for the rest."""
    with site.unit_of_work() as session:
        saved = read_setting(session, FACT_SHEET_KEY) or {}
    default = default_fact_sheet_text(language)
    values = {k: str(saved.get(k)) if isinstance(saved, dict) and saved.get(k) else getattr(default, k)
              for k in FACT_SHEET_FIELDS}
    return FactSheetText(**values, goals=default.goals)


def save_fact_sheet_text(site: SiteSession, values: Mapping[str, str]) -> FactSheetText:
    """Save the editable texts (about, referral, how_to_refer, contact). An empty field goes back to the default."""
    _require_editor(site)
    clean: dict[str, str] = {}
    for key in FACT_SHEET_FIELDS:
        text = str(values.get(key) or "").replace("\r\n", "\n").strip()
        if len(text) > MAX_TEXT:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A fact-sheet text can be at most {maximum} characters."),
                                  field=key, maximum=MAX_TEXT)
        if text:
            clean[key] = text
    with site.unit_of_work() as session:
        write_setting(session, FACT_SHEET_KEY, clean, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=FACT_SHEET_KEY,
                   fields=sorted(clean))
    return fact_sheet_text(site)


def logo(site: SiteSession) -> bytes | None:
    with site.unit_of_work() as session:
        saved = read_setting(session, LOGO_KEY)
    if not isinstance(saved, dict) or not saved.get("data"):
        return None
    try:
        return base64.b64decode(saved["data"])
    except (ValueError, TypeError):
        return None


def set_logo(site: SiteSession, data: bytes | None) -> None:
    """Store the site's logo (PNG or JPEG, at most 512 KB) inside the encrypted database; None removes it."""
    _require_editor(site)
    value = None
    if data:
        kind = next((t for magic, t in LOGO_TYPES.items() if data.startswith(magic)), None)
        if kind is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a PNG or JPEG image for the logo."))
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The logo is larger than 512 KB. Save a smaller image."))
        try:
            from reportlab.lib.utils import ImageReader

            width, height = ImageReader(io.BytesIO(data)).getSize()
        except Exception:  # noqa: BLE001 - any decoder failure means the file is not a usable image
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That image cannot be read. Save it again as PNG or JPEG.")
            ) from None
        if width < 1 or height < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That image cannot be read. Save it again as PNG or JPEG.")
            )
        value = {"media_type": kind, "data": base64.b64encode(data).decode("ascii"),
                 "sha256": hashlib.sha256(data).hexdigest()}
    with site.unit_of_work() as session:
        write_setting(session, LOGO_KEY, value, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=LOGO_KEY, removed=value is None)


def list_baselines(site: SiteSession) -> list[Baseline]:
    site.require(Permission.VIEW_REPORTS)
    with site.unit_of_work() as session:
        return metrics.read_baselines(session)


def save_baselines(site: SiteSession, baselines: Sequence[Baseline]) -> list[Baseline]:
    """Replace the site's equity baselines (the project manager's table on the Reports page)."""
    _require_editor(site)
    if len(baselines) > MAX_BASELINES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Keep at most {maximum} baselines."), maximum=MAX_BASELINES)
    stored = []
    for b in baselines:
        label = " ".join((b.label or "").split())[:120]
        if not label:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give each baseline a name, e.g. “Arrests 2025”."), field="label"
            )
        if b.end < b.start:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."), field="end")
        counts = {}
        for key, value in b.counts:
            if key not in metrics.RACE_LABELS:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown group {key}."), key=key)
            if not isinstance(value, int) or value < 0 or value > 100_000_000:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Counts are whole numbers of zero or more."), field=key
                )
            counts[key] = value
        if sum(counts.values()) == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the baseline's counts: they cannot all be zero."),
                                  field="counts")
        stored.append({"label": label, "source": " ".join((b.source or "").split())[:200],
                       "start": b.start.isoformat(), "end": b.end.isoformat(), "counts": counts})
    with site.unit_of_work() as session:
        write_setting(session, metrics.BASELINES_KEY, stored, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=metrics.BASELINES_KEY,
                   baselines=len(stored))
        return metrics.read_baselines(session)


# ----- the data of each report ---------------------------------------------------------------


def program_report(site: SiteSession, period: Period, *, public: bool = False, today: date | None = None,
                   progress: Callable[[int], None] | None = None) -> ProgramReportData:
    data = metrics.program_numbers(site, period, today=today, progress=progress)
    return metrics.public_view(data) if public else data


def fact_sheet(site: SiteSession, *, public: bool = True, today: date | None = None,
               language: str = "en") -> FactSheetData:
    site.require(Permission.VIEW_REPORTS)
    numbers = metrics.fact_sheet_numbers(site, today=today)
    if public:
        numbers = metrics.public_view(numbers)
    return FactSheetData(site.site_name, fact_sheet_text(site, language), tuple(_body_summaries(site)), numbers,
                         today or date.today(), logo(site))


# ----- numbers for viewers on a shared server ------------------------------------------------------

PACKET_DAYS_AHEAD = 60  # meetings this close get their packet's snapshot prepared for viewers


def standard_periods(today: date) -> list[Period]:
    """The periods a program report is most often made for, and those the Reports page starts with (the
    month, quarter and year holding the day a month ago; the custom range from 1 January to today):
    this and last month, this and last quarter, year to date, this and last year."""
    quarter = metrics.period_for("quarter", today)
    periods = [
        metrics.period_for("month", today),
        metrics.period_for("month", today.replace(day=1) - timedelta(days=1)),
        quarter,
        metrics.period_for("quarter", quarter.start - timedelta(days=1)),
        metrics.custom_period(date(today.year, 1, 1), today),
        metrics.period_for("year", today),
        metrics.period_for("year", date(today.year - 1, 1, 1)),
    ]
    unique: dict[tuple[date, date], Period] = {}
    for period in periods:  # year to date is this month on 31 January, this year on 31 December, …
        unique.setdefault((period.start, period.end), period)
    return list(unique.values())


@dataclass(frozen=True)
class PreparedNumbers:
    periods: tuple[Period, ...]  # program reports published
    fact_sheet_day: date
    snapshot_days: tuple[date, ...]  # meeting packets' snapshots published
    seconds: float


def prepares_viewer_numbers(site: SiteSession) -> bool:
    """Whether `site` publishes numbers for viewers: anyone but a viewer, on a server."""
    return site.is_server and not metrics.reads_published(site)


def prepare_viewer_numbers(site: SiteSession, *, today: date | None = None,
                           cancelled: Callable[[], bool] = lambda: False) -> PreparedNumbers | None:
    """On a server, compute (and so publish, see services.metrics) what viewers most likely open: the
    program report for the standard periods, today's fact sheet, and the packet snapshot of every
    meeting in the next PACKET_DAYS_AHEAD days. Aggregate queries only; the window runs it on a worker
    when someone signs in. Everything is published at the end in one transaction, so the other laptops
    hear of it once (numbers that did not change are not written at all). None for a site on this
    computer or a viewer (nothing to prepare), and when `cancelled()` stops it between two reports."""
    site.require(Permission.VIEW_REPORTS)
    if not prepares_viewer_numbers(site):
        return None
    today = today or date.today()
    started = time.perf_counter()
    periods = standard_periods(today)
    days: list[date] = []
    if site.can(Permission.VIEW_GOVERNANCE):
        days = sorted({m.starts_at.date() for m in meetings_service.list_meetings(site)
                       if today <= m.starts_at.date() <= today + timedelta(days=PACKET_DAYS_AHEAD)})
    steps = ([(published.PROGRAM, p.start, p.end, partial(metrics.program_numbers, site, p, today=today,
                                                          publish=False)) for p in periods]
             + [(published.FACT_SHEET, today, today, partial(metrics.fact_sheet_numbers, site, today=today,
                                                             publish=False))]
             + [(published.SNAPSHOT, d, d, partial(metrics.snapshot, site, d, today=today, publish=False))
                for d in days])
    results = []
    for kind, start, end, compute in steps:
        if cancelled():
            return None
        results.append((kind, start, end, compute()))
    with site.unit_of_work() as session:
        for kind, start, end, numbers in results:
            published.store(session, kind, start, end, numbers, site.actor.account_id)
    seconds = time.perf_counter() - started
    log.info("numbers for viewers prepared: %d periods, the fact sheet, %d snapshots in %.2f s",
             len(periods), len(days), seconds)
    return PreparedNumbers(tuple(periods), today, tuple(days), seconds)


def _body_summaries(site: SiteSession) -> list[BodySummary]:
    if not site.can(Permission.VIEW_GOVERNANCE):
        return []
    out = []
    for body in governance_service.list_bodies(site):
        roster = governance_service.roster_data(site, body.id)
        names = {s.organisation for s in roster.seats if s.organisation}
        names |= {m.organisation for m in roster.members if m.organisation and m.state in ("current", "expiring")}
        out.append(BodySummary(body.name, G.BODY_KIND.label(body.kind), body.in_development, body.purpose or "",
                               body.meets or "", tuple(sorted(names, key=str.casefold))))
    return out


def roster_doc(site: SiteSession, body_id: str, day: date | None = None) -> RosterDoc:
    site.require(Permission.VIEW_REPORTS)
    data = governance_service.roster_data(site, body_id, day)
    states = {
        "current": QT_TRANSLATE_NOOP("reports", "Current"),
        "expiring": QT_TRANSLATE_NOOP("reports", "Expiring soon"),
        "future": QT_TRANSLATE_NOOP("reports", "Starts later"),
        "ended": QT_TRANSLATE_NOOP("reports", "Ended"),
    }

    def member(m: governance_service.MembershipRow) -> MemberEntry:
        return MemberEntry(m.person, m.title or "", m.organisation, G.MEMBERSHIP_ROLE.label(m.role), m.term_start,
                           m.term_end, m.decision_authority, m.confidentiality_signed_on, states.get(m.state, m.state),
                           m.alternate_for)

    missing: dict[str | None, int] = {e.organisation_id: e.missing for e in data.empty_seats}
    seats = tuple(SeatEntry(s.organisation, s.seats, missing.get(s.organisation_id, 0)) for s in data.seats)
    body = data.body
    return RosterDoc(data.site_name or site.site_name, body.name, G.BODY_KIND.label(body.kind), body.kind == "owg",
                     body.in_development, G.DECISION_RULE.label(body.rule), body.meets or "", body.purpose or "",
                     data.day, tuple(member(m) for m in data.members), tuple(member(m) for m in data.ended), seats,
                     date.today())


def _votes(d: meetings_service.DecisionRow) -> str:
    if d.method != "vote" or d.votes_for is None:
        return ""
    return f"{d.votes_for} for, {d.votes_against or 0} against, {d.votes_abstain or 0} abstaining"


def _action_entry(a: meetings_service.ActionRow) -> ActionEntry:
    return ActionEntry(a.description, a.owner, a.due_on, G.ACTION_STATUS.label(a.status), a.carried, a.overdue,
                       a.origin_starts_at.date())


def minutes_doc(site: SiteSession, meeting_id: str) -> MinutesDoc:
    """The governance minutes of a meeting. Case-conference notes are never part of them."""
    site.require(Permission.VIEW_REPORTS)
    m = meetings_service.minutes_data(site, meeting_id)

    def person(a: meetings_service.MinutesAttendee) -> AttendeeEntry:
        return AttendeeEntry(a.name, a.organisation, a.role_label, a.status_label if a.status else "", a.alternate)

    decisions = []
    for d in m.decisions:
        extra = []
        if d.criteria_version:
            extra.append(f"Eligibility criteria: {d.criteria_version}")
        if d.intake_deadline_days:
            extra.append(f"Intake deadline: {d.intake_deadline_days} days")
        voted = d.method == "vote" and d.votes_for is not None
        decisions.append(DecisionEntry(d.position, d.text, d.agenda_item, G.DECISION_METHOD.label(d.method),
                                       G.DECISION_OUTCOME.label(d.outcome), _votes(d), d.mover or "",
                                       d.seconder or "", "; ".join(extra),
                                       votes_for=d.votes_for if voted else None,
                                       votes_against=(d.votes_against or 0) if voted else 0,
                                       votes_abstain=(d.votes_abstain or 0) if voted else 0,
                                       criteria_version=d.criteria_version or "",
                                       criteria_version_number=d.criteria_version_number,
                                       intake_deadline_days=d.intake_deadline_days or None))
    return MinutesDoc(
        site_name=m.site_name or site.site_name,
        body=m.body,
        body_kind=m.body_kind_label,
        starts_at=m.starts_at,
        place=m.place or "",
        virtual_link=m.virtual_link or "",
        status=m.status_label,
        draft=m.draft,
        attendance=tuple(person(a) for a in m.attendance),
        absent=tuple(person(a) for a in m.absent),
        guests=tuple(person(a) for a in m.guests),
        quorum_met=m.quorum_met,
        quorum_note=m.quorum_note,
        agenda=tuple(AgendaEntry(a.position, a.title, a.presenter or "", a.notes or "") for a in m.agenda),
        decisions=tuple(decisions),
        actions=tuple(_action_entry(a) for a in m.actions),
        next_meeting_at=m.next_meeting_at,
        prior_minutes_approved=tuple(ref.starts_at for ref in m.prior_minutes_approved),
        approved_at=m.approved_at.starts_at if m.approved_at else None,
        approved_on=m.approved_on,
        amendments=tuple(AmendmentEntry(a.text, a.proposed_by or "", a.recorded_by, a.recorded_at)
                         for a in m.amendments),
        case_conference_note=m.case_conference_note,
        generated_on=date.today(),
        quorum_parts=((m.rule.template, m.rule.params), *m.rule.details) if m.rule is not None else (),
        case_conference_count=m.case_items,
    )


def packet(site: SiteSession, meeting_id: str, *, today: date | None = None) -> PacketData:
    """Agenda, the previous meeting's minutes, open action items and a public-view program snapshot."""
    site.require(Permission.VIEW_REPORTS)
    detail = meetings_service.get_meeting(site, meeting_id)
    meeting = detail.meeting
    earlier = [m for m in meetings_service.list_meetings(site, meeting.body_id) if m.starts_at < meeting.starts_at]
    previous = minutes_doc(site, max(earlier, key=lambda m: m.starts_at).id) if earlier else None
    actions = tuple(_action_entry(a) for a in meetings_service.open_actions(site, meeting.body_id))
    snap = metrics.public_view(metrics.snapshot(site, meeting.starts_at.date(), today=today))
    return PacketData(site.site_name, detail.body.name, G.BODY_KIND.label(detail.body.kind), meeting.starts_at,
                      meeting.place or "", meeting.virtual_link or "",
                      tuple(AgendaEntry(a.position, a.title, a.presenter or "", a.notes or "") for a in detail.agenda),
                      previous, actions, snap, today or date.today())


# ----- case summaries: what goes in, consent, the disclosure log ---------------------------------


@dataclass(frozen=True)
class ConsentChoice:
    id: str
    label: str  # type, signed, expiry
    sud: bool
    covers: bool  # names the recipient, and carries the SUD flag when that is needed


@dataclass(frozen=True)
class DisclosureCheck:
    participant_id: str
    lead_number: str
    includes_sud: bool  # the summary as requested contains SUD information
    part2: bool  # the site applies 42 CFR Part 2 (setting part2_enabled)
    consents: tuple[ConsentChoice, ...]  # consents in force today
    covering: ConsentChoice | None  # the first that covers

    @property
    def notice(self) -> bool:
        return self.includes_sud and self.part2

    @property
    def needs_reason(self) -> bool:
        return self.covering is None


def find_participant(site: SiteSession, lead_number: str) -> str:
    """A participant's id from their LEAD number (as printed, any case)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.scalar(select(M.Participant).where(
            func.upper(M.Participant.lead_number) == lead_number.strip().upper(), M.Participant.deleted_at.is_(None)))
        while row is not None and row.merged_into_id:
            row = session.get(M.Participant, row.merged_into_id)
        if row is None:
            raise RecordNotFound()
        return row.id


def _consent_label(record: participants_service.Record, tr: Translate = identity) -> str:
    v = record.values
    kind = tr(V.CONSENT_TYPE.label(str(v["consent_type"])))
    expiry = v.get("expires_on") or v.get("expiry_event") or ""
    info = ", ".join(tr(V.INFO_CATEGORY.label(c)) for c in v.get("information") or [])
    recipients = "; ".join(line.strip() for line in str(v.get("recipients") or "").splitlines() if line.strip())
    return tr(CASE_SUMMARY_STRINGS["consent"]).format(kind=kind, signed=v["signed_on"], expiry=expiry,
                                                      recipients=recipients, info=info, purpose=v.get("purpose") or "")


def _sud_parts(site: SiteSession, participant_id: str) -> dict[str, list]:
    records = {kind: participants_service.list_records(site, kind, participant_id)
               for kind in ("contact", "goal", "service", "housing", "legal_case", "consent", "assessment")}
    return records


def _has_sud(records: Mapping[str, list]) -> bool:
    return (any(r.values.get("sud") for r in records["consent"])
            or any(r.values.get("service_type") == "sud_treatment" for r in records["service"])
            or any(r.values.get("domain") == "substance_use" for r in records["goal"])
            or any(r.values.get("need_substance_use") not in (None, "", "not_assessed") for r in records["assessment"]))


def check_case_summary(site: SiteSession, participant_id: str, recipient: str, *,
                       include_sud: bool = True, translate: Translate = identity) -> DisclosureCheck:
    """What a case summary for `recipient` would contain and which consents in force cover it.

    `translate` words the consents' descriptions in the person's language.
    """
    site.require(Permission.VIEW_PARTICIPANTS)
    recipient = " ".join((recipient or "").split())
    if not recipient:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Name the recipient of the summary (a person or organisation)."),
            field="recipient",
        )
    records = _sud_parts(site, participant_id)
    with site.unit_of_work() as session:
        person = session.get(M.Participant, participant_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound()
        lead_number = person.lead_number
        part2 = bool(read_setting(session, "part2_enabled"))
    includes_sud = include_sud and _has_sud(records)
    needs_sud = includes_sud and part2
    choices = []
    for record in participants_service.active_consents(site, participant_id):
        names = G.recipients_cover(str(record.values.get("recipients") or ""), [recipient])
        sud = bool(record.values.get("sud"))
        choices.append(ConsentChoice(record.id, _consent_label(record, translate), sud,
                                     names and (sud or not needs_sud)))
    covering = next((c for c in choices if c.covers), None)
    return DisclosureCheck(participant_id, lead_number, includes_sud, part2, tuple(choices), covering)


def _summary_sections(records: Mapping[str, list], include_sud: bool,
                      tr: Translate = identity) -> list[SummarySection]:
    def label(vocab: V.Vocabulary, code: object) -> str:
        return tr(vocab.label(str(code))) if code not in (None, "") else ""

    def words(*keys: str) -> tuple[str, ...]:
        return tuple(tr(CASE_SUMMARY_STRINGS[k]) for k in keys)

    t = CASE_SUMMARY_STRINGS

    def d(value: object) -> str:
        return tabular.fmt_date(value) if value else ""

    contacts = records["contact"][:RECENT_CONTACTS]
    goals = [r for r in records["goal"] if include_sud or r.values.get("domain") != "substance_use"]
    services = [r for r in records["service"] if include_sud or r.values.get("service_type") != "sud_treatment"]
    consents = [r for r in records["consent"] if include_sud or not r.values.get("sud")]
    domains = [t for t in V.ASSESSMENT_DOMAIN if include_sud or t.code != "substance_use"]
    return [
        SummarySection("contacts", tr(t["contacts"]).format(count=RECENT_CONTACTS),
                       words("date", "type", "location", "minutes", "reached"),
                       tuple((d(r.values["at"]), label(V.CONTACT_TYPE, r.values["contact_type"]),
                              r.values.get("location") or "", str(r.values.get("duration_minutes") or ""),
                              tr(t["unable_to_locate"]) if r.values.get("unable_to_locate") else tr(t["yes"]))
                             for r in contacts),
                       (0.2, 0.2, 0.34, 0.1, 0.16)),
        SummarySection("goals", tr(t["goals"]), words("goal", "area", "status", "set_on", "target"),
                       tuple((r.values["goal"], label(V.ASSESSMENT_DOMAIN, r.values.get("domain")),
                              label(V.GOAL_STATUS, r.values["status"]), d(r.values["set_on"]),
                              d(r.values.get("target_date"))) for r in goals),
                       (0.4, 0.16, 0.16, 0.14, 0.14)),
        SummarySection("services", tr(t["services"]),
                       words("service", "provider", "referred_on", "outcome", "outcome_date"),
                       tuple((label(V.SERVICE_TYPE, r.values["service_type"]), r.values.get("provider") or "",
                              d(r.values["referred_on"]), label(V.SERVICE_OUTCOME, r.values["outcome"]),
                              d(r.values.get("outcome_on"))) for r in services),
                       (0.2, 0.32, 0.16, 0.16, 0.16)),
        SummarySection("housing", tr(t["housing"]), words("effective", "living_situation"),
                       tuple((d(r.values["effective_on"]), label(V.LIVING_SITUATION, r.values["living_situation"]))
                             for r in records["housing"]), (0.2, 0.8)),
        SummarySection("legal", tr(t["legal"]), words("court", "case_number", "charges", "status", "next_court"),
                       tuple((r.values["jurisdiction"], r.values.get("case_number") or "", r.values.get("charges") or "",
                              label(V.LEGAL_CASE_STATUS, r.values["status"]), d(r.values.get("next_court_at")))
                             for r in records["legal_case"]), (0.22, 0.16, 0.3, 0.14, 0.18)),
        SummarySection("consents", tr(t["consents"]),
                       words("type", "recipients", "information", "signed", "expires", "state"),
                       tuple((label(V.CONSENT_TYPE, r.values["consent_type"])
                              + (tr(t["part2"]) if r.values.get("sud") else ""),
                              "; ".join(x.strip() for x in str(r.values["recipients"]).splitlines() if x.strip()),
                              ", ".join(label(V.INFO_CATEGORY, c) for c in r.values.get("information") or []),
                              d(r.values["signed_on"]), d(r.values.get("expires_on")) or (r.values.get("expiry_event") or ""),
                              tr(P.CONSENT_STATE_LABELS.get(str(r.extra.get("state", "")), "")))
                             for r in consents),
                       (0.19, 0.23, 0.21, 0.125, 0.125, 0.13)),
        SummarySection("assessments", tr(t["assessments"]), words("date", "needs"),
                       tuple((d(r.values["assessed_on"]),
                              "; ".join(f"{tr(a.label)}: {label(V.NEED_LEVEL, r.values.get('need_' + a.code))}"
                                        for a in domains
                                        if r.values.get("need_" + a.code) not in (None, "", "not_assessed")))
                             for r in records["assessment"]), (0.15, 0.85)),
    ]


def case_summary(site: SiteSession, participant_id: str, recipient: str, *, purpose: str = "",
                 consent_id: str | None = None, reason: str | None = None, include_sud: bool = True,
                 today: date | None = None, translate: Translate = identity) -> tuple[CaseSummaryData, dict]:
    """The summary and the disclosure-log entry it needs (not yet written: `export` writes both together).

    A case summary is written for one recipient, so its words (headings, labels, the consent's
    description) are put in the export's language here, by `translate`, for every format.

    Raises ConsentNeeded when no consent in force covers the disclosure and no reason is given.
    """
    site.require(Permission.VIEW_PARTICIPANTS)
    site.require(Permission.EDIT_PARTICIPANTS)
    today = today or date.today()
    tr = translate
    check = check_case_summary(site, participant_id, recipient, include_sud=include_sud, translate=tr)
    recipient = " ".join(recipient.split())[:200]
    reason = " ".join((reason or "").split())[:2000] or None
    chosen = None
    if consent_id:
        chosen = next((c for c in check.consents if c.id == consent_id), None)
        if chosen is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That consent is not one of this participant's consents in force today."),
                field="consent_id",
            )
    else:
        chosen = check.covering
    if (chosen is None or not chosen.covers) and not reason:
        raise ConsentNeeded(recipient=recipient)
    detail = participants_service.get_participant(site, participant_id)  # audited as a record view
    records = _sud_parts(site, participant_id)
    v = detail.values
    def label(vocab: V.Vocabulary, code: object) -> str:
        text = vocab.label(str(code or ""))
        return tr(text) if text else ""

    t = CASE_SUMMARY_STRINGS
    facts = (
        (tr(t["aliases"]), str(v.get("aliases") or "")),
        (tr(t["dob"]), tabular.fmt_date(v.get("dob"))),
        (tr(t["sex"]), label(V.SEX, v.get("sex"))),
        (tr(t["race"]), ", ".join(label(V.RACE_ETHNICITY, c) for c in v.get("race_ethnicity") or [])),
        (tr(t["participant_status"]), label(V.PARTICIPANT_STATUS, detail.effective_status)),
        (tr(t["enrolled_on"]), tabular.fmt_date(v.get("enrolled_on"))),
        (tr(t["exit"]), " · ".join(x for x in (tabular.fmt_date(v.get("exit_date")),
                                               label(V.EXIT_REASON, v.get("exit_reason")),
                                               label(V.DESTINATION, v.get("exit_destination"))) if x)),
        (tr(t["case_manager"]), detail.case_manager),
    )
    covered = chosen is not None and chosen.covers
    data = CaseSummaryData(
        site_name=site.site_name,
        generated_on=today,
        prepared_by=site.actor.display_name,
        lead_number=detail.lead_number,
        name=detail.name,
        facts=tuple((k, val) for k, val in facts if val),
        sections=tuple(_summary_sections(records, include_sud, tr)),
        recipient=recipient,
        purpose=" ".join(purpose.split())[:300],
        consent=chosen.label if chosen is not None else "",
        reason_without_consent="" if covered else (reason or ""),
        includes_sud=check.includes_sud,
        redisclosure_notice=check.notice,
    )
    what = "Case summary" + (" including substance-use-disorder information" if check.includes_sud else "")
    disclosure = {
        "disclosed_on": today,
        "recipient": recipient,
        "information": what,
        "purpose": data.purpose or None,
        "consent_id": chosen.id if chosen is not None else None,
        "reason_without_consent": None if covered else reason,
    }
    return data, disclosure


# ----- exporting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # one of KINDS
    format: str = "pdf"  # one of FORMATS
    period: Period | None = None  # program report
    public: bool | None = None  # None: the kind's default — the fact sheet public, the program report internal
    meeting_id: str | None = None  # minutes, packet
    body_id: str | None = None  # roster
    participant_id: str | None = None  # case summary
    recipient: str = ""
    purpose: str = ""
    consent_id: str | None = None
    reason: str | None = None
    include_sud: bool = True
    language: str = "en"  # the fact sheet's default texts (the words come from export's `translate`)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    format: str
    pages: int | None = None
    disclosure_id: str | None = None
    notice: bool = False  # the 42 CFR 2.32 notice was printed


_BUILDERS = {
    "fact-sheet": fact_sheet_pdf,
    "program": program_pdf,
    "roster": roster_pdf,
    "minutes": minutes_pdf,
    "packet": packet_pdf,
    "case-summary": case_summary_pdf,
}

Progress = Callable[[int], None]


def _check_permission(site: SiteSession, request: ExportRequest) -> None:
    if request.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown report {kind}."), kind=request.kind)
    if request.format not in FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose PDF, CSV or JSON."), field="format")
    if request.kind == "case-summary":
        site.require(Permission.VIEW_PARTICIPANTS)
        site.require(Permission.EDIT_PARTICIPANTS)
        return
    site.require(Permission.VIEW_REPORTS)
    if request.kind in GOVERNANCE_KINDS:
        site.require(Permission.VIEW_GOVERNANCE)


def gather(site: SiteSession, request: ExportRequest, *, progress: Progress | None = None,
           today: date | None = None, translate: Translate = identity) -> tuple[object, dict | None]:
    """The report's data object (and, for a case summary, the disclosure-log entry to write with it).

    `translate` is only used for a case summary, which is worded for its recipient when it is made.
    """
    _check_permission(site, request)
    if request.kind == "program":
        if request.period is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the period of the report."), field="period")
        scaled = (lambda step: progress(5 + step * 8)) if progress else None
        return program_report(site, request.period, public=bool(request.public), today=today,
                              progress=scaled), None
    if request.kind == "fact-sheet":
        return fact_sheet(site, public=request.public is not False, today=today, language=request.language), None
    if request.kind == "roster":
        if not request.body_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the body whose roster to print."), field="body")
        return roster_doc(site, request.body_id), None
    if request.kind == "minutes":
        if not request.meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the meeting."), field="meeting")
        return minutes_doc(site, request.meeting_id), None
    if request.kind == "packet":
        if not request.meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the meeting."), field="meeting")
        return packet(site, request.meeting_id, today=today), None
    if not request.participant_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the participant."), field="participant")
    return case_summary(site, request.participant_id, request.recipient, purpose=request.purpose,
                        consent_id=request.consent_id, reason=request.reason, include_sud=request.include_sud,
                        today=today, translate=translate)


def _json_envelope(site_name: str, kind: str, payload: Mapping) -> dict:
    return {"format": "lead-desktop-report", "version": 1, "kind": kind, "site": site_name,
            "generated_at": datetime.now().replace(microsecond=0).isoformat(), **payload}


def _site_name_of(data: object) -> str:
    return str(getattr(data, "site_name", ""))


def render_to(handle: BinaryIO, kind: str, fmt: str, data: object, *, translate: Translate = identity,
              checkpoint: Callable[[int], None] | None = None) -> int | None:
    """Write one report in one format to an open binary file; returns the page count for a PDF."""
    builder = _BUILDERS[kind]
    if fmt == "pdf":
        return builder.render(data, handle, translate=translate, checkpoint=checkpoint)
    if fmt == "csv":
        tabular.write_csv(handle, builder.csv_sections(data), builder.csv_preamble(data))
        return None
    tabular.write_json(handle, _json_envelope(_site_name_of(data), kind, builder.json_payload(data)))
    return None


def export(site: SiteSession, request: ExportRequest, path: str | Path, *, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, translate: Translate = identity,
           today: date | None = None) -> ExportResult:
    """Gather, render and write one report atomically; audit it (and log the disclosure of a case summary).

    `progress(percent)` is called from this thread; `cancelled()` is polled between steps, and a
    cancelled export raises ExportCancelled and leaves no file behind.
    """
    report = progress or (lambda percent: None)

    def check(percent: int | None = None) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if percent is not None:
            report(percent)

    check(2)
    data, disclosure = gather(site, request, progress=lambda p: check(p), today=today, translate=translate)
    check(45)
    target = Path(path).expanduser()
    outcome: dict[str, object] = {}

    def checkpoint(step: int) -> None:
        check(45 + min(step, 10) * 5)

    def render(handle: BinaryIO) -> None:
        outcome["pages"] = render_to(handle, request.kind, request.format, data, translate=translate,
                                     checkpoint=checkpoint)
        check(97)
        # Written before the file is renamed into place: a disclosure is never missing from the log.
        outcome["disclosure"] = _record_export(site, request, data, disclosure)

    pdfbase.write_atomically(target, render)
    report(100)
    log.info("exported %s as %s", request.kind, request.format)
    return ExportResult(target.absolute(), request.kind, request.format, outcome.get("pages"),  # type: ignore[arg-type]
                        outcome.get("disclosure"),  # type: ignore[arg-type]
                        bool(getattr(data, "redisclosure_notice", False)))


def _record_export(site: SiteSession, request: ExportRequest, data: object, disclosure: dict | None) -> str | None:
    disclosure_id = None
    if disclosure is not None:
        record = participants_service.add_record(site, "disclosure", str(request.participant_id), disclosure)
        disclosure_id = record.id
    detail: dict[str, object] = {"kind": request.kind, "format": request.format}
    entity_type, entity_id = "report", None
    if request.kind in ("program", "fact-sheet"):
        detail["public"] = bool(getattr(getattr(data, "numbers", data), "public", False))
    if request.period is not None and request.kind == "program":
        detail["period"] = [request.period.start.isoformat(), request.period.end.isoformat()]
    if request.kind == "roster":
        entity_type, entity_id = "gov_body", request.body_id
    elif request.kind in ("minutes", "packet"):
        entity_type, entity_id = "meeting", request.meeting_id
    elif request.kind == "case-summary":
        entity_type, entity_id = "participant", request.participant_id
        detail["disclosure"] = disclosure_id
        detail["sud"] = bool(getattr(data, "includes_sud", False))
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.EXPORT, entity_type, entity_id, **detail)
    return disclosure_id


def default_filename(request: ExportRequest, site_name: str = "") -> str:
    """A file name suggestion: kind, period or date, extension. Never a participant's name."""
    stem = {"fact-sheet": "fact-sheet", "program": "program-report", "roster": "roster", "minutes": "minutes",
            "packet": "meeting-packet", "case-summary": "case-summary"}[request.kind]
    if request.kind == "program" and request.period is not None:
        stem += f"-{request.period.start.isoformat()}-to-{request.period.end.isoformat()}"
        stem += "-public" if request.public else "-internal"
    elif request.kind == "fact-sheet":
        stem += f"-{date.today().isoformat()}" + ("-internal" if request.public is False else "")
    else:
        stem += f"-{date.today().isoformat()}"
    return f"{stem}.{request.format}"

