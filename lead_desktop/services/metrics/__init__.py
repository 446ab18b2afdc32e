"""The numbers behind every report, counted in SQL, returned as the plain dataclasses the report builders take.

Reading needs Permission.VIEW_REPORTS (viewers have it): everything here is an aggregate,
never a participant's record. `public_view` is the one place small cells are withheld.

One module per job; this package re-exports their public names, so callers may write
`metrics.program_numbers(...)`:

* program — the program report's numbers, and their definitions
* fact_sheet — the fact sheet's numbers and a meeting packet's snapshot
* public — the public view: the small-cell rule
* periods — report periods, the months of a trend, and the period a report starts with
* categories — the categories counted by, and their labels
* baselines — the equity baselines a site enters
* publishing — viewers on a shared server read numbers staff published
"""

from __future__ import annotations

from lead_desktop.services.metrics.baselines import BASELINES_KEY, best_baseline, read_baselines
from lead_desktop.services.metrics.categories import (
    AGE_BANDS, AGE_KEYS, AGE_LABELS, DESTINATION_KEYS, DESTINATION_LABELS, ENGAGEMENT_KEYS, ENGAGEMENT_LABELS,
    INTAKE_KEYS, INTAKE_LABELS, LIVING_KEYS, LIVING_LABELS, OPEN_STATUSES, OUTCOME_COLUMNS, OUTCOME_LABELS, RACE_KEYS,
    RACE_LABELS, SERVICE_OUTCOME_KEYS, SERVICE_OUTCOME_LABELS, SEX_KEYS, SEX_LABELS, destination_key, living_group,
    race_group,
)
from lead_desktop.services.metrics.fact_sheet import fact_sheet_numbers, snapshot
from lead_desktop.services.metrics.periods import (
    TREND_MONTHS, custom_period, default_period, month_so_far, period_for, site_began, site_created,
)
from lead_desktop.services.metrics.program import NOTES, program_numbers
from lead_desktop.services.metrics.public import (
    SMALL_CELL_LIMIT, public_breakdown, public_count, public_crosstab, public_series, public_view, suppress_lines,
)
from lead_desktop.services.metrics.publishing import reads_published

__all__ = [
    "BASELINES_KEY", "best_baseline", "read_baselines", "AGE_BANDS", "AGE_KEYS", "AGE_LABELS", "DESTINATION_KEYS",
    "DESTINATION_LABELS", "ENGAGEMENT_KEYS", "ENGAGEMENT_LABELS", "INTAKE_KEYS", "INTAKE_LABELS", "LIVING_KEYS",
    "LIVING_LABELS", "OPEN_STATUSES", "OUTCOME_COLUMNS", "OUTCOME_LABELS", "RACE_KEYS", "RACE_LABELS",
    "SERVICE_OUTCOME_KEYS", "SERVICE_OUTCOME_LABELS", "SEX_KEYS", "SEX_LABELS", "destination_key", "living_group",
    "race_group", "fact_sheet_numbers", "snapshot", "TREND_MONTHS", "custom_period", "default_period", "month_so_far",
    "period_for", "site_began", "site_created", "NOTES",
    "program_numbers", "SMALL_CELL_LIMIT", "public_breakdown", "public_count", "public_crosstab", "public_series",
    "public_view", "suppress_lines", "reads_published",
]
