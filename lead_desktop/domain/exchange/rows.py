"""An imported row: the key that recognises it when the same file comes again, and the reasons (or
warnings) that stop it, as templates the window translates."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Sequence

from lead_desktop.domain import participants as P
from lead_desktop.domain.fields import FieldProblem
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "external_key", "identity_key", "RowIssue", "issue_from", "REPEATS_ROW", "IMPORTED_BEFORE",
    "NUMBER_ON_FILE", "POSSIBLE_MATCH", "POSSIBLE_MATCH_IN_FILE", "NO_PARTICIPANT_NUMBER",
    "NO_PARTICIPANT_EXTERNAL", "NO_PARTICIPANT_LINK", "AMBIGUOUS_PARTICIPANT", "LINKS_DISAGREE",
    "UNKNOWN_STAFF", "NEW_AGENCY", "NEW_OFFICER", "ENROLLED_NEEDS_PARTICIPANT", "OUTCOME_DATE_ASSUMED",
    "OUTCOME_BEFORE_REFERRAL", "CONTACT_ON_FILE", "REFERRAL_ON_FILE", "EXTRA_CELLS", "EXTERNAL_ID_TOO_LONG",
]


def external_key(record_kind: str, external_id: str) -> str:
    """The import key of a row that carries its source system's id."""
    return hashlib.sha256(json.dumps([record_kind, "external", external_id.strip()]).encode("utf-8")).hexdigest()


def identity_key(record_kind: str, parts: Sequence[object]) -> str:
    """The import key of a row without an id: a hash of its normalised identifying fields."""
    body = json.dumps([record_kind, "fields", *[_normal(p) for p in parts]], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _normal(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return sorted(str(v) for v in value)
    if isinstance(value, str):
        return P.fold(value)
    return value


@dataclass(frozen=True)
class RowIssue:
    """A reason a row cannot be imported as it is (or a warning): a template in the "errors" context
    and its parameters, so the window can translate it."""

    template: str
    params: dict = field(default_factory=dict)
    field: str | None = None

    @property
    def message(self) -> str:
        params = {k: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in self.params.items()}
        try:
            return self.template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template


def issue_from(problem: FieldProblem) -> RowIssue:
    return RowIssue(problem.template, dict(problem.params), problem.field)


# Row-level reasons (services.exchange fills in the parameters).
REPEATS_ROW = QT_TRANSLATE_NOOP("errors", "This row repeats row {row}.")
IMPORTED_BEFORE = QT_TRANSLATE_NOOP("errors", "Already imported: an earlier import created this record.")
NUMBER_ON_FILE = QT_TRANSLATE_NOOP("errors", "{number} is already on file.")
POSSIBLE_MATCH = QT_TRANSLATE_NOOP(
    "errors",
    "May be {number}, already on file ({reasons}). Review it: not imported unless you confirm it is someone else.",
)
POSSIBLE_MATCH_IN_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "May be the same person as row {row} ({reasons}). Review it: not imported unless you confirm it is someone else.",
)
NO_PARTICIPANT_NUMBER = QT_TRANSLATE_NOOP("errors", "No participant with the LEAD number {number} was found.")
NO_PARTICIPANT_EXTERNAL = QT_TRANSLATE_NOOP("errors", "No participant with the external ID {id} was found.")
NO_PARTICIPANT_LINK = QT_TRANSLATE_NOOP("errors", "Give the participant's LEAD number or external ID.")
AMBIGUOUS_PARTICIPANT = QT_TRANSLATE_NOOP(
    "errors", "More than one participant has the reference {id}; use the LEAD number."
)
LINKS_DISAGREE = QT_TRANSLATE_NOOP("errors", "The LEAD number and the external ID name two different participants.")
UNKNOWN_STAFF = QT_TRANSLATE_NOOP("errors", "No active staff account “{name}” on this site: {label} left empty.")
NEW_AGENCY = QT_TRANSLATE_NOOP("errors", "The referring agency “{name}” is not on file yet: it will be added.")
NEW_OFFICER = QT_TRANSLATE_NOOP("errors", "The officer “{name}” is not on file yet: they will be added.")
ENROLLED_NEEDS_PARTICIPANT = QT_TRANSLATE_NOOP(
    "errors", "An enrolled referral needs the participant's LEAD number or external ID."
)
OUTCOME_DATE_ASSUMED = QT_TRANSLATE_NOOP("errors", "No outcome date: the referral date was used.")
OUTCOME_BEFORE_REFERRAL = QT_TRANSLATE_NOOP("errors", "The outcome date cannot be before the referral.")
CONTACT_ON_FILE = QT_TRANSLATE_NOOP(
    "errors", "This contact is already on file for {number} (same date, time and type)."
)
REFERRAL_ON_FILE = QT_TRANSLATE_NOOP(
    "errors", "This referral is already on file (same person, pathway, date and time)."
)
EXTRA_CELLS = QT_TRANSLATE_NOOP("errors", "The row has {count} more cells than there are columns; they were ignored.")
EXTERNAL_ID_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The external ID can have at most {maximum} characters.")
