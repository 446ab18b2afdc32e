"""The data exchange page: import a site's spreadsheets, export lists and files for evaluators and the HMIS.

A page in the main window's sense: it takes the signed-in SiteSession, and `set_site(None)`
(sign-out, lock) stops any running job and closes its dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.domain.roles import Permission
from lead_desktop.gui.exchange.export_dialog import ExportDialog
from lead_desktop.gui.exchange.history_dialog import HistoryDialog
from lead_desktop.gui.exchange.hmis_import_dialog import HmisImportDialog
from lead_desktop.gui.exchange.import_dialog import ImportDialog
from lead_desktop.gui.widgets.actions import page_action
from lead_desktop.gui.widgets.look import heading, mute
from lead_desktop.services.session import SiteSession


class ExchangePage(QWidget):
    """Buttons to the import and export dialogs, with what each does in plain words."""

    imported = Signal(object)  # services.exchange.ImportResult or HmisImportResult: other pages may want to reload
    exported = Signal(object)

    def __init__(self, site: SiteSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_page")
        self._site: SiteSession | None = None
        self.import_dialog: ImportDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.hmis_import_dialog: HmisImportDialog | None = None
        self.export_dialog: ExportDialog | None = None

        title = QLabel(self.tr("Data exchange"), self)
        heading(title, 1.5)
        self.import_button = QPushButton(self.tr("&Import a spreadsheet…"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setToolTip(self.tr("Import participants, contacts or referrals from CSV or Excel "
                                              "(Ctrl+I)"))
        self.import_button.clicked.connect(self.open_import)
        import_text = mute(QLabel(self.tr(
            "Bring a site's earlier spreadsheets in: participants first, then their contacts and referrals. "
            "Every row is checked and explained before anything is saved; either every row goes in or none "
            "does (or only the valid ones, with a file of the others). People who may already be on file are "
            "shown for review, and importing the same file again adds nothing."), self))
        import_text.setWordWrap(True)
        self.history_button = QPushButton(self.tr("Import a &site's history…"), self)
        self.history_button.setObjectName("history_button")
        self.history_button.setToolTip(self.tr("The people, referrals and contacts the site kept before LEAD Desktop, "
                                               "imported together (Ctrl+Shift+I)"))
        self.history_button.clicked.connect(self.open_history)
        history_text = mute(QLabel(self.tr(
            "A new site's first step: the spreadsheets it kept before LEAD Desktop — everyone referred (enrolled "
            "or not), their referrals and their contacts, joined by the site's own client ID — checked and imported "
            "as one. Referrals from before the site used the program come in without today's intake rules, and "
            "Reports lists what they lack. For project managers and administrators."), self))
        history_text.setWordWrap(True)
        self.hmis_import_button = QPushButton(self.tr("Import from an H&MIS…"), self)
        self.hmis_import_button.setObjectName("hmis_import_button")
        self.hmis_import_button.setToolTip(self.tr("Import one project's clients from an HMIS CSV export, a folder or "
                                                   ".zip (Ctrl+Shift+H)"))
        self.hmis_import_button.clicked.connect(self.open_hmis_import)
        hmis_text = mute(QLabel(self.tr(
            "Bring people over from the Continuum of Care's HMIS: the clients, enrollments and exits of one project "
            "of an HMIS CSV export (FY2026 or FY2024) become participants, or update the ones already linked to "
            "the HMIS. The same checks, all or nothing, and importing the same export again adds nothing."), self))
        hmis_text.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(self.tr("Export a list, a de-identified analysis file or HMIS CSV files "
                                              "(Ctrl+E)"))
        self.export_button.clicked.connect(self.open_export)
        export_text = mute(QLabel(self.tr(
            "Lists open in any spreadsheet and import back unchanged. The de-identified file has no names, "
            "contact details or notes, ages in bands and pseudonyms that stay the same for the same export key. "
            "The HMIS export is a complete HMIS CSV FY2026 export of the participants whose consent names the "
            "HMIS / Continuum of Care. Every export is recorded in the audit log."), self))
        export_text.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for button, text in ((self.import_button, import_text), (self.history_button, history_text),
                             (self.hmis_import_button, hmis_text),
                             (self.export_button, export_text)):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(text)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        for text, key, slot, _show in self.section_shortcuts():
            page_action(self, text, key, slot)
        self.set_site(site)

    def section_shortcuts(self) -> list[tuple[str, QKeySequence, object, bool]]:
        """Ctrl+I, Ctrl+Shift+I, Ctrl+Shift+H and Ctrl+E: here, and from the Reports tab beside this one too
        (gui.sections)."""
        return [
            (self.tr("Import a spreadsheet"), QKeySequence("Ctrl+I"), self.open_import, True),
            (self.tr("Import a site's history"), QKeySequence("Ctrl+Shift+I"), self.open_history, True),
            (self.tr("Import from an HMIS"), QKeySequence("Ctrl+Shift+H"), self.open_hmis_import, True),
            (self.tr("Export"), QKeySequence("Ctrl+E"), self.open_export, True),
        ]

    def set_site(self, site: SiteSession | None) -> None:
        """A new signed-in session, or None: running jobs stop and the dialogs close."""
        if site is None:
            for dialog in (self.import_dialog, self.history_dialog, self.hmis_import_dialog, self.export_dialog):
                if dialog is not None:
                    dialog.runner.stop()
                    dialog.close()
            self.import_dialog = self.history_dialog = self.hmis_import_dialog = self.export_dialog = None
        self._site = site
        can_edit = site is not None and site.can(Permission.EDIT_PARTICIPANTS)
        can_view = site is not None and site.can(Permission.VIEW_PARTICIPANTS)
        self.import_button.setEnabled(can_edit)
        self.history_button.setEnabled(_can_import_history(site))
        self.hmis_import_button.setEnabled(can_edit)
        self.export_button.setEnabled(can_view)
        if site is not None and not can_view:
            self.message_label.setText(self.tr("Your role sees reports and governance only; importing and exporting "
                                               "participant records is for case managers and administrators."))
        else:
            self.message_label.clear()

    def open_import(self) -> ImportDialog | None:
        if self._site is None or not self._site.can(Permission.EDIT_PARTICIPANTS):
            return None
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self._site, self)
            self.import_dialog.imported.connect(self.imported)
            self.import_dialog.finished.connect(self._on_import_dialog_finished)
        self.import_dialog.open()
        return self.import_dialog

    def open_history(self) -> HistoryDialog | None:
        if not _can_import_history(self._site):
            return None
        if self.history_dialog is None:
            self.history_dialog = HistoryDialog(self._site, self)
            self.history_dialog.imported.connect(self.imported)
            self.history_dialog.finished.connect(self._on_history_dialog_finished)
        self.history_dialog.open()
        return self.history_dialog

    def _on_history_dialog_finished(self, _result: int) -> None:
        if self.history_dialog is not None:
            self.history_dialog.deleteLater()
            self.history_dialog = None
    def open_hmis_import(self) -> HmisImportDialog | None:
        if self._site is None or not self._site.can(Permission.EDIT_PARTICIPANTS):
            return None
        if self.hmis_import_dialog is None:
            self.hmis_import_dialog = HmisImportDialog(self._site, self)
            self.hmis_import_dialog.imported.connect(self.imported)
            self.hmis_import_dialog.finished.connect(self._on_hmis_import_dialog_finished)
        self.hmis_import_dialog.open()
        return self.hmis_import_dialog

    def _on_hmis_import_dialog_finished(self, _result: int) -> None:
        if self.hmis_import_dialog is not None:
            self.hmis_import_dialog.deleteLater()
            self.hmis_import_dialog = None

    def open_export(self) -> ExportDialog | None:
        if self._site is None or not self._site.can(Permission.VIEW_PARTICIPANTS):
            return None
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self._site, self)
            self.export_dialog.exported.connect(self.exported)
            self.export_dialog.finished.connect(self._on_export_dialog_finished)
        self.export_dialog.open()
        return self.export_dialog

    def _on_import_dialog_finished(self, _result: int) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    def _on_export_dialog_finished(self, _result: int) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None


def _can_import_history(site: SiteSession | None) -> bool:
    """A history decides which referrals today's intake rules skip: for those who keep the screening rules."""
    return site is not None and site.can(Permission.EDIT_PARTICIPANTS) and site.can(Permission.EDIT_SCREENING)
