"""Drafts: what a person typed into a form and has not saved, kept encrypted until they save or discard it.

The window writes a form's input here a few seconds after the last keystroke and at every lock,
sign-out, sleep and quit (gui.widgets.drafts); after an unlock it opens the same forms again with
their input, and after a crash the next sign-in offers the drafts left behind. A draft says who
(its author), which form, which record (or a new one), how the window opens that form (ids only),
the values and when (storage.models_drafts).

Where drafts live: on a laptop site, in the site's own encrypted database; on a shared server, in the
person's working copy on this laptop (services.offline: the copy has the same `draft` table, and the
rows of an older drafts file move in), or, for someone without a copy (a viewer), in this laptop's
drafts file for the person (storage.draft_store); `open_local_drafts` chooses. Never on the server. A session without one (the command line, or a drafts file that could not be
opened) keeps no drafts: `available` says so and writes are skipped.

Drafts belong to their author: every read and write here is filtered by the signed-in person, and
an administrator learns only how many drafts each person has (`draft_counts`). The audit log
records that a draft was restored or discarded, with the form's name, never its content.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import draft_store, transfer
from lead_desktop.storage.models import Account, Draft
from lead_desktop.storage.models_drafts import WINDOW_FORM

log = logging.getLogger(__name__)

RECOVERY_AUTHOR = "recovery-key"  # the author of drafts typed in a session opened with the recovery key


@dataclass(frozen=True)
class DraftInfo:
    id: str
    form: str
    record_id: str | None
    opener: str
    context: dict
    title: str
    values: dict
    base_version: int | None
    saved_at: datetime


@dataclass(frozen=True)
class DraftCount:
    """What an administrator may know of someone's drafts: that they exist."""

    author: str | None  # the person's display name; None: a session opened with the recovery key
    count: int


def slot_of(form: str, record_id: str | None, opener: str, context: dict) -> str:
    """One string naming a form's identity: the same form on the same record, opened the same way."""
    return json.dumps([opener, form, record_id or "new", context], sort_keys=True, separators=(",", ":"))[:400]


def author_of(site: SiteSession) -> str:
    return site.actor.account_id or RECOVERY_AUTHOR


def available(site: SiteSession | None) -> bool:
    """Whether this session can keep drafts (a server site needs its laptop drafts file)."""
    return site is not None and not site.closed and (not site.is_server or site.local_drafts is not None)


@contextmanager
def _drafts(site: SiteSession) -> Iterator[Session]:
    box = site.local_drafts if site.is_server else site.vault
    with box.unit_of_work() as session:
        yield session


def open_local_drafts(site: SiteSession, data_folder: str | Path, password: str) -> None:
    """A server site: open (or make) this laptop's drafts file for the person signed in.

    Without it the window keeps no drafts; a failure is logged (never with a name) and not raised,
    since signing in worked."""
    if not site.is_server or site.local_drafts is not None:
        return
    if site.copy is not None:
        _move_into_copy(site, Path(data_folder), password)
        site.local_drafts = site.copy
        return
    try:
        site.local_drafts = draft_store.open_store(Path(data_folder), site.vault.address.display(),
                                                   site.actor.username, password)
    except (KnownError, OSError):
        log.warning("the drafts file on this computer could not be opened; no drafts are kept this session")


def _move_into_copy(site: SiteSession, data_folder: Path, password: str) -> None:
    """The person's working copy is their drafts' home now: the drafts file's rows move in, and the file goes."""
    old = draft_store.existing_store(data_folder, site.vault.address.display(), site.actor.username, password)
    if old is None:
        return
    try:
        table = Draft.__table__
        with old.engine.connect() as source, site.copy.opened.vault.engine.begin() as target:
            ids = [row_id for (row_id,) in source.execute(select(table.c.id))]
            target.execute(delete(table).where(table.c.id.in_(ids)))  # an earlier move cut short
            moved = transfer.copy_table(source, target, table)
    except KnownError:
        old.close()
        log.warning("drafts could not be moved into this laptop's working copy; the drafts file stays")
        return
    old.remove()
    log.info("%d drafts moved into this laptop's working copy", moved)


def _info(row: Draft) -> DraftInfo:
    saved = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=timezone.utc)
    return DraftInfo(row.id, row.form, row.record_id, row.opener, json.loads(row.context), row.title,
                     json.loads(row.content), row.base_version, saved)


def save_draft(site: SiteSession, draft_id: str | None, *, form: str, record_id: str | None, opener: str,
               context: dict, title: str, values: dict, base_version: int | None) -> str | None:
    """Keep a form's input (a new draft, or the same one again); returns the draft's id. None when this
    session keeps no drafts."""
    if not available(site):
        return None
    author = author_of(site)
    now = datetime.now(timezone.utc)
    with _drafts(site) as session:
        row = session.get(Draft, draft_id) if draft_id else None
        if row is None or row.author != author or row.deleted_at is not None:
            row = Draft(author=author)
            session.add(row)
        row.form, row.record_id, row.opener = form, record_id, opener
        row.context = json.dumps(context, sort_keys=True)
        row.slot = slot_of(form, record_id, opener, context)
        row.title = title
        row.content = json.dumps(values, sort_keys=True, default=str)
        row.base_version = base_version
        row.saved_at = now
        row.updated_by = site.actor.account_id
        session.flush()
        return row.id


def find_draft(site: SiteSession, *, form: str, record_id: str | None, opener: str, context: dict,
               prefer: str | None = None, skip: tuple[str, ...] = ()) -> DraftInfo | None:
    """The person's draft of this form (the one named `prefer` when it is one of them, else the newest),
    leaving out the drafts in `skip` (already open in another form)."""
    if not available(site):
        return None
    with _drafts(site) as session:
        rows = session.scalars(
            select(Draft).where(Draft.author == author_of(site), Draft.slot == slot_of(form, record_id, opener, context),
                                Draft.deleted_at.is_(None)).order_by(Draft.saved_at.desc())
        ).all()
        rows = [r for r in rows if r.id not in skip]
        chosen = next((r for r in rows if r.id == prefer), rows[0] if rows else None)
        return _info(chosen) if chosen is not None else None


def list_drafts(site: SiteSession) -> list[DraftInfo]:
    """The signed-in person's drafts, newest first (never anyone else's)."""
    if not available(site):
        return []
    with _drafts(site) as session:
        rows = session.scalars(
            select(Draft).where(Draft.author == author_of(site), Draft.form != WINDOW_FORM, Draft.deleted_at.is_(None))
            .order_by(Draft.saved_at.desc())
        ).all()
        return [_info(row) for row in rows]


def delete_draft(site: SiteSession, draft_id: str, *, discarded: bool = False) -> None:
    """Remove one of the person's drafts: after its record was saved, or when they discarded it
    (`discarded`: then the audit log says so)."""
    if not available(site):
        return
    with _drafts(site) as session:
        row = session.get(Draft, draft_id)
        if row is None or row.author != author_of(site):
            return
        form = row.form
        session.delete(row)
    if discarded:
        _audit(site, AuditAction.DRAFT_DISCARDED, draft_id, form)


def mark_restored(site: SiteSession, draft: DraftInfo) -> None:
    """The person chose to restore a draft left by an earlier session: recorded, without its content."""
    _audit(site, AuditAction.DRAFT_RESTORED, draft.id, draft.form)


def _audit(site: SiteSession, action: AuditAction, draft_id: str, form: str) -> None:
    with site.unit_of_work() as session:
        site.audit(session, action, "draft", draft_id, form=form)


# ----- the window's place through a lock ---------------------------------------------------------


def save_place(site: SiteSession, place: dict) -> None:
    """Keep where the window was (section, open profiles, open forms) while it is locked."""
    if not available(site):
        return
    author = author_of(site)
    with _drafts(site) as session:
        session.execute(delete(Draft).where(Draft.author == author, Draft.form == WINDOW_FORM))
        session.add(Draft(author=author, form=WINDOW_FORM, opener=WINDOW_FORM, context="{}", slot=WINDOW_FORM,
                          title="", content=json.dumps(place, sort_keys=True), saved_at=datetime.now(timezone.utc),
                          updated_by=site.actor.account_id))


def take_place(site: SiteSession) -> dict | None:
    """Where the window was when this person locked it (read once: it is removed)."""
    if not available(site):
        return None
    with _drafts(site) as session:
        row = session.scalars(select(Draft).where(Draft.author == author_of(site), Draft.form == WINDOW_FORM)
                              .order_by(Draft.saved_at.desc())).first()
        session.execute(delete(Draft).where(Draft.author == author_of(site), Draft.form == WINDOW_FORM))
        return json.loads(row.content) if row is not None else None


# ----- keeping the store small ---------------------------------------------------------------------


def remove_expired(site: SiteSession, now: datetime | None = None) -> int:
    """Drafts older than the site's `draft_keep_days` are removed (everyone's on a laptop site; on a
    server, this person's on this laptop). Returns how many."""
    if not available(site):
        return 0
    days = int(site.setting("draft_keep_days"))
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    with _drafts(site) as session:
        query = delete(Draft).where(Draft.saved_at < cutoff)
        if site.is_server:
            query = query.where(Draft.author == author_of(site))
        removed = session.execute(query).rowcount or 0
    if removed:
        log.info("%d drafts older than %d days removed", removed, days)
    return removed


def draft_counts(site: SiteSession) -> list[DraftCount]:
    """How many drafts each person has on this laptop site, for an administrator: never what they hold.
    A server site's drafts are on each person's laptop: none to count here."""
    site.require(Permission.MANAGE_ACCOUNTS)
    if site.is_server:
        return []
    with site.unit_of_work() as session:
        rows = session.execute(
            select(Draft.author, func.count()).where(Draft.form != WINDOW_FORM, Draft.deleted_at.is_(None))
            .group_by(Draft.author)
        ).all()
        names = dict(session.execute(select(Account.id, Account.display_name)).all())
    return sorted((DraftCount(None if author == RECOVERY_AUTHOR else names.get(author, ""), count)
                   for author, count in rows), key=lambda c: c.author or "")
