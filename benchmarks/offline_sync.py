"""Working offline, timed (issue 18's speed targets): a case manager's working copy of a server site.

A throw-away PostgreSQL 15 (tests/helpers/pgserver.py) gets a site with PARTICIPANTS people, all on one
case manager's caseload, each with a few contacts (benchmarks.server_load.prepare). Then, on a laptop
folder of its own:

* ``offline_first_fill`` — signing in and filling the copy for the first time (no target: it happens once,
  in the background of the first sign-in);
* ``offline_refresh_100`` — an administrator changes 100 rows on the server (a contact for each of 100
  people); the next sync brings only those into the copy: under 2 s;
* ``offline_send_100`` — 100 contacts recorded offline; the sync that sends them, each exactly once: under
  5 s.

Run alone: ``python -m benchmarks.offline_sync --participants 2000``; `make bench` runs it after the other
benchmarks and adds its rows to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks import server_load
from lead_desktop.services import participants as P
from lead_desktop.services import server_site
from lead_desktop.services.offline import access, sync

HERE = Path(__file__).resolve().parent
PARTICIPANTS = 2000
CHANGED = 100
TARGETS = {"offline_refresh_100": 2.0, "offline_send_100": 5.0}  # seconds


def _contact(site, participant_id: str, note: str) -> None:  # noqa: ANN001 - a SiteSession
    P.add_record(site, "contact", participant_id, {"at": datetime.now() - timedelta(minutes=5),
                                                   "contact_type": "street", "note": note})


def scenario(pg, participants: int = PARTICIPANTS, quiet: bool = False) -> list[dict]:  # noqa: ANN001 - a PgServer
    """The three timings as result rows (scenario, n, seconds, target)."""
    say = (lambda *_a: None) if quiet else (lambda msg: print(msg, flush=True))
    setup = server_load.prepare(pg, participants=participants, workers=1, history_contacts=5, quiet=quiet)
    person = setup.case_managers[0]
    rows: list[dict] = []

    def record(name: str, seconds: float) -> None:
        rows.append({"scenario": name, "n": participants, "seconds": round(seconds, 3), "baseline_seconds": None,
                     "ratio": None, "target_seconds": TARGETS.get(name)})

    with tempfile.TemporaryDirectory(prefix="lead-offline-bench-") as folder:
        say("  first fill of the case manager's copy …")
        start = time.perf_counter()
        site = access.sign_in(setup.address, folder, person, server_load.STAFF_PASSWORD)
        try:
            first = sync.sync(site)
            record("offline_first_fill", time.perf_counter() - start)

            admin = server_site.sign_in_server(setup.address, "admin", server_load.ADMIN_PASSWORD)
            try:
                for participant_id in setup.participant_ids[:CHANGED]:
                    _contact(admin, participant_id, "recorded on the server")
            finally:
                admin.close()
            start = time.perf_counter()
            refreshed = sync.sync(site)
            record("offline_refresh_100", time.perf_counter() - start)

            sync.go_offline(site)
            for participant_id in setup.participant_ids[:CHANGED]:
                _contact(site, participant_id, "recorded offline")
            start = time.perf_counter()
            sent = sync.go_online(site)
            record("offline_send_100", time.perf_counter() - start)
        finally:
            site.close()
    if sent.sent != CHANGED or sent.waiting:
        raise RuntimeError(f"sent {sent.sent} of {CHANGED}, {sent.waiting} left waiting")
    say(f"  first fill received {first.received:,} rows; the refresh {refreshed.received:,}")
    return rows


def print_rows(rows: list[dict]) -> bool:
    ok = True
    for r in rows:
        target = r.get("target_seconds")
        met = target is None or r["seconds"] <= target
        ok = ok and met
        goal = f"< {target:g} s {'ok' if met else 'MISSED'}" if target else "(once per laptop)"
        print(f"{r['scenario']:<28}{r['n']:>8}{r['seconds'] * 1000:>10.0f} ms  {goal}")
    return ok


def run(participants: int = PARTICIPANTS) -> tuple[bool, list[dict]]:
    """Start a PostgreSQL server, time the scenario, stop the server."""
    from tests.helpers import pgserver

    if not pgserver.available():
        print("offline sync: PostgreSQL 15 is not installed (make debs-pg; make bench does this) — MISSED")
        return False, []
    print(f"\noffline sync: a case manager's copy with {participants:,} participants …", flush=True)
    pg = pgserver.start()
    try:
        rows = scenario(pg, participants)
    finally:
        pg.stop()
    return print_rows(rows), rows


def save_results(rows: list[dict]) -> None:
    """Replace the offline rows of benchmarks/results.json, keeping the others."""
    path = HERE / "results.json"
    kept = json.loads(path.read_text()) if path.exists() else []
    kept = [r for r in kept if not str(r.get("scenario", "")).startswith("offline_")] + rows
    path.write_text(json.dumps(kept, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.offline_sync", description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=PARTICIPANTS)
    args = parser.parse_args(argv)
    ok, rows = run(args.participants)
    if rows:
        save_results(rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
