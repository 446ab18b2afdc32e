"""What a spreadsheet column may fill: the kinds of record an import makes and their target fields.

The field specs are the columns: each kind (participants, contacts, referrals) can be filled
from its form's fields (spec name = canonical column name, spec label = friendly header), plus
a few link columns: the record's id in the source system (`external_id`), the participant's LEAD
number, a case manager's user name, a referring agency's name. Exports use the same names, so
an exported file maps itself on import.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "PARTICIPANTS", "CONTACTS", "REFERRALS", "KINDS", "KIND_LABELS", "RECORD_KIND", "MAX_EXTERNAL_ID", "CLIENT_ID_WORDS",
    "Target", "TARGETS", "targets", "target", "PARTICIPANT_LINKS", "REQUIRED",
]


PARTICIPANTS, CONTACTS, REFERRALS = "participants", "contacts", "referrals"
KINDS = (PARTICIPANTS, CONTACTS, REFERRALS)
KIND_LABELS = {
    PARTICIPANTS: QT_TRANSLATE_NOOP("vocab", "Participants"),
    CONTACTS: QT_TRANSLATE_NOOP("vocab", "Contacts"),
    REFERRALS: QT_TRANSLATE_NOOP("vocab", "Referrals"),
}
# The record kind an import key belongs to (storage.models_exchange.ImportKey.kind).
RECORD_KIND = {PARTICIPANTS: "participant", CONTACTS: "contact", REFERRALS: "referral"}

MAX_EXTERNAL_ID = 100

# What sites call their own client ID: the column a history's sheets are joined by (issue 16).
CLIENT_ID_WORDS = ("client id", "client number", "client no", "participant id", "pid", "person id", "hmis id",
                   "hmis client id", "personal id", "personalid")


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
                                    "recognizes the record by it."),
        "id", "record id", "source id", "unique id", *synonyms,
    )


_PARTICIPANT_LEAD_NUMBER = _link(
    "lead_number", QT_TRANSLATE_NOOP("fields", "LEAD number"), 40,
    QT_TRANSLATE_NOOP("fields", "The participant's LEAD number, in this site or the one the file comes from."),
    "lead no", "lead #", "lead id", "participant number", "participant no",
)
_PARTICIPANT_EXTERNAL_ID = _link(
    "participant_external_id", QT_TRANSLATE_NOOP("fields", "Participant's external ID"), MAX_EXTERNAL_ID,
    QT_TRANSLATE_NOOP("fields", "The participant's id in the system the file comes from (the External ID of an earlier "
                                "participants import)."),
    *CLIENT_ID_WORDS, "participant external id",
)
_CASE_MANAGER = _link(
    "case_manager", QT_TRANSLATE_NOOP("fields", "Case manager"), 120,
    QT_TRANSLATE_NOOP("fields", "The case manager's user name or full name, as on this site's accounts."),
    "case manager", "cm", "worker", "assigned to",
)

# Common header words people use for our fields, folded (see header_key). British spellings stay here
# ("enrolment date", "offence"): files exported by earlier versions, or written elsewhere, still map.
_SYNONYMS = {
    "first_name": ("first", "given name", "forename", "fname"),
    "middle_name": ("middle", "middle initial"),
    "last_name": ("last", "surname", "family name", "lname"),
    "aliases": ("alias", "aka", "street name", "street names", "nickname"),
    "dob": ("birth date", "birthdate", "date of birth", "d o b", "birthday", "dob", "born", "fecha de nacimiento"),
    "race_ethnicity": ("race", "ethnicity", "race ethnicity", "race and ethnicity", "race or ethnicity",
                       "ethnicity race"),
    "sex": ("sex at birth",),
    "veteran_status": ("veteran",),
    "phone": ("phone number", "telephone", "cell", "mobile"),
    "status": ("participant status", "client status", "program status", "enrollment status", "lead status",
               "estado"),
    "enrolled_on": ("enrollment date", "enrolled", "enrolled on", "entry date", "start date", "date enrolled",
                    "project start", "project start date", "intake date"),
    "exit_date": ("exit", "exited on", "end date", "project exit", "exit date", "date exited", "discharge date",
                  "closed on", "date closed"),
    "exit_destination": ("destination",),
    "at": ("date", "date time", "contact date", "when", "date and time", "contact date time"),
    "contact_type": ("type", "contact type", "kind"),
    "duration_minutes": ("minutes", "duration", "length"),
    "note": ("notes", "case note", "comment", "comments"),
    "referred_at": ("referral date", "referred", "referred on", "referral date time", "date referred",
                    "date of referral", "referral time"),
    "handoff_at": ("hand off", "handoff", "hand off time"),
    "alleged_offences": ("offence", "offense", "offences", "offenses", "alleged offense", "alleged offenses",
                         "alleged offence", "alleged offence s", "alleged offense s", "charges", "charge",
                         "alleged charge", "alleged charges"),
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
    False, ("referral outcome", "result", "disposition", "referral result", "referral status"),
)
_REFERRAL_OUTCOME_ON = Target(
    "outcome_on",
    FieldSpec("outcome_on", QT_TRANSLATE_NOOP("fields", "Outcome date"), Kind.DATE, not_future=True),
    False,
    ("outcome date", "decided on", "disposition date", "date of outcome"),
)

TARGETS: dict[str, tuple[Target, ...]] = {
    PARTICIPANTS: (
        _external_id(*CLIENT_ID_WORDS),
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
