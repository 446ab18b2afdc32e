"""Published numbers: the aggregates staff computed on a shared server, kept for viewers.

On a server the database itself refuses a viewer every participant table (storage.server),
so a viewer's reports cannot be counted from the records. Instead, whenever someone else
computes a report's numbers there, services.metrics keeps them in `published_numbers`
(one row per kind and period, replaced each time) and a viewer's report reads that row.
This module is the storage half: the JSON codec and the upsert and lookup.

The codec turns the metrics dataclasses (ProgramReportData, FactSheetNumbers, SnapshotData and
what they hold: Breakdown, CrossTab, Period, Suppressed, …) into JSON and back. Decoding is
driven by the dataclass's own type hints, never by names stored in the JSON, so a row written
with another client cannot make the program build anything but those dataclasses; a row that
does not fit them reads as not prepared.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import types
import typing
from datetime import date, datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.storage import models as M
from lead_desktop.storage import sqlfuncs

log = logging.getLogger(__name__)

PROGRAM, FACT_SHEET, SNAPSHOT = "program", "fact-sheet", "snapshot"
KINDS = (PROGRAM, FACT_SHEET, SNAPSHOT)

T = typing.TypeVar("T")


# ----- the codec: dataclasses ⇄ JSON values ------------------------------------------------


def encode(value: object) -> object:
    """A JSON-ready value: dataclasses become objects of their fields (fields marked json_skip are left
    out), tuples and lists arrays, dates and datetimes ISO text, enums their value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("json_skip")}
    if isinstance(value, Enum):
        return encode(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(kind: type[T] | object, raw: object) -> T:
    """`raw` (from `encode`, through JSON) back into a value of type `kind`, checked all the way down.
    Raises ValueError when it does not fit."""
    try:
        return _decode(kind, raw)
    except (TypeError, KeyError) as exc:
        raise ValueError(str(exc)) from None


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _decode(kind: object, raw: object) -> typing.Any:  # noqa: C901, PLR0911, PLR0912 - one branch per shape
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if kind is typing.Any:
        return raw
    if kind is type(None):
        if raw is not None:
            raise ValueError("expected null")
        return None
    if origin is typing.Union or origin is types.UnionType:
        for option in args:  # in the declared order: Count = int | Suppressed tries int first
            try:
                return _decode(option, raw)
            except (ValueError, TypeError, KeyError):
                continue
        raise ValueError(f"fits none of {kind}")
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(raw, dict):
            raise ValueError(f"expected an object for {kind.__name__}")
        fields = {f.name: f for f in dataclasses.fields(kind) if f.init}
        unknown = set(raw) - set(fields)
        if unknown:
            raise ValueError(f"{kind.__name__} has no fields {sorted(unknown)}")
        hints = _hints(kind)
        values = {}
        for name, f in fields.items():
            if name in raw:
                values[name] = _decode(hints[name], raw[name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValueError(f"{kind.__name__}.{name} missing")
        return kind(**values)
    if origin is tuple:
        if not isinstance(raw, list):
            raise ValueError("expected an array")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in raw)
        if args and len(args) != len(raw):
            raise ValueError("array of the wrong length")
        return tuple(_decode(a, v) for a, v in zip(args, raw)) if args else tuple(raw)
    if origin is list:
        if not isinstance(raw, list):
            raise ValueError("expected an array")
        return [_decode(args[0], v) for v in raw] if args else list(raw)
    if origin is dict:
        if not isinstance(raw, dict):
            raise ValueError("expected an object")
        key_type, value_type = args or (str, typing.Any)
        return {_decode(key_type, k): _decode(value_type, v) for k, v in raw.items()}
    if kind is tuple or kind is list:
        if not isinstance(raw, list):
            raise ValueError("expected an array")
        return kind(raw)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(raw)
    if kind is datetime:
        if not isinstance(raw, str):
            raise ValueError("expected a date and time")
        return datetime.fromisoformat(raw)
    if kind is date:
        if not isinstance(raw, str) or len(raw) != 10:
            raise ValueError("expected a date")
        return date.fromisoformat(raw)
    if kind is bool:
        if not isinstance(raw, bool):
            raise ValueError("expected true or false")
        return raw
    if kind is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError("expected a whole number")
        return raw
    if kind is float:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise ValueError("expected a number")
        return float(raw)
    if kind is str:
        if not isinstance(raw, str):
            raise ValueError("expected text")
        return raw
    if kind is bytes:
        raise ValueError("bytes are never published")
    raise TypeError(f"cannot decode {kind!r}")


def dumps(value: object) -> str:
    return json.dumps(encode(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(kind: type[T], text: str) -> T:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError("not JSON") from exc
    return decode(kind, raw)


# ----- the table ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Published(typing.Generic[T]):
    numbers: T
    computed_at: datetime
    computed_by: str | None  # account id


def store(session: Session, kind: str, start: date, end: date, numbers: object, account_id: str | None) -> None:
    """Keep `numbers` as the published ones for (kind, start, end), replacing what was there. A row whose
    numbers are already these is left as it is: no write, so no audit entry and no change notice to the
    other laptops for nothing. One upsert (storage.sqlfuncs), so two people computing the same report at
    once both succeed (the later one wins) without a version conflict."""
    if kind not in KINDS:
        raise ValueError(kind)
    text = dumps(numbers)
    if session.scalar(select(M.PublishedNumbers.numbers).where(
            M.PublishedNumbers.kind == kind, M.PublishedNumbers.period_start == start,
            M.PublishedNumbers.period_end == end)) == text:
        return
    now = M.utcnow()
    table = M.PublishedNumbers.__table__
    sqlfuncs.upsert(
        session, table,
        dict(id=M.new_id(), kind=kind, period_start=start, period_end=end, numbers=text, computed_at=now,
             computed_by=account_id, created_at=now, updated_at=now, updated_by=account_id),
        key=("kind", "period_start", "period_end"),
        update=("numbers", "computed_at", "computed_by", "updated_at", "updated_by"),
        when_changed="numbers",
        also={"row_version": table.c.row_version + 1},
    )


def load_latest(session: Session, kind: str, on_or_before: date, cls: type[T]) -> Published[T] | None:
    """The newest numbers of a one-day `kind` published on or before a day (None when there are none)."""
    day = session.scalar(select(M.PublishedNumbers.period_start).where(
        M.PublishedNumbers.kind == kind, M.PublishedNumbers.period_start <= on_or_before,
        M.PublishedNumbers.deleted_at.is_(None)).order_by(M.PublishedNumbers.period_start.desc()).limit(1))
    return None if day is None else load(session, kind, day, day, cls)


def load(session: Session, kind: str, start: date, end: date, cls: type[T]) -> Published[T] | None:
    """The published numbers for (kind, start, end) as a `cls`, or None when there are none (or the row
    does not fit `cls`: written by another program version or by hand; logged with its id only)."""
    row = session.execute(select(M.PublishedNumbers.id, M.PublishedNumbers.numbers, M.PublishedNumbers.computed_at,
                                 M.PublishedNumbers.computed_by).where(
        M.PublishedNumbers.kind == kind, M.PublishedNumbers.period_start == start,
        M.PublishedNumbers.period_end == end, M.PublishedNumbers.deleted_at.is_(None))).first()
    if row is None:
        return None
    try:
        numbers = loads(cls, row.numbers)
    except ValueError:
        log.warning("published numbers %s do not fit %s; treated as not prepared", row.id, cls.__name__)
        return None
    return Published(numbers, row.computed_at, row.computed_by)
