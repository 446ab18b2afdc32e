"""Syncing a working copy with the server: the audit entries recorded offline, the queue sent exactly once,
then the copy refreshed; going offline and back online.

`sync(site)` (the window every minute and on demand, the command line's `sync`):

1. The device must still be the person's and not revoked: a revoked copy is wiped (DeviceRevoked).
2. Audit entries the copy recorded offline go into the server's chain, each once, with their
   original times, marked offline (storage.server_sync).
3. The queue is sent in order. Each operation is the same service call as offline, made on the
   server by a session whose unit of work records the operation's id with `lead_sync_mark` in the
   same transaction as its changes (`_SendingSite`), with the row ids the copy gave (outbox.ReplayPlan)
   and the version the change was based on. Which operations the server applied already (an earlier
   sync interrupted after the server's commit) is asked once at the start: those are not sent again.
   An edit after another edit of the same record waits for the version the first one got on the server.
4. An EditConflict leaves its operation in the queue as "conflict", for the person to decide
   (`keep_mine`, `use_theirs`); another refusal (the record was removed, a rule changed) as
   "failed" with the reason. Later operations on the same records wait behind it; the others go.
   A lost connection, a busy server or a revoked device stops the run: nothing is half-sent.
5. The copy is refreshed (or filled, the first time and after a change of role), with the rows the
   sent operations touched read back, so the copy holds what the server holds.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy import event, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import (
    DatabaseBusy,
    DeviceRevoked,
    EditConflict,
    KnownError,
    NotThisDevice,
    NoWorkingCopy,
    ServerUnreachable,
)
from lead_desktop.services import participants, referrals  # noqa: F401 - their operations register themselves
from lead_desktop.services.exchange import importing  # noqa: F401 - the offline import of contacts
from lead_desktop.services.offline import access, outbox
from lead_desktop.services.offline.copy import WAITING, WorkingCopy, fill, keep_ids, refresh, scope_for
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import server, server_sync
from lead_desktop.storage.base import planned_ids
from lead_desktop.storage.models import AuditEntry, OfflineOperation

log = logging.getLogger(__name__)

AUDIT_BATCH = 200
REREAD = "reread"  # the copy's state: rows to read from the server again at the next sync (table → ids)
STOPS = (ServerUnreachable, DatabaseBusy, DeviceRevoked, NotThisDevice)  # end the run; nothing is wrong with the change


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: list[tuple[str, EditConflict]] = field(default_factory=list)  # (operation id, conflict) found now
    waiting: int = 0  # operations left in the queue
    conflicts_left: int = 0  # of those, waiting for the person's choice
    refused: int = 0  # of those, refused by the server


# ----- sending one operation ---------------------------------------------------------------------------


@dataclass
class _Sending:
    op_id: str
    target: str | None
    device: str
    marked: bool = False
    version: int | None = None


_sending: ContextVar[_Sending | None] = ContextVar("offline_sending", default=None)


class _SendingSite(SiteSession):
    """The person on the server, sending queued calls: each writing unit of work records the operation's id
    in its own transaction. Audit entries are not written again: the copy's, with their original times,
    were sent first (and the server's triggers record every changed row)."""

    def __init__(self, site: SiteSession) -> None:
        super().__init__(site.vault, site.actor, site.lock)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        sending = _sending.get()
        with self.vault.unit_of_work() as session:
            if sending is not None:
                watch = outbox.WriteWatch(session)
                event.listen(session, "before_commit", lambda s: _mark(s, watch, sending))
            yield session

    def audit(self, *_args: object, **_detail: object) -> None:
        return None

    def close(self) -> None:  # the vault is the person's session's
        self.closed = True


def _mark(session: Session, watch: outbox.WriteWatch, sending: _Sending) -> None:
    session.flush()
    if not watch.wrote:
        return
    if sending.marked:
        raise RuntimeError("a queued call wrote in a second unit of work on the server")
    version, _table = outbox.version_of(session, sending.target)
    server_sync.mark_applied(session, sending.device, sending.op_id, version)
    sending.marked, sending.version = True, version


def _send(site: _SendingSite, device: str, op: OfflineOperation) -> int | None:
    operation = outbox.REGISTRY[op.kind]
    payload = json.loads(op.payload)
    arguments = outbox.decode(payload["arguments"])
    if operation.accepts("expected_version"):
        arguments["expected_version"] = op.expected_version
    if operation.accepts("reviewed_duplicates"):
        # The person saw the possible duplicates their copy knew of; the site's merge tool takes it from here.
        arguments["reviewed_duplicates"] = True
    sending = _Sending(op.id, op.target, device)
    token, plan = _sending.set(sending), planned_ids.set(outbox.ReplayPlan(payload["ids"]))
    try:
        result = operation.function(site, **arguments)
    finally:
        planned_ids.reset(plan)
        _sending.reset(token)
    if operation.check is not None:
        operation.check(result)
    return sending.version


# ----- the queue ---------------------------------------------------------------------------------------


def _queue(copy: WorkingCopy) -> list[OfflineOperation]:
    with copy.unit_of_work() as session:
        return list(session.scalars(select(OfflineOperation).where(OfflineOperation.state.in_(WAITING))
                                    .order_by(OfflineOperation.seq)))


def _touched(op: OfflineOperation) -> dict[str, set[str]]:
    payload = json.loads(op.payload)
    out: dict[str, set[str]] = {}
    for table, row_id in payload["ids"]:
        out.setdefault(table, set()).add(row_id)
    if op.target and payload.get("table"):
        out.setdefault(payload["table"], set()).add(op.target)
    return out


def _done(copy: WorkingCopy, op: OfflineOperation, version: int | None) -> None:
    """The server has the operation: off the queue; a later edit of the same record waits for its version."""
    with copy.unit_of_work() as session:
        session.execute(OfflineOperation.__table__.delete().where(OfflineOperation.id == op.id))
        if op.target and op.local_version is not None and version is not None:
            session.execute(update(OfflineOperation).where(
                OfflineOperation.target == op.target, OfflineOperation.expected_version == op.local_version,
                OfflineOperation.state.in_(WAITING)).values(expected_version=version))


def _set_state(copy: WorkingCopy, op_id: str, state: str, problem: str | None = None) -> None:
    with copy.unit_of_work() as session:
        session.execute(update(OfflineOperation).where(OfflineOperation.id == op_id)
                        .values(state=state, problem=problem))


def _problem(error: KnownError) -> str:
    """A refusal kept for the person, in words the window translates again (template and values)."""
    return json.dumps({"template": error.template, "params": {k: str(v) for k, v in error.params.items()}})


def send_queue(site: SiteSession, report: SyncReport, touched: dict[str, set[str]]) -> None:
    copy, device = site.copy, site.copy.device_id
    ops = _queue(copy)
    with site.vault.unit_of_work() as session:
        applied = server_sync.applied(session, device, [op.id for op in ops if op.state == "queued"])
    sender = _SendingSite(site)
    blocked = {key for op in ops if op.state != "queued" for key in json.loads(op.keys)}
    for op in ops:
        keys = set(json.loads(op.keys))
        if op.state != "queued" or keys & blocked:
            blocked |= keys
            continue
        if op.id in applied:
            version = applied[op.id]
        else:
            try:
                version = _send(sender, device, op)
            except EditConflict as conflict:
                _set_state(copy, op.id, "conflict")
                report.conflicts.append((op.id, conflict))
                blocked |= keys
                continue
            except STOPS:
                raise
            except IntegrityError:  # another sync of this copy got there first
                if op.id not in _applied_now(site, device, op.id):
                    raise
                version = None
            except KnownError as error:
                log.info("the server refused a change made offline (%s): %s", op.kind, type(error).__name__)
                _set_state(copy, op.id, "failed", _problem(error))
                blocked |= keys
                continue
        _done(copy, op, version)
        for table, ids in _touched(op).items():
            touched.setdefault(table, set()).update(ids)
        report.sent += 1


def _applied_now(site: SiteSession, device: str, op_id: str) -> dict[str, int | None]:
    with site.vault.unit_of_work() as session:
        return server_sync.applied(session, device, [op_id])


# ----- audit entries recorded offline ----------------------------------------------------------------


def send_audit(site: SiteSession) -> int:
    copy, device = site.copy, site.copy.device_id
    sent = 0
    while True:
        mark = int(copy.state("audit_sent", 0))
        with copy.unit_of_work() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.seq > mark).order_by(AuditEntry.seq)
                                   .limit(AUDIT_BATCH)).all()
        if not rows:
            return sent
        entries = [server_sync.OfflineEntry(r.id, r.at, r.action, r.entity_type, r.entity_id, r.detail)
                   for r in rows if r.action in server_sync.OFFLINE_ACTIONS]
        with site.vault.unit_of_work() as session:
            sent += server_sync.send_audit(session, device, entries)
        copy.set_state("audit_sent", rows[-1].seq)


# ----- the whole sync ------------------------------------------------------------------------------------


def check_reachable(site: SiteSession) -> None:
    """ServerUnreachable (or the certificate's error) unless the server answers now."""
    try:
        with site.vault.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        # The pool is not disposed: another thread may have a connection checked out (it would be cut loose
        # and never closed); dead idle ones are found by the pool's pre-ping at their next checkout.
        raise server.connection_error(exc, site.vault.address) from None


def sync(site: SiteSession) -> SyncReport:
    """Send what waits, bring the copy up to date (see the module's docstring). Works whether the session is
    offline or online; does not change which."""
    copy = site.copy
    if copy is None:
        return SyncReport()
    check_reachable(site)
    device = copy.device_id
    with site.vault.unit_of_work() as session:
        state = server_sync.device_state(session, device)
    if state == "revoked":
        access.remove_copy(site)
        raise DeviceRevoked()
    report = SyncReport()
    send_audit(site)
    touched: dict[str, set[str]] = {table: set(ids) for table, ids in dict(copy.state(REREAD, {})).items()}
    send_queue(site, report, touched)
    keep = keep_ids(copy)
    role, me = site.actor.role, site.actor.account_id
    empty_queue = not _queue(copy)
    if not copy.filled or (copy.scope != scope_for(role) and empty_queue):
        report.received = fill(copy, site.vault, role, me, keep)
    else:
        report.received = refresh(copy, site.vault, role, me, keep, touched)
    copy.set_state(REREAD, {})
    with site.vault.unit_of_work() as session:
        reached = server_sync.touch(session, device)
    copy.set_state("synced_at", reached.isoformat() + ("" if reached.tzinfo else "+00:00"))
    _count(copy, report)
    log.info("synced: %d sent, %d received, %d conflicts", report.sent, report.received, len(report.conflicts))
    return report


def _count(copy: WorkingCopy, report: SyncReport) -> None:
    ops = _queue(copy)
    report.waiting = len(ops)
    report.conflicts_left = sum(op.state == "conflict" for op in ops)
    report.refused = sum(op.state == "failed" for op in ops)


# ----- offline and back ------------------------------------------------------------------------------------


def go_offline(site: SiteSession) -> None:
    """Work on the copy from now on (the server cannot be reached, or the person chose to)."""
    if site.copy is None or not site.copy.filled:
        raise NoWorkingCopy(server=site.vault.address.display())
    site.offline = True
    site.forget_settings()
    if site.listener is not None:
        site.listener.close()
        site.listener = None
    # The pool is kept, not disposed: a connection a page still has checked out would be cut loose from
    # it and never closed. Its idle connections are checked (pre-ping) before the next use online.
    log.info("working offline")


def go_online(site: SiteSession) -> SyncReport:
    """Back to the server: sync first (so the person sees the server's records with their changes in them),
    then every unit of work runs on the server again. Raises (and stays offline) when it cannot."""
    access.reconnect(site)
    report = sync(site)
    site.offline = False
    site.forget_settings()
    log.info("back online")
    return report


# ----- the person's choices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaitingChange:
    id: str
    kind: str
    state: str
    problem: dict | None
    queued_at: object


def waiting_changes(site: SiteSession) -> list[WaitingChange]:
    """What waits to be sent, oldest first."""
    if site.copy is None:
        return []
    return [WaitingChange(op.id, op.kind, op.state, json.loads(op.problem) if op.problem else None, op.queued_at)
            for op in _queue(site.copy)]


def keep_mine(site: SiteSession, op_id: str, current_version: int) -> None:
    """Send the change over the version saved on the server now, at the next sync."""
    with site.copy.unit_of_work() as session:
        session.execute(update(OfflineOperation).where(OfflineOperation.id == op_id)
                        .values(state="queued", problem=None, expected_version=current_version))


def retry(site: SiteSession, op_id: str) -> None:
    """Try a change again at the next sync (a conflict shows its two versions again)."""
    _set_state(site.copy, op_id, "queued")


def use_theirs(site: SiteSession, op_id: str) -> None:
    """Drop the change: the server's version stays and comes back into the copy at the next sync."""
    copy = site.copy
    with copy.unit_of_work() as session:
        op = session.get(OfflineOperation, op_id)
        if op is None:
            return
        kind, target = op.kind, op.target
        touched = _touched(op)
        session.delete(op)
    with site.unit_of_work() as session:
        site.audit(session, AuditAction.OFFLINE_DISCARDED, "offline_change", op_id, kind=kind, target=target)
    if site.offline:
        # The copy still holds the dropped version; the next sync reads these rows from the server again
        # (they may not have changed there since the copy's last refresh, so a refresh alone would skip them).
        reread = {table: set(ids) for table, ids in dict(copy.state(REREAD, {})).items()}
        for table, ids in touched.items():
            reread.setdefault(table, set()).update(ids)
        copy.set_state(REREAD, {table: sorted(ids) for table, ids in reread.items()})
    else:
        refresh(copy, site.vault, site.actor.role, site.actor.account_id, keep_ids(copy), touched)
