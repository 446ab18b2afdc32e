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

from reportlab.platypus import Flowable, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase
from lead_desktop.reports.pdfbase import Translate, identity
# The layout of a data table lives in table_layout.py; its colors and classes are named here too.
from lead_desktop.reports.table_layout import (  # noqa: F401
    HEADER_BACKGROUND,
    PADDING,
    TOTAL_BACKGROUND,
    ZEBRA,
    LongDataTable,
    TableLayout,
)

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
