"""The home page's intake box: overdue intakes, those due today and those due this week, with names.

Arrest diversions only (the other pathways have no legal deadline). A viewer, who
sees no referrals, gets no box at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.look import DANGER, OK, WARNING, mute, paint_label
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.gui.referrals.common import days_left_text
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession

NAMES_SHOWN = 6  # per line; "and 3 more" after that


class IntakeSummaryWidget(QWidget):
    """Counts and names of pending arrest-diversion intakes by deadline."""

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_summary")
        self._site = site
        self.summary: svc.IntakeSummary | None = None
        self.box = QGroupBox(self.tr("Intake deadlines"), self)
        self.overdue_label = self._line("overdue_label")
        self.today_label = self._line("due_today_label")
        self.week_label = self._line("due_this_week_label")
        self.problem_label = QLabel(self.box)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        box = QVBoxLayout(self.box)
        for label in (self.overdue_label, self.today_label, self.week_label, self.problem_label):
            box.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        if not site.can(Permission.VIEW_PARTICIPANTS):
            self.box.setVisible(False)  # viewers see no referrals: nothing to show, even when shown
            self.setVisible(False)
            return
        self.refresh()

    def _line(self, name: str) -> QLabel:
        label = QLabel(self.box)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def refresh(self) -> None:
        try:
            summary = svc.intake_summary(self._site)
        except KnownError as error:
            self.problem_label.setText(error_text(error))
            paint_label(self.problem_label, DANGER)
            self.problem_label.setVisible(True)
            return
        self.problem_label.setVisible(False)
        self.summary = summary
        self._fill(self.overdue_label, self.tr("Overdue: {count}"), summary.overdue, DANGER, with_days=True)
        self._fill(self.today_label, self.tr("Due today: {count}"), summary.due_today, DANGER)
        self._fill(self.week_label, self.tr("Due in the next 7 days: {count}"), summary.due_this_week, WARNING,
                   with_days=True)
        if not (summary.overdue or summary.due_today or summary.due_this_week):
            self.overdue_label.setText(self.tr("No intake is overdue or due this week."))
            paint_label(self.overdue_label, OK)
            self.today_label.setVisible(False)
            self.week_label.setVisible(False)

    def _fill(self, label: QLabel, title: str, items: list[svc.QueueItem], tone: str, *,
              with_days: bool = False) -> None:
        label.setVisible(True)
        text = title.format(count=len(items))
        if items:
            names = [f"{i.name} ({days_left_text(i.days_left)})" if with_days else i.name for i in items[:NAMES_SHOWN]]
            more = len(items) - NAMES_SHOWN
            if more > 0:
                names.append(self.tr("and {count} more").format(count=more))
            text += " — " + ", ".join(names)
            paint_label(label, tone)
        else:
            mute(label)
        label.setText(text)
        label.setAccessibleName(text)

    def counts(self) -> tuple[int, int, int]:
        s = self.summary
        return (len(s.overdue), len(s.due_today), len(s.due_this_week)) if s else (0, 0, 0)
