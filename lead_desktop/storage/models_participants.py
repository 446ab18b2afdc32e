"""Participants and case management (migration 0002): the person, aliases, contacts, assessments,
plan goals, service linkages, housing history, legal cases, consents with their scanned forms,
disclosures, and undoable merges. Migration 0010 added the HMIS subsidy types and the data systems
a consent names.

Vocabulary columns store the stable codes of the enums in `domain`. Registered on the shared
metadata by `storage.models`, which imports every model module.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = [
    "Participant", "ParticipantAlias", "Contact", "Assessment", "PlanGoal", "ServiceLinkage", "HousingStatus",
    "LegalCase", "Consent", "ConsentDocument", "Disclosure", "ParticipantMerge",
]

class Participant(Stamped, Base):
    __tablename__ = "participant"
    sequence: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    lead_number: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    first_name: Mapped[str | None] = mapped_column(String(80))
    middle_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str | None] = mapped_column(String(80))
    name_quality: Mapped[str] = mapped_column(String(4), nullable=False)
    dob: Mapped[date | None] = mapped_column(Date)
    dob_quality: Mapped[str] = mapped_column(String(4), nullable=False)
    race_ethnicity: Mapped[str] = mapped_column(String(40), nullable=False)  # codes joined by ","
    sex: Mapped[str] = mapped_column(String(4), nullable=False)
    gender_identity: Mapped[str | None] = mapped_column(String(80))
    veteran_status: Mapped[str] = mapped_column(String(4), nullable=False)
    disabling_condition: Mapped[str] = mapped_column(String(4), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    where_to_find: Mapped[str | None] = mapped_column(Text)
    case_manager_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    enrolled_on: Mapped[date] = mapped_column(Date, nullable=False)
    # Where a history import took the enrollment date from when the people sheet had none (migration 0010):
    # domain.exchange.history's ENROLLMENT_SOURCES; None when it was typed. Cleared when the date is edited.
    enrolled_on_source: Mapped[str | None] = mapped_column(String(20))
    exit_date: Mapped[date | None] = mapped_column(Date)
    exit_reason: Mapped[str | None] = mapped_column(String(32))
    exit_destination: Mapped[str | None] = mapped_column(String(4))
    exit_destination_subsidy: Mapped[str | None] = mapped_column(String(4))  # migration 0011
    vocab_version: Mapped[str] = mapped_column(String(12), nullable=False)
    # Kept up to date by the service for fast lists and searches.
    sort_name: Mapped[str] = mapped_column(String(170), nullable=False)  # folded "last, first"
    search_text: Mapped[str] = mapped_column(Text, nullable=False)  # folded LEAD number | names | aliases
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"))

    __table_args__ = (
        Index("ix_participant_sort_name", "sort_name"),
        Index("ix_participant_case_manager", "case_manager_id"),
        Index("ix_participant_status", "status"),
        Index("ix_participant_last_contact", "last_contact_at"),
        Index("ix_participant_dob", "dob"),
        # Serves the list's default order and every search keystroke from the index alone.
        Index(
            "ix_participant_list",
            "sort_name",
            "sequence",
            "search_text",
            "id",
            sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
        ),
    )


class ParticipantAlias(Stamped, Base):
    __tablename__ = "participant_alias"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    alias: Mapped[str] = mapped_column(String(80), nullable=False)


class Contact(Stamped, Base):
    __tablename__ = "contact"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    contact_type: Mapped[str] = mapped_column(String(20), nullable=False)
    location: Mapped[str | None] = mapped_column(String(200))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    unable_to_locate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    # A person's contacts in time order; the last two columns let the program report count a period's
    # contacts that reached people from the index alone (migration 0012).
    __table_args__ = (Index("ix_contact_participant_at", "participant_id", "at", "unable_to_locate", "deleted_at"),)


class Assessment(Stamped, Base):
    __tablename__ = "assessment"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessor_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    needs: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {domain code: need level code}
    summary: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Stamped, Base):
    __tablename__ = "plan_goal"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    goal: Mapped[str] = mapped_column(String(500), nullable=False)
    domain: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    set_on: Mapped[date] = mapped_column(Date, nullable=False)
    target_date: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class ServiceLinkage(Stamped, Base):
    __tablename__ = "service_linkage"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    service_type: Mapped[str] = mapped_column(String(32), nullable=False)
    provider: Mapped[str | None] = mapped_column(String(200))
    referred_on: Mapped[date] = mapped_column(Date, nullable=False)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    outcome_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class HousingStatus(Stamped, Base):
    __tablename__ = "housing_status"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    effective_on: Mapped[date] = mapped_column(Date, nullable=False)
    living_situation: Mapped[str] = mapped_column(String(4), nullable=False)
    subsidy_type: Mapped[str | None] = mapped_column(String(4))  # migration 0011
    vocab_version: Mapped[str] = mapped_column(String(12), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class LegalCase(Stamped, Base):
    __tablename__ = "legal_case"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    jurisdiction: Mapped[str] = mapped_column(String(120), nullable=False)
    case_number: Mapped[str | None] = mapped_column(String(60))
    charges: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    next_court_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False), index=True)
    prosecutor_contact: Mapped[str | None] = mapped_column(String(200))
    defender_contact: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class Consent(Stamped, Base):
    __tablename__ = "consent"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    consent_type: Mapped[str] = mapped_column(String(32), nullable=False)
    sud: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    disclosing_party: Mapped[str] = mapped_column(String(300), nullable=False)
    recipients: Mapped[str] = mapped_column(Text, nullable=False)  # one per line
    # Data systems the consent names (vocab.CONSENT_RECIPIENT_KIND codes joined by ","); migration 0011.
    recipient_kinds: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    information: Mapped[str] = mapped_column(String(200), nullable=False)  # codes joined by ","
    information_detail: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(500), nullable=False)
    right_to_revoke_explained: Mapped[bool] = mapped_column(Boolean, nullable=False)
    signer: Mapped[str] = mapped_column(String(20), nullable=False)
    representative_name: Mapped[str | None] = mapped_column(String(120))
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    expiry_event: Mapped[str | None] = mapped_column(String(200))
    revoked_on: Mapped[date | None] = mapped_column(Date)


class ConsentDocument(Stamped, Base):
    """The scanned signed form, kept inside the encrypted database, never as a loose file."""

    __tablename__ = "consent_document"
    consent_id: Mapped[str] = mapped_column(ForeignKey("consent.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(80), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Disclosure(Stamped, Base):
    __tablename__ = "disclosure"
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consent.id"))
    disclosed_on: Mapped[date] = mapped_column(Date, nullable=False)
    recipient: Mapped[str] = mapped_column(String(200), nullable=False)
    information: Mapped[str] = mapped_column(Text, nullable=False)
    purpose: Mapped[str | None] = mapped_column(String(300))
    reason_without_consent: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))


class ParticipantMerge(Stamped, Base):
    """A reviewable, undoable merge: which rows moved from the merged record to the kept one."""

    __tablename__ = "participant_merge"
    kept_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    merged_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), nullable=False, index=True)
    moved: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {table: [row ids]}
    merged_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
