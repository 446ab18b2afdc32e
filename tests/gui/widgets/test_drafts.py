"""Cancel, Escape and the close button of a form: with typed input they ask (Keep editing is the default),
without input they close at once (gui.widgets.drafts.GuardedDialog, on every RecordDialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from lead_desktop.domain import participants as P
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.drafts import DraftPlace, question_for


PARENTS: list[QWidget] = []  # the dialogs' parents live as long as the test


def contact_dialog(qtbot) -> tuple[RecordDialog, list]:
    parent = QWidget()
    qtbot.addWidget(parent)
    PARENTS[:] = [parent]
    saved: list = []
    dialog = RecordDialog("Record contact", P.CONTACT_FORM, lambda values: saved.append(values) or values,
                          {"at": "2026-03-01 10:00"}, None, parent)
    dialog.draft_tracker().identify(DraftPlace("contact", None, "profile_record", {}))
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, saved


def question(dialog: RecordDialog) -> QMessageBox | None:
    box = dialog.discard_question
    return box if box is not None and box.isVisible() else None


def type_note(qtbot, dialog: RecordDialog, text: str) -> None:
    note = dialog.form.input("note")
    note.setFocus()
    qtbot.keyClicks(note, text)


def test_escape_without_input_closes_at_once(qtbot):
    dialog, _saved = contact_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert question(dialog) is None


def test_escape_with_input_asks_and_keep_editing_is_the_default(qtbot):
    dialog, _saved = contact_dialog(qtbot)
    type_note(qtbot, dialog, "Found him at the bus station")
    qtbot.keyClick(dialog.form.input("note"), Qt.Key.Key_Escape)
    box = question(dialog)
    assert box is not None and dialog.isVisible()
    assert box.text() == "Discard this note?"
    assert box.defaultButton().text() == "&Keep editing"
    assert box.escapeButton() is box.defaultButton()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps editing
    assert not box.isVisible() and dialog.isVisible()
    assert dialog.form.values()["note"] == "Found him at the bus station"

    qtbot.keyClick(dialog.form.input("note"), Qt.Key.Key_Escape)
    box = question(dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # so does Escape
    assert dialog.isVisible()


def test_cancel_with_input_closes_only_after_discard(qtbot):
    dialog, saved = contact_dialog(qtbot)
    type_note(qtbot, dialog, "x")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = question(dialog)
    discard = next(b for b in box.buttons() if b.text() == "&Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert saved == []


def test_the_close_button_asks_too(qtbot):
    dialog, _saved = contact_dialog(qtbot)
    type_note(qtbot, dialog, "x")
    dialog.close()
    assert dialog.isVisible()
    assert question(dialog) is not None


def test_input_typed_back_to_what_it_was_is_no_input(qtbot):
    dialog, _saved = contact_dialog(qtbot)
    type_note(qtbot, dialog, "ab")
    qtbot.keyClick(dialog.form.input("note"), Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.form.input("note"), Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_saving_closes_without_a_question(qtbot):
    dialog, saved = contact_dialog(qtbot)
    dialog.form.set_values({"contact_type": "street", "note": "saved note"})
    dialog.save()
    assert not dialog.isVisible()
    assert question(dialog) is None
    assert saved and saved[0]["note"] == "saved note"


def test_each_form_asks_in_its_own_words():
    assert question_for("contact") == "Discard this note?"
    assert question_for("referral") == "Discard this referral?"
    assert question_for("case_item") == "Discard these case-conference notes?"
    assert question_for("something new") == "Discard what you typed?"
