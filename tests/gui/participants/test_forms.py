"""FormWidget: one widget per field kind from the domain field specs; problems shown under their fields."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from lead_desktop.domain import participants as P
from lead_desktop.domain.fields import FieldSpec, Form, FormInvalid, Kind, validate
from lead_desktop.domain.vocab import YES_NO
from lead_desktop.gui.widgets.forms import DateField, FormWidget, MultiChoiceList

SAMPLE = Form(
    "sample",
    (
        FieldSpec("name", "Name", Kind.TEXT, required=True, max_length=12, help="Who this is."),
        FieldSpec("notes", "Note", Kind.LONGTEXT),
        FieldSpec("day", "Date signed", Kind.DATE, not_future=True),
        FieldSpec("at", "Date and time", Kind.DATETIME),
        FieldSpec("answer", "Veteran status", Kind.CHOICE, YES_NO),
        FieldSpec("answer_required", "Sex", Kind.CHOICE, YES_NO, required=True, default="99"),
        FieldSpec("who", "Case manager", Kind.CHOICE),
        FieldSpec("flag", "Unable to locate", Kind.BOOL),
        FieldSpec("minutes", "Minutes", Kind.INT, minimum=0, maximum=1440),
        FieldSpec("race", "Race and ethnicity", Kind.MULTI, P.V.RACE_ETHNICITY, required=True, default=["99"]),
    ),
)


@pytest.fixture
def form(qtbot):
    widget = FormWidget(SAMPLE, {"who": [("a1", "Ada Lovelace"), ("b2", "Grace Hopper")]})
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_each_kind_gets_its_widget(form):
    assert isinstance(form.input("name"), QLineEdit)
    assert form.input("name").maxLength() > 1000  # a paste past the limit is shown too long, never cut (below)
    assert isinstance(form.input("notes"), QPlainTextEdit)
    assert isinstance(form.input("day"), DateField)
    assert form.input("day").edit.placeholderText() == "MM/DD/YYYY"  # as US staff write a date
    assert form.input("at").edit.placeholderText() == "MM/DD/YYYY h:mm am"
    assert "12/08/2026 9:00 am" in form.input("at").toolTip() and "2026-12-08 21:00" in form.input("at").toolTip()
    assert isinstance(form.input("answer"), QComboBox)
    assert isinstance(form.input("flag"), QCheckBox)
    assert isinstance(form.input("minutes"), QLineEdit)
    assert form.input("minutes").validator() is not None
    assert isinstance(form.input("race"), MultiChoiceList)


def test_choices_have_labels_codes_and_an_empty_entry_only_when_optional(form):
    optional = form.input("answer")
    assert optional.itemData(0) == "" and optional.itemText(0) == ""
    assert optional.itemText(1) == "No" and optional.itemData(1) == "0"
    required = form.input("answer_required")
    assert required.findData("") == -1
    assert required.currentData() == "99"  # the spec default
    who = form.input("who")
    assert [who.itemText(i) for i in range(who.count())] == ["", "Ada Lovelace", "Grace Hopper"]


def test_labels_help_and_required_marks(form):
    assert form._labels["name"].text() == "Name *"
    assert form._labels["notes"].text() == "Note"
    assert form.input("name").toolTip() == "Who this is."
    assert form.input("name").accessibleDescription() == "Who this is."
    assert form.input("name").accessibleName() == "Name"
    assert form._labels["name"].buddy() is form.input("name")


def test_values_round_trip_through_validation(form, qtbot):
    form.set_values(
        {
            "name": "Rosa",
            "notes": "Line one\nline two",
            "day": date(2024, 2, 29),
            "at": datetime(2024, 3, 1, 14, 5),
            "answer": "1",
            "who": "b2",
            "flag": True,
            "minutes": 45,
            "race": ["3", "6"],
        }
    )
    values = form.values()
    assert values["day"] == "2024-02-29"
    assert values["at"] == "2024-03-01 2:05 pm"
    assert values["answer"] == "1" and values["who"] == "b2" and values["flag"] is True
    assert values["minutes"] == "45"
    assert values["race"] == ["3", "6"]
    clean = validate(SAMPLE, values)
    assert clean["day"] == date(2024, 2, 29)
    assert clean["minutes"] == 45
    assert clean["answer_required"] == "99"


def test_typing_into_the_widgets(form, qtbot):
    qtbot.keyClicks(form.input("name"), "Marisol")
    assert form.limit_text("name") == ""  # well under the limit (12 characters): no count
    qtbot.keyClicks(form.input("name"), " th")
    assert form.limit_text("name") == "10 of 12 characters"  # near it: the count shows while typing
    qtbot.keyClicks(form.input("name"), "e very long")
    assert form.values()["name"] == "Marisol the very long"  # nothing silently cut …
    assert form.limit_text("name") == "21 of 12 characters: 9 too many"  # … the count says what is too much
    with pytest.raises(FormInvalid) as caught:
        validate(SAMPLE, form.values())
    assert caught.value.problems["name"].message == "Name can have at most 12 characters."
    qtbot.keyClicks(form.input("minutes"), "12x3")
    assert form.values()["minutes"] == "123"  # the validator refuses letters
    qtbot.keyClicks(form.input("day").edit, "2024-01-31")
    assert form.values()["day"] == "2024-01-31"


def test_missing_data_codes_stand_alone_in_a_multi_choice(form):
    race = form.input("race")
    assert race.codes() == ["99"]
    black = next(race.item(i) for i in range(race.count()) if race.item(i).data(Qt.ItemDataRole.UserRole) == "3")
    black.setCheckState(Qt.CheckState.Checked)
    assert race.codes() == ["3"]  # "Data not collected" was unticked
    missing = next(race.item(i) for i in range(race.count()) if race.item(i).data(Qt.ItemDataRole.UserRole) == "8")
    missing.setCheckState(Qt.CheckState.Checked)
    assert race.codes() == ["8"]


def test_problems_show_under_their_fields_and_focus_the_first(form, qtbot):
    form.input("day").setText("2999-01-01")
    form.input("name").setText("")
    with pytest.raises(FormInvalid) as caught:
        validate(SAMPLE, form.values())
    form.window().activateWindow()
    form.show_problems(caught.value)
    assert form.problem("name") == "Name is required."
    assert form.problem("day") == "Date signed cannot be in the future."
    assert form.problem("notes") == ""
    qtbot.waitUntil(lambda: form.input("name").hasFocus())
    form.clear_problems()
    assert form.problem("name") == "" and form.problem("day") == ""


def test_read_only_keeps_values_visible_but_unchangeable(form, qtbot):
    form.set_values({"name": "Rosa", "answer": "1", "flag": True})
    form.set_read_only(True)
    assert form.input("name").isReadOnly()
    assert form.input("answer").isEnabled()  # readable, not greyed out
    flag = form.input("flag")
    indicator = QPoint(8, flag.height() // 2)
    qtbot.mouseClick(flag, Qt.MouseButton.LeftButton, pos=indicator)
    qtbot.keyClick(form.input("answer"), Qt.Key.Key_Down)
    assert form.values()["flag"] is True
    assert form.values()["answer"] == "1"
    assert not form.required_note.isVisible()
    form.set_read_only(False)
    qtbot.mouseClick(flag, Qt.MouseButton.LeftButton, pos=indicator)
    qtbot.keyClick(form.input("answer"), Qt.Key.Key_Down)
    assert form.values()["flag"] is False
    assert form.values()["answer"] == "8"
    assert form.required_note.isVisible()


def test_a_stored_code_missing_from_the_choices_is_still_shown(form):
    form.set_values({"who": "gone-account"})
    assert form.values()["who"] == "gone-account"
    assert form.input("who").currentText() == "gone-account"


def test_calendar_pick_fills_the_date_and_keeps_the_time(form):
    field = form.input("at")
    field.setText("2024-05-06 07:45")
    picked = field.calendar.selectedDate().addDays(-3)
    field.calendar.activated.emit(picked)
    assert field.text() == picked.toString("yyyy-MM-dd") + " 7:45 am"
    field.setText("12/08/2026 9:30 pm")  # typed as US staff write it: the time is kept too
    field.calendar.activated.emit(QDate(2026, 12, 10))
    assert field.text() == "2026-12-10 9:30 pm"
    day = form.input("day")
    assert day.calendar.maximumDate() == QDate.currentDate()  # not_future dates cannot be picked ahead
