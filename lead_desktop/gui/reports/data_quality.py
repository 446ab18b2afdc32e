"""The data-quality list on the Reports page: each record of the site's history and what it lacks
(services.reporting.data_quality), with how many lack each thing. Exported like any report (PDF, CSV,
JSON); shown only to roles that see participant records, since it names people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain.data_quality import GAP_LABELS
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.actions import button_row
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import error_text, format_count, format_date
from lead_desktop.gui.widgets.views import fit_columns, sorted_table
from lead_desktop.reports.data_quality import QualityItem
from lead_desktop.services import reporting
from lead_desktop.services.session import SiteSession


def _gap_text(item: QualityItem) -> str:
    return "; ".join(QCoreApplication.translate("reports", GAP_LABELS[code]) for code in item.gaps)


class DataQualityView(QWidget):
    """The list, its summary and a button to read it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_quality_view")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("quality_summary_label")
        self.summary_label.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Record"), lambda i: self.tr("Participant") if i.record == "participant"
                   else self.tr("Referral")),
            Column(self.tr("Reference"), lambda i: QCoreApplication.translate("vocab", i.reference)),
            Column(self.tr("Name"), lambda i: i.name),
            Column(self.tr("Date"), lambda i: format_date(i.day), sort=lambda i: i.day),
            Column(self.tr("Missing"), _gap_text),
        ], self, row_id=lambda i: i.record_id)
        self.view = sorted_table(self.model, self, "quality_view", self.tr("Records of the site's history and what "
                                                                           "they lack"))
        self.view.setMinimumHeight(260)
        self.refresh_button = QPushButton(self.tr("Read the &list again"), self)
        self.refresh_button.setObjectName("quality_refresh_button")
        self.refresh_button.clicked.connect(lambda _c=False: self.load(self._site))
        self._site: SiteSession | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.refresh_button))

    def load(self, site: SiteSession | None) -> None:
        self._site = site
        if site is None:
            self.model.set_rows([])
            self.summary_label.clear()
            return
        try:
            doc = reporting.data_quality(site)
        except KnownError as err:
            self.model.set_rows([])
            self.summary_label.setText(error_text(err))
            return
        self.model.set_rows(doc.items)
        fit_columns(self.view)
        if doc.started_on is None:
            text = self.tr("No history imported yet: the day the site started using LEAD Desktop is not set.")
        elif not doc.items:
            text = self.tr("Nothing is missing from the {participants} participants and {referrals} referrals of the "
                           "site's history.").format(participants=format_count(doc.participants_checked),
                                                     referrals=format_count(doc.referrals_checked))
        else:
            counts = ", ".join(f"{QCoreApplication.translate('reports', GAP_LABELS[code])}: {format_count(n)}"
                               for code, n in doc.gap_counts())
            text = self.tr("The site's history before {day} holds {participants} participants and {referrals} "
                           "referrals; {count} of these records lack something — {counts}. None of it keeps a "
                           "record out of the reports.").format(
                count=format_count(len(doc.items)), participants=format_count(doc.participants_checked),
                referrals=format_count(doc.referrals_checked), day=format_date(doc.started_on), counts=counts)
        self.summary_label.setText(text)
