"""The program report's numbers for a period, counted in SQL.

Definitions (also printed at the end of the program report):

* Period: calendar dates, both ends included; times are the site's wall-clock times.
* Referrals: referrals made in the period (not deleted), by their outcome today.
* Hand-off: minutes from the referral to the hand-off, for referrals in the period with a
  hand-off recorded; the target is 30 minutes.
* Intakes: arrest diversions referred in the period (they carry a legal deadline): done on
  time (on or before the due date), done late, closed without intake (ineligible or
  declined), missed (not done and the due date has passed, or recorded as intake not
  completed), still open (pending, not yet due) — as of the day the report is made.
* Enrollments: participants whose enrollment date is in the period. Exits: participants whose
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
* Equity: referrals in the period and enrollments in the period by that category, against the
  site-entered baseline that overlaps the period most. Share = count ÷ all (including
  not recorded); ratio = share ÷ baseline share.
* Monthly trend: whole calendar months — the period's months when it spans 12 or more,
  otherwise the 12 months ending with the period's last month.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, and_, case, extract, func, null, or_, select
from sqlalchemy.orm import Session

from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.reports import tabular
from lead_desktop.reports.program_data import (
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
from lead_desktop.reports.tabular import Breakdown, CrossTab, Period, breakdown, crosstab
from lead_desktop.services import published
from lead_desktop.services.metrics.baselines import best_baseline, read_baselines
from lead_desktop.services.metrics.categories import (
    AGE_BANDS,
    AGE_KEYS,
    AGE_LABELS,
    DESTINATION_KEYS,
    DESTINATION_LABELS,
    ENGAGEMENT_KEYS,
    ENGAGEMENT_LABELS,
    INTAKE_KEYS,
    INTAKE_LABELS,
    LIVING_KEYS,
    LIVING_LABELS,
    OPEN_STATUSES,
    OUTCOME_COLUMNS,
    OUTCOME_LABELS,
    RACE_KEYS,
    RACE_LABELS,
    SERVICE_OUTCOME_KEYS,
    SERVICE_OUTCOME_LABELS,
    SEX_KEYS,
    SEX_LABELS,
    _labels,
    destination_key,
    living_group,
    race_group,
)
from lead_desktop.services.metrics.periods import _bounds, _month_starts
from lead_desktop.services.metrics.public import SMALL_CELL_LIMIT
from lead_desktop.services.metrics.publishing import _publish, _read_published, reads_published
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage import sqlfuncs

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
                      "Equity ratio: share of referrals (enrollments) in a group ÷ share of the baseline in that "
                                 "group; all shares include answers not recorded."),
    QT_TRANSLATE_NOOP("reports",
                      "Monthly trend: whole calendar months; the 12 months ending with the period's last month "
                                 "when the period is shorter than a year."),
)


def _participants() -> list:
    p = M.Participant
    # Counted over everyone: read the table straight through, not through the list's partial index.
    return [p.deleted_at.is_(None), sqlfuncs.unindexed(p.merged_into_id).is_(None)]


def _on_caseload(period: Period) -> ColumnElement[bool]:
    p = M.Participant
    return and_(p.enrolled_on <= period.end, or_(p.exit_date.is_(None), p.exit_date >= period.start))


def _served(period: Period) -> list:
    return [*_participants(), _on_caseload(period)]


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
    # One pass over the period's referrals and one over the participants serve most sections; see
    # _referrals and _people. The contacts are counted first: their index is larger than the page
    # cache, so reading it afterwards would push out the pages the other counts share.
    with site.unit_of_work() as session:
        site_name = str(read_setting(session, "site_name"))
        deadline_days = int(read_setting(session, "intake_deadline_days"))
        contacted, contacts = _contacts(session, period)
        funnel, intake, referral_races = _referrals(session, period, today)
        handoff = _handoff(session, period)
        tick(1)
        people = _people(session, period)
        engagement = EngagementData(breakdown(ENGAGEMENT_KEYS, _labels(ENGAGEMENT_KEYS, ENGAGEMENT_LABELS), {
            "contacted": contacted, "not_contacted": people.served - contacted}), contacts)
        tick(2)
        caseload = _caseload(session)
        linkages = _linkages(session, period)
        housing = _housing(session, period)
        tick(3)
        equity = EquityData(referral_races, people.enrollment_races, best_baseline(read_baselines(session), period),
                            tuple(k for k in RACE_KEYS if k != "unknown"))
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
        enrollments=people.enrollments,
        exits=people.exits,
        engagement=engagement,
        caseload=caseload,
        linkages=linkages,
        housing=housing,
        demographics=people.demographics,
        equity=equity,
        trend=trend,
        notes=NOTES,
    )
    if publish:
        _publish(site, published.PROGRAM, period.start, period.end, data)
    return data


def _referrals_in(period: Period) -> list:
    r = M.Referral
    start, end = _bounds(period)
    return [r.deleted_at.is_(None), r.referred_at >= start, r.referred_at < end]


def _funnel(session: Session, period: Period) -> CrossTab:
    r = M.Referral
    rows = session.execute(select(r.pathway, r.outcome, func.count()).where(*_referrals_in(period))
                           .group_by(r.pathway, r.outcome)).all()
    return _funnel_table({(pathway, outcome): n for pathway, outcome, n in rows})


def _funnel_table(counts: dict[tuple[str, str], int]) -> CrossTab:
    pathways = R.ALL_PATHWAYS
    return crosstab(pathways, [R.PATHWAY.label(k) for k in pathways], OUTCOME_COLUMNS,
                    _labels(OUTCOME_COLUMNS, OUTCOME_LABELS), counts)


def _intake_case(today: date):  # noqa: ANN202
    """SQL CASE giving how an arrest diversion's intake went, as of `today` (NULL without a deadline)."""
    r = M.Referral
    due, done = r.intake_due_on, r.intake_completed_on
    return case(
        (due.is_(None), null()),
        (done.is_not(None), case((done <= due, "on_time"), else_="late")),
        (r.outcome.in_(("ineligible", "declined")), "closed"),
        (or_(r.outcome == "intake_not_completed", due < today), "missed"),
        else_="open",
    )


def _referrals(session: Session, period: Period, today: date) -> tuple[CrossTab, Breakdown, Breakdown]:
    """The funnel, the intakes and the referrals' race and ethnicity, from one pass over the period's referrals."""
    r = M.Referral
    intake = _intake_case(today)
    rows = session.execute(select(r.pathway, r.outcome, r.race_ethnicity, intake, func.count())
                           .where(*_referrals_in(period))
                           .group_by(r.pathway, r.outcome, r.race_ethnicity, intake)).all()
    funnel: dict[tuple[str, str], int] = defaultdict(int)
    intakes: dict[str, int] = defaultdict(int)
    races: dict[str, int] = defaultdict(int)
    for pathway, outcome, codes, how, n in rows:
        funnel[(pathway, outcome)] += n
        races[race_group(codes)] += n
        if how is not None:
            intakes[how] += n
    return (_funnel_table(funnel), breakdown(INTAKE_KEYS, _labels(INTAKE_KEYS, INTAKE_LABELS), intakes),
            breakdown(RACE_KEYS, _labels(RACE_KEYS, RACE_LABELS), races))


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


def _real_contacts(period: Period) -> list:
    c = M.Contact
    start, end = _bounds(period)
    return [c.deleted_at.is_(None), c.unable_to_locate.is_(False), c.at >= start, c.at < end]


def _contacts(session: Session, period: Period) -> tuple[int, int]:
    """The participants on the caseload whom a contact reached in the period, and those contacts."""
    p, c = M.Participant, M.Contact
    # Counted per person from the contacts index alone, which holds every column asked for here
    # (migration 0012), then joined to the people on the caseload: no contact row is read.
    per_person = (select(c.participant_id, func.count().label("contacts")).where(*_real_contacts(period))
                  .group_by(c.participant_id).subquery())
    contacted, contacts = session.execute(
        select(func.count(), func.coalesce(func.sum(per_person.c.contacts), 0))
        .select_from(per_person).join(p, p.id == per_person.c.participant_id).where(*_served(period))).one()
    return int(contacted), int(contacts)


def _caseload(session: Session) -> CaseloadData:
    p, a = M.Participant, M.Account
    # Counted per case manager first, then named: one look-up per case manager, not per participant.
    counts = (select(p.case_manager_id, func.count().label("n"))
              .where(*_participants(), sqlfuncs.unindexed(p.status).in_(OPEN_STATUSES))
              .group_by(p.case_manager_id).subquery())
    rows = session.execute(select(counts.c.case_manager_id, a.display_name, counts.c.n)
                           .outerjoin(a, a.id == counts.c.case_manager_id)).all()
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
    # One pass: the linkages of each person by type and outcome, summed here; the people are counted as they come.
    rows = session.execute(select(s.service_type, s.outcome, s.participant_id, func.count())
                           .join(p, p.id == s.participant_id).where(*where)
                           .group_by(s.service_type, s.outcome, s.participant_id)).all()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    linked = set()
    for kind, outcome, person, n in rows:
        counts[(kind, outcome)] += n
        linked.add(person)
    people = len(linked)
    types = tuple(V.SERVICE_TYPE.codes())
    table = crosstab(types, [V.SERVICE_TYPE.label(k) for k in types], SERVICE_OUTCOME_KEYS,
                     _labels(SERVICE_OUTCOME_KEYS, SERVICE_OUTCOME_LABELS), counts)
    return LinkageData(table, people)


def _housing(session: Session, period: Period) -> CrossTab:
    """Each person's first and latest living situation (see the module's definitions), paired and counted
    in SQL: of each person's records up to the period's end, the first is the latest on or before its
    first day or else the earliest in it, the latest the last of all (records in the same order as
    entered: by day, then by when they were written)."""
    h, p = M.HousingStatus, M.Participant
    in_period = (select(h.participant_id).where(h.deleted_at.is_(None), h.effective_on >= period.start,
                                                h.effective_on <= period.end))
    before = h.effective_on <= period.start
    ranked = (
        select(h.participant_id, h.living_situation,
               func.row_number().over(partition_by=h.participant_id,
                                      order_by=(case((before, 0), else_=1), case((before, h.effective_on)).desc(),
                                                case((before, h.created_at)).desc(), h.effective_on, h.created_at))
               .label("from_first"),
               func.row_number().over(partition_by=h.participant_id, order_by=(h.effective_on.desc(),
                                                                               h.created_at.desc()))
               .label("from_last"))
        .join(p, p.id == h.participant_id)
        .where(h.deleted_at.is_(None), h.effective_on <= period.end, h.participant_id.in_(in_period), *_participants())
        .subquery())
    person = (select(func.max(case((ranked.c.from_first == 1, ranked.c.living_situation))).label("first"),
                     func.max(case((ranked.c.from_last == 1, ranked.c.living_situation))).label("latest"))
              .group_by(ranked.c.participant_id).subquery())
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for first, latest, n in session.execute(select(person.c.first, person.c.latest, func.count())
                                            .group_by(person.c.first, person.c.latest)).all():
        counts[(living_group(first), living_group(latest))] += n
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


@dataclasses.dataclass(frozen=True)
class _People:
    served: int  # on the caseload at any time in the period
    enrollments: int  # enrolled in the period
    exits: Breakdown  # exited in the period, by destination
    demographics: Demographics  # of those served
    enrollment_races: Breakdown  # of those enrolled


def _people(session: Session, period: Period) -> _People:
    """Everything counted of the participants themselves, from one pass: each group of people alike in
    sex, age band, race and exit destination counts how many of them were served, enrolled and exited."""
    p = M.Participant
    served = _on_caseload(period)
    enrolled = and_(p.enrolled_on >= period.start, p.enrolled_on <= period.end)
    exited = and_(p.exit_date >= period.start, p.exit_date <= period.end)
    band = _age_case(period.end)
    destination = case((exited, p.exit_destination))  # NULL for people who did not exit in the period
    rows = session.execute(
        select(p.sex, band, p.race_ethnicity, destination, _number(served), _number(enrolled), _number(exited))
        .where(*_participants(), or_(served, enrolled, exited))
        .group_by(p.sex, band, p.race_ethnicity, destination)).all()
    sexes: dict[str, int] = defaultdict(int)
    ages: dict[str, int] = defaultdict(int)
    races: dict[str, int] = defaultdict(int)
    enrollment_races: dict[str, int] = defaultdict(int)
    exits: dict[str, int] = defaultdict(int)
    for sex, age, codes, code, n_served, n_enrolled, n_exited in rows:
        sexes[sex if sex in ("0", "1") else "unknown"] += n_served
        ages[age] += n_served
        races[race_group(codes)] += n_served
        enrollment_races[race_group(codes)] += n_enrolled
        if n_exited:
            exits[destination_key(code)] += n_exited
    race_labels = _labels(RACE_KEYS, RACE_LABELS)
    demographics = Demographics(breakdown(SEX_KEYS, _labels(SEX_KEYS, SEX_LABELS), sexes),
                                breakdown(AGE_KEYS, _labels(AGE_KEYS, AGE_LABELS), ages),
                                breakdown(RACE_KEYS, race_labels, races))
    return _People(sum(sexes.values()), sum(enrollment_races.values()),
                   breakdown(DESTINATION_KEYS, _labels(DESTINATION_KEYS, DESTINATION_LABELS), exits), demographics,
                   breakdown(RACE_KEYS, race_labels, enrollment_races))


def _number(condition):  # noqa: ANN001, ANN202
    """How many rows of a group meet `condition` (a conditional count)."""
    return func.sum(case((condition, 1), else_=0))


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
