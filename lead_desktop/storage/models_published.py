"""Published numbers (migration 0007): the aggregates of a report, kept for viewers on a shared server.

Registered on the shared metadata by `storage.models`, which imports every model module.

On a server the database refuses viewers every participant table (storage.server_schema), so a
viewer cannot count anything. Whenever a project manager, case manager or administrator
computes a report's numbers there, services.metrics also keeps them here — one row per kind
and period, replaced by the next computation — and a viewer's report reads them instead.

`numbers` holds the metrics service's dataclass as JSON (services.published encodes it):
counts in breakdowns and cross tables, category labels, staff names of the caseload table,
never a participant's name, number or id.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["PublishedNumbers"]


class PublishedNumbers(Stamped, Base):
    __tablename__ = "published_numbers"
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # program, fact-sheet, snapshot
    # program: the report's period; fact-sheet: the day it is as of (start = end);
    # snapshot: the meeting's day (start = end).
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    numbers: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, see services.published
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    computed_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"))

    __table_args__ = (
        UniqueConstraint("kind", "period_start", "period_end", name="uq_published_numbers_period"),
    )
