"""A site's history (issue 16): the people, referrals and contacts sheets a site kept before LEAD Desktop,
imported together and joined by the site's own client ID.

Pure rules only; services.exchange.history reads the files and writes the records.

- **Status words.** A people sheet says in its own words whether someone enrolled: "Active",
  "Enrolled", "Not enrolled", "Exited", "Closed", "Inactive", or the Spanish forms. `status_code`
  turns a word into one of the program's statuses, or NOT_ENROLLED for someone who was referred
  and never enrolled (they stay the subject of their referrals, not a participant). A word it does
  not know is named on the row, and the mapping step lets the person say what it means; those
  choices travel with the mapping (`HistoryMapping.status_words`).
- **The history mapping.** One column mapping per sheet, one date order for all three, the
  status words chosen by hand, and whether two identical contact rows are two contacts.
- **Enrollment dates.** From the people sheet when it has one, else the enrolling referral's
  outcome date, else its referral date; the row and the participant record say which.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.exchange.cells import header_key
from lead_desktop.domain.exchange.dates import DATE_ORDERS, MONTH_FIRST
from lead_desktop.domain.exchange.kinds import CONTACTS, PARTICIPANTS, REFERRALS, target
from lead_desktop.domain.exchange.mapping import ColumnMapping, check_mapping, suggest_mapping
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "HISTORY", "SHEETS", "SHEET_KINDS", "SHEET_LABELS", "NOT_ENROLLED", "STATUS_CHOICES", "STATUS_CHOICE_LABELS",
    "status_code", "HistoryMapping", "suggest_history_mapping", "ENROLLED_FROM_PEOPLE", "ENROLLED_FROM_OUTCOME",
    "ENROLLED_FROM_REFERRAL", "ENROLLMENT_SOURCES", "ENROLLMENT_SOURCE_LABELS", "sheet_for",
    "UNKNOWN_STATUS", "NO_CLIENT_ID", "CLIENT_ID_TWICE", "NO_STATUS_NO_REFERRAL", "NO_ENROLLMENT_DATE",
    "ENROLLMENT_FROM", "NOT_ENROLLED_BUT_ENROLLED_REFERRAL", "NOT_ON_PEOPLE_SHEET", "PERSON_NOT_IMPORTED",
    "PERSON_NEEDS_REVIEW", "CONTACT_OF_NOT_ENROLLED", "SUBJECT_ONLY", "RECORDED_BEFORE", "NOT_ENROLLED_NO_REFERRAL",
    "SUBJECT_FIELDS", "history_unmapped",
]

HISTORY = "history"  # the kind a saved history mapping is stored under
SHEETS = ("people", "referrals", "contacts")
SHEET_KINDS = {"people": PARTICIPANTS, "referrals": REFERRALS, "contacts": CONTACTS}
SHEET_LABELS = {
    "people": QT_TRANSLATE_NOOP("vocab", "People"),
    "referrals": QT_TRANSLATE_NOOP("vocab", "Referrals"),
    "contacts": QT_TRANSLATE_NOOP("vocab", "Contacts"),
}
# Names a workbook's sheets go by, for finding each in one .xlsx (folded, see header_key).
_SHEET_NAMES = {
    "people": ("people", "persons", "participants", "clients", "client list", "personas", "participantes",
               "clientes"),
    "referrals": ("referrals", "referral", "referrals log", "referidos", "referencias", "remisiones"),
    "contacts": ("contacts", "contact", "contact log", "encounters", "contact notes", "contactos", "encuentros"),
}


def sheet_for(sheet: str, names: tuple[str, ...] | list[str]) -> str | None:
    """The worksheet of a workbook that holds `sheet` (people, referrals, contacts), by its name."""
    wanted = _SHEET_NAMES[sheet]
    for name in names:
        if header_key(name) in wanted:
            return name
    for name in names:
        if any(word in header_key(name).split(" ") for word in wanted):
            return name
    return None


# ----- status words ---------------------------------------------------------------------------

NOT_ENROLLED = "not_enrolled"
STATUS_CHOICES = ("active", "inactive", "unable_to_locate", "exited", NOT_ENROLLED)
STATUS_CHOICE_LABELS = {
    "active": QT_TRANSLATE_NOOP("vocab", "Active"),
    "inactive": QT_TRANSLATE_NOOP("vocab", "Inactive"),
    "unable_to_locate": QT_TRANSLATE_NOOP("vocab", "Unable to locate"),
    "exited": QT_TRANSLATE_NOOP("vocab", "Exited"),
    NOT_ENROLLED: QT_TRANSLATE_NOOP("vocab", "Not enrolled (referred only)"),
}
_STATUS_WORDS = {
    "active": ("active", "enrolled", "open", "current", "engaged", "in program", "activo", "activa", "inscrito",
               "inscrita", "inscritos", "matriculado", "matriculada", "abierto", "abierta", "vigente"),
    "inactive": ("inactive", "dormant", "inactivo", "inactiva"),
    "unable_to_locate": ("unable to locate", "cannot locate", "lost contact", "missing", "no localizado",
                         "no localizada", "ilocalizable", "paradero desconocido"),
    "exited": ("exited", "exit", "closed", "discharged", "graduated", "ended", "completed", "salio", "salida",
               "egresado", "egresada", "cerrado", "cerrada", "dado de alta", "dada de alta", "baja", "terminado",
               "terminada"),
    NOT_ENROLLED: ("not enrolled", "never enrolled", "unenrolled", "referred", "referral only", "referred only",
                   "declined", "ineligible", "pending", "no inscrito", "no inscrita", "sin inscribir",
                   "nunca inscrito", "nunca inscrita", "referido", "referida", "pendiente", "rechazo",
                   "no elegible"),
}
_BY_WORD = {word: code for code, words in _STATUS_WORDS.items() for word in words}


def status_code(word: object, chosen: dict[str, str] | None = None) -> str | None:
    """A status word → one of STATUS_CHOICES; the person's own choices first. None for a word not known
    (and for an empty cell, which the import decides from the person's referrals)."""
    key = header_key(word)
    if not key:
        return None
    for said, code in (chosen or {}).items():
        if header_key(said) == key and code in STATUS_CHOICES:
            return code
    return _BY_WORD.get(key)


# ----- enrollment dates -----------------------------------------------------------------------

ENROLLED_FROM_PEOPLE, ENROLLED_FROM_OUTCOME, ENROLLED_FROM_REFERRAL = "people_sheet", "referral_outcome", "referral"
ENROLLMENT_SOURCES = (ENROLLED_FROM_PEOPLE, ENROLLED_FROM_OUTCOME, ENROLLED_FROM_REFERRAL)
ENROLLMENT_SOURCE_LABELS = {
    ENROLLED_FROM_PEOPLE: QT_TRANSLATE_NOOP("vocab", "the people sheet"),
    ENROLLED_FROM_OUTCOME: QT_TRANSLATE_NOOP("vocab", "the referral's outcome date"),
    ENROLLED_FROM_REFERRAL: QT_TRANSLATE_NOOP("vocab", "the referral date"),
}


# What a referral of a not-enrolled person takes from the people sheet: who they are, as the referral
# form in the window records its subject.
SUBJECT_FIELDS = ("first_name", "middle_name", "last_name", "aliases", "dob", "race_ethnicity", "sex")


def history_unmapped(sheet: str, mapping: ColumnMapping) -> list[str]:
    """Labels of what a sheet of a history cannot do without: the client ID that joins the sheets, and a
    referral's or contact's date (the people sheet needs no enrollment date: it may come from a referral)."""
    mapped = mapping.mapped
    needed = {"people": ("external_id",), "referrals": ("participant_external_id", "referred_at"),
              "contacts": ("participant_external_id", "at")}[sheet]
    return [target(mapping.kind, name).label for name in needed if name not in mapped]


# ----- the mapping of the three sheets --------------------------------------------------------


@dataclass(frozen=True)
class HistoryMapping:
    """Which column of each sheet fills which field, how dates are written, and two choices."""

    people: ColumnMapping
    referrals: ColumnMapping
    contacts: ColumnMapping = field(default_factory=lambda: ColumnMapping(CONTACTS))
    status_words: tuple[tuple[str, str], ...] = ()  # (word as written, one of STATUS_CHOICES)
    import_identical_contacts: bool = False  # two identical contact rows are two contacts

    @property
    def date_order(self) -> str:
        return self.people.date_order

    def sheet(self, name: str) -> ColumnMapping:
        return {"people": self.people, "referrals": self.referrals, "contacts": self.contacts}[name]

    @property
    def chosen_words(self) -> dict[str, str]:
        return dict(self.status_words)

    def with_sheet(self, name: str, mapping: ColumnMapping) -> "HistoryMapping":
        return replace(self, **{name: ColumnMapping(SHEET_KINDS[name], mapping.columns, self.date_order)})

    def with_date_order(self, order: str) -> "HistoryMapping":
        return replace(self, people=replace(self.people, date_order=order),
                       referrals=replace(self.referrals, date_order=order),
                       contacts=replace(self.contacts, date_order=order))

    def with_status_word(self, word: str, code: str) -> "HistoryMapping":
        rest = tuple((w, c) for w, c in self.status_words if header_key(w) != header_key(word))
        return replace(self, status_words=rest + ((word, code),) if code else rest)

    def to_json(self) -> str:
        return json.dumps({
            "version": 1, "kind": HISTORY, "date_order": self.date_order,
            **{name: [[s, t] for s, t in self.sheet(name).columns if t] for name in SHEETS},
            "status_words": [[w, c] for w, c in self.status_words],
            "import_identical_contacts": self.import_identical_contacts,
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "HistoryMapping":
        try:
            data = json.loads(text)
            if data.get("kind") != HISTORY:
                raise KeyError("kind")
            order = data.get("date_order", MONTH_FIRST)
            sheets = {name: ColumnMapping(SHEET_KINDS[name], tuple((str(s), str(t)) for s, t in data.get(name, [])),
                                          order) for name in SHEETS}
            words = tuple((str(w), str(c)) for w, c in data.get("status_words", []))
            both = bool(data.get("import_identical_contacts", False))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a saved mapping of a site's history.")) \
                from None
        return cls(sheets["people"], sheets["referrals"], sheets["contacts"], words, both).checked()

    def checked(self) -> "HistoryMapping":
        """Each sheet's mapping checked (check_mapping); status words naming a known choice. Raises ValidationError."""
        if self.date_order not in DATE_ORDERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose how the file writes dates: month first or day first.")
            )
        for name in SHEETS:
            check_mapping(self.sheet(name))
        for word, code in self.status_words:
            if code not in STATUS_CHOICES:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{word}” must mean one of the statuses."),
                                      word=word[:40])
        return self


def suggest_history_mapping(people: tuple[str, ...], referrals: tuple[str, ...], contacts: tuple[str, ...] = (),
                            date_order: str = MONTH_FIRST) -> HistoryMapping:
    """Each sheet's columns matched by their headers."""
    return HistoryMapping(suggest_mapping(PARTICIPANTS, people, date_order),
                          suggest_mapping(REFERRALS, referrals, date_order),
                          suggest_mapping(CONTACTS, contacts, date_order))


# ----- what a row of a history says (services.exchange fills in the parameters) ----------------

UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "errors", "The status “{word}” is not one the import knows. Choose what it means in the people step's "
              "status words (or in the mapping file's status_words)."
)
NO_CLIENT_ID = QT_TRANSLATE_NOOP("errors", "No client ID: the sheets are joined by it.")
CLIENT_ID_TWICE = QT_TRANSLATE_NOOP("errors", "The client ID {id} is on row {row} of the people sheet too.")
NO_STATUS_NO_REFERRAL = QT_TRANSLATE_NOOP(
    "errors", "No status, no enrollment date and no referral: it does not say whether this person enrolled."
)
NO_ENROLLMENT_DATE = QT_TRANSLATE_NOOP(
    "errors", "Enrolled, but there is no enrollment date on the people sheet and no referral to take it from."
)
ENROLLMENT_FROM = QT_TRANSLATE_NOOP("errors", "Enrollment date {date} from {source}.")
NOT_ENROLLED_BUT_ENROLLED_REFERRAL = QT_TRANSLATE_NOOP(
    "errors", "The referral says enrolled, but the people sheet says this person was not enrolled (row {row})."
)
NOT_ON_PEOPLE_SHEET = QT_TRANSLATE_NOOP("errors", "No one with the client ID {id} is on the people sheet or on file.")
PERSON_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "errors", "The person with the client ID {id} (people sheet, row {row}) is not imported: see that row."
)
PERSON_NEEDS_REVIEW = QT_TRANSLATE_NOOP(
    "errors", "The person with the client ID {id} (people sheet, row {row}) may already be on file: review that "
              "row first."
)
CONTACT_OF_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "errors", "The person with the client ID {id} was never enrolled (people sheet, row {row}): a contact needs a "
              "participant."
)
NOT_ENROLLED_NO_REFERRAL = QT_TRANSLATE_NOOP(
    "errors", "Not enrolled, and no referral of theirs is on the referrals sheet: there is nothing to record."
)
SUBJECT_ONLY = QT_TRANSLATE_NOOP("errors", "Not enrolled: comes in as the subject of {count} referral(s).")
RECORDED_BEFORE = QT_TRANSLATE_NOOP(
    "errors", "Recorded before LEAD Desktop (dated before {date}): today's intake rules do not apply."
)
