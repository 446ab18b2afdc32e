"""Governance and meetings (DOMAIN.md §5, §7): vocabularies, forms and the pure rules.

The Policy Coordinating Group decides by consensus with one voice per member
agency; other bodies decide with a quorum (a number of voting members, or a
share of them). `evaluate_rule` turns an attendance list into "quorum met?" /
"consensus possible?"; the services feed it and the window shows it live.

Also here: term states (expiring within 60 days), empty seats, the minutes
lifecycle (draft → circulated → approved → locked), action-item status as of a
meeting (carried forward until closed), and the matching and redaction rules
for OWG case conferencing against consent recipients.

Nothing here knows about storage or Qt: inputs are plain values, outputs are
frozen dataclasses and codes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lead_desktop.domain.fields import FieldProblem, FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP as _N
from lead_desktop.domain.vocab import Vocabulary

F = FieldSpec

# ----- vocabularies ------------------------------------------------------------------------

ORGANISATION_KIND = Vocabulary(
    "organisation_kind",
    [
        ("law_enforcement", _N("vocab", "Law enforcement")),
        ("prosecution", _N("vocab", "Prosecution")),
        ("defense", _N("vocab", "Defence")),
        ("health_agency", _N("vocab", "Health agency")),
        ("service_provider", _N("vocab", "Service provider")),
        ("elected_office", _N("vocab", "Elected office")),
        ("community_group", _N("vocab", "Community group")),
        ("other", _N("vocab", "Other")),
    ],
)

BODY_KIND = Vocabulary(
    "body_kind",
    [
        ("pcg", _N("vocab", "Policy Coordinating Group")),
        ("owg", _N("vocab", "Operational Work Group")),
        ("clt", _N("vocab", "Community Leadership Team")),
        ("other", _N("vocab", "Other body")),
    ],
)

MEMBERSHIP_ROLE = Vocabulary(
    "membership_role",
    [
        ("chair", _N("vocab", "Chair")),
        ("co_chair", _N("vocab", "Co-chair")),
        ("member", _N("vocab", "Member")),
        ("alternate", _N("vocab", "Alternate")),
        ("staff", _N("vocab", "Staff / project manager")),
    ],
)
VOTING_ROLES = frozenset({"chair", "co_chair", "member"})  # hold a seat; alternates sit in for one, staff never

ATTENDANCE = Vocabulary(
    "attendance",
    [
        ("present", _N("vocab", "Present")),
        ("absent", _N("vocab", "Absent")),
        ("excused", _N("vocab", "Excused")),
        ("alternate", _N("vocab", "Alternate attended")),
    ],
)
ATTENDING = frozenset({"present", "alternate"})

DECISION_METHOD = Vocabulary(
    "decision_method",
    [("consensus", _N("vocab", "Consensus")), ("vote", _N("vocab", "Vote"))],
)

DECISION_OUTCOME = Vocabulary(
    "decision_outcome",
    [
        ("adopted", _N("vocab", "Adopted")),
        ("not_adopted", _N("vocab", "Not adopted")),
        ("deferred", _N("vocab", "Deferred")),
    ],
)

MINUTES_STATUS = Vocabulary(
    "minutes_status",
    [
        ("draft", _N("vocab", "Draft")),
        ("circulated", _N("vocab", "Circulated")),
        ("approved", _N("vocab", "Approved")),
        ("locked", _N("vocab", "Locked")),
    ],
)

ACTION_STATUS = Vocabulary(
    "action_status",
    [
        ("open", _N("vocab", "Open")),
        ("in_progress", _N("vocab", "In progress")),
        ("done", _N("vocab", "Done")),
        ("dropped", _N("vocab", "Dropped")),
    ],
)
OPEN_ACTION_STATUSES = frozenset({"open", "in_progress"})

DECISION_RULE = Vocabulary(
    "decision_rule",
    [
        ("consensus_one_voice_per_agency", _N("vocab", "Consensus, one voice per member agency")),
        ("quorum_count", _N("vocab", "Quorum: a number of voting members")),
        ("quorum_share", _N("vocab", "Quorum: a share of voting members")),
    ],
)

GOVERNANCE_VOCABULARIES = {
    v.name: v
    for v in (ORGANISATION_KIND, BODY_KIND, MEMBERSHIP_ROLE, ATTENDANCE, DECISION_METHOD, DECISION_OUTCOME,
              MINUTES_STATUS, ACTION_STATUS, DECISION_RULE)
}

EXPIRING_TERM_DAYS = 60
REDACTED = _N("governance", "[participant — no release]")

# ----- forms -------------------------------------------------------------------------------

ORGANISATION_FORM = Form(
    "organisation",
    (
        F("name", _N("fields", "Name"), required=True, max_length=200),
        F("short_name", _N("fields", "Short name"), max_length=40,
          help=_N("fields", "An abbreviation people use, e.g. NOPD. Consent recipients are matched against "
                            "the name and the short name.")),
        F("kind", _N("fields", "Kind"), Kind.CHOICE, ORGANISATION_KIND, required=True, default="other"),
        F("notes", _N("fields", "Notes"), Kind.LONGTEXT, max_length=2000),
    ),
)

PERSON_FORM = Form(
    "person",
    (
        F("full_name", _N("fields", "Name"), required=True, max_length=120),
        F("organisation_id", _N("fields", "Organisation"), Kind.CHOICE),
        F("title", _N("fields", "Title"), max_length=120),
        F("email", _N("fields", "Email"), max_length=200),
        F("phone", _N("fields", "Phone"), max_length=40),
        F("notes", _N("fields", "Notes"), Kind.LONGTEXT, max_length=2000),
    ),
)


def _rule_parameters(values: dict) -> None:
    rule = values.get("rule")
    if rule == "quorum_count" and not values.get("quorum_count"):
        raise FieldProblem("quorum_count", _N("errors", "A quorum by number needs the number of members."))
    if rule == "quorum_share" and not values.get("quorum_percent"):
        raise FieldProblem("quorum_percent", _N("errors", "A quorum by share needs the share in percent."))


BODY_FORM = Form(
    "body",
    (
        F("name", _N("fields", "Name"), required=True, max_length=200),
        F("kind", _N("fields", "Kind"), Kind.CHOICE, BODY_KIND, required=True, default="owg"),
        F("area", _N("fields", "Area or precinct"), max_length=120,
          help=_N("fields", "For a work group per police precinct or district.")),
        F("in_development", _N("fields", "In development"), Kind.BOOL),
        F("rule", _N("fields", "Decision rule"), Kind.CHOICE, DECISION_RULE, required=True, default="quorum_share"),
        F("quorum_count", _N("fields", "Quorum (number of members)"), Kind.INT, minimum=1, maximum=200,
          help=_N("fields", "Quorum by number: voting members who must attend. With consensus: the fewest "
                            "member agencies that must have a voice (leave empty for no minimum).")),
        F("quorum_percent", _N("fields", "Quorum (share, percent)"), Kind.INT, minimum=1, maximum=100, default=50,
          help=_N("fields", "Quorum by share: at least this percentage of the voting members, rounded up.")),
        F("meets", _N("fields", "Usually meets"), max_length=200,
          help=_N("fields", "For example: every other Tuesday, 10:00.")),
        F("purpose", _N("fields", "Purpose"), Kind.LONGTEXT, max_length=2000),
    ),
    checks=(_rule_parameters,),
)

SEAT_FORM = Form(
    "seat",
    (
        F("organisation_id", _N("fields", "Organisation"), Kind.CHOICE,
          help=_N("fields", "Leave empty for an open seat any organisation or community member can fill.")),
        F("seats", _N("fields", "Seats"), Kind.INT, required=True, minimum=1, maximum=50, default=1),
        F("note", _N("fields", "Note"), max_length=200),
    ),
)


def _term_order(values: dict) -> None:
    start, end = values.get("term_start"), values.get("term_end")
    if start and end and end < start:
        raise FieldProblem("term_end", _N("errors", "The term cannot end before it starts."))


MEMBERSHIP_FORM = Form(
    "membership",
    (
        F("person_id", _N("fields", "Person"), Kind.CHOICE, required=True),
        F("organisation_id", _N("fields", "Organisation represented"), Kind.CHOICE,
          help=_N("fields", "Empty: the person's own organisation.")),
        F("role", _N("fields", "Role"), Kind.CHOICE, MEMBERSHIP_ROLE, required=True, default="member"),
        F("term_start", _N("fields", "Term starts"), Kind.DATE, required=True),
        F("term_end", _N("fields", "Term ends"), Kind.DATE),
        F("decision_authority", _N("fields", "May decide for their agency"), Kind.BOOL,
          help=_N("fields", "Policy Coordinating Group: authorised to make decisions on behalf of their office.")),
        F("confidentiality_signed_on", _N("fields", "Confidentiality agreement signed"), Kind.DATE, not_future=True,
          help=_N("fields", "Operational Work Group members sign one before case conferencing.")),
        F("alternate_for_id", _N("fields", "Alternate for"), Kind.CHOICE,
          help=_N("fields", "For an alternate: the member they sit in for.")),
    ),
    checks=(_term_order,),
)

MEETING_FORM = Form(
    "meeting",
    (
        F("starts_at", _N("fields", "Date and time"), Kind.DATETIME, required=True),
        F("place", _N("fields", "Place"), max_length=200),
        F("virtual_link", _N("fields", "Virtual meeting link"), max_length=500),
        F("next_meeting_at", _N("fields", "Next meeting"), Kind.DATETIME),
    ),
)

AGENDA_ITEM_FORM = Form(
    "agenda_item",
    (
        F("title", _N("fields", "Agenda item"), required=True, max_length=300),
        F("presenter", _N("fields", "Presenter"), max_length=120),
        F("notes", _N("fields", "Notes"), Kind.LONGTEXT, max_length=10000,
          help=_N("fields", "Governance minutes only: never name participants here; use case conferencing.")),
    ),
)


def _decision_counts(values: dict) -> None:
    counts = [values.get(k) for k in ("votes_for", "votes_against", "votes_abstain")]
    if values.get("method") == "vote":
        if values.get("votes_for") is None or values.get("votes_against") is None:
            raise FieldProblem("votes_for", _N("errors", "A vote needs the number for and against."))
    elif any(c is not None for c in counts):
        raise FieldProblem("votes_for", _N("errors", "A consensus decision has no vote counts; choose Vote."))
    if values.get("criteria_version_id") and values.get("intake_deadline_days") is not None:
        raise FieldProblem(
            "intake_deadline_days",
            _N("errors", "Link a decision to either a criteria version or an intake-deadline change, not both."),
        )


DECISION_FORM = Form(
    "decision",
    (
        F("text", _N("fields", "Decision"), Kind.LONGTEXT, required=True, max_length=5000),
        F("agenda_item_id", _N("fields", "Agenda item"), Kind.CHOICE),
        F("method", _N("fields", "Decided by"), Kind.CHOICE, DECISION_METHOD, required=True, default="consensus"),
        F("votes_for", _N("fields", "For"), Kind.INT, minimum=0, maximum=500),
        F("votes_against", _N("fields", "Against"), Kind.INT, minimum=0, maximum=500),
        F("votes_abstain", _N("fields", "Abstaining"), Kind.INT, minimum=0, maximum=500),
        F("mover", _N("fields", "Moved by"), max_length=120),
        F("seconder", _N("fields", "Seconded by"), max_length=120),
        F("outcome", _N("fields", "Outcome"), Kind.CHOICE, DECISION_OUTCOME, required=True, default="adopted"),
        F("criteria_version_id", _N("fields", "Eligibility criteria version introduced"), Kind.CHOICE),
        F("intake_deadline_days", _N("fields", "New intake deadline (days)"), Kind.INT, minimum=1, maximum=365,
          help=_N("fields", "When this decision changes the intake deadline after an arrest diversion.")),
    ),
    checks=(_decision_counts,),
)

ACTION_ITEM_FORM = Form(
    "action_item",
    (
        F("description", _N("fields", "Action"), Kind.LONGTEXT, required=True, max_length=2000),
        F("owner", _N("fields", "Owner"), required=True, max_length=120),
        F("due_on", _N("fields", "Due"), Kind.DATE),
        F("agenda_item_id", _N("fields", "Agenda item"), Kind.CHOICE),
    ),
)

AMENDMENT_FORM = Form(
    "amendment",
    (
        F("text", _N("fields", "Amendment"), Kind.LONGTEXT, required=True, max_length=5000),
        F("proposed_by", _N("fields", "Proposed by"), max_length=120),
    ),
)

GUEST_FORM = Form(
    "guest",
    (
        F("guest_name", _N("fields", "Guest's name"), required=True, max_length=120),
        F("organisation_id", _N("fields", "Organisation"), Kind.CHOICE),
    ),
)

CASE_ITEM_FORM = Form(
    "case_item",
    (
        F("participant_id", _N("fields", "Participant"), Kind.CHOICE, required=True),
        F("notes", _N("fields", "Discussion"), Kind.LONGTEXT, max_length=10000),
        F("follow_up", _N("fields", "Follow-up"), Kind.LONGTEXT, max_length=2000),
    ),
)

# ----- terms and seats ----------------------------------------------------------------------


def term_state(start: date | None, end: date | None, day: date, expiring_days: int = EXPIRING_TERM_DAYS) -> str:
    """future, current, expiring (ends within `expiring_days`, the end day included) or ended."""
    if start is not None and start > day:
        return "future"
    if end is not None:
        if end < day:
            return "ended"
        if end <= day + timedelta(days=expiring_days):
            return "expiring"
    return "current"


def in_term(start: date | None, end: date | None, day: date) -> bool:
    return term_state(start, end, day) in ("current", "expiring")


@dataclass(frozen=True)
class EmptySeat:
    organisation_id: str | None  # None: an open seat
    missing: int


def empty_seats(seats: Sequence[tuple[str | None, int]], member_organisations: Sequence[str | None]) -> list[EmptySeat]:
    """Seats nobody holds.

    A body's seats are rows of (organisation, count); an organisation of None is an open seat any
    organisation (or a community member without one) can fill. Current voting members fill their
    organisation's seats first; members beyond those seats, or from organisations without seats,
    fill open seats. A body without seat rows has no empty seats (its roster is whoever is on it).
    """
    held: dict[str | None, int] = {}
    for org in member_organisations:
        held[org] = held.get(org, 0) + 1
    out: list[EmptySeat] = []
    named: dict[str, int] = {}
    open_total = 0
    for org, count in seats:
        if org is None:
            open_total += count
        else:
            named[org] = named.get(org, 0) + count
    pool = 0
    for org, count in held.items():
        if org is None or org not in named:
            pool += count
        else:
            pool += max(0, count - named[org])
    for org, count in named.items():
        missing = count - min(count, held.get(org, 0))
        if missing:
            out.append(EmptySeat(org, missing))
    if open_total > pool:
        out.append(EmptySeat(None, open_total - pool))
    return out


# ----- decision rules -------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    code: str  # a DECISION_RULE code
    count: int | None = None  # quorum_count: members; consensus: optional minimum of agencies with a voice
    percent: int | None = None  # quorum_share: percent of voting members


@dataclass(frozen=True)
class Mark:
    """One line of attendance as the rule sees it.

    `role` is the membership role, or "guest". `status` is None while not yet marked.
    `decision_authority`: may speak for `organisation_id`; for an "alternate" mark it is the
    authority of whoever sat in.
    """

    organisation_id: str | None
    role: str
    status: str | None
    decision_authority: bool = False


@dataclass(frozen=True)
class RuleStatus:
    rule: str
    met: bool
    voting_seats: int  # voting members on the roster that day
    attending: int  # of them, present or represented by an alternate
    required: int | None  # quorum rules: members needed; consensus: the minimum of agencies, if any
    unmarked: int  # roster lines not yet marked
    agencies: tuple[str, ...] = ()  # consensus: member agencies (organisation ids)
    with_voice: tuple[str, ...] = ()  # consensus: agencies whose attendee may decide for them
    without_voice: tuple[str, ...] = ()  # consensus: agencies present with nobody who may decide
    absent_agencies: tuple[str, ...] = ()


def _ceil_share(percent: int, seats: int) -> int:
    return max(1, math.ceil(percent * seats / 100 - 1e-9))


def evaluate_rule(rule: Rule, marks: Iterable[Mark], member_agencies: Iterable[str] = ()) -> RuleStatus:
    """Quorum met / consensus possible for one meeting's attendance.

    Quorum rules count voting members (chair, co-chair, member) who are present or represented by
    their alternate; guests, staff and alternates' own lines never count, so nobody is counted twice.
    `quorum_count`: at least `count`. `quorum_share`: at least `percent` % of the voting members on
    the roster, rounded up (50 % of 8 → 4), and at least one.

    Consensus, one voice per member agency (the PCG): the member agencies are `member_agencies`
    (organisations with a seat) plus the organisations of voting members. An agency is present when
    one of its members or alternates attends; it has a voice when one of them may decide for it.
    Consensus is possible when every agency present has a voice and at least one does (and, when
    `count` is set, at least `count` agencies have one). Several people from one agency still make
    one voice.
    """
    marks = list(marks)
    voting = [m for m in marks if m.role in VOTING_ROLES]
    attending = sum(1 for m in voting if m.status in ATTENDING)
    unmarked = sum(1 for m in marks if m.status is None and m.role != "guest")
    if rule.code == "consensus_one_voice_per_agency":
        agencies = list(dict.fromkeys([*member_agencies, *(m.organisation_id for m in voting if m.organisation_id)]))
        present: set[str] = set()
        voices: set[str] = set()
        for m in marks:
            if m.role not in VOTING_ROLES and m.role != "alternate":
                continue
            if m.status not in ATTENDING or not m.organisation_id:
                continue
            present.add(m.organisation_id)
            if m.decision_authority:
                voices.add(m.organisation_id)
        ordered = [a for a in agencies] + sorted(present - set(agencies))
        with_voice = tuple(a for a in ordered if a in voices)
        without = tuple(a for a in ordered if a in present and a not in voices)
        absent = tuple(a for a in ordered if a not in present)
        minimum = rule.count or 1
        met = not without and len(with_voice) >= minimum
        return RuleStatus(rule.code, met, len(voting), attending, rule.count, unmarked,
                          tuple(ordered), with_voice, without, absent)
    if rule.code == "quorum_count":
        required = max(1, rule.count or 1)
    elif rule.code == "quorum_share":
        required = _ceil_share(rule.percent or 50, len(voting))
    else:
        raise ValueError(rule.code)
    return RuleStatus(rule.code, attending >= required, len(voting), attending, required, unmarked)


# ----- minutes lifecycle ---------------------------------------------------------------------

EDITABLE_MINUTES = frozenset({"draft", "circulated"})
SETTLED_MINUTES = frozenset({"approved", "locked"})  # refuse edits; accept amendments


def minutes_editable(status: str) -> bool:
    return status in EDITABLE_MINUTES


# ----- action items: status as of a meeting ------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    at: datetime  # the meeting's start when recorded at a meeting, else when it was recorded
    status: str
    order: int = 0  # ties: later recording wins


def status_as_of(changes: Iterable[StatusChange], moment: datetime, *, inclusive: bool = True) -> str | None:
    """The status an action item had at `moment` (None when it did not exist yet).

    Changes recorded at a meeting count at that meeting's start, so a meeting's minutes show the
    status decided there even when they are typed up a week later, and stay the same after later
    meetings move the item on.
    """
    best: StatusChange | None = None
    for change in changes:
        if change.at < moment or (inclusive and change.at == moment):
            if best is None or (change.at, change.order) >= (best.at, best.order):
                best = change
    return best.status if best else None


def carried_forward(origin_start: datetime, changes: Sequence[StatusChange], meeting_start: datetime) -> bool:
    """An item from an earlier meeting of the body that was still open when this meeting began."""
    if origin_start >= meeting_start:
        return False
    return status_as_of(changes, meeting_start, inclusive=False) in OPEN_ACTION_STATUSES


# ----- case conferencing: consent coverage and redaction ----------------------------------------

_NON_WORD = re.compile(r"[^\w]+")


def fold_words(text: str | None) -> str:
    """Case, accents and punctuation folded away, single spaces: "St. Vincent's" → "st vincent s"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain.casefold()).split())


def recipients_cover(recipients: str | None, organisation_names: Iterable[str | None]) -> bool:
    """Does a consent's recipients list (one recipient a line) name this organisation?

    Matching rule: after folding case, accents and punctuation, a line covers the organisation when
    the organisation's name or short name appears in it as whole words ("New Orleans Police
    Department — 8th District" covers "New Orleans Police Department"; "NOPD officers" covers the
    short name "NOPD"). A line naming less than the organisation ("Police") does not cover it, so a
    vague release never counts as one.
    """
    names = [fold_words(n) for n in organisation_names]
    names = [n for n in names if n]
    if not names:
        return False
    for line in (recipients or "").splitlines():
        padded = f" {fold_words(line)} "
        if any(f" {name} " in padded for name in names):
            return True
    return False


def redact(text: str | None, names: Iterable[str | None], replacement: str = REDACTED) -> str:
    """`text` with every whole-word occurrence of `names` (any case) replaced; longest names first.

    Names of one character are left alone (they would blank out initials all over the text).
    """
    if not text:
        return ""
    cleaned = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not cleaned:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in cleaned) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(replacement, text)


def consent_day(meeting_day: date, today: date) -> date:
    """The day a release must be in force on: the meeting day, or today for a meeting already past
    (notes shared after the meeting are shared today)."""
    return max(meeting_day, today)
