"""Field specs: one declaration per form field drives the widget, validation, CSV columns and PDF labels.

`validate(form, values)` turns raw input (strings from widgets or CSV cells, or
already-typed values) into clean Python values, or raises FormInvalid naming
every field that is wrong, in words a case manager understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from typing import Callable

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.vocab import Vocabulary


class Kind(str, Enum):
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"
    MULTI = "multi"
    BOOL = "bool"
    INT = "int"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: Kind = Kind.TEXT
    vocabulary: Vocabulary | None = None
    required: bool = False
    help: str = ""
    max_length: int = 200
    minimum: int | None = None
    maximum: int | None = None
    not_future: bool = False  # dates/times that cannot lie ahead (birth, contact, signature)
    default: object = None


@dataclass(frozen=True)
class Form:
    name: str
    fields: tuple[FieldSpec, ...]
    # Checks across fields: (values) -> None or raise FieldProblem
    checks: tuple[Callable[[dict], None], ...] = field(default=())

    def __iter__(self):
        return iter(self.fields)

    def __getitem__(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.fields]


@dataclass(frozen=True)
class FieldProblem(Exception):
    field: str
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class FormInvalid(ValidationError):
    """One or more fields are wrong. `problems` maps field name → FieldProblem."""

    template = QT_TRANSLATE_NOOP("errors", "Please correct the highlighted fields: {fields}.")

    def __init__(self, problems: dict[str, FieldProblem], labels: dict[str, str]) -> None:
        self.problems = problems
        self.labels = labels  # field name → label, for problems of checks across fields, which name none
        first = next(iter(problems.values()))
        super().__init__(field=first.field, fields=", ".join(labels.get(n, n) for n in problems))

    @property
    def detail(self) -> str:
        return "; ".join(p.message for p in self.problems.values())


_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:([ap])\.?m?\.?)?")
_CLOCK_WORDS = {"noon": time(12), "12noon": time(12), "midnight": time(0), "12midnight": time(0)}
_DATETIME_HINT = QT_TRANSLATE_NOOP("errors", "{label}: please enter a date and time like 03/31/2025 2:30 pm "
                                              "or 2025-03-31 14:30.")
_AT = re.compile(r"^(\S+?)(?:\s*,\s*|\s+at\s+|\s+)(.+)$", re.IGNORECASE)


def parse_date(value: object) -> date:
    """A day typed as 2026-12-08, 12/08/2026, 12/08/26 or 12-08-2026 (month first, as in the US)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_clock(value: str) -> time:
    """A time of day as US staff write it: 9:00 am, 9 am, 9:00 a.m., 9:00AM, 9am, noon, midnight, 12 noon;
    or on the 24-hour clock: 21:00, 21:00:30. A bare number without am/pm is refused (9 or 21?)."""
    text = "".join(str(value).split()).lower()
    if text in _CLOCK_WORDS:
        return _CLOCK_WORDS[text]
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise ValueError(value)
    hour, minute, second, half = match.groups()
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if half is not None:
        if not 1 <= h <= 12:
            raise ValueError(value)
        h = h % 12 + (12 if half == "p" else 0)
    elif minute is None:
        raise ValueError(value)
    return time(h, m, s)  # raises ValueError for 24:00 or :60


def parse_datetime(value: object) -> datetime:
    """A date and time: "12/08/2026 9:00 am", "12/08/2026 noon", "2026-12-08 21:00", ISO 8601 with a time
    zone (from an import); a date alone means its midnight."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    text = " ".join(str(value).split())
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = _AT.match(text)
    if match is None:
        return datetime.combine(parse_date(text), time())
    day_text, clock_text = match.groups()
    return datetime.combine(parse_date(day_text), parse_clock(clock_text))


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f]")  # below a space, except tab and line break


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "") or (
        isinstance(value, (list, tuple, set, frozenset)) and len(value) == 0
    )


def clean_value(spec: FieldSpec, value: object, now: datetime) -> object:
    """One field: returns the clean value or raises FieldProblem."""
    if _empty(value):
        if spec.required:
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label} is required."))
        return [] if spec.kind is Kind.MULTI else (False if spec.kind is Kind.BOOL else None)
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        text = str(value).strip() if kind is Kind.TEXT else str(value).strip("\n ")
        text = _CONTROL_CHARS.sub("", text)
        if kind is Kind.TEXT:
            text = " ".join(text.split())
        if not text.strip():  # only control characters or blanks: as good as nothing
            return clean_value(spec, None, now)
        if len(text) > spec.max_length:
            return _problem(
                spec,
                QT_TRANSLATE_NOOP("errors", "{label} can have at most {maximum} characters."),
                maximum=spec.max_length,
            )
        return text
    if kind is Kind.DATE:
        try:
            day = parse_date(value)
        except ValueError:
            return _problem(
                spec, QT_TRANSLATE_NOOP("errors", "{label}: please enter a date like 2025-03-31 or 03/31/2025.")
            )
        if day.year < 1900:
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label}: the year must be 1900 or later."))
        if spec.not_future and day > now.date():
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label} cannot be in the future."))
        return day
    if kind is Kind.DATETIME:
        try:
            moment = parse_datetime(value)
        except ValueError:
            return _problem(spec, _DATETIME_HINT)
        if moment.tzinfo is not None:
            # "…T14:30+05:00" or "…Z" from an import: everything else is local wall-clock time.
            try:
                moment = moment.astimezone().replace(tzinfo=None)
            except (OverflowError, ValueError):
                return _problem(spec, _DATETIME_HINT)
        if moment.year < 1900:
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label}: the year must be 1900 or later."))
        if spec.not_future and moment > now.replace(tzinfo=None):
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label} cannot be in the future."))
        return moment
    if kind is Kind.CHOICE:
        code = str(value).strip()
        if spec.vocabulary is not None and code not in spec.vocabulary:
            return _problem(
                spec, QT_TRANSLATE_NOOP("errors", "{label}: “{value}” is not one of the choices."), value=code[:40]
            )
        return code
    if kind is Kind.MULTI:
        items = value if isinstance(value, (list, tuple, set, frozenset)) else re.split(r"[;,|]", str(value))
        codes = []
        for item in items:
            code = str(item).strip()
            if not code:
                continue
            if spec.vocabulary is not None and code not in spec.vocabulary:
                return _problem(
                    spec, QT_TRANSLATE_NOOP("errors", "{label}: “{value}” is not one of the choices."), value=code[:40]
                )
            if code not in codes:
                codes.append(code)
        exclusive = spec.vocabulary.exclusive if spec.vocabulary else ()
        if len(codes) > 1 and any(c in exclusive for c in codes):
            return _problem(
                spec,
                QT_TRANSLATE_NOOP(
                    "errors", "{label}: “doesn't know”, “prefers not to answer” and “not collected” stand alone."
                ),
            )
        if spec.required and not codes:
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label} is required."))
        return codes
    if kind is Kind.BOOL:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "y", "x", "on"):
            return True
        if text in ("0", "false", "no", "n", "off"):
            return False
        return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label}: please answer yes or no."))
    if kind is Kind.INT:
        try:
            number = int(str(value).strip())
        except ValueError:
            return _problem(spec, QT_TRANSLATE_NOOP("errors", "{label}: please enter a whole number."))
        if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
            return _problem(
                spec, QT_TRANSLATE_NOOP("errors", "{label}: please enter a number from {minimum} to {maximum}."),
                minimum=spec.minimum, maximum=spec.maximum,
            )
        return number
    raise AssertionError(kind)


def _problem(spec: FieldSpec, template: str, **params: object):
    raise FieldProblem(spec.name, template, {"label": spec.label, **params})


def _run_checks(form: Form, values: dict, clean: dict, problems: dict[str, FieldProblem]) -> None:
    """Add the checks' problems. With wrong fields among them, each check reads the clean fields and the
    wrong ones as typed (so "enter a name" is not claimed of a name that is only too long); a check that
    cannot work with what it gets is passed over, the wrong field's own message being there already."""
    if not problems:
        for check in form.checks:
            try:
                check(clean)
            except FieldProblem as problem:
                problems.setdefault(problem.field, problem)
        return
    mixed = {**{name: values.get(name) for name in problems}, **clean}
    for check in form.checks:
        try:
            check(mixed)
        except FieldProblem as problem:
            problems.setdefault(problem.field, problem)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue


def current_problems(form: Form, values: dict, now: datetime | None = None) -> dict[str, FieldProblem]:
    """Every problem `values` has now: each field's, and every check's (see _run_checks). A form asks while
    the person types, to take a message away as soon as its field is right."""
    now = now or datetime.now()
    clean: dict = {}
    problems: dict[str, FieldProblem] = {}
    for spec in form.fields:
        try:
            clean[spec.name] = clean_value(spec, values.get(spec.name), now)
        except FieldProblem as problem:
            problems[spec.name] = problem
    _run_checks(form, values, clean, problems)
    return problems


def validate(form: Form, values: dict, now: datetime | None = None, *, partial: bool = False) -> dict:
    """Clean every field of `form` present in `values` (all fields unless partial). Raises FormInvalid."""
    now = now or datetime.now()
    clean: dict = {}
    problems: dict[str, FieldProblem] = {}
    for spec in form.fields:
        if partial and spec.name not in values:
            continue
        try:
            clean[spec.name] = clean_value(spec, values.get(spec.name), now)
        except FieldProblem as problem:
            problems[spec.name] = problem
    if not (partial and problems):  # a partial update with a wrong field is refused for that field alone
        _run_checks(form, values, clean, problems)
    if problems:
        raise FormInvalid(problems, {s.name: s.label for s in form.fields})
    return clean
