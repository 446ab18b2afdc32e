"""Table models for the referral pages: rows are the services' frozen dataclasses, never ORM objects.

`ReferralTableModel` pages through the service like the participant list (100 rows at a time,
sorted and filtered in SQL). The intake queue, sources, checklist versions and criteria are
short lists held whole and sorted through a proxy. Both are the shared models of
gui.widgets.tables; this module says what their columns show.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from lead_desktop.domain import organizations as O
from lead_desktop.domain import referrals as R
from lead_desktop.gui.referrals.common import (
    INTAKE_TONES,
    OUTCOME_TONES,
    RESULT_TONES,
    criterion_text,
    intake_text,
    pathways_text,
    result_text,
)
from lead_desktop.gui.widgets.look import OK
from lead_desktop.gui.widgets.tables import RIGHT, Column, PagedQueryModel, RowsModel
from lead_desktop.gui.widgets.text import format_date, vocab_label
from lead_desktop.services import referrals as svc


# ----- the intake queue --------------------------------------------------------------------------


class QueueColumn(IntEnum):
    DAYS_LEFT = 0
    DUE_ON = 1
    NAME = 2
    PATHWAY = 3
    REFERRED = 4
    SOURCE = 5
    CASE_MANAGER = 6


class QueueModel(RowsModel):
    """Pending intakes, in the service's order (overdue first, then by days left)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        tone = lambda r: INTAKE_TONES.get(r.state or "")  # noqa: E731
        super().__init__([
            Column(QCoreApplication.translate("referrals", "Days left"), lambda r: intake_text(r.state, r.days_left),
                   sort=lambda r: r.days_left if r.days_left is not None else 10**6,  # no deadline: last
                   tone=tone, dot=True),
            Column(QCoreApplication.translate("referrals", "Intake due"), lambda r: format_date(r.due_on),
                   sort=lambda r: r.due_on, tone=tone),
            Column(QCoreApplication.translate("referrals", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("referrals", "Pathway"), lambda r: vocab_label(R.PATHWAY, r.pathway),
                   sort=lambda r: r.pathway),
            Column(QCoreApplication.translate("referrals", "Referred"), lambda r: format_date(r.referred_at),
                   sort=lambda r: r.referred_at),
            Column(QCoreApplication.translate("referrals", "Referred by"), lambda r: r.source),
            Column(QCoreApplication.translate("referrals", "Case manager"),
                   lambda r: r.case_manager or QCoreApplication.translate("referrals", "unassigned"),
                   sort=lambda r: r.case_manager),
        ], parent, row_id=lambda r: r.referral_id)


# ----- all referrals (paged) ----------------------------------------------------------------------


class ReferralColumn(IntEnum):
    REFERRED = 0
    NAME = 1
    PATHWAY = 2
    SOURCE = 3
    RESULT = 4
    OUTCOME = 5
    INTAKE = 6


def _intake(row: svc.ReferralRow) -> str:
    if row.recorded_before:
        return QCoreApplication.translate("referrals", "Before LEAD Desktop")
    if row.intake_state is not None:
        return intake_text(row.intake_state, row.days_left)
    return format_date(row.due_on)


class ReferralTableModel(PagedQueryModel):
    """Referrals, fetched 100 at a time, filtered and sorted by the service in SQL."""

    SORT_KEYS = {
        ReferralColumn.REFERRED: "referred_at",
        ReferralColumn.NAME: "name",
        ReferralColumn.PATHWAY: "pathway",
        ReferralColumn.OUTCOME: "outcome",
        ReferralColumn.INTAKE: "due_on",
    }
    DEFAULT_SORT = ("referred_at", True)
    KEEP_FALSE_FILTERS = True

    def __init__(self, site, parent=None) -> None:  # noqa: ANN001
        super().__init__(site, [
            Column(QCoreApplication.translate("referrals", "Referred"), lambda r: format_date(r.referred_at),
                   sort=lambda r: r.referred_at),
            Column(QCoreApplication.translate("referrals", "Name"),
                   lambda r: f"{r.name} ({r.aliases})" if r.aliases else r.name, sort=lambda r: r.name),
            Column(QCoreApplication.translate("referrals", "Pathway"), lambda r: vocab_label(R.PATHWAY, r.pathway),
                   sort=lambda r: r.pathway),
            Column(QCoreApplication.translate("referrals", "Referred by"), lambda r: r.source),
            Column(QCoreApplication.translate("referrals", "Screening"), lambda r: result_text(r.result),
                   sort=lambda r: r.result or "", tone=lambda r: RESULT_TONES.get(r.result)),
            Column(QCoreApplication.translate("referrals", "Outcome"), lambda r: vocab_label(R.OUTCOME, r.outcome),
                   sort=lambda r: r.outcome, tone=lambda r: OUTCOME_TONES.get(r.outcome)),
            Column(QCoreApplication.translate("referrals", "Intake deadline"), _intake, sort=lambda r: r.due_on,
                   tone=lambda r: INTAKE_TONES[r.intake_state] if r.intake_state else None, dot=True),
        ], parent)

    def query(self, offset: int, limit: int, with_total: bool) -> svc.ReferralPage:
        return svc.list_referrals(self._site, sort=self._sort_key, descending=self._descending,
                                  limit=limit, offset=offset, **self._filters)


# ----- sources ----------------------------------------------------------------------------------


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("referrals", "yes") if value else QCoreApplication.translate("referrals", "no")


class AgencyColumn(IntEnum):
    NAME = 0
    KIND = 1
    REFERRALS = 2
    OFFICERS = 3
    ACTIVE = 4


class AgencyModel(RowsModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("referrals", "Organization"), lambda r: r.name),
            Column(QCoreApplication.translate("referrals", "Kind"), lambda r: vocab_label(O.ORGANIZATION_KIND, r.kind),
                   sort=lambda r: r.kind),
            Column(QCoreApplication.translate("referrals", "Referrals"), lambda r: str(r.referrals),
                   sort=lambda r: r.referrals, align=RIGHT),
            Column(QCoreApplication.translate("referrals", "Officers"), lambda r: str(r.officers),
                   sort=lambda r: r.officers, align=RIGHT),
            Column(QCoreApplication.translate("referrals", "Active"), lambda r: _yes_no(r.active),
                   sort=lambda r: r.active),
        ], parent)


class OfficerColumn(IntEnum):
    NAME = 0
    BADGE = 1
    AGENCY = 2
    REFERRALS = 3
    ACTIVE = 4


class OfficerModel(RowsModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("referrals", "Officer"), lambda r: r.name),
            Column(QCoreApplication.translate("referrals", "Badge"), lambda r: r.badge or ""),
            Column(QCoreApplication.translate("referrals", "Agency"), lambda r: r.agency),
            Column(QCoreApplication.translate("referrals", "Referrals"), lambda r: str(r.referrals),
                   sort=lambda r: r.referrals, align=RIGHT),
            Column(QCoreApplication.translate("referrals", "Active"), lambda r: _yes_no(r.active),
                   sort=lambda r: r.active),
        ], parent)


# ----- the screening checklist ----------------------------------------------------------------


class VersionColumn(IntEnum):
    VERSION = 0
    SAVED = 1
    BY = 2
    REFERRALS = 3
    NOTE = 4


def _saved(row: svc.ChecklistVersion) -> str:
    return format_date(row.created_at.astimezone().replace(tzinfo=None) if row.created_at.tzinfo else row.created_at)


class ChecklistVersionModel(RowsModel):
    """The checklist's versions, newest (the one in use, marked with a dot) first."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("referrals", "Version"), lambda r: str(r.version),
                   sort=lambda r: r.version, dot=self._in_use),
            Column(QCoreApplication.translate("referrals", "Saved"), _saved, sort=lambda r: r.created_at),
            Column(QCoreApplication.translate("referrals", "By"), lambda r: r.created_by),
            Column(QCoreApplication.translate("referrals", "Screened"), lambda r: str(r.referrals),
                   sort=lambda r: r.referrals),
            Column(QCoreApplication.translate("referrals", "Note"), lambda r: r.change_note or ""),
        ], parent)

    def _in_use(self, row: svc.ChecklistVersion) -> str | None:
        return OK if self._rows and row is self._rows[0] else None


class CriterionColumn(IntEnum):
    CRITERION = 0
    PATHWAYS = 1


class CriteriaModel(RowsModel):
    """The criteria of one version, in the checklist's order until a header is clicked."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("referrals", "Excluded when"), criterion_text,
                   sort=lambda r: f"{self._rows.index(r):04d}"),
            Column(QCoreApplication.translate("referrals", "Applies to"), lambda r: pathways_text(r.pathways)),
        ], parent, row_id=lambda r: r.code)
