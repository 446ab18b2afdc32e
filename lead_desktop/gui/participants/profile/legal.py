"""The Legal tab: the person's other cases, next court date first (this week's marked), and their contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column, record_column
from lead_desktop.gui.widgets.look import DANGER, NOTICE
from lead_desktop.gui.widgets.text import format_date, translate_field_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession

COURT_COLUMN = 3


def court_text(record: svc.Record) -> str:
    text = format_date(record.values.get("next_court_at"))
    if "upcoming" in record.flags:
        return QCoreApplication.translate("ProfileWidget", "{date} — this week").format(date=text)
    return text


def court_tone(record: svc.Record) -> str | None:
    return DANGER if "upcoming" in record.flags else (NOTICE if "future" in record.flags else None)


def legal_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    leg = P.LEGAL_CASE_FORM
    tab = RecordsTab(
        site, participant_id, "legal_case",
        [
            field_column(leg, "jurisdiction"),
            field_column(leg, "case_number"),
            field_column(leg, "status"),
            record_column(
                translate_field_label(leg["next_court_at"].label),
                court_text,
                tone=court_tone,
                sort=lambda r: r.values.get("next_court_at"),
            ),
            field_column(leg, "prosecutor_contact"),
            field_column(leg, "defender_contact"),
        ],
        add_text=QCoreApplication.translate("ProfileWidget", "Add &legal case…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Legal case"),
        empty_text=QCoreApplication.translate("ProfileWidget", "No legal cases recorded."),
        editable=editable,
        parent=parent,
    )
    tab.view.sortByColumn(COURT_COLUMN, Qt.SortOrder.AscendingOrder)
    return tab
