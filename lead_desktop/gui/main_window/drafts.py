"""The window's drafts and place: kept through a lock, offered after a crash, asked about on closing.

- At a lock (idle, Ctrl+L, sleep, the desktop's screen lock) every open form's input is written as a
  draft and the window's place (section, open profiles and their tabs, the meeting shown, the open
  forms in the order they opened) is kept encrypted beside the drafts (services.drafts). The pages
  are then emptied as always: nothing typed or shown survives the lock in a widget.
- After unlocking, `_restore_place` rebuilds that place from what was kept, and each form opens
  again through its opener below; the form takes its draft back itself (gui.widgets.drafts).
- After a fresh sign-in, drafts left by an earlier session (a crash, a power cut, a sign-out with
  open edits) are offered in the Unsaved work dialog: Restore opens each in its form, Discard
  removes it; both are written to the audit log (never the content).
- Closing the window with typed input asks first; the input is kept as drafts either way.

An opener turns a `DraftPlace` back into an open form: it goes to the page, opens the record's
profile or meeting, and calls the page's own method for that form. A part of `MainWindow`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.main_window.unsaved_work import UnsavedWorkDialog
from lead_desktop.gui.pages import PAGES
from lead_desktop.gui.system_lock import SystemLockWatcher
from lead_desktop.gui.widgets.drafts import DraftKeeper, DraftPlace
from lead_desktop.gui.widgets.messages import ask, show_message
from lead_desktop.services import drafts as draft_service

log = logging.getLogger(__name__)


class DraftsPart:
    """Drafts, the window's place through a lock, the system's sleep and screen lock."""

    def _setup_drafts(self) -> None:
        self.draft_keeper = DraftKeeper(lambda: self._site, self)
        self.draft_keeper.problem.connect(lambda text: self.statusBar().showMessage(
            self.tr("A draft could not be kept: {reason}").format(reason=text), 10_000))
        self.draft_keeper.lock_keys = self.ui.action_lock.shortcut()
        self.draft_keeper.lock_requested.connect(self.lock)
        self.unsaved_work_dialog: UnsavedWorkDialog | None = None
        self.close_question: QMessageBox | None = None
        self._close_confirmed = False
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self._on_system_lock_requested)

    def _on_system_lock_requested(self, reason: str) -> None:
        log.info("locking: %s", reason)
        self.lock()
        self.system_lock.release_inhibitor()  # the window is locked: the computer may sleep now

    # ----- through a lock ----------------------------------------------------------------------

    def _keep_place(self) -> None:
        """Write every open form's input, then where the window is, before anything is closed."""
        keeper = self.draft_keeper
        keeper.flush_all()
        place = {"page": self.current_page_key(), "editors": keeper.open_places()}
        participants = self.pages["participants"]
        if hasattr(participants, "place"):
            place["participants"] = participants.place()
        meetings = self.pages["meetings"]
        if getattr(meetings, "editor", None) is not None and meetings.editor.detail is not None:
            place["meeting"] = {"body": meetings.body_id(), "id": meetings.editor.detail.id,
                                "tab": meetings.editor.tab_widget.currentIndex()}
        admin = self.pages["administration"]
        if hasattr(admin, "ui"):
            place["admin_tab"] = admin.ui.tabs.currentIndex()
        try:
            draft_service.save_place(self._site, place)
        except KnownError:
            log.warning("the window's place could not be kept through the lock")
        keeper.let_go()

    def _restore_place(self) -> None:
        """After unlocking: the same profiles, meeting and forms, from what the lock kept."""
        self.draft_keeper.closing = False
        try:
            place = draft_service.take_place(self._site)
        except KnownError:
            log.warning("the window's place could not be read back after the lock")
            place = None
        if not place:
            return
        participants = self.pages["participants"]
        if place.get("participants") and hasattr(participants, "restore_place"):
            participants.restore_place(place["participants"])
        meeting = place.get("meeting")
        if meeting and hasattr(self.pages["meetings"], "show_meeting_of"):
            self.pages["meetings"].show_meeting_of(meeting.get("body"), meeting.get("id"), meeting.get("tab"))
        admin = self.pages["administration"]
        if place.get("admin_tab") is not None and hasattr(admin, "ui"):
            admin.ui.tabs.setCurrentIndex(int(place["admin_tab"]))
        opened: list[QWidget] = []
        for entry in place.get("editors") or ():
            self.draft_keeper.prefer = entry.get("draft")
            editor = self.reopen(DraftPlace.from_dict(entry), opened)
            if editor is not None:
                opened.append(editor)
        self.draft_keeper.prefer = None
        self.go_to_page(place.get("page") or "participants")

    # ----- after a crash --------------------------------------------------------------------------

    def _offer_drafts(self) -> None:
        """A fresh sign-in: drafts older than the site keeps them go; the others are offered."""
        site = self._site
        if site is None:
            return
        try:
            draft_service.remove_expired(site)
            drafts = draft_service.list_drafts(site)
        except KnownError as error:
            log.warning("drafts could not be read: %s", type(error).__name__)
            return
        if not drafts:
            return
        dialog = UnsavedWorkDialog(drafts, self)
        dialog.restore_requested.connect(self.restore_draft)
        dialog.discard_requested.connect(self._discard_draft)
        dialog.finished.connect(lambda _r: setattr(self, "unsaved_work_dialog", None))
        self.unsaved_work_dialog = dialog
        dialog.show()

    def restore_draft(self, draft: draft_service.DraftInfo) -> QWidget | None:
        """Open a draft left by an earlier session in its form (recorded in the audit log)."""
        place = DraftPlace(draft.form, draft.record_id, draft.opener, draft.context, draft.title)
        self.draft_keeper.prefer = draft.id
        editor = self.reopen(place, [])
        self.draft_keeper.prefer = None
        if editor is None:
            show_message(self, self.tr("This draft cannot be opened: its record is no longer there, or your role "
                                       "no longer opens it. You can discard it."))
            return None
        try:
            draft_service.mark_restored(self._site, draft)
        except KnownError:
            log.warning("a restored draft could not be recorded in the audit log")
        if self.unsaved_work_dialog is not None:
            self.unsaved_work_dialog.remove(draft.id)
        return editor

    def _discard_draft(self, draft: draft_service.DraftInfo) -> None:
        try:
            draft_service.delete_draft(self._site, draft.id, discarded=True)
        except KnownError as error:
            self.statusBar().showMessage(str(error), 10_000)
            return
        if self.unsaved_work_dialog is not None:
            self.unsaved_work_dialog.remove(draft.id)

    # ----- closing --------------------------------------------------------------------------------

    def close_now(self) -> None:
        """Close without asking (the application is quitting): typed input is kept as drafts."""
        self._close_confirmed = True
        self.close()

    def _ask_before_closing(self, event: QCloseEvent) -> bool:
        """True when the close waits for the person's answer (typed input would otherwise close with it)."""
        if self._close_confirmed or self._site is None or not self.draft_keeper.has_input():
            return False
        event.ignore()
        signing_out = self._ending == "sign_out"
        yes = self.tr("&Sign out and keep drafts") if signing_out else self.tr("&Quit and keep drafts")

        def confirmed() -> None:
            self._close_confirmed = True
            self.close()

        def answered() -> None:
            self.close_question = None
            if not self._close_confirmed:
                self._ending = "quit"

        box = ask(self, self.tr("Some forms hold typed input that is not saved yet."), yes, confirmed,
                  no_text=self.tr("&Keep editing"))
        box.setObjectName("close_question")
        box.setInformativeText(self.tr("It is kept as a draft and offered the next time you sign in."))
        box.finished.connect(answered)
        self.close_question = box
        return True

    # ----- opening a form again -------------------------------------------------------------------

    def reopen(self, place: DraftPlace, opened: list[QWidget] | None = None) -> QWidget | None:
        """Open the form `place` names (its draft comes back into it by itself); None when it cannot open."""
        opener: Callable[..., QWidget | None] | None = getattr(self, f"_open_{place.opener}", None)
        if opener is None or self._site is None:
            return None
        try:
            return opener(place, opened or [])
        except KnownError as error:
            log.warning("a form could not be opened again: %s", type(error).__name__)
            return None

    def _may(self, key: str) -> bool:
        return self._allowed(next(i for i, spec in enumerate(PAGES) if spec.key == key))

    def _profile(self, participant_id: object) -> QWidget | None:
        section = self.pages["participants"]
        if not participant_id or not hasattr(section, "profile") or not self._may("participants"):
            return None
        self.go_to_page("participants")
        return section.profile(str(participant_id))

    def _open_profile_record(self, place: DraftPlace, _opened: list) -> QWidget | None:
        profile = self._profile(place.context.get("participant"))
        tab = profile.records_tab(str(place.context.get("kind"))) if profile is not None else None
        return tab.open_record(place.record_id) if tab is not None else None

    def _open_overview(self, place: DraftPlace, _opened: list) -> QWidget | None:
        profile = self._profile(place.context.get("participant"))
        if profile is None or "overview" not in profile.tabs:
            return None
        overview = profile.open_tab("overview")
        overview.start_edit()
        return overview if overview.editing else None

    def _open_new_participant(self, _place: DraftPlace, _opened: list) -> QWidget | None:
        section = self.pages["participants"]
        if not self._may("participants") or not hasattr(section, "list_page"):
            return None
        self.go_to_page("participants")
        return section.list_page().new_participant()

    def _referrals_page(self) -> QWidget | None:
        section = self.pages["referrals"]
        if not self._may("referrals") or not hasattr(section, "tabs") or section.tabs.count() == 0:
            return None
        self.go_to_page("referrals")
        return section.tabs.widget(0)

    def _open_referral(self, place: DraftPlace, _opened: list) -> QWidget | None:
        page = self._referrals_page()
        if page is None:
            return None
        if place.record_id is None:
            return page.new_referral()
        return page.open_selected() if page.select_referral(place.record_id) else None

    def _open_referral_intake(self, place: DraftPlace, _opened: list) -> QWidget | None:
        page = self._referrals_page()
        ok = page is not None and place.record_id is not None and page.select_referral(place.record_id)
        return page.record_intake_selected() if ok else None

    def _open_referral_outcome(self, place: DraftPlace, _opened: list) -> QWidget | None:
        page = self._referrals_page()
        ok = page is not None and place.record_id is not None and page.select_referral(place.record_id)
        return page.record_outcome_selected() if ok else None

    def _open_referral_source(self, place: DraftPlace, opened: list) -> QWidget | None:
        kind = place.context.get("kind")
        if place.context.get("within") == "referral":
            referral = next((w for w in reversed(opened) if w.objectName() == "referral_dialog"), None)
            if referral is not None:
                return referral.add_agency() if kind == "agency" else referral.add_officer()
        page = self._referrals_page()
        return page.open_source(str(kind), place.record_id) if page is not None else None

    def _meeting_editor(self, place: DraftPlace, meeting_id: object) -> QWidget | None:
        page = self.pages["meetings"]
        if not self._may("meetings") or not hasattr(page, "show_meeting_of"):
            return None
        self.go_to_page("meetings")
        if not page.show_meeting_of(place.context.get("body"), meeting_id):
            return None
        return page.editor

    def _open_new_meeting(self, place: DraftPlace, _opened: list) -> QWidget | None:
        page = self.pages["meetings"]
        if not self._may("meetings") or not hasattr(page, "show_meeting_of"):
            return None
        self.go_to_page("meetings")
        page.show_meeting_of(place.context.get("body"), None)
        return page.new_meeting()

    def _open_meeting_details(self, place: DraftPlace, _opened: list) -> QWidget | None:
        editor = self._meeting_editor(place, place.record_id)
        if editor is None:
            return None
        editor.tab_widget.setCurrentWidget(editor.details_tab)
        return editor if editor.details_draft.active else None

    def _open_meeting_part(self, place: DraftPlace, _opened: list) -> QWidget | None:
        editor = self._meeting_editor(place, place.context.get("meeting"))
        return editor.open_part(str(place.context.get("part")), place.record_id) if editor is not None else None

    def _open_case_item(self, place: DraftPlace, _opened: list) -> QWidget | None:
        editor = self._meeting_editor(place, place.context.get("meeting"))
        return editor.open_case_item(place.record_id) if editor is not None else None

    def _open_settings(self, _place: DraftPlace, _opened: list) -> QWidget | None:
        admin = self.pages["administration"]
        if not self._may("administration") or not hasattr(admin, "settings_draft"):
            return None
        self.go_to_page("administration")
        admin.ui.tabs.setCurrentWidget(admin.ui.settings_tab)
        return admin if admin.settings_draft.active else None

