"""The program report's numbers as CSV sections and a JSON document, for other programs.

The same tables as the PDF (reports.program_report), from the same data object
(reports.program_data), with English headers: they are column names for spreadsheets and
scripts, not text for people. The JSON holds the numbers as they are plus the derived figures
the PDF prints, computed by the same methods.
"""

from __future__ import annotations

from lead_desktop.reports import tabular
from lead_desktop.reports.program_data import EquityData, ProgramReportData
from lead_desktop.reports.tabular import Count, Figure, Section, fmt_count, fmt_number, fmt_percent


def csv_sections(data: ProgramReportData) -> list[Section]:
    """The same tables as the PDF, one CSV section each (English headers: column names for other programs)."""
    f = data.funnel
    h = data.handoff
    sections = [
        Section("Referral funnel by pathway", ("Pathway", *f.col_labels, "Referred"), tabular.crosstab_rows(f)),
        Section(
            f"Hand-off times (target {h.target_minutes} minutes)",
            ("Pathway", "With hand-off", f"Within {h.target_minutes} min", "Share within", "Median minutes"),
            tuple((label, _c(total), _c(h.table.cell(key, "within")), _p(h.within_share(key)), _n(median, 0))
                  for key, label, total, median in zip(h.table.row_keys, h.table.row_labels, h.table.row_totals,
                                                       h.medians))
            + (("All pathways", _c(h.table.total), _c(h.table.col_total("within")), _p(h.within_share_all),
                _n(h.median_all, 0)),),
        ),
        Section(f"Intakes against the {data.intake_deadline_days}-day deadline", ("Intake", "Count", "Share"),
                tabular.breakdown_rows(data.intake)),
        Section("Enrollments", ("Measure", "Count"), (("Participants enrolled in the period", _c(data.enrollments)),)),
        Section("Exits by destination", ("Destination", "Count", "Share"), tabular.breakdown_rows(data.exits)),
        Section("Engagement", ("Participants", "Count", "Share"), tabular.breakdown_rows(data.engagement.people)
                + (("Contacts", _c(data.engagement.contacts), ""),
                   ("Contacts per participant contacted", _n(data.engagement.contacts_per_participant), ""))),
        Section(
            f"Caseload per case manager (standard: average {data.caseload.average_standard}, "
            f"maximum {data.caseload.maximum_standard})",
            ("Case manager", "Open participants", "Against the standard"),
            tuple((r.case_manager, _c(r.count), r.state) for r in data.caseload.rows)
            + (("Total", _c(data.caseload.total), ""),),
        ),
        Section("Service linkages and outcomes", ("Service", *data.linkages.table.col_labels, "Total"),
                tabular.crosstab_rows(data.linkages.table)
                + (("Participants linked", _c(data.linkages.people)),)),
        Section("Housing status change (rows: first; columns: latest)",
                ("First \\ latest", *data.housing.col_labels, "Total"), tabular.crosstab_rows(data.housing)),
        Section("Sex", ("Sex", "Count", "Share"), tabular.breakdown_rows(data.demographics.sex)),
        Section("Age at the end of the period", ("Age", "Count", "Share"),
                tabular.breakdown_rows(data.demographics.age)),
        Section("Race and ethnicity", ("Race and ethnicity", "Count", "Share"),
                tabular.breakdown_rows(data.demographics.race)),
        _equity_section(data.equity),
        Section("Referrals and enrollments per month", ("Month", "Referrals", "Enrollments"),
                tuple((m.strftime("%Y-%m"), _c(r), _c(e))
                      for m, r, e in zip(data.trend.months, data.trend.referrals, data.trend.enrollments))),
    ]
    return sections


def _equity_section(eq: EquityData) -> Section:
    title = "Equity: race and ethnicity against the baseline"
    if eq.baseline is not None:
        b = eq.baseline
        title += f" ({b.label}; {b.start.isoformat()} to {b.end.isoformat()}; source: {b.source})"
    else:
        title += " (no baseline entered for this period)"
    rows = []
    for line in eq.referrals.lines:
        k = line.key
        rows.append((line.label, _c(line.count), _p(eq.referrals.share(k)), _c(eq.enrollments.count(k)),
                     _p(eq.enrollments.share(k)), _c(eq.baseline.count(k) or 0) if eq.baseline else "",
                     _p(eq.baseline_share(k)), _n(eq.referral_ratio(k), 3), _n(eq.enrollment_ratio(k), 3)))
    rows.append(("Total", _c(eq.referrals.total), "", _c(eq.enrollments.total), "",
                 _c(eq.baseline.total) if eq.baseline else "", "", "", ""))
    return Section(title, ("Group", "Referrals", "Referral share", "Enrollments", "Enrollment share", "Baseline",
                           "Baseline share", "Ratio, referrals", "Ratio, enrollments"), tuple(rows))


def _c(value: Count | None) -> str:
    return fmt_count(value).replace(",", "")


def _p(value: Figure) -> str:
    return "" if value is None else fmt_percent(value, 1)


def _n(value: Figure, digits: int = 2) -> str:
    return "" if value is None else fmt_number(value, digits).replace(",", "")


def csv_preamble(data: ProgramReportData) -> list[tuple[str, object]]:
    return [
        ("Report", "Program report (public)" if data.public else "Program report (internal - contains small counts)"),
        ("Site", data.site_name),
        ("Period", f"{data.period.start.isoformat()} to {data.period.end.isoformat()}"),
        ("Generated on", data.generated_on.isoformat()),
    ]


def json_payload(data: ProgramReportData) -> dict:
    """The numbers as they are, plus the derived figures the PDF prints (computed by the same methods)."""
    eq = data.equity
    h = data.handoff
    derived = {
        "handoff_within_share": {k: h.within_share(k) for k in h.table.row_keys} | {"all": h.within_share_all},
        "contacts_per_participant": data.engagement.contacts_per_participant,
        "caseload_average": data.caseload.average,
        "equity": {
            k: {
                "referral_share": eq.referrals.share(k),
                "enrollment_share": eq.enrollments.share(k),
                "baseline_share": eq.baseline_share(k),
                "referral_ratio": eq.referral_ratio(k),
                "enrollment_ratio": eq.enrollment_ratio(k),
            }
            for k in eq.referrals.keys
        },
    }
    return {"report": "program", "numbers": data, "derived": derived}
