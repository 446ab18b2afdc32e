"""Search before create: the people already on file who may be the person about to be added
(similar name or alias, and the date of birth; domain.participants.duplicate_score)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.fields import parse_date
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import _escape_like, display_name
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


class DuplicatesFound(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This person may already be on file. Review the possible matches before saving."
    )

    def __init__(self, matches: list["DuplicateCandidate"]) -> None:
        super().__init__()
        self.matches = matches


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    lead_number: str
    name: str
    aliases: str
    dob: date | None
    score: float
    reasons: tuple[str, ...]


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
