"""The case summary's options on the Reports page: participant, recipient, purpose, and the consent check.

Before a case summary can be exported, the consents in force are checked against the recipient;
when none covers them, the person must write why it is shared anyway (it goes into the
participant's disclosure log). A part of `ReportsPage` (a mixin: the page owns the widgets).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import reporting


class CaseSummaryPart:
    """Builds the case summary's options and checks the consent for the chosen recipient."""

    def _case_options(self) -> QWidget:
        page = QWidget(self.export_tab)
        self.participant_edit = QLineEdit(page)
        self.participant_edit.setObjectName("participant_edit")
        self.participant_edit.setPlaceholderText(self.tr("LEAD number, e.g. NOLA-000042"))
        self.participant_edit.setAccessibleName(self.tr("Participant's LEAD number"))
        self.recipient_edit = QLineEdit(page)
        self.recipient_edit.setObjectName("recipient_edit")
        self.recipient_edit.setMaxLength(200)
        self.recipient_edit.setAccessibleName(self.tr("Recipient"))
        self.purpose_edit = QLineEdit(page)
        self.purpose_edit.setObjectName("purpose_edit")
        self.purpose_edit.setMaxLength(300)
        self.purpose_edit.setAccessibleName(self.tr("Purpose"))
        self.include_sud_check = QCheckBox(self.tr("Include substance-use information"), page)
        self.include_sud_check.setObjectName("include_sud_check")
        self.include_sud_check.setChecked(True)
        self.check_button = QPushButton(self.tr("Chec&k consent"), page)
        self.check_button.setObjectName("check_button")
        self.consent_combo = QComboBox(page)
        self.consent_combo.setObjectName("consent_combo")
        self.consent_combo.setAccessibleName(self.tr("Consent"))
        self.check_label = QLabel(page)
        self.check_label.setObjectName("check_label")
        self.check_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(page)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Reason for sharing without a covering consent"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(60)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Par&ticipant:"), self.participant_edit)
        form.addRow(self.tr("Rec&ipient:"), self.recipient_edit)
        form.addRow(self.tr("P&urpose:"), self.purpose_edit)
        form.addRow("", self.include_sud_check)
        form.addRow("", self.check_button)
        form.addRow(self.tr("Co&nsent:"), self.consent_combo)
        form.addRow("", self.check_label)
        form.addRow(self.tr("Reason &without consent:"), self.reason_edit)
        for widget in (self.participant_edit, self.recipient_edit):
            widget.textChanged.connect(self._forget_check)
        self.include_sud_check.toggled.connect(self._forget_check)
        self.check_button.clicked.connect(self.check_consent)
        self.consent_combo.currentIndexChanged.connect(self._refresh_buttons)
        self.reason_edit.textChanged.connect(self._refresh_buttons)
        self._forget_check()
        return page

    def start_case_summary(self, lead_number: str) -> None:
        """Open the case summary for one participant (a profile's “Case summary…”): the recipient is asked next,
        then the same consent check as always."""
        self.tabs.setCurrentWidget(self.export_tab)
        self.set_kind("case-summary")
        self.participant_edit.setText(lead_number)
        self.recipient_edit.setFocus()

    def _forget_check(self) -> None:
        self._check = None
        self.consent_combo.clear()
        self.consent_combo.setEnabled(False)
        self.reason_edit.setEnabled(False)
        self.check_label.setText(self.tr("Check the consent before exporting."))
        self._refresh_buttons()

    def check_consent(self) -> bool:
        """Look up the participant and which consents in force cover the recipient."""
        site = self._site
        if site is None:
            return False
        self._forget_check()
        try:
            participant_id = reporting.find_participant(site, self.participant_edit.text())
            check = reporting.check_case_summary(site, participant_id, self.recipient_edit.text(),
                                                 include_sud=self.include_sud_check.isChecked(),
                                                 translate=languages.translate_report_text)
        except KnownError as err:
            self.check_label.setText(error_text(err))
            return False
        self._check = check
        for choice in check.consents:
            mark = "✓ " if choice.covers else ""
            self.consent_combo.addItem(mark + choice.label, choice.id)
        self.consent_combo.addItem(self.tr("No consent — record a reason"), "")
        if check.covering is not None:
            self.consent_combo.setCurrentIndex(self.consent_combo.findData(check.covering.id))
        else:
            self.consent_combo.setCurrentIndex(self.consent_combo.count() - 1)
        self.consent_combo.setEnabled(True)
        lines = [self.tr("Includes substance-use information: {answer}.").format(
            answer=self.tr("yes") if check.includes_sud else self.tr("no"))]
        if check.notice:
            lines.append(self.tr("The 42 CFR 2.32 notice will be printed on it."))
        if check.covering is None:
            lines.append(self.tr("Warning: no consent in force names {recipient}{sud}. Record why it is shared "
                                 "anyway; the reason goes into the disclosure log.").format(
                recipient=self.recipient_edit.text().strip(),
                sud=self.tr(" and covers substance-use information") if check.notice else ""))
        else:
            lines.append(self.tr("A consent in force covers this recipient."))
        self.check_label.setText(" ".join(lines))
        self._refresh_buttons()
        return True

    def _chosen_consent(self) -> reporting.ConsentChoice | None:
        if self._check is None:
            return None
        consent_id = self.consent_combo.currentData()
        return next((c for c in self._check.consents if c.id == consent_id), None)

    def _case_ready(self) -> bool:
        if self._check is None:
            return False
        chosen = self._chosen_consent()
        needs_reason = chosen is None or not chosen.covers
        self.reason_edit.setEnabled(needs_reason)
        return not needs_reason or bool(self.reason_edit.toPlainText().strip())

