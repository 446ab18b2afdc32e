"""The Today page for the signed-in case manager: four short lists of what needs doing now.

Court dates this week, consents expiring within 30 days, people not contacted
in N days (the site's inactive_after_days), open plan goals due. One service
call fills all four; each list has its count and an empty-state sentence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.participants.models import TodayColumn, TodayModel
from lead_desktop.gui.widgets.look import DANGER, heading, mute, problem_label, show_problem
from lead_desktop.gui.widgets.tables import ID_ROLE
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.widgets.views import sorted_table
from lead_desktop.services import participants as svc
from lead_desktop.services.session import SiteSession


class TodaySection(QGroupBox):
    """One list: title with count, a table, and the sentence shown when it is empty."""

    def __init__(self, key: str, when_header: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_section")
        self.empty_text = empty_text
        self.title_template = ""
        self.model = TodayModel(when_header, self)
        self.view = sorted_table(self.model, self, f"{key}_table", "",
                                 sort_now=(TodayColumn.WHEN, Qt.SortOrder.AscendingOrder), style_rows=True)
        self.view.horizontalHeader().setStretchLastSection(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TodayColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName(f"{key}_empty_label")
        self.empty_label.setWordWrap(True)
        mute(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def set_items(self, title: str, items: list[svc.TodayItem]) -> None:
        self.title_template = title
        self.setTitle(title.format(count=len(items)))
        self.view.setAccessibleName(self.title())
        self.model.set_rows(items)
        self.view.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        policy = QSizePolicy.Policy.Expanding if items else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)

    def count(self) -> int:
        return self.model.rowCount()


class TodayPage(QWidget):
    """What the signed-in case manager needs to do today."""

    participant_opened = Signal(str)

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_page")
        self._site = site
        self.heading = QLabel(self)
        heading(self.heading, 1.4)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setToolTip(self.tr("Refresh the lists (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.problem_label = problem_label(self)

        self.court = TodaySection("court", self.tr("Court date"), self.tr("No court dates this week."), self)
        self.consents = TodaySection(
            "consents", self.tr("Expires"), self.tr("No consents expire in the next 30 days."), self
        )
        self.not_contacted = TodaySection(
            "not_contacted", self.tr("Last contact"), self.tr("Everyone on your caseload has been seen recently."), self
        )
        self.goals = TodaySection("goals", self.tr("Target date"), self.tr("No open plan goals are due."), self)
        self.sections = (self.court, self.consents, self.not_contacted, self.goals)
        for section in self.sections:
            section.view.doubleClicked.connect(self._on_view_double_clicked)
            section.view.activated.connect(self._on_view_double_clicked)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.grid = QGridLayout()
        self.grid.addWidget(self.court, 0, 0)
        self.grid.addWidget(self.consents, 0, 1)
        self.grid.addWidget(self.not_contacted, 1, 0)
        self.grid.addWidget(self.goals, 1, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.problem_label)
        self._layout.addLayout(self.grid)  # index 2
        self._layout.addStretch(0)  # index 3: takes the height only when every list is empty
        self.refresh()

    def refresh(self) -> None:
        self.heading.setText(self.tr("Today, {date}").format(date=date.today().isoformat()))
        try:
            data = svc.today_page(self._site)
        except KnownError as error:
            show_problem(self.problem_label, error_text(error), DANGER)
            for section in self.sections:
                section.setEnabled(False)
            return
        self.problem_label.setVisible(False)
        self.court.set_items(self.tr("Court dates this week ({count})"), data.court_dates)
        self.consents.set_items(self.tr("Consents expiring within 30 days ({count})"), data.expiring_consents)
        self.not_contacted.set_items(
            self.tr("Not contacted in {days} days ({{count}})").format(days=data.inactive_after_days),
            self._not_contacted_items(data.not_contacted),
        )
        self.goals.set_items(self.tr("Open plan goals due ({count})"), data.goals_due)
        # A row of two empty lists shrinks to its sentences; rows with something in them share the height, and
        # an empty list beside a full one sits at the top of the row, not in the middle of it.
        for row, pair in enumerate(((self.court, self.consents), (self.not_contacted, self.goals))):
            self.grid.setRowStretch(row, 1 if any(section.count() for section in pair) else 0)
            for section in pair:
                self.grid.setAlignment(section, Qt.AlignmentFlag(0) if section.count() else Qt.AlignmentFlag.AlignTop)
        anything = any(section.count() for section in self.sections)
        self._layout.setStretch(2, 1 if anything else 0)
        self._layout.setStretch(3, 0 if anything else 1)

    def _not_contacted_items(self, items: list[svc.TodayItem]) -> list[svc.TodayItem]:
        today = date.today()
        out = []
        for item in items:
            if item.when is None:
                what = self.tr("never contacted since enrollment")
            else:
                day = item.when.date() if isinstance(item.when, datetime) else item.when
                what = self.tr("{days} days without contact").format(days=(today - day).days)
            out.append(replace(item, what=what))
        return out

    def _on_view_double_clicked(self, index) -> None:  # noqa: ANN001
        participant_id = index.data(ID_ROLE)
        if participant_id:
            self.participant_opened.emit(participant_id)
