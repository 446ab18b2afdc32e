"""Data exchange rules (issue 7): what a spreadsheet column may fill, how a cell becomes a value,
and what leaves the program in a file.

Pure functions only; services.exchange reads and writes the files and the database.

- **Targets.** The field specs are the columns: each kind of record (participants, contacts,
  referrals) can be filled from its form's fields (spec name = canonical column name, spec
  label = friendly header), plus a few link columns: the record's id in the source system
  (`external_id`), the participant's LEAD number, a case manager's user name, a referring
  agency's name. Exports use the same names, so an exported file maps itself on import.
- **Cells.** `field_value` turns whatever a CSV or Excel cell holds into what
  `fields.validate` expects: dates in MM/DD/YYYY (or DD/MM/YYYY when the mapping says so),
  ISO and Excel serial numbers; vocabulary codes or their labels; numbers Excel stored as
  floats. Formulas, spreadsheet errors and a bare year are refused with a plain reason
  instead of being stored as text or turned into a wrong date.
- **Files out.** `neutralise` defuses cells a spreadsheet would run as a formula; `age_band`
  and `pseudonym` serve the de-identified export.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Sequence

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FieldProblem, FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

# ----- kinds and their target columns -------------------------------------------------------------

PARTICIPANTS, CONTACTS, REFERRALS = "participants", "contacts", "referrals"
KINDS = (PARTICIPANTS, CONTACTS, REFERRALS)
KIND_LABELS = {
    PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "Participants"),
    CONTACTS: QT_TRANSLATE_NOOP("vocab", "Contacts"),
    REFERRALS: QT_TRANSLATE_NOOP("vocab", "Referrals"),
}
# The record kind an import key belongs to (storage.models_exchange.ImportKey.kind).
RECORD_KIND = {PARTICIPANTS: "participant", CONTACTS: "contact", REFERRALS: "referral"}

MONTH_FIRST, DAY_FIRST = "mdy", "dmy"
DATE_ORDERS = (MONTH_FIRST, DAY_FIRST)
DATE_ORDER_LABELS = {
    MONTH_FIRST: QT_TRANSLATE_NOOP("vocab", "Month first (03/31/2025)"),
    DAY_FIRST: QT_TRANSLATE_NOOP("vocab", "Day first (31/03/2025)"),
}

MAX_EXTERNAL_ID = 100


@dataclass(frozen=True)
class Target:
    """A field a source column can fill. `spec` parses and checks the cell; link targets are
    references the service resolves (a LEAD number, a user name), not form fields."""

    name: str
    spec: FieldSpec
    link: bool = False
    synonyms: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.spec.label


def _link(name: str, label: str, max_length: int, help_text: str, *synonyms: str) -> Target:
    return Target(name, FieldSpec(name, label, Kind.TEXT, max_length=max_length, help=help_text), True, synonyms)




def _external_id(*synonyms: str) -> Target:
    return _link(
        "external_id", QT_TRANSLATE_NOOP("fields", "External ID"), MAX_EXTERNAL_ID,
        QT_TRANSLATE_NOOP("fields",
                          "The record's id in the spreadsheet or system it comes from. A re-run of the import "
                                    "recognises the record by it."),
        "id", "record id", "source id", "unique id", *synonyms,
    )


_PARTICIPANT_LEAD_NUMBER = _link(
    "lead_number", QT_TRANSLATE_NOOP("fields", "LEAD number"), 40,
    QT_TRANSLATE_NOOP("fields", "The participant's LEAD number, in this site or the one the file comes from."),
    "lead no", "lead #", "lead id", "participant number", "participant no", "participant id",
)
_PARTICIPANT_EXTERNAL_ID = _link(
    "participant_external_id", QT_TRANSLATE_NOOP("fields", "Participant's external ID"), MAX_EXTERNAL_ID,
    QT_TRANSLATE_NOOP("fields", "The participant's id in the system the file comes from (the External ID of an earlier "
                                "participants import)."),
    "client id", "participant external id", "person id", "client number",
)
_CASE_MANAGER = _link(
    "case_manager", QT_TRANSLATE_NOOP("fields", "Case manager"), 120,
    QT_TRANSLATE_NOOP("fields", "The case manager's user name or full name, as on this site's accounts."),
    "case manager", "cm", "worker", "assigned to",
)

# Common header words people use for our fields, folded (see header_key).
_SYNONYMS = {
    "first_name": ("first", "given name", "forename", "fname"),
    "middle_name": ("middle", "middle initial"),
    "last_name": ("last", "surname", "family name", "lname"),
    "aliases": ("alias", "aka", "street name", "street names", "nickname"),
    "dob": ("birth date", "birthdate", "date of birth", "d o b", "birthday"),
    "race_ethnicity": ("race", "ethnicity", "race ethnicity", "race and ethnicity"),
    "sex": ("sex at birth",),
    "veteran_status": ("veteran",),
    "phone": ("phone number", "telephone", "cell", "mobile"),
    "status": ("participant status",),
    "enrolled_on": ("enrollment date", "enrolment date", "enrolled", "enrolled on", "entry date", "start date",
                    "project start", "intake date"),
    "exit_date": ("exit", "exited on", "end date", "project exit"),
    "exit_destination": ("destination",),
    "at": ("date", "date time", "contact date", "when", "date and time", "contact date time"),
    "contact_type": ("type", "contact type", "kind"),
    "duration_minutes": ("minutes", "duration", "length"),
    "note": ("notes", "case note", "comment", "comments"),
    "referred_at": ("referral date", "referred", "referred on", "referral date time", "date referred"),
    "handoff_at": ("hand off", "handoff", "hand off time"),
    "alleged_offences": ("offence", "offense", "offences", "offenses", "alleged offense", "alleged offenses",
                         "charges"),
    "notes": ("note", "comments"),
    "pathway": ("referral type", "referral pathway"),
}


def _form_targets(form: Form, replace: dict[str, Target]) -> list[Target]:
    out = []
    for spec in form:
        if spec.name in replace:
            out.append(replace[spec.name])
        else:
            out.append(Target(spec.name, spec, False, _SYNONYMS.get(spec.name, ())))
    return out


_REFERRAL_OUTCOME = Target(
    "outcome", FieldSpec("outcome", QT_TRANSLATE_NOOP("fields", "Outcome"), Kind.CHOICE, R.OUTCOME, default="pending"),
    False, ("referral outcome", "result"),
)
_REFERRAL_OUTCOME_ON = Target(
    "outcome_on",
    FieldSpec("outcome_on", QT_TRANSLATE_NOOP("fields", "Outcome date"), Kind.DATE, not_future=True),
    False,
    ("outcome date", "decided on"),
)

TARGETS: dict[str, tuple[Target, ...]] = {
    PARTICIPANTS: (
        _external_id("client id", "person id", "client number"),
        _PARTICIPANT_LEAD_NUMBER,
        *_form_targets(P.PARTICIPANT_FORM, {"case_manager_id": _CASE_MANAGER}),
    ),
    CONTACTS: (
        _external_id("contact id", "encounter id", "note id"),
        _PARTICIPANT_LEAD_NUMBER,
        _PARTICIPANT_EXTERNAL_ID,
        *_form_targets(P.CONTACT_FORM, {}),
        _link("staff", QT_TRANSLATE_NOOP("fields", "Staff"), 120,
              QT_TRANSLATE_NOOP("fields", "Who made the contact: a user name or full name on this site."),
              "staff member", "worker", "case manager", "made by"),
    ),
    REFERRALS: (
        _external_id("referral id", "referral number"),
        _PARTICIPANT_LEAD_NUMBER,
        _PARTICIPANT_EXTERNAL_ID,
        *_form_targets(
            R.REFERRAL_FORM,
            {
                "agency_id": _link("agency", QT_TRANSLATE_NOOP("fields", "Referring agency"), 200,
                                   QT_TRANSLATE_NOOP("fields", "The agency's name. A name not yet on file is added."),
                                   "agency", "referring agency", "department", "referral source"),
                "officer_id": _link("officer", QT_TRANSLATE_NOOP("fields", "Referring officer"), 120,
                                    QT_TRANSLATE_NOOP("fields", "The officer's name. A name not yet on file is added."),
                                    "officer", "officer name", "referring officer"),
                "case_manager_id": _CASE_MANAGER,
            },
        ),
        _link("officer_badge", QT_TRANSLATE_NOOP("fields", "Badge number"), 40, "", "badge", "badge number",
              "badge no"),
        _REFERRAL_OUTCOME,
        _REFERRAL_OUTCOME_ON,
    ),
}


def targets(kind: str) -> tuple[Target, ...]:
    return TARGETS[kind]


def target(kind: str, name: str) -> Target:
    for t in TARGETS[kind]:
        if t.name == name:
            return t
    raise KeyError(name)


# The link a row needs to find its participant (contacts, referrals), and the fields that must be
# mapped before an import can work at all.
PARTICIPANT_LINKS = ("lead_number", "participant_external_id")
REQUIRED = {
    PARTICIPANTS: ("enrolled_on",),
    CONTACTS: ("at",),
    REFERRALS: ("referred_at",),
}


# ----- mappings ---------------------------------------------------------------------------------


def header_key(text: object) -> str:
    """A header as it is compared: folded, punctuation as spaces ("Date of Birth:" → "date of birth")."""
    folded = P.fold(str(text or "")).replace("_", " ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


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
    by_key: dict[str, str] = {}
    for t in TARGETS[kind]:  # names and labels first, so they win over another target's synonym
        for key in (header_key(t.name), header_key(t.label)):
            by_key.setdefault(key, t.name)
    for t in TARGETS[kind]:
        for synonym in t.synonyms:
            by_key.setdefault(header_key(synonym), t.name)
    used: set[str] = set()
    columns = []
    for header in headers:
        name = by_key.get(header_key(header), "")
        if name and name not in used:
            used.add(name)
            columns.append((header, name))
    return ColumnMapping(kind, tuple(columns), date_order)


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


# ----- cells -----------------------------------------------------------------------------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# "=" then a function call, a cell reference, a DDE command, a number, a sign, a bracket or a quote.
# Notes like "=== intake ===" or "= see above" are text, not formulas.
_FORMULA = re.compile(
    r"""^=\s*(?:[A-Za-z_][A-Za-z0-9_.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+|[A-Za-z]+\||[0-9(+\-"'{])"""
)
SPREADSHEET_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
EXCEL_MAX_SERIAL = 2958465  # 9999-12-31

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
            raw = raw[1:]  # a cell neutralised by our own export (or typed with Excel's text quote)
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
            year = _bare_year(raw)
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
    for term in vocabulary.terms:  # retired codes too: an old file may hold them
        if key in (header_key(term.code), header_key(term.label)):
            return term.code
    codes = set(vocabulary.codes())
    if {"0", "1"} <= codes and key in _YES | _NO:
        return "1" if key in _YES else "0"
    return None


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


# ----- dates ----------------------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_NUMERIC = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_WORD_FORMATS = ("%d-%b-%Y", "%d-%b-%y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y",
                 "%B %d %Y", "%d-%B-%Y")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%I %p")


def excel_serial(number: float, epoch1904: bool = False) -> datetime | None:
    """An Excel date serial → datetime (1900 system, counting Excel's made-up 29 February 1900)."""
    if not (1 <= number <= EXCEL_MAX_SERIAL):
        return None
    if epoch1904:
        base = datetime(1904, 1, 1)
    elif number < 61:
        base = datetime(1899, 12, 31)
    else:
        base = datetime(1899, 12, 30)
    seconds = round(number * 86400)
    try:
        return base + timedelta(seconds=seconds)
    except OverflowError:
        return None


def _bare_year(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)) and float(raw).is_integer():
        number = int(raw)
    elif isinstance(raw, str) and re.fullmatch(r"\s*\d{4}(?:\.0+)?\s*", raw):
        number = int(float(raw))
    else:
        return None
    return number if 1900 <= number <= 2100 else None


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) <= 2:  # two-digit years: this century up to this year, else the last
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _clock(hour: str | None, minute: str | None, second: str | None, ampm: str | None) -> time | None:
    if hour is None:
        return time()
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if ampm:
        marker = ampm.replace(".", "").lower()
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if marker == "pm" else 0)
    try:
        return time(h, m, s)
    except ValueError:
        return None


def parse_moment(raw: object, date_order: str = MONTH_FIRST, *, today: date | None = None,
                 epoch1904: bool = False) -> datetime | None:
    """A cell as a local date and time (midnight for a date alone); None when it is no date.

    Accepts datetime/date objects, Excel serials (as numbers or numeric text, except a bare year),
    ISO 8601 (a time zone is converted to local time), MM/DD/YYYY or DD/MM/YYYY by `date_order`
    (also with - or ., two-digit years, and a time with or without AM/PM), YYYY/MM/DD, YYYYMMDD,
    and month names ("31 Mar 2025", "March 31, 2025")."""
    today = today or date.today()
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, datetime):
        return raw.astimezone().replace(tzinfo=None) if raw.tzinfo else raw
    if isinstance(raw, date):
        return datetime.combine(raw, time())
    if isinstance(raw, (int, float)):
        if _bare_year(raw) is not None:
            return None
        return excel_serial(float(raw), epoch1904)
    text = " ".join(str(raw).split())
    if not text or len(text) > 40:
        return None
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text.replace(" T", "T"))
        except ValueError:
            return None
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    match = _NUMERIC.match(text)
    if match:
        a, b, c, hour, minute, second, ampm = match.groups()
        if len(a) == 4:  # YYYY/MM/DD
            year, month, day = int(a), int(b), int(c)
        elif len(a) <= 2 and len(c) in (2, 4):
            month, day = (int(a), int(b)) if date_order == MONTH_FIRST else (int(b), int(a))
            year = _year(c, today)
        else:
            return None
        clock = _clock(hour, minute, second, ampm)
        if clock is None:
            return None
        try:
            return datetime.combine(date(year, month, day), clock)
        except ValueError:
            return None
    match = _COMPACT.match(text)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if _SERIAL.match(text):
        if _bare_year(text) is not None:
            return None
        return excel_serial(float(text), epoch1904)
    if any(ch.isalpha() for ch in text):
        return _worded(text, today)
    return None


def _worded(text: str, today: date) -> datetime | None:
    """'31 Mar 2025', 'March 31, 2025 2:30 PM': month names, optionally followed by a time."""
    candidates = [(text, None)]
    parts = text.rsplit(" ", 2)
    for cut in (1, 2):
        if len(parts) > cut:
            candidates.append((" ".join(parts[:-cut]), " ".join(parts[-cut:])))
    for day_text, clock_text in candidates:
        for fmt in _WORD_FORMATS:
            try:
                day = datetime.strptime(day_text, fmt)
            except ValueError:
                continue
            if "%y" in fmt and day.year > today.year:
                day = day.replace(year=day.year - 100)
            if clock_text is None:
                return day
            for tfmt in _TIME_FORMATS:
                try:
                    clock = datetime.strptime(clock_text.upper(), tfmt).time()
                except ValueError:
                    continue
                return datetime.combine(day.date(), clock)
    return None


# ----- identity of an imported row ---------------------------------------------------------------------


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


# ----- de-identified export ----------------------------------------------------------------------------

AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 17, "under 18"),
    (18, 24, "18-24"),
    (25, 34, "25-34"),
    (35, 44, "35-44"),
    (45, 54, "45-54"),
    (55, 64, "55-64"),
    (65, None, "65 and over"),
)
UNKNOWN_AGE = "unknown"


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def age_band(dob: date | None, on: date) -> str:
    """The band a birth date falls in on a day ("25-34"); "unknown" without a birth date."""
    if dob is None or dob > on:
        return UNKNOWN_AGE
    age = age_on(dob, on)
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return UNKNOWN_AGE


EXPORT_KEY_MIN_LENGTH = 12
_EXPORT_KEY_SALT = b"lead-desktop/de-identified-export/v1"


def check_export_key(text: str) -> str:
    if len(text.strip()) < EXPORT_KEY_MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors",
                              "The export key must have at least {minimum} characters. Use the same key for every "
                                        "export an evaluator should be able to link."),
            field="export_key", minimum=EXPORT_KEY_MIN_LENGTH,
        )
    return text


def derive_export_key(text: str) -> bytes:
    """The HMAC key behind the pseudonyms: scrypt of the person-entered export key with a fixed salt, so
    the same export key gives the same pseudonyms in every export (and guessing it stays slow)."""
    check_export_key(text)
    return hashlib.scrypt(text.encode("utf-8"), salt=_EXPORT_KEY_SALT, n=2**14, r=8, p=1, dklen=32)


def pseudonym(key: bytes, record_id: str, prefix: str = "P") -> str:
    """A stable, random-looking id for a record: the same for the same export key, unrelated for another."""
    digest = hmac.new(key, record_id.encode("utf-8"), hashlib.sha256).digest()
    return f"{prefix}-{base64.b32encode(digest).decode('ascii')[:16]}"


@dataclass(frozen=True)
class HmisColumns:
    """The HMIS CSV files we write and their columns (FY2026 CSV specification names, for the data we hold)."""

    client: tuple[str, ...] = (
        "PersonalID", "FirstName", "MiddleName", "LastName", "NameSuffix", "NameDataQuality", "SSN",
        "SSNDataQuality", "DOB", "DOBDataQuality", "AmIndAKNative", "Asian", "BlackAfAmerican",
        "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific", "White", "RaceNone", "AdditionalRaceEthnicity",
        "Sex", "VeteranStatus", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    )
    enrollment: tuple[str, ...] = (
        "EnrollmentID", "PersonalID", "ProjectID", "EntryDate", "HouseholdID", "RelationshipToHoH",
        "EnrollmentCoC", "LivingSituation", "DisablingCondition", "DateCreated", "DateUpdated", "UserID",
        "DateDeleted", "ExportID",
    )
    exit: tuple[str, ...] = (
        "ExitID", "EnrollmentID", "PersonalID", "ExitDate", "Destination", "DestinationSubsidyType",
        "OtherDestination", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID",
    )
    # Race and ethnicity code (vocab.RACE_ETHNICITY) → its Client.csv column.
    race: tuple[tuple[str, str], ...] = (
        ("1", "AmIndAKNative"), ("2", "Asian"), ("3", "BlackAfAmerican"), ("6", "HispanicLatinaeo"),
        ("7", "MidEastNAfrican"), ("4", "NativeHIPacific"), ("5", "White"),
    )


HMIS = HmisColumns()


def hmis_id(record_id: str | None) -> str:
    """HMIS ids are at most 32 characters: a UUID without its hyphens."""
    return (record_id or "").replace("-", "")[:32]


def hmis_race(codes: Sequence[str]) -> dict[str, str]:
    """3.04 as Client.csv columns: 1/0 per race, RaceNone 8/9/99 when a missing-data answer was given."""
    chosen = set(codes)
    missing = next((c for c in V.MISSING_CODES if c in chosen), None)
    out = {column: ("1" if code in chosen and missing is None else "0") for code, column in HMIS.race}
    if missing is None and not any(v == "1" for v in out.values()):
        missing = "99"
    out["RaceNone"] = missing or ""
    return out


def hmis_destination(destination: str | None, exit_reason: str | None) -> str:
    """3.12: the recorded destination; deceased when that was the exit reason; else 99 (not collected)."""
    if destination:
        return destination
    if exit_reason == "deceased":
        return "24"
    return "99"


# Plain notes for the README and the export dialog: what the HMIS files leave blank and why.
HMIS_BLANK_NOTE = QT_TRANSLATE_NOOP(
    "vocab",
    "Left blank because LEAD Desktop does not hold them: NameSuffix, SSN (SSNDataQuality is 99, not "
    "collected), AdditionalRaceEthnicity, EnrollmentCoC, DestinationSubsidyType, OtherDestination, "
    "DateDeleted (deleted records are not exported). Veteran service details and the other optional "
    "columns are not written. Each participant is one enrolment, their own household (RelationshipToHoH 1).",
)


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
