"""A server site's working copy on a laptop (migration 0014): the queue of changes made offline and the
copy's own bookkeeping.

Registered on the shared metadata by `storage.models`, which imports every model module.

Both tables live in every database the migrations build, but they hold rows only in a laptop's
working copy of a server site (services.offline, storage.working_copy): on a laptop site they stay
empty, and on a server no staff role may touch them (storage.server_schema's laptop-only tables),
nor does a move copy them (storage.transfer).

`OfflineOperation` is one change made while offline, waiting to be sent: which service call
(`kind`), its arguments (`payload`, JSON with typed dates and bytes), the record it changes
(`target`) and every record it names (`keys`, so a change on a record waits behind an earlier one
on the same record), the version the change was based on (`expected_version`) and the version the
copy gave it (`local_version`). `seq` is the order of sending. `state` is "queued", "conflict"
(someone changed the record on the server meanwhile: it waits for the person's choice) or "failed"
(the server refused it; `problem` says why, in the program's words).

`OfflineState` is the copy's own key/value bookkeeping (the device's id, the server's change
sequence reached, the audit entries already sent, when it last reached the server): never
refreshed from the server, unlike `setting`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["OfflineOperation", "OfflineState", "COPY_ONLY_TABLES"]

COPY_ONLY_TABLES = ("offline_operation", "offline_state")


class OfflineOperation(Stamped, Base):
    __tablename__ = "offline_operation"
    seq: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(60), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    target: Mapped[str | None] = mapped_column(String(36))
    keys: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list of record ids
    expected_version: Mapped[int | None] = mapped_column(Integer)
    local_version: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="queued")
    problem: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class OfflineState(Stamped, Base):
    __tablename__ = "offline_state"
    key: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
