"""Small-cell suppression (services.metrics.public): the public view withholds counts 1–10 and any count
a total would reveal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.reports import program_report
from lead_desktop.reports.tabular import Suppressed, breakdown, crosstab
from lead_desktop.services import metrics
from tests.services.metrics.helpers import pdf_text


def test_public_view_of_the_program_report_withholds_small_cells(data):
    public = metrics.public_view(data)
    assert public.public and not data.public
    # every count of this small data set is below 11: all withheld, zeros shown
    assert str(public.funnel.cell("arrest_diversion", "enrolled")) == "<11"
    assert public.funnel.cell("community", "declined") == 0
    assert str(public.enrollments) == "<11"
    assert str(public.handoff.medians[0]) == "<11"
    assert str(public.equity.referral_ratio("3")) == "<11"
    text = pdf_text(program_report.pdf_bytes(public))
    assert "Program report · Public" in text
    assert "Arrest diversion <11 0 <11 <11 <11 <11" in text
    assert "Internal — contains small counts" not in text


S = "<11"


def shown(values) -> list:  # noqa: ANN001
    return [str(v) if isinstance(v, Suppressed) else v for v in values]


def test_primary_suppression_hides_one_to_ten_and_shows_zero_and_eleven():
    item = breakdown(("a", "b", "c", "d"), ("A", "B", "C", "D"), {"a": 0, "b": 10, "c": 11, "d": 30})
    public = metrics.public_breakdown(item)
    assert shown(line.count for line in public.lines)[:2] == [0, S]
    assert public.total == 51


def test_a_single_withheld_line_gets_a_complement_so_the_total_cannot_reveal_it():
    item = breakdown(("a", "b", "c"), ("A", "B", "C"), {"a": 12, "b": 5, "c": 30})
    public = metrics.public_breakdown(item)
    # 47 − 12 − 30 would give 5 away: the smallest other count (12) is withheld too
    assert shown(line.count for line in public.lines) == [S, S, 30]
    assert public.total == 47


def test_the_complement_is_never_a_zero_when_a_count_is_left():
    item = breakdown(("a", "b", "c"), ("A", "B", "C"), {"a": 0, "b": 5, "c": 30})
    public = metrics.public_breakdown(item)
    assert shown(line.count for line in public.lines) == [0, S, S]


def test_a_small_total_is_withheld_with_its_lines():
    item = breakdown(("a", "b"), ("A", "B"), {"a": 3, "b": 4})
    public = metrics.public_breakdown(item)
    assert shown(line.count for line in public.lines) == [S, S] and str(public.total) == S
    assert str(public.share("a")) == S


def test_cross_table_complementary_suppression_in_rows_and_columns():
    table = crosstab(("a", "b"), ("A", "B"), ("x", "y", "z"), ("X", "Y", "Z"),
                     {("a", "x"): 20, ("a", "y"): 3, ("a", "z"): 15,
                      ("b", "x"): 12, ("b", "y"): 14, ("b", "z"): 25})
    public = metrics.public_crosstab(table)
    # 3 is withheld; row a then needs a second (15), column y a second (14), column z then one more (25)
    assert [shown(row) for row in public.cells] == [[20, S, S], [12, S, S]]
    assert public.row_totals == (38, 51) and public.col_totals == (32, 17, 40) and public.total == 89


def test_cross_table_margin_line_protects_a_small_column_total():
    table = crosstab(("a", "b"), ("A", "B"), ("x", "y"), ("X", "Y"),
                     {("a", "x"): 30, ("a", "y"): 4, ("b", "x"): 25, ("b", "y"): 3})
    public = metrics.public_crosstab(table)
    assert str(public.col_total("y")) == S  # 7
    # the totals line (55 + 7 = 62) must not give the 7 away: 55 is withheld too
    assert str(public.col_total("x")) == S
    assert_no_line_leaks(public)


def test_public_view_is_idempotent_and_refuses_unknown_types():
    item = breakdown(("a", "b"), ("A", "B"), {"a": 12, "b": 5})
    once = metrics.public_breakdown(item)
    with pytest.raises(TypeError):
        metrics.public_view(once)
    assert isinstance(once.count("b"), Suppressed) and isinstance(once.count("a"), Suppressed)


def grid_of(table) -> list[list]:  # noqa: ANN001
    rows = [list(r) + [t] for r, t in zip(table.cells, table.row_totals)]
    rows.append(list(table.col_totals) + [table.total])
    return rows


def assert_no_line_leaks(table) -> None:  # noqa: ANN001
    grid = grid_of(table)
    lines = [row for row in grid] + [list(col) for col in zip(*grid)]
    for line in lines:
        withheld = sum(isinstance(v, Suppressed) for v in line)
        assert withheld != 1, line
        for v in line:
            assert isinstance(v, Suppressed) or v == 0 or v >= 11


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), min_size=1, max_size=5), min_size=1, max_size=5))
def test_no_published_line_ever_reveals_a_withheld_count(rows):
    width = min(len(r) for r in rows)
    rows = [r[:width] for r in rows]
    rkeys = tuple(f"r{i}" for i in range(len(rows)))
    ckeys = tuple(f"c{j}" for j in range(width))
    counts = {(rkeys[i], ckeys[j]): rows[i][j] for i in range(len(rows)) for j in range(width)}
    public = metrics.public_crosstab(crosstab(rkeys, rkeys, ckeys, ckeys, counts))
    assert_no_line_leaks(public)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=8))
def test_no_breakdown_reveals_a_withheld_count(values):
    keys = tuple(str(i) for i in range(len(values)))
    public = metrics.public_breakdown(breakdown(keys, keys, dict(zip(keys, values))))
    line = [l.count for l in public.lines] + [public.total]
    assert sum(isinstance(v, Suppressed) for v in line) != 1
    assert all(isinstance(v, Suppressed) or v == 0 or v >= 11 for v in line)
