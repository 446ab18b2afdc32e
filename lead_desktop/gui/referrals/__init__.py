"""Referral intake in the window: the Referrals page, its dialogs and the home page's intake summary.

`ReferralsPage` and `IntakeSummaryWidget` take the signed-in `SiteSession` and talk
only to services.referrals (and services.participants for case managers).
"""

from lead_desktop.gui.referrals.checklist import ChecklistDialog
from lead_desktop.gui.referrals.enroll import EnrollDialog
from lead_desktop.gui.referrals.page import ReferralsPage
from lead_desktop.gui.referrals.referral_dialog import ReferralDialog
from lead_desktop.gui.referrals.screening import ScreeningWidget
from lead_desktop.gui.referrals.summary import IntakeSummaryWidget

__all__ = ["ChecklistDialog", "EnrollDialog", "IntakeSummaryWidget", "ReferralDialog", "ReferralsPage",
           "ScreeningWidget"]
