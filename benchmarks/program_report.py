"""The program report scenario of `make bench`: a year's report at the bench size, and its numbers by hand.

Two figures: the whole report as the window and `lead-desktop-admin report program` make it
(`reporting.export`: every number counted, the PDF laid out and written, the export audited),
and its numbers alone (`metrics.program_numbers`) next to the same numbers counted with
hand-written SQL on the same encrypted file through sqlcipher3 (RAW below). The second ratio
is what SQLAlchemy and the services cost over plain SQL; the hand-written counts must agree
with the program's, or the scenario fails.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlcipher3

from lead_desktop.domain import referrals as R
from lead_desktop.reports.tabular import Period
from lead_desktop.services import metrics, reporting
from lead_desktop.services.metrics.periods import _month_starts
from lead_desktop.services.session import SiteSession

DAY = date(2025, 6, 1)  # the year 2025, whose months the bench site's made-up data fill
REPEAT = 5
TODAY = date(2025, 12, 31)


def once(fn) -> tuple[float, float]:  # noqa: ANN001
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _c in samples), statistics.median(c for _w, c in samples)


# ----- the numbers by hand ---------------------------------------------------------------------

PEOPLE = "p.deleted_at IS NULL AND +p.merged_into_id IS NULL"  # + : read the table, not the list's index
SERVED = "p.enrolled_on <= :end AND (p.exit_date IS NULL OR p.exit_date >= :start)"
RAW = {
    "contacts": f"""
        SELECT count(*), coalesce(sum(c.n), 0)
        FROM (SELECT participant_id, count(*) AS n FROM contact
              WHERE deleted_at IS NULL AND unable_to_locate = 0 AND at >= :from_time AND at < :to_time
              GROUP BY participant_id) c
        JOIN participant p ON p.id = c.participant_id
        WHERE {PEOPLE} AND {SERVED}""",
    "referrals": """
        SELECT pathway, outcome, race_ethnicity,
               CASE WHEN intake_due_on IS NULL THEN NULL
                    WHEN intake_completed_on IS NOT NULL
                         THEN CASE WHEN intake_completed_on <= intake_due_on THEN 'on_time' ELSE 'late' END
                    WHEN outcome IN ('ineligible', 'declined') THEN 'closed'
                    WHEN outcome = 'intake_not_completed' OR intake_due_on < :today THEN 'missed'
                    ELSE 'open' END,
               count(*)
        FROM referral WHERE deleted_at IS NULL AND referred_at >= :from_time AND referred_at < :to_time
        GROUP BY 1, 2, 3, 4""",
    "handoff": """
        SELECT pathway, referred_at, handoff_at FROM referral
        WHERE deleted_at IS NULL AND referred_at >= :from_time AND referred_at < :to_time AND handoff_at IS NOT NULL""",
    "people": f"""
        SELECT p.sex,
               CASE WHEN p.dob IS NULL THEN 'unknown' WHEN p.dob > :under_25 THEN 'under_25'
                    WHEN p.dob > :under_35 THEN '25_34' WHEN p.dob > :under_45 THEN '35_44'
                    WHEN p.dob > :under_55 THEN '45_54' WHEN p.dob > :under_65 THEN '55_64' ELSE '65_plus' END,
               p.race_ethnicity,
               CASE WHEN p.exit_date BETWEEN :start AND :end THEN p.exit_destination END,
               count(CASE WHEN {SERVED} THEN 1 END), count(CASE WHEN p.enrolled_on BETWEEN :start AND :end THEN 1 END),
               count(CASE WHEN p.exit_date BETWEEN :start AND :end THEN 1 END)
        FROM participant p
        WHERE {PEOPLE} AND ({SERVED} OR p.enrolled_on BETWEEN :start AND :end OR p.exit_date BETWEEN :start AND :end)
        GROUP BY 1, 2, 3, 4""",
    "caseload": f"""
        SELECT c.case_manager_id, a.display_name, c.n
        FROM (SELECT p.case_manager_id, count(*) AS n FROM participant p
              WHERE {PEOPLE} AND +p.status IN ('active', 'inactive', 'unable_to_locate') GROUP BY 1) c
        LEFT JOIN account a ON a.id = c.case_manager_id""",
    "linkages": f"""
        SELECT s.service_type, s.outcome, s.participant_id, count(*)
        FROM service_linkage s JOIN participant p ON p.id = s.participant_id
        WHERE s.deleted_at IS NULL AND s.referred_on BETWEEN :start AND :end AND {PEOPLE} GROUP BY 1, 2, 3""",
    "housing": f"""
        SELECT first, latest, count(*) FROM (
            SELECT max(CASE WHEN from_first = 1 THEN living_situation END) AS first,
                   max(CASE WHEN from_last = 1 THEN living_situation END) AS latest
            FROM (SELECT h.participant_id, h.living_situation,
                         row_number() OVER (PARTITION BY h.participant_id
                                            ORDER BY h.effective_on > :start,
                                                     CASE WHEN h.effective_on <= :start THEN h.effective_on END DESC,
                                                     CASE WHEN h.effective_on <= :start THEN h.created_at END DESC,
                                                     h.effective_on, h.created_at) AS from_first,
                         row_number() OVER (PARTITION BY h.participant_id
                                            ORDER BY h.effective_on DESC, h.created_at DESC) AS from_last
                  FROM housing_status h JOIN participant p ON p.id = h.participant_id
                  WHERE h.deleted_at IS NULL AND h.effective_on <= :end AND {PEOPLE}
                    AND h.participant_id IN (SELECT participant_id FROM housing_status
                                             WHERE deleted_at IS NULL AND effective_on BETWEEN :start AND :end))
            GROUP BY participant_id)
        GROUP BY 1, 2""",
    "trend_referrals": """
        SELECT substr(referred_at, 1, 7), count(*) FROM referral
        WHERE deleted_at IS NULL AND referred_at >= :trend_from AND referred_at < :trend_to GROUP BY 1""",
    "trend_enrollments": f"""
        SELECT substr(p.enrolled_on, 1, 7), count(*) FROM participant p
        WHERE {PEOPLE} AND p.enrolled_on >= :trend_start AND p.enrolled_on < :trend_stop GROUP BY 1""",
    "settings": "SELECT key, value FROM setting WHERE key IN ('site_name', 'intake_deadline_days', "
                "'reports.equity_baselines')",
}


def _parameters(period: Period) -> dict[str, str]:
    months = _month_starts(period)
    stop = R.add_months(months[-1], 1)
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    values = {
        "start": period.start.isoformat(), "end": period.end.isoformat(), "today": TODAY.isoformat(),
        "from_time": datetime.combine(period.start, datetime.min.time()).strftime(stamp),
        "to_time": datetime.combine(period.end + timedelta(days=1), datetime.min.time()).strftime(stamp),
        "trend_from": datetime.combine(months[0], datetime.min.time()).strftime(stamp),
        "trend_to": datetime.combine(stop, datetime.min.time()).strftime(stamp),
        "trend_start": months[0].isoformat(), "trend_stop": stop.isoformat(),
    }
    for years in (25, 35, 45, 55, 65):
        values[f"under_{years}"] = R.add_months(period.end, -12 * years).isoformat()
    return values


def raw_numbers(conn: sqlcipher3.Connection, period: Period) -> dict[str, object]:
    """The report's numbers with hand-written SQL and plain Python: the counts the program must match."""
    args = _parameters(period)
    rows = {name: conn.execute(sql, args).fetchall() for name, sql in RAW.items()}
    contacted, contacts = rows["contacts"][0]
    funnel, intakes = defaultdict(int), defaultdict(int)
    for pathway, outcome, _race, intake, n in rows["referrals"]:
        funnel[pathway] += n
        if intake is not None:
            intakes[intake] += n
    minutes = defaultdict(list)
    for pathway, referred, handoff in rows["handoff"]:
        value = R.handoff_minutes(datetime.fromisoformat(referred), datetime.fromisoformat(handoff))
        if value is not None and value >= 0:
            minutes[pathway].append(value)
    served = sum(row[4] for row in rows["people"])
    return {
        "referred": sum(funnel.values()), "intakes": sum(intakes.values()),
        "handoffs": sum(len(v) for v in minutes.values()),
        "served": served, "contacted": contacted, "contacts": contacts,
        "enrollments": sum(row[5] for row in rows["people"]), "exits": sum(row[6] for row in rows["people"]),
        "open": sum(n for _id, _name, n in rows["caseload"]),
        "linkages": sum(n for _t, _o, _p, n in rows["linkages"]),
        "linked": len({person for _t, _o, person, _n in rows["linkages"]}),
        "housing": sum(n for _first, _latest, n in rows["housing"]),
        "trend": (sum(n for _m, n in rows["trend_referrals"]), sum(n for _m, n in rows["trend_enrollments"])),
    }


def program_figures(data) -> dict[str, object]:  # noqa: ANN001 - a ProgramReportData
    return {
        "referred": data.funnel.total, "intakes": data.intake.total, "handoffs": data.handoff.table.total,
        "served": data.engagement.people.total, "contacted": data.engagement.people.count("contacted"),
        "contacts": data.engagement.contacts, "enrollments": data.enrollments, "exits": data.exits.total,
        "open": data.caseload.total, "linkages": data.linkages.table.total, "linked": data.linkages.people,
        "housing": data.housing.total, "trend": (sum(data.trend.referrals), sum(data.trend.enrollments)),
    }


# ----- the scenario ----------------------------------------------------------------------------


def run(site: SiteSession, raw: sqlcipher3.Connection) -> tuple[list[dict], list[str]]:
    """Result rows (program_report_year, program_numbers_year) and the problems found (none, normally)."""
    period = metrics.period_for("year", DAY)
    problems = []
    with tempfile.TemporaryDirectory(prefix="lead-bench-") as folder:
        target = Path(folder) / "program-report.pdf"
        request = reporting.ExportRequest(kind="program", format="pdf", period=period)
        pages = []

        def export() -> None:
            pages.append(reporting.export(site, request, target, today=TODAY).pages)

        first, _cpu = once(export)
        wall, cpu = medians([once(export) for _ in range(REPEAT)])
    # The program's numbers and the hand-written ones in turn, so a change in the machine's load
    # falls on both alike.
    program = lambda: metrics.program_numbers(site, period, today=TODAY)  # noqa: E731
    by_hand = lambda: raw_numbers(raw, period)  # noqa: E731
    once(by_hand)  # the program's numbers were just counted for the report: both start warm
    pairs = [(once(program), once(by_hand)) for _ in range(REPEAT)]
    numbers_wall, numbers_cpu = medians([ours for ours, _theirs in pairs])
    raw_wall, raw_cpu = medians([theirs for _ours, theirs in pairs])
    ours, theirs = program_figures(metrics.program_numbers(site, period, today=TODAY)), raw_numbers(raw, period)
    if ours != theirs:
        problems.append(f"program report: the program's numbers {ours} differ from the hand-written SQL's {theirs}")
    rows = [
        {"scenario": "program_report_year", "seconds": round(wall, 4), "cpu_seconds": round(cpu, 4),
         "first_run_seconds": round(first, 4), "pages": pages[-1], "baseline_seconds": None, "ratio": None},
        {"scenario": "program_numbers_year", "seconds": round(numbers_wall, 4), "cpu_seconds": round(numbers_cpu, 4),
         "baseline_seconds": round(raw_wall, 4), "baseline_cpu_seconds": round(raw_cpu, 4),
         "ratio": round(numbers_wall / raw_wall, 2) if raw_wall else None,
         "cpu_ratio": round(numbers_cpu / raw_cpu, 2) if raw_cpu else None},
    ]
    return rows, problems
