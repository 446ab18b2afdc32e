"""The options of each report on the Reports page: audience, period, body, meeting, and which fact-sheet
texts are not written yet.

A part of `ReportsPage` (a mixin: the page owns the widgets and the site). The case summary's
options, with their consent check, are in case_summary.py. The program report starts with this
month so far, or the time since the site began when that is shorter (services.metrics.default_period).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel
from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.roles import Permission
from lead_desktop.reports.tabular import PERIOD_KINDS, Period
from lead_desktop.gui.widgets.text import error_text, format_date
from lead_desktop.services import governance as governance_service
from lead_desktop.services import meetings as meetings_service
from lead_desktop.services import metrics, reporting
from lead_desktop.services.session import SiteSession

# How the fact-sheet texts are called on the page (the Fact sheet texts tab uses the same words).
FACT_SHEET_TEXT_LABELS = {
    "about": QT_TRANSLATE_NOOP("ReportsPage", "What LEAD is"),
    "referral": QT_TRANSLATE_NOOP("ReportsPage", "How referral works"),
    "how_to_refer": QT_TRANSLATE_NOOP("ReportsPage", "How to refer"),
    "contact": QT_TRANSLATE_NOOP("ReportsPage", "Contact"),
}



class OptionsPart:
    """Builds the options of the fact sheet, program report, roster, minutes and packet; reads the period."""

    def _fact_sheet_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.fact_texts_label = QLabel(page)
        self.fact_texts_label.setObjectName("fact_texts_label")
        self.fact_texts_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._audience_box("fact"))
        layout.addWidget(self.fact_texts_label)
        return page

    def _show_unset_texts(self, site: SiteSession | None) -> None:
        """Say which fact-sheet texts are not written yet (the fact sheet leaves them out)."""
        unset: tuple[str, ...] = ()
        if site is not None:
            try:
                unset = reporting.fact_sheet_text(site, languages.current_language()).unset
            except KnownError as err:
                self.fact_texts_label.setText(error_text(err))
                self.fact_texts_label.setVisible(True)
                return
        names = ", ".join(QCoreApplication.translate("ReportsPage", FACT_SHEET_TEXT_LABELS[key]) for key in unset)
        if not unset:
            text = ""
        elif reporting.can_edit_report_settings(site):
            text = self.tr("Not written yet, so left out of the fact sheet: {names}. Write them on the "
                           "Fact sheet texts tab.").format(names=names)
        else:
            text = self.tr("Not written yet, so left out of the fact sheet: {names}. An administrator or "
                           "project manager writes them on this page.").format(names=names)
        self.fact_texts_label.setText(text)
        self.fact_texts_label.setVisible(bool(text))

    def _audience_box(self, name: str) -> QGroupBox:
        box = QGroupBox(self.tr("Audience"), self.export_tab)
        box.setObjectName(f"{name}_audience_box")
        public = QRadioButton(self.tr("Public — counts under 11 shown as “<11”"), box)
        public.setObjectName(f"{name}_public_radio")
        internal = QRadioButton(self.tr("Internal (for the PCG) — contains small counts"), box)
        internal.setObjectName(f"{name}_internal_radio")
        group = QButtonGroup(box)
        group.addButton(public)
        group.addButton(internal)
        (public if name == "fact" else internal).setChecked(True)
        layout = QVBoxLayout(box)
        layout.addWidget(public)
        layout.addWidget(internal)
        setattr(self, f"{name}_public_radio", public)
        setattr(self, f"{name}_internal_radio", internal)
        return box

    def _program_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.period_combo = QComboBox(page)
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setAccessibleName(self.tr("Period"))
        for code, text in zip(PERIOD_KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                             self.tr("Custom range"))):
            self.period_combo.addItem(text, code)
        today = QDate.currentDate()
        self.date_edit = QDateEdit(today, page)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setAccessibleName(self.tr("A day in the period"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit = QDateEdit(QDate(today.year(), today.month(), 1), page)
        self.from_edit.setObjectName("from_edit")
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit = QDateEdit(today, page)
        self.to_edit.setObjectName("to_edit")
        self.to_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_label = QLabel(page)
        self.period_label.setObjectName("period_label")
        form = QFormLayout()
        form.addRow(self.tr("Peri&od:"), self.period_combo)
        form.addRow(self.tr("&Day in the period:"), self.date_edit)
        form.addRow(self.tr("Fro&m:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow("", self.period_label)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self._audience_box("program"), 1)
        for signal in (self.period_combo.currentIndexChanged, self.date_edit.dateChanged, self.from_edit.dateChanged,
                       self.to_edit.dateChanged):
            signal.connect(self._refresh_period)
        self._refresh_period()
        return page

    def _roster_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.body_combo = QComboBox(page)
        self.body_combo.setObjectName("body_combo")
        self.body_combo.setAccessibleName(self.tr("Body"))
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Bod&y:"), self.body_combo)
        return page

    def _meeting_options(self, name: str) -> QWidget:
        page = QWidget(self.export_tab)
        combo = QComboBox(page)
        combo.setObjectName(f"{name}_meeting_combo")
        combo.setAccessibleName(self.tr("Meeting"))
        setattr(self, f"{name}_meeting_combo", combo)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Meet&ing:"), combo)
        note = QLabel(self.tr("Case-conference notes are never part of minutes or packets.")
                      if name == "minutes" else
                      self.tr("The agenda, the previous meeting's minutes, the open action items and a program "
                              "snapshot (counts under 11 withheld)."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _load_choices(self, site: SiteSession) -> None:
        if not site.can(Permission.VIEW_GOVERNANCE):
            return
        try:
            bodies = governance_service.list_bodies(site)
            meetings = meetings_service.list_meetings(site)
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return
        for body in bodies:
            self.body_combo.addItem(body.name, body.id)
        for m in meetings:
            status = QCoreApplication.translate("vocab", _status_label(m.minutes_status))
            text = self.tr("{body} — {when} ({status})").format(body=m.body, when=format_date(m.starts_at),
                                                               status=status)
            self.minutes_meeting_combo.addItem(text, m.id)
            self.packet_meeting_combo.addItem(text, m.id)

    def _about(self, kind: str) -> str:
        return {
            "fact-sheet": self.tr("One page for the public: what LEAD is, how referral works, goals, governance, "
                                  "figures, how to refer and whom to contact."),
            "program": self.tr("For the PCG and funders: referral funnel, hand-offs, intakes, enrollments, exits, "
                               "engagement, caseloads, services, housing, who was served, the equity panel and "
                               "monthly trends."),
            "roster": self.tr("A governance body's members, terms and seats."),
            "minutes": self.tr("Attendance, quorum, agenda, decisions and action items. Draft until approved."),
            "packet": self.tr("Everything members need before the meeting."),
            "case-summary": self.tr("One participant's record, CONFIDENTIAL, for a named recipient. It is logged "
                                    "as a disclosure; substance-use information carries the 42 CFR 2.32 notice."),
            "data-quality": self.tr("What the records of the site's history lack — referrals recorded before LEAD "
                                    "Desktop without an officer, offense, hand-off or screening, enrollment dates "
                                    "worked out from a referral — for the project manager to fill in. It names "
                                    "people."),
        }.get(kind, "")

    def _start_with_default_period(self, site: SiteSession) -> None:
        """This month so far, or since the site began when that is shorter."""
        try:
            period = metrics.default_period(site)
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return
        self.date_edit.setDate(QDate.currentDate())
        self.from_edit.setDate(QDate(period.start))
        self.to_edit.setDate(QDate(period.end))
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self._refresh_period()

    def _refresh_period(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.date_edit.setEnabled(not custom)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        try:
            period = self.period()
        except KnownError as err:
            self.period_label.setText(error_text(err))
            return
        self.period_label.setText(self.tr("{start} to {end}").format(start=period.start.isoformat(),
                                                                     end=period.end.isoformat()))

    def period(self) -> Period:
        kind = self.period_combo.currentData()
        if kind == "custom":
            return metrics.custom_period(self.from_edit.date().toPython(), self.to_edit.date().toPython())
        return metrics.period_for(kind, self.date_edit.date().toPython())



def _status_label(code: str) -> str:
    from lead_desktop.domain.governance import MINUTES_STATUS

    return MINUTES_STATUS.label(code)
