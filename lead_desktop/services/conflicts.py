"""Optimistic locking for edits: a save names the version it was based on, and a newer one is a conflict.

Every row carries `row_version` (storage.models.Stamped), which SQLAlchemy raises by one on each
UPDATE. The window loads a record as a dataclass with its `version`; an update service takes
`expected_version` and, inside its unit of work and before it changes anything, calls
`check_version`. When the row moved on meanwhile and saving would change something the other
person saved, it raises EditConflict carrying both versions (field by field, from the record's
FieldSpec form) and the version saved now; saving again with that version keeps this person's
values ("keep mine"). `expected_version=None` skips the check (imports, the command line, older
callers). The race between this check and the commit is caught by the version in the UPDATE's
WHERE clause (StaleDataError, mapped by the unit of work to SavedAtTheSameTime).

When the other person's save left every field of the form exactly as this person is saving it,
there is nothing to choose between and the save goes ahead: that keeps a change made elsewhere
in the row (a sign-in time, say) from asking people to compare two identical versions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from lead_desktop.domain.errors import EditConflict
from lead_desktop.domain.fields import FieldSpec, Form, Kind

Values = Mapping[str, object]


def _empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, set, frozenset)) and not value)


def normalised(spec: FieldSpec, value: object) -> object:
    """A value as comparable data: blanks are None, multiple choices a set, text without outer blanks."""
    if _empty(value):
        return False if spec.kind is Kind.BOOL else None
    if spec.kind is Kind.MULTI:
        items = value if isinstance(value, (list, tuple, set, frozenset)) else str(value).split(",")
        return frozenset(str(v).strip() for v in items if str(v).strip())
    if spec.kind is Kind.BOOL:
        return bool(value)
    if spec.kind in (Kind.TEXT, Kind.LONGTEXT, Kind.CHOICE):
        return str(value).strip()
    if spec.kind is Kind.DATETIME and isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    return value


def same(spec: FieldSpec, a: object, b: object) -> bool:
    return normalised(spec, a) == normalised(spec, b)


def display_value(spec: FieldSpec, value: object) -> str:
    """How a value reads (in English; the window words it in the person's language itself)."""
    if _empty(value):
        return ""
    if spec.kind is Kind.DATETIME and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if spec.kind is Kind.DATE and isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    if spec.kind is Kind.BOOL:
        return "Yes" if value else "No"
    if spec.kind is Kind.CHOICE and spec.vocabulary is not None:
        return spec.vocabulary.label(str(value))
    if spec.kind is Kind.MULTI:
        items = value if isinstance(value, (list, tuple, set, frozenset)) else str(value).split(",")
        return ", ".join(spec.vocabulary.label(str(v)) if spec.vocabulary else str(v) for v in items)
    return str(value)


def check_version(
    row: object,
    expected_version: int | None,
    form: Form,
    yours: Values,
    theirs: Values | Callable[[], Values],
    *,
    beyond_form: bool = False,
) -> None:
    """Raise EditConflict when `row` is no longer at `expected_version` and saving `yours` (clean form
    values) would change what is saved now (`theirs`, or a function returning it, in the same shape).
    `beyond_form`: the save also writes what the form does not show (a referral's screening answers),
    so any newer version is a conflict even when every field reads the same. Call it before changing
    the row."""
    if expected_version is None:
        return
    current = int(row.row_version)  # type: ignore[attr-defined]
    if current == int(expected_version):
        return
    saved = dict(theirs() if callable(theirs) else theirs)
    specs = [spec for spec in form if spec.name in yours and spec.name in saved]
    if not beyond_form and all(same(spec, yours[spec.name], saved[spec.name]) for spec in specs):
        return
    raise EditConflict(
        yours={spec.label: display_value(spec, yours[spec.name]) for spec in specs},
        theirs={spec.label: display_value(spec, saved[spec.name]) for spec in specs},
        current_version=current,
        form=form,
        your_values={spec.name: yours[spec.name] for spec in specs},
        their_values={spec.name: saved[spec.name] for spec in specs},
    )


def changed_fields(error: EditConflict) -> list[str]:
    """The names of the fields where the two versions differ (in form order)."""
    form = error.form
    if not isinstance(form, Form):
        return []
    return [
        spec.name
        for spec in form
        if spec.name in error.your_values
        and not same(spec, error.your_values[spec.name], error.their_values.get(spec.name))
    ]
