"""Referral intake: the three LEAD pathways, eligibility screening, enrollment and the legal intake clock.

Roles as for participants: reading needs Permission.VIEW_PARTICIPANTS (viewers see no
referrals), changing needs EDIT_PARTICIPANTS, and editing the screening checklist needs
EDIT_SCREENING (administrators and the project manager). Every change and every opened
referral is audited with ids and codes only.

One module per job; this package re-exports their public names, so callers may write
`referrals.create_referral(...)`:

* sources — referring agencies and officers
* checklist — the versioned screening checklist
* referral — one referral: record, screen, override, intake, outcome
* enrollment — enrolling the referred person, exactly once
* lists — referral lists, the intake queue and the home-page summary
* common — what they share
"""

from __future__ import annotations

from lead_desktop.services.referrals.checklist import (
    ChecklistVersion, checklist_versions, current_checklist, save_checklist,
)
from lead_desktop.services.referrals.enrollment import Enrollment, enroll, enrollment_matches
from lead_desktop.services.referrals.lists import (
    MAX_PAGE, QUEUE_LIMIT, SORT_COLUMNS, IntakeSummary, QueueItem, ReferralPage, ReferralRow, intake_queue,
    intake_summary, list_referrals, referral_counts,
)
from lead_desktop.services.referrals.referral import (
    ReferralDetail, clear_override, create_referral, get_referral, insert_referral, record_intake, screen_referral,
    set_outcome, set_override, update_referral,
)
from lead_desktop.services.referrals.sources import (
    AgencyRow, OfficerRow, list_agencies, list_officers, save_agency, save_officer,
)

__all__ = [
    "ChecklistVersion", "checklist_versions", "current_checklist", "save_checklist", "Enrollment", "enroll",
    "enrollment_matches", "MAX_PAGE", "QUEUE_LIMIT", "SORT_COLUMNS", "IntakeSummary", "QueueItem", "ReferralPage",
    "ReferralRow", "intake_queue", "intake_summary", "list_referrals", "referral_counts", "ReferralDetail",
    "clear_override", "create_referral", "get_referral", "insert_referral", "record_intake", "screen_referral",
    "set_outcome", "set_override", "update_referral", "AgencyRow", "OfficerRow", "list_agencies", "list_officers",
    "save_agency", "save_officer",
]
