"""Drafts on a site on a shared server: the same behaviour as on a laptop, but kept on this laptop, in the
person's encrypted working copy (services.offline) in the data folder, never on the server; unlocking
reopens it."""

from __future__ import annotations

from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.services import drafts
from lead_desktop.storage import working_copy

from ..conftest import ADMIN_PASSWORD
from .test_drafts import CANARY, lock_by, unlock
from ..server.conftest import server_address, server_site_session  # noqa: F401 - fixtures used here
from .test_server_window import address, flow, new_person, private_preferences, sign_in  # noqa: F401 - fixtures


def test_a_note_typed_on_a_server_site_stays_on_the_laptop_through_a_lock(qtbot, flow, tmp_path):
    sign_in(qtbot, flow.sign_in_dialog, ADMIN_PASSWORD)
    window = flow.window
    site = window.site
    assert site.local_drafts is not None and site.local_drafts is site.copy
    assert site.copy.paths.folder.parent == tmp_path / "no-site-here" / working_copy.FOLDER
    person = new_person(site, "Rosalind", "Mbeki")
    window.open_participant(person.id)
    dialog = window.pages["participants"].tabs.currentWidget().record_contact()
    dialog.form.input("note").setFocus()
    qtbot.keyClicks(dialog.form.input("note"), CANARY)

    lock_by(qtbot, window, "sleep")
    assert site.local_drafts is None  # closed with the lock, its key dropped
    unlock(qtbot, window)
    assert window.site.local_drafts is not None
    again = next(d for d in window.findChildren(RecordDialog) if d.isVisible())
    assert again.form.values()["note"] == CANARY
    assert [d.values["note"] for d in drafts.list_drafts(window.site)] == [CANARY]
    for path in (tmp_path / "no-site-here").rglob("*"):
        assert not path.is_file() or CANARY.encode() not in path.read_bytes(), path
