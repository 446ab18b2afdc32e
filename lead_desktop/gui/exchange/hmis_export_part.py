"""The HMIS part of the export dialog: the project as the Continuum's HMIS knows it, and who is in the export.

The site's HMIS details (domain.hmis.site) are asked the first time, in a form, and kept by the
export; after that one line names the project, with **Change…** to correct it. Like any site
setting they are an administrator's to give or change; others export with the kept ones. Below, how many
participants a consent in force naming the HMIS / Continuum of Care covers, and the choice (with a
reason, which goes into their disclosure logs) to export the others too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.hmis.site import HMIS_SITE_FORM, PROJECT_TYPE
from lead_desktop.domain.roles import Permission
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.look import WARNING, mute, paint_label
from lead_desktop.gui.widgets.text import format_count
from lead_desktop.services import exchange as ex
from lead_desktop.services.session import SiteSession


class HmisExportPart(QWidget):
    """Collects the HMIS details to keep (`details()`) and the reason for exporting without consent (`reason()`)."""

    def __init__(self, site: SiteSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hmis_export_part")
        self._site = site
        self._loaded = False
        self._complete = False
        self._may_change = False  # an administrator: may give or change the details
        self._editing = True  # the details form is open (never kept, or Change… pressed)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("hmis_summary_label")
        self.summary_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("C&hange…"), self)
        self.change_button.setObjectName("hmis_change_button")
        self.change_button.setToolTip(self.tr("Correct the project's HMIS details"))
        self.change_button.clicked.connect(self._on_change_button_clicked)
        summary = QHBoxLayout()
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.change_button)

        self.details_box = QGroupBox(self.tr("The project in the Continuum of Care's HMIS (asked once, then kept)"),
                                     self)
        self.details_box.setObjectName("hmis_details_box")
        self.details_form = FormWidget(HMIS_SITE_FORM, parent=self.details_box, columns=2)
        self.details_form.setObjectName("hmis_details_form")
        box_layout = QVBoxLayout(self.details_box)
        box_layout.addWidget(self.details_form)

        self.consent_label = QLabel(self)
        self.consent_label.setObjectName("hmis_consent_label")
        self.consent_label.setWordWrap(True)
        self.without_consent_check = QCheckBox(
            self.tr("Also e&xport the participants without such a consent, because:"), self)
        self.without_consent_check.setObjectName("without_consent_check")
        self.without_consent_check.toggled.connect(self._on_without_consent_check_toggled)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("without_consent_reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Why participants without an HMIS consent are exported"))
        self.reason_edit.setPlaceholderText(self.tr("the reason goes into each one's disclosure log"))
        self.reason_edit.setMaxLength(2000)
        self.reason_edit.setEnabled(False)
        reason = QHBoxLayout()
        reason.setContentsMargins(0, 0, 0, 0)
        reason.addWidget(self.without_consent_check)
        reason.addWidget(self.reason_edit, 1)
        self.note_label = mute(QLabel(self.tr(
            "Written as the HMIS CSV FY2026 specification asks: every file's full header, blank or “data not "
            "collected” where LEAD Desktop holds no answer. Substance use information (a stay in a treatment "
            "facility, a referral to treatment) goes only under a 42 CFR Part 2 consent that names the HMIS. "
            "Every participant exported gets an entry in their disclosure log."), self))
        self.note_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(summary)
        layout.addWidget(self.details_box)
        layout.addWidget(self.consent_label)
        layout.addLayout(reason)
        layout.addWidget(self.note_label)

    def load(self) -> None:
        """Read the kept details and the consent count (once; the dialog calls it when HMIS is chosen)."""
        if self._loaded:
            return
        self._loaded = True
        self._may_change = self._site.can(Permission.CHANGE_SETTINGS)
        values = ex.hmis_site_values(self._site)
        self.details_form.set_values({k: v for k, v in values.items() if v not in (None, "")})
        try:
            ex.hmis_site(self._site)
            self._complete = True
        except FormInvalid:
            self._complete = False
        self._show_summary(values)
        counts = ex.hmis_consent_count(self._site)
        text = self.tr("{covered} participants have a consent in force that names the HMIS / Continuum of Care and "
                       "are exported.").format(covered=format_count(counts.covered))
        if counts.not_covered:
            text += " " + self.tr("{count} have none and are left out.").format(count=format_count(counts.not_covered))
        self.consent_label.setText(text)
        paint_label(self.consent_label, WARNING if counts.not_covered and not counts.covered else None)
        self.without_consent_check.setVisible(bool(counts.not_covered))
        self.reason_edit.setVisible(bool(counts.not_covered))

    def _show_summary(self, values: dict) -> None:
        self._editing = self._may_change and not self._complete
        self.details_box.setVisible(self._editing)
        self.change_button.setVisible(self._may_change and self._complete)
        paint_label(self.summary_label, WARNING if not (self._may_change or self._complete) else None)
        if not self._may_change and not self._complete:
            self.summary_label.setText(self.tr("The project's HMIS details are missing. An administrator gives them "
                                               "once, in this dialog, before the first HMIS export."))
        elif self._complete:
            kind = QCoreApplication.translate("vocab", PROJECT_TYPE.label(str(values.get("project_type") or "")))
            self.summary_label.setText(self.tr("HMIS project {project} ({name}), {kind}, CoC {coc}.").format(
                project=values["project_id"], name=values["project_name"], kind=kind, coc=values["coc_code"]))
        else:
            self.summary_label.setText(self.tr("First, the project's details as the Continuum of Care's HMIS knows "
                                               "them. They are kept for the next export."))

    def _on_change_button_clicked(self) -> None:
        self._editing = True
        self.details_box.setVisible(True)
        self.change_button.setVisible(False)
        self.details_form.input("organization_id").setFocus()

    def _on_without_consent_check_toggled(self, checked: bool) -> None:
        self.reason_edit.setEnabled(checked)
        if checked:
            self.reason_edit.setFocus()

    def details(self) -> dict | None:
        """The details typed in the form, to check and keep; None when the kept ones are used unchanged."""
        return self.details_form.values() if self._editing and self._may_change else None

    def reason(self) -> str | None:
        return self.reason_edit.text().strip() if self.without_consent_check.isChecked() else None

    def show_problems(self, error: FormInvalid) -> None:
        if not self._may_change:
            return
        self._editing = True
        self.details_box.setVisible(True)
        self.change_button.setVisible(False)
        self.details_form.show_problems(error)

    def exported(self) -> None:
        """After an export: the details were kept, so the form folds into the summary line."""
        self._loaded = False
        self.details_form.clear_problems()
        self.load()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.details_form, self.change_button, self.without_consent_check):
            widget.setEnabled(not busy)
        self.reason_edit.setEnabled(not busy and self.without_consent_check.isChecked())
