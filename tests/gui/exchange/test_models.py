"""The import dialog's table models pass Qt's model checks and say what they hold."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.domain import exchange as X
from lead_desktop.gui.exchange.models import MappingColumn, MappingModel, PreviewColumn, PreviewModel, StatusFilter
from lead_desktop.services import exchange as ex
from tests.services.exchange.helpers import HEADER, person_row, write_csv


def table(tmp_path):
    path = write_csv(tmp_path / "people.csv", [HEADER, person_row("C-1", "Ana", "One", note="x" * 500),
                                               person_row("C-2", "", "", "1985")])
    return ex.read_table(path)


def test_mapping_model(qtmodeltester, tmp_path):
    source = table(tmp_path)
    model = MappingModel()
    model.load(X.PARTICIPANTS, source, ex.suggest_mapping(X.PARTICIPANTS, source.headers))
    qtmodeltester.check(model)
    assert model.rowCount() == len(HEADER)
    assert model.index(3, MappingColumn.FIELD).data() == "Date of birth"
    assert model.index(3, MappingColumn.FIELD).data(Qt.ItemDataRole.EditRole) == "dob"
    assert model.setData(model.index(7, MappingColumn.FIELD), "where_to_find")
    assert model.mapping().mapped["where_to_find"] == "Note"
    assert not model.setData(model.index(7, MappingColumn.FIELD), "no_such_field")
    assert not model.setData(model.index(0, MappingColumn.SOURCE), "dob")
    qtmodeltester.check(model)


def test_preview_model_before_and_after_the_check(qtmodeltester, new_site, tmp_path):
    source = table(tmp_path)
    model = PreviewModel()
    model.load(source)
    qtmodeltester.check(model)
    assert model.columnCount() == len(PreviewColumn) + len(HEADER)
    assert model.index(0, PreviewColumn.STATUS).data() == "Not checked yet"
    long_cell = model.index(0, len(PreviewColumn) + 7).data()
    assert len(long_cell) == 201 and long_cell.endswith("…")
    report = ex.preview(new_site, source, ex.suggest_mapping(X.PARTICIPANTS, source.headers))
    model.load(source, report)
    qtmodeltester.check(model)
    assert model.index(0, PreviewColumn.STATUS).data() == "Ready to import"
    assert model.index(1, PreviewColumn.STATUS).data() == "Has problems"
    assert "a year alone is not a date" in model.index(1, PreviewColumn.REASONS).data()
    proxy = StatusFilter()
    proxy.setSourceModel(model)
    proxy.set_statuses([ex.INVALID])
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
