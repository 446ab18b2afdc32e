"""Meetings and their attendance: a meeting as the window shows it (MeetingDetail: agenda,
attendance with the body's rule, decisions, action items, amendments, approvals), creating,
moving and removing meetings, and marking attendance and guests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.bodies import Body, _body
from lead_desktop.services.governance.common import GovernanceRecordNotFound, _live, _today
from lead_desktop.services.governance.organizations import _check_org
from lead_desktop.services.meetings.agenda import AgendaItemRow, _agenda, _agenda_row
from lead_desktop.services.meetings.attendance import Attendee, RuleView, _attendees, _roster, _rule_view
from lead_desktop.services.meetings.case_conference import _case_item_count
from lead_desktop.services.meetings.decisions import ActionRow, DecisionRow, _actions, _decisions
from lead_desktop.services.meetings.editing import MinutesStep, _meeting_for_edit
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class MeetingRow:
    id: str
    body_id: str
    body: str
    body_kind: str
    starts_at: datetime
    place: str | None
    virtual_link: str | None
    next_meeting_at: datetime | None
    minutes_status: str
    approved_at_meeting_id: str | None
    approved_on: date | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.MEETING_FORM.names}


@dataclass(frozen=True)
class AmendmentRow:
    id: str
    text: str
    proposed_by: str | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class MinutesRef:
    meeting_id: str
    starts_at: datetime
    minutes_status: str


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    body: Body
    agenda: tuple[AgendaItemRow, ...]
    attendees: tuple[Attendee, ...]
    rule: RuleView
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]
    amendments: tuple[AmendmentRow, ...]
    approves: tuple[MinutesRef, ...]  # earlier minutes approved at this meeting
    approved_at: MinutesRef | None  # the later meeting that approved these minutes
    case_items: int  # how many participants were conferenced (count only)

    @property
    def id(self) -> str:
        return self.meeting.id

    @property
    def editable(self) -> bool:
        return G.minutes_editable(self.meeting.minutes_status)


def _meeting_row(meeting: GM.Meeting, body: GM.GovBody) -> MeetingRow:
    return MeetingRow(meeting.id, body.id, body.name, body.kind, meeting.starts_at, meeting.place,
                      meeting.virtual_link, meeting.next_meeting_at, meeting.minutes_status,
                      meeting.approved_at_meeting_id, meeting.approved_on, meeting.row_version)


def _amendments(session: Session, meeting_id: str) -> list[AmendmentRow]:
    am = GM.MinutesAmendment
    rows = session.execute(
        select(am, M.Account.display_name).outerjoin(M.Account, M.Account.id == am.recorded_by)
        .where(am.meeting_id == meeting_id, am.deleted_at.is_(None)).order_by(am.recorded_at)
    ).all()
    return [AmendmentRow(r[0].id, r[0].text, r[0].proposed_by, r[1] or "", r[0].recorded_at) for r in rows]


def _viewer_on_server(site: SiteSession) -> bool:
    """A viewer, on a server or a laptop (whose viewers' store answers lead_case_item_count too)."""
    return site.actor.role is Role.VIEWER


def _detail(session: Session, meeting: GM.Meeting, *, viewer_on_server: bool = False) -> MeetingDetail:
    body = session.get(GM.GovBody, meeting.body_id)
    agenda_rows = _agenda(session, meeting.id)
    agenda = tuple(_agenda_row(r) for r in agenda_rows)
    attendees = _attendees(session, meeting)
    approves = session.scalars(
        select(GM.Meeting).where(GM.Meeting.approved_at_meeting_id == meeting.id, GM.Meeting.deleted_at.is_(None))
        .order_by(GM.Meeting.starts_at)
    ).all()
    approver = session.get(GM.Meeting, meeting.approved_at_meeting_id) if meeting.approved_at_meeting_id else None
    case_items = _case_item_count(session, meeting.id, viewer_on_server)
    return MeetingDetail(
        _meeting_row(meeting, body),
        _body(body),
        agenda,
        tuple(attendees),
        _rule_view(session, meeting, body, attendees),
        tuple(_decisions(session, meeting.id, {r.id: r.title for r in agenda})),
        tuple(_actions(session, meeting)),
        tuple(_amendments(session, meeting.id)),
        tuple(MinutesRef(m.id, m.starts_at, m.minutes_status) for m in approves),
        MinutesRef(approver.id, approver.starts_at, approver.minutes_status) if approver else None,
        case_items,
    )


def list_meetings(site: SiteSession, body_id: str | None = None) -> list[MeetingRow]:
    """Meetings, newest first (of one body, or of all)."""
    site.require(Permission.VIEW_GOVERNANCE)
    m = GM.Meeting
    with site.unit_of_work() as session:
        query = select(m, GM.GovBody).join(GM.GovBody, GM.GovBody.id == m.body_id).where(m.deleted_at.is_(None))
        if body_id:
            query = query.where(m.body_id == body_id)
        rows = session.execute(query.order_by(m.starts_at.desc(), GM.GovBody.name, m.id)).all()
        return [_meeting_row(r[0], r[1]) for r in rows]


def get_meeting(site: SiteSession, meeting_id: str) -> MeetingDetail:
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        return _detail(session, _live(session, GM.Meeting, meeting_id), viewer_on_server=_viewer_on_server(site))


def _sync_roster_lines(session: Session, meeting: GM.Meeting, actor_id: str | None) -> None:
    """One attendance line per roster member on the meeting's day; unmarked lines of people no longer on it go."""
    roster = _roster(session, meeting.body_id, meeting.starts_at.date())
    lines = session.scalars(select(GM.Attendance).where(
        GM.Attendance.meeting_id == meeting.id, GM.Attendance.deleted_at.is_(None),
        GM.Attendance.membership_id.is_not(None))).all()
    have = {a.membership_id: a for a in lines}
    ids = {m.id for m in roster}
    for m in roster:
        if m.id not in have:
            session.add(GM.Attendance(meeting_id=meeting.id, membership_id=m.id, person_id=m.person_id,
                                      organisation_id=m.organisation_id, role=m.role, updated_by=actor_id))
    for membership_id, line in have.items():
        if membership_id not in ids and line.status is None:
            line.deleted_at, line.updated_by = M.utcnow(), actor_id  # soft, like every removal: no DELETE on a server


def _check_meeting_times(clean: dict) -> None:
    if clean.get("next_meeting_at") and clean["next_meeting_at"] <= clean["starts_at"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next meeting must come after this one."), field="next_meeting_at"
        )


def create_meeting(site: SiteSession, body_id: str, values: Mapping) -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.MEETING_FORM, dict(values))
    _check_meeting_times(clean)
    with site.unit_of_work() as session:
        _live(session, GM.GovBody, body_id)
        meeting = GM.Meeting(body_id=body_id, minutes_status="draft", updated_by=site.actor.account_id, **clean)
        session.add(meeting)
        session.flush()
        _sync_roster_lines(session, meeting, site.actor.account_id)
        session.flush()
        site.audit(session, AuditAction.CREATE, "meeting", meeting.id, body=body_id)
        return _detail(session, meeting)


def update_meeting(site: SiteSession, meeting_id: str, values: Mapping,
                   expected_version: int | None = None) -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.MEETING_FORM, dict(values))
    _check_meeting_times(clean)
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        check_version(meeting, expected_version, G.MEETING_FORM, clean,
                      {name: getattr(meeting, name) for name in G.MEETING_FORM.names})
        moved = clean["starts_at"] != meeting.starts_at
        if moved:
            _check_move(session, meeting, clean["starts_at"])
        for key, value in clean.items():
            setattr(meeting, key, value)
        meeting.updated_by = site.actor.account_id
        session.flush()
        if moved:
            for update in session.scalars(select(GM.ActionItemUpdate).where(
                    GM.ActionItemUpdate.meeting_id == meeting.id)).all():
                update.at = meeting.starts_at
            _sync_roster_lines(session, meeting, site.actor.account_id)
            session.flush()
        site.audit(session, AuditAction.UPDATE, "meeting", meeting.id)
        return _detail(session, meeting)


def _check_move(session: Session, meeting: GM.Meeting, new_start: datetime) -> None:
    """A meeting stays after the minutes it approved, and after the meetings its carried actions came from."""
    approved_here = session.scalars(select(GM.Meeting.starts_at).where(
        GM.Meeting.approved_at_meeting_id == meeting.id, GM.Meeting.deleted_at.is_(None))).all()
    if any(start >= new_start for start in approved_here):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This meeting approved the minutes of an earlier meeting; it cannot move before it."
            ),
            field="starts_at",
        )
    updated_here = session.execute(
        select(GM.Meeting.starts_at)
        .join(GM.ActionItem, GM.ActionItem.meeting_id == GM.Meeting.id)
        .join(GM.ActionItemUpdate, GM.ActionItemUpdate.action_item_id == GM.ActionItem.id)
        .where(GM.ActionItemUpdate.meeting_id == meeting.id, GM.ActionItem.meeting_id != meeting.id)
    ).scalars().all()
    if any(start >= new_start for start in updated_here):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Action items from an earlier meeting were updated here; the meeting cannot move before it."
            ),
            field="starts_at",
        )


def delete_meeting(site: SiteSession, meeting_id: str) -> None:
    """Remove a meeting entered by mistake: only draft minutes without decisions, actions or approvals."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        if meeting.minutes_status != "draft":
            raise MinutesStep(
                QT_TRANSLATE_NOOP("errors", "Only a meeting whose minutes are still a draft can be removed.")
            )
        def count(model: type, *where: object) -> int:
            return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)) or 0

        if (count(GM.Decision, GM.Decision.meeting_id == meeting.id)
                or count(GM.ActionItem, GM.ActionItem.meeting_id == meeting.id)
                or count(GM.Meeting, GM.Meeting.approved_at_meeting_id == meeting.id)
                or count(GM.CaseConferenceItem, GM.CaseConferenceItem.meeting_id == meeting.id)
                or count(GM.ActionItemUpdate, GM.ActionItemUpdate.meeting_id == meeting.id)):
            raise MinutesStep(QT_TRANSLATE_NOOP(
                "errors", "This meeting has decisions, action items, case notes or approvals on record. "
                          "Remove those first."))
        meeting.deleted_at = M.utcnow()
        meeting.updated_by = site.actor.account_id
        site.audit(session, AuditAction.DELETE, "meeting", meeting.id)


def set_attendance(site: SiteSession, meeting_id: str, key: str, status: str | None, note: str | None = None) -> MeetingDetail:
    """Mark one line (a roster member by membership id, a guest by attendance id); None clears the mark."""
    site.require(Permission.EDIT_GOVERNANCE)
    if status is not None and status not in G.ATTENDANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose present, absent, excused or alternate attended."))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        line = session.scalar(select(GM.Attendance).where(
            GM.Attendance.meeting_id == meeting.id, GM.Attendance.deleted_at.is_(None),
            (GM.Attendance.membership_id == key) | (GM.Attendance.id == key)))
        if line is None:
            membership = session.get(GM.Membership, key)
            if membership is None or membership.deleted_at is not None or membership.body_id != meeting.body_id:
                raise GovernanceRecordNotFound()
            line = GM.Attendance(meeting_id=meeting.id, membership_id=membership.id, person_id=membership.person_id,
                                 organisation_id=membership.organisation_id, role=membership.role)
            session.add(line)
        if status == "alternate" and line.role not in G.VOTING_ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only a chair, co-chair or member can be represented by an alternate.")
            )
        line.status = status
        if note is not None:
            line.note = note.strip()[:200] or None
        line.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "meeting_attendance", line.id, meeting=meeting.id, status=status)
        return _detail(session, meeting)


def add_guest(site: SiteSession, meeting_id: str, *, name: str | None = None, person_id: str | None = None,
              organisation_id: str | None = None, status: str = "present") -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    name = " ".join((name or "").split())[:120] or None
    if not name and not person_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the guest's name."), field="guest_name")
    if status not in G.ATTENDANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose present, absent, excused or alternate attended."))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        if person_id:
            person = _live(session, GM.GovPerson, person_id)
            organisation_id = organisation_id or person.organisation_id
        _check_org(session, organisation_id)
        line = GM.Attendance(meeting_id=meeting.id, person_id=person_id, guest_name=name, organisation_id=organisation_id,
                             role="guest", status=status, updated_by=site.actor.account_id)
        session.add(line)
        session.flush()
        site.audit(session, AuditAction.CREATE, "meeting_attendance", line.id, meeting=meeting.id, guest=True)
        return _detail(session, meeting)


def remove_guest(site: SiteSession, attendance_id: str) -> MeetingDetail:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        line = _live(session, GM.Attendance, attendance_id)
        if line.membership_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Roster members stay on the list; mark them absent instead.")
            )
        meeting = _meeting_for_edit(session, line.meeting_id)
        line.deleted_at = M.utcnow()
        line.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.DELETE, "meeting_attendance", line.id, meeting=meeting.id)
        return _detail(session, meeting)


def upcoming_meetings(site: SiteSession, days: int = 30) -> list[MeetingRow]:
    site.require(Permission.VIEW_GOVERNANCE)
    start = datetime.combine(_today(), datetime.min.time())
    return [m for m in list_meetings(site) if start <= m.starts_at < start + timedelta(days=days)][::-1]
