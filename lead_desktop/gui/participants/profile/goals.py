"""The Plan goals tab: the Individual Intervention Plan in the person's words; goals due are marked."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.participants.profile.records import RecordsTab, field_column, record_column
from lead_desktop.gui.widgets.look import DANGER
from lead_desktop.gui.widgets.text import format_date, translate_field_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


def target_text(record: svc.Record) -> str:
    text = format_date(record.values.get("target_date"))
    return QCoreApplication.translate("ProfileWidget", "{date} — due").format(date=text) if "due" in record.flags \
        else text


def goals_tab(site: SiteSession, participant_id: str, editable: bool, parent: QWidget) -> RecordsTab:
    g = P.GOAL_FORM
    return RecordsTab(
        site, participant_id, "goal",
        [
            field_column(g, "goal"),
            field_column(g, "domain"),
            field_column(g, "status"),
            field_column(g, "set_on"),
            record_column(
                translate_field_label(g["target_date"].label),
                target_text,
                tone=lambda r: DANGER if "due" in r.flags else None,
                sort=lambda r: r.values.get("target_date"),
            ),
            field_column(g, "closed_on"),
        ],
        add_text=QCoreApplication.translate("ProfileWidget", "Add g&oal…"),
        dialog_title=QCoreApplication.translate("ProfileWidget", "Plan goal"),
        empty_text=QCoreApplication.translate(
            "ProfileWidget", "No plan goals yet. Goals are written with the participant, in their words."),
        defaults=lambda: {"set_on": datetime.now().date()},
        editable=editable,
        parent=parent,
    )
