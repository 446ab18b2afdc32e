"""The program report's JSON for the seeded data set (seeded.py), number for number, against a kept copy.

program_numbers.json holds what the report's queries gave before they were rewritten for speed;
every period below must still give exactly that, on a laptop's file and on the server. After a
change that is meant to move a number, write the file anew with LEAD_WRITE_PROGRAM_JSON=1 and
say in the commit which numbers moved and why.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from lead_desktop.reports import program_export
from lead_desktop.reports.tabular import jsonable
from lead_desktop.services import metrics
from tests.services.metrics.seeded import build_seeded

KEPT = Path(__file__).with_name("program_numbers.json")
TODAY = date(2026, 1, 15)
PERIODS = {
    "year 2025": metrics.period_for("year", date(2025, 6, 1)),
    "Q1 2025": metrics.period_for("quarter", date(2025, 2, 1)),
    "March 2025": metrics.period_for("month", date(2025, 3, 9)),
    "February 2026": metrics.period_for("month", date(2026, 2, 1)),
    "July 2023 to February 2025": metrics.custom_period(date(2023, 7, 15), date(2025, 2, 10)),
}


def _documents(site) -> dict:  # noqa: ANN001
    out = {}
    for label, period in PERIODS.items():
        data = metrics.program_numbers(site, period, today=TODAY)
        out[label] = jsonable(program_export.json_payload(data))
        if label == "year 2025":
            out[label + ", public"] = jsonable(program_export.json_payload(metrics.public_view(data)))
    return out


def test_every_number_is_as_it_was(new_site):
    build_seeded(new_site)
    got = _documents(new_site)
    if os.environ.get("LEAD_WRITE_PROGRAM_JSON") == "1":
        KEPT.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kept = json.loads(KEPT.read_text(encoding="utf-8"))
    assert list(got) == list(kept)
    for label in kept:
        assert got[label] == kept[label], label
