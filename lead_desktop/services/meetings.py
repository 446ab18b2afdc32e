"""Meetings of the governance bodies: agenda, attendance with the body's rule computed live,
decisions, action items carried forward until closed, the minutes lifecycle, amendments, and
OWG case conferencing kept apart from the minutes.

Permissions: reading a meeting needs VIEW_GOVERNANCE; changing it EDIT_GOVERNANCE. Case
conferencing names participants, so it also needs VIEW_PARTICIPANTS (viewers never get it), and
it is never part of the governance minutes (`minutes_data` only says how many people were
discussed). Every change is audited with ids only.

Minutes lifecycle: draft → circulated → approved (at a later meeting of the same body, recorded on
that meeting: `approve_minutes(later, earlier)`) → locked. Once approved, the meeting, its agenda,
attendance, decisions, action items and case-conference notes refuse changes (MinutesSettled); a
recorded amendment (text, who, when) is the only way to correct them.

Action items: each keeps its status history (ActionItemUpdate). A status given at a meeting counts
at that meeting's start, one given between meetings when it was given. A meeting shows its own new
items and every earlier item of the body that was still open when it began ("carried forward"),
with the status as of that meeting, so approved minutes never change as items move on.

Consent coverage for case conferencing: see `consent_gaps` and domain.governance.recipients_cover.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain import participants as P
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import Form, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services import governance as gov
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.participants import display_name
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM
from lead_desktop.storage.sqlfuncs import serialize_writes


# An eligibility-criteria version (a screening checklist) as decisions name it.
VERSION_LABEL = QT_TRANSLATE_NOOP("governance", "Version {number}")


class MinutesSettled(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The minutes of this meeting were approved on {date} and can no longer be changed. "
        "Record an amendment instead.",
    )


class MinutesStep(KnownError):
    """A lifecycle step that does not fit the minutes' current state; the template given says why."""

    template = QT_TRANSLATE_NOOP("errors", "This step does not fit the minutes' current state.")


class NotCaseConferencing(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "Case conferencing belongs to the meetings of an Operational Work Group.")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _today() -> date:
    return date.today()


# ----- plain data ---------------------------------------------------------------------------


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
class AgendaItemRow:
    id: str
    position: int
    title: str
    presenter: str | None
    notes: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"title": self.title, "presenter": self.presenter, "notes": self.notes}


@dataclass(frozen=True)
class Attendee:
    """One line of attendance. `key` is the membership id for a roster member, the attendance id for a guest."""

    key: str
    attendance_id: str | None
    membership_id: str | None
    person_id: str | None
    name: str
    organisation_id: str | None
    organisation: str
    role: str  # membership role code, or "guest"
    status: str | None  # None: not yet marked
    decision_authority: bool
    alternate: str  # names of the member's alternates on file ("" when none)
    note: str | None = None

    @property
    def guest(self) -> bool:
        return self.role == "guest"

    @property
    def voting(self) -> bool:
        return self.role in G.VOTING_ROLES


@dataclass(frozen=True)
class RuleView:
    """The body's rule applied to the attendance: a headline and detail lines, each a translatable
    template (context "governance") with its parameters; `text` is the English sentence for PDFs."""

    status: G.RuleStatus
    template: str
    params: Mapping[str, object]
    details: tuple[tuple[str, Mapping[str, object]], ...] = ()

    @property
    def met(self) -> bool:
        return self.status.met

    @property
    def text(self) -> str:
        parts = [self.template.format(**self.params)] + [t.format(**p) for t, p in self.details]
        return " ".join(parts)


@dataclass(frozen=True)
class DecisionRow:
    id: str
    position: int
    agenda_item_id: str | None
    agenda_item: str
    text: str
    method: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    mover: str | None
    seconder: str | None
    outcome: str
    criteria_version_id: str | None
    criteria_version: str  # e.g. "Version 3", "" when not linked
    intake_deadline_days: int | None
    criteria_version_number: int | None = None  # 3 for "Version 3" (VERSION_LABEL in other languages)
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {k: getattr(self, k) for k in G.DECISION_FORM.names}


@dataclass(frozen=True)
class ActionRow:
    id: str
    meeting_id: str  # where it was decided
    origin_starts_at: datetime
    agenda_item_id: str | None
    description: str
    owner: str
    due_on: date | None
    status: str  # as of the meeting being shown
    current_status: str
    carried: bool  # from an earlier meeting of the body
    closed_here: bool  # carried in open, closed at this meeting
    overdue: bool  # still open and due before the meeting's day
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"description": self.description, "owner": self.owner, "due_on": self.due_on,
                "agenda_item_id": self.agenda_item_id}


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
    body: gov.Body
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


@dataclass(frozen=True)
class CaseItemRow:
    id: str
    position: int
    participant_id: str
    lead_number: str
    name: str
    notes: str | None
    follow_up: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"participant_id": self.participant_id, "notes": self.notes, "follow_up": self.follow_up}


@dataclass(frozen=True)
class GapAttendee:
    key: str
    name: str
    organisation: str  # "" when none is recorded (never covered)


@dataclass(frozen=True)
class ConsentGap:
    case_item_id: str
    participant_id: str
    lead_number: str
    name: str
    releases: int  # releases in force on the day
    uncovered: tuple[GapAttendee, ...]


@dataclass(frozen=True)
class SharedCaseItem:
    case_item_id: str
    participant: str  # the name, or the redaction mark
    lead_number: str  # "" when redacted
    redacted: bool
    notes: str
    follow_up: str


@dataclass(frozen=True)
class SharedCaseNotes:
    """Case-conference notes as one attendee may see them (the input of a shared-notes PDF)."""

    meeting_id: str
    body: str
    starts_at: datetime
    recipient: str
    recipient_organisation: str
    items: tuple[SharedCaseItem, ...]
    site_name: str = ""


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    organisation: str
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


# ----- loading helpers -----------------------------------------------------------------------


def _live(session: Session, model: type, row_id: str | None) -> object:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise gov.GovernanceRecordNotFound()
    return row


def _defaults(form: Form, values: Mapping) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _editable(meeting: GM.Meeting) -> None:
    if not G.minutes_editable(meeting.minutes_status):
        when = meeting.approved_on.isoformat() if meeting.approved_on else ""
        raise MinutesSettled(date=when)


def _meeting_for_edit(session: Session, meeting_id: str) -> GM.Meeting:
    serialize_writes(session)  # positions of new agenda items, decisions and case items are counted next
    meeting = _live(session, GM.Meeting, meeting_id)
    _editable(meeting)
    return meeting


def _meeting_row(meeting: GM.Meeting, body: GM.GovBody) -> MeetingRow:
    return MeetingRow(meeting.id, body.id, body.name, body.kind, meeting.starts_at, meeting.place,
                      meeting.virtual_link, meeting.next_meeting_at, meeting.minutes_status,
                      meeting.approved_at_meeting_id, meeting.approved_on, meeting.row_version)


def _roster(session: Session, body_id: str, day: date) -> list[GM.Membership]:
    m = GM.Membership
    rows = session.scalars(select(m).where(m.body_id == body_id, m.deleted_at.is_(None))).all()
    return [r for r in rows if G.in_term(r.term_start, r.term_end, day)]


_ROLE_ORDER = {code: i for i, code in enumerate(G.MEMBERSHIP_ROLE.codes())}


def _attendees(session: Session, meeting: GM.Meeting) -> list[Attendee]:
    """The roster on the meeting's day merged with what was recorded, then the guests."""
    orgs = gov._org_names(session)
    roster = _roster(session, meeting.body_id, meeting.starts_at.date())
    lines = session.scalars(
        select(GM.Attendance).where(GM.Attendance.meeting_id == meeting.id, GM.Attendance.deleted_at.is_(None))
        .order_by(GM.Attendance.created_at)
    ).all()
    by_membership = {a.membership_id: a for a in lines if a.membership_id}
    on_roster = {m.id for m in roster}
    # Members recorded at this meeting who are no longer on the roster for its day (a term edited later).
    extra_ids = [a.membership_id for a in lines if a.membership_id and a.membership_id not in on_roster and a.status]
    members = roster + [session.get(GM.Membership, i) for i in extra_ids]
    members = [m for m in members if m is not None]
    person_ids = {m.person_id for m in members} | {a.person_id for a in lines if a.person_id}
    people = {p.id: p for p in session.scalars(select(GM.GovPerson).where(GM.GovPerson.id.in_(person_ids))).all()} \
        if person_ids else {}
    alternates: dict[str, list[GM.Membership]] = {}
    for m in roster:
        if m.alternate_for_id:
            alternates.setdefault(m.alternate_for_id, []).append(m)
    out: list[Attendee] = []
    for m in members:
        line = by_membership.get(m.id)
        person = people.get(m.person_id)
        organisation_id = line.organisation_id if line is not None else m.organisation_id
        role = line.role if line is not None else m.role
        alts = alternates.get(m.id, [])
        alt_names = ", ".join(people[a.person_id].full_name for a in alts if a.person_id in people)
        out.append(Attendee(
            m.id, line.id if line is not None else None, m.id, m.person_id, person.full_name if person else "",
            organisation_id, orgs.get(organisation_id or "", ""), role, line.status if line is not None else None,
            m.decision_authority, alt_names, line.note if line is not None else None,
        ))
    out.sort(key=lambda a: (_ROLE_ORDER.get(a.role, 9), a.organisation.casefold(), a.name.casefold()))
    for line in lines:
        if line.membership_id:
            continue
        person = people.get(line.person_id or "")
        name = person.full_name if person else (line.guest_name or "")
        out.append(Attendee(line.id, line.id, None, line.person_id, name, line.organisation_id,
                            orgs.get(line.organisation_id or "", ""), "guest", line.status, False, "", line.note))
    return out


def _alternate_authority(session: Session, meeting: GM.Meeting) -> dict[str, bool]:
    """For each member: may their alternate(s) decide for the agency? (No alternate on file: the member's own.)"""
    roster = _roster(session, meeting.body_id, meeting.starts_at.date())
    out: dict[str, bool] = {}
    for m in roster:
        if m.alternate_for_id:
            out[m.alternate_for_id] = out.get(m.alternate_for_id, False) or m.decision_authority
    return out


def _rule_view(session: Session, meeting: GM.Meeting, body: GM.GovBody, attendees: list[Attendee]) -> RuleView:
    alt_authority = _alternate_authority(session, meeting)
    marks = []
    for a in attendees:
        authority = a.decision_authority
        if a.status == "alternate" and a.membership_id in alt_authority:
            authority = alt_authority[a.membership_id]
        marks.append(G.Mark(a.organisation_id, a.role, a.status, authority))
    seats = session.scalars(select(GM.BodySeat.organisation_id).where(
        GM.BodySeat.body_id == body.id, GM.BodySeat.deleted_at.is_(None), GM.BodySeat.organisation_id.is_not(None))).all()
    rule = G.Rule(body.rule, body.quorum_count, body.quorum_percent)
    status = G.evaluate_rule(rule, marks, seats)
    orgs = gov._org_names(session)

    def names(ids: Iterable[str]) -> str:
        return ", ".join(orgs.get(i, "?") for i in ids)

    details: list[tuple[str, Mapping[str, object]]] = []
    if status.rule == "consensus_one_voice_per_agency":
        voices, agencies = len(status.with_voice), len(status.agencies)
        if status.met:
            template = QT_TRANSLATE_NOOP(
                "governance", "Consensus possible: {voices} of {agencies} member agencies have a voice."
            )
            params = {"voices": voices, "agencies": agencies}
        elif status.without_voice:
            template = QT_TRANSLATE_NOOP("governance",
                                         "Consensus not possible: present without anyone who may decide for them: {names}.")
            params = {"names": names(status.without_voice)}
        elif voices == 0:
            template = QT_TRANSLATE_NOOP("governance", "Consensus not possible: no member agency has a voice yet.")
            params = {}
        else:
            template = QT_TRANSLATE_NOOP("governance",
                                         "Consensus not possible: {voices} member agencies have a voice, at least {required} needed.")
            params = {"voices": voices, "required": status.required}
        if status.absent_agencies:
            details.append(
                (QT_TRANSLATE_NOOP("governance", "Not present: {names}."), {"names": names(status.absent_agencies)})
            )
    else:
        params = {"attending": status.attending, "seats": status.voting_seats, "required": status.required}
        template = (
            QT_TRANSLATE_NOOP("governance",
                              "Quorum met: {attending} of {seats} voting members attending, {required} needed.")
            if status.met
            else QT_TRANSLATE_NOOP("governance",
                                   "No quorum: {attending} of {seats} voting members attending, {required} needed.")
        )
    if status.unmarked:
        details.append((QT_TRANSLATE_NOOP("governance", "{count} not yet marked."), {"count": status.unmarked}))
    return RuleView(status, template, MappingProxyType(params), tuple((t, MappingProxyType(p)) for t, p in details))


def _agenda(session: Session, meeting_id: str) -> list[GM.AgendaItem]:
    a = GM.AgendaItem
    return list(session.scalars(
        select(a).where(a.meeting_id == meeting_id, a.deleted_at.is_(None)).order_by(a.position, a.created_at)))


def _criteria_numbers(session: Session, ids: Iterable[str | None]) -> dict[str, int]:
    """The version number of each linked eligibility-criteria version (screening checklist)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(M.ScreeningChecklist.id, M.ScreeningChecklist.version)
                           .where(M.ScreeningChecklist.id.in_(wanted))).all()
    return {r[0]: r[1] for r in rows}


def version_label(number: int, translate: Callable[[str], str] = lambda text: text) -> str:
    return translate(VERSION_LABEL).format(number=number)


def _decisions(session: Session, meeting_id: str, agenda: Mapping[str, str]) -> list[DecisionRow]:
    d = GM.Decision
    rows = session.scalars(
        select(d).where(d.meeting_id == meeting_id, d.deleted_at.is_(None)).order_by(d.position, d.created_at)).all()
    numbers = _criteria_numbers(session, (r.criteria_version_id for r in rows))

    def label(version_id: str | None) -> str:
        number = numbers.get(version_id or "")
        return version_label(number) if number is not None else ""

    return [
        DecisionRow(r.id, r.position, r.agenda_item_id, agenda.get(r.agenda_item_id or "", ""), r.text, r.method,
                    r.votes_for, r.votes_against, r.votes_abstain, r.mover, r.seconder, r.outcome,
                    r.criteria_version_id, label(r.criteria_version_id), r.intake_deadline_days,
                    numbers.get(r.criteria_version_id or ""), r.row_version)
        for r in rows
    ]


def _changes(session: Session, action_ids: list[str]) -> dict[str, list[G.StatusChange]]:
    if not action_ids:
        return {}
    u = GM.ActionItemUpdate
    rows = session.execute(
        select(u.action_item_id, u.at, u.status).where(u.action_item_id.in_(action_ids), u.deleted_at.is_(None))
        .order_by(u.created_at)
    ).all()
    out: dict[str, list[G.StatusChange]] = {}
    for index, (action_id, at, status) in enumerate(rows):
        out.setdefault(action_id, []).append(G.StatusChange(at, status, index))
    return out


def _actions(session: Session, meeting: GM.Meeting) -> list[ActionRow]:
    a = GM.ActionItem
    rows = session.execute(
        select(a, GM.Meeting.starts_at)
        .join(GM.Meeting, GM.Meeting.id == a.meeting_id)
        .where(a.body_id == meeting.body_id, a.deleted_at.is_(None), GM.Meeting.deleted_at.is_(None),
               GM.Meeting.starts_at <= meeting.starts_at)
        .order_by(GM.Meeting.starts_at, a.created_at)
    ).all()
    changes = _changes(session, [r[0].id for r in rows])
    day = meeting.starts_at.date()
    out = []
    for item, origin_start in rows:
        history = changes.get(item.id, [])
        here = item.meeting_id == meeting.id
        carried = not here and G.carried_forward(origin_start, history, meeting.starts_at)
        if not (here or carried):
            continue
        status = G.status_as_of(history, meeting.starts_at) or item.status
        is_open = status in G.OPEN_ACTION_STATUSES
        out.append(ActionRow(
            item.id, item.meeting_id, origin_start, item.agenda_item_id, item.description, item.owner, item.due_on,
            status, item.status, carried, carried and not is_open,
            is_open and item.due_on is not None and item.due_on < day, item.row_version,
        ))
    out.sort(key=lambda r: (not r.carried, r.origin_starts_at, r.due_on or date.max))
    return out


def _amendments(session: Session, meeting_id: str) -> list[AmendmentRow]:
    am = GM.MinutesAmendment
    rows = session.execute(
        select(am, M.Account.display_name).outerjoin(M.Account, M.Account.id == am.recorded_by)
        .where(am.meeting_id == meeting_id, am.deleted_at.is_(None)).order_by(am.recorded_at)
    ).all()
    return [AmendmentRow(r[0].id, r[0].text, r[0].proposed_by, r[1] or "", r[0].recorded_at) for r in rows]


def _case_item_count(session: Session, meeting_id: str, viewer_on_server: bool) -> int:
    """How many participants the meeting case-conferenced. A viewer on a server may not read
    case_conference_item at all; the server's lead_case_item_count() counts for them (storage.server)."""
    if viewer_on_server:
        return int(session.scalar(select(func.lead_case_item_count(meeting_id))) or 0)
    return int(session.scalar(select(func.count()).select_from(GM.CaseConferenceItem).where(
        GM.CaseConferenceItem.meeting_id == meeting_id, GM.CaseConferenceItem.deleted_at.is_(None))) or 0)


def _viewer_on_server(site: SiteSession) -> bool:
    return site.is_server and site.actor.role is Role.VIEWER


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
        gov._body(body),
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


# ----- meetings ----------------------------------------------------------------------------


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
            session.delete(line)


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


# ----- agenda ------------------------------------------------------------------------------


def _agenda_row(row: GM.AgendaItem) -> AgendaItemRow:
    return AgendaItemRow(row.id, row.position, row.title, row.presenter, row.notes, row.row_version)


def _renumber(items: list) -> None:
    for index, item in enumerate(items, start=1):
        if item.position != index:
            item.position = index


def add_agenda_item(site: SiteSession, meeting_id: str, values: Mapping) -> AgendaItemRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.AGENDA_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        items = _agenda(session, meeting.id)
        _renumber(items)
        row = GM.AgendaItem(meeting_id=meeting.id, position=len(items) + 1, updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "agenda_item", row.id, meeting=meeting.id)
        return _agenda_row(row)


def update_agenda_item(site: SiteSession, item_id: str, values: Mapping,
                       expected_version: int | None = None) -> AgendaItemRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.AGENDA_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.AGENDA_ITEM_FORM, clean, lambda: _agenda_row(row).values)
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.UPDATE, "agenda_item", row.id, meeting=row.meeting_id)
        session.flush()
        return _agenda_row(row)


def remove_agenda_item(site: SiteSession, item_id: str) -> None:
    """Decisions and actions under the item stay, no longer tied to an item."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        for model in (GM.Decision, GM.ActionItem):
            for linked in session.scalars(select(model).where(model.agenda_item_id == row.id)).all():
                linked.agenda_item_id = None
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        _renumber(_agenda(session, row.meeting_id))
        site.audit(session, AuditAction.DELETE, "agenda_item", row.id, meeting=row.meeting_id)


def move_agenda_item(site: SiteSession, item_id: str, offset: int) -> list[AgendaItemRow]:
    """Move an item up (negative offset) or down the agenda; returns the agenda in its new order."""
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.AgendaItem, item_id)
        _meeting_for_edit(session, row.meeting_id)
        items = _agenda(session, row.meeting_id)
        index = next(i for i, item in enumerate(items) if item.id == row.id)
        target = max(0, min(len(items) - 1, index + offset))
        if target != index:
            items.insert(target, items.pop(index))
            _renumber(items)
            for item in items:
                item.updated_by = site.actor.account_id
            site.audit(session, AuditAction.UPDATE, "agenda_item", row.id, meeting=row.meeting_id, position=target + 1)
        session.flush()
        return [_agenda_row(r) for r in items]


def reorder_agenda(site: SiteSession, meeting_id: str, ordered_ids: list[str]) -> list[AgendaItemRow]:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        items = {i.id: i for i in _agenda(session, meeting.id)}
        if set(ordered_ids) != set(items) or len(ordered_ids) != len(items):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agenda changed meanwhile. Reload the meeting and try again.")
            )
        ordered = [items[i] for i in ordered_ids]
        _renumber(ordered)
        site.audit(session, AuditAction.UPDATE, "meeting", meeting.id, agenda_reordered=True)
        session.flush()
        return [_agenda_row(r) for r in ordered]


# ----- attendance ----------------------------------------------------------------------------


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
                raise gov.GovernanceRecordNotFound()
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
        gov._check_org(session, organisation_id)
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


# ----- decisions ---------------------------------------------------------------------------


def criteria_version_choices(site: SiteSession, translate: Callable[[str], str] = lambda text: text,
                             ) -> list[tuple[str, str]]:
    """The eligibility-criteria versions (screening checklists) a decision can be linked to, newest first.

    `translate` puts "Version {number}" (context "governance") in the person's language.
    """
    site.require(Permission.VIEW_GOVERNANCE)
    c = M.ScreeningChecklist
    with site.unit_of_work() as session:
        rows = session.execute(select(c.id, c.version, c.change_note).where(c.deleted_at.is_(None))
                               .order_by(c.version.desc())).all()
    return [(r[0], version_label(r[1], translate) + (f" — {r[2]}" if r[2] else "")) for r in rows]


def _check_decision_links(session: Session, meeting: GM.Meeting, clean: dict) -> None:
    item_id = clean.get("agenda_item_id")
    if item_id:
        item = session.get(GM.AgendaItem, item_id)
        if item is None or item.deleted_at is not None or item.meeting_id != meeting.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of this meeting's agenda items."), field="agenda_item_id"
            )
    version_id = clean.get("criteria_version_id")
    if version_id:
        version = session.get(M.ScreeningChecklist, version_id)
        if version is None or version.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the eligibility criteria versions on file."),
                field="criteria_version_id",
            )


def _decision_row(session: Session, row: GM.Decision) -> DecisionRow:
    item = session.get(GM.AgendaItem, row.agenda_item_id) if row.agenda_item_id else None
    number = _criteria_numbers(session, [row.criteria_version_id]).get(row.criteria_version_id or "")
    return DecisionRow(row.id, row.position, row.agenda_item_id, item.title if item else "", row.text, row.method,
                       row.votes_for, row.votes_against, row.votes_abstain, row.mover, row.seconder, row.outcome,
                       row.criteria_version_id, version_label(number) if number is not None else "",
                       row.intake_deadline_days, number, row.row_version)


def add_decision(site: SiteSession, meeting_id: str, values: Mapping) -> DecisionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.DECISION_FORM, _defaults(G.DECISION_FORM, values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        _check_decision_links(session, meeting, clean)
        count = session.scalar(select(func.count()).select_from(GM.Decision).where(
            GM.Decision.meeting_id == meeting.id, GM.Decision.deleted_at.is_(None))) or 0
        row = GM.Decision(meeting_id=meeting.id, position=count + 1, updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "decision", row.id, meeting=meeting.id,
                   criteria_version=row.criteria_version_id)
        return _decision_row(session, row)


def update_decision(site: SiteSession, decision_id: str, values: Mapping,
                    expected_version: int | None = None) -> DecisionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.DECISION_FORM, _defaults(G.DECISION_FORM, values))
    with site.unit_of_work() as session:
        row = _live(session, GM.Decision, decision_id)
        meeting = _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.DECISION_FORM, clean,
                      {name: getattr(row, name) for name in G.DECISION_FORM.names})
        _check_decision_links(session, meeting, clean)
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        site.audit(session, AuditAction.UPDATE, "decision", row.id, meeting=meeting.id)
        session.flush()
        return _decision_row(session, row)


def remove_decision(site: SiteSession, decision_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        row = _live(session, GM.Decision, decision_id)
        _meeting_for_edit(session, row.meeting_id)
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        rest = session.scalars(select(GM.Decision).where(
            GM.Decision.meeting_id == row.meeting_id, GM.Decision.deleted_at.is_(None))
            .order_by(GM.Decision.position, GM.Decision.created_at)).all()
        _renumber(list(rest))
        site.audit(session, AuditAction.DELETE, "decision", row.id, meeting=row.meeting_id)


# ----- action items --------------------------------------------------------------------------


def _action_row(session: Session, meeting: GM.Meeting, action_id: str) -> ActionRow:
    return next(r for r in _actions(session, meeting) if r.id == action_id)


def _refresh_current(session: Session, item: GM.ActionItem) -> None:
    history = _changes(session, [item.id]).get(item.id, [])
    latest = max(history, key=lambda c: (c.at, c.order)) if history else None
    item.status = latest.status if latest else "open"
    item.closed_on = latest.at.date() if latest and latest.status not in G.OPEN_ACTION_STATUSES else None


def add_action_item(site: SiteSession, meeting_id: str, values: Mapping) -> ActionRow:
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ACTION_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _meeting_for_edit(session, meeting_id)
        _check_decision_links(session, meeting, {"agenda_item_id": clean.get("agenda_item_id")})
        row = GM.ActionItem(body_id=meeting.body_id, meeting_id=meeting.id, status="open",
                            updated_by=site.actor.account_id, **clean)
        session.add(row)
        session.flush()
        session.add(GM.ActionItemUpdate(action_item_id=row.id, meeting_id=meeting.id, at=meeting.starts_at,
                                        status="open", updated_by=site.actor.account_id))
        session.flush()
        site.audit(session, AuditAction.CREATE, "action_item", row.id, meeting=meeting.id)
        return _action_row(session, meeting, row.id)


def update_action_item(site: SiteSession, action_id: str, values: Mapping,
                       expected_version: int | None = None) -> ActionRow:
    """Change what, who or when: only while the minutes of the meeting that decided it are open."""
    site.require(Permission.EDIT_GOVERNANCE)
    clean = validate(G.ACTION_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.ActionItem, action_id)
        meeting = _meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.ACTION_ITEM_FORM, clean,
                      {name: getattr(row, name) for name in G.ACTION_ITEM_FORM.names})
        _check_decision_links(session, meeting, {"agenda_item_id": clean.get("agenda_item_id")})
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "action_item", row.id, meeting=meeting.id)
        return _action_row(session, meeting, row.id)


def set_action_status(site: SiteSession, action_id: str, status: str, meeting_id: str | None = None) -> str:
    """Give an action item a status at a meeting (where it was carried forward to, or decided) or between
    meetings (no meeting). Returns its current status."""
    site.require(Permission.EDIT_GOVERNANCE)
    if status not in G.ACTION_STATUS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose one of the action statuses."), field="status")
    with site.unit_of_work() as session:
        item = _live(session, GM.ActionItem, action_id)
        history = _changes(session, [item.id]).get(item.id, [])
        if meeting_id:
            meeting = _meeting_for_edit(session, meeting_id)
            origin = session.get(GM.Meeting, item.meeting_id)
            if meeting.body_id != item.body_id or origin.starts_at > meeting.starts_at:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This action item is not on this meeting's list."))
            if meeting.id != origin.id and not G.carried_forward(origin.starts_at, history, meeting.starts_at):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This action item was already closed before this meeting.")
                )
            existing = session.scalar(select(GM.ActionItemUpdate).where(
                GM.ActionItemUpdate.action_item_id == item.id, GM.ActionItemUpdate.meeting_id == meeting.id,
                GM.ActionItemUpdate.deleted_at.is_(None)).order_by(GM.ActionItemUpdate.created_at.desc()))
            if existing is not None:  # one status per item per meeting: the latest word replaces the earlier
                existing.status = status
                existing.updated_by = site.actor.account_id
            else:
                session.add(GM.ActionItemUpdate(action_item_id=item.id, meeting_id=meeting.id, at=meeting.starts_at,
                                                status=status, updated_by=site.actor.account_id))
        else:
            session.add(GM.ActionItemUpdate(action_item_id=item.id, meeting_id=None, at=_now(), status=status,
                                            updated_by=site.actor.account_id))
        session.flush()
        _refresh_current(session, item)
        item.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "action_item", item.id, meeting=meeting_id, status=status)
        return item.status


def remove_action_item(site: SiteSession, action_id: str) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    with site.unit_of_work() as session:
        item = _live(session, GM.ActionItem, action_id)
        _meeting_for_edit(session, item.meeting_id)
        later = session.scalar(select(func.count()).select_from(GM.ActionItemUpdate).where(
            GM.ActionItemUpdate.action_item_id == item.id, GM.ActionItemUpdate.meeting_id != item.meeting_id))
        if later:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Later meetings followed this action up; mark it dropped instead.")
            )
        item.deleted_at = M.utcnow()
        item.updated_by = site.actor.account_id
        site.audit(session, AuditAction.DELETE, "action_item", item.id, meeting=item.meeting_id)


def open_actions(site: SiteSession, body_id: str) -> list[ActionRow]:
    """Every action item of a body still open today (for the Governance page and meeting packets)."""
    site.require(Permission.VIEW_GOVERNANCE)
    a = GM.ActionItem
    today = _today()
    with site.unit_of_work() as session:
        rows = session.execute(
            select(a, GM.Meeting.starts_at).join(GM.Meeting, GM.Meeting.id == a.meeting_id)
            .where(a.body_id == body_id, a.deleted_at.is_(None), GM.Meeting.deleted_at.is_(None),
                   a.status.in_(G.OPEN_ACTION_STATUSES))
            .order_by(a.due_on.is_(None), a.due_on, GM.Meeting.starts_at)
        ).all()
    return [ActionRow(i.id, i.meeting_id, start, i.agenda_item_id, i.description, i.owner, i.due_on, i.status,
                      i.status, True, False, i.due_on is not None and i.due_on < today, i.row_version)
            for i, start in rows]


# ----- minutes lifecycle ---------------------------------------------------------------------


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


# ----- OWG case conferencing -------------------------------------------------------------------


def _require_case_view(site: SiteSession) -> None:
    site.require(Permission.VIEW_GOVERNANCE)
    site.require(Permission.VIEW_PARTICIPANTS)


def _require_case_edit(site: SiteSession) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    site.require(Permission.VIEW_PARTICIPANTS)


def _case_items(session: Session, meeting_id: str) -> list[GM.CaseConferenceItem]:
    c = GM.CaseConferenceItem
    return list(session.scalars(select(c).where(c.meeting_id == meeting_id, c.deleted_at.is_(None))
                                .order_by(c.position, c.created_at)))


def _participants(session: Session, ids: Iterable[str]) -> dict[str, M.Participant]:
    ids = set(ids)
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(M.Participant).where(M.Participant.id.in_(ids))).all()}


def _case_row(row: GM.CaseConferenceItem, person: M.Participant | None) -> CaseItemRow:
    return CaseItemRow(row.id, row.position, row.participant_id, person.lead_number if person else "",
                       display_name(person.first_name, person.last_name) if person else "", row.notes, row.follow_up,
                       row.row_version)


def list_case_items(site: SiteSession, meeting_id: str) -> list[CaseItemRow]:
    """The participants conferenced at an OWG meeting, with the discussion. Audited as a view."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        rows = _case_items(session, meeting.id)
        people = _participants(session, (r.participant_id for r in rows))
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id,
                   participants=[r.participant_id for r in rows])
        return [_case_row(r, people.get(r.participant_id)) for r in rows]


def _case_meeting_for_edit(session: Session, meeting_id: str) -> GM.Meeting:
    meeting = _meeting_for_edit(session, meeting_id)
    body = session.get(GM.GovBody, meeting.body_id)
    if body.kind != "owg":
        raise NotCaseConferencing()
    return meeting


def _check_participant(session: Session, participant_id: object) -> M.Participant:
    person = session.get(M.Participant, str(participant_id))
    if person is None or person.deleted_at is not None or person.merged_into_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a participant on file."), field="participant_id")
    return person


def add_case_item(site: SiteSession, meeting_id: str, values: Mapping) -> CaseItemRow:
    _require_case_edit(site)
    clean = validate(G.CASE_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _case_meeting_for_edit(session, meeting_id)
        person = _check_participant(session, clean["participant_id"])
        items = _case_items(session, meeting.id)
        if any(i.participant_id == person.id for i in items):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This participant is already on the case-conference list."),
                field="participant_id",
            )
        _renumber(items)
        row = GM.CaseConferenceItem(meeting_id=meeting.id, position=len(items) + 1, updated_by=site.actor.account_id,
                                    **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "case_conference_item", row.id, meeting=meeting.id,
                   participant=person.id)
        return _case_row(row, person)


def update_case_item(site: SiteSession, item_id: str, values: Mapping,
                     expected_version: int | None = None) -> CaseItemRow:
    _require_case_edit(site)
    clean = validate(G.CASE_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.CASE_ITEM_FORM, clean,
                      {name: getattr(row, name) for name in G.CASE_ITEM_FORM.names})
        person = _check_participant(session, clean["participant_id"])
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "case_conference_item", row.id, meeting=row.meeting_id,
                   participant=person.id)
        return _case_row(row, person)


def remove_case_item(site: SiteSession, item_id: str) -> None:
    _require_case_edit(site)
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        _renumber(_case_items(session, row.meeting_id))
        site.audit(session, AuditAction.DELETE, "case_conference_item", row.id, meeting=row.meeting_id)


def move_case_item(site: SiteSession, item_id: str, offset: int) -> None:
    _require_case_edit(site)
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        items = _case_items(session, row.meeting_id)
        index = next(i for i, item in enumerate(items) if item.id == row.id)
        target = max(0, min(len(items) - 1, index + offset))
        if target != index:
            items.insert(target, items.pop(index))
            _renumber(items)
            site.audit(session, AuditAction.UPDATE, "case_conference_item", row.id, meeting=row.meeting_id)


def _releases(session: Session, participant_ids: Iterable[str], day: date) -> dict[str, list[M.Consent]]:
    """Consents in force on `day` (signed by then, not expired, not revoked), per participant."""
    ids = set(participant_ids)
    if not ids:
        return {}
    rows = session.scalars(select(M.Consent).where(M.Consent.participant_id.in_(ids), M.Consent.deleted_at.is_(None))).all()
    out: dict[str, list[M.Consent]] = {}
    for consent in rows:
        if consent.signed_on <= day and P.consent_state(consent.expires_on, consent.revoked_on, day) in ("active", "expiring"):
            out.setdefault(consent.participant_id, []).append(consent)
    return out


def _org_aliases(session: Session) -> dict[str, tuple[str, ...]]:
    rows = session.execute(select(GM.GovOrganisation.id, GM.GovOrganisation.name, GM.GovOrganisation.short_name)).all()
    return {r[0]: tuple(n for n in (r[1], r[2]) if n) for r in rows}


def _covers(consents: list[M.Consent], names: tuple[str, ...]) -> bool:
    """A release covers an attendee's organisation when its recipients (or the disclosing party: the
    program itself) name it; see domain.governance.recipients_cover for the matching rule."""
    return any(G.recipients_cover(c.recipients, names) or G.recipients_cover(c.disclosing_party, names)
               for c in consents)


def _sharing_attendees(attendees: list[Attendee]) -> list[Attendee]:
    """Who will hear the case conference: everyone not marked absent or excused (unmarked lines
    count, so the list is useful before the meeting)."""
    return [a for a in attendees if a.status not in ("absent", "excused")]


def consent_gaps(site: SiteSession, meeting_id: str) -> list[ConsentGap]:
    """For each participant on the case-conference list, the attendees whose organisations no release
    in force covers. Releases are checked on the meeting day, or today when the meeting is past
    (domain.governance.consent_day). Attendees without an organisation are never covered."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        items = _case_items(session, meeting.id)
        people = _participants(session, (i.participant_id for i in items))
        day = G.consent_day(meeting.starts_at.date(), _today())
        releases = _releases(session, people, day)
        aliases = _org_aliases(session)
        attendees = _sharing_attendees(_attendees(session, meeting))
        out = []
        for item in items:
            person = people.get(item.participant_id)
            consents = releases.get(item.participant_id, [])
            uncovered = tuple(
                GapAttendee(a.key, a.name, a.organisation)
                for a in attendees
                if not (a.organisation_id and _covers(consents, aliases.get(a.organisation_id, ())))
            )
            out.append(ConsentGap(item.id, item.participant_id, person.lead_number if person else "",
                                  display_name(person.first_name, person.last_name) if person else "",
                                  len(consents), uncovered))
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id, consent_check=True,
                   participants=[i.participant_id for i in items])
        return out


def _names_of(session: Session, person: M.Participant) -> list[str]:
    aliases = session.scalars(select(M.ParticipantAlias.alias).where(
        M.ParticipantAlias.participant_id == person.id, M.ParticipantAlias.deleted_at.is_(None))).all()
    full = " ".join(n for n in (person.first_name, person.middle_name, person.last_name) if n)
    short = " ".join(n for n in (person.first_name, person.last_name) if n)
    return [full, short, person.first_name or "", person.middle_name or "", person.last_name or "",
            person.lead_number, *aliases]


def shared_case_notes(site: SiteSession, meeting_id: str, for_attendee: str) -> SharedCaseNotes:
    """The case-conference notes as `for_attendee` (an Attendee.key) may receive them: participants no
    release in force covers for the attendee's organisation appear as "[participant — no release]",
    and their names, street names and LEAD number are blanked out of the notes too. Audited."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        body = session.get(GM.GovBody, meeting.body_id)
        attendee = next((a for a in _attendees(session, meeting) if a.key == for_attendee), None)
        if attendee is None:
            raise gov.GovernanceRecordNotFound()
        items = _case_items(session, meeting.id)
        people = _participants(session, (i.participant_id for i in items))
        day = G.consent_day(meeting.starts_at.date(), _today())
        releases = _releases(session, people, day)
        names = _org_aliases(session).get(attendee.organisation_id or "", ())
        shared = []
        redacted_ids = []
        for item in items:
            person = people.get(item.participant_id)
            covered = bool(attendee.organisation_id) and _covers(releases.get(item.participant_id, []), names)
            if covered and person is not None:
                shared.append(SharedCaseItem(item.id, display_name(person.first_name, person.last_name),
                                             person.lead_number, False, item.notes or "", item.follow_up or ""))
            else:
                hidden = _names_of(session, person) if person is not None else []
                shared.append(SharedCaseItem(item.id, G.REDACTED, "", True, G.redact(item.notes, hidden),
                                             G.redact(item.follow_up, hidden)))
                redacted_ids.append(item.id)
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id, shared_with=attendee.key,
                   redacted=redacted_ids)
        return SharedCaseNotes(meeting.id, body.name, meeting.starts_at, attendee.name, attendee.organisation,
                               tuple(shared), str(read_setting(session, "site_name")))


# ----- minutes for the PDF ---------------------------------------------------------------------


def minutes_data(site: SiteSession, meeting_id: str) -> MinutesData:
    """Everything the minutes PDF needs, never the case-conference notes (only how many people were discussed)."""
    site.require(Permission.VIEW_GOVERNANCE)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        detail = _detail(session, meeting, viewer_on_server=_viewer_on_server(site))
        site_name = str(read_setting(session, "site_name"))

    def person(a: Attendee) -> MinutesAttendee:
        role_label = "Guest" if a.guest else G.MEMBERSHIP_ROLE.label(a.role)
        return MinutesAttendee(a.name, a.organisation, a.role, role_label, a.status, G.ATTENDANCE.label(a.status),
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


def upcoming_meetings(site: SiteSession, days: int = 30) -> list[MeetingRow]:
    site.require(Permission.VIEW_GOVERNANCE)
    start = datetime.combine(_today(), datetime.min.time())
    return [m for m in list_meetings(site) if start <= m.starts_at < start + timedelta(days=days)][::-1]
