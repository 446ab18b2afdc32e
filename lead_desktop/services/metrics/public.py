"""The public view: the one place small cells are withheld from anything that leaves the program.

Small-cell rule (`public_view`): every count from 1 to 10 is withheld ("<11"); zero is
shown. Then, repeatedly until nothing changes, every line of a table — a breakdown with
its total, each row and each column of a cross table with its margins, and the margins
themselves with the grand total — that holds exactly one withheld entry gets a second one:
the smallest non-zero count left in that line (a cell before a total). A total is treated as
published even when the table does not print it (the same total appears elsewhere in the
report), so a breakdown's single withheld line is never recoverable by subtraction.
Figures computed from a withheld count (shares, ratios, medians, averages) are withheld
too; a median is withheld when the number of referrals it is taken over is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from lead_desktop.reports import tabular
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.meeting_packet import SnapshotData
from lead_desktop.reports.program_data import Demographics, EngagementData, LinkageData, ProgramReportData, TrendData
from lead_desktop.reports.tabular import Breakdown, CrossTab, Line, Suppressed

SMALL_CELL_LIMIT = 11  # counts below this (and above zero) are withheld from public outputs


def suppress_lines(grid: list[list[int]], lines: list[list[tuple[int, int]]], limit: int = SMALL_CELL_LIMIT,
                   totals: set[tuple[int, int]] = frozenset()) -> set[tuple[int, int]]:
    """Positions to withhold in `grid`: primary (1 ≤ n < limit), then complementary along `lines`.

    Each line is a list of positions whose last entries add up (cells and their total). A line with
    exactly one withheld entry gets a second: its smallest non-zero entry, cells before totals.
    """
    hidden = {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if 0 < v < limit}
    changed = True
    while changed:
        changed = False
        for line in lines:
            withheld = [pos for pos in line if pos in hidden]
            if len(withheld) != 1:
                continue
            candidates = [pos for pos in line if pos not in hidden]
            if not candidates:
                continue
            candidates.sort(key=lambda pos: (grid[pos[0]][pos[1]] == 0, pos in totals, grid[pos[0]][pos[1]]))
            hidden.add(candidates[0])
            changed = True
    return hidden


def _mask(value: object, hide: bool, limit: int) -> object:
    return Suppressed(limit) if hide else value


def public_breakdown(item: Breakdown, limit: int = SMALL_CELL_LIMIT) -> Breakdown:
    values = [int(line.count) for line in item.lines] + [int(item.total)]
    n = len(item.lines)
    hidden = suppress_lines([values], [[(0, j) for j in range(n + 1)]], limit, totals={(0, n)})
    lines = tuple(dataclasses.replace(line, count=_mask(line.count, (0, j) in hidden, limit))
                  for j, line in enumerate(item.lines))
    return Breakdown(lines, _mask(item.total, (0, n) in hidden, limit))


def public_series(values: Sequence[int], limit: int = SMALL_CELL_LIMIT) -> tuple:
    """A series whose sum is published elsewhere (monthly counts of the period)."""
    item = Breakdown(tuple(Line(str(i), "", v) for i, v in enumerate(values)), sum(values))
    return tuple(line.count for line in public_breakdown(item, limit).lines)


def public_crosstab(table: CrossTab, limit: int = SMALL_CELL_LIMIT) -> CrossTab:
    m, n = len(table.row_keys), len(table.col_keys)
    grid = [list(map(int, row)) + [int(total)] for row, total in zip(table.cells, table.row_totals)]
    grid.append(list(map(int, table.col_totals)) + [int(table.total)])
    lines = [[(i, j) for j in range(n + 1)] for i in range(m + 1)] + [[(i, j) for i in range(m + 1)]
                                                                       for j in range(n + 1)]
    totals = {(i, n) for i in range(m + 1)} | {(m, j) for j in range(n + 1)}
    hidden = suppress_lines(grid, lines, limit, totals)
    cells = tuple(tuple(_mask(table.cells[i][j], (i, j) in hidden, limit) for j in range(n)) for i in range(m))
    return dataclasses.replace(
        table,
        cells=cells,
        row_totals=tuple(_mask(table.row_totals[i], (i, n) in hidden, limit) for i in range(m)),
        col_totals=tuple(_mask(table.col_totals[j], (m, j) in hidden, limit) for j in range(n)),
        total=_mask(table.total, (m, n) in hidden, limit),
    )


def public_count(value: int, limit: int = SMALL_CELL_LIMIT) -> object:
    return Suppressed(limit) if 0 < int(value) < limit else value


def public_view(numbers, limit: int = SMALL_CELL_LIMIT):  # noqa: ANN001, ANN201 - one of the number types
    """The same numbers for anything that leaves the program: small cells withheld (module docstring rule)."""
    if isinstance(numbers, ProgramReportData):
        return _public_program(numbers, limit)
    if isinstance(numbers, FactSheetNumbers):
        return _public_fact_sheet(numbers, limit)
    if isinstance(numbers, SnapshotData):
        return SnapshotData(_public_fact_sheet(numbers.numbers, limit), numbers.recent_period,
                            public_breakdown(numbers.recent_referrals, limit),
                            public_count(numbers.recent_enrollments, limit))
    raise TypeError(type(numbers).__name__)


def _public_fact_sheet(n: FactSheetNumbers, limit: int) -> FactSheetNumbers:
    return FactSheetNumbers(
        n.as_of, public_breakdown(n.referrals, limit), public_count(n.enrolled, limit), public_count(n.active, limit),
        public_count(n.permanently_housed, limit), public_count(n.housing_linkages, limit),
        public_count(n.service_linkages, limit), public_count(n.people_linked, limit), public=True,
    )


def _public_program(d: ProgramReportData, limit: int) -> ProgramReportData:
    if d.public:
        return d
    handoff_table = public_crosstab(d.handoff.table, limit)
    medians = tuple(Suppressed(limit) if tabular.is_suppressed(total) else median
                    for total, median in zip(handoff_table.row_totals, d.handoff.medians))
    median_all = Suppressed(limit) if tabular.is_suppressed(handoff_table.total) else d.handoff.median_all
    caseload_items = public_breakdown(Breakdown(tuple(Line(str(i), r.case_manager, r.count)
                                                      for i, r in enumerate(d.caseload.rows)), d.caseload.total), limit)
    caseload = dataclasses.replace(
        d.caseload,
        rows=tuple(dataclasses.replace(r, count=line.count) for r, line in zip(d.caseload.rows, caseload_items.lines)),
        total=caseload_items.total,
    )
    return dataclasses.replace(
        d,
        public=True,
        suppression_limit=limit,
        funnel=public_crosstab(d.funnel, limit),
        handoff=dataclasses.replace(d.handoff, table=handoff_table, medians=medians, median_all=median_all),
        intake=public_breakdown(d.intake, limit),
        enrollments=public_count(d.enrollments, limit),
        exits=public_breakdown(d.exits, limit),
        engagement=EngagementData(public_breakdown(d.engagement.people, limit),
                                  public_count(d.engagement.contacts, limit)),
        caseload=caseload,
        linkages=LinkageData(public_crosstab(d.linkages.table, limit), public_count(d.linkages.people, limit)),
        housing=public_crosstab(d.housing, limit),
        demographics=Demographics(public_breakdown(d.demographics.sex, limit),
                                  public_breakdown(d.demographics.age, limit),
                                  public_breakdown(d.demographics.race, limit)),
        equity=dataclasses.replace(d.equity, referrals=public_breakdown(d.equity.referrals, limit),
                                   enrollments=public_breakdown(d.equity.enrollments, limit)),
        trend=TrendData(d.trend.months, public_series(d.trend.referrals, limit),
                        public_series(d.trend.enrollments, limit)),
    )
