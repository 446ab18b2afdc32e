"""Small builders the referral tests (and the window's) share: sources, an arrest diversion, answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from lead_desktop.domain import referrals as R
from lead_desktop.services import referrals as rs
from lead_desktop.services.session import SiteSession

TODAY = date.today()


def at(days: int = 0, hour: int = 9, minute: int = 0) -> datetime:
    """A local time `days` from today (negative: in the past)."""
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time()).replace(hour=hour, minute=minute)


def sources(site: SiteSession) -> tuple[str, str]:
    """A police department and one of its officers (created once per site)."""
    for agency in rs.list_agencies(site):
        if agency.name == "Harbour Police Department":
            officer = next(o for o in rs.list_officers(site, agency_id=agency.id))
            return agency.id, officer.id
    agency_id = rs.save_agency(site, {"name": "Harbour Police Department", "kind": "law_enforcement"})
    officer_id = rs.save_officer(site, {"name": "Officer Dana Reyes", "badge": "4411", "agency_id": agency_id})
    return agency_id, officer_id


def clear_answers(pathway: str) -> dict:
    """Checklist answers under which nobody is excluded (the default checklist)."""
    out = {}
    for c in R.DEFAULT_CHECKLIST:
        if c.applies_to(pathway):
            out[c.code] = {
                R.CriterionKind.YES_NO: False,
                R.CriterionKind.MINIMUM_AGE: False,
                R.CriterionKind.QUANTITY: 0,
                R.CriterionKind.LOOKBACK: R.NONE_ANSWER,
                R.CriterionKind.RECENT_ACTIVITY: (TODAY - timedelta(days=40)).isoformat(),
            }[c.kind]
    return out


def arrest_values(site: SiteSession, days: int = -1, **values: object) -> dict:
    agency_id, officer_id = sources(site)
    return {
        "pathway": "arrest_diversion", "referred_at": at(days), "handoff_at": at(days, 9, 25),
        "first_name": "Marcus", "last_name": "Okafor", "dob": "1984-02-11", "race_ethnicity": ["3"], "sex": "1",
        "agency_id": agency_id, "officer_id": officer_id, "location": "5th and Pine",
        "alleged_offences": "Possession of a controlled substance", **values,
    }


def arrest(site: SiteSession, days: int = -1, answers: dict | None = None, **values: object) -> rs.ReferralDetail:
    if answers is None:
        answers = clear_answers("arrest_diversion")
    return rs.create_referral(site, arrest_values(site, days, **values), answers)


def referral_count(site: SiteSession) -> int:
    return rs.list_referrals(site, limit=1).total
