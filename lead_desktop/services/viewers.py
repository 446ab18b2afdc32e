"""Viewers on a laptop site: their key slots, their store, their audit entries (storage.viewer_store).

A viewer's key slot opens only the viewers' store, never the site's database. Staff sessions keep that
store current: at every staff sign-in and sign-out, after the numbers for viewers are prepared, and
whenever an account becomes or stops being a viewer's. They also move the audit entries viewers' sessions
sealed (``viewers.pending``) into the site's audit log, with the time each happened.

A site that never had a viewer has no viewers' key and no store: nothing here costs it anything.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Role
from lead_desktop.paths import SitePaths
from lead_desktop.services.session import SiteSession, read_setting, write_setting
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import pending, viewer_store
from lead_desktop.storage.keyslots import MASTER, VIEWER, KeyFile
from lead_desktop.storage.models import Account, AuditEntry

log = logging.getLogger(__name__)


def is_viewer_store(site: SiteSession) -> bool:
    """True for a viewer's session on a laptop: it holds the viewers' store, not the site's database."""
    return isinstance(site.vault, viewer_store.ViewerVault)


def viewer_key(session: Session, actor_id: str | None, *, create: bool) -> bytes | None:
    """The site's viewers' key (kept inside the site's database), made when first needed."""
    value = read_setting(session, viewer_store.KEY_SETTING)
    if value:
        return bytes.fromhex(str(value))
    if not create:
        return None
    key = secrets.token_bytes(32)
    write_setting(session, viewer_store.KEY_SETTING, key.hex(), actor_id)
    return key


def slot_key(site: SiteSession, session: Session, role: Role) -> tuple[bytes, str]:
    """What a new or changed slot for an account of `role` wraps: the viewers' key or the master key."""
    if Role(role) is Role.VIEWER:
        return viewer_key(session, site.actor.account_id, create=True), VIEWER
    return site.vault.master_key, MASTER


def _match_slots(session: Session, keyfile: KeyFile, master: bytes, key: bytes) -> bool:
    """Every active account's slot wraps the key its role gets (slots written before viewers had a key of
    their own wrapped the master key). True when the key file changed."""
    changed = False
    for row in session.scalars(select(Account).where(Account.active.is_(True))):
        slot = keyfile.find(row.username)
        wanted = VIEWER if row.role == Role.VIEWER.value else MASTER
        if slot is None or slot.scope == wanted or row.account_key is None:
            continue
        keyfile.rewrap(slot, row.account_key, key if wanted == VIEWER else master, wanted)
        changed = True
    return changed


def refresh(site: SiteSession) -> None:
    """Bring the viewers' slots and store up to date from a staff session on a laptop (best effort: a
    viewer's numbers a little old are better than a staff member kept from working)."""
    if site.is_server or is_viewer_store(site) or site.closed:
        return
    try:
        with site.unit_of_work() as session:
            has_viewers = session.scalar(select(Account.id).where(Account.role == Role.VIEWER.value).limit(1))
            key = viewer_key(session, site.actor.account_id, create=has_viewers is not None)
            if key is None:
                return
            if _match_slots(session, site.vault.keyfile, site.vault.master_key, key):
                site.vault.keyfile.save(site.paths.keys)
        with site.vault.engine.connect() as conn:
            viewer_store.build(site.paths, key, conn)
    except (KnownError, OSError) as exc:
        log.warning("the viewers' numbers could not be written: %s", type(exc).__name__)


def move_entries(session: Session, paths: SitePaths) -> bool:
    """Copy the audit entries viewers' sessions sealed into the site's audit log (the caller clears the file
    after the commit; an entry already there is not copied twice). True when there was something to move."""
    path = viewer_store.pending_path(paths)
    if not path.exists() or path.stat().st_size == 0:
        return False
    private_hex = read_setting(session, "audit_private_key")
    if not private_hex:
        return False
    for record, entry in pending.read_entries(path, bytes.fromhex(str(private_hex))):
        if _already_moved(session, record):
            continue
        if entry is None:
            audit_log.append(session, AuditAction.VIEW.value, actor_id=None, actor="?",
                             detail={"unreadable_viewer_entry": record})
            continue
        detail = dict(entry.get("detail") or {}) | {"viewer_record": record}
        audit_log.append(session, str(entry.get("action", "")), actor_id=entry.get("actor_id"),
                         actor=str(entry.get("actor", "?"))[:64], entity_type=entry.get("entity_type"),
                         entity_id=entry.get("entity_id"), detail=detail,
                         at=datetime.fromtimestamp(float(entry.get("at", 0)), timezone.utc))
        row = session.get(Account, entry["actor_id"]) if entry.get("actor_id") else None
        if row is not None and row.role == Role.VIEWER.value:
            if entry.get("action") == AuditAction.PASSWORD_CHANGED.value:
                row.must_change_password = False
            elif entry.get("action") == AuditAction.SIGN_IN.value:
                row.last_sign_in_at = datetime.fromtimestamp(float(entry.get("at", 0)), timezone.utc)
    return True


def _already_moved(session: Session, record: str) -> bool:
    return session.scalar(select(AuditEntry.seq).where(AuditEntry.detail.contains(f'"viewer_record":"{record}"'))
                          .limit(1)) is not None


def clear_entries(paths: SitePaths) -> None:
    pending.clear(viewer_store.pending_path(paths))
