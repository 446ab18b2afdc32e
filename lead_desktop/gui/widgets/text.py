"""Values as the person reads them: known errors, field labels and problems, vocabulary codes, dates, counts.

Every page words things through these, so an error, a date or a pathway reads the same
everywhere. Templates come from `domain` marked with QT_TRANSLATE_NOOP; they are translated
here, then filled, so the placeholders survive translation.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from PySide6.QtCore import QCoreApplication, QLocale

from lead_desktop.domain.errors import KeychainUnavailable, KnownError, PermissionDenied
from lead_desktop.domain.fields import FieldProblem, FormInvalid
from lead_desktop.domain.participants import is_pending_number


def translate_field_label(label: str) -> str:
    """Field labels live in the "fields" context; assessment domains reuse vocabulary labels, and the site
    settings' labels are in "settings"."""
    for context in ("fields", "vocab", "settings"):
        text = QCoreApplication.translate(context, label)
        if text != label:
            return text
    return label


def _fill(template: str, params: dict) -> str:
    """The translated template filled in; the English one when a translation broke a placeholder."""
    try:
        return QCoreApplication.translate("errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def problem_text(problem: FieldProblem) -> str:
    params = dict(problem.params)
    if isinstance(params.get("label"), str):
        params["label"] = translate_field_label(params["label"])
    return _fill(problem.template, params)


def lead_number_text(lead_number: str | None) -> str:
    """A LEAD number as shown; a participant created offline has none until the server gives it."""
    if is_pending_number(lead_number):
        return QCoreApplication.translate("participants", "number on sync")
    return lead_number or ""


def keychain_reason_text(reason: str) -> str:
    return QCoreApplication.translate("keychain", reason)


def error_text(error: KnownError) -> str:
    """A known error in the person's language.

    The fields of a FormInvalid are named by their translated labels, with each field's problem on a
    line of its own; a keychain's reason and a permission's role and action are translated too.
    """
    if isinstance(error, FormInvalid):
        fields = ", ".join(translate_field_label(p.params.get("label", error.labels.get(n, n)))
                           for n, p in error.problems.items())
        head = _fill(FormInvalid.template, {"fields": fields})
        return head + "\n" + "\n".join(problem_text(p) for p in error.problems.values())
    params = dict(error.params)
    if isinstance(error, KeychainUnavailable) and isinstance(params.get("reason"), str):
        params["reason"] = keychain_reason_text(params["reason"])
    if isinstance(error, PermissionDenied):
        params = {k: QCoreApplication.translate("vocab", v) if isinstance(v, str) else v for k, v in params.items()}
    return _fill(error.template, params)


def vocab_label(vocabulary, code: object) -> str:  # noqa: ANN001 - a domain Vocabulary
    """A stored code as its label in the person's language ("" for no code)."""
    if code is None or code == "":
        return ""
    return QCoreApplication.translate("vocab", vocabulary.label(str(code)))


def clock_text(value: time | datetime) -> str:
    """A time of day as US staff write it: 9:05 am, 12:00 pm (domain.fields.parse_clock reads it back)."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def format_date(value: date | datetime | None) -> str:
    """A day as 2026-03-01 (year first reads the same in every country), a time as 2026-03-01 2:05 pm."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d} {clock_text(value)}"
    return value.isoformat()


def local_time_text(value: datetime | str | None) -> str:
    """A UTC time (aware, naive-meaning-UTC, or ISO text) as local date and time, e.g. 2026-03-01 2:05 pm."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return format_date(value.astimezone())


def format_count(n: int) -> str:
    return QLocale().toString(n)


def plural(n: int, one: str, many: str) -> str:
    """`one` (already translated) for 1, else `many` with {n}: languages with more forms get them from the translator."""
    return one if n == 1 else many.format(n=n)
