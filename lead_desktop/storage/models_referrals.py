"""Referral intake models (migration 0003): referring officers, versioned screening checklists, referrals.
A referral's agency (and an officer's) is an organization of the site's one list (models_organizations,
migration 0009).

Registered on the shared metadata by `storage.models`, which imports every model module. Vocabulary columns
store the codes from `domain.referrals`; times are the site's local wall-clock time (naive), like
`Contact.at`, and the intake deadline is a plain date.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["ReferringOfficer", "ScreeningChecklist", "Referral"]


class ReferringOfficer(Stamped, Base):
    __tablename__ = "referring_officer"
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    badge: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ScreeningChecklist(Stamped, Base):
    """One version of the site's eligibility checklist. Never edited: a change adds a version."""

    __tablename__ = "screening_checklist"
    version: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    criteria: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list of criteria (domain.referrals)
    change_note: Mapped[str | None] = mapped_column(String(500))


class Referral(Stamped, Base):
    __tablename__ = "referral"
    pathway: Mapped[str] = mapped_column(String(32), nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    outcome_on: Mapped[date | None] = mapped_column(Date)
    referred_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    handoff_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    # The subject, as the referral describes them (copied to a participant on enrollment).
    first_name: Mapped[str | None] = mapped_column(String(80))
    middle_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str | None] = mapped_column(String(80))
    aliases: Mapped[str | None] = mapped_column(String(400))  # comma-separated, as typed
    dob: Mapped[date | None] = mapped_column(Date)
    race_ethnicity: Mapped[str] = mapped_column(String(40), nullable=False)  # HMIS codes joined by ","
    sex: Mapped[str] = mapped_column(String(4), nullable=False)
    # Who referred.
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("referring_officer.id"), index=True)
    referring_person: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    alleged_offences: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    case_manager_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    # Screening: the checklist version it was screened under and the answers given.
    checklist_id: Mapped[str | None] = mapped_column(ForeignKey("screening_checklist.id"))
    screening_answers: Mapped[str | None] = mapped_column(Text)  # JSON {criterion code: true/false}
    screening_result: Mapped[str | None] = mapped_column(String(16))  # eligible / ineligible
    override_result: Mapped[str | None] = mapped_column(String(16))
    override_by: Mapped[str | None] = mapped_column(String(200))
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The legal intake clock (arrest diversion).
    intake_due_on: Mapped[date | None] = mapped_column(Date)
    intake_completed_on: Mapped[date | None] = mapped_column(Date)
    prosecutor_notified_on: Mapped[date | None] = mapped_column(Date)
    prosecutor_notified_how: Mapped[str | None] = mapped_column(String(200))
    charges_filed: Mapped[bool | None] = mapped_column(Boolean)
    charges_filed_on: Mapped[date | None] = mapped_column(Date)
    # Enrollment: set once, by a compare-and-set update (services.referrals.enroll). Not unique:
    # a person referred again later is linked to the same participant record, not duplicated.
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"), index=True)
    # Recorded before the site used LEAD Desktop (a history import, migration 0010): counted in every
    # report, not held to today's intake rules, never in the intake queue.
    recorded_before: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    # Kept up to date by the service for searching.
    sort_name: Mapped[str] = mapped_column(String(170), nullable=False)
    search_text: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        Index("ix_referral_outcome_due", "outcome", "intake_due_on"),
        Index("ix_referral_referred_at", "referred_at"),
        Index("ix_referral_pathway", "pathway"),
    )
