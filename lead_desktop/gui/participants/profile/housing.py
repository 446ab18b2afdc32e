"""The Housing history tab: the person's living situation over time, in HMIS codes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column
from lead_desktop.services.session import SiteSession


def housing_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    h = P.HOUSING_FORM
    return RecordsTab(
        site, participant_id, "housing",
        [field_column(h, "effective_on"), field_column(h, "living_situation"), field_column(h, "note")],
        add_text=QCoreApplication.translate("ProfileWidget", "Add hou&sing status…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Housing status"),
        empty_text=QCoreApplication.translate("ProfileWidget", "No housing status recorded."),
        defaults=lambda: {"effective_on": datetime.now().date()},
        editable=editable,
        parent=parent,
    )
