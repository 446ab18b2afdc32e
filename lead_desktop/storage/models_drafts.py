"""Drafts (migration 0008): what a person typed into a form and has not saved yet, kept encrypted.

Registered on the shared metadata by `storage.models`, which imports every model module.

A row belongs to its author (`author`: the account's id, or "recovery-key" for a session opened
with the recovery key) and is read back only by that author (services.drafts). It says which form
(`form`: "contact", "participant", "referral", …), which record (`record_id`, or none for a new
one), how the window opens that form again (`opener` and `context`, ids only), the values as the
form holds them (`content`, JSON), the version of the record the edit started from (`base_version`,
so a record changed meanwhile is shown as an edit conflict instead of being overwritten) and when
(`saved_at`). `slot` is the form's identity as one string, so reopening a form finds its draft
with one indexed look-up. The window's own place at a lock (section, open profiles, open forms) is
one more row of the author's, with `form` "window".

The table has no foreign key on purpose: the same table also lives in a laptop's small local
drafts file for a site on a shared server (storage.draft_store), which has no account table, and
could later live in that laptop's offline working copy of a server site. On a shared server the
table exists (the migrations are the same) but no staff role may touch it (storage.server_schema),
and nothing is ever written there: a server site's drafts stay on the laptop.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["Draft", "WINDOW_FORM"]

WINDOW_FORM = "window"  # the row that keeps the window's place through a lock


class Draft(Stamped, Base):
    __tablename__ = "draft"
    author: Mapped[str] = mapped_column(String(36), nullable=False)
    form: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str | None] = mapped_column(String(36))
    opener: Mapped[str] = mapped_column(String(40), nullable=False)
    context: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: ids the opener needs
    slot: Mapped[str] = mapped_column(String(400), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: the form's raw input
    base_version: Mapped[int | None] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (Index("ix_draft_author_slot", "author", "slot"),)
