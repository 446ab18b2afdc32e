"""Participant records: the forms (field specs) and the rules around them (DOMAIN.md §4, §6, §7).

Pure functions only: LEAD numbers, engagement status, consent state, duplicate
likelihood. Services store and fetch; this module decides.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher

from lead_desktop.domain import vocab as V
from lead_desktop.domain.fields import FieldProblem, FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

F = FieldSpec

# ----- forms -------------------------------------------------------------------------------


def _exit_needs_reason(values: dict) -> None:
    _exit_needs_date(values)
    if values.get("status") == "exited" and not values.get("exit_reason"):
        raise FieldProblem("exit_reason", QT_TRANSLATE_NOOP("errors", "An exited participant needs an exit reason."))


def _exit_needs_date(values: dict) -> None:
    if values.get("status") == "exited" and not values.get("exit_date"):
        raise FieldProblem("exit_date", QT_TRANSLATE_NOOP("errors", "An exited participant needs an exit date."))
    if values.get("exit_date") and values.get("enrolled_on") and values["exit_date"] < values["enrolled_on"]:
        raise FieldProblem(
            "exit_date", QT_TRANSLATE_NOOP("errors", "The exit date cannot be before the enrollment date.")
        )


def _subsidy_with_435(situation: str, subsidy: str):  # noqa: ANN202 - a form check
    """HMIS 3.12.A is asked only where the answer is 435 (rental with ongoing subsidy): a subsidy type
    beside any other answer would say something the record does not."""

    def check(values: dict) -> None:
        if values.get(subsidy) and values.get(situation) != V.RENTAL_WITH_SUBSIDY:
            raise FieldProblem(subsidy, QT_TRANSLATE_NOOP(
                "errors", "A subsidy type goes only with “Rental by client, with ongoing subsidy”: clear it or "
                          "choose that answer."))

    return check


def _name_present(values: dict) -> None:
    if not values.get("first_name") and not values.get("last_name"):
        raise FieldProblem(
            "last_name", QT_TRANSLATE_NOOP("errors", "Enter at least a first or a last name (a street name is fine).")
        )


PARTICIPANT_FORM = Form(
    "participant",
    (
        F("first_name", QT_TRANSLATE_NOOP("fields", "First name"), max_length=80),
        F("middle_name", QT_TRANSLATE_NOOP("fields", "Middle name"), max_length=80),
        F("last_name", QT_TRANSLATE_NOOP("fields", "Last name"), max_length=80),
        F("name_quality", QT_TRANSLATE_NOOP("fields", "Name quality"), Kind.CHOICE, V.NAME_QUALITY,
          required=True, default="1",
          help=QT_TRANSLATE_NOOP(
              "fields", "HMIS 3.01: is this the full legal name, or a partial, street or code name?")),
        F("aliases", QT_TRANSLATE_NOOP("fields", "Aliases / street names"), Kind.TEXT, max_length=400,
          help=QT_TRANSLATE_NOOP("fields", "Separate several names with commas. All are searchable.")),
        F("dob", QT_TRANSLATE_NOOP("fields", "Date of birth"), Kind.DATE, not_future=True),
        F("dob_quality", QT_TRANSLATE_NOOP("fields", "Date of birth quality"), Kind.CHOICE, V.DOB_QUALITY,
          required=True, default="99"),
        F("race_ethnicity", QT_TRANSLATE_NOOP("fields", "Race and ethnicity"), Kind.MULTI, V.RACE_ETHNICITY,
          required=True, default=["99"],
          help=QT_TRANSLATE_NOOP("fields", "HMIS 3.04: choose every answer that applies.")),
        F("sex", QT_TRANSLATE_NOOP("fields", "Sex"), Kind.CHOICE, V.SEX, required=True, default="99"),
        F("gender_identity", QT_TRANSLATE_NOOP("fields", "Gender identity (optional)"), max_length=80,
          help=QT_TRANSLATE_NOOP("fields", "A local field, in the participant's own words.")),
        F("veteran_status", QT_TRANSLATE_NOOP("fields", "Veteran status"), Kind.CHOICE, V.YES_NO, required=True,
          default="99"),
        F("disabling_condition", QT_TRANSLATE_NOOP("fields", "Disabling condition"), Kind.CHOICE, V.YES_NO,
          required=True, default="99"),
        F("phone", QT_TRANSLATE_NOOP("fields", "Phone"), max_length=40),
        F("where_to_find", QT_TRANSLATE_NOOP("fields", "Where to find them"), Kind.LONGTEXT, max_length=2000,
          help=QT_TRANSLATE_NOOP("fields", "Places and times where outreach usually finds this person.")),
        F("case_manager_id", QT_TRANSLATE_NOOP("fields", "Case manager"), Kind.CHOICE),
        F("status", QT_TRANSLATE_NOOP("fields", "Status"), Kind.CHOICE, V.PARTICIPANT_STATUS, required=True,
          default="active"),
        F("enrolled_on", QT_TRANSLATE_NOOP("fields", "Enrollment date"), Kind.DATE, required=True, not_future=True),
        F("exit_date", QT_TRANSLATE_NOOP("fields", "Exit date"), Kind.DATE, not_future=True),
        F("exit_reason", QT_TRANSLATE_NOOP("fields", "Exit reason"), Kind.CHOICE, V.EXIT_REASON),
        F("exit_destination", QT_TRANSLATE_NOOP("fields", "Exit destination (HMIS)"), Kind.CHOICE, V.DESTINATION),
        F("exit_destination_subsidy", QT_TRANSLATE_NOOP("fields", "Destination subsidy type (HMIS)"), Kind.CHOICE,
          V.SUBSIDY_TYPE,
          help=QT_TRANSLATE_NOOP("fields", "HMIS 3.12.A: for “Rental by client, with ongoing subsidy” only: "
                                           "which subsidy.")),
    ),
    checks=(_name_present, _exit_needs_reason, _subsidy_with_435("exit_destination", "exit_destination_subsidy")),
)
# A participant of a site's history (issue 16) who exited without an exit reason written down keeps the exit:
# the reason is left for the project manager to fill in (the data-quality list shows it).
HISTORICAL_PARTICIPANT_FORM = replace(PARTICIPANT_FORM, checks=(_name_present, _exit_needs_date))

CONTACT_FORM = Form(
    "contact",
    (
        F("at", QT_TRANSLATE_NOOP("fields", "Date and time"), Kind.DATETIME, required=True, not_future=True),
        F("contact_type", QT_TRANSLATE_NOOP("fields", "Type"), Kind.CHOICE, V.CONTACT_TYPE, required=True,
          default="street"),
        F("location", QT_TRANSLATE_NOOP("fields", "Location"), max_length=200),
        F("duration_minutes", QT_TRANSLATE_NOOP("fields", "Minutes"), Kind.INT, minimum=0, maximum=1440),
        F("unable_to_locate", QT_TRANSLATE_NOOP("fields", "Unable to locate"), Kind.BOOL,
          help=QT_TRANSLATE_NOOP("fields", "Tick when you looked for the person and did not find them.")),
        F("note", QT_TRANSLATE_NOOP("fields", "Note"), Kind.LONGTEXT, max_length=20000),
    ),
)

ASSESSMENT_FORM = Form(
    "assessment",
    (
        F("assessed_on", QT_TRANSLATE_NOOP("fields", "Assessment date"), Kind.DATE, required=True, not_future=True),
        *(
            F(f"need_{term.code}", term.label, Kind.CHOICE, V.NEED_LEVEL, default="not_assessed")
            for term in V.ASSESSMENT_DOMAIN
        ),
        F("summary", QT_TRANSLATE_NOOP("fields", "Summary"), Kind.LONGTEXT, max_length=20000),
    ),
)


def _target_after_set(values: dict) -> None:
    if values.get("target_date") and values.get("set_on") and values["target_date"] < values["set_on"]:
        raise FieldProblem(
            "target_date", QT_TRANSLATE_NOOP("errors", "The target date cannot be before the date the goal was set.")
        )


GOAL_FORM = Form(
    "goal",
    (
        F("goal", QT_TRANSLATE_NOOP("fields", "Goal (in the participant's words)"), required=True, max_length=500),
        F("domain", QT_TRANSLATE_NOOP("fields", "Area"), Kind.CHOICE, V.ASSESSMENT_DOMAIN),
        F("status", QT_TRANSLATE_NOOP("fields", "Status"), Kind.CHOICE, V.GOAL_STATUS, required=True, default="open"),
        F("set_on", QT_TRANSLATE_NOOP("fields", "Set on"), Kind.DATE, required=True, not_future=True),
        F("target_date", QT_TRANSLATE_NOOP("fields", "Target date"), Kind.DATE),
        F("closed_on", QT_TRANSLATE_NOOP("fields", "Closed on"), Kind.DATE, not_future=True),
    ),
    checks=(_target_after_set,),
)

SERVICE_FORM = Form(
    "service",
    (
        F("service_type", QT_TRANSLATE_NOOP("fields", "Service"), Kind.CHOICE, V.SERVICE_TYPE, required=True),
        F("provider", QT_TRANSLATE_NOOP("fields", "Provider"), max_length=200),
        F("referred_on", QT_TRANSLATE_NOOP("fields", "Referred on"), Kind.DATE, required=True, not_future=True),
        F("outcome", QT_TRANSLATE_NOOP("fields", "Outcome"), Kind.CHOICE, V.SERVICE_OUTCOME, required=True,
          default="pending"),
        F("outcome_on", QT_TRANSLATE_NOOP("fields", "Outcome date"), Kind.DATE, not_future=True),
        F("note", QT_TRANSLATE_NOOP("fields", "Note"), Kind.LONGTEXT, max_length=5000),
    ),
)

HOUSING_FORM = Form(
    "housing",
    (
        F("effective_on", QT_TRANSLATE_NOOP("fields", "Effective date"), Kind.DATE, required=True, not_future=True),
        F("living_situation", QT_TRANSLATE_NOOP("fields", "Living situation (HMIS)"), Kind.CHOICE, V.LIVING_SITUATION,
          required=True),
        F("subsidy_type", QT_TRANSLATE_NOOP("fields", "Subsidy type (HMIS)"), Kind.CHOICE, V.SUBSIDY_TYPE,
          help=QT_TRANSLATE_NOOP("fields", "HMIS 3.12.A: for “Rental by client, with ongoing subsidy” only: "
                                           "which subsidy.")),
        F("note", QT_TRANSLATE_NOOP("fields", "Note"), Kind.LONGTEXT, max_length=2000),
    ),
    checks=(_subsidy_with_435("living_situation", "subsidy_type"),),
)

LEGAL_CASE_FORM = Form(
    "legal_case",
    (
        F("jurisdiction", QT_TRANSLATE_NOOP("fields", "Court / jurisdiction"), required=True, max_length=120),
        F("case_number", QT_TRANSLATE_NOOP("fields", "Case number"), max_length=60),
        F("charges", QT_TRANSLATE_NOOP("fields", "Charges"), Kind.LONGTEXT, max_length=2000),
        F("status", QT_TRANSLATE_NOOP("fields", "Status"), Kind.CHOICE, V.LEGAL_CASE_STATUS, required=True,
          default="open"),
        F("next_court_at", QT_TRANSLATE_NOOP("fields", "Next court date"), Kind.DATETIME),
        F("prosecutor_contact", QT_TRANSLATE_NOOP("fields", "Prosecutor contact"), max_length=200),
        F("defender_contact", QT_TRANSLATE_NOOP("fields", "Defender contact"), max_length=200),
        F("note", QT_TRANSLATE_NOOP("fields", "Note"), Kind.LONGTEXT, max_length=5000),
    ),
)


def _consent_dates(values: dict) -> None:
    if not values.get("expires_on") and not values.get("expiry_event"):
        raise FieldProblem(
            "expires_on",
            QT_TRANSLATE_NOOP("errors", "A consent needs an expiry date or an expiry event (42 CFR 2.31)."),
        )
    if values.get("expires_on") and values.get("signed_on") and values["expires_on"] < values["signed_on"]:
        raise FieldProblem(
            "expires_on", QT_TRANSLATE_NOOP("errors", "The expiry date cannot be before the date signed.")
        )
    if values.get("revoked_on") and values.get("signed_on") and values["revoked_on"] < values["signed_on"]:
        raise FieldProblem(
            "revoked_on", QT_TRANSLATE_NOOP("errors", "The revocation date cannot be before the date signed.")
        )
    if values.get("signer") == "representative" and not values.get("representative_name"):
        raise FieldProblem("representative_name", QT_TRANSLATE_NOOP("errors", "Name the representative who signed."))


CONSENT_FORM = Form(
    "consent",
    (
        F("consent_type", QT_TRANSLATE_NOOP("fields", "Type"), Kind.CHOICE, V.CONSENT_TYPE, required=True,
          default="lead_multi_party"),
        F("sud", QT_TRANSLATE_NOOP("fields", "Covers substance-use (Part 2) information"), Kind.BOOL),
        F("disclosing_party", QT_TRANSLATE_NOOP("fields", "Who may disclose"), required=True, max_length=300,
          help=QT_TRANSLATE_NOOP("fields", "42 CFR 2.31: the program or people allowed to disclose.")),
        F("recipients", QT_TRANSLATE_NOOP("fields", "Recipients"), Kind.LONGTEXT, required=True, max_length=2000,
          help=QT_TRANSLATE_NOOP("fields", "One organization or person per line.")),
        F("recipient_kinds", QT_TRANSLATE_NOOP("fields", "Data systems it covers"), Kind.MULTI,
          V.CONSENT_RECIPIENT_KIND,
          help=QT_TRANSLATE_NOOP("fields", "Check HMIS / Continuum of Care only when the signed form names the "
                                           "Continuum of Care's HMIS: only then does an HMIS export include "
                                           "this person.")),
        F("information", QT_TRANSLATE_NOOP("fields", "Information that may be shared"), Kind.MULTI, V.INFO_CATEGORY,
          required=True),
        F("information_detail", QT_TRANSLATE_NOOP("fields", "Description of the information"), Kind.LONGTEXT,
          max_length=2000),
        F("purpose", QT_TRANSLATE_NOOP("fields", "Purpose"), required=True, max_length=500),
        F("right_to_revoke_explained", QT_TRANSLATE_NOOP("fields", "Right to revoke (and how) explained"), Kind.BOOL,
          required=True),
        F("signer", QT_TRANSLATE_NOOP("fields", "Signed by"), Kind.CHOICE, V.SIGNER, required=True,
          default="participant"),
        F("representative_name", QT_TRANSLATE_NOOP("fields", "Representative's name"), max_length=120),
        F("signed_on", QT_TRANSLATE_NOOP("fields", "Date signed"), Kind.DATE, required=True, not_future=True),
        F("expires_on", QT_TRANSLATE_NOOP("fields", "Expires on"), Kind.DATE),
        F("expiry_event", QT_TRANSLATE_NOOP("fields", "Or expires on this event"), max_length=200),
        F("revoked_on", QT_TRANSLATE_NOOP("fields", "Revoked on"), Kind.DATE, not_future=True),
    ),
    checks=(_consent_dates,),
)

DISCLOSURE_FORM = Form(
    "disclosure",
    (
        F("disclosed_on", QT_TRANSLATE_NOOP("fields", "Date"), Kind.DATE, required=True, not_future=True),
        F("recipient", QT_TRANSLATE_NOOP("fields", "Recipient"), required=True, max_length=200),
        F("information", QT_TRANSLATE_NOOP("fields", "What was shared"), Kind.LONGTEXT, required=True, max_length=2000),
        F("purpose", QT_TRANSLATE_NOOP("fields", "Purpose"), max_length=300),
        F("consent_id", QT_TRANSLATE_NOOP("fields", "Under consent"), Kind.CHOICE),
        F("reason_without_consent", QT_TRANSLATE_NOOP("fields", "Reason, when no consent covers it"), Kind.LONGTEXT,
          max_length=2000),
    ),
)

# ----- rules ---------------------------------------------------------------------------------


def format_lead_number(prefix: str, sequence: int) -> str:
    return f"{prefix}-{sequence:06d}"


# A participant created offline on a server site gets its LEAD number from the server when it is sent;
# until then it holds this placeholder (and a negative sequence), which the window shows as "number on sync".
PENDING_NUMBER_PREFIX = "~sync-"


def pending_number(count: int) -> str:
    return f"{PENDING_NUMBER_PREFIX}{count}"


def is_pending_number(lead_number: str | None) -> bool:
    return bool(lead_number) and str(lead_number).startswith(PENDING_NUMBER_PREFIX)


def effective_status(stored: str, last_contact: datetime | date | None, enrolled_on: date | None,
                     today: date, inactive_after_days: int) -> str:
    """An active participant with no contact for N days (counted from enrollment when never contacted) shows as inactive."""
    if stored != "active":
        return stored
    anchor = last_contact.date() if isinstance(last_contact, datetime) else last_contact
    anchor = anchor or enrolled_on
    if anchor is not None and (today - anchor).days >= inactive_after_days:
        return "inactive"
    return "active"


CONSENT_EXPIRING_DAYS = 30


def consent_state(expires_on: date | None, revoked_on: date | None, today: date) -> str:
    """active, expiring (within 30 days), expired or revoked."""
    if revoked_on is not None and revoked_on <= today:
        return "revoked"
    if expires_on is not None:
        if expires_on < today:
            return "expired"
        if expires_on <= today + timedelta(days=CONSENT_EXPIRING_DAYS):
            return "expiring"
    return "active"


CONSENT_STATE_LABELS = {
    "active": QT_TRANSLATE_NOOP("vocab", "Active"),
    "expiring": QT_TRANSLATE_NOOP("vocab", "Expiring soon"),
    "expired": QT_TRANSLATE_NOOP("vocab", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("vocab", "Revoked"),
}


def split_aliases(text: str | None) -> list[str]:
    if not text:
        return []
    seen: list[str] = []
    for part in text.replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in (s.casefold() for s in seen):
            seen.append(name[:80])
    return seen


def fold(text: str | None) -> str:
    """Lower-case, accents removed, single spaces: the form names are compared and searched in."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose (an import folds every cell of a hundred thousand rows)
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def search_text(lead_number: str, names: list[str]) -> str:
    return " | ".join([fold(lead_number), *(fold(n) for n in names if n)])


def search_terms(query: str, max_length: int = 100, max_terms: int = 6) -> list[str]:
    """User search input → folded AND terms (capped). "|" separates names in the stored text, so it is no term."""
    visible = "".join(ch if ch.isprintable() else " " for ch in query[:max_length])  # no NUL or control chars
    return [t for t in fold(visible.replace("|", " ")).split(" ") if t][:max_terms]


@dataclass(frozen=True)
class DuplicateScore:
    score: float
    reasons: tuple[str, ...]


def name_similarity(a: str, b: str) -> float:
    a, b = fold(a), fold(b)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def duplicate_score(
    new_names: list[str], new_dob: date | None, other_names: list[str], other_dob: date | None
) -> DuplicateScore:
    """How likely two records are the same person: best name/alias similarity, boosted by a matching birth date."""
    best = max((name_similarity(a, b) for a in new_names for b in other_names), default=0.0)
    reasons: list[str] = []
    score = best
    if best >= 0.8:
        reasons.append(QT_TRANSLATE_NOOP("vocab", "similar name or alias"))
    if new_dob and other_dob:
        if new_dob == other_dob:
            score += 0.3
            reasons.append(QT_TRANSLATE_NOOP("vocab", "same date of birth"))
        elif (new_dob.month, new_dob.day) == (other_dob.month, other_dob.day) or (
            new_dob.year == other_dob.year and abs((new_dob - other_dob).days) <= 31
        ):
            score += 0.1
            reasons.append(QT_TRANSLATE_NOOP("vocab", "close date of birth"))
        else:
            score -= 0.2
    return DuplicateScore(round(min(score, 1.3), 3), tuple(reasons))


DUPLICATE_THRESHOLD = 0.85  # "Jon Smith" vs "John Smith" ≈ 0.95 on names alone; a matching birth date adds 0.3
