"""The small referral dialogs, each a RecordDialog over a domain form: agencies (organizations of the one
list) and officers who refer,
a referral's outcome (ineligible, declined, intake not completed), and its intake and prosecutor dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import referrals as R
from lead_desktop.domain.fields import validate
from lead_desktop.gui.organization_dialog import organization_dialog
from lead_desktop.gui.referrals.common import days_left_text
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import DANGER, OK, WARNING, paint_label
from lead_desktop.gui.widgets.text import format_date, vocab_label
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession


def agency_dialog(site: SiteSession, parent: QWidget, row: svc.AgencyRow | None = None) -> RecordDialog:
    """A referring agency: an organization of the site's one list (gui.organization_dialog); saving returns its id."""
    dialog = organization_dialog(parent, lambda v: svc.save_agency(site, v),
                                 lambda v, version: svc.save_agency(site, v, row.id, expected_version=version),
                                 row, new_values={"kind": "law_enforcement", "refers_people": True})
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "New referring agency") if row is None
                          else QCoreApplication.translate("referrals", "Referring agency"))
    return dialog


def officer_dialog(site: SiteSession, parent: QWidget, row: svc.OfficerRow | None = None,
                   agency_id: str | None = None) -> RecordDialog:
    agencies = [(a.id, a.name) for a in svc.list_agencies(site) if a.active or (row and a.id == row.agency_id)]
    values = ({"agency_id": agency_id} if row is None
              else {"name": row.name, "badge": row.badge, "agency_id": row.agency_id, "active": row.active})
    if row is None:
        dialog = RecordDialog("", R.OFFICER_FORM, lambda v: svc.save_officer(site, v), values,
                              {"agency_id": agencies}, parent)
    else:
        dialog = RecordDialog("", R.OFFICER_FORM,
                              lambda v, version: svc.save_officer(site, v, row.id, expected_version=version),
                              values, {"agency_id": agencies}, parent, version=row.version)
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "New referring officer") if row is None
                          else QCoreApplication.translate("referrals", "Referring officer"))
    return dialog


def outcome_dialog(site: SiteSession, detail: svc.ReferralDetail, parent: QWidget) -> RecordDialog:
    """Record ineligible, declined, intake not completed — or set a referral back to pending."""
    choices = {"outcome": [(code, vocab_label(R.OUTCOME, code)) for code in R.RECORDABLE_OUTCOMES]}

    def submit(values: dict, version: int) -> svc.ReferralDetail:
        clean = validate(R.OUTCOME_FORM, values)
        return svc.set_outcome(site, detail.id, clean["outcome"], clean["outcome_on"], expected_version=version)

    current = detail.outcome if detail.outcome in R.RECORDABLE_OUTCOMES else None
    dialog = RecordDialog("", R.OUTCOME_FORM, submit, {"outcome": current, "outcome_on": date.today()}, choices,
                          parent, version=detail.version)
    dialog.setWindowTitle(QCoreApplication.translate("referrals", "Record outcome — {name}").format(name=detail.name))
    if detail.result == "ineligible" and detail.screening.reasons:
        dialog.intro.setText(QCoreApplication.translate("referrals", "Screened ineligible: {reasons}.").format(
            reasons="; ".join(QCoreApplication.translate("vocab", r) for r in detail.screening.reasons)))
        dialog.intro.setVisible(True)
    return dialog


def intake_dialog(site: SiteSession, detail: svc.ReferralDetail, parent: QWidget) -> RecordDialog:
    """Intake completed, prosecutor notified (date, how), charges filed (yes/no, date)."""
    dialog = RecordDialog("", R.INTAKE_FORM,
                          lambda values, version: svc.record_intake(site, detail.id, values, expected_version=version),
                          dict(detail.intake), None, parent, version=detail.version)
    dialog.setWindowTitle(
        QCoreApplication.translate("referrals", "Intake and prosecutor — {name}").format(name=detail.name))
    if detail.due_on is not None:
        dialog.intro.setText(QCoreApplication.translate("referrals", "Intake due {date} ({left}).").format(
            date=format_date(detail.due_on), left=days_left_text(detail.days_left)))
        left = detail.days_left or 0
        paint_label(dialog.intro, OK if left > R.DUE_SOON_DAYS else WARNING if left > 0 else DANGER)
        dialog.intro.setVisible(True)
    return dialog
