"""The Reports page and its parts: export with progress and Cancel, equity baselines, fact-sheet texts."""

from lead_desktop.gui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
