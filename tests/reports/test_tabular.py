"""Counts, derived figures, CSV and JSON writing, and PDF tables that split across pages with their header."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pypdf

from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.tabular import Section, Suppressed, breakdown, crosstab
from tests.reports.test_pdfbase import write_pdf


def test_shares_and_ratios_follow_withheld_counts():
    assert tabular.share(1, 4) == 0.25
    assert tabular.share(1, 0) is None and tabular.share(None, 3) is None
    assert isinstance(tabular.share(Suppressed(), 40), Suppressed)
    assert isinstance(tabular.ratio(0.5, Suppressed()), Suppressed)
    assert tabular.ratio(0.5, 0.25) == 2.0 and tabular.ratio(0.5, 0) is None
    assert tabular.fmt_count(Suppressed()) == "<11" and tabular.fmt_count(12345) == "12,345"
    assert tabular.fmt_percent(Suppressed()) == "n<11" and tabular.fmt_percent(0.4444, 1) == "44.4%"
    assert tabular.fmt_percent(None) == "—" and tabular.fmt_number(2.0) == "2.0"
    assert tabular.median([3, 1, 2]) == 2 and tabular.median([1, 2, 3, 4]) == 2.5 and tabular.median([]) is None


def test_breakdowns_and_cross_tables_sum_their_margins():
    item = breakdown(("a", "b"), ("A", "B"), {"a": 3, "b": 1})
    assert item.total == 4 and item.share("a") == 0.75
    table = crosstab(("r",), ("R",), ("x", "y"), ("X", "Y"), {("r", "x"): 2, ("r", "y"): 5})
    assert table.row_totals == (7,) and table.col_totals == (2, 5) and table.total == 7
    assert table.cell("r", "y") == 5


def test_csv_is_utf8_with_a_bom_padded_and_neutralised():
    handle = io.BytesIO()
    tabular.write_csv(handle, [Section("Names", ("Name", "When"), (("Zoë Ñandú-Łukasz", date(2025, 1, 2)),
                                                                   ("=1+2", datetime(2025, 1, 2, 3, 4)),
                                                                   ("ok", True)))], [("Site", "@site")])
    raw = handle.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Site,'@site" and lines[1] == ","
    assert "Zoë Ñandú-Łukasz,2025-01-02" in lines and "'=1+2,2025-01-02 03:04" in lines and "ok,yes" in lines


def test_json_writes_withheld_counts_as_text_and_skips_binary():
    from lead_desktop.reports.fact_sheet import FactSheetData, FactSheetNumbers, FactSheetText

    numbers = FactSheetNumbers(date(2025, 1, 1), breakdown(("a",), ("A",), {"a": 12}), Suppressed(), 20, 0, 0, 0, 0)
    data = FactSheetData("Site", FactSheetText("a", "b", "c", "d", ()), (), numbers, date(2025, 1, 2), logo=b"\x89PNG")
    handle = io.BytesIO()
    tabular.write_json(handle, {"numbers": data})
    doc = json.loads(handle.getvalue())
    assert doc["numbers"]["numbers"]["enrolled"] == "<11"
    assert "logo" not in doc["numbers"] and doc["numbers"]["generated_on"] == "2025-01-02"


def test_a_long_table_splits_across_pages_and_repeats_its_header(tmp_path):
    rows = [(f"Organization {i} — Ñandú", str(i)) for i in range(120)]
    table = tabular.data_table(("Organization name", "Seats"), rows, (120 * 2.83, 40 * 2.83), numeric=(1,))
    path = write_pdf(tmp_path / "t.pdf", [table], pdfbase.PageDecor(site_name="Site", title="Table"))
    pages = [p.extract_text() for p in pypdf.PdfReader(path).pages]
    assert len(pages) >= 3
    assert all("Organization name" in text and "Seats" in text for text in pages)
    assert "Organization 119 — Ñandú" in pages[-1]


def test_headers_too_narrow_for_a_word_get_a_smaller_font_not_a_broken_word(tmp_path):
    table = tabular.data_table(("Group", "Enrollments", "Institutional"), [("a", "1", "2")], (100, 45, 45),
                               numeric=(1, 2))
    path = write_pdf(tmp_path / "t.pdf", [table], pdfbase.PageDecor(site_name="Site"))
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "Enrollments" in text and "Institutional" in text


def test_period_labels():
    assert tabular.Period(date(2025, 1, 1), date(2025, 3, 31), "quarter").label() == "Q1 2025"
    assert tabular.Period(date(2025, 2, 1), date(2025, 2, 28), "month").label() == "February 2025"
    assert tabular.Period(date(2025, 2, 3), date(2025, 2, 9)).label() == "2025-02-03 – 2025-02-09"
    assert tabular.Period(date(2025, 2, 3), date(2025, 2, 9)).days == 7
