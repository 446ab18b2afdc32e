"""The viewers' store on a laptop site: ``viewers.db``, a SQLCipher file of its own under the viewers' key.

A viewer sees aggregates and governance, never a participant. On a server the database refuses them
every participant table; on a laptop the site's file opens whole with the one master key, so a
viewer's key slot (storage.keyslots, scope "viewer") unwraps the viewers' key instead, and that key
opens only this file: the same tables a server lets a viewer read (governance and meetings, the
published report numbers, the settings but the secrets, the accounts without their keys) and how many
participants each meeting case-conferenced. Everyone else on a laptop shares the master key.

Staff sessions write it (`build`): a new file beside the old, renamed over it, so a viewer never opens
half of one. Its schema is the program's head (the models' tables); a file of another schema, or one
the viewer's key does not open, is simply built again at the next staff sign-in.

`ViewerVault` is what a viewer's session holds instead of `storage.vault.Vault`: the same unit of work
over this file, no master key, and `seal_audit`, which seals the viewer's audit entries for the site's
log (storage.pending) instead of writing a log the viewer cannot reach.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, event, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import ViewerNumbersMissing
from lead_desktop.paths import SitePaths
from lead_desktop.storage import atomic
from lead_desktop.storage import models as M
from lead_desktop.storage import pending
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.dberrors import known_error_for, unit_of_work
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.models import Base
from lead_desktop.storage.server_schema import governance_tables

STORE_NAME = "viewers.db"
PENDING_NAME = "viewers.pending"
KEY_SETTING = "viewer_store_key"  # in the site's database: the viewers' key, for staff sessions to write with
CASE_COUNTS_SETTING = "viewer_case_item_counts"  # in the store: meeting id → participants case-conferenced
AUDIT_HEAD_SETTING = "viewer_audit_head"  # in the store: the site's audit chain head when it was written
# What a viewer may read, as on a server (storage.server_schema's grants): governance, numbers, settings
# but these.
SECRET_SETTINGS = ("audit_private_key", KEY_SETTING)


def store_path(paths: SitePaths) -> Path:
    return paths.folder / STORE_NAME


def pending_path(paths: SitePaths) -> Path:
    return paths.folder / PENDING_NAME


def _tables() -> list[str]:
    """In the order their links need. The screening checklist comes along because a meeting's decisions
    name the criteria version they introduced (its text is the same for everyone)."""
    wanted = set(governance_tables()) | {"published_numbers", "setting", "account", "screening_checklist"}
    return [t.name for t in Base.metadata.sorted_tables if t.name in wanted]


def _copy(source: Connection, target: Connection) -> None:
    for name in _tables():
        table = Base.metadata.tables[name]
        columns = [c for c in table.c if not (name == "account" and c.name == "account_key")]
        query = select(*columns)
        if name == "setting":
            query = query.where(table.c.key.not_in(SECRET_SETTINGS))
        rows = [dict(r._mapping) for r in source.execute(query)]
        if rows:
            target.execute(insert(table), rows)
    counts = dict(source.execute(
        select(M.CaseConferenceItem.meeting_id, func.count()).where(M.CaseConferenceItem.deleted_at.is_(None))
        .group_by(M.CaseConferenceItem.meeting_id)).all())
    target.execute(insert(M.Setting.__table__).values(key=CASE_COUNTS_SETTING, value=json.dumps(counts)))
    head = source.execute(select(M.AuditEntry.seq, M.AuditEntry.hash).order_by(M.AuditEntry.seq.desc()).limit(1)).first()
    target.execute(insert(M.Setting.__table__).values(key=AUDIT_HEAD_SETTING,
                                                      value=json.dumps(list(head) if head else None)))


def audit_head(session: Session) -> tuple[int, str] | None:
    """The site's audit chain head as of the store's writing (a viewer's program report prints it)."""
    value = session.scalar(select(M.Setting.value).where(M.Setting.key == AUDIT_HEAD_SETTING))
    head = json.loads(value) if value else None
    return (int(head[0]), str(head[1])) if head else None


def build(paths: SitePaths, viewer_key: bytes, source: Connection) -> None:
    """Write the viewers' store from `source` (a staff session's connection to the site's database)."""
    final = store_path(paths)
    staged = paths.folder / f".{STORE_NAME}.building"
    for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    engine = vaults.make_engine(staged, viewer_key)
    try:
        with engine.begin() as target:
            target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # rows that name rows of their own table
            Base.metadata.create_all(target)
            target.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
            target.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": vaults.head_revision()})
            _copy(source, target)
    finally:
        engine.dispose()  # the last connection closing folds the WAL into the file
    for leftover in (Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        if leftover.exists() and leftover.stat().st_size:
            raise OSError("the viewers' store was not written whole")
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{final}{suffix}")
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    atomic.put_in_place(staged, final)


@dataclass
class ViewerVault:
    """A viewer's open store: no master key, the viewers' key only."""

    paths: SitePaths
    keyfile: KeyFile
    engine: Engine
    account_key: bytes  # the signed-in viewer's own (for keychain unlock on this computer)
    case_counts: dict = field(default_factory=dict)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with unit_of_work(self.engine, lambda exc: known_error_for(exc, str(self.paths.folder))) as session:
            yield session

    def seal_audit(self, entry: dict) -> None:
        pending.seal_entry(pending_path(self.paths), self.keyfile.audit_public_key, entry)

    def integrity_problems(self) -> list[str]:
        with self.engine.connect() as conn:
            problems = [f"page check: {r[0]}" for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return problems + ([f"structure: {r}" for r in result[:20]] if result != ["ok"] else [])

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.engine.dispose()


def open_store(paths: SitePaths, keyfile: KeyFile, viewer_key: bytes, account_key: bytes) -> ViewerVault:
    """ViewerNumbersMissing when there is no store yet, it does not open with this key (made before the key
    changed) or it is of another program version: a staff sign-in builds it again."""
    path = store_path(paths)
    if not path.exists():
        raise ViewerNumbersMissing()
    engine = vaults.make_engine(path, viewer_key)
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            counts = json.loads(conn.execute(select(M.Setting.value).where(M.Setting.key == CASE_COUNTS_SETTING))
                                .scalar() or "{}")
    except DBAPIError:
        engine.dispose()
        raise ViewerNumbersMissing() from None
    if revision != vaults.head_revision():
        engine.dispose()
        raise ViewerNumbersMissing()
    vault = ViewerVault(paths, keyfile, engine, bytes(account_key), counts)

    @event.listens_for(engine, "connect")
    def _case_counts(dbapi_conn, _record) -> None:  # noqa: ANN001
        # The server's lead_case_item_count(), answered from the counts staff left here.
        dbapi_conn.create_function("lead_case_item_count", 1, lambda meeting_id: vault.case_counts.get(meeting_id, 0))

    engine.dispose()  # connections made from now on have the function
    return vault


def remove(paths: SitePaths) -> None:
    for path in (store_path(paths), Path(f"{store_path(paths)}-wal"), Path(f"{store_path(paths)}-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

