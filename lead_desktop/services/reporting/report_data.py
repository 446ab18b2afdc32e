"""The data of each report as its builder in lead_desktop.reports takes it: the program report and
the fact sheet (VIEW_REPORTS), the governance roster, meeting minutes and meeting packet (also
VIEW_GOVERNANCE). Case summaries are services.reporting.case_summaries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from lead_desktop.domain import governance as G
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.reports.fact_sheet import BodySummary, FactSheetData
from lead_desktop.reports.meeting_packet import PacketData
from lead_desktop.reports.minutes import (
    ActionEntry,
    AgendaEntry,
    AmendmentEntry,
    AttendeeEntry,
    DecisionEntry,
    MinutesDoc,
)
from lead_desktop.reports.program_data import ProgramReportData
from lead_desktop.reports.roster import MemberEntry, RosterDoc, SeatEntry
from lead_desktop.reports.tabular import Period
from lead_desktop.services import anchors
from lead_desktop.services.governance.bodies import list_bodies
from lead_desktop.services.governance.memberships import MembershipRow
from lead_desktop.services.governance.roster import roster_data
from lead_desktop.services.meetings.decisions import ActionRow, DecisionRow, open_actions
from lead_desktop.services.meetings.meetings import get_meeting, list_meetings
from lead_desktop.services.meetings.minutes import MinutesAttendee, minutes_data
from lead_desktop.services.metrics.fact_sheet import fact_sheet_numbers, snapshot
from lead_desktop.services.metrics.program import program_numbers
from lead_desktop.services.metrics.public import public_view
from lead_desktop.services.reporting.editable import fact_sheet_text, logo
from lead_desktop.services.session import SiteSession


def program_report(site: SiteSession, period: Period, *, public: bool = False, today: date | None = None,
                   progress: Callable[[int], None] | None = None) -> ProgramReportData:
    data = program_numbers(site, period, today=today, progress=progress)
    data = public_view(data) if public else data
    return dataclasses.replace(data, audit_head=anchors.head(site))


def fact_sheet(site: SiteSession, *, public: bool = True, today: date | None = None,
               language: str = "en") -> FactSheetData:
    site.require(Permission.VIEW_REPORTS)
    numbers = fact_sheet_numbers(site, today=today)
    if public:
        numbers = public_view(numbers)
    return FactSheetData(site.site_name, fact_sheet_text(site, language), tuple(_body_summaries(site)), numbers,
                         today or date.today(), logo(site))


def _body_summaries(site: SiteSession) -> list[BodySummary]:
    if not site.can(Permission.VIEW_GOVERNANCE):
        return []
    out = []
    for body in list_bodies(site):
        roster = roster_data(site, body.id)
        names = {s.organization for s in roster.seats if s.organization}
        names |= {m.organization for m in roster.members if m.organization and m.state in ("current", "expiring")}
        out.append(BodySummary(body.name, G.BODY_KIND.label(body.kind), body.in_development, body.purpose or "",
                               body.meets or "", tuple(sorted(names, key=str.casefold))))
    return out


def roster_doc(site: SiteSession, body_id: str, day: date | None = None) -> RosterDoc:
    site.require(Permission.VIEW_REPORTS)
    data = roster_data(site, body_id, day)
    states = {
        "current": QT_TRANSLATE_NOOP("reports", "Current"),
        "expiring": QT_TRANSLATE_NOOP("reports", "Expiring soon"),
        "future": QT_TRANSLATE_NOOP("reports", "Starts later"),
        "ended": QT_TRANSLATE_NOOP("reports", "Ended"),
    }

    def member(m: MembershipRow) -> MemberEntry:
        return MemberEntry(m.person, m.title or "", m.organization, G.MEMBERSHIP_ROLE.label(m.role), m.term_start,
                           m.term_end, m.decision_authority, m.confidentiality_signed_on, states.get(m.state, m.state),
                           m.alternate_for)

    missing: dict[str | None, int] = {e.organisation_id: e.missing for e in data.empty_seats}
    seats = tuple(SeatEntry(s.organization, s.seats, missing.get(s.organisation_id, 0)) for s in data.seats)
    body = data.body
    return RosterDoc(data.site_name or site.site_name, body.name, G.BODY_KIND.label(body.kind), body.kind == "owg",
                     body.in_development, G.DECISION_RULE.label(body.rule), body.meets or "", body.purpose or "",
                     data.day, tuple(member(m) for m in data.members), tuple(member(m) for m in data.ended), seats,
                     date.today())


def _votes(d: DecisionRow) -> str:
    if d.method != "vote" or d.votes_for is None:
        return ""
    return f"{d.votes_for} for, {d.votes_against or 0} against, {d.votes_abstain or 0} abstaining"


def _action_entry(a: ActionRow) -> ActionEntry:
    return ActionEntry(a.description, a.owner, a.due_on, G.ACTION_STATUS.label(a.status), a.carried, a.overdue,
                       a.origin_starts_at.date())


def minutes_doc(site: SiteSession, meeting_id: str) -> MinutesDoc:
    """The governance minutes of a meeting. Case-conference notes are never part of them."""
    site.require(Permission.VIEW_REPORTS)
    m = minutes_data(site, meeting_id)

    def person(a: MinutesAttendee) -> AttendeeEntry:
        return AttendeeEntry(a.name, a.organization, a.role_label, a.status_label if a.status else "", a.alternate)

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
    detail = get_meeting(site, meeting_id)
    meeting = detail.meeting
    earlier = [m for m in list_meetings(site, meeting.body_id) if m.starts_at < meeting.starts_at]
    previous = minutes_doc(site, max(earlier, key=lambda m: m.starts_at).id) if earlier else None
    actions = tuple(_action_entry(a) for a in open_actions(site, meeting.body_id))
    snap = public_view(snapshot(site, meeting.starts_at.date(), today=today))
    return PacketData(site.site_name, detail.body.name, G.BODY_KIND.label(detail.body.kind), meeting.starts_at,
                      meeting.place or "", meeting.virtual_link or "",
                      tuple(AgendaEntry(a.position, a.title, a.presenter or "", a.notes or "") for a in detail.agenda),
                      previous, actions, snap, today or date.today())
