"""The Services tab: linkages to housing, treatment and other providers, with the HMIS outcome."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column
from lead_desktop.services.session import SiteSession


def services_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    s = P.SERVICE_FORM
    return RecordsTab(
        site, participant_id, "service",
        [
            field_column(s, "service_type"),
            field_column(s, "provider"),
            field_column(s, "referred_on"),
            field_column(s, "outcome"),
            field_column(s, "outcome_on"),
            field_column(s, "note"),
        ],
        add_text=QCoreApplication.translate("ProfileWidget", "Add &service linkage…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Service linkage"),
        empty_text=QCoreApplication.translate("ProfileWidget", "No service linkages yet."),
        defaults=lambda: {"referred_on": datetime.now().date()},
        editable=editable,
        parent=parent,
    )
