"""Charts drawn with reportlab.graphics: grouped bars (monthly trends, breakdowns) and ratio bars (equity).

Each function returns a `Drawing`: a PDF builder adds it to the story as a flowable, and
the window shows the same drawing rendered to SVG (`svg_bytes`) in a QSvgWidget, so the
chart on screen is the chart on paper.

Withheld (suppressed) values draw no bar: a small "<11" sits on the axis where the bar
would be, so a reader never mistakes a withheld count for zero. Colours are a
colour-blind-safe pair (blue and orange) with distinct lightness, readable in grey print.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from lead_desktop.reports import pdfbase
from lead_desktop.reports.tabular import Count, Figure, Suppressed, is_suppressed

PALETTE = (colors.HexColor("#1f5f9e"), colors.HexColor("#e08a2c"), colors.HexColor("#6a9f58"),
           colors.HexColor("#8c6bb1"))
GRID = colors.HexColor("#d9d9d9")
AXIS = colors.HexColor("#444444")
LABEL = colors.HexColor("#333333")
MUTED = colors.HexColor("#777777")

Series = tuple[str, Sequence[Count | Figure | None]]


def _nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum ≥ value and its whole-number tick step (1-2-5 steps, about 4–5 ticks)."""
    if value <= 0:
        return 4.0, 1.0
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = 10 * magnitude
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            step = factor * magnitude
            break
    step = max(1.0, float(round(step)) if step >= 1 else 1.0)
    top = math.ceil(value / step) * step
    return float(top), float(step)


def _fit(text: str, size: float, width: float) -> str:
    font = pdfbase.FONT_SANS
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float) -> None:
    for i, name in enumerate(names):
        drawing.add(Rect(x, y - 1, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        drawing.add(String(x + 10, y, name, fontName=pdfbase.FONT_SANS, fontSize=7, fillColor=LABEL))
        x += 10 + pdfmetrics.stringWidth(name, pdfbase.FONT_SANS, 7) + 14


def _fmt_int(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bar_chart(categories: Sequence[str], series: Sequence[Series], width: float, height: float,
              title: str = "") -> Drawing:
    """Vertical grouped bars: one group per category, one bar per series; counts above the bars."""
    pdfbase.register_fonts()
    drawing = Drawing(width, height)
    top_pad = 22 if title or len(series) > 1 else 8
    left, bottom, right = 34.0, 24.0, 6.0
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    numbers = [float(v) for _, values in series for v in values if isinstance(v, (int, float)) and v is not None]
    top, step = _nice_ceiling(max(numbers, default=0))
    if title:
        drawing.add(String(0, height - 9, title, fontName=pdfbase.FONT_SANS_BOLD, fontSize=8.5, fillColor=LABEL))
    if len(series) > 1:
        _legend(drawing, [name for name, _ in series], left if not title else width * 0.45, height - 9)
    # grid and y axis labels
    ticks = int(round(top / step))
    for i in range(ticks + 1):
        value = i * step
        y = bottom + plot_h * value / top
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID if i else AXIS, strokeWidth=0.4 if i else 0.8))
        drawing.add(String(left - 3, y - 2.5, _fmt_int(value), fontName=pdfbase.FONT_SANS, fontSize=6.5,
                           fillColor=MUTED, textAnchor="end"))
    n = max(1, len(categories))
    group_w = plot_w / n
    bar_w = min(22.0, group_w * 0.8 / max(1, len(series)))
    show_values = n * len(series) <= 40
    label_size = 6.5 if n <= 14 else 5.5
    for ci, category in enumerate(categories):
        gx = left + ci * group_w + (group_w - bar_w * len(series)) / 2
        for si, (_, values) in enumerate(series):
            value = values[ci] if ci < len(values) else None
            x = gx + si * bar_w
            if is_suppressed(value):
                drawing.add(String(x + bar_w / 2, bottom + 2, str(value), fontName=pdfbase.FONT_SANS, fontSize=5,
                                   fillColor=MUTED, textAnchor="middle"))
                continue
            if value is None:
                continue
            h = plot_h * float(value) / top if top else 0
            if h > 0:
                drawing.add(Rect(x, bottom, bar_w - 0.8, h, fillColor=PALETTE[si % len(PALETTE)], strokeColor=None))
            if show_values:
                drawing.add(String(x + bar_w / 2 - 0.4, bottom + h + 1.5, _fmt_int(float(value)),
                                   fontName=pdfbase.FONT_SANS, fontSize=5.5, fillColor=LABEL, textAnchor="middle"))
        drawing.add(String(left + ci * group_w + group_w / 2, bottom - 10, _fit(category, label_size, group_w - 1),
                           fontName=pdfbase.FONT_SANS, fontSize=label_size, fillColor=LABEL, textAnchor="middle"))
    return drawing


RATIO_AXIS_CAP = 4.0  # ratios above this are drawn to the edge with their value: small groups give extreme ratios


def ratio_chart(labels: Sequence[str], series: Sequence[Series], width: float, title: str = "",
                reference_label: str = "1.0 = same share as the baseline") -> Drawing:
    """Horizontal bars of ratios per group (one bar per series), with a dashed line at 1.0 (parity).

    The axis runs to the largest ratio, at most RATIO_AXIS_CAP; a longer bar stops at the edge with
    an arrow and its value, so one extreme group does not flatten all the others.
    """
    pdfbase.register_fonts()
    bar_h = 8.0
    group_h = bar_h * len(series) + 8
    head = 26.0
    bottom = 24.0
    height = head + bottom + group_h * max(1, len(labels))
    drawing = Drawing(width, height)
    label_w = min(170.0, width * 0.38)
    left, right = label_w + 6, 34.0
    plot_w = width - left - right
    numbers = [float(v) for _, values in series for v in values if isinstance(v, (int, float)) and v is not None]
    top = min(RATIO_AXIS_CAP, max(2.0, math.ceil(max(numbers, default=0) * 2) / 2))
    step = 0.5
    if title:
        drawing.add(String(0, height - 9, title, fontName=pdfbase.FONT_SANS_BOLD, fontSize=8.5, fillColor=LABEL))
    _legend(drawing, [name for name, _ in series], left, height - 21)
    plot_top = height - head
    value = 0.0
    while value <= top + 1e-9:
        x = left + plot_w * value / top
        drawing.add(Line(x, bottom, x, plot_top, strokeColor=GRID if value else AXIS, strokeWidth=0.4 if value else 0.8))
        drawing.add(String(x, bottom - 9, f"{value:g}×", fontName=pdfbase.FONT_SANS, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
        value += step
    parity = left + plot_w / top
    drawing.add(Line(parity, bottom, parity, plot_top, strokeColor=AXIS, strokeWidth=0.9, strokeDashArray=[3, 2]))
    drawing.add(String(parity, bottom - 19, reference_label, fontName=pdfbase.FONT_SANS, fontSize=6.5,
                       fillColor=MUTED, textAnchor="middle"))
    for gi, label in enumerate(labels):
        gy = plot_top - (gi + 1) * group_h + 4
        drawing.add(String(label_w, gy + group_h / 2 - 6, _fit(label, 6.8, label_w), fontName=pdfbase.FONT_SANS,
                           fontSize=6.8, fillColor=LABEL, textAnchor="end"))
        for si, (_, values) in enumerate(series):
            value = values[gi] if gi < len(values) else None
            y = gy + (len(series) - 1 - si) * bar_h
            if value is None or is_suppressed(value):
                text = str(value).replace("<", "n<") if is_suppressed(value) else "—"
                drawing.add(String(left + 3, y + 1.5, text, fontName=pdfbase.FONT_SANS, fontSize=6, fillColor=MUTED))
                continue
            clipped = float(value) > top
            w = plot_w * min(float(value), top) / top
            drawing.add(Rect(left, y, max(w, 0.6), bar_h - 1.6, fillColor=PALETTE[si % len(PALETTE)], strokeColor=None))
            text = f"{float(value):.2f}×" + (" ▸" if clipped else "")
            drawing.add(String(left + w + 2, y + 1.2, text, fontName=pdfbase.FONT_SANS, fontSize=6, fillColor=LABEL))
    return drawing


def svg_bytes(drawing: Drawing) -> bytes:
    """The drawing as SVG for the window (QSvgWidget / QSvgRenderer), on a white card.

    QtSvg implements SVG Tiny, which has no clipPath: it would paint reportlab's clip rectangle as a
    black box, so the clip is taken out (nothing is drawn outside the drawing anyway). The embedded
    font's PDF name means nothing to Qt; the SVG names the DejaVu family with a fallback.
    """
    text = renderSVG.drawToString(drawing)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    text = re.sub(r"<clipPath[^>]*>.*?</clipPath>", "", text, flags=re.DOTALL)
    text = text.replace(' style="clip-path: url(#clip)"', "")
    text = text.replace(f"font-family: {pdfbase.FONT_SANS_BOLD}", "font-family: DejaVu Sans, sans-serif; font-weight: bold")
    text = text.replace(f"font-family: {pdfbase.FONT_SANS}", "font-family: DejaVu Sans, sans-serif")
    card = f'<rect x="0" y="0" width="{drawing.width:g}" height="{drawing.height:g}" fill="#ffffff" stroke="none"/>'
    text = re.sub(r"(</desc>)", r"\1" + card, text, count=1)
    return text.encode("utf-8")


__all__ = ["bar_chart", "ratio_chart", "svg_bytes", "Suppressed"]
