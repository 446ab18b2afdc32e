"""The audit chain's anchors for a signed-in site (storage.anchors): taken at every sign-in and sign-out
(after its entry, so a day's work is covered) and in every backup, and held against the live chain by
`verify`.

Where they are kept: a laptop site's folder (``site.anchors``); for a server site, this computer's data
folder (``server-anchors.json``), so every laptop that signs in keeps its own, out of the server owner's
reach. `verify` reads those, the manifests of the site's backups it can find (made since its last
restore) and any anchor typed in from a printed program report.

Taking an anchor never stops anyone working: a file that cannot be written is logged and skipped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.paths import default_data_dir
from lead_desktop.services import backups
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import anchors as store
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import vault as vaults
from lead_desktop.storage import viewer_store

log = logging.getLogger(__name__)

SERVER_NAME = "server-anchors.json"


def anchor_file(site: SiteSession) -> Path:
    return default_data_dir() / SERVER_NAME if site.is_server else site.paths.folder / store.LOCAL_NAME


def _reads_the_chain(site: SiteSession) -> bool:
    """A laptop viewer holds no key to the site's database, so no chain to anchor."""
    return site.is_server or site.actor.role is not Role.VIEWER


def keep(site: SiteSession, source: str) -> None:
    """Anchor the chain's head as it is now (best effort). Not while a server site works offline: its
    units of work read the working copy's log, whose head is not the server's."""
    if site.offline or not _reads_the_chain(site):
        return
    try:
        with site.unit_of_work() as session:
            path = anchor_file(site)
            path.parent.mkdir(parents=True, exist_ok=True)
            store.note(path, site.site_id, audit_log.head(session), source,
                       lambda seq: audit_log.hash_at(session, seq))
    except (OSError, KnownError) as exc:
        log.warning("the audit chain's anchor could not be kept: %s", type(exc).__name__)


def head(site: SiteSession) -> tuple[int, str] | None:
    """The chain's head now, for a program report's last page (for a viewer on a laptop, as of the last
    staff session; None where it cannot be read, as on a server site working offline)."""
    if site.offline:
        return None
    try:
        with site.unit_of_work() as session:
            if not _reads_the_chain(site):
                return viewer_store.audit_head(session)
            return audit_log.head(session)
    except KnownError:
        return None


def _backup_anchors(site: SiteSession, since: str | None) -> list[store.Anchor]:
    """The heads in the manifests of this site's backups made after its last restore (one made before it
    describes a history the site left on purpose)."""
    if site.is_server or not site.can(Permission.BACKUP):
        return []
    found = []
    for folder in backups.backup_folders(site):
        try:
            paths = [p for p in folder.iterdir() if p.suffix == backups.BACKUP_SUFFIX and p.is_file()]
        except OSError:
            continue
        for path in paths:
            try:
                info = vaults.peek_backup(path)
            except KnownError:
                continue
            if info.site_id == site.site_id and info.audit_head and (since is None or info.created_at > since):
                found.append(store.Anchor(site.site_id, info.audit_head[0], info.audit_head[1], info.created_at,
                                          f"backup {path.name}"))
    return found


def check_typed(text: str) -> None:
    """ValueError when `text` is not ENTRY:HASH."""
    store.parse(text, "")


def problems(site: SiteSession, session, typed: list[str] = ()) -> list[str]:  # noqa: ANN001 - a Session
    """What every anchor within reach says against the live chain (read in `session`)."""
    live = audit_log.head(session)
    head_seq = live[0] if live else 0
    last_restore = session.execute(
        audit_log.newest_entry_time(AuditAction.RESTORED.value)).scalar() if not site.is_server else None
    anchors = [a for a in store.load(anchor_file(site)) if a.site == site.site_id]
    anchors += _backup_anchors(site, last_restore)
    anchors += [store.parse(text, site.site_id) for text in typed]
    return store.contradictions(anchors, head_seq, lambda seq: audit_log.hash_at(session, seq))
