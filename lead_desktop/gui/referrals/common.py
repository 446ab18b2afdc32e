"""Texts and tones the referral pages share: days left, outcomes, screening results, hand-off minutes.

Every state is shown as words and a colour (never colour alone), with the tones of
gui.participants.common so the whole window speaks one colour language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.domain import referrals as R
from lead_desktop.gui.widgets.look import DANGER, MUTED, NOTICE, OK, WARNING

INTAKE_TONES = {"overdue": DANGER, "due_today": DANGER, "due_soon": WARNING, "on_track": OK}
OUTCOME_TONES = {"pending": NOTICE, "enrolled": OK, "ineligible": MUTED, "declined": MUTED,
                 "intake_not_completed": DANGER}
RESULT_TONES = {"eligible": OK, "ineligible": DANGER, None: WARNING}


def days_left_text(days_left: int | None) -> str:
    """“3 days overdue”, “due today”, “1 day left”, or “no legal deadline”."""
    if days_left is None:
        return QCoreApplication.translate("referrals", "no legal deadline")
    if days_left < -1:
        return QCoreApplication.translate("referrals", "{days} days overdue").format(days=-days_left)
    if days_left == -1:
        return QCoreApplication.translate("referrals", "1 day overdue")
    if days_left == 0:
        return QCoreApplication.translate("referrals", "due today")
    if days_left == 1:
        return QCoreApplication.translate("referrals", "1 day left")
    return QCoreApplication.translate("referrals", "{days} days left").format(days=days_left)


def intake_text(state: str | None, days_left: int | None) -> str:
    """Days left, with “due soon” said in words as well as shown in colour."""
    text = days_left_text(days_left)
    if state == "due_soon":
        return QCoreApplication.translate("referrals", "{days} — due soon").format(days=text)
    return text


def result_text(result: str | None) -> str:
    if result is None:
        return QCoreApplication.translate("referrals", "not screened yet")
    return QCoreApplication.translate("vocab", R.ELIGIBILITY.label(result))


def handoff_text(minutes: int | None) -> str:
    if minutes is None:
        return QCoreApplication.translate("referrals", "no hand-off recorded")
    if minutes <= R.HANDOFF_TARGET_MINUTES:
        return QCoreApplication.translate("referrals", "hand-off after {minutes} min (target {target} min)").format(
            minutes=minutes, target=R.HANDOFF_TARGET_MINUTES)
    return QCoreApplication.translate(
        "referrals", "hand-off after {minutes} min — over the {target}-minute target").format(
        minutes=minutes, target=R.HANDOFF_TARGET_MINUTES)


def handoff_tone(minutes: int | None) -> str:
    if minutes is None:
        return MUTED
    return OK if minutes <= R.HANDOFF_TARGET_MINUTES else WARNING


def criterion_text(criterion: R.Criterion) -> str:
    """The criterion's label with its site parameter: “Drug quantity above the site limit (limit 3 g)”."""
    label = QCoreApplication.translate("vocab", criterion.label)
    value = criterion.parameter
    if value is None:
        return label
    number = f"{value:g}"
    kind = criterion.kind
    if kind is R.CriterionKind.QUANTITY:
        extra = QCoreApplication.translate("referrals", "limit {value} g").format(value=number)
    elif kind is R.CriterionKind.LOOKBACK:
        extra = QCoreApplication.translate("referrals", "within {value} years").format(value=number)
    elif kind is R.CriterionKind.RECENT_ACTIVITY:
        extra = QCoreApplication.translate("referrals", "within {value} months").format(value=number)
    elif kind is R.CriterionKind.MINIMUM_AGE:
        extra = QCoreApplication.translate("referrals", "minimum age {value}").format(value=number)
    else:
        return label
    return f"{label} ({extra})"


def pathways_text(pathways: tuple[str, ...]) -> str:
    if set(pathways) == set(R.ALL_PATHWAYS):
        return QCoreApplication.translate("referrals", "all pathways")
    return ", ".join(QCoreApplication.translate("vocab", R.PATHWAY.label(p)) for p in pathways)
