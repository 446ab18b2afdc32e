"""Changing a meeting's records: once its minutes are approved, the meeting, its agenda, attendance,
decisions, action items and case-conference notes refuse every change (MinutesSettled) — a recorded
amendment is the only way to correct them; a lifecycle step that does not fit the minutes' state is
MinutesStep. New agenda items, decisions and case items are numbered under the write lock."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.governance.common import _live
from lead_desktop.storage import models_governance as GM
from lead_desktop.storage.sqlfuncs import serialize_writes


class MinutesSettled(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The minutes of this meeting were approved on {date} and can no longer be changed. "
        "Record an amendment instead.",
    )


class MinutesStep(KnownError):
    """A lifecycle step that does not fit the minutes' current state; the template given says why."""

    template = QT_TRANSLATE_NOOP("errors", "This step does not fit the minutes' current state.")


def _editable(meeting: GM.Meeting) -> None:
    if not G.minutes_editable(meeting.minutes_status):
        when = meeting.approved_on.isoformat() if meeting.approved_on else ""
        raise MinutesSettled(date=when)


def _meeting_for_edit(session: Session, meeting_id: str) -> GM.Meeting:
    serialize_writes(session)  # positions of new agenda items, decisions and case items are counted next
    meeting = _live(session, GM.Meeting, meeting_id)
    _editable(meeting)
    return meeting


def _renumber(items: list) -> None:
    for index, item in enumerate(items, start=1):
        if item.position != index:
            item.position = index
