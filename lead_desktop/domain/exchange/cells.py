"""Cells of an import file: how whatever a CSV or Excel cell holds becomes what `fields.validate` expects,
and how a cell leaves the program without a spreadsheet running it.

`field_value` reads dates (`exchange.dates`), vocabulary codes or their labels, numbers Excel
stored as floats; formulas, spreadsheet errors and a bare year are refused with a plain reason
instead of being stored as text or turned into a wrong date. `neutralise` defuses cells a
spreadsheet would run as a formula; `unneutralise` undoes it on import.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.exchange.dates import MONTH_FIRST, bare_year, parse_moment
from lead_desktop.domain.fields import FieldProblem, FieldSpec, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "header_key", "FORMULA_TRIGGERS", "SPREADSHEET_ERRORS", "FORMULA_REASON", "UNCALCULATED_REASON",
    "SPREADSHEET_ERROR_REASON", "BARE_YEAR_REASON", "Uncalculated", "UNCALCULATED", "neutralise",
    "unneutralise", "cell_text", "field_value", "match_code", "split_multi",
]


def header_key(text: object) -> str:
    """A header as it is compared: folded, punctuation as spaces ("Date of Birth:" → "date of birth")."""
    folded = P.fold(str(text or "")).replace("_", " ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# "=" then a function call, a cell reference, a DDE command, a number, a sign, a bracket or a quote.
# Notes like "=== intake ===" or "= see above" are text, not formulas.
_FORMULA = re.compile(
    r"""^=\s*(?:[A-Za-z_][A-Za-z0-9_.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+|[A-Za-z]+\||[0-9(+\-"'{])"""
)
SPREADSHEET_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
FORMULA_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "{label}: the cell holds a spreadsheet formula, not a value. Save the sheet with "
    "values only (Paste Special → Values) and import it again.",
)
UNCALCULATED_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "{label}: the cell holds a formula whose result was never calculated. Open the "
    "file in your spreadsheet program, save it, and import it again.",
)
SPREADSHEET_ERROR_REASON = QT_TRANSLATE_NOOP("errors", "{label}: the cell shows a spreadsheet error ({value}).")
BARE_YEAR_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "{label}: a year alone is not a date. For an approximate date write 01/01/{year} and mark the date as approximate.",
)


class Uncalculated:
    """Stands for an Excel formula cell that has no stored result (services.exchange reads both)."""

    def __repr__(self) -> str:
        return "<uncalculated formula>"


UNCALCULATED = Uncalculated()


_TRIGGERED = re.compile("^'*[=+\\-@\t\r]")
_QUOTED = re.compile("^'+[=+\\-@\t\r]")


def neutralise(text: str) -> str:
    """A text cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
    return) gets a leading single quote (OWASP "CSV injection"). Text that already starts with quotes
    before such a character gets one more, so `unneutralise` gives back exactly what was exported."""
    if _TRIGGERED.match(text):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo `neutralise` on import: one leading quote comes off text that starts with quotes and a trigger."""
    if _QUOTED.match(text):
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """A cell as text: whole floats without ".0" (Excel stores phone numbers and ids as floats)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _problem(spec: FieldSpec, template: str, **params: object) -> FieldProblem:
    return FieldProblem(spec.name, template, {"label": spec.label, **params})


def field_value(spec: FieldSpec, raw: object, date_order: str = MONTH_FIRST, *, today: date | None = None,
                epoch1904: bool = False) -> object:
    """One cell → the value `fields.validate` expects for `spec`. Raises FieldProblem for cells that
    must not be read as values (formulas, spreadsheet errors, a bare year in a date)."""
    if raw is None:
        return None
    if isinstance(raw, Uncalculated):
        raise _problem(spec, UNCALCULATED_REASON)
    if isinstance(raw, str):
        if _QUOTED.match(raw):
            raw = raw[1:]  # a cell neutralized by our own export (or typed with Excel's text quote)
        elif _FORMULA.match(raw.lstrip(" ")):
            raise _problem(spec, FORMULA_REASON)
        stripped = raw.strip()
        if stripped.upper() in SPREADSHEET_ERRORS:
            raise _problem(spec, SPREADSHEET_ERROR_REASON, value=stripped.upper())
        if not stripped:
            return None
    kind = spec.kind
    if kind in (Kind.DATE, Kind.DATETIME):
        moment = parse_moment(raw, date_order, today=today, epoch1904=epoch1904)
        if moment is None:
            year = bare_year(raw)
            if year is not None:
                raise _problem(spec, BARE_YEAR_REASON, year=year)
            return cell_text(raw)  # validate() says what a date should look like
        return moment.date() if kind is Kind.DATE else moment
    if kind is Kind.CHOICE:
        if spec.vocabulary is None:
            return cell_text(raw).strip()
        return match_code(spec.vocabulary, raw) or cell_text(raw).strip()
    if kind is Kind.MULTI:
        return split_multi(spec.vocabulary, cell_text(raw)) if spec.vocabulary else cell_text(raw)
    if kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)) and raw in (0, 1):
            return bool(raw)
        return cell_text(raw)
    if kind is Kind.INT:
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        text = cell_text(raw).strip()
        if re.fullmatch(r"[+-]?\d+\.0*", text):
            return text.split(".")[0]
        return text
    return cell_text(raw)


_YES = {"y", "yes", "true", "t"}
_NO = {"n", "no", "false", "f"}


def match_code(vocabulary: V.Vocabulary, raw: object) -> str | None:
    """A vocabulary code from its code or its label (any case, accents ignored); None when neither."""
    text = cell_text(raw).strip()
    if not text:
        return None
    if text in vocabulary:
        return text
    key = header_key(text)
    code = _term_keys(vocabulary).get(key)
    if code is not None:
        return code
    codes = set(vocabulary.codes())
    if {"0", "1"} <= codes and key in _YES | _NO:
        return "1" if key in _YES else "0"
    return None


_TERM_KEYS: dict[int, tuple[V.Vocabulary, dict[str, str]]] = {}


def _term_keys(vocabulary: V.Vocabulary) -> dict[str, str]:
    """Each term's code and label as compared (header_key) → its code; retired codes too, since an old file
    may hold them. Worked out once per vocabulary: an import compares every cell of a column with them."""
    cached = _TERM_KEYS.get(id(vocabulary))
    if cached is None or cached[0] is not vocabulary:
        keys: dict[str, str] = {}
        for term in vocabulary.terms:
            keys.setdefault(header_key(term.code), term.code)
            keys.setdefault(header_key(term.label), term.code)
        cached = _TERM_KEYS[id(vocabulary)] = (vocabulary, keys)
    return cached[1]


def split_multi(vocabulary: V.Vocabulary, text: str) -> list[str]:
    """A multi-select cell → codes. Items are separated by ; or | (or commas, when no label is cut in two:
    "American Indian, Alaska Native or Indigenous, White" is two answers). Unknown items stay as typed,
    so validation can name them."""
    out: list[str] = []
    for part in re.split(r"[;|\n]", text):
        if not part.strip():
            continue
        code = match_code(vocabulary, part)
        if code is not None:
            out.append(code)
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                code = match_code(vocabulary, ", ".join(pieces[i:j]))
                if code is not None:
                    out.append(code)
                    i = j
                    break
            else:
                out.append(pieces[i])
                i += 1
    return out
