"""Possible matches with people already on file: the table a new participant, an enrollment and a merge show.

The duplicate check (services.participants) returns candidates best match first; the table
keeps that order until a header is clicked, and says in words why each may be the same person.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import format_date
from lead_desktop.gui.widgets.views import sorted_table


class CandidateColumn(IntEnum):
    NAME = 0
    LEAD_NUMBER = 1
    DOB = 2
    ALIASES = 3
    REASONS = 4


class CandidateModel(RowsModel):
    """Possible matches for a new person (or records to merge with)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__([
            Column(QCoreApplication.translate("participants", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("participants", "LEAD number"), lambda r: r.lead_number),
            Column(QCoreApplication.translate("participants", "Date of birth"), lambda r: format_date(r.dob),
                   sort=lambda r: r.dob),
            Column(QCoreApplication.translate("participants", "Aliases"), lambda r: r.aliases),
            Column(QCoreApplication.translate("participants", "Why it may match"),
                   lambda r: ", ".join(QCoreApplication.translate("vocab", reason) for reason in r.reasons),
                   sort=lambda r: f"{r.score:.3f}"),
        ], parent)


def candidate_table(model: CandidateModel, parent: QWidget, name: str = "", accessible: str = "") -> QTableView:
    """The candidates, best match first until a header is clicked."""
    return sorted_table(model, parent, name, accessible, style_rows=True)
