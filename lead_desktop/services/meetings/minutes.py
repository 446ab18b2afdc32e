"""The minutes lifecycle, and the minutes as the PDF prints them.

Draft → circulated → approved (at a later meeting of the same body, recorded on that meeting:
`approve_minutes(later, earlier)`, and only where that meeting's rule is met) → locked. Once
approved, nothing of the meeting changes (services.meetings.editing); `add_amendment` records a
correction (text, who, when). `minutes_data` never carries the case-conference notes, only how
many people were discussed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import select

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.governance.common import _live
from lead_desktop.services.meetings.agenda import AgendaItemRow
from lead_desktop.services.meetings.attendance import Attendee, RuleView, _attendees, _rule_view
from lead_desktop.services.meetings.decisions import ActionRow, DecisionRow
from lead_desktop.services.meetings.editing import MinutesStep, _meeting_for_edit
from lead_desktop.services.meetings.meetings import AmendmentRow, MeetingDetail, MinutesRef, _detail, _viewer_on_server
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    organization: str
    role: str
    role_label: str
    status: str | None
    status_label: str
    alternate: str


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes PDF prints. Labels are English; codes are there for translation."""

    site_name: str
    meeting_id: str
    body: str
    body_kind: str
    body_kind_label: str
    starts_at: datetime
    place: str | None
    virtual_link: str | None
    status: str
    status_label: str
    draft: bool  # not approved yet: print a DRAFT watermark
    attendance: tuple[MinutesAttendee, ...]  # roster members who attended or sent apologies
    absent: tuple[MinutesAttendee, ...]
    guests: tuple[MinutesAttendee, ...]
    quorum_met: bool
    quorum_note: str
    agenda: tuple[AgendaItemRow, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]
    next_meeting_at: datetime | None
    prior_minutes_approved: tuple[MinutesRef, ...]
    approved_at: MinutesRef | None
    approved_on: date | None
    amendments: tuple[AmendmentRow, ...]
    case_conference_note: str = ""
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    rule: RuleView | None = None  # the quorum_note's templates and parameters, for other languages
    case_items: int = 0  # participants case-conferenced (the count in case_conference_note)


def circulate_minutes(site: SiteSession, meeting_id: str) -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        if meeting.minutes_status != "draft":
            raise MinutesStep(QT_TRANSLATE_NOOP("errors", "Only draft minutes can be circulated."))
        meeting.minutes_status = "circulated"
        meeting.circulated_at = M.utcnow()
        meeting.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "meeting", meeting.id, minutes="circulated")
        return _detail(session, meeting)


def approvable_minutes(site: SiteSession, meeting_id: str) -> list[MinutesRef]:
    """Earlier meetings of the same body whose circulated minutes this meeting could approve."""
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        rows = session.scalars(select(GM.Meeting).where(
            GM.Meeting.body_id == meeting.body_id, GM.Meeting.deleted_at.is_(None),
            GM.Meeting.starts_at < meeting.starts_at, GM.Meeting.minutes_status == "circulated")
            .order_by(GM.Meeting.starts_at.desc())).all()
        return [MinutesRef(m.id, m.starts_at, m.minutes_status) for m in rows]


def approve_minutes(site: SiteSession, meeting_id: str, prior_meeting_id: str) -> MeetingDetail:
    """At meeting `meeting_id`, approve the circulated minutes of an earlier meeting of the same body.

    The approval is recorded on both records: the earlier minutes become approved (and refuse
    changes from now on), and this meeting lists them as approved here. It takes the body's rule:
    a meeting without quorum (or where consensus is not possible) cannot approve minutes.
    """
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        prior = _live(session, GM.Meeting, prior_meeting_id)
        if prior.body_id != meeting.body_id or prior.starts_at >= meeting.starts_at:
            raise MinutesStep(QT_TRANSLATE_NOOP("errors", "Minutes are approved at a later meeting of the same body."))
        if prior.minutes_status != "circulated":
            raise MinutesStep(
                QT_TRANSLATE_NOOP("errors", "Circulate the minutes to the members before they are approved.")
            )
        body = session.get(GM.GovBody, meeting.body_id)
        rule = _rule_view(session, meeting, body, _attendees(session, meeting))
        if not rule.met:
            raise MinutesStep(QT_TRANSLATE_NOOP(
                "errors", "This meeting cannot approve minutes: its decision rule is not met. Mark the attendance first."))
        prior.minutes_status = "approved"
        prior.approved_at_meeting_id = meeting.id
        prior.approved_on = meeting.starts_at.date()
        prior.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "meeting", prior.id, minutes="approved", at_meeting=meeting.id)
        return _detail(session, meeting)


def lock_minutes(site: SiteSession, meeting_id: str) -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        if meeting.minutes_status != "approved":
            raise MinutesStep(QT_TRANSLATE_NOOP("errors", "Minutes are locked after they have been approved."))
        meeting.minutes_status = "locked"
        meeting.locked_at = M.utcnow()
        meeting.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "meeting", meeting.id, minutes="locked")
        return _detail(session, meeting)


def add_amendment(site: SiteSession, meeting_id: str, values: Mapping) -> AmendmentRow:
    """Record a correction to approved minutes, with who recorded it and when."""
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.AMENDMENT_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        if G.minutes_editable(meeting.minutes_status):
            raise MinutesStep(QT_TRANSLATE_NOOP(
                "errors", "These minutes are not approved yet: correct them directly instead of amending them."))
        row = GM.MinutesAmendment(meeting_id=meeting.id, recorded_by=site.actor.account_id, recorded_at=M.utcnow(),
                                  updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "meeting_amendment", row.id, meeting=meeting.id)
        return AmendmentRow(row.id, row.text, row.proposed_by, site.actor.display_name, row.recorded_at)


def minutes_data(site: SiteSession, meeting_id: str) -> MinutesData:
    """Everything the minutes PDF needs, never the case-conference notes (only how many people were discussed)."""
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        detail = _detail(session, meeting, viewer_on_server=_viewer_on_server(site))
        site_name = str(read_setting(session, "site_name"))

    def person(a: Attendee) -> MinutesAttendee:
        role_label = "Guest" if a.guest else G.MEMBERSHIP_ROLE.label(a.role)
        return MinutesAttendee(a.name, a.organization, a.role, role_label, a.status, G.ATTENDANCE.label(a.status),
                               a.alternate if a.status == "alternate" else "")

    members = [a for a in detail.attendees if not a.guest]
    status = detail.meeting.minutes_status
    note = ""
    if detail.case_items:
        note = QT_TRANSLATE_NOOP(
            "governance",
            "Case conferencing: {count} participant(s) discussed; the notes are confidential "
            "and kept apart from these minutes.",
        ).format(count=detail.case_items)
    return MinutesData(
        site_name=site_name,
        meeting_id=detail.id,
        body=detail.body.name,
        body_kind=detail.body.kind,
        body_kind_label=G.BODY_KIND.label(detail.body.kind),
        starts_at=detail.meeting.starts_at,
        place=detail.meeting.place,
        virtual_link=detail.meeting.virtual_link,
        status=status,
        status_label=G.MINUTES_STATUS.label(status),
        draft=status not in G.SETTLED_MINUTES,
        attendance=tuple(person(a) for a in members if a.status in ("present", "alternate", "excused")),
        absent=tuple(person(a) for a in members if a.status in (None, "absent")),
        guests=tuple(person(a) for a in detail.attendees if a.guest and a.status in G.ATTENDING),
        quorum_met=detail.rule.met,
        quorum_note=detail.rule.text,
        agenda=detail.agenda,
        decisions=detail.decisions,
        actions=detail.actions,
        next_meeting_at=detail.meeting.next_meeting_at,
        prior_minutes_approved=detail.approves,
        approved_at=detail.approved_at,
        approved_on=detail.meeting.approved_on,
        amendments=detail.amendments,
        case_conference_note=note,
        rule=detail.rule,
        case_items=detail.case_items,
        labels=MappingProxyType({
            **{f"decision_method.{t.code}": t.label for t in G.DECISION_METHOD},
            **{f"decision_outcome.{t.code}": t.label for t in G.DECISION_OUTCOME},
            **{f"action_status.{t.code}": t.label for t in G.ACTION_STATUS},
        }),
    )
