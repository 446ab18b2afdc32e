"""Data exchange tables (migration 0005): saved column mappings and the keys of imported records.

Registered on the shared metadata by `storage.models`, which imports every model module.

`ImportKey` remembers, for every record an import created, a stable key of the source row
(its external id, or a hash of its normalised identifying fields), so running the same
import again creates nothing new; it also keeps the source system's id and LEAD number
so later contact and referral imports can link to the participant they name.
"""

from __future__ import annotations

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["ImportMapping", "ImportKey"]


class ImportMapping(Stamped, Base):
    """A saved, reusable column mapping: which source column fills which field, for one kind of record."""

    __tablename__ = "import_mapping"
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    definition: Mapped[str] = mapped_column(Text, nullable=False)  # JSON (domain.exchange.ColumnMapping)


class ImportKey(Stamped, Base):
    __tablename__ = "import_key"
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # participant, contact, referral
    key: Mapped[str] = mapped_column(String(64), nullable=False)  # sha-256 hex of the row's identity
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    import_id: Mapped[str] = mapped_column(String(36), nullable=False)  # one run of an import
    external_id: Mapped[str | None] = mapped_column(String(100))  # the source system's id for the record
    source_number: Mapped[str | None] = mapped_column(String(40))  # a LEAD number from another site

    __table_args__ = (
        UniqueConstraint("kind", "key", name="uq_import_key_kind_key"),
        Index("ix_import_key_external", "kind", "external_id"),
        Index("ix_import_key_number", "kind", "source_number"),
        Index("ix_import_key_record", "record_id"),
    )
