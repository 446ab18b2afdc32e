"""How a data table of the reports is laid out in a PDF: its cells, header rows and stripes (TableLayout),
and a long one placed a page at a time (LongDataTable).

tabular.data_table is the way in; this module holds the layout so that tabular.py (the numbers'
shapes, CSV and JSON) stays readable. Text that fits its column on one line is drawn as plain
text, exactly where a one-line Paragraph would put it, because measuring Paragraphs dominated
the time of a year's program report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table

from lead_desktop.reports import pdfbase

HEADER_BACKGROUND = colors.HexColor("#e8e8e8")
ZEBRA = colors.HexColor("#f7f7f7")
TOTAL_BACKGROUND = colors.HexColor("#efefef")
PADDING = 4
WINDOW_ROWS = 64  # rows of a long table measured at a time
MEASURE_HEIGHT = 1e9  # room enough to measure any run of rows


class TableLayout:
    """The cells and style of one data table. `table(start, stop)` gives a reportlab Table of a run of its
    rows (with the header rows) styled as those rows are in the whole table: zebra stripes by their place in it,
    the total row and the closing rule only where the whole table ends."""

    def __init__(self, header: Sequence[str] | None, rows: Sequence[Sequence[object]], widths: Sequence[float], *,
                 numeric: Iterable[int], total_row: bool, font_size: float, wrap: Iterable[int],
                 header_groups: Sequence[tuple[str, int]] = ()) -> None:
        st = pdfbase.styles()
        cell_style = st["body"].clone("cell", fontSize=font_size, leading=font_size * 1.25, spaceAfter=0)
        head_style = cell_style.clone("head", fontName=pdfbase.FONT_SANS_BOLD)
        head_right = head_style.clone("head_right", alignment=TA_RIGHT)
        group_style = head_style.clone("head_group", alignment=TA_CENTER)
        wrap_cols = set(wrap)
        self.numeric = set(numeric)
        self.widths = list(widths)
        self.total_row = total_row
        self.font_size = font_size

        def cell(value: object, col: int, total: bool) -> object:
            if isinstance(value, Flowable):
                return value
            text = "" if value is None else str(value)
            wraps = col in wrap_cols or len(text) > 24 or "\n" in text
            if wraps and not total and "\n" not in text:
                # Text that fits its column on one line is drawn as plain text, at the very place a
                # one-line Paragraph puts it: measuring a Paragraph word by word costs more than all
                # the rest of a long table. A total row keeps its Paragraph, whose label is not bold.
                line = " ".join(text.split())
                room = widths[col] - 2 * PADDING - 0.5
                if line and pdfmetrics.stringWidth(line, pdfbase.FONT_SANS, font_size) < room:
                    return line
            if wraps:
                return Paragraph(escape(text).replace("\n", "<br/>"), cell_style)
            return text

        def head(text: str, col: int) -> Paragraph:
            # A header's longest word must fit its column: Paragraph would break it mid-word otherwise.
            style = head_right if col in self.numeric else head_style
            room = widths[col] - 2 * PADDING - 0.5
            longest = max((pdfmetrics.stringWidth(word, pdfbase.FONT_SANS_BOLD, font_size) for word in text.split()),
                          default=0)
            if longest > room > 0:
                size = max(5.0, font_size * room / longest)
                style = style.clone(f"{style.name}_fit", fontSize=size, leading=size * 1.2)
            return Paragraph(escape(text), style)

        groups: list[object] = []
        self.spans: list[tuple] = []
        for label, span in header_groups:
            first = len(groups)
            groups += [Paragraph(escape(label), group_style) if label else ""] + [""] * (span - 1)
            if span > 1:
                self.spans.append(("SPAN", (first, 0), (first + span - 1, 0)))
            if label:
                self.spans.append(("LINEBELOW", (first, 0), (first + span - 1, 0), 0.4, pdfbase.RULE))
        # The header rows, repeated on every page: the group labels' line (if any) over the column headers.
        self.head_rows: list[list[object]] = ([groups] if groups else []) + (
            [[head(str(h), i) for i, h in enumerate(header)]] if header else [])
        last = len(rows) - 1 if total_row else -1
        self.body = [[cell(v, i, n == last) if i not in self.numeric else str(v) for i, v in enumerate(row)]
                     for n, row in enumerate(rows)]
        # Each row's height once reportlab has measured it (header rows first), so a row offered to two
        # pages is measured once, as in one Table.
        self.heights: list[float | None] = [None] * (len(self.head_rows) + len(self.body))

    def height(self, row: int) -> float:
        """The height of body row `row` (reportlab measures it, with the rows after it, on first asking)."""
        heads = len(self.head_rows)
        if self.heights[heads + row] is None:
            table = self.table(row, min(len(self.body), row + WINDOW_ROWS))
            table.wrap(sum(self.widths), MEASURE_HEIGHT)
            measured = list(table._rowHeights)
            self.heights[:heads] = measured[:heads]
            self.heights[heads + row:heads + row + len(measured) - heads] = measured[heads:]
        return self.heights[heads + row]  # type: ignore[return-value]

    def header_height(self) -> float:
        if not self.head_rows:
            return 0.0
        self.height(0)
        return sum(self.heights[:len(self.head_rows)])  # type: ignore[arg-type]

    def table(self, start: int, stop: int) -> Table:
        heads = len(self.head_rows)
        data = [list(row) for row in self.head_rows] + [list(row) for row in self.body[start:stop]]
        ends = stop == len(self.body)
        heights = self.heights[:heads] + self.heights[heads + start:heads + stop]
        table = Table(data, colWidths=list(self.widths), rowHeights=heights, repeatRows=heads, hAlign="LEFT")
        size = self.font_size
        commands: list[tuple] = [
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.25),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ]
        if ends:
            commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.4, pdfbase.RULE))
        if heads:
            last_head = heads - 1
            commands += [("FONTNAME", (0, 0), (-1, last_head), pdfbase.FONT_SANS_BOLD),
                         ("BACKGROUND", (0, 0), (-1, last_head), HEADER_BACKGROUND),
                         ("LINEBELOW", (0, last_head), (-1, last_head), 0.6, pdfbase.INK), *self.spans]
        elif start == 0:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, pdfbase.INK))
        for col in self.numeric:
            commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        for row in range(start, stop):
            if row % 2 == 1:
                commands.append(("BACKGROUND", (0, heads + row - start), (-1, heads + row - start), ZEBRA))
        if self.total_row and ends and heads + len(self.body) > 1:
            commands += [
                ("FONTNAME", (0, -1), (-1, -1), pdfbase.FONT_SANS_BOLD),
                ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BACKGROUND),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, pdfbase.INK),
            ]
        table.setStyle(pdfbase.table_style(*commands))
        return table


class LongDataTable(Flowable):
    """A data table of many rows, placed a page at a time, every row where it would be in one Table.

    reportlab splits a Table at each page into a new table of every row left, copying each style
    command, and measures every row before the first split: the time grows with the square of the
    length (a caseload of thousands of case managers took seconds). This flowable offers each page
    a Table of only the rows that can reach it, lets reportlab split that one at the same row as it
    would split the whole table, and keeps the rest for the next page.
    """

    def __init__(self, layout: TableLayout, start: int = 0) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        self.hAlign = "LEFT"
        self._table: Table | None = None
        self._room: tuple[float, float] | None = None

    def _table_for(self, available_width: float, available_height: float) -> Table:
        """A Table of the rows from `start` on up to the first that does not fit in `available_height`
        (or to the last row): enough for reportlab to split it where it would split the whole table."""
        if self._table is not None and self._room == (available_width, available_height):
            return self._table
        layout = self.layout
        used, stop = layout.header_height(), self.start
        while stop < len(layout.body) and used <= available_height:
            used += layout.height(stop)
            stop += 1
        # One row more, so that a table with rows left over is always too tall for the room, never just
        # within a frame's tolerance of it.
        stop = min(stop + 1, len(layout.body))
        self._table = layout.table(self.start, stop)
        self._room = (available_width, available_height)
        return self._table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: N802
        self.width, self.height = self._table_for(available_width, available_height).wrap(available_width,
                                                                                           available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self._table_for(available_width, available_height).split(available_width, available_height)
        if len(parts) < 2:
            return parts  # [] when not even one row fits here
        placed = len(parts[0]._cellvalues) - len(self.layout.head_rows)
        return [parts[0], LongDataTable(self.layout, self.start + placed)]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: ANN001, N802, N803
        # The rows left fit: the frame draws the Table itself, as it would draw the last part of one.
        if self._table is not None:  # always: a frame wraps a flowable before it draws it
            self._table.drawOn(canvas, x, y, _sW)
