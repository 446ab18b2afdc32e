"""The declarative base every table shares, and the columns every table has.

Every table: UUID key, created/updated stamps, updated_by, soft delete, row version
(DESIGN.md → Data). The model modules (`models_site`, `models_participants`,
`models_referrals`, …) import this module only, never each other, and `storage.models`
imports all of them so every mapper is registered on one metadata before a query runs.

A new row's id is a random UUID, unless a plan for the running call says otherwise (`planned_ids`).

`row_version` is the optimistic lock (migration 0006): SQLAlchemy raises it by one on every
UPDATE and puts the version it loaded into the UPDATE's (or DELETE's) WHERE clause, so a
write over a row someone else changed since it was read fails at flush with StaleDataError
(mapped to a known error by the unit of work). The column is not called `version` because
the screening checklist already has a `version` (its number, released in 0003).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> str:
    return str(uuid.uuid4())


# Working offline (services.offline), a service call's new rows must get the same ids when the call is
# sent to the server later, so that what names them (a new participant's contacts) still does. While
# a call runs, this may hold a function (table name → the id to give a new row of that table) that
# records the ids handed out, or hands out the recorded ones again.
planned_ids: ContextVar[Callable[[str], str] | None] = ContextVar("planned_ids", default=None)


def _row_id(context) -> str:  # noqa: ANN001 - SQLAlchemy's execution context
    plan = planned_ids.get()
    if plan is None:
        return new_id()
    return plan(context.compiled.statement.table.name)


class Base(DeclarativeBase):
    pass


class Stamped:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=_row_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, nullable=False
    )
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - declarative passes the mapped class
        return {"version_id_col": cls.__table__.c.row_version}
