"""The open site and the person signed in to it: `SiteSession`, `Actor`, `LockedSite`, and reading
and writing site settings.

Every service takes a SiteSession, checks the actor's role (`require`), and runs its work in
`site.unit_of_work()`, auditing with `site.audit`. Opening one (creating a site, signing in,
unlocking) is services.site's job, and services.server_site's for a site on a shared server; this
module is what both hand out, so the services below them need nothing of how a site was opened.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Permission, Role, allows
from lead_desktop.domain.settings import SETTINGS
from lead_desktop.paths import SitePaths
from lead_desktop.storage import audit as audit_log
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.lock import SiteLock
from lead_desktop.storage.models import Account, Setting
from lead_desktop.storage.writes import CHANGED_TABLES

MOVED_TO_SERVER_SETTING = "moved_to_server"  # set on a laptop's copy by services.server_move


@dataclass(frozen=True)
class Actor:
    account_id: str | None
    username: str
    display_name: str
    role: Role
    must_change_password: bool = False
    via_recovery_key: bool = False


class SiteSession:
    """An open, keyed site with a signed-in person."""

    def __init__(self, vault: vaults.Vault, actor: Actor, lock: SiteLock) -> None:
        self.vault = vault
        self.actor = actor
        self.lock = lock
        self.closed = False
        self._settings: dict[str, object] = {}
        self.listener = None  # server mode: a storage.server.ChangeListener
        # Run as the session ends (signing out, not locking): services.viewers writes the viewers' store.
        self.before_close: list = []
        # Run once the sign-out entry is written: services.anchors keeps the chain's head as the day ends.
        self.after_sign_out: list = []
        # Server mode: this laptop's drafts file for the person (storage.draft_store, opened by services.drafts),
        # or their working copy, which then keeps the drafts.
        self.local_drafts = None
        self._change_listener: Callable[[frozenset[str]], None] | None = None
        # Server mode: the person's working copy on this laptop (services.offline.copy.WorkingCopy), and whether
        # the session works on it instead of the server (`offline`: every unit of work runs on the copy).
        self.copy = None
        self.offline = False
        self.notices: list[str] = []  # what signing in has to tell the person (services.offline.access)

    @property
    def is_server(self) -> bool:
        """True for a site on a shared PostgreSQL server (services.server_site)."""
        return getattr(self.vault, "dialect", "sqlite") == "postgresql"

    @property
    def paths(self) -> SitePaths | None:
        """The site's folder; None on a server site, which has none."""
        return None if self.is_server else self.vault.paths

    @property
    def site_id(self) -> str:
        if self.is_server:
            return "server:" + self.vault.address.display()
        return self.vault.keyfile.site_id

    def poll_changes(self) -> set[str]:
        """Tables other people changed since the last call (server mode; always empty on a laptop).
        A change to the settings also forgets this session's cached settings."""
        if self.listener is None or self.offline:
            return set()
        tables = self.listener.poll(self.vault.backend_pids)
        if "setting" in tables:
            self.forget_settings()
        return tables

    def watch_changes(self, listener: Callable[[frozenset[str]], None] | None) -> None:
        """`listener(tables)` is called after every unit of work of this session that wrote something,
        with the tables it wrote (from whichever thread ran it); None stops it. The window refreshes its
        pages with it, so a change made on one page shows on every other (gui.live_refresh)."""
        self._change_listener = listener

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        if self.offline:
            with self.copy.offline_unit_of_work() as session:
                yield session
            return
        with self.vault.unit_of_work() as session:
            yield session
        tables = session.info.get(CHANGED_TABLES)
        listener = self._change_listener
        if tables and listener is not None:
            listener(tables)

    def can(self, permission: Permission) -> bool:
        return allows(self.actor.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(role=self.actor.role.label, action=permission.label)
        if self.offline:
            self.copy.check_offline(permission)  # NeedsServer for what only the server does

    def audit(
        self,
        session: Session,
        action: AuditAction,
        entity_type: str | None = None,
        entity_id: str | None = None,
        **detail: object,
    ) -> None:
        seal = getattr(self.vault, "seal_audit", None)
        if seal is not None:  # a viewer on a laptop holds no key to the log: sealed for it (storage.viewer_store)
            seal({"action": action.value, "actor_id": self.actor.account_id, "actor": self.actor.username,
                  "entity_type": entity_type, "entity_id": entity_id, "detail": detail or None})
            return
        audit_log.append(
            session,
            action.value,
            actor_id=self.actor.account_id,
            actor=self.actor.username,
            entity_type=entity_type,
            entity_id=entity_id,
            detail=detail or None,
        )

    def audit_many(self, session: Session, action: AuditAction,
                   entries: list[tuple[str | None, str | None, dict | None]]) -> None:
        """One entry per (entity type, entity id, detail), written together (storage.audit.append_many)."""
        audit_log.append_many(session, action.value, entries, actor_id=self.actor.account_id,
                              actor=self.actor.username)

    def setting(self, key: str) -> object:
        """A site setting, cached for the session (one program per site folder, and
        services.settings.set_setting forgets the cache on every change)."""
        if key not in self._settings:
            with self.unit_of_work() as session:
                self._settings[key] = read_setting(session, key)
        return self._settings[key]

    def forget_settings(self) -> None:
        self._settings.clear()

    @property
    def site_name(self) -> str:
        return str(self.setting("site_name"))

    @property
    def moved_to_server(self) -> str | None:
        """For a laptop site that was moved to a shared server: that server's address (changes made here
        no longer reach anyone); None otherwise."""
        if self.is_server:
            return None
        value = self.setting(MOVED_TO_SERVER_SETTING)
        return str(value["server"]) if isinstance(value, dict) and value.get("server") else None

    def refresh_actor(self) -> None:
        if self.actor.account_id is None:
            return
        with self.unit_of_work() as session:
            row = session.get(Account, self.actor.account_id)
            self.actor = _actor_for(row)

    def lock_screen(self) -> "LockedSite":
        """Drop the key and close the database; keep the folder lock so nobody else opens it meanwhile."""
        with self.unit_of_work() as session:
            self.audit(session, AuditAction.LOCK)
        drafts_folder = self.local_drafts.data_folder if self.local_drafts is not None else None
        offline = self.offline
        self._close_connections()
        self.closed = True
        return LockedSite(self.paths, self.lock, self.actor.username, getattr(self.vault, "address", None),
                          drafts_folder, offline)

    def _close_connections(self) -> None:
        if self.local_drafts is not None:
            self.local_drafts.close()
            self.local_drafts = None
        self._change_listener = None
        if self.copy is not None:
            self.copy.close()
            self.copy = None
        self.offline = False
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        self.vault.close()

    def close(self) -> None:
        if self.closed:
            self.lock.release()
            return
        try:
            for hook in self.before_close:
                hook()
            with self.unit_of_work() as session:
                self.audit(session, AuditAction.SIGN_OUT)
            for hook in self.after_sign_out:
                hook()
        finally:
            self._close_connections()
            self.lock.release()
            self.closed = True


@dataclass
class LockedSite:
    paths: SitePaths | None
    lock: SiteLock
    username: str
    address: object = None  # a storage.server.ServerAddress for a server site
    drafts_folder: Path | None = None  # a server site: the data folder whose drafts file unlocking opens again
    offline: bool = False  # a server site locked while working offline: unlocking opens the copy again

    def release(self) -> None:
        self.lock.release()


def read_setting(session: Session, key: str) -> object:
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        spec = SETTINGS.get(key)
        return spec.default if spec else None
    return json.loads(row.value)


def write_setting(session: Session, key: str, value: object, actor_id: str | None) -> None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    text = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=text, updated_by=actor_id))
    else:
        row.value = text
        row.updated_by = actor_id


def _actor_for(row: Account) -> Actor:
    return Actor(row.id, row.username, row.display_name, Role(row.role), row.must_change_password)
