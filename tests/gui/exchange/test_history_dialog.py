"""The history import dialog end to end with real widgets: a step per file with its mapping, status words
chosen by hand, one check of the three files, a dry run, the import, and Cancel leaving nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from lead_desktop.domain import exchange as X
from lead_desktop.gui.exchange import ExchangePage, HistoryDialog
from lead_desktop.gui.exchange.models import PreviewColumn
from lead_desktop.services import exchange as ex
from lead_desktop.services import settings as settings_service
from lead_desktop.storage import models as M

HISTORY = Path(__file__).resolve().parents[3] / "samples" / "history"
WAIT_MS = 120_000


@pytest.fixture
def dialog(qtbot, new_site):
    widget = HistoryDialog(new_site)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.stop()


def records(site) -> tuple[int, int, int]:  # noqa: ANN001
    with site.unit_of_work() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (M.Participant, M.Referral, M.Contact))


def read(qtbot, dialog: HistoryDialog, sheet: str, path: Path) -> None:
    step = dialog.steps[sheet]
    dialog.go(list(X.SHEETS).index(sheet))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        step.path_edit.setFocus()
        step.path_edit.clear()
        qtbot.keyClicks(step.path_edit, str(path))
        qtbot.keyClick(step.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT_MS)
    assert step.table is not None


def click_and_wait(qtbot, dialog: HistoryDialog, button) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def statuses(dialog: HistoryDialog, sheet: str) -> dict[int, str]:
    model = dialog.previews[sheet]
    return {model.index(r, PreviewColumn.ROW).data(): model.status_of(r) for r in range(model.rowCount())}


def test_three_files_a_step_each_one_check_one_import(qtbot, dialog, new_site):
    for sheet in X.SHEETS:
        read(qtbot, dialog, sheet, HISTORY / f"{sheet}.csv")
    people = dialog.steps["people"]
    assert people.field_editor("Client ID").currentText() == "External ID"
    assert people.field_editor("Notes").currentText() == "(not imported)"
    referrals = dialog.steps["referrals"]
    assert referrals.field_editor("Alleged Offence").currentData() == "alleged_offences"
    # Every status word of the sample is one the program knows: none is marked.
    assert {people.words_table.item(r, 0).text() for r in range(people.words_table.rowCount())} >= {
        "Active", "Not enrolled", "No inscrito", "Activo", "Closed"}
    assert people.word_combo("No inscrito").currentData() == X.NOT_ENROLLED
    assert "Choose a meaning" not in people.words_label.text()

    dialog.go(3)
    assert dialog.stack.currentWidget().objectName() == "check_step"
    click_and_wait(qtbot, dialog, dialog.check_button)
    summary = dialog.summary_label.text()
    assert "People: 12 rows — 8 to import, 4 referral subjects (not enrolled), 0 already there, 0 refused" in summary
    assert "Contacts: 20 rows — 19 to import, 0 already there, 1 repeat, 0 refused" in summary
    assert statuses(dialog, "people")[7] == ex.SUBJECT
    dialog.sheet_combo.setCurrentIndex(2)
    dialog.sheet_combo.activated.emit(2)
    assert dialog.preview_filter.sourceModel() is dialog.previews["contacts"]

    click_and_wait(qtbot, dialog, dialog.dry_run_button)
    assert "Nothing was changed" in dialog.status_label.text()
    assert records(new_site) == (0, 0, 0)

    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Imported the history" in dialog.status_label.text()
    assert "8 created" in dialog.summary_label.text()
    assert records(new_site) == (8, 14, 19)
    assert settings_service.get_settings(new_site)["started_using_on"] == dialog.started_on.isoformat()


def test_a_status_word_it_does_not_know_is_chosen_in_the_people_step(qtbot, dialog, new_site, tmp_path):
    folder = tmp_path / "words"
    shutil.copytree(HISTORY, folder)
    text = (folder / "people.csv").read_text(encoding="utf-8-sig").replace(",Inactive,", ",Dormido,")
    (folder / "people.csv").write_text(text, encoding="utf-8-sig")
    read(qtbot, dialog, "people", folder / "people.csv")
    read(qtbot, dialog, "referrals", folder / "referrals.csv")
    people = dialog.steps["people"]
    assert "Choose a meaning for the 1 marked" in people.words_label.text()
    dialog.go(3)
    click_and_wait(qtbot, dialog, dialog.check_button)
    assert statuses(dialog, "people")[6] == ex.INVALID
    dialog.go(0)
    combo = people.word_combo("Dormido")
    combo.setCurrentIndex(combo.findData("inactive"))
    assert dialog.report is None  # the choice makes the last check stale
    assert people.chosen_words() == (("Dormido", "inactive"),)
    dialog.go(3)
    click_and_wait(qtbot, dialog, dialog.check_button)
    assert statuses(dialog, "people")[6] == ex.NEW


def test_one_workbook_fills_the_three_steps(qtbot, dialog):
    read(qtbot, dialog, "people", HISTORY / "history.xlsx")
    qtbot.waitUntil(lambda: dialog.steps["contacts"].table is not None and not dialog.runner.running,
                    timeout=WAIT_MS)
    assert [dialog.steps[s].table.sheet for s in X.SHEETS] == ["People", "Referrals", "Contacts"]
    assert dialog.steps["people"].sheet_combo.isVisible()


def test_the_start_day_decides_what_is_recorded_before_lead_desktop(qtbot, dialog, new_site):
    for sheet in ("people", "referrals"):
        read(qtbot, dialog, sheet, HISTORY / f"{sheet}.csv")
    dialog.go(3)
    dialog.started_edit.setDate(QDate(2026, 1, 1))  # the 2026 arrest diversions now face today's rules
    click_and_wait(qtbot, dialog, dialog.check_button)
    referrals = statuses(dialog, "referrals")
    assert referrals[6] == ex.INVALID  # R-05, 2026-01-12: no officer
    assert referrals[2] == ex.NEW  # R-01, 2025: recorded before LEAD Desktop
    assert "need attention" in dialog.status_label.text()


def test_cancel_during_the_import_leaves_nothing(qtbot, dialog, new_site):
    for sheet in X.SHEETS:
        read(qtbot, dialog, sheet, HISTORY / f"{sheet}.csv")
    dialog.go(3)
    dialog.start_import()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT_MS)
    assert "The import was canceled. Nothing was imported." in dialog.status_label.text()
    assert records(new_site) == (0, 0, 0)


def test_the_page_offers_it_to_those_who_keep_the_screening_rules(qtbot, new_site):
    page = ExchangePage(new_site)
    qtbot.addWidget(page)
    assert page.history_button.isEnabled()
    opened = page.open_history()
    assert isinstance(opened, HistoryDialog)
    opened.runner.stop()
    opened.close()
    page.set_site(None)
    assert not page.history_button.isEnabled()
