"""The program report's numbers (services.metrics.program), against the hand-counted data set."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from lead_desktop.reports import program_report
from tests.services.metrics.dataset import EXPECTED
from tests.services.metrics.helpers import pdf_text


def test_referral_funnel_by_pathway(data):
    funnel = data.funnel
    for pathway, outcomes in EXPECTED["funnel"].items():
        for outcome, count in outcomes.items():
            assert funnel.cell(pathway, outcome) == count, (pathway, outcome)
        assert funnel.row_total(pathway) == EXPECTED["referred"][pathway]
    assert funnel.total == EXPECTED["referred"]["all"] == data.referred
    assert funnel.col_total("enrolled") == 3
    assert funnel.col_total("pending") == 3


def test_handoff_times(data):
    h = data.handoff
    for key, (n, within, median) in EXPECTED["handoff"].items():
        if key == "all":
            assert (h.table.total, h.table.col_total("within"), h.median_all) == (n, within, median)
        else:
            index = h.table.row_keys.index(key)
            assert (h.table.row_total(key), h.table.cell(key, "within"), h.medians[index]) == (n, within, median)
    assert h.within_share("arrest_diversion") == pytest.approx(0.75)
    assert h.within_share_all == pytest.approx(0.6)
    assert h.within_share("community") is None


def test_intakes_against_the_deadline(data):
    for key, count in EXPECTED["intake"].items():
        assert (data.intake.total if key == "total" else data.intake.count(key)) == count, key


def test_enrollments_and_exits(data):
    assert data.enrollments == EXPECTED["enrollments"]
    for key, count in EXPECTED["exits"].items():
        assert (data.exits.total if key == "total" else data.exits.count(key)) == count, key


def test_engagement(data):
    e = data.engagement
    assert e.people.total == EXPECTED["served"]
    assert e.people.count("contacted") == EXPECTED["contacted"]
    assert e.people.count("not_contacted") == EXPECTED["not_contacted"]
    assert e.contacts == EXPECTED["contacts"]
    assert e.contacts_per_participant == pytest.approx(EXPECTED["per_participant"])


def test_caseload_per_case_manager(data):
    rows = {r.case_manager: r for r in data.caseload.rows}
    assert rows["Casey Able"].count == 2 and rows["Casey Able"].state == "ok"
    assert rows["Blair Brook"].count == 2
    unassigned = [r for r in data.caseload.rows if r.state == "unassigned"]
    assert [r.count for r in unassigned] == [EXPECTED["caseload"]["unassigned"]]
    assert data.caseload.total == EXPECTED["caseload"]["total"]
    assert data.caseload.managers == 2 and data.caseload.average == pytest.approx(2.0)
    assert (data.caseload.average_standard, data.caseload.maximum_standard) == (20, 25)


def test_service_linkages(data):
    table = data.linkages.table
    for key, count in EXPECTED["linkages"].items():
        if isinstance(key, tuple):
            assert table.cell(*key) == count, key
    assert table.total == EXPECTED["linkages"]["total"]
    assert data.linkages.people == EXPECTED["linkages"]["people"]
    assert table.row_total("medical") == 0  # referred before the period


def test_housing_status_change(data):
    table = data.housing
    for key, count in EXPECTED["housing"].items():
        if isinstance(key, tuple):
            assert table.cell(*key) == count, key
    assert table.total == EXPECTED["housing"]["total"]
    nonzero = sum(1 for row in table.cells for v in row if v)
    assert nonzero == 4


def test_demographics(data):
    d = data.demographics
    for name in ("sex", "age", "race"):
        item = getattr(d, name)
        for key, count in EXPECTED[name].items():
            assert item.count(key) == count, (name, key)
        assert item.total == EXPECTED["served"]


def test_equity_panel_against_the_best_overlapping_baseline(data):
    eq = data.equity
    assert eq.baseline is not None and eq.baseline.label == "Arrests Q1 2025"
    for key, count in EXPECTED["equity_referrals"].items():
        assert (eq.referrals.total if key == "total" else eq.referrals.count(key)) == count, key
    for key, count in EXPECTED["equity_enrollments"].items():
        assert (eq.enrollments.total if key == "total" else eq.enrollments.count(key)) == count, key
    for key, value in EXPECTED["ratios"].items():
        assert eq.referral_ratio(key) == pytest.approx(value), key
    for key, value in EXPECTED["enrollment_ratios"].items():
        assert eq.enrollment_ratio(key) == pytest.approx(value), key
    assert eq.baseline_share("1") == 0
    assert eq.referral_ratio("1") is None  # nothing to divide by
    assert "unknown" not in eq.chart_keys


def test_monthly_trend(data):
    months = data.trend.months
    assert months[0] == date(2024, 4, 1) and months[-1] == date(2025, 3, 1) and len(months) == 12
    for series, expected in ((data.trend.referrals, EXPECTED["trend_referrals"]),
                             (data.trend.enrollments, EXPECTED["trend_enrollments"])):
        got = {(m.year, m.month): n for m, n in zip(months, series) if n}
        assert got == expected


def test_the_pdf_prints_these_numbers(data):
    pdf = program_report.pdf_bytes(data)
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == "Program report · Internal — contains small counts" and meta.author == data.site_name
    assert meta.subject == "Program report: Q1 2025"
    text = pdf_text(pdf)
    assert "Program report: Q1 2025" in text
    assert "Internal — contains small counts" in text
    # funnel rows: ineligible, declined, intake missed, enrolled, pending, referred
    assert "Arrest diversion 1 0 1 2 2 6" in text
    assert "Social contact referral 0 1 0 0 1 2" in text
    assert "Community referral 0 0 0 1 0 1" in text
    assert "Total 1 1 1 3 3 9" in text
    # hand-off: with hand-off, within 30, share, median
    assert "Arrest diversion 4 3 75% 25" in text
    assert "All pathways 5 3 60% 30" in text
    assert "Deadline missed 2 33%" in text and "Intake done by the deadline 1 17%" in text
    assert "Participants enrolled in the period: 4." in text
    assert "Permanent housing (4xx) 1 50%" in text
    assert "Contacts: 4; contacts per participant contacted: 2.0" in text
    assert "Contacted in the period 2 33%" in text
    assert "Casey Able 2 Within" in text and "No case manager 1 No case manager" in text
    assert "Housing 1 0 0 1 2" in text  # accepted, client rejected, provider rejected, pending, total
    assert "Participants linked: 3." in text
    assert "Homeless 0 0 1 1 0 2" in text  # housing change row: homeless → temporary, permanent
    assert "35–44 3 50%" in text and "65 and over 1 17%" in text
    # equity: referrals n, %, enrollments n, %, baseline n, %, ratios
    assert "Black, African American or African 4 44.4% 1 25.0% 50 50.0% 0.89 0.50" in text
    assert "Arrests Q1 2025" in text
    assert "How these figures are counted" in text


def test_names_never_enter_the_numbers(data):
    assert "Zoë" not in repr(data) and "LastP1" not in repr(data)
    assert re.search(r"Casey Able", repr(data))  # staff names appear only in the caseload table
