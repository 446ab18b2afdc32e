"""Governance and meetings tables (migration 0004): people, bodies, seats, memberships,
meetings with agenda, attendance, decisions, action items (with their status history), minutes
amendments, and OWG case-conference items kept apart from the governance minutes. Their
`organisation_id` columns name an organization of the site's one list (models_organizations).

Registered on the shared metadata by storage.models, which imports every model module; import
storage.models too wherever this module is used, so the tables its foreign keys name are there.
The services use it as `models_governance`.
Codes are the vocabularies of domain.governance. No foreign-key cycles between tables, so rows
can be inserted parents first.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = [
    "GovPerson",
    "GovBody",
    "BodySeat",
    "Membership",
    "Meeting",
    "AgendaItem",
    "Attendance",
    "Decision",
    "ActionItem",
    "ActionItemUpdate",
    "MinutesAmendment",
    "CaseConferenceItem",
]


class GovPerson(Stamped, Base):
    __tablename__ = "gov_person"
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class GovBody(Stamped, Base):
    __tablename__ = "gov_body"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    area: Mapped[str | None] = mapped_column(String(120))
    in_development: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    rule: Mapped[str] = mapped_column(String(40), nullable=False)
    quorum_count: Mapped[int | None] = mapped_column(Integer)
    quorum_percent: Mapped[int | None] = mapped_column(Integer)
    meets: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)


class BodySeat(Stamped, Base):
    """Seats a body's charter provides: per organization, or open (organization empty)."""

    __tablename__ = "gov_body_seat"
    body_id: Mapped[str] = mapped_column(ForeignKey("gov_body.id"), nullable=False, index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    seats: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(String(200))


class Membership(Stamped, Base):
    __tablename__ = "gov_membership"
    body_id: Mapped[str] = mapped_column(ForeignKey("gov_body.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("gov_person.id"), nullable=False, index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    term_start: Mapped[date] = mapped_column(Date, nullable=False)
    term_end: Mapped[date | None] = mapped_column(Date, index=True)
    decision_authority: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    confidentiality_signed_on: Mapped[date | None] = mapped_column(Date)
    alternate_for_id: Mapped[str | None] = mapped_column(ForeignKey("gov_membership.id"))


class Meeting(Stamped, Base):
    __tablename__ = "meeting"
    body_id: Mapped[str] = mapped_column(ForeignKey("gov_body.id"), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    place: Mapped[str | None] = mapped_column(String(200))
    virtual_link: Mapped[str | None] = mapped_column(String(500))
    next_meeting_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    minutes_status: Mapped[str] = mapped_column(String(16), nullable=False)
    circulated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set on the meeting whose minutes were approved: the later meeting that approved them.
    approved_at_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    approved_on: Mapped[date | None] = mapped_column(Date)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_meeting_body_starts", "body_id", "starts_at"),)


class AgendaItem(Stamped, Base):
    __tablename__ = "meeting_agenda_item"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    presenter: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)


class Attendance(Stamped, Base):
    """One line of a meeting's attendance: a roster member (membership) or a guest.

    `role` and `organisation_id` are copied from the membership when the line is first written,
    so minutes keep the organization and role the person attended in.
    """

    __tablename__ = "meeting_attendance"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    membership_id: Mapped[str | None] = mapped_column(ForeignKey("gov_membership.id"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("gov_person.id"))
    guest_name: Mapped[str | None] = mapped_column(String(120))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(200))


class Decision(Stamped, Base):
    __tablename__ = "meeting_decision"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_agenda_item.id"))
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    mover: Mapped[str | None] = mapped_column(String(120))
    seconder: Mapped[str | None] = mapped_column(String(120))
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    # The eligibility-criteria version (screening checklist) this decision introduced, or a new intake deadline.
    criteria_version_id: Mapped[str | None] = mapped_column(ForeignKey("screening_checklist.id"))
    intake_deadline_days: Mapped[int | None] = mapped_column(Integer)


class ActionItem(Stamped, Base):
    """An action from a meeting; `status` is the current one, ActionItemUpdate rows its history."""

    __tablename__ = "meeting_action_item"
    body_id: Mapped[str] = mapped_column(ForeignKey("gov_body.id"), nullable=False, index=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_agenda_item.id"))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[str] = mapped_column(String(120), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date)


class ActionItemUpdate(Stamped, Base):
    """A status given to an action item, at a meeting (`at` = its start) or between meetings."""

    __tablename__ = "meeting_action_update"
    action_item_id: Mapped[str] = mapped_column(ForeignKey("meeting_action_item.id"), nullable=False, index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)


class MinutesAmendment(Stamped, Base):
    """A change to approved minutes, recorded beside them (the minutes themselves no longer change)."""

    __tablename__ = "meeting_amendment"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    proposed_by: Mapped[str | None] = mapped_column(String(120))
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class CaseConferenceItem(Stamped, Base):
    """OWG case conferencing: names a participant, so it lives apart from the governance minutes."""

    __tablename__ = "case_conference_item"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
