"""Small builders the meeting tests (and the window's) share: a meeting, its attendance, a release."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as ps

TODAY = date.today()


def at(days: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY, datetime.min.time()) + timedelta(days=days, hours=hour)


def meeting(site, body_id, days=-14, **values):
    return mt.create_meeting(site, body_id, {"starts_at": at(days), "place": "City Hall, room 3", **values})


def mark_all(site, detail, status="present"):
    for a in detail.attendees:
        if a.voting:
            detail = mt.set_attendance(site, detail.id, a.key, status)
    return detail


def attendee(detail, name):
    return next(a for a in detail.attendees if a.name == name)


def release(site, participant_id, recipients, **changes):
    values = {
        "consent_type": "lead_multi_party", "sud": False, "disclosing_party": "Harbor Case Management",
        "recipients": recipients, "information": ["enrollment", "legal"], "purpose": "Case conferencing",
        "right_to_revoke_explained": True, "signer": "participant", "signed_on": TODAY - timedelta(days=30),
        "expires_on": TODAY + timedelta(days=300),
    }
    values.update(changes)
    return ps.add_record(site, "consent", participant_id, values)
