"""Data exchange in the window: the import dialogs (spreadsheets, a site's history, an HMIS export), the export
dialog and the page that offers them.

The main window embeds `ExchangePage(site)`; the dialogs talk only to services.exchange and run
their long jobs on the task runner (gui.widgets.tasks) with progress and Cancel.
"""

from lead_desktop.gui.exchange.export_dialog import ExportDialog
from lead_desktop.gui.exchange.history_dialog import HistoryDialog
from lead_desktop.gui.exchange.hmis_import_dialog import HmisImportDialog
from lead_desktop.gui.exchange.import_dialog import ImportDialog
from lead_desktop.gui.exchange.page import ExchangePage

__all__ = ["ExchangePage", "ExportDialog", "HistoryDialog", "HmisImportDialog", "ImportDialog"]
