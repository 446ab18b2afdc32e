"""The referral intake driven like a person would: the form, screening, override, enrollment, outcomes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from lead_desktop.gui.referrals import EnrollDialog, ReferralDialog
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from tests.gui.participants.test_create_dialog import tick
from tests.services.referrals.helpers import arrest, sources

YESTERDAY = date.today() - timedelta(days=1)


def stamp(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute).strftime("%Y-%m-%d %H:%M")


def choose(qtbot, combo, text: str) -> None:
    """Pick a choice in the combo box as the person would, by the text they see.

    Typing into a closed combo box depends on Qt's keyboard-search interval, which a
    loaded CI machine can exceed between two keystrokes; the index is set instead, which
    emits the same signals the form reacts to.
    """
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setFocus()
    combo.setCurrentIndex(index)
    qtbot.wait(1)
    assert combo.currentText() == text


def type_into(qtbot, field, text: str) -> None:
    """Replace what a line edit (or date field) holds, as a person selecting all and typing would."""
    edit = field.edit if hasattr(field, "edit") else field
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill_arrest(qtbot, dialog: ReferralDialog, first: str = "Marcus", last: str = "Okafor") -> None:
    form = dialog.form
    type_into(qtbot, form.input("referred_at"), stamp(YESTERDAY, 9))
    type_into(qtbot, form.input("handoff_at"), stamp(YESTERDAY, 9, 20))
    qtbot.keyClicks(form.input("first_name"), first)
    qtbot.keyClicks(form.input("last_name"), last)
    qtbot.keyClicks(form.input("dob").edit, "1984-02-11")
    choose(qtbot, form.input("sex"), "Male")
    tick(qtbot, form.input("race_ethnicity"), "3")
    choose(qtbot, form.input("agency_id"), "Harbour Police Department")
    choose(qtbot, form.input("officer_id"), "Officer Dana Reyes #4411")
    qtbot.keyClicks(form.input("alleged_offences"), "Possession of a controlled substance")


def open_new(qtbot, page) -> ReferralDialog:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ReferralDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_an_arrest_diversion_goes_from_referral_to_enrolled_participant(qtbot, new_site, page):
    sources(new_site)
    page.refresh()
    dialog = open_new(qtbot, page)
    assert dialog.form.values()["pathway"] == "arrest_diversion"
    fill_arrest(qtbot, dialog)
    assert dialog.handoff_label.text() == "Hand-off after 20 min (target 30 min)"
    assert dialog.deadline_label.text().startswith(f"Intake due {YESTERDAY + timedelta(days=30)}")
    assert "not decided yet" in dialog.screening.result_label.text()
    qtbot.mouseClick(dialog.all_clear_button, Qt.MouseButton.LeftButton)
    assert dialog.screening.result_label.text() == "Result: eligible — no exclusion applies."
    with qtbot.waitSignal(dialog.referral_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    referral_id = saved.args[0]
    assert not dialog.isVisible()

    # On the queue with its deadline, selected.
    assert page.tabs.currentIndex() == 0 and page.selected_referral_id() == referral_id
    assert page.queue_model.index(0, 0).data() == "29 days left"

    before = ps.list_participants(new_site, limit=1).total
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    enroll = page.findChild(EnrollDialog)
    qtbot.waitExposed(enroll)
    assert enroll.matches_label.text() == "No existing participant looks like this person."
    assert not enroll.link_button.isVisible()
    with qtbot.waitSignal(page.participant_opened) as opened:
        qtbot.mouseClick(enroll.create_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(enroll.create_button, Qt.MouseButton.LeftButton)  # an impatient second click
    assert not enroll.create_button.isEnabled()
    enroll.create_new()  # and a click that reached the slot anyway: the service enrolls only once
    assert ps.list_participants(new_site, limit=1).total == before + 1
    participant = ps.get_participant(new_site, opened.args[0])
    assert participant.name == "Marcus Okafor" and participant.values["race_ethnicity"] == ["3"]
    detail = rs.get_referral(new_site, referral_id)
    assert detail.outcome == "enrolled" and detail.participant_id == participant.id
    assert page.queue_model.rowCount() == 0 and not page.queue_empty.isHidden()
    assert page.queue_summary.isHidden()  # one message for an empty queue, not two far apart

    # Enrolling the same referral again only opens the participant.
    page.tabs.setCurrentIndex(1)
    page.list_view.selectRow(0)
    again = page.enroll_selected()
    assert again.create_button.text() == "&Open participant" and "Already enrolled" in again.matches_label.text()
    with qtbot.waitSignal(page.participant_opened) as reopened:
        qtbot.mouseClick(again.create_button, Qt.MouseButton.LeftButton)
    assert reopened.args == opened.args
    assert ps.list_participants(new_site, limit=1).total == before + 1


def test_enrolling_shows_matches_and_links_the_chosen_participant(qtbot, new_site, page):
    known = ps.create_participant(new_site, {"first_name": "Marcus", "last_name": "Okafor", "dob": "1984-02-11",
                                             "enrolled_on": date.today()}, reviewed_duplicates=True)
    referral = arrest(new_site)
    page.refresh()
    page.select_referral(referral.id)
    dialog = page.enroll_selected()
    assert dialog.link_button.isVisible() and dialog.candidates.rowCount() == 1
    assert dialog.candidates.row_at(0).id == known.id
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert enrolled.args[0].participant_id == known.id and not enrolled.args[0].created
    assert ps.list_participants(new_site, limit=1).total == 1


def test_handoff_before_referral_and_future_dates_are_refused_and_nothing_saved(qtbot, new_site, page):
    sources(new_site)
    page.refresh()
    dialog = open_new(qtbot, page)
    fill_arrest(qtbot, dialog)
    qtbot.mouseClick(dialog.all_clear_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.form.input("handoff_at"), stamp(YESTERDAY, 8, 40))
    assert dialog.handoff_label.text() == "The hand-off cannot be before the referral."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("handoff_at") == "The hand-off cannot be before the referral."
    assert dialog.isVisible() and rs.list_referrals(new_site).total == 0

    type_into(qtbot, dialog.form.input("handoff_at"), "")
    type_into(qtbot, dialog.form.input("referred_at"), stamp(date.today() + timedelta(days=2), 9))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("referred_at") == "Referral date and time cannot be in the future."
    assert dialog.form.values()["first_name"] == "Marcus"  # what was typed stays
    assert rs.list_referrals(new_site).total == 0


def test_the_pathway_decides_which_fields_and_criteria_show(qtbot, new_site, page):
    dialog = open_new(qtbot, page)
    form = dialog.form

    def shown(name: str) -> bool:
        return form.input(name).isVisibleTo(dialog)

    assert shown("officer_id") and shown("alleged_offences") and not shown("referring_person")
    assert not dialog.screening.row_visible("no_prior_activity")
    choose(qtbot, form.input("pathway"), "Social contact referral")
    assert shown("officer_id") and not shown("alleged_offences")
    assert dialog.screening.row_visible("no_prior_activity")
    assert dialog.deadline_label.text() == "No legal intake deadline for this pathway"
    choose(qtbot, form.input("pathway"), "Community referral")
    assert not shown("officer_id") and shown("referring_person")
    assert form._labels["referring_person"].text() == "Referring person *"
    assert not dialog.screening.row_visible("no_prior_activity")

    # Community referral without the referrer: refused by the field.
    qtbot.keyClicks(form.input("first_name"), "Ray")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "person or organization who referred" in form.problem("referring_person")
    qtbot.keyClicks(form.input("referring_person"), "Pastor Lee, St. Mark's")
    with qtbot.waitSignal(dialog.referral_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rs.get_referral(new_site, saved.args[0]).values["referring_person"] == "Pastor Lee, St. Mark's"


def test_screening_result_is_live_and_an_override_is_documented(qtbot, new_site, page):
    sources(new_site)
    page.refresh()
    dialog = open_new(qtbot, page)
    fill_arrest(qtbot, dialog)
    qtbot.mouseClick(dialog.all_clear_button, Qt.MouseButton.LeftButton)
    grams = dialog.screening.row_editor("drug_quantity")
    assert isinstance(grams, QLineEdit)
    type_into(qtbot, grams, "4.5")
    assert dialog.screening.result_label.text() == (
        "Result: ineligible — Drug quantity above the site limit (pills may be exempt) (limit 3 g).")
    assert dialog.findChild(type(dialog.screening.result_label), "screening_drug_quantity_verdict").text() == "excludes"
    type_into(qtbot, dialog.form.input("dob"), "2010-01-01")
    assert "Under 18" in dialog.screening.result_label.text()
    type_into(qtbot, dialog.form.input("dob"), "1984-02-11")

    dialog.override_box.setChecked(True)
    override = dialog.override_form
    choose(qtbot, override.input("override_result"), "Eligible")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Name who made the decision" in override.problem("override_by")
    assert rs.list_referrals(new_site).total == 0
    qtbot.keyClicks(override.input("override_by"), "ADA Smith, prosecutor")
    qtbot.keyClicks(override.input("override_reason"), "Personal use; prosecutor agrees to divert")
    with qtbot.waitSignal(dialog.referral_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = rs.get_referral(new_site, saved.args[0])
    assert detail.screening.result == "ineligible" and detail.result == "eligible"
    assert detail.override["override_by"] == "ADA Smith, prosecutor"

    reopened = page.open_selected()
    assert reopened.override_box.isChecked()
    assert reopened.screening.row_editor("drug_quantity").text() == "4.5"
    assert reopened.status_label.text() == "Outcome: Pending"


def test_new_sources_can_be_added_from_the_form(qtbot, new_site, page):
    dialog = open_new(qtbot, page)
    qtbot.mouseClick(dialog.add_agency_button, Qt.MouseButton.LeftButton)
    agency = dialog.findChild(RecordDialog)
    qtbot.keyClicks(agency.form.input("name"), "Lakeside Police")
    with qtbot.waitSignal(agency.saved):
        qtbot.mouseClick(agency.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.input("agency_id").currentText() == "Lakeside Police"
    qtbot.waitUntil(lambda: dialog.findChild(RecordDialog) is None)  # deleted on close
    qtbot.mouseClick(dialog.add_officer_button, Qt.MouseButton.LeftButton)
    officer = dialog.findChild(RecordDialog)
    assert officer.form.input("agency_id").currentText() == "Lakeside Police"
    qtbot.keyClicks(officer.form.input("name"), "Officer Ng")
    qtbot.keyClicks(officer.form.input("badge"), "77")
    with qtbot.waitSignal(officer.saved):
        qtbot.mouseClick(officer.save_button, Qt.MouseButton.LeftButton)
    combo = dialog.form.input("officer_id")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Officer Ng #77"


def test_outcome_and_prosecutor_notification_are_recorded(qtbot, new_site, page):
    referral = arrest(new_site, days=-5)
    page.refresh()
    page.select_referral(referral.id)
    qtbot.mouseClick(page.intake_button, Qt.MouseButton.LeftButton)
    intake = page.findChild(RecordDialog)
    assert intake.intro.text().startswith("Intake due")
    form = intake.form
    qtbot.keyClicks(form.input("prosecutor_notified_on").edit, date.today().isoformat())
    qtbot.keyClicks(form.input("prosecutor_notified_how"), "Phone call to the ADA on duty")
    choose(qtbot, form.input("charges_filed"), "No")
    with qtbot.waitSignal(intake.saved):
        qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    detail = rs.get_referral(new_site, referral.id)
    assert detail.intake["prosecutor_notified_how"] == "Phone call to the ADA on duty"
    assert detail.intake["charges_filed"] == "no"
    qtbot.waitUntil(lambda: page.findChild(RecordDialog) is None)

    page.select_referral(referral.id)
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    outcome = page.findChild(RecordDialog)
    choose(qtbot, outcome.form.input("outcome"), "Declined")
    with qtbot.waitSignal(outcome.saved):
        qtbot.mouseClick(outcome.save_button, Qt.MouseButton.LeftButton)
    assert rs.get_referral(new_site, referral.id).outcome == "declined"
    assert page.queue_model.rowCount() == 0
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("declined"))
    assert page.list_model.rowCount() == 1 and page.list_model.row_at(0).id == referral.id  # kept for reporting
