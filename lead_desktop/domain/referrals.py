"""Referral intake (DOMAIN.md §2–§3): pathways, outcomes, the screening checklist, the intake clock, forms.

Pure functions only. The default exclusion checklist is the one DOMAIN.md §3 ships;
a site edits it into new versions (services.referrals stores them), and a referral
keeps the version it was screened under. Deadline arithmetic works on calendar
dates in the site's local time, never by adding multiples of 24 hours, so month
ends and daylight-saving changes cannot move a legal due date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import Enum

from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FieldProblem, FieldSpec, Form, FormInvalid, Kind, parse_date
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

F = FieldSpec

# ----- vocabularies (DOMAIN.md §2) -------------------------------------------------------------

PATHWAY = V.Vocabulary(
    "pathway",
    [
        ("arrest_diversion", QT_TRANSLATE_NOOP("vocab", "Arrest diversion")),
        ("social_contact", QT_TRANSLATE_NOOP("vocab", "Social contact referral")),
        ("community", QT_TRANSLATE_NOOP("vocab", "Community referral")),
    ],
)
ALL_PATHWAYS = tuple(PATHWAY.codes())

OUTCOME = V.Vocabulary(
    "referral_outcome",
    [
        ("pending", QT_TRANSLATE_NOOP("vocab", "Pending")),
        ("enrolled", QT_TRANSLATE_NOOP("vocab", "Enrolled")),
        ("ineligible", QT_TRANSLATE_NOOP("vocab", "Ineligible")),
        ("declined", QT_TRANSLATE_NOOP("vocab", "Declined")),
        ("intake_not_completed", QT_TRANSLATE_NOOP("vocab", "Intake not completed")),
    ],
)
# Outcomes a person records directly; "enrolled" only comes from enrolling (services.referrals.enroll).
RECORDABLE_OUTCOMES = ("pending", "ineligible", "declined", "intake_not_completed")

ELIGIBILITY = V.Vocabulary(
    "eligibility",
    [("eligible", QT_TRANSLATE_NOOP("vocab", "Eligible")), ("ineligible", QT_TRANSLATE_NOOP("vocab", "Ineligible"))],
)

CHARGES_FILED = V.Vocabulary(
    "charges_filed", [("no", QT_TRANSLATE_NOOP("vocab", "No")), ("yes", QT_TRANSLATE_NOOP("vocab", "Yes"))]
)

HANDOFF_TARGET_MINUTES = 30  # the warm hand-off target after an arrest diversion (Toolkit ch. 3)
DUE_SOON_DAYS = 3  # an intake due within this many days (today included) is flagged "due soon"
WEEK_DAYS = 7

# ----- the screening checklist (DOMAIN.md §3) -----------------------------------------------------


class CriterionKind(str, Enum):
    """How a criterion is answered and when it excludes the person."""

    YES_NO = "yes_no"  # answer True when the exclusion applies
    MINIMUM_AGE = "minimum_age"  # decided from the date of birth; a yes/no answer only when it is unknown
    QUANTITY = "quantity"  # answer: grams involved (0 for none); excludes above the limit
    LOOKBACK = "lookback"  # answer: date of the most recent disqualifying event, or "none"; excludes within N years
    RECENT_ACTIVITY = "recent_activity"  # answer: date of the last verified prior activity, or "none"; excludes
    # when there is none within N months

    @property
    def parameter_label(self) -> str:
        return _PARAMETER_LABELS.get(self, "")


_PARAMETER_LABELS = {
    CriterionKind.MINIMUM_AGE: QT_TRANSLATE_NOOP("vocab", "Minimum age (years)"),
    CriterionKind.QUANTITY: QT_TRANSLATE_NOOP("vocab", "Limit (grams)"),
    CriterionKind.LOOKBACK: QT_TRANSLATE_NOOP("vocab", "Look-back (years)"),
    CriterionKind.RECENT_ACTIVITY: QT_TRANSLATE_NOOP("vocab", "Look-back (months)"),
}
# (minimum, maximum) a site may set each parameter to.
PARAMETER_RANGES = {
    CriterionKind.MINIMUM_AGE: (0, 30),
    CriterionKind.QUANTITY: (0, 1000),
    CriterionKind.LOOKBACK: (1, 99),
    CriterionKind.RECENT_ACTIVITY: (1, 120),
}
NONE_ANSWER = "none"  # "no such event" for LOOKBACK and RECENT_ACTIVITY


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str  # the exclusion, as the checklist shows it
    pathways: tuple[str, ...]
    kind: CriterionKind = CriterionKind.YES_NO
    parameter: float | None = None  # years, grams or months, by kind

    def applies_to(self, pathway: str) -> bool:
        return pathway in self.pathways

    def to_dict(self) -> dict:
        return {"code": self.code, "label": self.label, "pathways": list(self.pathways), "kind": self.kind.value,
                "parameter": self.parameter}

    @classmethod
    def from_dict(cls, data: dict) -> "Criterion":
        parameter = data.get("parameter")
        return cls(str(data["code"]), str(data["label"]), tuple(data.get("pathways") or ()),
                   CriterionKind(data.get("kind", "yes_no")), None if parameter is None else float(parameter))


DEFAULT_CHECKLIST: tuple[Criterion, ...] = (
    Criterion("under_18", QT_TRANSLATE_NOOP("vocab", "Under 18"), ALL_PATHWAYS, CriterionKind.MINIMUM_AGE, 18),
    Criterion("drug_quantity", QT_TRANSLATE_NOOP("vocab", "Drug quantity above the site limit (pills may be exempt)"),
              ALL_PATHWAYS, CriterionKind.QUANTITY, 3),
    Criterion("dealing_for_profit", QT_TRANSLATE_NOOP("vocab", "Dealing for profit rather than subsistence"),
              ALL_PATHWAYS),
    Criterion("exploiting_others", QT_TRANSLATE_NOOP("vocab", "Exploiting minors or others"), ALL_PATHWAYS),
    Criterion("promoting_prostitution", QT_TRANSLATE_NOOP("vocab", "Promoting prostitution"), ALL_PATHWAYS),
    Criterion("violent_history",
              QT_TRANSLATE_NOOP("vocab",
                  "Disqualifying violent history (e.g. murder, arson, robbery, rape, assault with a weapon)"),
              ALL_PATHWAYS, CriterionKind.LOOKBACK, 10),
    Criterion("specialty_court", QT_TRANSLATE_NOOP("vocab", "Pending drug-court or mental-health-court case"),
              ALL_PATHWAYS),
    Criterion("protective_order",
              QT_TRANSLATE_NOOP("vocab", "No-contact / restraining order protecting a current participant"),
              ALL_PATHWAYS),
    Criterion("not_amenable", QT_TRANSLATE_NOOP("vocab", "Not amenable to diversion"), ALL_PATHWAYS),
    Criterion("no_prior_activity",
              QT_TRANSLATE_NOOP("vocab", "No verified prior activity in the area within the look-back"),
              ("social_contact",), CriterionKind.RECENT_ACTIVITY, 24),
)


def checklist_to_json(criteria: tuple[Criterion, ...] | list[Criterion]) -> str:
    return json.dumps([c.to_dict() for c in criteria], ensure_ascii=False)


def checklist_from_json(text: str) -> tuple[Criterion, ...]:
    return tuple(Criterion.from_dict(item) for item in json.loads(text))


def new_criterion_code(existing: list[str] | tuple[str, ...]) -> str:
    number = 1
    while f"custom_{number}" in existing:
        number += 1
    return f"custom_{number}"


def validate_checklist(criteria: list[Criterion] | tuple[Criterion, ...]) -> tuple[Criterion, ...]:
    """A checklist a site may save: labelled, unique codes, each for some pathway, parameters in range."""
    if not criteria:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A checklist needs at least one criterion."))
    seen: set[str] = set()
    out = []
    for c in criteria:
        label = " ".join(str(c.label or "").split())
        if not label:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Every criterion needs a description."))
        if len(label) > 300:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A criterion's description can have at most {maximum} characters."),
                maximum=300,
            )
        if not c.code or c.code in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Two criteria share the code “{code}”."), code=str(c.code)[:40]
            )
        seen.add(c.code)
        pathways = tuple(p for p in ALL_PATHWAYS if p in c.pathways)
        if not pathways:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{label}” must apply to at least one pathway."), label=label[:60]
            )
        parameter = c.parameter
        if c.kind in PARAMETER_RANGES:
            low, high = PARAMETER_RANGES[c.kind]
            if parameter is None or not (low <= parameter <= high):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "“{label}”: the limit must be a number from {minimum} to {maximum}."),
                    label=label[:60], minimum=low, maximum=high,
                )
        else:
            parameter = None
        out.append(Criterion(c.code, label, pathways, c.kind, parameter))
    return tuple(out)


# ----- calendar arithmetic ------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 March − 1 month = 28/29 February)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The site's calendar date of a moment.

    Aware moments are converted to `tz` (the computer's own zone when None); naive ones are
    already the site's wall-clock time, as every time the program stores is.
    """
    if moment.tzinfo is not None:
        return moment.astimezone(tz).date()
    return moment.date()


def _utc(moment: datetime, tz: tzinfo | None) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    return moment.astimezone(timezone.utc)


def intake_due_on(referred_at: datetime, days: int, tz: tzinfo | None = None) -> date:
    """Referral date + N calendar days, counted on the site's local dates."""
    return local_date(referred_at, tz) + timedelta(days=days)


def days_left(due_on: date, today: date) -> int:
    return (due_on - today).days


def intake_state(due_on: date | None, today: date, due_soon_days: int = DUE_SOON_DAYS) -> str | None:
    """overdue, due_today, due_soon (within `due_soon_days`) or on_track; None without a deadline."""
    if due_on is None:
        return None
    left = days_left(due_on, today)
    if left < 0:
        return "overdue"
    if left == 0:
        return "due_today"
    if left <= due_soon_days:
        return "due_soon"
    return "on_track"


INTAKE_STATE_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("vocab", "Overdue"),
    "due_today": QT_TRANSLATE_NOOP("vocab", "Due today"),
    "due_soon": QT_TRANSLATE_NOOP("vocab", "Due soon"),
    "on_track": QT_TRANSLATE_NOOP("vocab", "On track"),
}


def handoff_minutes(referred_at: datetime | None, handoff_at: datetime | None, tz: tzinfo | None = None) -> int | None:
    """Real minutes from the referral to the hand-off (an hour of wall-clock time lost or gained
    at a daylight-saving change does not count)."""
    if referred_at is None or handoff_at is None:
        return None
    return int((_utc(handoff_at, tz) - _utc(referred_at, tz)).total_seconds() // 60)


# ----- screening ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreeningResult:
    result: str | None  # "eligible", "ineligible", or None while applicable criteria are unanswered
    failed: tuple[str, ...]  # codes of the criteria that exclude the person
    reasons: tuple[str, ...]  # their labels
    unanswered: tuple[str, ...]


def _answer_date(value: object) -> date | None:
    if value is None or value == NONE_ANSWER:
        return None
    return parse_date(value)


def excludes(criterion: Criterion, answer: object, referral_day: date, dob: date | None) -> bool | None:
    """True when this criterion excludes the person, False when it does not, None when unanswered."""
    kind = criterion.kind
    if kind is CriterionKind.MINIMUM_AGE:
        if dob is not None:
            return age_on(dob, referral_day) < (criterion.parameter or 0)
        return None if answer is None else bool(answer)
    if answer is None:
        return None
    if kind is CriterionKind.YES_NO:
        return bool(answer)
    if kind is CriterionKind.QUANTITY:
        return float(answer) > (criterion.parameter or 0)
    if kind is CriterionKind.LOOKBACK:
        when = _answer_date(answer)
        if when is None:
            return False
        return when > add_months(referral_day, -12 * int(criterion.parameter or 0))
    if kind is CriterionKind.RECENT_ACTIVITY:
        when = _answer_date(answer)
        if when is None:
            return True
        return when < add_months(referral_day, -int(criterion.parameter or 0))
    raise AssertionError(kind)


def clean_answers(criteria: tuple[Criterion, ...], pathway: str, answers: dict, referral_day: date) -> dict:
    """Answers for the criteria that apply to `pathway`, in their stored form; raises FormInvalid.

    Stored forms: yes/no → bool, quantity → grams (float), dates → "YYYY-MM-DD" or "none".
    Answers to criteria that do not apply, or that are left blank, are dropped.
    """
    clean: dict[str, object] = {}
    problems: dict[str, FieldProblem] = {}
    labels = {}
    for c in criteria:
        if not c.applies_to(pathway):
            continue
        field = f"screening_{c.code}"
        labels[field] = c.label
        value = answers.get(c.code)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            if c.kind in (CriterionKind.YES_NO, CriterionKind.MINIMUM_AGE):
                if isinstance(value, str):
                    value = value.strip().lower() in ("1", "true", "yes", "y")
                clean[c.code] = bool(value)
            elif c.kind is CriterionKind.QUANTITY:
                try:
                    grams = float(str(value).strip())
                except ValueError:
                    raise FieldProblem(
                        field,
                        QT_TRANSLATE_NOOP("errors", "{label}: please enter the grams as a number."),
                        {"label": c.label},
                    ) from None
                if not (0 <= grams <= 100000):
                    raise FieldProblem(
                        field,
                        QT_TRANSLATE_NOOP("errors", "{label}: please enter the grams as a number."),
                        {"label": c.label},
                    )
                clean[c.code] = grams
            else:
                if isinstance(value, str) and value.strip().lower() == NONE_ANSWER:
                    clean[c.code] = NONE_ANSWER
                    continue
                try:
                    when = parse_date(value)
                except ValueError:
                    raise FieldProblem(
                        field,
                        QT_TRANSLATE_NOOP("errors", "{label}: please enter a date like 2025-03-31."),
                        {"label": c.label},
                    ) from None
                if when > referral_day:
                    raise FieldProblem(
                        field,
                        QT_TRANSLATE_NOOP("errors", "{label}: the date cannot be after the referral."),
                        {"label": c.label},
                    )
                clean[c.code] = when.isoformat()
        except FieldProblem as problem:
            problems[field] = problem
    if problems:
        raise FormInvalid(problems, labels)
    return clean


def screen(criteria: tuple[Criterion, ...], pathway: str, answers: dict, referral_day: date,
           dob: date | None) -> ScreeningResult:
    """The result of a checklist for one referral. Criteria for other pathways are ignored."""
    failed, reasons, unanswered = [], [], []
    for c in criteria:
        if not c.applies_to(pathway):
            continue
        verdict = excludes(c, answers.get(c.code), referral_day, dob)
        if verdict is None:
            unanswered.append(c.code)
        elif verdict:
            failed.append(c.code)
            reasons.append(c.label)
    if failed:
        result = "ineligible"
    elif unanswered:
        result = None
    else:
        result = "eligible"
    return ScreeningResult(result, tuple(failed), tuple(reasons), tuple(unanswered))


def final_result(screening_result: str | None, override_result: str | None) -> str | None:
    """A documented override (e.g. the prosecutor's decision) has the final say."""
    return override_result or screening_result


# ----- forms ----------------------------------------------------------------------------------


def _name_given(values: dict) -> None:
    if not values.get("first_name") and not values.get("last_name"):
        raise FieldProblem(
            "last_name", QT_TRANSLATE_NOOP("errors", "Enter at least a first or a last name (a street name is fine).")
        )


def _handoff_after_referral(values: dict) -> None:
    referred, handoff = values.get("referred_at"), values.get("handoff_at")
    if referred and handoff and handoff_minutes(referred, handoff) < 0:
        raise FieldProblem("handoff_at", QT_TRANSLATE_NOOP("errors", "The hand-off cannot be before the referral."))


def _born_before_referral(values: dict) -> None:
    referred = values.get("referred_at")
    if values.get("dob") and referred and values["dob"] > referred.date():
        raise FieldProblem("dob", QT_TRANSLATE_NOOP("errors", "The date of birth cannot be after the referral."))


def _source_given(values: dict) -> None:
    pathway = values.get("pathway")
    if pathway in ("arrest_diversion", "social_contact") and not values.get("agency_id"):
        raise FieldProblem(
            "agency_id", QT_TRANSLATE_NOOP("errors", "An officer's referral needs the referring agency.")
        )
    if pathway == "community" and not values.get("referring_person") and not values.get("agency_id"):
        raise FieldProblem(
            "referring_person",
            QT_TRANSLATE_NOOP("errors", "A community referral needs the person or organization who referred."),
        )


def _officer_given(values: dict) -> None:
    if values.get("pathway") == "arrest_diversion" and not values.get("officer_id"):
        raise FieldProblem(
            "officer_id", QT_TRANSLATE_NOOP("errors", "An arrest diversion needs the referring officer.")
        )


def _offences_given(values: dict) -> None:
    if values.get("pathway") == "arrest_diversion" and not values.get("alleged_offences"):
        raise FieldProblem(
            "alleged_offences", QT_TRANSLATE_NOOP("errors", "An arrest diversion needs the alleged offense(s).")
        )


# Each rule on its own, so every broken one is shown at once and each message leaves when its field is right.
# What every referral needs, new or recorded before LEAD Desktop: someone to refer, times in order.
_SUBJECT_CHECKS = (_name_given, _handoff_after_referral, _born_before_referral)
# Today's intake rules: who referred, and for an arrest diversion the officer and the offense.
_INTAKE_RULES = (_source_given, _officer_given, _offences_given)
_REFERRAL_CHECKS = _SUBJECT_CHECKS + _INTAKE_RULES


def intake_rules(values: dict) -> None:
    """Today's intake rules, the first one broken raised as a FieldProblem."""
    for check in _INTAKE_RULES:
        check(values)


REFERRAL_FORM = Form(
    "referral",
    (
        F("pathway", QT_TRANSLATE_NOOP("fields", "Pathway"), Kind.CHOICE, PATHWAY, required=True,
          default="arrest_diversion"),
        F("referred_at", QT_TRANSLATE_NOOP("fields", "Referral date and time"), Kind.DATETIME, required=True,
          not_future=True,
          help=QT_TRANSLATE_NOOP("fields",
              "When the officer or partner made the referral (for an arrest diversion: the arrest).")),
        F("handoff_at", QT_TRANSLATE_NOOP("fields", "Hand-off date and time"), Kind.DATETIME, not_future=True,
          help=QT_TRANSLATE_NOOP("fields", "When a case manager took the person over. The target is 30 minutes.")),
        F("first_name", QT_TRANSLATE_NOOP("fields", "First name"), max_length=80),
        F("middle_name", QT_TRANSLATE_NOOP("fields", "Middle name"), max_length=80),
        F("last_name", QT_TRANSLATE_NOOP("fields", "Last name"), max_length=80),
        F("aliases", QT_TRANSLATE_NOOP("fields", "Aliases / street names"), Kind.TEXT, max_length=400,
          help=QT_TRANSLATE_NOOP("fields", "Separate several names with commas. All are searchable.")),
        F("dob", QT_TRANSLATE_NOOP("fields", "Date of birth"), Kind.DATE, not_future=True),
        F("race_ethnicity", QT_TRANSLATE_NOOP("fields", "Race and ethnicity"), Kind.MULTI, V.RACE_ETHNICITY,
          required=True,
          default=["99"], help=QT_TRANSLATE_NOOP("fields", "HMIS 3.04: choose every answer that applies.")),
        F("sex", QT_TRANSLATE_NOOP("fields", "Sex"), Kind.CHOICE, V.SEX, required=True, default="99"),
        F("agency_id", QT_TRANSLATE_NOOP("fields", "Referring agency"), Kind.CHOICE),
        F("officer_id", QT_TRANSLATE_NOOP("fields", "Referring officer"), Kind.CHOICE),
        F("referring_person", QT_TRANSLATE_NOOP("fields", "Referring person"), max_length=200,
          help=QT_TRANSLATE_NOOP("fields",
                                 "For a community referral: who referred (name, and their role or organization).")),
        F("location", QT_TRANSLATE_NOOP("fields", "Location"), max_length=200),
        F("alleged_offences", QT_TRANSLATE_NOOP("fields", "Alleged offense(s)"), Kind.LONGTEXT, max_length=2000),
        F("case_manager_id", QT_TRANSLATE_NOOP("fields", "Case manager"), Kind.CHOICE),
        F("notes", QT_TRANSLATE_NOOP("fields", "Notes"), Kind.LONGTEXT, max_length=20000),
    ),
    checks=_REFERRAL_CHECKS,
)
# A referral recorded before the site used LEAD Desktop (a site's history, issue 16) keeps what the site
# wrote down: today's intake rules (agency, officer, offense, referring person) do not apply to it.
HISTORICAL_REFERRAL_FORM = replace(REFERRAL_FORM, checks=_SUBJECT_CHECKS)


def referral_form(recorded_before: bool = False) -> Form:
    return HISTORICAL_REFERRAL_FORM if recorded_before else REFERRAL_FORM


# Fields only some pathways use; the form hides the others and the service clears them.
PATHWAY_FIELDS = {
    "officer_id": ("arrest_diversion", "social_contact"),
    "referring_person": ("community",),
    "alleged_offences": ("arrest_diversion",),
}


def _override_checks(values: dict) -> None:
    if not values.get("override_by"):
        raise FieldProblem(
            "override_by", QT_TRANSLATE_NOOP("errors", "Name who made the decision, e.g. “ADA Smith, prosecutor”.")
        )
    if not values.get("override_reason"):
        raise FieldProblem(
            "override_reason", QT_TRANSLATE_NOOP("errors", "Say why the screening result was overridden.")
        )


OVERRIDE_FORM = Form(
    "screening_override",
    (
        F("override_result", QT_TRANSLATE_NOOP("fields", "Decision"), Kind.CHOICE, ELIGIBILITY, required=True),
        F("override_by", QT_TRANSLATE_NOOP("fields", "Decided by"), max_length=200,
          help=QT_TRANSLATE_NOOP("fields", "Who made the decision, e.g. “ADA Smith, prosecutor”.")),
        F("override_reason", QT_TRANSLATE_NOOP("fields", "Reason"), Kind.LONGTEXT, max_length=5000),
    ),
    checks=(_override_checks,),
)


def _intake_checks(values: dict) -> None:
    if values.get("prosecutor_notified_how") and not values.get("prosecutor_notified_on"):
        raise FieldProblem(
            "prosecutor_notified_on", QT_TRANSLATE_NOOP("errors", "Enter the date the prosecutor was notified.")
        )
    if values.get("charges_filed_on") and values.get("charges_filed") != "yes":
        raise FieldProblem("charges_filed", QT_TRANSLATE_NOOP("errors", "A filing date needs “charges filed: yes”."))


INTAKE_FORM = Form(
    "intake",
    (
        F("intake_completed_on", QT_TRANSLATE_NOOP("fields", "Intake completed on"), Kind.DATE, not_future=True),
        F("prosecutor_notified_on", QT_TRANSLATE_NOOP("fields", "Prosecutor notified on"), Kind.DATE, not_future=True),
        F("prosecutor_notified_how", QT_TRANSLATE_NOOP("fields", "How the prosecutor was notified"), max_length=200,
          help=QT_TRANSLATE_NOOP("fields", "For example: phone call to the ADA on duty, e-mail, letter.")),
        F("charges_filed", QT_TRANSLATE_NOOP("fields", "Charges filed"), Kind.CHOICE, CHARGES_FILED),
        F("charges_filed_on", QT_TRANSLATE_NOOP("fields", "Charges filed on"), Kind.DATE, not_future=True),
    ),
    checks=(_intake_checks,),
)

OUTCOME_FORM = Form(
    "referral_outcome",
    (
        F("outcome", QT_TRANSLATE_NOOP("fields", "Outcome"), Kind.CHOICE, OUTCOME, required=True),
        F("outcome_on", QT_TRANSLATE_NOOP("fields", "Outcome date"), Kind.DATE, required=True, not_future=True),
    ),
)

OFFICER_FORM = Form(
    "referring_officer",
    (
        F("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=120),
        F("badge", QT_TRANSLATE_NOOP("fields", "Badge number"), max_length=40),
        F("agency_id", QT_TRANSLATE_NOOP("fields", "Agency"), Kind.CHOICE),
        F("active", QT_TRANSLATE_NOOP("fields", "Active"), Kind.BOOL, default=True),
    ),
)
