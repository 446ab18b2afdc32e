"""The program report's input contract: the numbers of a period, as services.metrics fills them.

`program_numbers` counts them and `public_view` withholds small counts; the PDF
(reports.program_report), the CSV and JSON (reports.program_export) and the window's charts
all read this one object. Derived figures (shares, ratios, contacts per participant) are the
dataclasses' own methods, so every output prints the same ones. Viewers on a server read these
dataclasses back from published JSON by their type hints (services.published).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lead_desktop.reports import tabular
from lead_desktop.reports.tabular import Breakdown, Count, CrossTab, Figure, Period, ratio, share


@dataclass(frozen=True)
class HandoffData:
    """Referrals with a recorded hand-off, by pathway: within the target minutes or not, and the median."""

    table: CrossTab  # rows: pathways; columns: within, over; row totals: referrals with a hand-off
    medians: tuple[Figure, ...]  # minutes, per row
    median_all: Figure
    target_minutes: int = 30

    def within_share(self, row: str) -> Figure:
        return share(self.table.cell(row, "within"), self.table.row_total(row))

    @property
    def within_share_all(self) -> Figure:
        return share(self.table.col_total("within"), self.table.total)


@dataclass(frozen=True)
class EngagementData:
    people: Breakdown  # contacted / not_contacted; total: participants on the caseload in the period
    contacts: Count  # contacts that reached the person (not "unable to locate"), with those participants

    @property
    def contacts_per_participant(self) -> Figure:
        """Contacts per participant contacted."""
        return ratio(self.contacts, self.people.count("contacted"))


@dataclass(frozen=True)
class CaseloadRow:
    case_manager: str
    count: Count
    state: str  # ok, over_average, over_maximum, unassigned


@dataclass(frozen=True)
class CaseloadData:
    rows: tuple[CaseloadRow, ...]
    total: Count  # open participants (not exited)
    average_standard: int = 20
    maximum_standard: int = 25

    @property
    def managers(self) -> int:
        return sum(1 for r in self.rows if r.state != "unassigned")

    @property
    def average(self) -> Figure:
        assigned = [r.count for r in self.rows if r.state != "unassigned"]
        if not assigned:
            return None
        if any(tabular.is_suppressed(c) for c in assigned):
            return tabular.Suppressed()
        return sum(assigned) / len(assigned)  # type: ignore[arg-type]


@dataclass(frozen=True)
class LinkageData:
    table: CrossTab  # rows: service types; columns: outcomes
    people: Count  # participants with at least one linkage in the period


@dataclass(frozen=True)
class Demographics:
    sex: Breakdown
    age: Breakdown  # age at the end of the period
    race: Breakdown  # one category per person: a single answer, "multiple", or not recorded


@dataclass(frozen=True)
class Baseline:
    """A site-entered comparison population (e.g. local arrests by race and ethnicity)."""

    label: str
    source: str
    start: date
    end: date
    counts: tuple[tuple[str, int], ...]  # (race group key, count)

    def count(self, key: str) -> int | None:
        return dict(self.counts).get(key)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class EquityData:
    """Race and ethnicity of referrals and enrollments against the baseline.

    Shares are of all referrals (enrollments; baseline), unrecorded answers included, so
    the three are comparable; ratio = share of referrals ÷ share of the baseline.
    """

    referrals: Breakdown
    enrollments: Breakdown
    baseline: Baseline | None
    chart_keys: tuple[str, ...]  # the groups charted (recorded answers only)

    def baseline_share(self, key: str) -> Figure:
        if self.baseline is None:
            return None
        return share(self.baseline.count(key) or 0, self.baseline.total)

    def referral_ratio(self, key: str) -> Figure:
        return ratio(self.referrals.share(key), self.baseline_share(key))

    def enrollment_ratio(self, key: str) -> Figure:
        return ratio(self.enrollments.share(key), self.baseline_share(key))


@dataclass(frozen=True)
class TrendData:
    months: tuple[date, ...]  # the first day of each month shown
    referrals: tuple[Count, ...]
    enrollments: tuple[Count, ...]


@dataclass(frozen=True)
class ProgramReportData:
    site_name: str
    period: Period
    generated_on: date
    public: bool
    suppression_limit: int
    funnel: CrossTab  # rows: pathways; columns: outcomes; row totals: referred
    handoff: HandoffData
    intake: Breakdown  # arrest diversions with a legal deadline, by how the intake went
    intake_deadline_days: int
    enrollments: Count
    exits: Breakdown  # by HMIS destination group
    engagement: EngagementData
    caseload: CaseloadData
    linkages: LinkageData
    housing: CrossTab  # rows: first living-situation group in the period; columns: latest
    demographics: Demographics
    equity: EquityData
    trend: TrendData
    notes: tuple[str, ...] = field(default=())
    # The audit chain's newest entry (number, hash) when the report was made: printed on its last page,
    # an anchor outside the database (`lead-desktop-admin verify --anchor N:HASH`). Never published.
    audit_head: tuple[int, str] | None = field(default=None, metadata={"json_skip": True})

    @property
    def referred(self) -> Count:
        return self.funnel.total
