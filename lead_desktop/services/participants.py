"""Participants and case management: the case manager's daily work.

Reads need Permission.VIEW_PARTICIPANTS (viewers never get them), writes need
EDIT_PARTICIPANTS; every profile view and every change is audited with ids only.
Lists are filtered, sorted and paged in SQL so they stay instant at 50,000 people.
Forms come from the field specs in domain.participants; child records (contacts,
goals, services, housing, legal cases, consents, disclosures, assessments) share
one generic path keyed by their form.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import MappingProxyType

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import Form, Kind, parse_date, validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes, sort_key, string_agg

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_SIGNATURES = {  # the first bytes each accepted file type starts with
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}
ALLOWED_DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


class DuplicatesFound(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This person may already be on file. Review the possible matches before saving."
    )

    def __init__(self, matches: list["DuplicateCandidate"]) -> None:
        super().__init__()
        self.matches = matches


class RecordNotFound(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "That record no longer exists. It may have been merged or removed.")


# ----- plain data handed to the window ----------------------------------------------------------


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    lead_number: str
    name: str
    aliases: str
    dob: date | None
    status: str  # effective status
    case_manager_id: str | None
    case_manager: str
    last_contact_at: datetime | None


@dataclass(frozen=True)
class ParticipantPage:
    rows: list[ParticipantRow]
    total: int


@dataclass(frozen=True)
class ParticipantDetail:
    id: str
    lead_number: str
    values: Mapping[str, object]  # PARTICIPANT_FORM field → value (aliases as "a, b")
    effective_status: str
    last_contact_at: datetime | None
    case_manager: str
    merged_into_id: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def name(self) -> str:
        return display_name(self.values.get("first_name"), self.values.get("last_name"))


@dataclass(frozen=True)
class Record:
    """One child record (contact, goal, …): its id and its form values."""

    kind: str
    id: str
    participant_id: str
    values: Mapping[str, object]
    flags: frozenset[str] = field(default_factory=frozenset)  # e.g. {"expired"}, {"upcoming"}
    extra: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    version: int = 0  # the row version this was read at; saves pass it as expected_version


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    lead_number: str
    name: str
    aliases: str
    dob: date | None
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CaseloadRow:
    case_manager_id: str
    case_manager: str
    active: int
    state: str  # "ok", "over_average", "over_maximum"


@dataclass(frozen=True)
class TodayItem:
    participant_id: str
    lead_number: str
    name: str
    when: date | datetime | None
    what: str


@dataclass(frozen=True)
class TodayData:
    court_dates: list[TodayItem]
    expiring_consents: list[TodayItem]
    not_contacted: list[TodayItem]
    goals_due: list[TodayItem]
    inactive_after_days: int


@dataclass(frozen=True)
class MergeInfo:
    id: str
    kept_id: str
    merged_id: str
    moved: Mapping[str, int]
    undone: bool


def display_name(first: object, last: object) -> str:
    return " ".join(str(p) for p in (first, last) if p) or "—"


# ----- child record kinds: one registry drives every tab ---------------------------------------


@dataclass(frozen=True)
class Kind_:
    form: Form
    model: type
    order: object  # column to order by, newest first
    multi_columns: tuple[str, ...] = ()


CHILD_KINDS: dict[str, Kind_] = {
    "contact": Kind_(P.CONTACT_FORM, M.Contact, M.Contact.at),
    "goal": Kind_(P.GOAL_FORM, M.PlanGoal, M.PlanGoal.set_on),
    "service": Kind_(P.SERVICE_FORM, M.ServiceLinkage, M.ServiceLinkage.referred_on),
    "housing": Kind_(P.HOUSING_FORM, M.HousingStatus, M.HousingStatus.effective_on),
    "legal_case": Kind_(P.LEGAL_CASE_FORM, M.LegalCase, M.LegalCase.next_court_at),
    "consent": Kind_(P.CONSENT_FORM, M.Consent, M.Consent.signed_on, ("information",)),
    "disclosure": Kind_(P.DISCLOSURE_FORM, M.Disclosure, M.Disclosure.disclosed_on),
    "assessment": Kind_(P.ASSESSMENT_FORM, M.Assessment, M.Assessment.assessed_on),
}


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# ----- list, search, caseload ------------------------------------------------------------------

SORT_COLUMNS = {
    "name": M.Participant.sort_name,
    "lead_number": M.Participant.sequence,
    "dob": M.Participant.dob,
    "status": M.Participant.status,
    "last_contact": M.Participant.last_contact_at,
    "case_manager": M.Account.display_name,
}
MAX_PAGE = 500


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _inactive_days(site: SiteSession) -> int:
    return int(site.setting("inactive_after_days"))


def _not_seen_for(days: int, today: date) -> tuple:
    """(not seen for `days` days, seen within them): the SQL twins of domain.participants.effective_status.

    "Seen" is the last real contact, or the enrolment date when never contacted. Each column is
    compared with a value of its own type: SQLite keeps a DATETIME and a DATE as differently shaped
    text, so comparing a coalesce of both with one bound value misplaces the boundary day.
    """
    p = M.Participant
    day = today - timedelta(days=days - 1)  # seen before this day ⇔ (today - seen).days >= days
    start = datetime.combine(day, time())
    stale = or_(p.last_contact_at < start, and_(p.last_contact_at.is_(None), p.enrolled_on < day))
    fresh = or_(p.last_contact_at >= start,
                and_(p.last_contact_at.is_(None), or_(p.enrolled_on >= day, p.enrolled_on.is_(None))))
    return stale, fresh


def _filters(
    inactive_days: int,
    site: SiteSession,
    query: str,
    status: str | None,
    case_manager_id: str | None,
    mine: bool,
    no_contact_days: int | None,
    court_this_week: bool,
    today: date,
) -> list:
    p = M.Participant
    conditions = [p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    for term in P.search_terms(query):
        conditions.append(p.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
    if status:
        stale, fresh = _not_seen_for(inactive_days, today)
        if status == "inactive":
            conditions.append(or_(p.status == "inactive", and_(p.status == "active", stale)))
        elif status == "active":
            conditions.append(and_(p.status == "active", fresh))
        else:
            conditions.append(p.status == status)
    if mine:
        case_manager_id = site.actor.account_id
    if case_manager_id:
        conditions.append(p.case_manager_id == case_manager_id)
    if no_contact_days is not None:
        conditions.append(p.status.in_(("active", "inactive", "unable_to_locate")))
        conditions.append(_not_seen_for(no_contact_days, today)[0])
    if court_this_week:
        start = datetime.combine(today, datetime.min.time())
        conditions.append(
            p.id.in_(
                select(M.LegalCase.participant_id).where(
                    M.LegalCase.deleted_at.is_(None),
                    M.LegalCase.status.in_(V.ACTIVE_LEGAL_CASE_STATUSES),
                    M.LegalCase.next_court_at >= start,
                    M.LegalCase.next_court_at < start + timedelta(days=7),
                )
            )
        )
    return conditions


def list_participants(
    site: SiteSession,
    *,
    query: str = "",
    status: str | None = None,
    case_manager_id: str | None = None,
    mine: bool = False,
    no_contact_days: int | None = None,
    court_this_week: bool = False,
    sort: str = "name",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
    with_total: bool = True,
) -> ParticipantPage:
    site.require(Permission.VIEW_PARTICIPANTS)
    today = _today()
    p = M.Participant
    inactive_days = _inactive_days(site)  # before the unit of work: the first read opens its own
    with site.unit_of_work() as session:
        conditions = _filters(inactive_days, site, query, status, case_manager_id, mine, no_contact_days,
                              court_this_week, today)
        conn = session.connection()  # Core execution: these are plain column reads, no ORM objects
        total = conn.scalar(select(func.count()).select_from(p).where(*conditions)) if with_total else -1
        sort_col = SORT_COLUMNS.get(sort, p.sort_name)
        # People without a case manager have no name to sort by (an outer join): NULL, first going up.
        order = [sort_key(sort_col, descending, nullable=True if sort == "case_manager" else None), p.sequence.asc()]
        # Two steps: the page's ids first (for the default order and any search this is
        # answered from ix_participant_list alone), then the displayed columns for those ids.
        id_query = select(p.id).where(*conditions).order_by(*order)
        if sort == "case_manager":
            id_query = id_query.outerjoin(M.Account, M.Account.id == p.case_manager_id)
        ids = list(conn.scalars(id_query.limit(max(0, min(limit, MAX_PAGE))).offset(max(0, offset))))
        alias_list = (
            select(string_agg(M.ParticipantAlias.alias, ", "))
            .where(M.ParticipantAlias.participant_id == p.id, M.ParticipantAlias.deleted_at.is_(None))
            .scalar_subquery()
        )
        rows = conn.execute(
            select(
                p.id, p.lead_number, p.first_name, p.last_name, alias_list, p.dob, p.status,
                p.case_manager_id, M.Account.display_name, p.last_contact_at, p.enrolled_on,
            )
            .outerjoin(M.Account, M.Account.id == p.case_manager_id)
            .where(p.id.in_(ids))
        ).all() if ids else []
    by_id = {r[0]: r for r in rows}
    return ParticipantPage(
        [
            ParticipantRow(
                r[0], r[1], display_name(r[2], r[3]), r[4] or "", r[5],
                P.effective_status(r[6], r[9], r[10], today, inactive_days), r[7], r[8] or "", r[9],
            )
            for r in (by_id[i] for i in ids if i in by_id)
        ],
        total,
    )


def caseloads(site: SiteSession) -> list[CaseloadRow]:
    """Active participants per case manager against the 20 average / 25 maximum standard."""
    site.require(Permission.VIEW_PARTICIPANTS)
    p = M.Participant
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Account.id, M.Account.display_name, func.count(p.id))
            .join(p, and_(p.case_manager_id == M.Account.id, p.deleted_at.is_(None), p.merged_into_id.is_(None),
                          p.status.in_(("active", "inactive", "unable_to_locate"))), isouter=True)
            .where(M.Account.active.is_(True))
            .group_by(M.Account.id, M.Account.display_name)
            .order_by(func.count(p.id).desc(), M.Account.display_name)
        ).all()
    out = []
    for account_id, name, count in rows:
        if count == 0:
            continue
        state = "over_maximum" if count > V.CASELOAD_MAXIMUM else "over_average" if count > V.CASELOAD_AVERAGE else "ok"
        out.append(CaseloadRow(account_id, name, count, state))
    return out


def case_managers(site: SiteSession) -> list[tuple[str, str]]:
    """(account id, display name) of active staff who can hold a caseload."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.execute(
            select(M.Account.id, M.Account.display_name)
            .where(M.Account.active.is_(True), M.Account.role != Role.VIEWER.value)
            .order_by(M.Account.display_name)
        ).all()
    return [(r[0], r[1]) for r in rows]


# ----- one participant ----------------------------------------------------------------------


def _get_participant(session: Session, participant_id: str) -> M.Participant:
    row = session.get(M.Participant, participant_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound()
    return row


def _aliases(session: Session, participant_id: str) -> list[str]:
    return list(
        session.scalars(
            select(M.ParticipantAlias.alias)
            .where(M.ParticipantAlias.participant_id == participant_id, M.ParticipantAlias.deleted_at.is_(None))
            .order_by(M.ParticipantAlias.created_at)
        )
    )


def _detail(session: Session, row: M.Participant) -> ParticipantDetail:
    values: dict[str, object] = {}
    for spec in P.PARTICIPANT_FORM:
        if spec.name == "aliases":
            values["aliases"] = ", ".join(_aliases(session, row.id))
        elif spec.kind is Kind.MULTI:
            values[spec.name] = [c for c in (getattr(row, spec.name) or "").split(",") if c]
        else:
            values[spec.name] = getattr(row, spec.name)
    manager = session.get(M.Account, row.case_manager_id) if row.case_manager_id else None
    inactive_days = int(read_setting(session, "inactive_after_days"))
    return ParticipantDetail(
        row.id,
        row.lead_number,
        MappingProxyType(values),
        P.effective_status(row.status, row.last_contact_at, row.enrolled_on, _today(), inactive_days),
        row.last_contact_at,
        manager.display_name if manager else "",
        row.merged_into_id,
        row.row_version,
    )


def get_participant(site: SiteSession, participant_id: str) -> ParticipantDetail:
    """Open a profile. Audited as a record view."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = _get_participant(session, participant_id)
        site.audit(session, AuditAction.VIEW, "participant", row.id)
        return _detail(session, row)


def _check_case_manager(session: Session, account_id: object) -> None:
    if account_id:
        account = session.get(M.Account, str(account_id))
        # Viewers never see participant records, so they cannot hold a caseload (same rule as case_managers()).
        if account is None or not account.active or account.role == Role.VIEWER.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose an active staff member as case manager."), field="case_manager_id"
            )


def _apply(row: M.Participant, clean: dict) -> None:
    for spec in P.PARTICIPANT_FORM:
        if spec.name == "aliases" or spec.name not in clean:
            continue
        value = clean[spec.name]
        if spec.kind is Kind.MULTI:
            value = ",".join(value)
        setattr(row, spec.name, value)


def _refresh_search(session: Session, row: M.Participant, aliases: list[str]) -> None:
    row.sort_name = P.fold(", ".join(x for x in (row.last_name, row.first_name) if x))[:170] or "~"
    row.search_text = P.search_text(row.lead_number, [row.first_name or "", row.middle_name or "", row.last_name or "", *aliases])


def _set_aliases(session: Session, participant_id: str, aliases: list[str], actor_id: str | None) -> None:
    current = session.scalars(
        select(M.ParticipantAlias).where(
            M.ParticipantAlias.participant_id == participant_id, M.ParticipantAlias.deleted_at.is_(None)
        )
    ).all()
    wanted = {a.casefold(): a for a in aliases}
    for row in current:
        if row.alias.casefold() not in wanted:
            row.deleted_at = M.utcnow()
            row.updated_by = actor_id
        else:
            wanted.pop(row.alias.casefold())
    for alias in wanted.values():
        session.add(M.ParticipantAlias(participant_id=participant_id, alias=alias, updated_by=actor_id))


def _participant_defaults(values: dict) -> dict:
    merged = {spec.name: spec.default for spec in P.PARTICIPANT_FORM if spec.default is not None}
    merged.update({k: v for k, v in values.items()})
    return merged


def find_duplicates(site: SiteSession, values: dict, exclude_id: str | None = None, limit: int = 8) -> list[DuplicateCandidate]:
    """Likely matches by name or alias similarity and date of birth (DOMAIN: search before create)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    names = [display_name(values.get("first_name"), values.get("last_name"))] + P.split_aliases(str(values.get("aliases") or ""))
    names = [n for n in names if n and n != "—"]
    dob = values.get("dob")
    if isinstance(dob, str):
        try:
            dob = parse_date(dob)
        except ValueError:
            dob = None
    if not names:
        return []
    p = M.Participant
    keys = set()
    for name in names:
        for part in P.fold(name).split(" "):
            if len(part) >= 3:
                keys.add(part[:3])
    prefilter = [p.search_text.like(f"%{_escape_like(k)}%", escape="\\") for k in sorted(keys)[:8]]
    if dob:
        prefilter.append(p.dob == dob)
    if not prefilter:
        return []
    with site.unit_of_work() as session:
        rows = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, p.dob)
            .where(p.deleted_at.is_(None), p.merged_into_id.is_(None), or_(*prefilter),
                   p.id != (exclude_id or ""))
            .limit(3000)
        ).all()
        ids = [r[0] for r in rows]
        alias_rows = (
            session.execute(
                select(M.ParticipantAlias.participant_id, M.ParticipantAlias.alias).where(
                    M.ParticipantAlias.participant_id.in_(ids), M.ParticipantAlias.deleted_at.is_(None)
                )
            ).all()
            if ids
            else []
        )
    aliases_by_id: dict[str, list[str]] = {}
    for pid, alias in alias_rows:
        aliases_by_id.setdefault(pid, []).append(alias)
    out = []
    for r in rows:
        name = display_name(r[2], r[3])
        aliases = aliases_by_id.get(r[0], [])
        result = P.duplicate_score(names, dob if isinstance(dob, date) else None, [name, *aliases], r[4])
        if result.score >= P.DUPLICATE_THRESHOLD:
            out.append(DuplicateCandidate(r[0], r[1], name, ", ".join(aliases), r[4], result.score, result.reasons))
    out.sort(key=lambda c: -c.score)
    return out[:limit]


def prepare_participant(site: SiteSession, values: dict, *, reviewed_duplicates: bool = False) -> dict:
    """Validate a new participant and check for likely duplicates (unless the person reviewed them)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(P.PARTICIPANT_FORM, _participant_defaults(values))
    if not reviewed_duplicates:
        matches = find_duplicates(site, clean)
        if matches:
            raise DuplicatesFound(matches)
    return clean


def insert_participant(site: SiteSession, session: Session, clean: dict) -> ParticipantDetail:
    """Save prepared values with the next LEAD number inside the caller's unit of work.

    services.referrals enrols from a referral this way, so the new participant and the
    referral's link to it are written in one transaction.
    """
    site.require(Permission.EDIT_PARTICIPANTS)
    aliases = P.split_aliases(clean.get("aliases"))
    _check_case_manager(session, clean.get("case_manager_id"))
    prefix = str(read_setting(session, "participant_prefix"))
    serialize_writes(session)  # two laptops on one server must not both take the next number
    sequence = (session.scalar(select(func.max(M.Participant.sequence))) or 0) + 1
    row = M.Participant(sequence=sequence, lead_number=P.format_lead_number(prefix, sequence),
                        vocab_version=V.VOCAB_VERSION, updated_by=site.actor.account_id)
    _apply(row, clean)
    _refresh_search(session, row, aliases)
    session.add(row)
    session.flush()
    _set_aliases(session, row.id, aliases, site.actor.account_id)
    site.audit(session, AuditAction.CREATE, "participant", row.id)
    session.flush()
    return _detail(session, row)


def create_participant(site: SiteSession, values: dict, *, reviewed_duplicates: bool = False) -> ParticipantDetail:
    """Validate, check for likely duplicates (unless the person reviewed them), then save with the next LEAD number."""
    clean = prepare_participant(site, values, reviewed_duplicates=reviewed_duplicates)
    with site.unit_of_work() as session:
        return insert_participant(site, session, clean)


def update_participant(site: SiteSession, participant_id: str, values: dict,
                       expected_version: int | None = None) -> ParticipantDetail:
    """Save the profile form. `expected_version` is the version the form was loaded at: EditConflict
    when someone else saved a different profile since (services.conflicts)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    clean = validate(P.PARTICIPANT_FORM, _participant_defaults(values))
    aliases = P.split_aliases(clean.get("aliases"))
    with site.unit_of_work() as session:
        row = _get_participant(session, participant_id)
        check_version(row, expected_version, P.PARTICIPANT_FORM, {**clean, "aliases": ", ".join(aliases)},
                      lambda: _detail(session, row).values)
        _check_case_manager(session, clean.get("case_manager_id"))
        before = {s.name: getattr(row, s.name) for s in P.PARTICIPANT_FORM if s.name != "aliases"}
        _apply(row, clean)
        row.updated_by = site.actor.account_id
        _set_aliases(session, row.id, aliases, site.actor.account_id)
        _refresh_search(session, row, aliases)
        changed = sorted(k for k, v in before.items() if getattr(row, k) != v)
        site.audit(session, AuditAction.UPDATE, "participant", row.id, fields=changed)
        session.flush()
        return _detail(session, row)


# ----- child records -------------------------------------------------------------------------


def _record(kind: str, row: object, today: date) -> Record:
    spec = CHILD_KINDS[kind]
    values: dict[str, object] = {}
    for f in spec.form:
        if kind == "assessment" and f.name.startswith("need_"):
            values[f.name] = json.loads(row.needs).get(f.name[5:], "not_assessed")
            continue
        value = getattr(row, f.name)
        if f.kind is Kind.MULTI:
            value = [c for c in (value or "").split(",") if c]
        values[f.name] = value
    flags: set[str] = set()
    extra: dict[str, object] = {}
    if kind == "consent":
        state = P.consent_state(row.expires_on, row.revoked_on, today)
        flags.add(state)
        extra["state"] = state
    if kind == "legal_case" and row.next_court_at is not None and row.status in V.ACTIVE_LEGAL_CASE_STATUSES:
        start = datetime.combine(today, datetime.min.time())
        if start <= row.next_court_at < start + timedelta(days=7):
            flags.add("upcoming")
        elif row.next_court_at >= start:
            flags.add("future")
    if kind == "goal" and row.status in V.OPEN_GOAL_STATUSES and row.target_date and row.target_date <= today:
        flags.add("due")
    if kind == "contact":
        extra["staff_id"] = row.staff_id
    return Record(kind, row.id, row.participant_id, MappingProxyType(values), frozenset(flags), MappingProxyType(extra),
                  row.row_version)


def _store(kind: str, row: object, clean: dict) -> None:
    spec = CHILD_KINDS[kind]
    if kind == "assessment":
        row.needs = json.dumps({k[5:]: v for k, v in clean.items() if k.startswith("need_")}, sort_keys=True)
    for f in spec.form:
        if kind == "assessment" and f.name.startswith("need_"):
            continue
        value = clean.get(f.name)
        if f.kind is Kind.MULTI:
            value = ",".join(value or [])
        setattr(row, f.name, value)
    if kind == "housing":
        row.vocab_version = V.VOCAB_VERSION


def _defaults(form: Form, values: dict) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged


def _check_links(session: Session, kind: str, participant_id: str, clean: dict) -> None:
    if kind == "disclosure":
        consent_id = clean.get("consent_id")
        if consent_id:
            consent = session.get(M.Consent, consent_id)
            if consent is None or consent.participant_id != participant_id or consent.deleted_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose one of this participant's consents."), field="consent_id"
                )
            # A consent covers a disclosure only when it was in force that day (signed, not expired,
            # not revoked); otherwise the disclosure was made without consent and needs its reason.
            day = clean.get("disclosed_on")
            in_force = day is None or (
                consent.signed_on <= day
                and P.consent_state(consent.expires_on, consent.revoked_on, day) in ("active", "expiring")
            )
            if not in_force and not clean.get("reason_without_consent"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That consent was not in force on the date of this disclosure. "
                                                "Choose another one, or record why the disclosure was made without consent."),
                    field="consent_id",
                )
        elif not clean.get("reason_without_consent"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No consent was chosen: record why this disclosure was made without one."),
                field="reason_without_consent",
            )


def _touch_last_contact(session: Session, participant_id: str) -> None:
    latest = session.scalar(
        select(func.max(M.Contact.at)).where(
            M.Contact.participant_id == participant_id, M.Contact.deleted_at.is_(None),
            M.Contact.unable_to_locate.is_(False),
        )
    )
    session.execute(update(M.Participant).where(M.Participant.id == participant_id).values(last_contact_at=latest))


def add_record(site: SiteSession, kind: str, participant_id: str, values: dict) -> Record:
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    with site.unit_of_work() as session:
        _get_participant(session, participant_id)
        _check_links(session, kind, participant_id, clean)
        row = spec.model(participant_id=participant_id, updated_by=site.actor.account_id)
        _store(kind, row, clean)
        if kind == "contact":
            row.staff_id = site.actor.account_id
        if kind == "assessment":
            row.assessor_id = site.actor.account_id
        if kind == "disclosure":
            row.staff_id = site.actor.account_id
        session.add(row)
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, participant_id)
        site.audit(session, AuditAction.CREATE, kind, row.id, participant=participant_id)
        return _record(kind, row, _today())


def insert_record(site: SiteSession, session: Session, kind: str, participant_id: str, values: dict,
                  *, staff_id: str | None = None) -> Record:
    """Validate and save a child record inside the caller's unit of work (services.exchange imports
    contacts this way, many in one transaction). `staff_id` is who made a contact or disclosure, or
    who assessed; None when the source does not say."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    _get_participant(session, participant_id)
    _check_links(session, kind, participant_id, clean)
    row = spec.model(participant_id=participant_id, updated_by=site.actor.account_id)
    _store(kind, row, clean)
    if kind in ("contact", "disclosure"):
        row.staff_id = staff_id
    if kind == "assessment":
        row.assessor_id = staff_id
    session.add(row)
    session.flush()
    if kind == "contact":
        _touch_last_contact(session, participant_id)
    site.audit(session, AuditAction.CREATE, kind, row.id, participant=participant_id)
    return _record(kind, row, _today())


def update_record(site: SiteSession, kind: str, record_id: str, values: dict,
                  expected_version: int | None = None) -> Record:
    """Save a child record's form; EditConflict when it changed since `expected_version` (services.conflicts)."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    clean = validate(spec.form, _defaults(spec.form, values))
    with site.unit_of_work() as session:
        row = session.get(spec.model, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        check_version(row, expected_version, spec.form, clean, lambda: _record(kind, row, _today()).values)
        _check_links(session, kind, row.participant_id, clean)
        _store(kind, row, clean)
        row.updated_by = site.actor.account_id
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, row.participant_id)
        site.audit(session, AuditAction.UPDATE, kind, row.id, participant=row.participant_id)
        return _record(kind, row, _today())


def delete_record(site: SiteSession, kind: str, record_id: str) -> None:
    """Soft delete: the row stays (for the audit trail and merges) but no longer shows."""
    site.require(Permission.EDIT_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    with site.unit_of_work() as session:
        row = session.get(spec.model, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        if kind == "contact":
            _touch_last_contact(session, row.participant_id)
        site.audit(session, AuditAction.DELETE, kind, row.id, participant=row.participant_id)


def list_records(site: SiteSession, kind: str, participant_id: str, limit: int = 1000) -> list[Record]:
    site.require(Permission.VIEW_PARTICIPANTS)
    spec = CHILD_KINDS[kind]
    model = spec.model
    today = _today()
    with site.unit_of_work() as session:
        rows = session.scalars(
            select(model)
            .where(model.participant_id == participant_id, model.deleted_at.is_(None))
            .order_by(spec.order.desc().nulls_last(), model.created_at.desc())
            .limit(limit)
        ).all()
        return [_record(kind, r, today) for r in rows]


# ----- consent documents (kept inside the encrypted database) ------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    consent_id: str
    filename: str
    media_type: str
    size: int


def attach_consent_document(site: SiteSession, consent_id: str, filename: str, data: bytes) -> DocumentInfo:
    site.require(Permission.EDIT_PARTICIPANTS)
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    media_type = ALLOWED_DOCUMENT_TYPES.get(suffix)
    if media_type is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form.")
        )
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That file is empty."))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That file is larger than 20 MB. Scan at a lower resolution.")
        )
    if not any(data.startswith(magic) for magic in DOCUMENT_SIGNATURES[media_type]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That file does not look like a {kind} file. Attach the scan itself."),
            kind=suffix.lstrip(".").upper(),
        )
    with site.unit_of_work() as session:
        consent = session.get(M.Consent, consent_id)
        if consent is None or consent.deleted_at is not None:
            raise RecordNotFound()
        row = M.ConsentDocument(
            consent_id=consent_id, filename=filename[-200:], media_type=media_type, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), data=data, updated_by=site.actor.account_id,
        )
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "consent_document", row.id, consent=consent_id)
        return DocumentInfo(row.id, consent_id, row.filename, media_type, row.size)


def consent_documents(site: SiteSession, consent_id: str) -> list[DocumentInfo]:
    site.require(Permission.VIEW_PARTICIPANTS)
    d = M.ConsentDocument
    with site.unit_of_work() as session:
        rows = session.execute(
            select(d.id, d.consent_id, d.filename, d.media_type, d.size)
            .where(d.consent_id == consent_id, d.deleted_at.is_(None)).order_by(d.created_at)
        ).all()
    return [DocumentInfo(*r) for r in rows]


def read_consent_document(site: SiteSession, document_id: str) -> tuple[DocumentInfo, bytes]:
    """The scan's bytes, for an explicit "Save a copy…" by the person (audited as an export)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.get(M.ConsentDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound()
        site.audit(session, AuditAction.EXPORT, "consent_document", row.id)
        return DocumentInfo(row.id, row.consent_id, row.filename, row.media_type, row.size), bytes(row.data)


def active_consents(site: SiteSession, participant_id: str, sud: bool | None = None) -> list[Record]:
    """Consents in force today (active or expiring), optionally only those covering SUD information."""
    records = list_records(site, "consent", participant_id)
    return [r for r in records if r.extra["state"] in ("active", "expiring") and (sud is None or r.values["sud"] == sud)]


# ----- today page --------------------------------------------------------------------------


def today_page(site: SiteSession, account_id: str | None = None, limit: int = 200) -> TodayData:
    """The signed-in case manager's day: court this week, consents expiring in 30 days,
    people not contacted in N days, open plan goals due."""
    site.require(Permission.VIEW_PARTICIPANTS)
    account_id = account_id or site.actor.account_id
    today = _today()
    p = M.Participant
    mine = [p.case_manager_id == account_id, p.deleted_at.is_(None), p.merged_into_id.is_(None)]
    open_people = p.status.in_(("active", "inactive", "unable_to_locate"))
    with site.unit_of_work() as session:
        days = int(read_setting(session, "inactive_after_days"))
        start = datetime.combine(today, datetime.min.time())
        court = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.LegalCase.next_court_at, M.LegalCase.jurisdiction)
            .join(M.LegalCase, M.LegalCase.participant_id == p.id)
            .where(*mine, M.LegalCase.deleted_at.is_(None), M.LegalCase.status.in_(V.ACTIVE_LEGAL_CASE_STATUSES),
                   M.LegalCase.next_court_at >= start,
                   M.LegalCase.next_court_at < start + timedelta(days=7))
            .order_by(M.LegalCase.next_court_at).limit(limit)
        ).all()
        consents = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.Consent.expires_on, M.Consent.consent_type)
            .join(M.Consent, M.Consent.participant_id == p.id)
            .where(*mine, M.Consent.deleted_at.is_(None), M.Consent.revoked_on.is_(None),
                   M.Consent.expires_on >= today,
                   M.Consent.expires_on <= today + timedelta(days=P.CONSENT_EXPIRING_DAYS))
            .order_by(M.Consent.expires_on).limit(limit)
        ).all()
        last_seen = func.coalesce(p.last_contact_at, p.enrolled_on)
        stale = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, p.last_contact_at)
            .where(*mine, open_people, _not_seen_for(days, today)[0])
            .order_by(last_seen).limit(limit)
        ).all()
        goals = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, M.PlanGoal.target_date, M.PlanGoal.goal)
            .join(M.PlanGoal, M.PlanGoal.participant_id == p.id)
            .where(*mine, M.PlanGoal.deleted_at.is_(None), M.PlanGoal.status.in_(V.OPEN_GOAL_STATUSES),
                   M.PlanGoal.target_date <= today + timedelta(days=7))
            .order_by(M.PlanGoal.target_date).limit(limit)
        ).all()

    def items(rows, what=lambda r: "") -> list[TodayItem]:  # noqa: ANN001
        return [TodayItem(r[0], r[1], display_name(r[2], r[3]), r[4], what(r)) for r in rows]

    return TodayData(
        items(court, lambda r: r[5]),
        items(consents, lambda r: V.CONSENT_TYPE.label(r[5])),
        items(stale),
        items(goals, lambda r: r[5]),
        days,
    )


# ----- merge and undo -------------------------------------------------------------------------

MERGEABLE = (M.Contact, M.Assessment, M.PlanGoal, M.ServiceLinkage, M.HousingStatus, M.LegalCase, M.Consent,
             M.Disclosure, M.ParticipantAlias)


def merge_preview(site: SiteSession, kept_id: str, merged_id: str) -> dict[str, int]:
    """How many rows of each kind would move from the merged record to the kept one."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        _get_participant(session, kept_id)
        _get_participant(session, merged_id)
        return {model.__tablename__: len(_movable_ids(session, model, kept_id, merged_id)) for model in MERGEABLE}


def _movable_ids(session: Session, model: type, kept_id: str, merged_id: str) -> list[str]:
    """Rows of `model` a merge moves: all of the merged record's, except street names the kept one already has.

    A shared alias stays with the merged record (the kept one answers to it anyway), so the kept
    profile never lists it twice, and editing that profile during the merge cannot delete the
    merged record's copy before an undo hands it back.
    """
    query = select(model.id).where(model.participant_id == merged_id, model.deleted_at.is_(None))
    if model is not M.ParticipantAlias:
        return list(session.scalars(query))
    kept_aliases = {alias.casefold() for alias in _aliases(session, kept_id)}
    rows = session.execute(query.add_columns(M.ParticipantAlias.alias).order_by(M.ParticipantAlias.created_at)).all()
    out = []
    for row_id, alias in rows:
        if alias.casefold() not in kept_aliases:
            kept_aliases.add(alias.casefold())
            out.append(row_id)
    return out


def merge_participants(site: SiteSession, kept_id: str, merged_id: str) -> MergeInfo:
    """Move every record of `merged_id` onto `kept_id`; the merged record stays, marked, so the merge can be undone.

    The merged person's names become aliases of the kept one, so searches still find them.
    """
    site.require(Permission.EDIT_PARTICIPANTS)
    if kept_id == merged_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different records to merge."))
    with site.unit_of_work() as session:
        kept = _get_participant(session, kept_id)
        merged = _get_participant(session, merged_id)
        if kept.merged_into_id or merged.merged_into_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "One of these records has already been merged."))
        moved: dict[str, list[str]] = {}
        for model in MERGEABLE:
            ids = _movable_ids(session, model, kept_id, merged_id)
            if ids:
                session.execute(update(model).where(model.id.in_(ids)).values(participant_id=kept_id))
                moved[model.__tablename__] = ids
        alias_names = [display_name(merged.first_name, merged.last_name)]
        existing = {a.casefold() for a in _aliases(session, kept_id)}
        added = []
        for name in alias_names:
            if name != "—" and name.casefold() not in existing:
                alias = M.ParticipantAlias(participant_id=kept_id, alias=name[:80], updated_by=site.actor.account_id)
                session.add(alias)
                session.flush()
                added.append(alias.id)
        merged.merged_into_id = kept_id
        merged.updated_by = site.actor.account_id
        record = M.ParticipantMerge(kept_id=kept_id, merged_id=merged_id,
                                    moved=json.dumps({"moved": moved, "added_aliases": added}),
                                    merged_by=site.actor.account_id, updated_by=site.actor.account_id)
        session.add(record)
        session.flush()
        _touch_last_contact(session, kept_id)
        session.refresh(kept)
        _refresh_search(session, kept, _aliases(session, kept_id))
        site.audit(session, AuditAction.UPDATE, "participant", kept_id, merge=record.id, merged=merged_id)
        return MergeInfo(record.id, kept_id, merged_id, MappingProxyType({k: len(v) for k, v in moved.items()}), False)


def undo_merge(site: SiteSession, merge_id: str) -> MergeInfo:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        record = session.get(M.ParticipantMerge, merge_id)
        if record is None or record.undone_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This merge was already undone."))
        data = json.loads(record.moved)
        by_name = {model.__tablename__: model for model in MERGEABLE}
        for table, ids in data["moved"].items():
            model = by_name[table]
            session.execute(update(model).where(model.id.in_(ids)).values(participant_id=record.merged_id))
        for alias_id in data.get("added_aliases", []):
            alias = session.get(M.ParticipantAlias, alias_id)
            if alias is not None:
                alias.deleted_at = M.utcnow()
        merged = session.get(M.Participant, record.merged_id)
        merged.merged_into_id = None
        record.undone_at = M.utcnow()
        session.flush()
        for pid in (record.kept_id, record.merged_id):
            _touch_last_contact(session, pid)
            row = session.get(M.Participant, pid)
            session.refresh(row)
            _refresh_search(session, row, _aliases(session, pid))
        site.audit(session, AuditAction.UPDATE, "participant", record.kept_id, undo_merge=record.id)
        return MergeInfo(record.id, record.kept_id, record.merged_id,
                         MappingProxyType({k: len(v) for k, v in data["moved"].items()}), True)


def merges_for(site: SiteSession, participant_id: str) -> list[MergeInfo]:
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.scalars(
            select(M.ParticipantMerge)
            .where(or_(M.ParticipantMerge.kept_id == participant_id, M.ParticipantMerge.merged_id == participant_id))
            .order_by(M.ParticipantMerge.created_at.desc())
        ).all()
        return [
            MergeInfo(r.id, r.kept_id, r.merged_id,
                      MappingProxyType({k: len(v) for k, v in json.loads(r.moved)["moved"].items()}), r.undone_at is not None)
            for r in rows
        ]
