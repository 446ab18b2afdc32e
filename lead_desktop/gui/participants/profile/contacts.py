"""The Contacts tab: every contact with the person (street, office, phone, court, …), newest first.

Record contact (Ctrl+Shift+C, also on the profile's header) starts at the current minute.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column, record_column
from lead_desktop.gui.widgets.look import WARNING
from lead_desktop.gui.widgets.text import translate_field_label
from lead_desktop.services.session import SiteSession


def now_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def contacts_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    c = P.CONTACT_FORM
    return RecordsTab(
        site, participant_id, "contact",
        [
            field_column(c, "at"),
            field_column(c, "contact_type"),
            field_column(c, "location"),
            field_column(c, "duration_minutes"),
            record_column(
                translate_field_label(c["unable_to_locate"].label),
                lambda r: QCoreApplication.translate("ProfileWidget", "Unable to locate")
                if r.values.get("unable_to_locate") else "",
                tone=lambda r: WARNING if r.values.get("unable_to_locate") else None,
            ),
            field_column(c, "note"),
        ],
        add_text=QCoreApplication.translate("ProfileWidget", "Record contact…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Record contact"),
        empty_text=QCoreApplication.translate(
            "ProfileWidget", "No contacts recorded yet. Use Record contact (Ctrl+Shift+C) after each one."),
        defaults=lambda: {"at": now_minute()},
        editable=editable,
        parent=parent,
    )
