"""The hash-chained audit log.

Each entry's hash covers the previous entry's hash and the entry's own fields,
so changing, inserting or removing an entry in the middle breaks every hash
after it. Database triggers (see the first migration) refuse UPDATE and DELETE.
Details hold ids and codes only, never names, notes or keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lead_desktop.storage.models import AuditEntry, new_id, utcnow

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, seq: int, at: str, actor_id: str | None, actor: str, action: str,
                entity_type: str | None, entity_id: str | None, detail: str, ascii_only: bool = True) -> str:
    body = json.dumps([seq, at, actor_id, actor, action, entity_type, entity_id, detail], separators=(",", ":"),
                      ensure_ascii=ascii_only)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _server_append(session: Session, action: str, actor_id: str | None, entity_type: str | None,
                   entity_id: str | None, detail_text: str) -> None:
    """On the server the entry goes in through the database's lead_audit_entry (storage.server_sql), which
    takes only the program's actions and fills in who (the connected role) and when; the trigger numbers
    and hashes it. Nobody may insert into the log directly, and only administrators read it. The account
    id passed is used only for the owner's own entries (the owner has no account)."""
    session.execute(text("SELECT lead_audit_entry(:action, :entity_type, :entity_id, :detail, :actor_id)"),
                    {"action": str(action), "entity_type": entity_type, "entity_id": entity_id,
                     "detail": detail_text, "actor_id": actor_id})


def append(
    session: Session,
    action: str,
    *,
    actor_id: str | None,
    actor: str,
    entity_type: str | None = None,
    entity_id: str | None = None,
    detail: dict | None = None,
    at: datetime | None = None,
) -> AuditEntry | None:
    """Add an entry (None on the server, where the database writes it; see `_server_append`)."""
    if session.get_bind().dialect.name == "postgresql":
        detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
        _server_append(session, action, actor_id, entity_type, entity_id, detail_text)
        return None
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="microseconds")
    detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    entry = AuditEntry(
        seq=seq,
        at=stamp,
        actor_id=actor_id,
        actor=actor,
        action=str(action),
        entity_type=entity_type,
        entity_id=entity_id,
        detail=detail_text,
        prev_hash=prev,
        hash=_entry_hash(prev, seq, stamp, actor_id, actor, str(action), entity_type, entity_id, detail_text),
        updated_by=actor_id,
    )
    session.add(entry)
    session.flush()
    return entry


def append_many(session: Session, action: str, entries: list[tuple[str | None, str | None, dict | None]], *,
                actor_id: str | None, actor: str) -> None:
    """Many entries of one action at once, chained as `append` chains them: (entity type, entity id, detail)
    each. An import of a site's history writes a hundred thousand records in one transaction; one INSERT
    for all their entries keeps that within seconds."""
    if not entries:
        return
    now = utcnow()
    if session.get_bind().dialect.name == "postgresql":  # through lead_audit_entry, as `append` (one batch)
        session.execute(text("SELECT lead_audit_entry(:action, :entity_type, :entity_id, :detail, :actor_id)"), [
            {"action": str(action), "entity_type": kind, "entity_id": entity_id,
             "detail": json.dumps(detail or {}, sort_keys=True, separators=(",", ":")), "actor_id": actor_id}
            for kind, entity_id, detail in entries])
        return
    session.flush()
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    stamp = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    rows = []
    for kind, entity_id, detail in entries:
        seq += 1
        detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
        digest = _entry_hash(prev, seq, stamp, actor_id, actor, str(action), kind, entity_id, detail_text)
        rows.append({"id": new_id(), "seq": seq, "at": stamp, "actor_id": actor_id, "actor": actor,
                     "action": str(action), "entity_type": kind, "entity_id": entity_id, "detail": detail_text,
                     "prev_hash": prev, "hash": digest, "updated_by": actor_id, "created_at": now,
                     "updated_at": now})
        prev = digest
    session.execute(AuditEntry.__table__.insert(), rows)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_seq = 0
    while True:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.seq > last_seq).order_by(AuditEntry.seq).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for e in rows:
            if e.seq != expected_seq:
                return ChainCheck(False, count, e.seq, f"entry {expected_seq} is missing")
            if e.prev_hash != prev:
                return ChainCheck(False, count, e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}")
            fields = (prev, e.seq, e.at, e.actor_id, e.actor, e.action, e.entity_type, e.entity_id, e.detail)
            # Entries written by the server's trigger keep non-ASCII characters unescaped.
            if e.hash not in (_entry_hash(*fields), _entry_hash(*fields, ascii_only=False)):
                return ChainCheck(False, count, e.seq, f"entry {e.seq} was altered")
            prev = e.hash
            expected_seq += 1
            count += 1
            last_seq = e.seq
        session.expunge_all()
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    if total != count:
        return ChainCheck(False, count, None, "the log holds entries outside the chain")
    return ChainCheck(True, count)


def head(session: Session) -> tuple[int, str] | None:
    """The newest entry's (number, hash), or None for an empty log. On a server through the database's
    lead_audit_head(), which anyone signed in may call (only administrators read the log itself)."""
    if session.get_bind().dialect.name == "postgresql":
        row = session.execute(text("SELECT head_seq, head_hash FROM lead_audit_head()")).one()
    else:
        row = session.execute(select(AuditEntry.seq.label("head_seq"), AuditEntry.hash.label("head_hash"))
                              .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return None if row is None or row.head_seq is None else (int(row.head_seq), str(row.head_hash))


def hash_at(session: Session, seq: int) -> str | None:
    """Entry `seq`'s hash, or None when there is no such entry."""
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(text("SELECT lead_audit_hash_at(:s)"), {"s": int(seq)}).scalar()
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == int(seq)))


def newest_entry_time(action: str):  # noqa: ANN201 - a select
    """When the newest entry of `action` was written (its `at`), as a query."""
    return select(func.max(AuditEntry.at)).where(AuditEntry.action == action)
