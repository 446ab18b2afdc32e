"""The data-quality list of a site's history (issue 16): each historical record and what it lacks.

Historical records are the referrals recorded before LEAD Desktop (a history import marks them) and
the participants enrolled before the day the site started using it (a site setting the first history
import sets), or whose enrollment date a history import worked out. The gaps are domain.data_quality's.
It names people: staff who see participant records only (never viewers).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from lead_desktop.domain import data_quality as DQ
from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import parse_date
from lead_desktop.domain.roles import Permission
from lead_desktop.domain.settings import STARTED_USING_SETTING
from lead_desktop.reports.data_quality import DataQualityDoc, QualityItem
from lead_desktop.services.participants.common import display_name
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M


def data_quality(site: SiteSession, *, today: date | None = None) -> DataQualityDoc:
    """What every historical record lacks, participants first (by LEAD number), then referrals (by date)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    p, r = M.Participant, M.Referral
    with site.unit_of_work() as session:
        text = read_setting(session, STARTED_USING_SETTING)
        started_on = parse_date(text) if text else None
        historical = [p.enrolled_on_source.is_not(None)]
        if started_on is not None:
            historical.append(p.enrolled_on < started_on)
        people = session.execute(
            select(p.id, p.lead_number, p.first_name, p.last_name, p.enrolled_on, p.enrolled_on_source, p.dob,
                   p.race_ethnicity, p.sex, p.status, p.exit_reason, p.exit_destination)
            .where(p.deleted_at.is_(None), p.merged_into_id.is_(None), or_(*historical))
            .order_by(p.sequence)).all()
        referrals = session.execute(
            select(r.id, r.pathway, r.referred_at, r.first_name, r.last_name, r.agency_id, r.officer_id,
                   r.referring_person, r.alleged_offences, r.handoff_at, r.screening_result, r.override_result,
                   r.outcome, r.dob, r.race_ethnicity, r.sex)
            .where(r.deleted_at.is_(None), r.recorded_before.is_(True)).order_by(r.referred_at, r.id)).all()
    items = []
    for (pid, number, first, last, enrolled, source, dob, race, sex, status, reason, destination) in people:
        gaps = DQ.participant_gaps(enrolled_on_source=source, dob=dob, race_ethnicity=race, sex=sex, status=status,
                                   exit_reason=reason, exit_destination=destination)
        if gaps:
            items.append(QualityItem("participant", pid, number, display_name(first, last), enrolled, gaps))
    for (rid, pathway, referred, first, last, agency, officer, person, offenses, handoff, result, override,
         outcome, dob, race, sex) in referrals:
        gaps = DQ.referral_gaps(pathway=pathway, agency_id=agency, officer_id=officer, referring_person=person,
                                alleged_offenses=offenses, handoff_at=handoff, screening_result=result,
                                override_result=override, outcome=outcome, dob=dob, race_ethnicity=race, sex=sex)
        if gaps:
            items.append(QualityItem("referral", rid, R.PATHWAY.label(pathway), display_name(first, last), referred,
                                     gaps))
    return DataQualityDoc(site.site_name, today or date.today(), started_on, len(people), len(referrals),
                          tuple(items))
