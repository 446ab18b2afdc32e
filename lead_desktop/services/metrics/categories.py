"""The categories the reports count by — referral outcomes, intake timeliness, exit destinations,
living situations, sex, age bands, race and ethnicity, service outcomes — with their labels, and
the functions that put a stored code into its category."""

from __future__ import annotations

from collections.abc import Sequence

from lead_desktop.domain import vocab as V
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

OPEN_STATUSES = ("active", "inactive", "unable_to_locate")


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
