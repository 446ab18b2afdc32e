"""Charts: the same reportlab drawing for the PDF and (as SVG) for the window; withheld values never drawn as zero."""

from __future__ import annotations

from xml.etree import ElementTree

from reportlab.graphics.shapes import Rect, String

from lead_desktop.reports import charts
from lead_desktop.reports.tabular import Suppressed


def strings(drawing) -> list[str]:  # noqa: ANN001
    return [item.text for item in drawing.getContents() if isinstance(item, String)]


def bars(drawing) -> list[Rect]:  # noqa: ANN001
    return [item for item in drawing.getContents() if isinstance(item, Rect) and 8 < item.width < 50]


def test_bar_chart_draws_counts_and_marks_withheld_values():
    drawing = charts.bar_chart(["Jan 25", "Feb 25", "Mar 25"],
                               [("Referrals", [12, Suppressed(), 0]), ("Enrollments", [11, 0, 30])], 400, 160)
    texts = strings(drawing)
    assert "<11" in texts and "12" in texts and "30" in texts
    assert {"Referrals", "Enrollments", "Jan 25"} <= set(texts)
    heights = sorted(round(b.height, 1) for b in bars(drawing))
    assert len(heights) == 3  # 12, 11, 30: no bar for the withheld value nor for the zeros
    assert heights[-1] > heights[0]


def test_ratio_chart_caps_extreme_ratios_and_marks_parity():
    drawing = charts.ratio_chart(["Black, African American or African", "Middle Eastern or North African"],
                                 [("Referrals", [1.36, 11.1]), ("Enrollments", [Suppressed(), None])], 480)
    texts = strings(drawing)
    assert "1.36×" in texts and "11.10× ▸" in texts and "n<11" in texts and "—" in texts
    assert "1.0 = same share as the baseline" in texts
    assert "4×" in texts and "5×" not in texts  # the axis stops at the cap


def test_svg_for_the_window_has_no_clip_path_and_a_white_card():
    svg = charts.svg_bytes(charts.bar_chart(["Zoë"], [("Ñandú", [3])], 200, 100, title="Łódź"))
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    assert "clipPath" not in text and "clip-path" not in text
    assert 'fill="#ffffff"' in text and "DejaVu Sans" in text and "LEAD-DejaVuSans" not in text
    assert "Zoë" in text and "Łódź" in text
