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
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.organizations import ORGANIZATION_KIND
from lead_desktop.domain.vocab import Vocabulary

F = FieldSpec

# ----- vocabularies ------------------------------------------------------------------------

BODY_KIND = Vocabulary(
    "body_kind",
    [
        ("pcg", QT_TRANSLATE_NOOP("vocab", "Policy Coordinating Group")),
        ("owg", QT_TRANSLATE_NOOP("vocab", "Operational Work Group")),
        ("clt", QT_TRANSLATE_NOOP("vocab", "Community Leadership Team")),
        ("other", QT_TRANSLATE_NOOP("vocab", "Other body")),
    ],
)

MEMBERSHIP_ROLE = Vocabulary(
    "membership_role",
    [
        ("chair", QT_TRANSLATE_NOOP("vocab", "Chair")),
        ("co_chair", QT_TRANSLATE_NOOP("vocab", "Co-chair")),
        ("member", QT_TRANSLATE_NOOP("vocab", "Member")),
        ("alternate", QT_TRANSLATE_NOOP("vocab", "Alternate")),
        ("staff", QT_TRANSLATE_NOOP("vocab", "Staff / project manager")),
    ],
)
VOTING_ROLES = frozenset({"chair", "co_chair", "member"})  # hold a seat; alternates sit in for one, staff never

ATTENDANCE = Vocabulary(
    "attendance",
    [
        ("present", QT_TRANSLATE_NOOP("vocab", "Present")),
        ("absent", QT_TRANSLATE_NOOP("vocab", "Absent")),
        ("excused", QT_TRANSLATE_NOOP("vocab", "Excused")),
        ("alternate", QT_TRANSLATE_NOOP("vocab", "Alternate attended")),
    ],
)
ATTENDING = frozenset({"present", "alternate"})

DECISION_METHOD = Vocabulary(
    "decision_method",
    [("consensus", QT_TRANSLATE_NOOP("vocab", "Consensus")), ("vote", QT_TRANSLATE_NOOP("vocab", "Vote"))],
)

DECISION_OUTCOME = Vocabulary(
    "decision_outcome",
    [
        ("adopted", QT_TRANSLATE_NOOP("vocab", "Adopted")),
        ("not_adopted", QT_TRANSLATE_NOOP("vocab", "Not adopted")),
        ("deferred", QT_TRANSLATE_NOOP("vocab", "Deferred")),
    ],
)

MINUTES_STATUS = Vocabulary(
    "minutes_status",
    [
        ("draft", QT_TRANSLATE_NOOP("vocab", "Draft")),
        ("circulated", QT_TRANSLATE_NOOP("vocab", "Circulated")),
        ("approved", QT_TRANSLATE_NOOP("vocab", "Approved")),
        ("locked", QT_TRANSLATE_NOOP("vocab", "Locked")),
    ],
)

ACTION_STATUS = Vocabulary(
    "action_status",
    [
        ("open", QT_TRANSLATE_NOOP("vocab", "Open")),
        ("in_progress", QT_TRANSLATE_NOOP("vocab", "In progress")),
        ("done", QT_TRANSLATE_NOOP("vocab", "Done")),
        ("dropped", QT_TRANSLATE_NOOP("vocab", "Dropped")),
    ],
)
OPEN_ACTION_STATUSES = frozenset({"open", "in_progress"})

DECISION_RULE = Vocabulary(
    "decision_rule",
    [
        ("consensus_one_voice_per_agency", QT_TRANSLATE_NOOP("vocab", "Consensus, one voice per member agency")),
        ("quorum_count", QT_TRANSLATE_NOOP("vocab", "Quorum: a number of voting members")),
        ("quorum_share", QT_TRANSLATE_NOOP("vocab", "Quorum: a share of voting members")),
    ],
)

GOVERNANCE_VOCABULARIES = {
    v.name: v
    for v in (ORGANIZATION_KIND, BODY_KIND, MEMBERSHIP_ROLE, ATTENDANCE, DECISION_METHOD, DECISION_OUTCOME,
              MINUTES_STATUS, ACTION_STATUS, DECISION_RULE)
}

EXPIRING_TERM_DAYS = 60
REDACTED = QT_TRANSLATE_NOOP("governance", "[participant — no release]")

# ----- forms -------------------------------------------------------------------------------

PERSON_FORM = Form(
    "person",
    (
        F("full_name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=120),
        F("organisation_id", QT_TRANSLATE_NOOP("fields", "Organization"), Kind.CHOICE),
        F("title", QT_TRANSLATE_NOOP("fields", "Title"), max_length=120),
        F("email", QT_TRANSLATE_NOOP("fields", "Email"), max_length=200),
        F("phone", QT_TRANSLATE_NOOP("fields", "Phone"), max_length=40),
        F("notes", QT_TRANSLATE_NOOP("fields", "Notes"), Kind.LONGTEXT, max_length=2000),
    ),
)


def _rule_parameters(values: dict) -> None:
    rule = values.get("rule")
    if rule == "quorum_count" and not values.get("quorum_count"):
        raise FieldProblem(
            "quorum_count", QT_TRANSLATE_NOOP("errors", "A quorum by number needs the number of members.")
        )
    if rule == "quorum_share" and not values.get("quorum_percent"):
        raise FieldProblem(
            "quorum_percent", QT_TRANSLATE_NOOP("errors", "A quorum by share needs the share in percent.")
        )


BODY_FORM = Form(
    "body",
    (
        F("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=200),
        F("kind", QT_TRANSLATE_NOOP("fields", "Kind"), Kind.CHOICE, BODY_KIND, required=True, default="owg"),
        F("area", QT_TRANSLATE_NOOP("fields", "Area or precinct"), max_length=120,
          help=QT_TRANSLATE_NOOP("fields", "For a work group per police precinct or district.")),
        F("in_development", QT_TRANSLATE_NOOP("fields", "In development"), Kind.BOOL),
        F("rule", QT_TRANSLATE_NOOP("fields", "Decision rule"), Kind.CHOICE, DECISION_RULE, required=True,
          default="quorum_share"),
        F("quorum_count", QT_TRANSLATE_NOOP("fields", "Quorum (number of members)"), Kind.INT, minimum=1, maximum=200,
          help=QT_TRANSLATE_NOOP("fields",
                                 "Quorum by number: voting members who must attend. With consensus: the fewest "
                                           "member agencies that must have a voice (leave empty for no minimum).")),
        F("quorum_percent", QT_TRANSLATE_NOOP("fields", "Quorum (share, percent)"), Kind.INT, minimum=1, maximum=100,
          default=50,
          help=QT_TRANSLATE_NOOP("fields",
                                 "Quorum by share: at least this percentage of the voting members, rounded up.")),
        F("meets", QT_TRANSLATE_NOOP("fields", "Usually meets"), max_length=200,
          help=QT_TRANSLATE_NOOP("fields", "For example: every other Tuesday, 10:00.")),
        F("purpose", QT_TRANSLATE_NOOP("fields", "Purpose"), Kind.LONGTEXT, max_length=2000),
    ),
    checks=(_rule_parameters,),
)

SEAT_FORM = Form(
    "seat",
    (
        F("organisation_id", QT_TRANSLATE_NOOP("fields", "Organization"), Kind.CHOICE,
          help=QT_TRANSLATE_NOOP("fields",
                                 "Leave empty for an open seat any organization or community member can fill.")),
        F("seats", QT_TRANSLATE_NOOP("fields", "Seats"), Kind.INT, required=True, minimum=1, maximum=50, default=1),
        F("note", QT_TRANSLATE_NOOP("fields", "Note"), max_length=200),
    ),
)


def _term_order(values: dict) -> None:
    start, end = values.get("term_start"), values.get("term_end")
    if start and end and end < start:
        raise FieldProblem("term_end", QT_TRANSLATE_NOOP("errors", "The term cannot end before it starts."))


MEMBERSHIP_FORM = Form(
    "membership",
    (
        F("person_id", QT_TRANSLATE_NOOP("fields", "Person"), Kind.CHOICE, required=True),
        F("organisation_id", QT_TRANSLATE_NOOP("fields", "Organization represented"), Kind.CHOICE,
          help=QT_TRANSLATE_NOOP("fields", "Empty: the person's own organization.")),
        F("role", QT_TRANSLATE_NOOP("fields", "Role"), Kind.CHOICE, MEMBERSHIP_ROLE, required=True, default="member"),
        F("term_start", QT_TRANSLATE_NOOP("fields", "Term starts"), Kind.DATE, required=True),
        F("term_end", QT_TRANSLATE_NOOP("fields", "Term ends"), Kind.DATE),
        F("decision_authority", QT_TRANSLATE_NOOP("fields", "May decide for their agency"), Kind.BOOL,
          help=QT_TRANSLATE_NOOP("fields",
                                 "Policy Coordinating Group: authorised to make decisions on behalf of their office.")),
        F("confidentiality_signed_on", QT_TRANSLATE_NOOP("fields", "Confidentiality agreement signed"), Kind.DATE,
          not_future=True,
          help=QT_TRANSLATE_NOOP("fields", "Operational Work Group members sign one before case conferencing.")),
        F("alternate_for_id", QT_TRANSLATE_NOOP("fields", "Alternate for"), Kind.CHOICE,
          help=QT_TRANSLATE_NOOP("fields", "For an alternate: the member they sit in for.")),
    ),
    checks=(_term_order,),
)

MEETING_FORM = Form(
    "meeting",
    (
        F("starts_at", QT_TRANSLATE_NOOP("fields", "Date and time"), Kind.DATETIME, required=True),
        F("place", QT_TRANSLATE_NOOP("fields", "Place"), max_length=200),
        F("virtual_link", QT_TRANSLATE_NOOP("fields", "Virtual meeting link"), max_length=500),
        F("next_meeting_at", QT_TRANSLATE_NOOP("fields", "Next meeting"), Kind.DATETIME),
    ),
)

AGENDA_ITEM_FORM = Form(
    "agenda_item",
    (
        F("title", QT_TRANSLATE_NOOP("fields", "Agenda item"), required=True, max_length=300),
        F("presenter", QT_TRANSLATE_NOOP("fields", "Presenter"), max_length=120),
        F("notes", QT_TRANSLATE_NOOP("fields", "Notes"), Kind.LONGTEXT, max_length=10000,
          help=QT_TRANSLATE_NOOP("fields",
                                 "Governance minutes only: never name participants here; use case conferencing.")),
    ),
)


def _decision_counts(values: dict) -> None:
    counts = [values.get(k) for k in ("votes_for", "votes_against", "votes_abstain")]
    if values.get("method") == "vote":
        if values.get("votes_for") is None or values.get("votes_against") is None:
            raise FieldProblem("votes_for", QT_TRANSLATE_NOOP("errors", "A vote needs the number for and against."))
    elif any(c is not None for c in counts):
        raise FieldProblem(
            "votes_for", QT_TRANSLATE_NOOP("errors", "A consensus decision has no vote counts; choose Vote.")
        )
    if values.get("criteria_version_id") and values.get("intake_deadline_days") is not None:
        raise FieldProblem(
            "intake_deadline_days",
            QT_TRANSLATE_NOOP(
                "errors", "Link a decision to either a criteria version or an intake-deadline change, not both."
            ),
        )


DECISION_FORM = Form(
    "decision",
    (
        F("text", QT_TRANSLATE_NOOP("fields", "Decision"), Kind.LONGTEXT, required=True, max_length=5000),
        F("agenda_item_id", QT_TRANSLATE_NOOP("fields", "Agenda item"), Kind.CHOICE),
        F("method", QT_TRANSLATE_NOOP("fields", "Decided by"), Kind.CHOICE, DECISION_METHOD, required=True,
          default="consensus"),
        F("votes_for", QT_TRANSLATE_NOOP("fields", "For"), Kind.INT, minimum=0, maximum=500),
        F("votes_against", QT_TRANSLATE_NOOP("fields", "Against"), Kind.INT, minimum=0, maximum=500),
        F("votes_abstain", QT_TRANSLATE_NOOP("fields", "Abstaining"), Kind.INT, minimum=0, maximum=500),
        F("mover", QT_TRANSLATE_NOOP("fields", "Moved by"), max_length=120),
        F("seconder", QT_TRANSLATE_NOOP("fields", "Seconded by"), max_length=120),
        F("outcome", QT_TRANSLATE_NOOP("fields", "Outcome"), Kind.CHOICE, DECISION_OUTCOME, required=True,
          default="adopted"),
        F("criteria_version_id", QT_TRANSLATE_NOOP("fields", "Eligibility criteria version introduced"), Kind.CHOICE),
        F("intake_deadline_days", QT_TRANSLATE_NOOP("fields", "New intake deadline (days)"), Kind.INT, minimum=1,
          maximum=365,
          help=QT_TRANSLATE_NOOP("fields",
                                 "When this decision changes the intake deadline after an arrest diversion.")),
    ),
    checks=(_decision_counts,),
)

ACTION_ITEM_FORM = Form(
    "action_item",
    (
        F("description", QT_TRANSLATE_NOOP("fields", "Action"), Kind.LONGTEXT, required=True, max_length=2000),
        F("owner", QT_TRANSLATE_NOOP("fields", "Owner"), required=True, max_length=120),
        F("due_on", QT_TRANSLATE_NOOP("fields", "Due"), Kind.DATE),
        F("agenda_item_id", QT_TRANSLATE_NOOP("fields", "Agenda item"), Kind.CHOICE),
    ),
)

AMENDMENT_FORM = Form(
    "amendment",
    (
        F("text", QT_TRANSLATE_NOOP("fields", "Amendment"), Kind.LONGTEXT, required=True, max_length=5000),
        F("proposed_by", QT_TRANSLATE_NOOP("fields", "Proposed by"), max_length=120),
    ),
)

GUEST_FORM = Form(
    "guest",
    (
        F("guest_name", QT_TRANSLATE_NOOP("fields", "Guest's name"), required=True, max_length=120),
        F("organisation_id", QT_TRANSLATE_NOOP("fields", "Organization"), Kind.CHOICE),
    ),
)

CASE_ITEM_FORM = Form(
    "case_item",
    (
        F("participant_id", QT_TRANSLATE_NOOP("fields", "Participant"), Kind.CHOICE, required=True),
        F("notes", QT_TRANSLATE_NOOP("fields", "Discussion"), Kind.LONGTEXT, max_length=10000),
        F("follow_up", QT_TRANSLATE_NOOP("fields", "Follow-up"), Kind.LONGTEXT, max_length=2000),
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


def empty_seats(seats: Sequence[tuple[str | None, int]], member_organizations: Sequence[str | None]) -> list[EmptySeat]:
    """Seats nobody holds.

    A body's seats are rows of (organization, count); an organization of None is an open seat any
    organization (or a community member without one) can fill. Current voting members fill their
    organization's seats first; members beyond those seats, or from organizations without seats,
    fill open seats. A body without seat rows has no empty seats (its roster is whoever is on it).
    """
    held: dict[str | None, int] = {}
    for org in member_organizations:
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
    agencies: tuple[str, ...] = ()  # consensus: member agencies (organization ids)
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
    (organizations with a seat) plus the organizations of voting members. An agency is present when
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


def recipients_cover(recipients: str | None, organization_names: Iterable[str | None]) -> bool:
    """Does a consent's recipients list (one recipient a line) name this organization?

    Matching rule: after folding case, accents and punctuation, a line covers the organization when
    the organization's name or short name appears in it as whole words ("New Orleans Police
    Department — 8th District" covers "New Orleans Police Department"; "NOPD officers" covers the
    short name "NOPD"). A line naming less than the organization ("Police") does not cover it, so a
    vague release never counts as one.
    """
    names = [fold_words(n) for n in organization_names]
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
