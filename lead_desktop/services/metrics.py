"""The numbers behind every report, counted in SQL, returned as the plain dataclasses the report builders take.

Reading needs Permission.VIEW_REPORTS (viewers have it): everything here is an aggregate,
never a participant's record. `public_view` is the one place small cells are withheld.

Definitions (also printed at the end of the program report):

* Period: calendar dates, both ends included; times are the site's wall-clock times.
* Referrals: referrals made in the period (not deleted), by their outcome today.
* Hand-off: minutes from the referral to the hand-off, for referrals in the period with a
  hand-off recorded; the target is 30 minutes.
* Intakes: arrest diversions referred in the period (they carry a legal deadline): done on
  time (on or before the due date), done late, closed without intake (ineligible or
  declined), missed (not done and the due date has passed, or recorded as intake not
  completed), still open (pending, not yet due) — as of the day the report is made.
* Enrolments: participants whose enrolment date is in the period. Exits: participants whose
  exit date is in the period, by HMIS destination group.
* On the caseload in the period ("served"): enrolled on or before the last day and not
  exited before the first. Contacted: a contact that reached them (not "unable to locate")
  in the period. Contacts: those contacts.
* Caseload: participants not exited, today, per case manager (current assignments; the
  program keeps no history of past assignments).
* Service linkages: referrals to services made in the period, by outcome.
* Housing change: participants with a living situation recorded in the period; first = the
  situation in effect on the first day (the latest record before it), or the first one
  recorded in the period; latest = the last one recorded in the period.
* Race and ethnicity: one category per person — the single answer chosen, "Multiple" when
  more than one, "Not recorded" for 8, 9, 99 or nothing.
* Equity: referrals in the period and enrolments in the period by that category, against the
  site-entered baseline that overlaps the period most. Share = count ÷ all (including
  not recorded); ratio = share ÷ baseline share.
* Monthly trend: whole calendar months — the period's months when it spans 12 or more,
  otherwise the 12 months ending with the period's last month.

Small-cell rule (`public_view`): every count from 1 to 10 is withheld ("<11"); zero is
shown. Then, repeatedly until nothing changes, every line of a table — a breakdown with
its total, each row and each column of a cross table with its margins, and the margins
themselves with the grand total — that holds exactly one withheld entry gets a second one:
the smallest non-zero count left in that line (a cell before a total). A total is treated as
published even when the table does not print it (the same total appears elsewhere in the
report), so a breakdown's single withheld line is never recoverable by subtraction.
Figures computed from a withheld count (shares, ratios, medians, averages) are withheld
too; a median is withheld when the number of referrals it is taken over is.

Viewers on a shared server: the database refuses them every participant table, so their
program report, fact sheet and packet snapshot read the numbers staff computed there
(services.published): every computation by anyone else on a server is also published, one
row per report kind and period. Numbers nobody computed yet raise NumbersNotPrepared.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, distinct, extract, func, or_, select
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError, NumbersNotPrepared, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.reports import tabular
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.meeting_packet import SnapshotData
from lead_desktop.reports.program_report import (
    Baseline,
    CaseloadData,
    CaseloadRow,
    Demographics,
    EngagementData,
    EquityData,
    HandoffData,
    LinkageData,
    ProgramReportData,
    TrendData,
)
from lead_desktop.reports.tabular import Breakdown, CrossTab, Line, Period, Suppressed, breakdown, crosstab
from lead_desktop.services import published
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M

log = logging.getLogger(__name__)

SMALL_CELL_LIMIT = 11  # counts below this (and above zero) are withheld from public outputs
BASELINES_KEY = "reports.equity_baselines"  # setting holding the site-entered equity baselines (JSON list)
OPEN_STATUSES = ("active", "inactive", "unable_to_locate")
TREND_MONTHS = 12

# ----- vocabularies of the report's categories -----------------------------------------------

OUTCOME_COLUMNS = ("ineligible", "declined", "intake_not_completed", "enrolled", "pending")
OUTCOME_LABELS = {
    "ineligible": QT_TRANSLATE_NOOP("reports", "Ineligible"),
    "declined": QT_TRANSLATE_NOOP("reports", "Declined"),
    "intake_not_completed": QT_TRANSLATE_NOOP("reports", "Intake missed"),
    "enrolled": QT_TRANSLATE_NOOP("reports", "Enrolled"),
    "pending": QT_TRANSLATE_NOOP("reports", "Pending"),
}
INTAKE_KEYS = ("on_time", "late", "closed", "missed", "open")
INTAKE_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("reports", "Intake done by the deadline"),
    "late": QT_TRANSLATE_NOOP("reports", "Intake done after the deadline"),
    "closed": QT_TRANSLATE_NOOP("reports", "Closed without intake (ineligible or declined)"),
    "missed": QT_TRANSLATE_NOOP("reports", "Deadline missed"),
    "open": QT_TRANSLATE_NOOP("reports", "Still open, not yet due"),
}
DESTINATION_KEYS = ("permanent", "temporary", "institutional", "homeless", "other", "not_recorded")
DESTINATION_LABELS = {
    "permanent": QT_TRANSLATE_NOOP("reports", "Permanent housing (4xx)"),
    "temporary": QT_TRANSLATE_NOOP("reports", "Temporary (3xx)"),
    "institutional": QT_TRANSLATE_NOOP("reports", "Institutional (2xx)"),
    "homeless": QT_TRANSLATE_NOOP("reports", "Homeless (1xx)"),
    "other": QT_TRANSLATE_NOOP("reports", "Other, deceased or no exit interview"),
    "not_recorded": QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
LIVING_KEYS = ("homeless", "institutional", "temporary", "permanent", "other")
LIVING_LABELS = {
    "homeless": QT_TRANSLATE_NOOP("reports", "Homeless"),
    "institutional": QT_TRANSLATE_NOOP("reports", "Institutional"),
    "temporary": QT_TRANSLATE_NOOP("reports", "Temporary"),
    "permanent": QT_TRANSLATE_NOOP("reports", "Permanent"),
    "other": QT_TRANSLATE_NOOP("reports", "Other or unknown"),
}
ENGAGEMENT_KEYS = ("contacted", "not_contacted")
ENGAGEMENT_LABELS = {
    "contacted": QT_TRANSLATE_NOOP("reports", "Contacted in the period"),
    "not_contacted": QT_TRANSLATE_NOOP("reports", "Not contacted in the period"),
}
SEX_KEYS = ("0", "1", "unknown")
SEX_LABELS = {"0": V.SEX.label("0"), "1": V.SEX.label("1"), "unknown": QT_TRANSLATE_NOOP("reports", "Not recorded")}
AGE_BANDS = (
    (None, 25, "under_25", QT_TRANSLATE_NOOP("reports", "Under 25")),
    (25, 35, "25_34", "25–34"),
    (35, 45, "35_44", "35–44"),
    (45, 55, "45_54", "45–54"),
    (55, 65, "55_64", "55–64"),
    (65, None, "65_plus", QT_TRANSLATE_NOOP("reports", "65 and over")),
)
AGE_KEYS = tuple(b[2] for b in AGE_BANDS) + ("unknown",)
AGE_LABELS = {b[2]: b[3] for b in AGE_BANDS} | {"unknown": QT_TRANSLATE_NOOP("reports", "Not recorded")}
RACE_KEYS = tuple(t.code for t in V.RACE_ETHNICITY if t.code not in V.MISSING_CODES) + ("multiple", "unknown")
RACE_LABELS = {code: V.RACE_ETHNICITY.label(code) for code in RACE_KEYS[:-2]} | {
    "multiple": QT_TRANSLATE_NOOP("reports", "Multiple races or ethnicities"),
    "unknown": QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
SERVICE_OUTCOME_KEYS = ("1", "2", "3", "pending")
SERVICE_OUTCOME_LABELS = {code: V.SERVICE_OUTCOME.label(code) for code in SERVICE_OUTCOME_KEYS}

NOTES = (
    QT_TRANSLATE_NOOP("reports", "Referrals: made in the period, by their outcome today."),
    QT_TRANSLATE_NOOP("reports",
                      "Hand-off: minutes from the referral to the hand-off to a case manager, for referrals with a "
                                 "hand-off recorded."),
    QT_TRANSLATE_NOOP("reports",
                      "Intakes: arrest diversions referred in the period, as of the day this report was made."),
    QT_TRANSLATE_NOOP("reports",
                      "On the caseload: enrolled by the last day of the period and not exited before its first day. "
                                 "Contacted: a contact that reached the person in the period (attempts marked “unable to "
                                 "locate” do not count)."),
    QT_TRANSLATE_NOOP("reports", "Caseload: participants not exited, per case manager, as assigned today."),
    QT_TRANSLATE_NOOP("reports", "Housing: the living situation in effect at the start of the period (or the first one "
                                 "recorded in it) against the latest one recorded in it."),
    QT_TRANSLATE_NOOP("reports",
                      "Race and ethnicity: one category per person; people who chose more than one answer are "
                                 "counted under “Multiple”."),
    QT_TRANSLATE_NOOP("reports",
                      "Equity ratio: share of referrals (enrolments) in a group ÷ share of the baseline in that "
                                 "group; all shares include answers not recorded."),
    QT_TRANSLATE_NOOP("reports",
                      "Monthly trend: whole calendar months; the 12 months ending with the period's last month "
                                 "when the period is shorter than a year."),
)


# ----- periods -------------------------------------------------------------------------------


def period_for(kind: str, day: date) -> Period:
    """The calendar month, quarter or year that holds `day`."""
    if kind == "month":
        start = day.replace(day=1)
        return Period(start, R.add_months(start, 1) - timedelta(days=1), "month")
    if kind == "quarter":
        start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return Period(start, R.add_months(start, 3) - timedelta(days=1), "quarter")
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a month, a quarter, a year or a custom range."))


def custom_period(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    if (end - start).days > 366 * 20:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a period of at most twenty years."))
    return Period(start, end, "custom")


def _bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end) as wall-clock datetimes, for DateTime columns."""
    return datetime.combine(period.start, time()), datetime.combine(period.end + timedelta(days=1), time())


def _month_starts(period: Period) -> list[date]:
    first = period.start.replace(day=1)
    last = period.end.replace(day=1)
    months = []
    cursor = first
    while cursor <= last:
        months.append(cursor)
        cursor = R.add_months(cursor, 1)
    if len(months) < TREND_MONTHS:
        months = [R.add_months(last, -i) for i in range(TREND_MONTHS - 1, -1, -1)]
    return months


# ----- categories ----------------------------------------------------------------------------


def race_group(codes: str | None) -> str:
    chosen = [c for c in (codes or "").split(",") if c and c not in V.MISSING_CODES]
    if not chosen:
        return "unknown"
    if len(set(chosen)) > 1:
        return "multiple"
    return chosen[0] if chosen[0] in RACE_LABELS else "unknown"


def living_group(code: str | None) -> str:
    group = V.destination_group(code or "")
    return group if group in LIVING_KEYS else "other"


def destination_key(code: str | None) -> str:
    if not code:
        return "not_recorded"
    return V.destination_group(code)


def _labels(keys: Sequence[str], labels: dict[str, str]) -> list[str]:
    return [labels[k] for k in keys]


def _participants() -> list:
    p = M.Participant
    return [p.deleted_at.is_(None), p.merged_into_id.is_(None)]


def _served(period: Period) -> list:
    p = M.Participant
    return [*_participants(), p.enrolled_on <= period.end, or_(p.exit_date.is_(None), p.exit_date >= period.start)]


# ----- viewers on a shared server: published numbers ------------------------------------------


def reads_published(site: SiteSession) -> bool:
    """True when `site`'s reports come from the published numbers: a viewer on a server."""
    return site.is_server and site.actor.role is Role.VIEWER


def _read_published(site: SiteSession, kind: str, start: date, end: date, cls: type, *,
                    newest_by_end: bool = False) -> object:
    """The published numbers for exactly (kind, start, end) or, with `newest_by_end`, the newest
    one-day numbers published on or before `end`; NumbersNotPrepared when there are none."""
    with site.unit_of_work() as session:
        if newest_by_end:
            found = published.load_latest(session, kind, end, cls)
        else:
            found = published.load(session, kind, start, end, cls)
    if found is None:
        raise NumbersNotPrepared()
    return found.numbers


def _publish(site: SiteSession, kind: str, start: date, end: date, numbers: object) -> None:
    """On a server, keep what was just computed for the viewers. The person's own report never fails
    for it: a refusal or a busy server is logged and the next computation publishes."""
    if not site.is_server:
        return
    try:
        with site.unit_of_work() as session:
            published.store(session, kind, start, end, numbers, site.actor.account_id)
    except KnownError as err:
        log.warning("%s numbers computed but not published: %s", kind, type(err).__name__)


# ----- the program report ----------------------------------------------------------------------


def program_numbers(site: SiteSession, period: Period, *, today: date | None = None,
                    progress: Callable[[int], None] | None = None, publish: bool = True) -> ProgramReportData:
    """Every number of the program report for `period`, exact (internal). See the module's definitions.
    A viewer on a server gets the published ones for exactly this period (NumbersNotPrepared if none);
    anyone else's are published there unless `publish` is False (the caller publishes them)."""
    site.require(Permission.VIEW_REPORTS)
    if reads_published(site):
        data = _read_published(site, published.PROGRAM, period.start, period.end, ProgramReportData)
        return dataclasses.replace(data, period=period)  # the same dates; the label the reader chose
    today = today or date.today()
    tick = progress or (lambda step: None)
    with site.unit_of_work() as session:
        site_name = str(read_setting(session, "site_name"))
        deadline_days = int(read_setting(session, "intake_deadline_days"))
        funnel = _funnel(session, period)
        handoff = _handoff(session, period)
        intake = _intake(session, period, today)
        tick(1)
        enrolments = _count(session, select(func.count(M.Participant.id)).where(
            *_participants(), M.Participant.enrolled_on >= period.start, M.Participant.enrolled_on <= period.end))
        exits = _exits(session, period)
        engagement = _engagement(session, period)
        tick(2)
        caseload = _caseload(session)
        linkages = _linkages(session, period)
        housing = _housing(session, period)
        tick(3)
        demographics = _demographics(session, period)
        equity = _equity(session, period)
        trend = _trend(session, period)
        tick(4)
    data = ProgramReportData(
        site_name=site_name,
        period=period,
        generated_on=today,
        public=False,
        suppression_limit=SMALL_CELL_LIMIT,
        funnel=funnel,
        handoff=handoff,
        intake=intake,
        intake_deadline_days=deadline_days,
        enrolments=enrolments,
        exits=exits,
        engagement=engagement,
        caseload=caseload,
        linkages=linkages,
        housing=housing,
        demographics=demographics,
        equity=equity,
        trend=trend,
        notes=NOTES,
    )
    if publish:
        _publish(site, published.PROGRAM, period.start, period.end, data)
    return data


def _count(session: Session, query) -> int:  # noqa: ANN001
    return int(session.scalar(query) or 0)


def _referrals_in(period: Period) -> list:
    r = M.Referral
    start, end = _bounds(period)
    return [r.deleted_at.is_(None), r.referred_at >= start, r.referred_at < end]


def _funnel(session: Session, period: Period) -> CrossTab:
    r = M.Referral
    rows = session.execute(select(r.pathway, r.outcome, func.count()).where(*_referrals_in(period))
                           .group_by(r.pathway, r.outcome)).all()
    counts = {(pathway, outcome): n for pathway, outcome, n in rows}
    pathways = R.ALL_PATHWAYS
    return crosstab(pathways, [R.PATHWAY.label(k) for k in pathways], OUTCOME_COLUMNS,
                    _labels(OUTCOME_COLUMNS, OUTCOME_LABELS), counts)


def _handoff(session: Session, period: Period) -> HandoffData:
    r = M.Referral
    rows = session.execute(select(r.pathway, r.referred_at, r.handoff_at)
                           .where(*_referrals_in(period), r.handoff_at.is_not(None))).all()
    minutes: dict[str, list[int]] = defaultdict(list)
    for pathway, referred, handoff in rows:
        value = R.handoff_minutes(referred, handoff)
        if value is not None and value >= 0:
            minutes[pathway].append(value)
    target = R.HANDOFF_TARGET_MINUTES
    counts = {}
    for pathway, values in minutes.items():
        counts[(pathway, "within")] = sum(1 for v in values if v <= target)
        counts[(pathway, "over")] = sum(1 for v in values if v > target)
    pathways = R.ALL_PATHWAYS
    table = crosstab(
        pathways,
        [R.PATHWAY.label(k) for k in pathways],
        ("within", "over"),
        (QT_TRANSLATE_NOOP("reports", "Within the target"), QT_TRANSLATE_NOOP("reports", "Over the target")),
        counts,
    )
    every = [v for values in minutes.values() for v in values]
    return HandoffData(table, tuple(tabular.median(minutes.get(k, [])) for k in pathways), tabular.median(every),
                       target)


def _intake(session: Session, period: Period, today: date) -> Breakdown:
    r = M.Referral
    rows = session.execute(select(r.outcome, r.intake_due_on, r.intake_completed_on)
                           .where(*_referrals_in(period), r.intake_due_on.is_not(None))).all()
    counts: dict[str, int] = defaultdict(int)
    for outcome, due, done in rows:
        if done is not None:
            counts["on_time" if done <= due else "late"] += 1
        elif outcome in ("ineligible", "declined"):
            counts["closed"] += 1
        elif outcome == "intake_not_completed" or due < today:
            counts["missed"] += 1
        else:
            counts["open"] += 1
    return breakdown(INTAKE_KEYS, _labels(INTAKE_KEYS, INTAKE_LABELS), counts)


def _exits(session: Session, period: Period) -> Breakdown:
    p = M.Participant
    rows = session.execute(select(p.exit_destination, func.count()).where(
        *_participants(), p.exit_date >= period.start, p.exit_date <= period.end).group_by(p.exit_destination)).all()
    counts: dict[str, int] = defaultdict(int)
    for code, n in rows:
        counts[destination_key(code)] += n
    return breakdown(DESTINATION_KEYS, _labels(DESTINATION_KEYS, DESTINATION_LABELS), counts)


def _real_contacts(period: Period) -> list:
    c = M.Contact
    start, end = _bounds(period)
    return [c.deleted_at.is_(None), c.unable_to_locate.is_(False), c.at >= start, c.at < end]


def _engagement(session: Session, period: Period) -> EngagementData:
    p, c = M.Participant, M.Contact
    served = _count(session, select(func.count(p.id)).where(*_served(period)))
    # One pass over the contacts index (participant, time) for both numbers.
    contacted, contacts = session.execute(
        select(func.count(distinct(c.participant_id)), func.count(c.id)).join(p, p.id == c.participant_id)
        .where(*_served(period), *_real_contacts(period))).one()
    people = breakdown(ENGAGEMENT_KEYS, _labels(ENGAGEMENT_KEYS, ENGAGEMENT_LABELS),
                       {"contacted": contacted, "not_contacted": served - contacted})
    return EngagementData(people, contacts)


def _caseload(session: Session) -> CaseloadData:
    p, a = M.Participant, M.Account
    rows = session.execute(
        select(p.case_manager_id, a.display_name, func.count(p.id))
        .outerjoin(a, a.id == p.case_manager_id)
        .where(*_participants(), p.status.in_(OPEN_STATUSES))
        .group_by(p.case_manager_id, a.display_name)
    ).all()
    out = []
    unassigned = 0
    for manager_id, name, n in rows:
        if manager_id is None:
            unassigned += n
            continue
        state = "over_maximum" if n > V.CASELOAD_MAXIMUM else "over_average" if n > V.CASELOAD_AVERAGE else "ok"
        out.append(CaseloadRow(name or "—", n, state))
    out.sort(key=lambda row: (-row.count, row.case_manager.casefold()))
    if unassigned:
        out.append(CaseloadRow(QT_TRANSLATE_NOOP("reports", "No case manager"), unassigned, "unassigned"))
    return CaseloadData(tuple(out), sum(row.count for row in out), V.CASELOAD_AVERAGE, V.CASELOAD_MAXIMUM)


def _linkages(session: Session, period: Period) -> LinkageData:
    s, p = M.ServiceLinkage, M.Participant
    where = [s.deleted_at.is_(None), s.referred_on >= period.start, s.referred_on <= period.end, *_participants()]
    rows = session.execute(select(s.service_type, s.outcome, func.count(s.id)).join(p, p.id == s.participant_id)
                           .where(*where).group_by(s.service_type, s.outcome)).all()
    counts = {(kind, outcome): n for kind, outcome, n in rows}
    people = _count(session, select(func.count(distinct(s.participant_id))).join(p, p.id == s.participant_id)
                    .where(*where))
    types = tuple(V.SERVICE_TYPE.codes())
    table = crosstab(types, [V.SERVICE_TYPE.label(k) for k in types], SERVICE_OUTCOME_KEYS,
                     _labels(SERVICE_OUTCOME_KEYS, SERVICE_OUTCOME_LABELS), counts)
    return LinkageData(table, people)


def _housing(session: Session, period: Period) -> CrossTab:
    h, p = M.HousingStatus, M.Participant
    in_period = (select(h.participant_id).where(h.deleted_at.is_(None), h.effective_on >= period.start,
                                                h.effective_on <= period.end))
    rows = session.execute(
        select(h.participant_id, h.effective_on, h.created_at, h.living_situation)
        .join(p, p.id == h.participant_id)
        .where(h.deleted_at.is_(None), h.effective_on <= period.end, h.participant_id.in_(in_period), *_participants())
        .order_by(h.participant_id, h.effective_on, h.created_at)
    ).all()
    by_person: dict[str, list] = defaultdict(list)
    for pid, effective, _created, code in rows:
        by_person[pid].append((effective, code))
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for records in by_person.values():
        before = [code for day, code in records if day <= period.start]
        within = [code for day, code in records if day >= period.start]
        first = before[-1] if before else within[0]
        latest = within[-1]
        counts[(living_group(first), living_group(latest))] += 1
    labels = _labels(LIVING_KEYS, LIVING_LABELS)
    return crosstab(LIVING_KEYS, labels, LIVING_KEYS, labels, counts)


def _age_case(day: date):  # noqa: ANN202
    """SQL CASE giving a person's age band on `day` from the date of birth (no per-row Python)."""
    p = M.Participant
    whens = [(p.dob.is_(None), "unknown")]
    for low, high, key, _label in AGE_BANDS:
        if high is not None:
            # younger than `high` on `day` ⇔ born after day − high years
            whens.append((p.dob > R.add_months(day, -12 * high), key))
        else:
            whens.append((p.dob <= R.add_months(day, -12 * low), key))
    return case(*whens, else_="unknown")


def _demographics(session: Session, period: Period) -> Demographics:
    p = M.Participant
    sex = defaultdict(int)
    for code, n in session.execute(select(p.sex, func.count()).where(*_served(period)).group_by(p.sex)).all():
        sex[code if code in ("0", "1") else "unknown"] += n
    band = _age_case(period.end)
    ages = dict(session.execute(select(band, func.count()).where(*_served(period)).group_by(band)).all())
    races = defaultdict(int)
    for codes, n in session.execute(select(p.race_ethnicity, func.count()).where(*_served(period))
                                    .group_by(p.race_ethnicity)).all():
        races[race_group(codes)] += n
    return Demographics(
        breakdown(SEX_KEYS, _labels(SEX_KEYS, SEX_LABELS), sex),
        breakdown(AGE_KEYS, _labels(AGE_KEYS, AGE_LABELS), ages),
        breakdown(RACE_KEYS, _labels(RACE_KEYS, RACE_LABELS), races),
    )


def _race_breakdown(rows: Sequence[tuple[str, int]]) -> Breakdown:
    counts: dict[str, int] = defaultdict(int)
    for codes, n in rows:
        counts[race_group(codes)] += n
    return breakdown(RACE_KEYS, _labels(RACE_KEYS, RACE_LABELS), counts)


def _equity(session: Session, period: Period) -> EquityData:
    r, p = M.Referral, M.Participant
    referrals = _race_breakdown(session.execute(
        select(r.race_ethnicity, func.count()).where(*_referrals_in(period)).group_by(r.race_ethnicity)).all())
    enrolments = _race_breakdown(session.execute(
        select(p.race_ethnicity, func.count()).where(*_participants(), p.enrolled_on >= period.start,
                                                    p.enrolled_on <= period.end)
        .group_by(p.race_ethnicity)).all())
    baseline = best_baseline(read_baselines(session), period)
    chart_keys = tuple(k for k in RACE_KEYS if k != "unknown")
    return EquityData(referrals, enrolments, baseline, chart_keys)


def _trend(session: Session, period: Period) -> TrendData:
    months = _month_starts(period)
    first, last = months[0], R.add_months(months[-1], 1)
    r, p = M.Referral, M.Participant
    ref_rows = session.execute(
        select(extract("year", r.referred_at), extract("month", r.referred_at), func.count())
        .where(r.deleted_at.is_(None), r.referred_at >= datetime.combine(first, time()),
               r.referred_at < datetime.combine(last, time()))
        .group_by(extract("year", r.referred_at), extract("month", r.referred_at))).all()
    enr_rows = session.execute(
        select(extract("year", p.enrolled_on), extract("month", p.enrolled_on), func.count())
        .where(*_participants(), p.enrolled_on >= first, p.enrolled_on < last)
        .group_by(extract("year", p.enrolled_on), extract("month", p.enrolled_on))).all()
    referred = {(int(y), int(m)): n for y, m, n in ref_rows}
    enrolled = {(int(y), int(m)): n for y, m, n in enr_rows}
    return TrendData(tuple(months), tuple(referred.get((d.year, d.month), 0) for d in months),
                     tuple(enrolled.get((d.year, d.month), 0) for d in months))


# ----- equity baselines (entered by the project manager; edited through services.reporting) -----


def read_baselines(session: Session) -> list[Baseline]:
    raw = read_setting(session, BASELINES_KEY) or []
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            counts = tuple((k, int(v)) for k, v in dict(item.get("counts", {})).items() if k in RACE_LABELS)
            out.append(Baseline(str(item.get("label", "")), str(item.get("source", "")),
                                date.fromisoformat(item["start"]), date.fromisoformat(item["end"]),
                                tuple(sorted(counts, key=lambda kv: RACE_KEYS.index(kv[0])))))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is skipped, never fatal for a report
    return out


def best_baseline(baselines: Sequence[Baseline], period: Period) -> Baseline | None:
    """The baseline overlapping the period most (ties: the one closest in length); None without overlap."""
    best, best_key = None, None
    for b in baselines:
        overlap = (min(b.end, period.end) - max(b.start, period.start)).days + 1
        if overlap <= 0 or b.total <= 0:
            continue
        key = (overlap, -abs(((b.end - b.start).days + 1) - period.days))
        if best_key is None or key > best_key:
            best, best_key = b, key
    return best


# ----- fact sheet and packet snapshot ---------------------------------------------------------


def fact_sheet_numbers(site: SiteSession, *, today: date | None = None, publish: bool = True) -> FactSheetNumbers:
    """Live aggregates since the program began, as of today (exact; see public_view). A viewer on a
    server gets the newest ones published on or before that day — the sheet prints their "as of" date —
    (NumbersNotPrepared if none)."""
    site.require(Permission.VIEW_REPORTS)
    today = today or date.today()
    if reads_published(site):
        return _read_published(site, published.FACT_SHEET, today, today, FactSheetNumbers, newest_by_end=True)
    with site.unit_of_work() as session:
        numbers = _fact_sheet_numbers(session, today)
    if publish:
        _publish(site, published.FACT_SHEET, today, today, numbers)
    return numbers


def _fact_sheet_numbers(session: Session, today: date) -> FactSheetNumbers:
    r, p, s, h = M.Referral, M.Participant, M.ServiceLinkage, M.HousingStatus
    rows = session.execute(select(r.pathway, func.count()).where(r.deleted_at.is_(None)).group_by(r.pathway)).all()
    pathways = R.ALL_PATHWAYS
    referrals = breakdown(pathways, [R.PATHWAY.label(k) for k in pathways], dict(rows))
    enrolled = _count(session, select(func.count(p.id)).where(*_participants()))
    open_people = [*_participants(), p.status.in_(OPEN_STATUSES)]
    active = _count(session, select(func.count(p.id)).where(*open_people))
    ranked = (select(h.participant_id, h.living_situation,
                     func.row_number().over(partition_by=h.participant_id,
                                            order_by=(h.effective_on.desc(), h.created_at.desc())).label("rank"))
              .where(h.deleted_at.is_(None), h.effective_on <= today).subquery())
    latest = _count(session, select(func.count()).select_from(ranked).join(p, p.id == ranked.c.participant_id)
                    .where(ranked.c.rank == 1, ranked.c.living_situation.like("4__"), *open_people))
    accepted = [s.deleted_at.is_(None), s.outcome == "1", *_participants()]
    linkages = _count(session, select(func.count(s.id)).join(p, p.id == s.participant_id).where(*accepted))
    housing = _count(session, select(func.count(s.id)).join(p, p.id == s.participant_id)
                     .where(*accepted, s.service_type == "housing"))
    people = _count(session, select(func.count(distinct(s.participant_id))).join(p, p.id == s.participant_id)
                    .where(*accepted))
    return FactSheetNumbers(today, referrals, enrolled, active, latest, housing, linkages, people)


def snapshot(site: SiteSession, day: date, *, today: date | None = None, publish: bool = True) -> SnapshotData:
    """For a meeting packet: the live aggregates, and the referrals of the three whole months before `day`'s month.
    A viewer on a server gets the snapshot published for `day` (NumbersNotPrepared if none)."""
    site.require(Permission.VIEW_REPORTS)
    if reads_published(site):
        return _read_published(site, published.SNAPSHOT, day, day, SnapshotData)
    today = today or date.today()
    end = day.replace(day=1) - timedelta(days=1)
    recent = Period(R.add_months(end.replace(day=1), -2), end, "custom")
    with site.unit_of_work() as session:
        numbers = _fact_sheet_numbers(session, today)
        funnel = _funnel(session, recent)
        enrolments = _count(session, select(func.count(M.Participant.id)).where(
            *_participants(), M.Participant.enrolled_on >= recent.start, M.Participant.enrolled_on <= recent.end))
    referrals = Breakdown(tuple(Line(k, l, t) for k, l, t in zip(funnel.row_keys, funnel.row_labels,
                                                                 funnel.row_totals)), funnel.total)
    data = SnapshotData(numbers, recent, referrals, enrolments)
    if publish:
        _publish(site, published.SNAPSHOT, day, day, data)
    return data


# ----- the public view: the one place small cells are withheld -----------------------------------


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
                            public_count(numbers.recent_enrolments, limit))
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
        enrolments=public_count(d.enrolments, limit),
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
                                   enrolments=public_breakdown(d.equity.enrolments, limit)),
        trend=TrendData(d.trend.months, public_series(d.trend.referrals, limit),
                        public_series(d.trend.enrolments, limit)),
    )

