"""A person's working copy of a server site: what it holds, filling it, and refreshing it from the server's
change sequence.

What a copy holds is the person's scope, decided by their role:

* a case manager (`CASELOAD`): their own caseload — the participants whose case manager they are
  (a merged record only with the record it was merged into) with every record of a profile
  (aliases, contacts, assessments, goals, services, housing, legal cases, consents and their scans,
  disclosures, merges between two of them) and the referrals of those people or, not yet enrolled,
  assigned to them or last changed by them — plus the lookups their forms need: the settings, the
  staff accounts (never a key column), agencies, officers, screening checklists and saved import
  mappings;
* a project manager or administrator (`EVERYTHING`): every table but the audit log;
* a viewer: no copy at all.

Filling (`fill`) reads the scope in one consistent read of the server and writes it into the copy
in one transaction, with the position of the server's change sequence that read saw. Refreshing
(`refresh`) asks the server which rows changed after that position (storage.server_sync), reads
only those — plus, for a case manager, the whole profile of someone who just joined the caseload —
and writes them in, removing what left the scope or the server. Both keep the rows named by
changes still waiting in the queue (`keep`), so the person keeps seeing what they did until it is
sent or dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Table, or_, select, text
from sqlalchemy.orm import Session

from lead_desktop.domain.errors import CopyTooOld, NeedsServer
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.offline import outbox
from lead_desktop.services.session import read_setting
from lead_desktop.storage import server_sync, transfer
from lead_desktop.storage import working_copy as files
from lead_desktop.storage.models import Base, OfflineOperation, OfflineState
from lead_desktop.storage.server import ServerVault

log = logging.getLogger(__name__)

CASELOAD, EVERYTHING = "caseload", "everything"
LOOKUPS = ("setting", "account", "organization", "referring_officer", "screening_checklist", "import_mapping")
CHILDREN = ("participant_alias", "contact", "assessment", "plan_goal", "service_linkage", "housing_status",
            "legal_case", "consent", "disclosure")
CASELOAD_TABLES = (*LOOKUPS, "participant", *CHILDREN, "consent_document", "participant_merge", "referral")
WAITING = ("queued", "conflict", "failed")

# Working offline, what needs the server: permission → the sentence NeedsServer says.
NEEDS_SERVER = {
    Permission.MANAGE_ACCOUNTS: "accounts", Permission.VIEW_AUDIT: "audit", Permission.CHANGE_SETTINGS: "settings",
    Permission.ROTATE_KEY: "settings", Permission.EDIT_SCREENING: "settings", Permission.EDIT_GOVERNANCE: "governance",
    Permission.VIEW_REPORTS: "reports",
}


def scope_for(role: Role) -> str | None:
    if role is Role.VIEWER:
        return None
    return CASELOAD if role is Role.CASE_MANAGER else EVERYTHING


def synced_tables() -> list[Table]:
    """Every table a copy can hold, parents first (the audit log is the server's own)."""
    return [t for t in transfer.tables() if t.name != "audit_log"]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class WorkingCopy:
    """One person's open copy: its vault, its bookkeeping, and the unit of work a session uses offline.

    It is also the person's drafts box on this laptop (services.drafts: `unit_of_work`, `set_password`,
    `close`, `data_folder`), since the copy holds the same `draft` table."""

    def __init__(self, opened: files.OpenedCopy, username: str, data_folder: Path) -> None:
        self.opened = opened
        self.username = username
        self.data_folder = Path(data_folder)
        self.closed = False

    @property
    def paths(self):  # noqa: ANN201 - paths.SitePaths
        return self.opened.paths

    def unit_of_work(self) -> AbstractContextManager[Session]:
        return self.opened.vault.unit_of_work()

    def offline_unit_of_work(self) -> AbstractContextManager[Session]:
        """What `SiteSession.unit_of_work` gives while offline (services.offline.outbox)."""
        return outbox.offline_session(self.unit_of_work)

    # ----- bookkeeping -------------------------------------------------------------------------------

    def state(self, key: str, default: object = None) -> object:
        with self.unit_of_work() as session:
            return _state(session, key, default)

    def set_state(self, key: str, value: object) -> None:
        with self.unit_of_work() as session:
            _set_state(session, key, value)

    @property
    def device_id(self) -> str | None:
        value = self.state("device_id")
        return str(value) if value else None

    @property
    def scope(self) -> str | None:
        value = self.state("scope")
        return str(value) if value else None

    @property
    def filled(self) -> bool:
        return self.state("position") is not None

    def synced_at(self) -> datetime | None:
        value = self.state("synced_at")
        return datetime.fromisoformat(str(value)) if value else None

    def waiting(self) -> int:
        """How many changes wait to be sent (conflicts and refused ones included)."""
        with self.unit_of_work() as session:
            return len(session.scalars(select(OfflineOperation.id)
                                       .where(OfflineOperation.state.in_(WAITING))).all())

    def check_offline(self, permission: Permission) -> None:
        """Working offline: NeedsServer for what only the server can do (services.session.require asks)."""
        area = NEEDS_SERVER.get(permission)
        if area is None and permission is Permission.VIEW_GOVERNANCE and self.scope != EVERYTHING:
            area = "governance"
        if area is not None:
            raise NeedsServer(area=area)

    def check_age(self, now: datetime | None = None) -> None:
        """CopyTooOld when the copy has not reached the server for longer than the site allows."""
        synced = self.synced_at()
        if synced is None:
            return
        with self.unit_of_work() as session:
            limit = int(read_setting(session, "offline_copy_days"))
        days = ((now or datetime.now(timezone.utc)) - synced).days
        if days > limit:
            raise CopyTooOld(days=days, limit=limit)

    # ----- the drafts box's and the key's ----------------------------------------------------------------

    def set_password(self, password: str) -> None:
        self.opened.set_password(self.username, password)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.opened.close()

    def wipe(self) -> None:
        """Remove the copy from this computer (revoked, deactivated, or the person asked)."""
        self.close()
        files.remove(self.paths)


def _state(session: Session, key: str, default: object = None) -> object:
    row = session.scalar(select(OfflineState).where(OfflineState.key == key))
    return json.loads(row.value) if row is not None else default


def _set_state(session: Session, key: str, value: object) -> None:
    row = session.scalar(select(OfflineState).where(OfflineState.key == key))
    if row is None:
        session.add(OfflineState(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


# ----- reading the scope from the server -------------------------------------------------------------


def _merged_closure(manager: dict[str, str | None], merged_into: dict[str, str | None], me: str) -> set[str]:
    """The caseload: this case manager's participants, less a merged record whose kept record is not one."""
    scope = {pid for pid, cm in manager.items() if cm == me}
    while True:
        drop = {pid for pid in scope if merged_into.get(pid) and merged_into[pid] not in scope}
        if not drop:
            return scope
        scope -= drop


def _profiles(conn: Connection, people: set[str]) -> dict[str, list[dict]]:
    """Every record of these participants' profiles (and their referrals), from the server."""
    out: dict[str, list[dict]] = {name: files.rows_where(conn, _table(name), "participant_id", people)
                                  for name in CHILDREN}
    consents = {r["id"] for r in out["consent"]}
    out["consent_document"] = files.rows_where(conn, _table("consent_document"), "consent_id", consents)
    out["participant_merge"] = [r for r in files.rows_where(conn, _table("participant_merge"), "kept_id", people)
                                if r["merged_id"] in people]
    out["referral"] = files.rows_where(conn, _table("referral"), "participant_id", people)
    return out


def _own_referrals(conn: Connection, me: str) -> list[dict]:
    referral = _table("referral")
    query = select(*files.readable_columns(referral)).where(
        referral.c.participant_id.is_(None), or_(referral.c.case_manager_id == me, referral.c.updated_by == me))
    return [dict(r) for r in conn.execute(query).mappings()]


def _read_caseload(conn: Connection, me: str) -> Iterator[tuple[str, list[dict]]]:
    for name in LOOKUPS:
        for batch in files.all_rows(conn, _table(name)):
            yield name, batch
    mine = files.rows_where(conn, _table("participant"), "case_manager_id", [me])
    people = _merged_closure({r["id"]: me for r in mine}, {r["id"]: r["merged_into_id"] for r in mine}, me)
    yield "participant", [r for r in mine if r["id"] in people]
    profiles = _profiles(conn, people)
    profiles["referral"] += _own_referrals(conn, me)
    for name in ("participant_merge", *CHILDREN, "consent_document", "referral"):
        yield name, profiles[name]


def _read_everything(conn: Connection) -> Iterator[tuple[str, list[dict]]]:
    for table in synced_tables():
        for batch in files.all_rows(conn, table):
            yield table.name, batch


# ----- filling ----------------------------------------------------------------------------------------


@contextmanager
def _copy_writes(copy: WorkingCopy) -> Iterator[Session]:
    """One transaction on the copy whose links are checked at its end (rows arrive in any order)."""
    with copy.unit_of_work() as session:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        yield session


def fill(copy: WorkingCopy, server: ServerVault, role: Role, account_id: str, keep: set[str] = frozenset()) -> int:
    """Fill the copy with the person's scope, replacing what it held (but not the queue's rows, `keep`);
    returns how many rows were written."""
    scope = scope_for(role)
    device = copy.device_id
    written = 0
    with server.consistent_read() as conn:
        position = server_sync.position(conn, device)
        reader = _read_everything(conn) if scope == EVERYTHING else _read_caseload(conn, account_id)
        with _copy_writes(copy) as session:
            for table in reversed(synced_tables()):
                session.execute(table.delete().where(table.c.id.not_in(keep)) if keep else table.delete())
            for name, rows in reader:
                rows = [r for r in rows if r["id"] not in keep]
                files.upsert(session, _table(name), rows)
                written += len(rows)
            _set_state(session, "position", position)
            _set_state(session, "scope", scope)
    log.info("working copy filled: %d rows", written)
    return written


# ----- refreshing ---------------------------------------------------------------------------------------


def refresh(copy: WorkingCopy, server: ServerVault, role: Role, account_id: str, keep: set[str] = frozenset(),
            extra: dict[str, set[str]] | None = None) -> int:
    """Bring in what changed on the server since the copy's position, and the rows `extra` names (table →
    ids: what sent changes touched, read back whatever the change sequence says); returns how many rows
    were written."""
    scope = scope_for(role)
    device = copy.device_id
    since = int(copy.state("position", 0))
    with server.consistent_read() as conn:
        position = server_sync.position(conn, device)
        if position <= since and not extra:
            return 0
        changed: dict[str, set[str]] = {name: set(ids) for name, ids in (extra or {}).items()}
        for _seq, name, row_id in server_sync.changes_since(conn, device, since):
            changed.setdefault(name, set()).add(row_id)
        tables = {t.name for t in synced_tables()} if scope == EVERYTHING else set(CASELOAD_TABLES)
        fetched = {name: {r["id"]: r for r in files.rows_where(conn, _table(name), "id", ids)}
                   for name, ids in changed.items() if name in tables}
        with _copy_writes(copy) as session:
            if scope == EVERYTHING:
                written = _apply_everything(session, changed, fetched, keep)
            else:
                written = _apply_caseload(session, conn, changed, fetched, account_id, keep)
            _set_state(session, "position", position)
    log.info("working copy refreshed: %d rows", written)
    return written


def _apply_everything(session: Session, changed: dict[str, set[str]], fetched: dict[str, dict],
                      keep: set[str]) -> int:
    written = 0
    for table in synced_tables():
        rows = fetched.get(table.name, {})
        fresh = [r for r in rows.values() if r["id"] not in keep]
        files.upsert(session, table, fresh)
        written += len(fresh)
        files.delete_where(session, table, "id", changed.get(table.name, set()) - set(rows) - keep)
    return written


def _drop_people(session: Session, people: set[str]) -> None:
    """Remove participants and everything of their profiles from the copy."""
    if not people:
        return
    consents = files.ids_where(session, _table("consent"), "participant_id", people)
    files.delete_where(session, _table("consent_document"), "consent_id", consents)
    for name in CHILDREN:
        files.delete_where(session, _table(name), "participant_id", people)
    files.delete_where(session, _table("referral"), "participant_id", people)
    files.delete_where(session, _table("participant_merge"), "kept_id", people)
    files.delete_where(session, _table("participant_merge"), "merged_id", people)
    files.delete_where(session, _table("participant"), "id", people)


def _apply_caseload(session: Session, conn: Connection, changed: dict[str, set[str]], fetched: dict[str, dict],
                    me: str, keep: set[str]) -> int:
    participant = _table("participant")
    local = {pid: (cm, merged) for pid, cm, merged in session.execute(
        select(participant.c.id, participant.c.case_manager_id, participant.c.merged_into_id))}
    manager = {pid: (me if pid in local else None) for pid in local}  # the copy holds only the caseload
    merged_into = {pid: merged for pid, (_cm, merged) in local.items()}
    for pid in changed.get("participant", set()):
        row = fetched.get("participant", {}).get(pid)
        manager[pid] = row["case_manager_id"] if row else None
        merged_into[pid] = row["merged_into_id"] if row else None
    people = _merged_closure(manager, merged_into, me)
    joined, left = people - set(local), set(local) - people
    _drop_people(session, left)
    extra = _profiles(conn, joined) if joined else {}
    consents = files.ids_where(session, _table("consent"), "participant_id", people)
    written = 0
    for name in CASELOAD_TABLES:
        table = _table(name)
        rows = dict(fetched.get(name, {}))
        rows.update({r["id"]: r for r in extra.get(name, [])})
        inside = [row for row in rows.values() if _in_caseload(name, row, people, consents, me)]
        outside = set(rows) - {row["id"] for row in inside}
        if name == "consent":
            consents |= {r["id"] for r in inside}
        fresh = [r for r in inside if r["id"] not in keep]
        files.upsert(session, table, fresh)
        written += len(fresh)
        files.delete_where(session, table, "id", (outside | (changed.get(name, set()) - set(rows))) - keep)
    return written


def _in_caseload(name: str, row: dict, people: set[str], consents: set[str], me: str) -> bool:
    if name in LOOKUPS:
        return True
    if name == "participant":
        return row["id"] in people
    if name in CHILDREN:
        return row["participant_id"] in people
    if name == "consent_document":
        return row["consent_id"] in consents
    if name == "participant_merge":
        return row["kept_id"] in people and row["merged_id"] in people
    if name == "referral":
        if row["participant_id"] is not None:
            return row["participant_id"] in people
        return me in (row["case_manager_id"], row["updated_by"])
    return False


def keep_ids(copy: WorkingCopy) -> set[str]:
    """The rows changes still waiting in the queue changed or made: a refresh leaves them as the person left
    them until the change is sent or dropped."""
    with copy.unit_of_work() as session:
        rows = session.execute(select(OfflineOperation.target, OfflineOperation.payload)
                               .where(OfflineOperation.state.in_(WAITING))).all()
    kept = {target for target, _payload in rows if target}
    for _target, payload in rows:
        kept.update(row_id for _table, row_id in json.loads(payload)["ids"])
    return kept
