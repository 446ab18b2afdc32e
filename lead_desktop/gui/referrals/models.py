"""Table models for the referral pages: rows are the services' frozen dataclasses, never ORM objects.

`ReferralTableModel` pages through the service like the participant list (100 rows
at a time, sorted and filtered in SQL). The intake queue, sources, checklist versions
and criteria are short lists held whole and sorted through a proxy with `SORT_ROLE`.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from lead_desktop.domain import referrals as R
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.gui.participants.common import OK, format_date, tone_dot, vocab_label
from lead_desktop.gui.participants.models import (
    ID_ROLE,
    SORT_ROLE,
    TONE_ROLE,
    Index,
    PagedQueryModel,
    RowsModel,
    _sortable,
    _Table,
)
from lead_desktop.gui.referrals.common import (
    INTAKE_TONES,
    OUTCOME_TONES,
    RESULT_TONES,
    criterion_text,
    intake_text,
    pathways_text,
    result_text,
)
from lead_desktop.services import referrals as svc

__all__ = ["ID_ROLE", "SORT_ROLE", "TONE_ROLE"]


class _Model(RowsModel):
    """In-memory lists with headers from the "referrals" context."""

    CONTEXT = "referrals"


# ----- the intake queue --------------------------------------------------------------------------


class QueueColumn(IntEnum):
    DAYS_LEFT = 0
    DUE_ON = 1
    NAME = 2
    PATHWAY = 3
    REFERRED = 4
    SOURCE = 5
    CASE_MANAGER = 6


class QueueModel(_Model):
    """Pending intakes, in the service's order (overdue first, then by days left)."""

    Column = QueueColumn
    HEADERS = {
        QueueColumn.DAYS_LEFT: QT_TRANSLATE_NOOP("referrals", "Days left"),
        QueueColumn.DUE_ON: QT_TRANSLATE_NOOP("referrals", "Intake due"),
        QueueColumn.NAME: QT_TRANSLATE_NOOP("referrals", "Name"),
        QueueColumn.PATHWAY: QT_TRANSLATE_NOOP("referrals", "Pathway"),
        QueueColumn.REFERRED: QT_TRANSLATE_NOOP("referrals", "Referred"),
        QueueColumn.SOURCE: QT_TRANSLATE_NOOP("referrals", "Referred by"),
        QueueColumn.CASE_MANAGER: QT_TRANSLATE_NOOP("referrals", "Case manager"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == QueueColumn.DAYS_LEFT:
                return intake_text(row.state, row.days_left)
            if column == QueueColumn.DUE_ON:
                return format_date(row.due_on)
            if column == QueueColumn.NAME:
                return row.name
            if column == QueueColumn.PATHWAY:
                return vocab_label(R.PATHWAY, row.pathway)
            if column == QueueColumn.REFERRED:
                return format_date(row.referred_at)
            if column == QueueColumn.SOURCE:
                return row.source
            return row.case_manager or QCoreApplication.translate("referrals", "unassigned")
        if role == SORT_ROLE:
            days = row.days_left if row.days_left is not None else 10**6  # no deadline: last
            values = (days, row.due_on, row.name, row.pathway, row.referred_at, row.source, row.case_manager)
            return _sortable(values[column])
        if role == ID_ROLE:
            return row.referral_id
        tone = INTAKE_TONES.get(row.state or "")
        if role == TONE_ROLE:
            return tone
        if role == Qt.ItemDataRole.ForegroundRole and column in (QueueColumn.DAYS_LEFT, QueueColumn.DUE_ON):
            return self._foreground(tone)
        if role == Qt.ItemDataRole.DecorationRole and column == QueueColumn.DAYS_LEFT and tone is not None:
            return tone_dot(tone)
        return None


# ----- all referrals (paged) ----------------------------------------------------------------------


class ReferralColumn(IntEnum):
    REFERRED = 0
    NAME = 1
    PATHWAY = 2
    SOURCE = 3
    RESULT = 4
    OUTCOME = 5
    INTAKE = 6


class ReferralTableModel(PagedQueryModel):
    """Referrals, fetched 100 at a time, filtered and sorted by the service in SQL."""

    Column = ReferralColumn
    HEADERS = {
        ReferralColumn.REFERRED: QT_TRANSLATE_NOOP("referrals", "Referred"),
        ReferralColumn.NAME: QT_TRANSLATE_NOOP("referrals", "Name"),
        ReferralColumn.PATHWAY: QT_TRANSLATE_NOOP("referrals", "Pathway"),
        ReferralColumn.SOURCE: QT_TRANSLATE_NOOP("referrals", "Referred by"),
        ReferralColumn.RESULT: QT_TRANSLATE_NOOP("referrals", "Screening"),
        ReferralColumn.OUTCOME: QT_TRANSLATE_NOOP("referrals", "Outcome"),
        ReferralColumn.INTAKE: QT_TRANSLATE_NOOP("referrals", "Intake deadline"),
    }
    SORT_KEYS = {
        ReferralColumn.REFERRED: "referred_at",
        ReferralColumn.NAME: "name",
        ReferralColumn.PATHWAY: "pathway",
        ReferralColumn.OUTCOME: "outcome",
        ReferralColumn.INTAKE: "due_on",
    }
    CONTEXT = "referrals"
    DEFAULT_SORT = ("referred_at", True)
    KEEP_FALSE_FILTERS = True

    def query(self, offset: int, limit: int, with_total: bool) -> svc.ReferralPage:
        return svc.list_referrals(self._site, sort=self._sort_key, descending=self._descending,
                                  limit=limit, offset=offset, **self._filters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ReferralColumn.REFERRED:
                return format_date(row.referred_at)
            if column == ReferralColumn.NAME:
                return f"{row.name} ({row.aliases})" if row.aliases else row.name
            if column == ReferralColumn.PATHWAY:
                return vocab_label(R.PATHWAY, row.pathway)
            if column == ReferralColumn.SOURCE:
                return row.source
            if column == ReferralColumn.RESULT:
                return result_text(row.result)
            if column == ReferralColumn.OUTCOME:
                return vocab_label(R.OUTCOME, row.outcome)
            if row.intake_state is not None:
                return intake_text(row.intake_state, row.days_left)
            return format_date(row.due_on)
        if role == SORT_ROLE:
            values = (row.referred_at, row.name, row.pathway, row.source, row.result or "", row.outcome, row.due_on)
            return _sortable(values[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ReferralColumn.RESULT:
                return self._foreground(RESULT_TONES.get(row.result))
            if column == ReferralColumn.OUTCOME:
                return self._foreground(OUTCOME_TONES.get(row.outcome))
            if column == ReferralColumn.INTAKE and row.intake_state:
                return self._foreground(INTAKE_TONES[row.intake_state])
        if role == Qt.ItemDataRole.DecorationRole and column == ReferralColumn.INTAKE and row.intake_state:
            return tone_dot(INTAKE_TONES[row.intake_state])
        return None


# ----- sources ----------------------------------------------------------------------------------


class AgencyColumn(IntEnum):
    NAME = 0
    KIND = 1
    REFERRALS = 2
    OFFICERS = 3
    ACTIVE = 4


class AgencyModel(_Model):
    Column = AgencyColumn
    HEADERS = {
        AgencyColumn.NAME: QT_TRANSLATE_NOOP("referrals", "Agency"),
        AgencyColumn.KIND: QT_TRANSLATE_NOOP("referrals", "Kind"),
        AgencyColumn.REFERRALS: QT_TRANSLATE_NOOP("referrals", "Referrals"),
        AgencyColumn.OFFICERS: QT_TRANSLATE_NOOP("referrals", "Officers"),
        AgencyColumn.ACTIVE: QT_TRANSLATE_NOOP("referrals", "Active"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, vocab_label(R.AGENCY_KIND, row.kind), str(row.referrals), str(row.officers),
                    _yes_no(row.active))[column]
        if role == SORT_ROLE:
            return _sortable((row.name, row.kind, row.referrals, row.officers, row.active)[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AgencyColumn.REFERRALS, AgencyColumn.OFFICERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OfficerColumn(IntEnum):
    NAME = 0
    BADGE = 1
    AGENCY = 2
    REFERRALS = 3
    ACTIVE = 4


class OfficerModel(_Model):
    Column = OfficerColumn
    HEADERS = {
        OfficerColumn.NAME: QT_TRANSLATE_NOOP("referrals", "Officer"),
        OfficerColumn.BADGE: QT_TRANSLATE_NOOP("referrals", "Badge"),
        OfficerColumn.AGENCY: QT_TRANSLATE_NOOP("referrals", "Agency"),
        OfficerColumn.REFERRALS: QT_TRANSLATE_NOOP("referrals", "Referrals"),
        OfficerColumn.ACTIVE: QT_TRANSLATE_NOOP("referrals", "Active"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.badge or "", row.agency, str(row.referrals), _yes_no(row.active))[column]
        if role == SORT_ROLE:
            return _sortable((row.name, row.badge, row.agency, row.referrals, row.active)[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OfficerColumn.REFERRALS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("referrals", "yes") if value else QCoreApplication.translate("referrals", "no")


# ----- the screening checklist ----------------------------------------------------------------


class VersionColumn(IntEnum):
    VERSION = 0
    SAVED = 1
    BY = 2
    REFERRALS = 3
    NOTE = 4


class ChecklistVersionModel(_Model):
    Column = VersionColumn
    HEADERS = {
        VersionColumn.VERSION: QT_TRANSLATE_NOOP("referrals", "Version"),
        VersionColumn.SAVED: QT_TRANSLATE_NOOP("referrals", "Saved"),
        VersionColumn.BY: QT_TRANSLATE_NOOP("referrals", "By"),
        VersionColumn.REFERRALS: QT_TRANSLATE_NOOP("referrals", "Screened"),
        VersionColumn.NOTE: QT_TRANSLATE_NOOP("referrals", "Note"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            saved = row.created_at.astimezone().replace(tzinfo=None) if row.created_at.tzinfo else row.created_at
            return (str(row.version), format_date(saved), row.created_by, str(row.referrals),
                    row.change_note or "")[column]
        if role == SORT_ROLE:
            return _sortable((row.version, row.created_at, row.created_by, row.referrals, row.change_note)[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == VersionColumn.VERSION and index.row() == 0:
            return tone_dot(OK)  # the version in use
        return None


class CriterionColumn(IntEnum):
    CRITERION = 0
    PATHWAYS = 1


class CriteriaModel(_Model):
    Column = CriterionColumn
    HEADERS = {
        CriterionColumn.CRITERION: QT_TRANSLATE_NOOP("referrals", "Excluded when"),
        CriterionColumn.PATHWAYS: QT_TRANSLATE_NOOP("referrals", "Applies to"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return criterion_text(row) if index.column() == CriterionColumn.CRITERION else pathways_text(row.pathways)
        if role == SORT_ROLE:
            return _sortable(f"{index.row():04d}" if index.column() == 0 else pathways_text(row.pathways))
        if role == ID_ROLE:
            return row.code
        return None
