"""The Assessment tab: needs by domain (housing, substance use, mental health, …) at each assessment."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column
from lead_desktop.services.session import SiteSession


def assessment_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    a = P.ASSESSMENT_FORM
    return RecordsTab(
        site, participant_id, "assessment",
        [field_column(a, "assessed_on")]
        + [field_column(a, f"need_{term.code}") for term in V.ASSESSMENT_DOMAIN]
        + [field_column(a, "summary")],
        add_text=QCoreApplication.translate("ProfileWidget", "Add a&ssessment…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Intake assessment"),
        empty_text=QCoreApplication.translate("ProfileWidget", "No assessment yet."),
        defaults=lambda: {"assessed_on": datetime.now().date()},
        editable=editable,
        parent=parent,
    )
