"""Published numbers: the dataclass ⇄ JSON codec behind them, and keeping one row per report and period.

The server side (who may read and write them, what a viewer gets) is in tests/server/test_viewer_aggregates.py.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timezone
from enum import Enum

import pytest
from sqlalchemy import func, select

from lead_desktop.domain.roles import Role
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.meeting_packet import SnapshotData
from lead_desktop.reports.program_data import ProgramReportData
from lead_desktop.reports.tabular import Breakdown, Line, Period, Suppressed
from lead_desktop.services import metrics, published
from lead_desktop.storage import models as M

from tests.services.metrics.dataset import PERIOD, TODAY, build_dataset


@pytest.fixture
def numbers(new_site):
    ids = build_dataset(new_site)
    program = metrics.program_numbers(new_site, PERIOD, today=TODAY)
    fact = metrics.fact_sheet_numbers(new_site, today=TODAY)
    snap = metrics.snapshot(new_site, date(2025, 4, 20), today=TODAY)
    return program, fact, snap, ids


def roundtrip(kind, value):
    return published.loads(kind, json.dumps(json.loads(published.dumps(value))))


def test_every_number_type_comes_back_equal_exact_and_public(numbers):
    program, fact, snap, _ids = numbers
    for kind, value in ((ProgramReportData, program), (FactSheetNumbers, fact), (SnapshotData, snap)):
        assert roundtrip(kind, value) == value
        public = metrics.public_view(value)
        back = roundtrip(kind, public)
        assert back == public
    withheld = roundtrip(ProgramReportData, metrics.public_view(program))
    assert isinstance(withheld.enrollments, Suppressed) and withheld.enrollments.below == 11
    assert withheld.handoff.median_all == metrics.public_view(program).handoff.median_all
    assert isinstance(roundtrip(ProgramReportData, program).trend.months[0], date)
    assert isinstance(roundtrip(ProgramReportData, program).funnel.cells, tuple)


def test_the_json_holds_counts_and_labels_never_a_participant(numbers):
    program, fact, snap, ids = numbers
    text = published.dumps(program) + published.dumps(fact) + published.dumps(snap)
    for key, row_id in ids.items():
        assert row_id not in text, key
    for word in ("FirstP", "LastP", "Zoë", "Ñandú", "TEST-0", "Neighbor"):
        assert word not in text
    assert "Casey Able" in text  # staff names appear in the caseload table, as in the PDF


class Color(Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass(frozen=True)
class Sample:
    when: datetime
    role: Role
    color: Color
    pairs: tuple[tuple[str, int], ...]
    maybe: int | None = None
    count: int | Suppressed = 0


def test_dates_enums_nested_tuples_unions_and_defaults():
    value = Sample(datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc), Role.VIEWER, Color.BLUE,
                   (("a", 1), ("b", 2)), None, Suppressed(11))
    raw = published.encode(value)
    assert raw["role"] == "viewer" and raw["color"] == "blue" and raw["when"] == "2025-03-04T05:06:07+00:00"
    assert raw["count"] == {"below": 11}
    assert roundtrip(Sample, value) == value
    assert published.decode(Sample, {k: v for k, v in raw.items() if k not in ("maybe", "count")}) == \
        dataclasses.replace(value, count=0)


@pytest.mark.parametrize("change", [
    {"extra": 1},  # a field the dataclass does not have
    {"maybe": "7"},  # text for a number
    {"maybe": True},  # true is no count
    {"count": {"below": "x"}},
    {"color": "green"},  # not a member of the enum
    {"pairs": [["a", 1, 2]]},  # a pair of three
    {"when": 20250304},
])
def test_what_does_not_fit_the_dataclass_is_refused(change):
    raw = published.encode(Sample(datetime(2025, 3, 4), Role.VIEWER, Color.RED, ()))
    with pytest.raises(ValueError):
        published.decode(Sample, raw | change)
    missing = dict(raw)
    del missing["color"]
    with pytest.raises(ValueError):
        published.decode(Sample, missing)
    with pytest.raises(ValueError):
        published.loads(Sample, "not json")


def test_one_row_per_kind_and_period_replaced_by_the_next_computation(new_site):
    first = FactSheetNumbers(TODAY, Breakdown((Line("a", "A", 3),), 3), 1, 2, 3, 4, 5, 6)
    second = dataclasses.replace(first, enrolled=9)
    actor = new_site.actor.account_id
    with new_site.unit_of_work() as session:
        published.store(session, published.FACT_SHEET, TODAY, TODAY, first, actor)
        published.store(session, published.PROGRAM, PERIOD.start, PERIOD.end, first, actor)
    with new_site.unit_of_work() as session:
        published.store(session, published.FACT_SHEET, TODAY, TODAY, second, actor)
    with new_site.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(M.PublishedNumbers)) == 2
        found = published.load(session, published.FACT_SHEET, TODAY, TODAY, FactSheetNumbers)
        assert found.numbers == second and found.computed_by == actor
        assert published.load(session, published.FACT_SHEET, PERIOD.start, PERIOD.end, FactSheetNumbers) is None
        # a row that does not fit what is asked for reads as not prepared
        assert published.load(session, published.PROGRAM, PERIOD.start, PERIOD.end, ProgramReportData) is None
    with pytest.raises(ValueError):
        with new_site.unit_of_work() as session:
            published.store(session, "roster", TODAY, TODAY, first, actor)


def test_on_a_laptop_nothing_is_published(new_site):
    build_dataset(new_site)
    metrics.program_numbers(new_site, PERIOD, today=TODAY)
    metrics.fact_sheet_numbers(new_site, today=TODAY)
    assert not metrics.reads_published(new_site)
    with new_site.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(M.PublishedNumbers)) == 0


def test_periods_keep_their_kind_through_the_codec():
    assert roundtrip(Period, PERIOD) == PERIOD and roundtrip(Period, PERIOD).kind == "quarter"
