"""The site's own tables (migration 0001): settings, staff accounts and the audit log.

Registered on the shared metadata by `storage.models`, which imports every model module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["Setting", "Account", "AuditEntry"]


class Setting(Stamped, Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class Account(Stamped, Base):
    __tablename__ = "account"
    username: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    # The key that wraps the master key in this person's slot; see storage.keyslots.
    # Deferred: loaded only when a local-mode service asks, so ordinary queries never select it (on a
    # server, roles other than administrator may not read this column; see storage.server_schema).
    account_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True, deferred=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AuditEntry(Stamped, Base):
    """Append-only (database triggers refuse UPDATE and DELETE), hash-chained by `seq`."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # ISO-8601 UTC, hashed as text
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)  # user name at the time, or a system label
    action: Mapped[str] = mapped_column(String(48), nullable=False)
    entity_type: Mapped[str | None] = mapped_column(String(48), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON; ids and codes, no names
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)
