"""What the participants modules share: the not-found error, a participant's display name, and
reading a participant with their aliases and search text.

`sort_name` and `search_text` are kept on the participant row so lists sort and search in SQL;
every change of a name or an alias (a profile save, a merge, an undo) refreshes them here.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.storage import models as M


class RecordNotFound(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "That record no longer exists. It may have been merged or removed.")


def display_name(first: object, last: object) -> str:
    return " ".join(str(p) for p in (first, last) if p) or "—"


def _today() -> date:
    return date.today()


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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


def _refresh_search(session: Session, row: M.Participant, aliases: list[str]) -> None:
    row.sort_name = P.fold(", ".join(x for x in (row.last_name, row.first_name) if x))[:170] or "~"
    row.search_text = P.search_text(row.lead_number, [row.first_name or "", row.middle_name or "", row.last_name or "", *aliases])
