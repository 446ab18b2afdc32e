"""OWG case conferencing: the participants discussed at an Operational Work Group meeting, kept
apart from the governance minutes (which only say how many people were discussed).

It names participants, so it needs VIEW_PARTICIPANTS besides the governance permissions (viewers
never get it), and every read is audited. Consent coverage: `consent_gaps` lists, per participant,
the attendees whose organizations no release in force covers (domain.governance.recipients_cover);
`shared_case_notes` is the notes as one attendee may receive them, the uncovered participants
redacted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain import participants as P
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.fields import validate
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.conflicts import check_version
from lead_desktop.services.governance.common import GovernanceRecordNotFound, _live, _today
from lead_desktop.services.meetings.attendance import Attendee, _attendees
from lead_desktop.services.meetings.editing import _meeting_for_edit, _renumber
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage import models_governance as GM


class NotCaseConferencing(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "Case conferencing belongs to the meetings of an Operational Work Group.")


@dataclass(frozen=True)
class CaseItemRow:
    id: str
    position: int
    participant_id: str
    lead_number: str
    name: str
    notes: str | None
    follow_up: str | None
    version: int = 0  # the row version this was read at; saves pass it as expected_version

    @property
    def values(self) -> dict:
        return {"participant_id": self.participant_id, "notes": self.notes, "follow_up": self.follow_up}


@dataclass(frozen=True)
class GapAttendee:
    key: str
    name: str
    organization: str  # "" when none is recorded (never covered)


@dataclass(frozen=True)
class ConsentGap:
    case_item_id: str
    participant_id: str
    lead_number: str
    name: str
    releases: int  # releases in force on the day
    uncovered: tuple[GapAttendee, ...]


@dataclass(frozen=True)
class SharedCaseItem:
    case_item_id: str
    participant: str  # the name, or the redaction mark
    lead_number: str  # "" when redacted
    redacted: bool
    notes: str
    follow_up: str


@dataclass(frozen=True)
class SharedCaseNotes:
    """Case-conference notes as one attendee may see them (the input of a shared-notes PDF)."""

    meeting_id: str
    body: str
    starts_at: datetime
    recipient: str
    recipient_organization: str
    items: tuple[SharedCaseItem, ...]
    site_name: str = ""


def _case_item_count(session: Session, meeting_id: str, viewer_on_server: bool) -> int:
    """How many participants the meeting case-conferenced. A viewer on a server may not read
    case_conference_item at all; the server's lead_case_item_count() counts for them (storage.server)."""
    if viewer_on_server:
        return int(session.scalar(select(func.lead_case_item_count(meeting_id))) or 0)
    return int(session.scalar(select(func.count()).select_from(GM.CaseConferenceItem).where(
        GM.CaseConferenceItem.meeting_id == meeting_id, GM.CaseConferenceItem.deleted_at.is_(None))) or 0)


def _require_case_view(site: SiteSession) -> None:
    site.require(Permission.VIEW_GOVERNANCE)
    site.require(Permission.VIEW_PARTICIPANTS)


def _require_case_edit(site: SiteSession) -> None:
    site.require(Permission.EDIT_GOVERNANCE)
    site.require(Permission.VIEW_PARTICIPANTS)


def _case_items(session: Session, meeting_id: str) -> list[GM.CaseConferenceItem]:
    c = GM.CaseConferenceItem
    return list(session.scalars(select(c).where(c.meeting_id == meeting_id, c.deleted_at.is_(None))
                                .order_by(c.position, c.created_at)))


def _participants(session: Session, ids: Iterable[str]) -> dict[str, M.Participant]:
    ids = set(ids)
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(M.Participant).where(M.Participant.id.in_(ids))).all()}


def _case_row(row: GM.CaseConferenceItem, person: M.Participant | None) -> CaseItemRow:
    return CaseItemRow(row.id, row.position, row.participant_id, person.lead_number if person else "",
                       display_name(person.first_name, person.last_name) if person else "", row.notes, row.follow_up,
                       row.row_version)


def list_case_items(site: SiteSession, meeting_id: str) -> list[CaseItemRow]:
    """The participants conferenced at an OWG meeting, with the discussion. Audited as a view."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        rows = _case_items(session, meeting.id)
        people = _participants(session, (r.participant_id for r in rows))
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id,
                   participants=[r.participant_id for r in rows])
        return [_case_row(r, people.get(r.participant_id)) for r in rows]


def _case_meeting_for_edit(session: Session, meeting_id: str) -> GM.Meeting:
    meeting = _meeting_for_edit(session, meeting_id)
    body = session.get(GM.GovBody, meeting.body_id)
    if body.kind != "owg":
        raise NotCaseConferencing()
    return meeting


def _check_participant(session: Session, participant_id: object) -> M.Participant:
    person = session.get(M.Participant, str(participant_id))
    if person is None or person.deleted_at is not None or person.merged_into_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a participant on file."), field="participant_id")
    return person


def add_case_item(site: SiteSession, meeting_id: str, values: Mapping) -> CaseItemRow:
    _require_case_edit(site)
    clean = validate(G.CASE_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        meeting = _case_meeting_for_edit(session, meeting_id)
        person = _check_participant(session, clean["participant_id"])
        items = _case_items(session, meeting.id)
        if any(i.participant_id == person.id for i in items):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This participant is already on the case-conference list."),
                field="participant_id",
            )
        _renumber(items)
        row = GM.CaseConferenceItem(meeting_id=meeting.id, position=len(items) + 1, updated_by=site.actor.account_id,
                                    **clean)
        session.add(row)
        session.flush()
        site.audit(session, AuditAction.CREATE, "case_conference_item", row.id, meeting=meeting.id,
                   participant=person.id)
        return _case_row(row, person)


def update_case_item(site: SiteSession, item_id: str, values: Mapping,
                     expected_version: int | None = None) -> CaseItemRow:
    _require_case_edit(site)
    clean = validate(G.CASE_ITEM_FORM, dict(values))
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        check_version(row, expected_version, G.CASE_ITEM_FORM, clean,
                      {name: getattr(row, name) for name in G.CASE_ITEM_FORM.names})
        person = _check_participant(session, clean["participant_id"])
        for key, value in clean.items():
            setattr(row, key, value)
        row.updated_by = site.actor.account_id
        session.flush()
        site.audit(session, AuditAction.UPDATE, "case_conference_item", row.id, meeting=row.meeting_id,
                   participant=person.id)
        return _case_row(row, person)


def remove_case_item(site: SiteSession, item_id: str) -> None:
    _require_case_edit(site)
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        row.deleted_at = M.utcnow()
        row.updated_by = site.actor.account_id
        session.flush()
        _renumber(_case_items(session, row.meeting_id))
        site.audit(session, AuditAction.DELETE, "case_conference_item", row.id, meeting=row.meeting_id)


def move_case_item(site: SiteSession, item_id: str, offset: int) -> None:
    _require_case_edit(site)
    with site.unit_of_work() as session:
        row = _live(session, GM.CaseConferenceItem, item_id)
        _case_meeting_for_edit(session, row.meeting_id)
        items = _case_items(session, row.meeting_id)
        index = next(i for i, item in enumerate(items) if item.id == row.id)
        target = max(0, min(len(items) - 1, index + offset))
        if target != index:
            items.insert(target, items.pop(index))
            _renumber(items)
            site.audit(session, AuditAction.UPDATE, "case_conference_item", row.id, meeting=row.meeting_id)


def _releases(session: Session, participant_ids: Iterable[str], day: date) -> dict[str, list[M.Consent]]:
    """Consents in force on `day` (signed by then, not expired, not revoked), per participant."""
    ids = set(participant_ids)
    if not ids:
        return {}
    rows = session.scalars(select(M.Consent).where(M.Consent.participant_id.in_(ids), M.Consent.deleted_at.is_(None))).all()
    out: dict[str, list[M.Consent]] = {}
    for consent in rows:
        if consent.signed_on <= day and P.consent_state(consent.expires_on, consent.revoked_on, day) in ("active", "expiring"):
            out.setdefault(consent.participant_id, []).append(consent)
    return out


def _org_aliases(session: Session) -> dict[str, tuple[str, ...]]:
    rows = session.execute(select(M.Organization.id, M.Organization.name, M.Organization.short_name)).all()
    return {r[0]: tuple(n for n in (r[1], r[2]) if n) for r in rows}


def _covers(consents: list[M.Consent], names: tuple[str, ...]) -> bool:
    """A release covers an attendee's organization when its recipients (or the disclosing party: the
    program itself) name it; see domain.governance.recipients_cover for the matching rule."""
    return any(G.recipients_cover(c.recipients, names) or G.recipients_cover(c.disclosing_party, names)
               for c in consents)


def _sharing_attendees(attendees: list[Attendee]) -> list[Attendee]:
    """Who will hear the case conference: everyone not marked absent or excused (unmarked lines
    count, so the list is useful before the meeting)."""
    return [a for a in attendees if a.status not in ("absent", "excused")]


def consent_gaps(site: SiteSession, meeting_id: str) -> list[ConsentGap]:
    """For each participant on the case-conference list, the attendees whose organizations no release
    in force covers. Releases are checked on the meeting day, or today when the meeting is past
    (domain.governance.consent_day). Attendees without an organization are never covered."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        items = _case_items(session, meeting.id)
        people = _participants(session, (i.participant_id for i in items))
        day = G.consent_day(meeting.starts_at.date(), _today())
        releases = _releases(session, people, day)
        aliases = _org_aliases(session)
        attendees = _sharing_attendees(_attendees(session, meeting))
        out = []
        for item in items:
            person = people.get(item.participant_id)
            consents = releases.get(item.participant_id, [])
            uncovered = tuple(
                GapAttendee(a.key, a.name, a.organization)
                for a in attendees
                if not (a.organisation_id and _covers(consents, aliases.get(a.organisation_id, ())))
            )
            out.append(ConsentGap(item.id, item.participant_id, person.lead_number if person else "",
                                  display_name(person.first_name, person.last_name) if person else "",
                                  len(consents), uncovered))
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id, consent_check=True,
                   participants=[i.participant_id for i in items])
        return out


def _names_of(session: Session, person: M.Participant) -> list[str]:
    aliases = session.scalars(select(M.ParticipantAlias.alias).where(
        M.ParticipantAlias.participant_id == person.id, M.ParticipantAlias.deleted_at.is_(None))).all()
    full = " ".join(n for n in (person.first_name, person.middle_name, person.last_name) if n)
    short = " ".join(n for n in (person.first_name, person.last_name) if n)
    return [full, short, person.first_name or "", person.middle_name or "", person.last_name or "",
            person.lead_number, *aliases]


def shared_case_notes(site: SiteSession, meeting_id: str, for_attendee: str) -> SharedCaseNotes:
    """The case-conference notes as `for_attendee` (an Attendee.key) may receive them: participants no
    release in force covers for the attendee's organization appear as "[participant — no release]",
    and their names, street names and LEAD number are blanked out of the notes too. Audited."""
    _require_case_view(site)
    with site.unit_of_work() as session:
        meeting = _live(session, GM.Meeting, meeting_id)
        body = session.get(GM.GovBody, meeting.body_id)
        attendee = next((a for a in _attendees(session, meeting) if a.key == for_attendee), None)
        if attendee is None:
            raise GovernanceRecordNotFound()
        items = _case_items(session, meeting.id)
        people = _participants(session, (i.participant_id for i in items))
        day = G.consent_day(meeting.starts_at.date(), _today())
        releases = _releases(session, people, day)
        names = _org_aliases(session).get(attendee.organisation_id or "", ())
        shared = []
        redacted_ids = []
        for item in items:
            person = people.get(item.participant_id)
            covered = bool(attendee.organisation_id) and _covers(releases.get(item.participant_id, []), names)
            if covered and person is not None:
                shared.append(SharedCaseItem(item.id, display_name(person.first_name, person.last_name),
                                             person.lead_number, False, item.notes or "", item.follow_up or ""))
            else:
                hidden = _names_of(session, person) if person is not None else []
                shared.append(SharedCaseItem(item.id, G.REDACTED, "", True, G.redact(item.notes, hidden),
                                             G.redact(item.follow_up, hidden)))
                redacted_ids.append(item.id)
        site.audit(session, AuditAction.VIEW, "case_conference", meeting.id, shared_with=attendee.key,
                   redacted=redacted_ids)
        return SharedCaseNotes(meeting.id, body.name, meeting.starts_at, attendee.name, attendee.organization,
                               tuple(shared), str(read_setting(session, "site_name")))
