"""Counts, derived figures, CSV and JSON writing, and PDF tables that split across pages with their header."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pypdf
from reportlab.platypus import Paragraph

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


def _pages(story: list) -> list[tuple[bytes, str]]:
    handle = io.BytesIO()
    pdfbase.render_pdf(handle, story, pdfbase.PageDecor(site_name="Site", title="Table"))
    return [(page.get_contents().get_data(), page.extract_text()) for page in pypdf.PdfReader(handle).pages]


def test_a_long_table_placed_a_page_at_a_time_prints_what_one_table_prints():
    # Rows of one, two and three lines, a total row and numbers; the table starts part-way down a page.
    rows = [(f"Case manager {i}" + (" with a name long enough to wrap onto a second line" * (i % 7 == 0))
             + ("\nand a third" if i % 23 == 0 else ""), f"{i % 40:,}", "Within" if i % 3 else "Above 20")
            for i in range(700)]
    rows.append(("Total", "13,650", ""))
    arguments = (("Case manager", "Open participants", "Against the standard"), rows, (80 * 2.83, 35 * 2.83, 56 * 2.83))
    options = {"numeric": (1,), "total_row": True}
    long_table = tabular.data_table(*arguments, **options)
    assert isinstance(long_table, tabular.LongDataTable)
    one_table = tabular.TableLayout(*arguments, **options, font_size=8.5, wrap=(0,)).table(0, len(rows))
    # Lines not kept with what follows: a heading's keepWithNext groups it with the table, and that
    # group's own split (pdfbase) is another test's matter.
    line = pdfbase.styles()["heading"].clone("lead", keepWithNext=0)
    lead = [Paragraph("Caseload per case manager", line) for _ in range(20)]

    placed, whole = _pages(lead + [long_table]), _pages(lead + [one_table])
    assert len(placed) == len(whole) >= 15
    assert [content for content, _text in placed] == [content for content, _text in whole]  # the same marks
    texts = [" ".join(page_text.split()) for _content, page_text in placed]
    assert all(f"Case manager {i} " in " ".join(texts) for i in range(700))  # every row
    assert all(text.count("Open participants") == 1 for text in texts[1:])  # the header on every page
    assert "Total 13,650" in texts[-1]


def test_a_long_table_without_a_header_keeps_its_stripes_across_pages():
    rows = [(f"Fact {i}", f"Value {i}") for i in range(450)]
    long_table = tabular.data_table(None, rows, (150, 300), wrap=(0, 1))
    one_table = tabular.TableLayout(None, rows, (150, 300), numeric=(), total_row=False, font_size=8.5,
                                    wrap=(0, 1)).table(0, len(rows))
    placed, whole = _pages([long_table]), _pages([one_table])
    assert [content for content, _text in placed] == [content for content, _text in whole]
    assert "Fact 449\nValue 449" in placed[-1][1]


def test_a_long_table_repeats_its_group_line_and_header_on_every_page():
    rows = [(f"Group {i}", str(i), f"{i % 9}.0%", str(i * 2), f"{i % 7}.0%") for i in range(450)]
    table = tabular.data_table(("Group", "Count", "Share", "Count", "Share"), rows, (60 * 2.83,) + (30 * 2.83,) * 4,
                               numeric=range(1, 5), header_groups=(("", 1), ("Referrals", 2), ("Enrollments", 2)))
    assert isinstance(table, tabular.LongDataTable)
    texts = [" ".join(text.split()) for _content, text in _pages([table])]
    assert len(texts) >= 5
    assert all("Referrals Enrollments Group Count Share Count Share" in text for text in texts)
    assert all(f"Group {i} " in " ".join(texts) for i in range(450))
