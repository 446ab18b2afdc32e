"""Case conferencing in the meeting editor: the participants discussed, the consent check before the
meeting, and the notes as one attendee would receive them (redacted where no release covers them)."""

from __future__ import annotations

from lead_desktop.gui.governance import MeetingsPage
from lead_desktop.gui.governance.case_conference import CaseItemDialog
from lead_desktop.services import meetings as mt
from tests.services.meetings.helpers import attendee, meeting, release
from tests.services.participants.helpers import person

from .conftest import show, texts
from .test_meetings_page import click


def test_case_conferencing_tab_with_consent_check_and_redacted_preview(qtbot, new_site, owg):
    rosa = person(new_site, "Rosa", "Parkes")
    release(new_site, rosa.id, "NOPD")
    detail = meeting(new_site, owg.body.id, days=3)
    page = show(qtbot, MeetingsPage(new_site))
    editor = page.editor
    qtbot.waitUntil(lambda: editor.detail is not None)
    index = editor.tab_widget.indexOf(editor.case_section)
    assert editor.tab_widget.isTabVisible(index)
    editor.tab_widget.setCurrentIndex(index)
    section = editor.case_section
    assert section.gaps_label.text() == "Nobody is on the case-conference list yet."

    click(qtbot, section.add_button)
    qtbot.waitUntil(lambda: section.findChild(CaseItemDialog) is not None)
    dialog = section.findChild(CaseItemDialog)
    qtbot.keyClicks(dialog.search_edit, "parkes")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    qtbot.keyClicks(dialog.form.input("notes"), "Rosa Parkes moved into housing.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert texts(section.view, 2) == ["Rosa Parkes"]
    gaps = section.gaps_label.text()
    assert "no release covers" in gaps and "Defender Gus (Orleans Public Defenders)" in gaps
    assert "Officer Fay" not in gaps  # the police are named on her release (by short name)

    defender = attendee(detail, "Defender Gus").key
    section.preview_combo.setCurrentIndex(section.preview_combo.findData(defender))
    preview = section.preview_text.toPlainText()
    assert "[participant — no release]" in preview and "Rosa" not in preview and "Parkes" not in preview
    section.preview_combo.setCurrentIndex(section.preview_combo.findData(attendee(detail, "Officer Fay").key))
    assert "Rosa Parkes" in section.preview_text.toPlainText()

    # the governance minutes never carry the case notes
    assert "Rosa" not in repr(mt.minutes_data(new_site, detail.id))
