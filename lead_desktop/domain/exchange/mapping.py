"""Column mappings: which source column fills which target, suggested from the headers, checked, saved
as JSON and fitted to the next file.

Headers are compared by `match_key`: case, accents and punctuation aside, and British spellings read
as US ones ("Alleged Offence" fills the alleged offense, "Enrolment date" the enrollment date), so a
spreadsheet kept on either side of the Atlantic maps itself. A header still not matched gets the
fields that look most like it first (`closest_targets`), for the person choosing by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Sequence

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.exchange.cells import header_key
from lead_desktop.domain.exchange.dates import DATE_ORDERS, MONTH_FIRST
from lead_desktop.domain.exchange.kinds import CONTACTS, KINDS, PARTICIPANT_LINKS, REQUIRED, TARGETS, target
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ColumnMapping", "check_mapping", "suggest_mapping", "fit_mapping", "unmapped_required", "match_key",
    "closest_targets",
]

# British spellings a header may use, word by word, and the US spelling the targets use.
_US_SPELLING = {
    "offence": "offense", "offences": "offenses", "defence": "defense", "licence": "license",
    "enrolment": "enrollment", "enrolments": "enrollments", "enrol": "enroll", "enrols": "enrolls",
    "organisation": "organization", "organisations": "organizations", "neighbourhood": "neighborhood",
    "programme": "program", "programmes": "programs", "centre": "center", "behaviour": "behavior",
    "colour": "color", "labour": "labor", "authorisation": "authorization", "catalogue": "catalog",
}


def match_key(text: object) -> str:
    """A header as it is matched: folded and without punctuation (header_key), British spellings in US form."""
    return " ".join(_US_SPELLING.get(word, word) for word in header_key(text).split(" ") if word)


@dataclass(frozen=True)
class ColumnMapping:
    """Which source column fills which target. Columns not listed (or listed with "") are ignored."""

    kind: str
    columns: tuple[tuple[str, str], ...] = ()  # (source header, target name)
    date_order: str = MONTH_FIRST

    def target_of(self, header: str) -> str:
        for source, name in self.columns:
            if source == header:
                return name
        return ""

    def source_of(self, name: str) -> str | None:
        for source, target_name in self.columns:
            if target_name == name:
                return source
        return None

    @property
    def mapped(self) -> dict[str, str]:
        """target name → source header, for the mapped columns."""
        return {name: source for source, name in self.columns if name}

    def with_column(self, header: str, name: str) -> "ColumnMapping":
        rest = [(s, t) for s, t in self.columns if s != header]
        return ColumnMapping(self.kind, tuple(rest + [(header, name)]), self.date_order)

    def to_json(self) -> str:
        return json.dumps({"version": 1, "kind": self.kind, "date_order": self.date_order,
                           "columns": [[s, t] for s, t in self.columns if t]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ColumnMapping":
        try:
            data = json.loads(text)
            kind = data["kind"]
            columns = tuple((str(s), str(t)) for s, t in data.get("columns", []))
            order = data.get("date_order", MONTH_FIRST)
        except (ValueError, KeyError, TypeError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a saved column mapping.")) from None
        return check_mapping(cls(kind, columns, order))


def check_mapping(mapping: ColumnMapping) -> ColumnMapping:
    """The mapping must name a kind, known targets, and each target at most once. Raises ValidationError."""
    if mapping.kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose what the file holds: participants, contacts or referrals.")
        )
    if mapping.date_order not in DATE_ORDERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose how the file writes dates: month first or day first.")
        )
    known = {t.name for t in TARGETS[mapping.kind]}
    seen: dict[str, str] = {}
    for source, name in mapping.columns:
        if not name:
            continue
        if name not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{name}” is not a field of this kind of record."), name=name[:40]
            )
        if name in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The columns “{first}” and “{second}” both fill {label}. Choose one."),
                first=seen[name][:60], second=source[:60], label=target(mapping.kind, name).label,
            )
        seen[name] = source
    return mapping


def suggest_mapping(kind: str, headers: Sequence[str], date_order: str = MONTH_FIRST) -> ColumnMapping:
    """Map each header to the target whose name, label or a common synonym it spells; each target once."""
    by_key = _keys(kind)
    used: set[str] = set()
    columns = []
    for header in headers:
        name = by_key.get(match_key(header), "")
        if name and name not in used:
            used.add(name)
            columns.append((header, name))
    return ColumnMapping(kind, tuple(columns), date_order)


def _keys(kind: str) -> dict[str, str]:
    """match key → target name: names and labels first, so they win over another target's synonym."""
    by_key: dict[str, str] = {}
    for t in TARGETS[kind]:
        for key in (match_key(t.name), match_key(t.label)):
            by_key.setdefault(key, t.name)
    for t in TARGETS[kind]:
        for synonym in t.synonyms:
            by_key.setdefault(match_key(synonym), t.name)
    return by_key


def closest_targets(kind: str, header: str) -> list[str]:
    """Every target's name, those whose name, label or synonyms look most like `header` first (ties keep
    the form's order): the choices offered for a column no target matched."""
    wanted = match_key(header)
    words = set(wanted.split())
    scores: dict[str, float] = {}
    for key, name in _keys(kind).items():
        overlap = len(words & set(key.split())) / max(1, len(words))
        score = 0.6 * SequenceMatcher(None, wanted, key).ratio() + 0.4 * overlap
        scores[name] = max(scores.get(name, 0.0), score)
    order = [t.name for t in TARGETS[kind]]
    return sorted(order, key=lambda name: (-round(scores.get(name, 0.0), 6), order.index(name)))


def fit_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> tuple[ColumnMapping, list[str]]:
    """A saved mapping applied to a file: the columns the file has, and the names of those it lacks."""
    present = set(headers)
    kept = tuple((s, t) for s, t in mapping.columns if t and s in present)
    missing = [s for s, t in mapping.columns if t and s not in present]
    return ColumnMapping(mapping.kind, kept, mapping.date_order), missing


def unmapped_required(mapping: ColumnMapping) -> list[str]:
    """Labels of what an import cannot do without: the required fields, and for contacts a column that
    finds their participant (referrals may stand alone: not everyone referred is enrolled)."""
    mapped = mapping.mapped
    missing = [target(mapping.kind, n).label for n in REQUIRED[mapping.kind] if n not in mapped]
    if mapping.kind == CONTACTS and not any(n in mapped for n in PARTICIPANT_LINKS):
        missing.append(QT_TRANSLATE_NOOP("fields", "LEAD number or participant's external ID"))
    return missing
