"""The import dialog end to end with real widgets: read, map, check, review a match, import, cancel."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.gui.exchange import ImportDialog
from lead_desktop.gui.exchange.models import MappingColumn, PreviewColumn
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services.demo import FIRST_F, FIRST_M, LAST
from lead_desktop.storage import models as M
from tests.services.exchange.helpers import HEADER, person_row, rows_of, write_csv

WAIT_MS = 120_000


def many_people(count: int) -> list[list[str]]:
    """Rows of made-up people with the variety of real names (few look alike), as a site's sheet has."""
    rng = random.Random(count)
    rows = [HEADER]
    for i in range(count):
        dob = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        rows.append(person_row(f"C-{i}", rng.choice(FIRST_F + FIRST_M), rng.choice(LAST), dob.strftime("%m/%d/%Y")))
    return rows


@pytest.fixture
def dialog(qtbot, new_site):
    widget = ImportDialog(new_site)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.stop()


def read(qtbot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        dialog.path_edit.setFocus()
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.table is not None


def click_and_wait(qtbot, dialog: ImportDialog, button) -> None:
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def statuses(dialog: ImportDialog) -> dict[int, str]:
    model = dialog.preview_model
    return {model.index(r, PreviewColumn.ROW).data(): model.status_of(r) for r in range(model.rowCount())}


def test_read_check_and_import_a_file(qtbot, dialog, new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [HEADER, person_row("C-1", "Marcus", "Okafor"),
                                               person_row("C-2", "Rosa", "Delgado", dob="11/33/1985")])
    read(qtbot, dialog, path)
    assert "2 rows" in dialog.file_label.text() and "utf-8" in dialog.file_label.text()
    assert dialog.field_editor("DOB").currentText() == "Date of birth"
    assert dialog.field_editor("Note").currentText() == "(not imported)"
    assert dialog.mapping_model.index(0, MappingColumn.EXAMPLES).data() == "C-1 · C-2"

    click_and_wait(qtbot, dialog, dialog.check_button)
    assert statuses(dialog) == {2: ex.NEW, 3: ex.INVALID}
    reasons = dialog.preview_model.index(1, PreviewColumn.REASONS).data()
    assert "Date of birth: please enter a date" in reasons
    assert "Has problems: 1" in dialog.summary_label.text()

    click_and_wait(qtbot, dialog, dialog.import_button)  # all or nothing: refused
    assert "Nothing was imported" in dialog.status_label.text()
    assert rows_of(new_site) == 0

    qtbot.mouseClick(dialog.valid_radio, Qt.MouseButton.LeftButton)
    rejected = tmp_path / "to-fix.csv"
    qtbot.keyClicks(dialog.rejected_edit, str(rejected))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].created == 1
    assert "Imported 1 new records" in dialog.status_label.text() and str(rejected) in dialog.status_label.text()
    assert rows_of(new_site) == 1 and rejected.exists()


def test_changing_the_mapping_by_keyboard_and_a_dry_run(qtbot, dialog, new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["Given", "Family", "Started", "Whatever"],
                                               ["Ana", "Silva", "2024-01-15", "x"]])
    read(qtbot, dialog, path)
    assert "Enrollment date" in dialog.mapping_label.text()  # nothing fills it yet
    for header, label in (("Given", "First name"), ("Family", "Last name"), ("Started", "Enrollment date")):
        combo = dialog.field_editor(header)
        combo.setCurrentIndex(combo.findText(label))
    assert dialog.mapping_model.mapping().mapped == {"first_name": "Given", "last_name": "Family",
                                                     "enrolled_on": "Started"}
    assert not dialog.mapping_label.isVisible()
    # Choosing a field another column fills moves it: each field comes from one column.
    dialog.field_editor("Whatever").setCurrentIndex(dialog.field_editor("Whatever").findText("First name"))
    assert dialog.field_editor("Given").currentText() == "(not imported)"
    dialog.field_editor("Given").setCurrentIndex(dialog.field_editor("Given").findText("First name"))

    click_and_wait(qtbot, dialog, dialog.dry_run_button)
    assert "1 records would be created" in dialog.status_label.text()
    assert rows_of(new_site) == 0


def test_saved_mappings_are_offered_again(qtbot, dialog, new_site, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["Given", "Family", "Started"], ["Ana", "Silva", "15/01/2024"]])
    read(qtbot, dialog, path)
    for header, label in (("Given", "First name"), ("Family", "Last name"), ("Started", "Enrollment date")):
        dialog.field_editor(header).setCurrentIndex(dialog.field_editor(header).findText(label))
    dialog.date_order_combo.setCurrentIndex(dialog.date_order_combo.findData(X.DAY_FIRST))
    dialog.date_order_combo.activated.emit(dialog.date_order_combo.currentIndex())
    qtbot.keyClicks(dialog.mapping_name_edit, "Outreach sheet")
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    assert "Outreach sheet" in dialog.status_label.text()
    assert [m.name for m in ex.list_mappings(new_site, "participants")] == ["Outreach sheet"]

    other = ImportDialog(new_site)
    qtbot.addWidget(other)
    other.show()
    read(qtbot, other, path)
    assert other.field_editor("Given").currentText() == "(not imported)"
    other.saved_combo.setCurrentIndex(other.saved_combo.findData("Outreach sheet"))
    other.saved_combo.activated.emit(other.saved_combo.currentIndex())
    assert other.field_editor("Given").currentText() == "First name"
    assert other.date_order_combo.currentData() == X.DAY_FIRST
    with qtbot.waitSignal(other.imported, timeout=WAIT_MS):
        qtbot.mouseClick(other.import_button, Qt.MouseButton.LeftButton)
    detail = ps.get_participant(new_site, ps.list_participants(new_site).rows[0].id)
    assert detail.values["enrolled_on"] == date(2024, 1, 15)
    other.runner.stop()


def test_a_possible_match_is_imported_only_when_ticked(qtbot, dialog, new_site, tmp_path):
    ps.create_participant(new_site, {"first_name": "John", "last_name": "Smith", "dob": date(1980, 1, 2),
                                     "enrolled_on": date(2024, 1, 1)})
    path = write_csv(tmp_path / "people.csv", [HEADER, person_row("C-1", "Jon", "Smith", "01/02/1980")])
    read(qtbot, dialog, path)
    click_and_wait(qtbot, dialog, dialog.check_button)
    assert statuses(dialog) == {2: ex.POSSIBLE_MATCH}
    status = dialog.preview_model.index(0, PreviewColumn.STATUS)
    assert status.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "ZANZ-000001" in dialog.preview_model.index(0, PreviewColumn.REASONS).data()
    click_and_wait(qtbot, dialog, dialog.import_button)
    assert rows_of(new_site) == 1  # flagged, not created

    view = dialog.preview_view
    view.setFocus()
    view.setCurrentIndex(dialog.preview_filter.mapFromSource(status))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # tick it, as a keyboard user would
    assert dialog.preview_model.reviewed == [2]
    assert "reviewed" in dialog.summary_label.text()
    click_and_wait(qtbot, dialog, dialog.import_button)
    assert rows_of(new_site) == 2


def test_problems_can_be_listed_alone(qtbot, dialog, tmp_path):
    path = write_csv(tmp_path / "people.csv", [HEADER, person_row("C-1", "Ana", "One"),
                                               person_row("C-2", "", "", "1985"), person_row("C-3", "Cy", "Three")])
    read(qtbot, dialog, path)
    click_and_wait(qtbot, dialog, dialog.check_button)
    dialog.show_combo.setCurrentIndex(ImportDialog.SHOW_PROBLEMS)
    dialog.show_combo.activated.emit(ImportDialog.SHOW_PROBLEMS)
    assert dialog.preview_filter.rowCount() == 1
    assert dialog.preview_filter.index(0, PreviewColumn.ROW).data() == 3
    dialog.show_combo.activated.emit(ImportDialog.SHOW_ALL)
    assert dialog.preview_filter.rowCount() == 3


def test_an_unreadable_file_is_told_in_plain_words(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        dialog.load_file(tmp_path / "missing.csv")
    assert "does not exist" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_during_the_import_leaves_nothing_imported(qtbot, dialog, new_site, tmp_path):
    path = write_csv(tmp_path / "many.csv", many_people(1500))
    read(qtbot, dialog, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.import_button.isEnabled()
    # Wait until rows are being written (the second half of the progress), then cancel.
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() == 3000 and dialog.progress_bar.value() > 1550,
                    timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "canceled" in dialog.status_label.text() and "Nothing was imported" in dialog.status_label.text()
    assert rows_of(new_site) == 0
    with new_site.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(M.ImportKey)) == 0
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_closing_while_a_job_runs_stops_it(qtbot, new_site, tmp_path):
    path = write_csv(tmp_path / "many.csv", many_people(600))
    widget = ImportDialog(new_site)
    qtbot.addWidget(widget)
    widget.show()
    read(qtbot, widget, path)
    ready = ex.preview(new_site, widget.table, widget.mapping_model.mapping()).ready
    assert ready > 500
    qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
    widget.close()
    assert not widget.runner.running
    assert rows_of(new_site) in (0, ready)  # the whole file or nothing, never part of it
