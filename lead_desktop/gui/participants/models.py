"""Table models for the participant pages: rows are the services' frozen dataclasses, never ORM objects.

`ParticipantTableModel` is the big one: it holds one page of rows at a time and
asks the service for the next page only when the view scrolls near the end
(canFetchMore/fetchMore); sorting re-queries SQL, so 50,000 people cost the same
as 100. The other models are small (one person's records, a caseload summary)
and are sorted in memory through a proxy using `SORT_ROLE`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.gui.participants.common import (
    CASELOAD_TONES,
    STATUS_TONES,
    format_date,
    tone_colour,
    tone_dot,
    vocab_label,
)
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def _sortable(value: object) -> str:
    """One comparable form for every cell (strings): dates as ISO text, numbers zero-padded, text case-folded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return f"{value + 10**12:013d}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).casefold()


class _Table(QAbstractTableModel):
    """Shared plumbing: a Column enum, translated headers, no children."""

    Column: type[IntEnum]
    HEADERS: dict[int, str] = {}
    CONTEXT = "participants"  # the translation context of HEADERS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.Column)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    @staticmethod
    def _foreground(tone: str | None):
        if tone is None:
            return None
        return tone_colour(tone, QGuiApplication.palette())


class RowsModel(_Table):
    """A small list held in memory (one person's records, a caseload summary): rows in, rows out."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):  # noqa: ANN201 - the service's row dataclass
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)


class PagedQueryModel(_Table):
    """A list paged and sorted by a service in SQL: one page first, more as the view scrolls.

    Subclasses set SORT_KEYS (column → the service's sort key), DEFAULT_SORT and
    `query(offset, limit, with_total)`, which calls the service with the current
    filters and sort and returns a page (`.rows`, `.total`).
    """

    SORT_KEYS: dict[int, str] = {}
    DEFAULT_SORT: tuple[str, bool] = ("", False)
    PAGE_SIZE = 100
    KEEP_FALSE_FILTERS = False  # False is a real filter value for some services, "no filter" for others

    loaded = Signal(int)  # the total number of matching rows, after each reload
    failed = Signal(object)  # a KnownError from the service (e.g. PermissionDenied)

    def __init__(self, site: SiteSession, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._site = site
        self._rows: list = []
        self._total = 0
        self._filters: dict = {}
        self._sort_key, self._descending = self.DEFAULT_SORT
        self.queries = 0  # service calls made (for tests of lazy paging)

    def query(self, offset: int, limit: int, with_total: bool):  # noqa: ANN201 - a service page
        raise NotImplementedError

    # ----- queries ---------------------------------------------------------------------------

    def set_filters(self, **filters: object) -> None:
        """Filters as the service takes them; reloads."""
        empty = (None, "") if self.KEEP_FALSE_FILTERS else (None, "", False)
        self._filters = {k: v for k, v in filters.items() if v not in empty}
        self.reload()

    @property
    def filters(self) -> dict:
        return dict(self._filters)

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    @property
    def total(self) -> int:
        return self._total

    def _fetch(self, offset: int, with_total: bool):  # noqa: ANN202
        self.queries += 1
        try:
            return self.query(offset, self.PAGE_SIZE, with_total)
        except KnownError as error:
            self.failed.emit(error)
            return None

    def reload(self) -> None:
        """First page and the total, in one service call."""
        page = self._fetch(0, True)
        self.beginResetModel()
        self._rows = list(page.rows) if page else []
        self._total = page.total if page else 0
        self.endResetModel()
        self.loaded.emit(self._total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self._fetch(len(self._rows), False)
        if page is None:
            return
        rows = page.rows
        if not rows:  # rows vanished since the count (e.g. merged meanwhile): stop asking
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return  # not a sortable column; the page restores the indicator
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self.queries:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key == self._sort_key:
                return int(column)
        return next(c for c, k in self.SORT_KEYS.items() if k == self.DEFAULT_SORT[0])

    def row_at(self, row: int):  # noqa: ANN201 - the service's row dataclass
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)


# ----- the participant list ------------------------------------------------------------------


class ParticipantColumn(IntEnum):
    LEAD_NUMBER = 0
    NAME = 1
    ALIASES = 2
    DOB = 3
    STATUS = 4
    CASE_MANAGER = 5
    LAST_CONTACT = 6


class ParticipantTableModel(PagedQueryModel):
    """Participants, fetched 100 at a time, filtered and sorted by the service in SQL."""

    Column = ParticipantColumn
    HEADERS = {
        ParticipantColumn.LEAD_NUMBER: QT_TRANSLATE_NOOP("participants", "LEAD number"),
        ParticipantColumn.NAME: QT_TRANSLATE_NOOP("participants", "Name"),
        ParticipantColumn.ALIASES: QT_TRANSLATE_NOOP("participants", "Aliases / street names"),
        ParticipantColumn.DOB: QT_TRANSLATE_NOOP("participants", "Date of birth"),
        ParticipantColumn.STATUS: QT_TRANSLATE_NOOP("participants", "Status"),
        ParticipantColumn.CASE_MANAGER: QT_TRANSLATE_NOOP("participants", "Case manager"),
        ParticipantColumn.LAST_CONTACT: QT_TRANSLATE_NOOP("participants", "Last contact"),
    }
    SORT_KEYS = {
        ParticipantColumn.LEAD_NUMBER: "lead_number",
        ParticipantColumn.NAME: "name",
        ParticipantColumn.DOB: "dob",
        ParticipantColumn.STATUS: "status",
        ParticipantColumn.CASE_MANAGER: "case_manager",
        ParticipantColumn.LAST_CONTACT: "last_contact",
    }
    DEFAULT_SORT = ("name", False)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ParticipantColumn.LEAD_NUMBER:
                return row.lead_number
            if column == ParticipantColumn.NAME:
                return row.name
            if column == ParticipantColumn.ALIASES:
                return row.aliases
            if column == ParticipantColumn.DOB:
                return format_date(row.dob)
            if column == ParticipantColumn.STATUS:
                return vocab_label(V.PARTICIPANT_STATUS, row.status)
            if column == ParticipantColumn.CASE_MANAGER:
                return row.case_manager or QCoreApplication.translate("participants", "unassigned")
            if column == ParticipantColumn.LAST_CONTACT:
                when = row.last_contact_at
                return format_date(when.date() if when else None) or QCoreApplication.translate("participants", "never")
        if role == SORT_ROLE:
            values = (
                row.lead_number,
                row.name,
                row.aliases,
                row.dob,
                row.status,
                row.case_manager,
                row.last_contact_at,
            )
            return _sortable(values[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == ParticipantColumn.STATUS:
            return self._foreground(STATUS_TONES.get(row.status))
        return None


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
    Column = CaseloadColumn
    HEADERS = {
        CaseloadColumn.CASE_MANAGER: QT_TRANSLATE_NOOP("participants", "Case manager"),
        CaseloadColumn.ACTIVE: QT_TRANSLATE_NOOP("participants", "Active"),
        CaseloadColumn.STATE: QT_TRANSLATE_NOOP("participants", "Standard"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CaseloadColumn.CASE_MANAGER:
                return row.case_manager
            if column == CaseloadColumn.ACTIVE:
                return str(row.active)
            return caseload_state_text(row.state)
        if role == SORT_ROLE:
            return (row.case_manager.casefold(), f"{row.active:08d}", row.state)[column]
        if role == ID_ROLE:
            return row.case_manager_id
        if role == TONE_ROLE:
            return CASELOAD_TONES[row.state]
        if role == Qt.ItemDataRole.ForegroundRole and column != CaseloadColumn.CASE_MANAGER:
            return self._foreground(CASELOAD_TONES[row.state])
        if role == Qt.ItemDataRole.DecorationRole and column == CaseloadColumn.STATE:
            return tone_dot(CASELOAD_TONES[row.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CaseloadColumn.ACTIVE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# ----- one person's records (contacts, goals, consents, …) ----------------------------------


@dataclass(frozen=True)
class RecordColumn:
    """One column of a record table: header, how to show a record, optional tone and sort key."""

    header: str  # translated by the caller
    display: Callable[[svc.Record], str]
    tone: Callable[[svc.Record], str | None] | None = None
    sort: Callable[[svc.Record], object] | None = None


class RecordTableModel(QAbstractTableModel):
    """A person's records of one kind. Columns vary by kind, so they are given, not an enum;
    each kind's column list lives in profile.py next to its tab."""

    def __init__(self, columns: Sequence[RecordColumn], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[svc.Record] = []

    def set_records(self, records: Sequence[svc.Record]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[svc.Record]:
        return list(self._rows)

    def record_at(self, row: int) -> svc.Record:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self._rows))
            or not (0 <= index.column() < len(self.columns))
        ):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(record)
            return text if len(text) > 40 else None
        if role == SORT_ROLE:
            return _sortable(column.sort(record) if column.sort else column.display(record))
        if role == ID_ROLE:
            return record.id
        if column.tone is not None:
            tone = column.tone(record)
            if role == TONE_ROLE:
                return tone
            if role == Qt.ItemDataRole.ForegroundRole and tone:
                return tone_colour(tone, QGuiApplication.palette())
            if role == Qt.ItemDataRole.DecorationRole and tone:
                return tone_dot(tone)
        return None


# ----- duplicate candidates, merges, Today lists ----------------------------------------------


class CandidateColumn(IntEnum):
    NAME = 0
    LEAD_NUMBER = 1
    DOB = 2
    ALIASES = 3
    REASONS = 4


class CandidateModel(RowsModel):
    """Possible matches for a new person (or records to merge with)."""

    Column = CandidateColumn
    HEADERS = {
        CandidateColumn.NAME: QT_TRANSLATE_NOOP("participants", "Name"),
        CandidateColumn.LEAD_NUMBER: QT_TRANSLATE_NOOP("participants", "LEAD number"),
        CandidateColumn.DOB: QT_TRANSLATE_NOOP("participants", "Date of birth"),
        CandidateColumn.ALIASES: QT_TRANSLATE_NOOP("participants", "Aliases"),
        CandidateColumn.REASONS: QT_TRANSLATE_NOOP("participants", "Why it may match"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CandidateColumn.REASONS:
                reasons = [QCoreApplication.translate("vocab", r) for r in row.reasons]
                return ", ".join(reasons)
            return (row.name, row.lead_number, format_date(row.dob), row.aliases)[column]
        if role == SORT_ROLE:
            return _sortable((row.name, row.lead_number, row.dob, row.aliases, f"{row.score:.3f}")[column])
        if role == ID_ROLE:
            return row.id
        return None


class MergeColumn(IntEnum):
    WHAT = 0
    OTHER = 1
    MOVED = 2
    STATE = 3


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


class MergeModel(RowsModel):
    Column = MergeColumn
    HEADERS = {
        MergeColumn.WHAT: QT_TRANSLATE_NOOP("participants", "Merge"),
        MergeColumn.OTHER: QT_TRANSLATE_NOOP("participants", "Other record"),
        MergeColumn.MOVED: QT_TRANSLATE_NOOP("participants", "Records moved"),
        MergeColumn.STATE: QT_TRANSLATE_NOOP("participants", "State"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == MergeColumn.WHAT:
                return (
                    QCoreApplication.translate("participants", "Merged into this record")
                    if row.merged_here
                    else QCoreApplication.translate("participants", "This record was merged into")
                )
            if column == MergeColumn.OTHER:
                return row.other
            if column == MergeColumn.MOVED:
                return moved_text(row.info.moved)
            return (
                QCoreApplication.translate("participants", "Undone")
                if row.info.undone
                else QCoreApplication.translate("participants", "In effect")
            )
        if role == ID_ROLE:
            return row.info.id
        if role == Qt.ItemDataRole.ForegroundRole and column == MergeColumn.STATE:
            return self._foreground("muted" if row.info.undone else "notice")
        return None


class TodayColumn(IntEnum):
    WHEN = 0
    NAME = 1
    LEAD_NUMBER = 2
    WHAT = 3


class TodayModel(RowsModel):
    Column = TodayColumn
    HEADERS = {
        TodayColumn.WHEN: QT_TRANSLATE_NOOP("participants", "When"),
        TodayColumn.NAME: QT_TRANSLATE_NOOP("participants", "Name"),
        TodayColumn.LEAD_NUMBER: QT_TRANSLATE_NOOP("participants", "LEAD number"),
        TodayColumn.WHAT: QT_TRANSLATE_NOOP("participants", "What"),
    }

    def __init__(self, when_header: str = "When", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[svc.TodayItem] = []
        self._when_header = when_header

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section == TodayColumn.WHEN
        ):
            return self._when_header
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TodayColumn.WHEN:
                return format_date(row.when) or QCoreApplication.translate("participants", "never")
            return (None, row.name, row.lead_number, QCoreApplication.translate("vocab", row.what))[column]
        if role == SORT_ROLE:
            return _sortable((row.when, row.name, row.lead_number, row.what)[column])
        if role == ID_ROLE:
            return row.participant_id
        return None
