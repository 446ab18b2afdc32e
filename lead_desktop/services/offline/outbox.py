"""The outbox: service calls that may run offline, kept as queued operations in the working copy.

A service function marked `@queued("area.name", …)` runs as always online. On a session working
offline (`site.offline`), it runs on the copy, and the unit of work it writes in
(`offline_session`) keeps the call, in the same transaction, as an `OfflineOperation`: its
arguments (encoded by `encode`: dates, bytes, paths, tuples and the dataclasses the operation says
it carries survive the trip), the ids its new rows were given (so the same call on the server
gives them the same ids: storage.base.planned_ids), the record it changes and the version it was
based on (`expected_version`). A change or its operation is never kept without the other.

Every other change offline is refused there with NeedsServer: the offline unit of work watches
each flush and each UPDATE/INSERT/DELETE statement, and lets through, outside a queued call, only
the copy's own bookkeeping (the audit log, drafts, the queue). So what cannot be queued cannot be
lost either.

A queued call must write in one unit of work (every service marked here does); a second writing
unit of work inside one call is a bug and is refused loudly.

services.offline.sync sends the operations: it decodes the arguments, hands the recorded ids out
again (`ReplayPlan`) and calls the same function on the server.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import inspect
import json
import logging
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import NeedsServer
from lead_desktop.storage.base import new_id, planned_ids
from lead_desktop.storage.models import AuditEntry, Draft, OfflineOperation, OfflineState

log = logging.getLogger(__name__)

# Tables the copy writes for itself: never a reason to queue, never given planned ids.
BOOKKEEPING = frozenset({AuditEntry.__tablename__, Draft.__tablename__, OfflineOperation.__tablename__,
                         OfflineState.__tablename__})
ID_PARAMETERS = ("participant_id", "record_id", "referral_id", "consent_id", "agency_id", "officer_id")  # arguments that name a record
NOT_KEPT = ("site", "progress", "cancelled")  # arguments that are the caller's, not the change's


# ----- encoding arguments ------------------------------------------------------------------------


_CARRIED: dict[str, type] = {}  # dataclasses an operation's arguments may hold, by name


def _encode(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, datetime):
        return {"~dt": value.isoformat()}
    if isinstance(value, date):
        return {"~d": value.isoformat()}
    if isinstance(value, time):
        return {"~tm": value.isoformat()}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"~b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Decimal):
        return {"~n": str(value)}
    if isinstance(value, Path):
        return {"~p": str(value)}
    if isinstance(value, tuple):
        return {"~t": [_encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"~s": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {"~m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    name = f"{type(value).__module__}.{type(value).__qualname__}"
    if dataclasses.is_dataclass(value) and _CARRIED.get(name) is type(value):
        return {"~c": name, "f": {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise TypeError(f"an argument of type {name} cannot be queued")


def _decode(value: object) -> object:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "~c" in value:
        return _CARRIED[value["~c"]](**{k: _decode(v) for k, v in value["f"].items()})
    ((tag, body),) = value.items()
    if tag == "~dt":
        return datetime.fromisoformat(body)
    if tag == "~d":
        return date.fromisoformat(body)
    if tag == "~tm":
        return time.fromisoformat(body)
    if tag == "~b":
        return base64.b64decode(body)
    if tag == "~n":
        return Decimal(body)
    if tag == "~p":
        return Path(body)
    if tag == "~t":
        return tuple(_decode(v) for v in body)
    if tag == "~s":
        return frozenset(_decode(v) for v in body)
    if tag == "~m":
        return {_decode(k): _decode(v) for k, v in body}
    raise ValueError("not an encoded argument")


def encode(arguments: dict) -> str:
    return json.dumps({k: _encode(v) for k, v in arguments.items()}, sort_keys=True, separators=(",", ":"))


def decode(text: str) -> dict:
    return {k: _decode(v) for k, v in json.loads(text).items()}


# ----- the operations a service offers offline ---------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    kind: str
    function: Callable
    signature: inspect.Signature
    target: str | None  # the argument naming the record it changes (None, or None given: the first row it makes)
    check: Callable[[object], None] | None  # sent to the server: raise when the result says it did nothing

    def accepts(self, name: str) -> bool:
        return name in self.signature.parameters


REGISTRY: dict[str, Operation] = {}


@dataclass
class _Call:
    """A queued call running on the copy now."""

    operation: Operation
    arguments: dict
    ids: list[tuple[str, str]] = field(default_factory=list)
    recorded: bool = False

    def plan(self, table: str) -> str:
        row_id = new_id()
        if table not in BOOKKEEPING:
            self.ids.append((table, row_id))
        return row_id


_running: ContextVar[_Call | None] = ContextVar("offline_call", default=None)


def queued(kind: str, *, target: str | None = None, carries: tuple[type, ...] = (),
           check: Callable[[object], None] | None = None) -> Callable[[Callable], Callable]:
    """Mark a service function `f(site, …)` as one that may run offline (see the module's docstring).
    `target`: the argument naming the record it changes (a call that makes a record names the first row
    it writes); `carries`: dataclasses its arguments may hold; `check(result)`: on the server, raise when
    the result says the call was refused without raising (an import that found problems)."""

    def wrap(function: Callable) -> Callable:
        signature = inspect.signature(function)
        operation = Operation(kind, function, signature, target, check)
        REGISTRY[kind] = operation
        for carried in carries:
            _CARRIED[f"{carried.__module__}.{carried.__qualname__}"] = carried

        @functools.wraps(function)
        def run(site, *args, **kwargs):  # noqa: ANN001, ANN202 - the service's own signature
            if not getattr(site, "offline", False) or _running.get() is not None:
                return function(site, *args, **kwargs)
            bound = signature.bind(site, *args, **kwargs)
            bound.apply_defaults()
            arguments = {k: v for k, v in bound.arguments.items() if k not in NOT_KEPT}
            call = _Call(operation, arguments)
            running, plan = _running.set(call), planned_ids.set(call.plan)
            try:
                return function(site, *args, **kwargs)
            finally:
                planned_ids.reset(plan)
                _running.reset(running)

        run.operation = operation  # type: ignore[attr-defined]
        return run

    return wrap


class ReplayPlan:
    """The ids a queued call's rows were given on the copy, handed out again in the same order."""

    def __init__(self, ids: list) -> None:
        self._ids: dict[str, deque[str]] = defaultdict(deque)
        for table, row_id in ids:
            self._ids[table].append(row_id)

    def __call__(self, table: str) -> str:
        waiting = self._ids.get(table)
        return waiting.popleft() if waiting else new_id()


# ----- watching a unit of work's writes --------------------------------------------------------------


class WriteWatch:
    """Whether a session changed anything beyond the copy's bookkeeping. With `refuse`, such a change
    raises NeedsServer at once (working offline outside a queued call)."""

    def __init__(self, session: Session, refuse: bool = False) -> None:
        self.wrote = False
        self.refuse = refuse
        event.listen(session, "after_flush", self._after_flush)
        event.listen(session, "do_orm_execute", self._on_execute)

    def _changed(self) -> None:
        self.wrote = True
        if self.refuse:
            raise NeedsServer()

    def _after_flush(self, session: Session, _context) -> None:  # noqa: ANN001
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table not in BOOKKEEPING and (obj not in session.dirty or session.is_modified(obj)):
                self._changed()
                return

    def _on_execute(self, state) -> None:  # noqa: ANN001 - SQLAlchemy's ORMExecuteState
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if getattr(table, "name", None) not in BOOKKEEPING:
                self._changed()


def version_of(session: Session, row_id: str | None) -> tuple[int | None, str | None]:
    """The row version and table of the row `row_id` as this session holds it (None, None: not held)."""
    if row_id is None:
        return None, None
    for obj in session.identity_map.values():
        if getattr(obj, "id", None) == row_id and hasattr(obj, "row_version"):
            return int(obj.row_version), obj.__tablename__
    return None, None


# ----- the offline unit of work ---------------------------------------------------------------------


@contextmanager
def offline_session(unit_of_work: Callable[[], AbstractContextManager[Session]]) -> Iterator[Session]:
    """A unit of work on the copy (`unit_of_work`) for a session working offline: changes only inside a
    queued call, each kept with its operation in the same transaction."""
    call = _running.get()
    with unit_of_work() as session:
        watch = WriteWatch(session, refuse=call is None)
        if call is not None:
            event.listen(session, "before_commit", lambda s: _keep(s, watch, call))
        yield session


def _keep(session: Session, watch: WriteWatch, call: _Call) -> None:
    session.flush()
    if not watch.wrote:
        return
    if call.recorded:
        raise RuntimeError(f"the queued call {call.operation.kind} wrote in a second unit of work")
    operation, arguments = call.operation, call.arguments
    target = arguments.get(operation.target) if operation.target else None
    if target is None and call.ids:
        target = call.ids[0][1]
    version, table = version_of(session, target)
    keys = {target, *(arguments.get(name) for name in ID_PARAMETERS), *(row_id for _t, row_id in call.ids)}
    seq = (session.scalar(select(func.max(OfflineOperation.seq))) or 0) + 1
    session.add(OfflineOperation(
        seq=seq, kind=operation.kind,
        payload=json.dumps({"arguments": encode(arguments), "ids": call.ids, "table": table}),
        target=target, keys=json.dumps(sorted(k for k in keys if isinstance(k, str) and k)),
        expected_version=arguments.get("expected_version"), local_version=version, state="queued",
        queued_at=datetime.now(timezone.utc),
    ))
    call.recorded = True
    log.info("change queued offline (%s)", operation.kind)
