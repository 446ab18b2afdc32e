"""Table models for the participant pages: rows are the services' frozen dataclasses, never ORM objects.

`ParticipantTableModel` is the big one: it holds one page of rows at a time and asks the
service for the next page only when the view scrolls near the end; sorting re-queries SQL,
so 50,000 people cost the same as 100. The others are small lists (a caseload summary,
merges, the Today lists) sorted in memory through a proxy. Both kinds are the shared models
of gui.widgets.tables; this module says what their columns show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from lead_desktop.domain import vocab as V
from lead_desktop.gui.participants.common import CASELOAD_TONES, STATUS_TONES
from lead_desktop.gui.widgets.look import MUTED, NOTICE
from lead_desktop.gui.widgets.tables import RIGHT, Column, PagedQueryModel, RowsModel
from lead_desktop.gui.widgets.text import format_date, lead_number_text, vocab_label
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


# ----- the participant list ------------------------------------------------------------------


class ParticipantColumn(IntEnum):
    LEAD_NUMBER = 0
    NAME = 1
    ALIASES = 2
    DOB = 3
    STATUS = 4
    CASE_MANAGER = 5
    LAST_CONTACT = 6


def _last_contact(row: svc.ParticipantRow) -> str:
    when = row.last_contact_at
    return format_date(when.date() if when else None) or QCoreApplication.translate("participants", "never")


class ParticipantTableModel(PagedQueryModel):
    """Participants, fetched 100 at a time, filtered and sorted by the service in SQL."""

    SORT_KEYS = {
        ParticipantColumn.LEAD_NUMBER: "lead_number",
        ParticipantColumn.NAME: "name",
        ParticipantColumn.DOB: "dob",
        ParticipantColumn.STATUS: "status",
        ParticipantColumn.CASE_MANAGER: "case_manager",
        ParticipantColumn.LAST_CONTACT: "last_contact",
    }
    DEFAULT_SORT = ("name", False)

    def __init__(self, site: SiteSession, parent=None) -> None:  # noqa: ANN001
        super().__init__(site, [
            Column(QCoreApplication.translate("participants", "LEAD number"), lambda r: lead_number_text(r.lead_number),
                   sort=lambda r: r.lead_number),
            Column(QCoreApplication.translate("participants", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("participants", "Aliases / street names"), lambda r: r.aliases),
            Column(QCoreApplication.translate("participants", "Date of birth"), lambda r: format_date(r.dob),
                   sort=lambda r: r.dob),
            Column(QCoreApplication.translate("participants", "Status"),
                   lambda r: vocab_label(V.PARTICIPANT_STATUS, r.status), sort=lambda r: r.status,
                   tone=lambda r: STATUS_TONES.get(r.status)),
            Column(QCoreApplication.translate("participants", "Case manager"),
                   lambda r: r.case_manager or QCoreApplication.translate("participants", "unassigned"),
                   sort=lambda r: r.case_manager),
            Column(QCoreApplication.translate("participants", "Last contact"), _last_contact,
                   sort=lambda r: r.last_contact_at),
        ], parent)

    def query(self, offset: int, limit: int, with_total: bool) -> svc.ParticipantPage:
        return svc.list_participants(
            self._site,
            sort=self._sort_key,
            descending=self._descending,
            limit=limit,
            offset=offset,
            with_total=with_total,
            **self._filters,
        )


# ----- caseloads --------------------------------------------------------------------------


class CaseloadColumn(IntEnum):
    CASE_MANAGER = 0
    ACTIVE = 1
    STATE = 2


def caseload_state_text(state: str) -> str:
    template = {
        "ok": QCoreApplication.translate("participants", "within standard"),
        "over_average": QCoreApplication.translate("participants", "over average ({average})"),
        "over_maximum": QCoreApplication.translate("participants", "over maximum ({maximum})"),
    }[state]
    return template.format(average=V.CASELOAD_AVERAGE, maximum=V.CASELOAD_MAXIMUM)


class CaseloadModel(RowsModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        tone = lambda r: CASELOAD_TONES[r.state]  # noqa: E731
        super().__init__([
            Column(QCoreApplication.translate("participants", "Case manager"), lambda r: r.case_manager),
            Column(QCoreApplication.translate("participants", "Active"), lambda r: str(r.active),
                   sort=lambda r: r.active, tone=tone, align=RIGHT),
            Column(QCoreApplication.translate("participants", "Standard"), lambda r: caseload_state_text(r.state),
                   sort=lambda r: r.state, tone=tone, dot=True),
        ], parent, row_id=lambda r: r.case_manager_id)


# ----- duplicate candidates, merges, Today lists ----------------------------------------------


@dataclass(frozen=True)
class MergeRow:
    info: svc.MergeInfo
    merged_here: bool  # True: the other record was merged into this one
    other: str  # the other record's LEAD number and name


def moved_text(moved: dict[str, int] | object) -> str:
    """What a merge moves (or would move), in words: "3 contacts, 1 consent"."""
    labels = {  # (one, several): languages with more plural forms get them from the translator
        "contact": (
            QCoreApplication.translate("participants", "1 contact"),
            QCoreApplication.translate("participants", "{n} contacts"),
        ),
        "assessment": (
            QCoreApplication.translate("participants", "1 assessment"),
            QCoreApplication.translate("participants", "{n} assessments"),
        ),
        "plan_goal": (
            QCoreApplication.translate("participants", "1 plan goal"),
            QCoreApplication.translate("participants", "{n} plan goals"),
        ),
        "service_linkage": (
            QCoreApplication.translate("participants", "1 service linkage"),
            QCoreApplication.translate("participants", "{n} service linkages"),
        ),
        "housing_status": (
            QCoreApplication.translate("participants", "1 housing status"),
            QCoreApplication.translate("participants", "{n} housing statuses"),
        ),
        "legal_case": (
            QCoreApplication.translate("participants", "1 legal case"),
            QCoreApplication.translate("participants", "{n} legal cases"),
        ),
        "consent": (
            QCoreApplication.translate("participants", "1 consent"),
            QCoreApplication.translate("participants", "{n} consents"),
        ),
        "disclosure": (
            QCoreApplication.translate("participants", "1 disclosure"),
            QCoreApplication.translate("participants", "{n} disclosures"),
        ),
        "participant_alias": (
            QCoreApplication.translate("participants", "1 alias"),
            QCoreApplication.translate("participants", "{n} aliases"),
        ),
    }
    parts = []
    for table, count in dict(moved).items():
        if not count:
            continue
        one, many = labels.get(table, ("1 " + table, "{n} " + table))
        parts.append(one if count == 1 else many.format(n=count))
    return ", ".join(parts) or QCoreApplication.translate("participants", "no records")


def _merge_what(row: MergeRow) -> str:
    if row.merged_here:
        return QCoreApplication.translate("participants", "Merged into this record")
    return QCoreApplication.translate("participants", "This record was merged into")


def _merge_state(row: MergeRow) -> str:
    if row.info.undone:
        return QCoreApplication.translate("participants", "Undone")
    return QCoreApplication.translate("participants", "In effect")


class MergeModel(RowsModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("participants", "Merge"), _merge_what),
            Column(QCoreApplication.translate("participants", "Other record"), lambda r: r.other),
            Column(QCoreApplication.translate("participants", "Records moved"), lambda r: moved_text(r.info.moved)),
            Column(QCoreApplication.translate("participants", "State"), _merge_state,
                   tone=lambda r: MUTED if r.info.undone else NOTICE),
        ], parent, row_id=lambda r: r.info.id)


class TodayColumn(IntEnum):
    WHEN = 0
    NAME = 1
    LEAD_NUMBER = 2
    WHAT = 3


class TodayModel(RowsModel):
    def __init__(self, when_header: str = "When", parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(when_header, lambda r: format_date(r.when) or QCoreApplication.translate("participants", "never"),
                   sort=lambda r: r.when),
            Column(QCoreApplication.translate("participants", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("participants", "LEAD number"), lambda r: lead_number_text(r.lead_number),
                   sort=lambda r: r.lead_number),
            Column(QCoreApplication.translate("participants", "What"),
                   lambda r: QCoreApplication.translate("vocab", r.what), sort=lambda r: r.what),
        ], parent, row_id=lambda r: r.participant_id)
