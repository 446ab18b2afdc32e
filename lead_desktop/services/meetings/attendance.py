"""Who is at a meeting, and whether the body's rule is met.

The attendance lines are the body's roster on the meeting's day merged with what was recorded,
then the guests; the rule (quorum, or the PCG's consensus with one voice per agency) is computed
live from them (domain.governance.evaluate_rule). Marking attendance is
services.meetings.meetings (set_attendance, add_guest, remove_guest), which returns the meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.governance.organizations import _org_names
from lead_desktop.storage import models_governance as GM


@dataclass(frozen=True)
class Attendee:
    """One line of attendance. `key` is the membership id for a roster member, the attendance id for a guest."""

    key: str
    attendance_id: str | None
    membership_id: str | None
    person_id: str | None
    name: str
    organisation_id: str | None
    organization: str
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


def _roster(session: Session, body_id: str, day: date) -> list[GM.Membership]:
    m = GM.Membership
    rows = session.scalars(select(m).where(m.body_id == body_id, m.deleted_at.is_(None))).all()
    return [r for r in rows if G.in_term(r.term_start, r.term_end, day)]


_ROLE_ORDER = {code: i for i, code in enumerate(G.MEMBERSHIP_ROLE.codes())}


def _attendees(session: Session, meeting: GM.Meeting) -> list[Attendee]:
    """The roster on the meeting's day merged with what was recorded, then the guests."""
    orgs = _org_names(session)
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
    out.sort(key=lambda a: (_ROLE_ORDER.get(a.role, 9), a.organization.casefold(), a.name.casefold()))
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
    orgs = _org_names(session)

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
