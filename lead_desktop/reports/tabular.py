"""The shapes every report's numbers come in, and the three ways they leave the program: PDF tables, CSV, JSON.

Numbers are counts in labelled breakdowns (`Breakdown`: one line per category and a
total) and cross tables (`CrossTab`: rows × columns with both margins). A count is an
`int`, or `Suppressed` in a public view (services.metrics.public_view decides which:
this module only prints what it is given, as "<11").

Derived figures (shares, ratios, rates) are computed here from the counts, by the same
functions for the PDF, the CSV and the JSON, so the three never disagree. A figure
derived from a suppressed count is itself suppressed.

CSV cells that start with =, +, -, @ (or a tab or carriage return) are prefixed with a
single quote, so a spreadsheet shows them as text instead of running them as formulas.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import BinaryIO, Union
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase
from lead_desktop.reports.pdfbase import Translate, identity

# ----- counts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suppressed:
    """A count withheld from a public output: it lies between 1 and `below` − 1 (or reveals one that does)."""

    below: int = 11

    def __str__(self) -> str:
        return f"<{self.below}"


Count = Union[int, Suppressed]
Figure = Union[float, Suppressed, None]  # a derived figure; None when it cannot be computed (nothing to divide by)


def is_suppressed(value: object) -> bool:
    return isinstance(value, Suppressed)


@dataclass(frozen=True)
class Line:
    key: str
    label: str
    count: Count


@dataclass(frozen=True)
class Breakdown:
    """Counts by category. The categories partition the total (people in exactly one line)."""

    lines: tuple[Line, ...]
    total: Count

    def count(self, key: str) -> Count:
        for line in self.lines:
            if line.key == key:
                return line.count
        raise KeyError(key)

    def share(self, key: str) -> Figure:
        return share(self.count(key), self.total)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(line.key for line in self.lines)


@dataclass(frozen=True)
class CrossTab:
    """Counts by row category × column category; rows and columns each partition the total."""

    row_keys: tuple[str, ...]
    row_labels: tuple[str, ...]
    col_keys: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[Count, ...], ...]
    row_totals: tuple[Count, ...]
    col_totals: tuple[Count, ...]
    total: Count

    def cell(self, row: str, col: str) -> Count:
        return self.cells[self.row_keys.index(row)][self.col_keys.index(col)]

    def row_total(self, row: str) -> Count:
        return self.row_totals[self.row_keys.index(row)]

    def col_total(self, col: str) -> Count:
        return self.col_totals[self.col_keys.index(col)]


def crosstab(row_keys: Sequence[str], row_labels: Sequence[str], col_keys: Sequence[str], col_labels: Sequence[str],
             counts: Mapping[tuple[str, str], int]) -> CrossTab:
    """A CrossTab from raw counts keyed (row, column); margins are summed here."""
    cells = tuple(tuple(int(counts.get((r, c), 0)) for c in col_keys) for r in row_keys)
    row_totals = tuple(sum(row) for row in cells)
    col_totals = tuple(sum(row[j] for row in cells) for j in range(len(col_keys)))
    return CrossTab(tuple(row_keys), tuple(row_labels), tuple(col_keys), tuple(col_labels), cells, row_totals,
                    col_totals, sum(row_totals))


def breakdown(keys: Sequence[str], labels: Sequence[str], counts: Mapping[str, int]) -> Breakdown:
    lines = tuple(Line(k, l, int(counts.get(k, 0))) for k, l in zip(keys, labels))
    return Breakdown(lines, sum(line.count for line in lines))  # type: ignore[misc]


def share(part: Count | None, whole: Count | None) -> Figure:
    """part ÷ whole; suppressed when either is; None when there is nothing to divide by."""
    if part is None or whole is None:
        return None
    if is_suppressed(part) or is_suppressed(whole):
        return Suppressed(_below(part, whole))
    if whole == 0:
        return None
    return part / whole


def ratio(a: Figure, b: Figure) -> Figure:
    if a is None or b is None:
        return None
    if is_suppressed(a) or is_suppressed(b):
        return Suppressed(_below(a, b))
    if b == 0:
        return None
    return a / b


def _below(*values: object) -> int:
    return next((v.below for v in values if isinstance(v, Suppressed)), 11)


# ----- formatting ----------------------------------------------------------------------------

DASH = "—"


def fmt_count(value: Count | None) -> str:
    if value is None:
        return DASH
    if is_suppressed(value):
        return str(value)
    return f"{value:,}"


def fmt_percent(value: Figure, digits: int = 0) -> str:
    if value is None:
        return DASH
    if is_suppressed(value):
        return str(value).replace("<", "n<")  # a share of a withheld count: withheld too
    return f"{value * 100:.{digits}f}%"


def fmt_number(value: Figure, digits: int = 1) -> str:
    if value is None:
        return DASH
    if is_suppressed(value):
        return str(value).replace("<", "n<")
    return f"{value:,.{digits}f}"


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def median(values: Sequence[float]) -> float | None:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    middle = n // 2
    return float(ordered[middle]) if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# ----- periods -------------------------------------------------------------------------------

PERIOD_KINDS = ("month", "quarter", "year", "custom")
QUARTER = QT_TRANSLATE_NOOP("reports", "Q{quarter} {year}")


@dataclass(frozen=True)
class Period:
    """A reporting period: calendar dates, both ends included."""

    start: date
    end: date
    kind: str = "custom"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self, tr: Translate = identity) -> str:
        """"March 2025", "Q1 2025", "2025" or "2025-01-01 – 2025-03-31", in the report's language."""
        if self.kind == "month":
            return pdfbase.month_year(self.start, tr)
        if self.kind == "quarter":
            return tr(QUARTER).format(quarter=(self.start.month - 1) // 3 + 1, year=self.start.year)
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def to_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "kind": self.kind, "label": self.label()}


# ----- CSV -----------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell's text, with a leading ' when a spreadsheet would take it for a formula."""
    text = "" if cell is None else str(cell)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


@dataclass(frozen=True)
class Section:
    """One block of a CSV export: a title line, a header line, rows."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def csv_text(sections: Iterable[Section], preamble: Sequence[tuple[str, object]] = ()) -> str:
    """Sections one after another, a blank line between; every row padded to one width."""
    blocks: list[list[object]] = []
    for key, value in preamble:
        blocks.append([key, value])
    for section in sections:
        if blocks:
            blocks.append([])
        blocks.append([section.title])
        blocks.append(list(section.header))
        blocks.extend(list(row) for row in section.rows)
    width = max((len(row) for row in blocks), default=1)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in blocks:
        writer.writerow([neutralise(_plain(cell)) for cell in row] + [""] * (width - len(row)))
    return out.getvalue()


def write_csv(handle: BinaryIO, sections: Iterable[Section], preamble: Sequence[tuple[str, object]] = ()) -> None:
    # UTF-8 with a byte-order mark: spreadsheet programs then read accented names correctly.
    handle.write(csv_text(sections, preamble).encode("utf-8-sig"))


def _plain(cell: object) -> object:
    if isinstance(cell, (date, datetime)):
        return fmt_date(cell)
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float):
        return f"{cell:.4g}" if not math.isnan(cell) else ""
    if isinstance(cell, Suppressed):
        return str(cell)
    return cell


def breakdown_rows(item: Breakdown) -> tuple[tuple[object, ...], ...]:
    rows = [(line.label, fmt_count(line.count).replace(",", ""), _pct(item.share(line.key))) for line in item.lines]
    rows.append(("Total", fmt_count(item.total).replace(",", ""), ""))
    return tuple(rows)


def crosstab_rows(table: CrossTab, total_label: str = "Total") -> tuple[tuple[object, ...], ...]:
    rows = []
    for label, cells, total in zip(table.row_labels, table.cells, table.row_totals):
        rows.append((label, *(_csv_count(c) for c in cells), _csv_count(total)))
    rows.append((total_label, *(_csv_count(c) for c in table.col_totals), _csv_count(table.total)))
    return tuple(rows)


def _csv_count(value: Count) -> str:
    return fmt_count(value).replace(",", "")


def _pct(value: Figure) -> str:
    return "" if value is None else fmt_percent(value, 1)


# ----- JSON ----------------------------------------------------------------------------------


def jsonable(value: object) -> object:
    """Dataclasses, tuples, dates and withheld counts as JSON values ("<11" for a withheld count)."""
    if isinstance(value, Suppressed):
        return str(value)
    if isinstance(value, Period):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("json_skip")}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def write_json(handle: BinaryIO, payload: Mapping) -> None:
    handle.write(json.dumps(jsonable(payload), ensure_ascii=False, indent=2).encode("utf-8"))
    handle.write(b"\n")


# ----- PDF tables ----------------------------------------------------------------------------

HEADER_BACKGROUND = colors.HexColor("#e8e8e8")
ZEBRA = colors.HexColor("#f7f7f7")
TOTAL_BACKGROUND = colors.HexColor("#efefef")
PADDING = 4

STRINGS: dict[str, str] = {
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
    "share": QT_TRANSLATE_NOOP("reports", "Share"),
    "count": QT_TRANSLATE_NOOP("reports", "Count"),
    "none_recorded": QT_TRANSLATE_NOOP("reports", "None recorded."),
    "suppressed": QT_TRANSLATE_NOOP(
        "reports",
        "Counts from 1 to {highest} are shown as “<{below}” to protect participants' privacy; a share "
        "worked out from such a count is shown as “n<{below}”."),
}


def suppression_note(tr: Translate = identity, below: int = 11) -> str:
    """What “<11” and “n<11” mean, in words: said once in every report that may print them."""
    return tr(STRINGS["suppressed"]).format(highest=below - 1, below=below)


LONG_TABLE_ROWS = 200  # longer tables are laid out a page at a time (LongDataTable)
WINDOW_ROWS = 64  # rows of a long table measured at a time
MEASURE_HEIGHT = 1e9  # room enough to measure any run of rows


def data_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Iterable[int] = (),
    total_row: bool = False,
    font_size: float = 8.5,
    wrap: Iterable[int] = (0,),
    header_groups: Sequence[tuple[str, int]] = (),
) -> Flowable:
    """A table that splits across pages with its header repeated; text columns in `wrap` wrap.

    Cells may be strings or flowables; numbers are right-aligned in the `numeric` columns.
    `header_groups` puts a line above the header: (label, number of columns it spans) from the left,
    so narrow columns can share one wide label ("Referrals" over "Count" and "Share").
    A table of more than LONG_TABLE_ROWS rows comes as a LongDataTable, which prints the same.
    """
    layout = TableLayout(header, rows, widths, numeric=numeric, total_row=total_row, font_size=font_size,
                         wrap=wrap, header_groups=header_groups)
    if len(rows) > LONG_TABLE_ROWS:
        return LongDataTable(layout)
    return layout.table(0, len(rows))


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


def breakdown_table(item: Breakdown, title: str, width: float, tr: Translate = identity,
                    first_col: float | None = None) -> Table:
    """Category | count | share, with a total line."""
    first = first_col or width - 2 * 22 * 2.8346
    rest = (width - first) / 2
    # Line labels are category names (vocabulary or report words): translated like the fixed text.
    rows = [(tr(line.label), fmt_count(line.count), fmt_percent(item.share(line.key))) for line in item.lines]
    rows.append((tr(STRINGS["total"]), fmt_count(item.total), ""))
    return data_table((title, tr(STRINGS["count"]), tr(STRINGS["share"])), rows, (first, rest, rest),
                      numeric=(1, 2), total_row=True)


def crosstab_table(table: CrossTab, corner: str, width: float, tr: Translate = identity,
                   first_col: float | None = None, total_label: str | None = None) -> Table:
    """Rows × columns with a total column and a total row."""
    ncols = len(table.col_keys) + 1
    first = first_col or max(width * 0.28, width - ncols * 22 * 2.8346)
    rest = (width - first) / ncols
    total = total_label or tr(STRINGS["total"])
    rows = [(tr(label), *(fmt_count(c) for c in cells), fmt_count(t))
            for label, cells, t in zip(table.row_labels, table.cells, table.row_totals)]
    rows.append((tr(STRINGS["total"]), *(fmt_count(c) for c in table.col_totals), fmt_count(table.total)))
    header = (corner, *(tr(label) for label in table.col_labels), total)
    return data_table(header, rows, (first, *([rest] * ncols)), numeric=range(1, ncols + 1), total_row=True)


class Checkpoint(Flowable):
    """Takes no room; calls `callback(step)` when the layout reaches it (progress, and a chance to cancel)."""

    def __init__(self, callback: Callable[[int], None] | None, step: int) -> None:
        super().__init__()
        self.callback = callback
        self.step = step
        self._called = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: N802
        if self.callback is not None and not self._called:
            self._called = True
            self.callback(self.step)
        return 0, 0

    def draw(self) -> None:
        pass
