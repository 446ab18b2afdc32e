"""The shared-server load scenario: case managers working at once against one PostgreSQL site.

A throw-away PostgreSQL 15 (TLS on loopback, tests/helpers/pgserver.py) gets a new
site with PARTICIPANTS people made through the participants service (plus a few
historical contacts each, written in bulk) and one case-manager account per worker.
Then WORKERS processes (spawned, each signed in through `sign_in_server` as its own
case manager) loop for SECONDS:

* three searches of the participant list — the call the list page's search box makes,
  with a 2–4 letter term (mostly a piece of a real name, sometimes a miss);
* one contact recorded for a random participant — the call the contact form makes,
  its note carrying a token unique to this save;
* with ``--intake-every N``, every N cycles a new participant (the new-participant
  dialog's calls: a duplicate check, then the save with the next LEAD number);
* the first EDITORS workers also, every EDIT_EVERY cycles, open one shared profile,
  "type" for up to 50 ms and save it with the version they opened
  (`expected_version`); on a conflict they keep their version, as the conflict
  dialog's "keep mine" does;
* about once a second, the change poll a window makes to refresh its lists.

``--hot-share F`` sends that share of the contacts to the shared profile the editors
are saving, the case of a colleague logging a contact while someone edits the profile.
Both are on by default: they once failed under concurrency (two intakes took the same
LEAD number; a profile save meeting a contact save for the same person deadlocked
between the row lock and the audit chain's lock). The server's write lock, taken before
any row lock and before the next number is read, fixed both; this keeps them fixed.

Every call is timed; any exception is an error (with its traceback kept). Afterwards
every acknowledged write is checked in the database by id and token (lost updates),
each acknowledged profile edit must have been based on the version it replaced
(silent overwrites), LEAD numbers must be distinct and the audit chain must verify.

Run alone: ``python -m benchmarks.server_load --seconds 60 --workers 8``; `make bench`
runs it after the local benchmarks and adds its figures to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import random
import secrets
import statistics
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from queue import Empty

from sqlalchemy import insert, text

from lead_desktop.domain.errors import EditConflict, SavedAtTheSameTime
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, participants as P, server_site
from lead_desktop.services.demo import FIRST_F, FIRST_M, LAST, PLACES, STREET
from lead_desktop.storage import audit as audit_log, models as M, server, sqlfuncs
from lead_desktop.storage.server import ServerAddress

HERE = Path(__file__).resolve().parent
ADMIN_PASSWORD = "benchmark-password-1"
STAFF_PASSWORD = "benchmark password for case managers"
SITE_NAME = "Load Test LEAD"

SECONDS = 60
WORKERS = 8
PARTICIPANTS = 2000
HISTORY_CONTACTS = 10  # contacts each participant already has, written in bulk at setup
SEARCHES_PER_SAVE = 3
INTAKE_EVERY = 20  # cycles between new participants, per worker (0: none; see above)
HOT_SHARE = 0.3  # share of contacts recorded for the one shared profile the editors edit
EDITORS = 3  # workers that also edit the one shared profile
EDIT_EVERY = 4  # cycles between their edits
POLL_SECONDS = 1.0
CONTACT_TYPES = ("street", "street", "street", "phone", "office", "collateral", "court")
KINDS = ("search", "save", "intake", "open_profile", "edit")
TARGETS = {"errors": 0, "lost_updates": 0, "silent_overwrites": 0}


# ----- setup -------------------------------------------------------------------------


@dataclass
class Setup:
    address: ServerAddress
    owner: str
    owner_password: str | None
    case_managers: list[str]
    participant_ids: list[str]
    shared_id: str
    seconds: dict[str, float]  # step → seconds


def _person(rng: random.Random, enrolled: date) -> dict:
    female = rng.random() < 0.39
    values = {
        "first_name": rng.choice(FIRST_F if female else FIRST_M),
        "last_name": rng.choice(LAST),
        "sex": "0" if female else "1",
        "dob": date(rng.randrange(1950, 2004), rng.randrange(1, 13), rng.randrange(1, 29)),
        "dob_quality": "1",
        "enrolled_on": enrolled,
        "where_to_find": rng.choice(PLACES),
    }
    if rng.random() < 0.45:
        values["aliases"] = rng.choice(STREET)
    return values


def prepare(pg, participants: int = PARTICIPANTS, workers: int = WORKERS,  # noqa: ANN001 - a PgServer
            history_contacts: int = HISTORY_CONTACTS, seed: int = 7, quiet: bool = False) -> Setup:
    """A new site on `pg` filled for the scenario; each step timed."""
    say = (lambda *_a: None) if quiet else (lambda msg: print(msg, flush=True))
    rng = random.Random(seed)
    steps: dict[str, float] = {}
    start = time.perf_counter()
    _db, owner_url = pg.new_database("load")
    address, owner, owner_password = server.parse_database_url(owner_url)
    site = server_site.create_server_site(address, owner, owner_password, SITE_NAME, "admin", ADMIN_PASSWORD,
                                          "Load Administrator")
    steps["create_site"] = time.perf_counter() - start
    try:
        start = time.perf_counter()
        names = [f"cm{i + 1:02d}" for i in range(workers)]
        manager_ids = [accounts.add_account(site, name, f"Case Manager {i + 1}", Role.CASE_MANAGER, STAFF_PASSWORD).id
                       for i, name in enumerate(names)]
        steps["accounts"] = time.perf_counter() - start

        say(f"  {participants:,} participants through the participants service …")
        start = time.perf_counter()
        today = date.today()
        ids = []
        for _ in range(participants):
            values = _person(rng, today - timedelta(days=rng.randrange(30, 3 * 365)))
            values["case_manager_id"] = rng.choice(manager_ids)
            ids.append(P.create_participant(site, values, reviewed_duplicates=True).id)
        shared = P.create_participant(site, {"first_name": "Shared", "last_name": "Profile",
                                             "enrolled_on": today - timedelta(days=90)}, reviewed_duplicates=True)
        steps["participants"] = time.perf_counter() - start

        start = time.perf_counter()
        if history_contacts:
            now = datetime.now().replace(microsecond=0)
            rows = [dict(id=M.new_id(), participant_id=pid, at=now - timedelta(minutes=rng.randrange(60, 400 * 24 * 60)),
                         staff_id=rng.choice(manager_ids), contact_type=rng.choice(CONTACT_TYPES),
                         location=rng.choice(PLACES), duration_minutes=rng.choice([5, 15, 30, 60]),
                         unable_to_locate=False, note="Checked in; talked about next steps.",
                         created_at=now, updated_at=now, updated_by=site.actor.account_id)
                    for pid in ids for _ in range(history_contacts)]
            with site.unit_of_work() as session:
                sqlfuncs.declare_import(session)  # rows naming other staff members as who made them
                for i in range(0, len(rows), 5000):
                    session.execute(insert(M.Contact.__table__), rows[i:i + 5000])
                session.execute(text(
                    "UPDATE participant p SET last_contact_at = c.latest FROM "
                    "(SELECT participant_id, max(at) AS latest FROM contact GROUP BY participant_id) c "
                    "WHERE c.participant_id = p.id"))
        steps["history_contacts"] = time.perf_counter() - start
    finally:
        site.close()
    return Setup(address, owner, owner_password, names, ids, shared.id, steps)


# ----- the workers -------------------------------------------------------------------


def _search_term(rng: random.Random) -> str:
    """What people type: mostly 2–4 letters from a name they know, sometimes letters matching nobody."""
    size = rng.randint(2, 4)
    if rng.random() < 0.2:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
    name = rng.choice(FIRST_F + FIRST_M + LAST + STREET).lower()
    at = rng.randrange(0, max(1, len(name) - size + 1)) if rng.random() < 0.3 else 0
    return name[at:at + size]


def worker_main(index: int, address: ServerAddress, username: str, seconds: float, participant_ids: list[str],
                shared_id: str, editor: bool, intake_every: int, hot_share: float, seed: int,
                barrier, queue) -> None:  # noqa: ANN001
    """One case manager's program: sign in, wait for the others, work for `seconds`, report."""
    out: dict = {"worker": index, "latency": {k: [] for k in KINDS}, "errors": [], "saves": [], "intakes": [],
                 "edits": [], "conflicts": 0, "polls": 0, "changes_seen": 0, "start": None, "end": None}
    site = None
    try:
        site = server_site.sign_in_server(address, username, STAFF_PASSWORD)
    except Exception:  # noqa: BLE001 - every failure is counted
        out["errors"].append(("sign_in", traceback.format_exc()))
    try:
        barrier.wait(timeout=300)
    except threading.BrokenBarrierError:
        out["errors"].append(("start", "the workers' start barrier broke"))
    if site is not None:
        try:
            _work(site, out, index, seconds, participant_ids, shared_id, editor, intake_every, hot_share,
                  random.Random(seed))
        finally:
            site.close()
    queue.put(out)


def _work(site, out: dict, index: int, seconds: float, participant_ids: list[str], shared_id: str,  # noqa: ANN001
          editor: bool, intake_every: int, hot_share: float, rng: random.Random) -> None:
    serial = 0

    def token() -> str:
        nonlocal serial
        serial += 1
        return f"w{index:02d}-{serial:06d}-{secrets.token_hex(4)}"

    def timed(kind: str, fn):  # noqa: ANN001, ANN202
        start = time.perf_counter()
        try:
            result = fn()
        except Exception:  # noqa: BLE001 - every failure is counted, with its traceback
            out["errors"].append((kind, traceback.format_exc()))
            return None
        out["latency"][kind].append(time.perf_counter() - start)
        return result

    def save_contact() -> None:
        pid = shared_id if hot_share and rng.random() < hot_share else rng.choice(participant_ids)
        mark = token()
        values = {"at": datetime.now().replace(microsecond=0) - timedelta(minutes=rng.randrange(1, 240)),
                  "contact_type": rng.choice(CONTACT_TYPES), "location": rng.choice(PLACES),
                  "duration_minutes": rng.choice([5, 10, 15, 30, 45]), "unable_to_locate": False,
                  "note": f"Load contact {mark}"}
        record = timed("save", lambda: P.add_record(site, "contact", pid, values))
        if record is not None:
            out["saves"].append((record.id, pid, mark))

    def intake() -> None:
        mark = token()
        values = _person(rng, date.today() - timedelta(days=rng.randrange(0, 30)))
        values["case_manager_id"] = site.actor.account_id
        values["where_to_find"] = f"Intake {mark}"

        def save() -> P.ParticipantDetail:
            try:
                return P.create_participant(site, values)
            except P.DuplicatesFound:  # the dialog shows them; the person decides it is someone new
                return P.create_participant(site, values, reviewed_duplicates=True)

        detail = timed("intake", save)
        if detail is not None:
            out["intakes"].append((detail.id, detail.lead_number, mark))

    def edit_shared() -> None:
        opened = timed("open_profile", lambda: P.get_participant(site, shared_id))
        if opened is None:
            return
        mark = token()
        values = dict(opened.values)
        values["where_to_find"] = f"Edit {mark}"
        time.sleep(rng.uniform(0, 0.05))  # typing
        expected = opened.version
        for _attempt in range(5):
            start = time.perf_counter()
            try:
                saved = P.update_participant(site, shared_id, values, expected_version=expected)
            except SavedAtTheSameTime:  # met another save while writing: save again to compare
                out["conflicts"] += 1
                continue
            except EditConflict as conflict:  # both versions shown; this person keeps theirs
                out["conflicts"] += 1
                expected = conflict.current_version
                continue
            except Exception:  # noqa: BLE001
                out["errors"].append(("edit", traceback.format_exc()))
                return
            out["latency"]["edit"].append(time.perf_counter() - start)
            out["edits"].append((expected, saved.version, mark))
            return

    out["start"] = time.time()
    start = time.perf_counter()
    deadline = start + seconds
    last_poll = start
    cycle = 0
    while time.perf_counter() < deadline:
        cycle += 1
        for _ in range(SEARCHES_PER_SAVE):
            term = _search_term(rng)
            timed("search", lambda: P.list_participants(site, query=term, limit=100))
        save_contact()
        if intake_every and cycle % intake_every == 0:
            intake()
        if editor and cycle % EDIT_EVERY == 0:
            edit_shared()
        if time.perf_counter() - last_poll >= POLL_SECONDS:
            last_poll = time.perf_counter()
            try:
                out["changes_seen"] += len(site.poll_changes())
                out["polls"] += 1
            except Exception:  # noqa: BLE001
                out["errors"].append(("poll", traceback.format_exc()))
    out["end"] = time.time()


def run_workers(setup: Setup, seconds: float, workers: int, intake_every: int = INTAKE_EVERY,
                editors: int = EDITORS, hot_share: float = HOT_SHARE, seed: int = 11) -> tuple[list[dict], float]:
    """Start the worker processes together; their reports and the wall time of the working window."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers)
    queue = ctx.Queue()
    procs = [
        ctx.Process(target=worker_main, name=f"load-worker-{i}", args=(
            i, setup.address, setup.case_managers[i], seconds, setup.participant_ids, setup.shared_id,
            i < editors, intake_every, hot_share, seed * 1000 + i, barrier, queue))
        for i in range(workers)
    ]
    for proc in procs:
        proc.start()
    reports: list[dict] = []
    give_up = time.monotonic() + seconds + 600
    try:
        while len(reports) < workers:
            try:
                reports.append(queue.get(timeout=1))
            except Empty:
                if time.monotonic() > give_up or not any(p.is_alive() for p in procs):
                    with contextlib.suppress(Empty):  # a report written just before its process ended
                        while len(reports) < workers:
                            reports.append(queue.get(timeout=5))
                        break
                    raise RuntimeError(f"{workers - len(reports)} load worker(s) ended without a report "
                                       f"(exit codes {[p.exitcode for p in procs]})") from None
    finally:
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        queue.close()
        queue.join_thread()
    starts = [r["start"] for r in reports if r["start"]]
    ends = [r["end"] for r in reports if r["end"]]
    window = (max(ends) - min(starts)) if starts and ends else 0.0
    return sorted(reports, key=lambda r: r["worker"]), window


# ----- checking every acknowledged write ---------------------------------------------


@dataclass
class Check:
    lost_saves: int = 0
    lost_intakes: int = 0
    lost_edits: int = 0  # the last acknowledged edit is not what the profile holds
    silent_overwrites: int = 0
    stored_not_acknowledged: int = 0  # contacts in the database whose save reported an error
    duplicate_lead_numbers: int = 0
    audit_ok: bool = False
    audit_entries: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def lost_updates(self) -> int:
        return self.lost_saves + self.lost_intakes + self.lost_edits


def verify(setup: Setup, reports: list[dict]) -> Check:
    check = Check()
    saves = [s for r in reports for s in r["saves"]]
    intakes = [s for r in reports for s in r["intakes"]]
    edits = [e for r in reports for e in r["edits"]]
    vault = server.connect(setup.address, setup.owner, setup.owner_password)
    try:
        with vault.engine.connect() as conn:
            found: dict[str, tuple] = {}
            ids = [s[0] for s in saves]
            for i in range(0, len(ids), 5000):
                found.update((r[0], r) for r in conn.execute(text(
                    "SELECT id, participant_id, note, deleted_at FROM contact WHERE id = ANY(:ids)"),
                    {"ids": ids[i:i + 5000]}))
            for record_id, pid, mark in saves:
                row = found.get(record_id)
                if row is None or row[1] != pid or row[2] != f"Load contact {mark}" or row[3] is not None:
                    check.lost_saves += 1
            stored = conn.scalar(text("SELECT count(*) FROM contact WHERE note LIKE 'Load contact %'"))
            check.stored_not_acknowledged = stored - (len(saves) - check.lost_saves)

            people = {r[0]: r for r in conn.execute(text(
                "SELECT id, lead_number, where_to_find, deleted_at FROM participant WHERE id = ANY(:ids)"),
                {"ids": [s[0] for s in intakes]})}
            for pid, lead_number, mark in intakes:
                row = people.get(pid)
                if row is None or row[1] != lead_number or row[2] != f"Intake {mark}" or row[3] is not None:
                    check.lost_intakes += 1
            total, distinct = conn.execute(text(
                "SELECT count(*), count(DISTINCT lead_number) FROM participant")).one()
            check.duplicate_lead_numbers = total - distinct

            # Optimistic locking: every acknowledged edit replaced exactly the version it was based on,
            # so no two share a base and each produced base + 1; the last one is what the profile holds.
            bases = [e[0] for e in edits]
            check.silent_overwrites = sum(1 for base, new, _m in edits if new != base + 1) + \
                (len(bases) - len(set(bases)))
            if edits:
                last = max(edits, key=lambda e: e[1])
                version, where = conn.execute(text(
                    "SELECT row_version, where_to_find FROM participant WHERE id = :id"), {"id": setup.shared_id}).one()
                if version != last[1] or where != f"Edit {last[2]}":
                    check.lost_edits = 1
                    check.notes.append(f"shared profile at version {version}, last acknowledged edit made {last[1]}")
        with vault.unit_of_work() as session:  # the same verifier the audit page runs
            chain = audit_log.verify_chain(session)
        check.audit_ok, check.audit_entries = chain.ok, chain.entries
        if not chain.ok:
            check.notes.append(f"audit chain broken at seq {chain.first_bad_seq}: {chain.reason}")
    finally:
        vault.close()
    return check


# ----- the whole scenario ------------------------------------------------------------


@dataclass
class LoadReport:
    workers: int
    seconds: float  # asked
    window: float  # measured
    participants: int
    setup_seconds: dict[str, float]
    latency: dict[str, list[float]]
    errors: list[tuple[str, str]]
    conflicts: int
    edits: int
    polls: int
    check: Check

    def count(self, kind: str) -> int:
        return len(self.latency[kind])

    @property
    def operations(self) -> int:
        return sum(self.count(k) for k in KINDS)

    def per_second(self, kind: str | None = None) -> float:
        n = self.operations if kind is None else self.count(kind)
        return n / self.window if self.window else 0.0

    def percentile(self, kind: str, q: int) -> float | None:
        data = self.latency[kind]
        if not data:
            return None
        if len(data) == 1:
            return data[0]
        return statistics.quantiles(data, n=100, method="inclusive")[q - 1]

    @property
    def ok(self) -> bool:
        return (not self.errors and self.check.lost_updates == 0 and self.check.silent_overwrites == 0
                and self.check.duplicate_lead_numbers == 0 and self.check.audit_ok and self.operations > 0)


def scenario(pg, seconds: float = SECONDS, workers: int = WORKERS, participants: int = PARTICIPANTS,  # noqa: ANN001
             history_contacts: int = HISTORY_CONTACTS, intake_every: int = INTAKE_EVERY, editors: int = EDITORS,
             hot_share: float = HOT_SHARE, quiet: bool = False) -> LoadReport:
    """Fill a new site on `pg` (a tests.helpers.pgserver.PgServer), run the workers, check every write."""
    setup = prepare(pg, participants, workers, history_contacts, quiet=quiet)
    if not quiet:
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in setup.seconds.items())
        print(f"  set up in {sum(setup.seconds.values()):.1f} s ({steps}); "
              f"{workers} case managers working for {seconds:g} s …", flush=True)
    reports, window = run_workers(setup, seconds, workers, intake_every, editors, hot_share)
    check = verify(setup, reports)
    latency = {k: [x for r in reports for x in r["latency"][k]] for k in KINDS}
    return LoadReport(
        workers=workers, seconds=seconds, window=window, participants=participants, setup_seconds=setup.seconds,
        latency=latency, errors=[e for r in reports for e in r["errors"]], conflicts=sum(r["conflicts"] for r in reports),
        edits=sum(len(r["edits"]) for r in reports), polls=sum(r["polls"] for r in reports), check=check,
    )


def result_entries(report: LoadReport) -> list[dict]:
    """Rows for benchmarks/results.json, in its shape: latency rows hold the p95 in "seconds"; count rows
    hold their count in "count" (like peak_rss_mb, "seconds" is then the figure itself)."""
    common = {"n": report.participants, "baseline_seconds": None, "ratio": None, "workers": report.workers,
              "duration_seconds": round(report.window, 2)}
    rows = []
    for kind in KINDS:
        p50, p95 = report.percentile(kind, 50), report.percentile(kind, 95)
        rows.append({"scenario": f"server_{kind}", **common, "seconds": round(p95, 5) if p95 is not None else None,
                     "p50_seconds": round(p50, 5) if p50 is not None else None,
                     "count": report.count(kind), "ops_per_second": round(report.per_second(kind), 1)})
    rows.append({"scenario": "server_total", **common, "seconds": None, "count": report.operations,
                 "ops_per_second": round(report.per_second(), 1),
                 "setup_seconds": round(sum(report.setup_seconds.values()), 1)})
    c = report.check
    for name, value in (("server_errors", len(report.errors)), ("server_lost_updates", c.lost_updates),
                        ("server_silent_overwrites", c.silent_overwrites),
                        ("server_edit_conflicts_reported", report.conflicts),
                        ("server_duplicate_lead_numbers", c.duplicate_lead_numbers)):
        rows.append({"scenario": name, **common, "seconds": value, "count": value})
    return rows


def print_report(report: LoadReport) -> None:
    c = report.check
    print(f"\nserver load: {report.workers} case managers × {report.window:.1f} s on PostgreSQL 15 (TLS, loopback), "
          f"{report.participants:,} participants")
    print(f"{'scenario':<32}{'count':>8}{'ops/s':>10}{'p50 ms':>10}{'p95 ms':>10}  target")
    for kind in KINDS:
        p50, p95 = report.percentile(kind, 50), report.percentile(kind, 95)
        ms = lambda v: f"{v * 1000:>10.1f}" if v is not None else f"{'—':>10}"  # noqa: E731
        print(f"{'server_' + kind:<32}{report.count(kind):>8}{report.per_second(kind):>10.1f}{ms(p50)}{ms(p95)}  —")
    print(f"{'server_total':<32}{report.operations:>8}{report.per_second():>10.1f}{'':>20}  —")
    for name, value, target in (
        ("server_errors", len(report.errors), 0),
        ("server_lost_updates", c.lost_updates, 0),
        ("server_silent_overwrites", c.silent_overwrites, 0),
        ("server_duplicate_lead_numbers", c.duplicate_lead_numbers, 0),
        ("server_edit_conflicts", report.conflicts, None),
    ):
        verdict = f"= {target} {'ok' if value == target else 'MISSED'}" if target is not None else \
            f"reported to the person ({report.edits} edits saved)"
        print(f"{name:<32}{value:>8}{'':>30}  {verdict}")
    print(f"{'server_audit_chain':<32}{c.audit_entries:>8}{'':>30}  verifies {'ok' if c.audit_ok else 'MISSED'}")
    if c.stored_not_acknowledged:
        print(f"  {c.stored_not_acknowledged} contact(s) stored although their save reported an error")
    for note in c.notes:
        print(f"  {note}")
    if report.errors:
        kinds: dict[str, int] = {}
        for kind, _tb in report.errors:
            kinds[kind] = kinds.get(kind, 0) + 1
        print("errors by call: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        shown: set[str] = set()
        for kind, tb in report.errors:
            last = tb.strip().splitlines()[-1]
            if last not in shown:  # one traceback per distinct failure
                shown.add(last)
                # The statement's parameters are left out: they hold the (synthetic) names.
                body = "\n".join(line for line in tb.splitlines() if not line.startswith("[parameters:"))
                print(f"--- first {kind} error: ---\n{body}")


def run(seconds: float = SECONDS, workers: int = WORKERS, participants: int = PARTICIPANTS,
        intake_every: int = INTAKE_EVERY, hot_share: float = HOT_SHARE) -> tuple[LoadReport | None, list[dict]]:
    """Start a PostgreSQL server, run the scenario, stop the server. (None, []) when PostgreSQL 15 is
    not installed (`make debs-pg`)."""
    from tests.helpers import pgserver

    if not pgserver.available():
        print("server load: PostgreSQL 15 is not installed (make debs-pg; make bench does this) — MISSED")
        return None, []
    print(f"\nserver load: starting PostgreSQL and filling a site with {participants:,} participants …", flush=True)
    pg = pgserver.start()
    try:
        report = scenario(pg, seconds, workers, participants, intake_every=intake_every, hot_share=hot_share)
    finally:
        pg.stop()
    print_report(report)
    return report, result_entries(report)


def save_results(entries: list[dict]) -> None:
    """Replace the server rows of benchmarks/results.json, keeping the local benchmarks' rows."""
    path = HERE / "results.json"
    rows = json.loads(path.read_text()) if path.exists() else []
    rows = [r for r in rows if not str(r.get("scenario", "")).startswith("server_")] + entries
    path.write_text(json.dumps(rows, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server_load", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--participants", type=int, default=PARTICIPANTS)
    parser.add_argument("--intake-every", type=int, default=INTAKE_EVERY,
                        help="cycles between new participants per worker (0: none)")
    parser.add_argument("--hot-share", type=float, default=HOT_SHARE,
                        help="share of contacts recorded for the profile the editors are saving (0–1)")
    args = parser.parse_args(argv)
    report, entries = run(args.seconds, args.workers, args.participants, args.intake_every, args.hot_share)
    if report is None:
        return 1
    save_results(entries)
    print(f"\nresults written to {HERE / 'results.json'}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
