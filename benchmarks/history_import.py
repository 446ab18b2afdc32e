"""`make bench` scenario: a site's history of 5,000 people, 5,000 referrals and 100,000 contacts, checked
and imported into a new site (issue 16), under 60 s with progress reported along the way; then the same
import canceled at 80 % of its progress, which must leave nothing behind.

The history is made up (seeded) and written as three CSV files, the way a site's spreadsheets come:
a people sheet with a Status column and no enrollment date, referrals joined by the client ID (the
arrest diversions without officer or offense), contacts with notes. BENCH_HISTORY_PEOPLE and
BENCH_HISTORY_CONTACTS change its size. Rows "history_*" in benchmarks/results.json.

    python -m benchmarks.history_import
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services import site as sites
from lead_desktop.storage import models as M

HERE = Path(__file__).resolve().parent
PASSWORD = "benchmark-password-1"
PEOPLE, CONTACTS = 5000, 100_000
TARGET_SECONDS = 60.0

FIRST = ("Ana", "José", "Marcus", "Zoë", "Lan", "Darnell", "Íñigo", "Mary", "Tomás", "Aiyana", "Wei", "Sam", "Renée",
         "Kevin", "Rosa", "James", "Linh", "Dana", "Pat", "Chris")
LAST = ("Peña", "Bell", "Ångström", "Nguyễn", "Hayes", "Ruíz", "O'Neil", "Herrera", "Redcloud", "Chen", "Porter",
        "Dubois", "Marsh", "Delgado", "Whitfield", "Okafor", "Tran", "Ortega", "Lee", "Walker")
RACES = ("White", "Black, African American or African", "Hispanic/Latina/e/o", "Asian or Asian American",
         "American Indian, Alaska Native or Indigenous", "")
ENROLLED = ("Active", "Enrolled", "Inactive", "Activo")


def make_history(folder: Path, people: int, contacts: int, seed: int = 16) -> None:
    """Three CSV files as a site exports them: UTF-8 with a BOM, US dates."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 2, 9, 0)
    enrolled: list[tuple[str, datetime]] = []
    with open(folder / "people.csv", "w", encoding="utf-8-sig", newline="") as p_file, \
            open(folder / "referrals.csv", "w", encoding="utf-8-sig", newline="") as r_file:
        p_rows, r_rows = csv.writer(p_file), csv.writer(r_file)
        p_rows.writerow(["Client ID", "First Name", "Last Name", "DOB", "Sex", "Race/Ethnicity", "Status"])
        r_rows.writerow(["Client ID", "Referral Date", "Pathway", "Agency", "Officer", "Alleged Offence", "Outcome",
                         "Outcome Date"])
        for i in range(people):
            client = f"C-{i:06d}"
            dob = datetime(1950, 1, 1) + timedelta(days=3 * i + rng.randrange(3))  # a birthday each
            joined = rng.random() < 0.7
            # A made-up surname each, so no two people look like the same person (a possible match for review).
            surname = "".join(rng.choice("bcdfghjklmnprstvwz") + rng.choice("aeiouáé") for _ in range(4)).title()
            p_rows.writerow([client, rng.choice(FIRST), surname, dob.strftime("%m/%d/%Y"),
                             rng.choice(("Male", "Female")), rng.choice(RACES),
                             rng.choice(ENROLLED) if joined else "Not enrolled"])
            referred = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 3))
            pathway = rng.choice(("Arrest diversion", "Social contact", "Community"))
            outcome = "Enrolled" if joined else rng.choice(("Declined", "Ineligible", ""))
            decided = (referred + timedelta(days=rng.randrange(0, 20))).strftime("%m/%d/%Y") if outcome else ""
            r_rows.writerow([client, referred.strftime("%m/%d/%Y %H:%M"), pathway,
                             "" if pathway == "Community" else "City Police Department",
                             rng.choice(("", "Dana Ruiz", "Sam Ortega")) if pathway != "Community" else "",
                             rng.choice(("", "Trespass", "Possession")) if pathway == "Arrest diversion" else "",
                             outcome, decided])
            if joined:
                enrolled.append((client, referred))
    with open(folder / "contacts.csv", "w", encoding="utf-8-sig", newline="") as c_file:
        c_rows = csv.writer(c_file)
        c_rows.writerow(["Client ID", "Contact Date", "Type", "Minutes", "Location", "Case Note"])
        for n in range(contacts):
            client, referred = enrolled[n % len(enrolled)]
            at = referred + timedelta(days=1 + n // len(enrolled) * 7, minutes=rng.randrange(0, 600))
            c_rows.writerow([client, at.strftime("%m/%d/%Y %H:%M"), rng.choice(("Street / field", "Office", "Phone")),
                             rng.randrange(5, 90), rng.choice(("Park", "LEAD office", "")),
                             rng.choice(("Check-in.", "+1-555-0100 is the shelter's desk.", "Talked about housing.\n"
                                         "Wants an ID."))])


def _records(site) -> tuple[int, int, int]:  # noqa: ANN001
    with site.unit_of_work() as session:
        return tuple(session.scalar(select(func.count()).select_from(m))  # type: ignore[return-value]
                     for m in (M.Participant, M.Referral, M.Contact))


def run(people: int = PEOPLE, contacts: int = CONTACTS) -> tuple[bool, list[dict]]:
    """Time the scenario; (within the targets, result rows)."""
    work = Path(tempfile.mkdtemp(prefix="lead-history-bench-"))
    entries: list[dict] = []

    def record(scenario: str, seconds: float, **extra: object) -> None:
        entries.append({"scenario": scenario, "n": people + people + contacts, "seconds": round(seconds, 3),
                        "baseline_seconds": None, "ratio": None, **extra})

    try:
        print(f"\nhistory import: {people:,} people, {people:,} referrals, {contacts:,} contacts …", flush=True)
        make_history(work, people, contacts)
        site, _key = sites.create_site(work / "site", "History Benchmark", "admin", PASSWORD, "Ada Admin")
        try:
            reports: list[tuple[int, int]] = []
            start = time.perf_counter()
            files = ex.read_history(work / "people.csv", work / "referrals.csv", work / "contacts.csv")
            mapping = X.suggest_history_mapping(files.people.headers, files.referrals.headers, files.contacts.headers)
            read = time.perf_counter() - start
            start = time.perf_counter()
            check = ex.check_history(site, files, mapping, progress=lambda d, t: reports.append((d, t)))
            checked = time.perf_counter() - start
            # Made-up names can look alike (a similar name and a close birthday): as a person would after
            # looking, those are confirmed to be different people.
            reviewed = [r.number for r in check.sheet("people").rows if r.status == ex.POSSIBLE_MATCH]
            check = ex.check_history(site, files, mapping, reviewed=reviewed)
            assert not check.invalid, [r.reasons for _n, s in check.sheets for r in s.rows if r.reasons][:3]

            def cancel_late() -> bool:
                return bool(reports) and reports[-1][0] >= 0.8 * reports[-1][1]

            reports.clear()
            start = time.perf_counter()
            try:
                ex.run_history_import(site, files, mapping, reviewed=reviewed,
                                      progress=lambda d, t: reports.append((d, t)), cancelled=cancel_late)
                cancelled_cleanly = False
            except ex.ImportCancelled:
                cancelled_cleanly = _records(site) == (0, 0, 0)
            cancel_seconds = time.perf_counter() - start
            reports.clear()
            start = time.perf_counter()
            result = ex.run_history_import(site, files, mapping, reviewed=reviewed,
                                           progress=lambda d, t: reports.append((d, t)))
            imported = time.perf_counter() - start
            created = _records(site)
            steps = len(reports)
        finally:
            site.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = read + checked + imported
    ok = (result.committed and created == (result.created["people"], result.created["referrals"],
                                           result.created["contacts"]) and total < TARGET_SECONDS and cancelled_cleanly)
    record("history_read_files", read)
    record("history_check", checked)
    record("history_import", imported, progress_reports=steps, created=list(created), reviewed=len(reviewed))
    record("history_total", total, target_seconds=TARGET_SECONDS)
    record("history_cancel_at_80_percent", cancel_seconds, nothing_left=cancelled_cleanly)
    print(f"{'history_read_files':<28}{read:>10.1f} s")
    print(f"{'history_check':<28}{checked:>10.1f} s")
    print(f"{'history_import':<28}{imported:>10.1f} s  ({steps} progress reports; created {created})")
    print(f"{'history_total':<28}{total:>10.1f} s  < {TARGET_SECONDS:.0f} s {'ok' if total < TARGET_SECONDS else 'MISSED'}")
    print(f"{'history_cancel_at_80_percent':<28}{cancel_seconds:>10.1f} s  "
          f"{'nothing left behind' if cancelled_cleanly else 'MISSED: records left behind'}")
    return ok, entries


def save_results(entries: list[dict]) -> None:
    """Replace the history rows of benchmarks/results.json, keeping the other scenarios' rows."""
    path = HERE / "results.json"
    rows = json.loads(path.read_text()) if path.exists() else []
    rows = [r for r in rows if not str(r.get("scenario", "")).startswith("history_")] + entries
    path.write_text(json.dumps(rows, indent=1))


def run_and_save(failures: list[str]) -> None:
    """What benchmarks/__main__.py calls: run, keep the rows, note a missed target."""
    ok, entries = run(int(os.environ.get("BENCH_HISTORY_PEOPLE", PEOPLE)),
                      int(os.environ.get("BENCH_HISTORY_CONTACTS", CONTACTS)))
    save_results(entries)
    if not ok:
        failures.append("history_import")


def main() -> int:
    failures: list[str] = []
    run_and_save(failures)
    print(f"results written to {HERE / 'results.json'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
