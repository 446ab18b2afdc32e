"""Changes shown in every open list without a click: this window's own, and on a shared server other people's.

Two sources feed one mechanism, the main window's `data_changed(tables)`:

- This window's own writes, on a laptop site and a server site alike. Every unit of work of the
  signed-in `SiteSession` reports the tables it wrote once it has committed (storage.writes reads
  them off every statement the database is sent, so no service can forget to announce a write);
  `ChangeRelay` carries them to the window's thread and hands them on once the event that caused
  them has finished, so a body created on Governance is on Meetings the moment Meetings is shown.
- Other people's writes on a shared server, described next.

How other people's changes are noticed — LISTEN/NOTIFY, polled without blocking from the GUI thread:
the server announces every write itself (a statement trigger sends ``NOTIFY
lead_changes`` with the table's name; storage.server), whichever program made it, so
no window has to re-read tables to find out whether anything changed. The signed-in
`SiteSession` holds one extra connection that LISTENs; every few seconds the main
window's timer calls `SiteSession.poll_changes()`, which reads the notifications that
have already arrived with a zero timeout and returns the changed tables (this program's
own writes left out: the page that saved shows them already). A poll is one
non-blocking socket read, so doing it on the GUI thread needs no listener thread, no
hand-over of sessions between threads, and the refresh that follows runs where the
widgets live. The price — up to one timer interval of delay — is fine for lists people
read.

What is refreshed: the main window emits `data_changed(tables)`; `LiveRefresh` reloads
the lists of the page on screen whose tables changed (the participants list, Today and
its intake summary, referrals and the intake queue, governance lists, meetings, the
accounts list) and marks the other pages, which reload when they are next shown. Every
reload keeps the selected rows (by id), the current row and the scroll position where
those rows still exist. Nothing that someone is typing is thrown away: dialogs are
never touched; a participant's details being edited stay as typed (the profile keeps
them while editing); a meeting's details form is reloaded only when it still shows what
was loaded (otherwise the person's save meets the conflict check instead). Open
profiles are not reloaded by themselves, since reading a record is audited as a view:
they show the newest data when reopened or refreshed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.tables import ID_ROLE

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 3_000
FETCH_ROUNDS = 20  # at most this many more pages to reach the rows that were scrolled to

# Which tables each list shows something of.
# "account" is left out of the participant lists: every sign-in stamps its account row, and case
# managers' names change too rarely to reload everyone's lists for each sign-in.
PARTICIPANT_LIST = frozenset({
    "participant", "participant_alias", "participant_merge", "contact", "legal_case", "housing_status",
})
TODAY = frozenset({"participant", "contact", "legal_case", "consent", "plan_goal", "setting"})
REFERRALS = frozenset({
    "referral", "organization", "referring_officer", "screening_checklist", "participant", "setting",
})
GOVERNANCE = frozenset({"gov_body", "gov_body_seat", "organization", "gov_person", "gov_membership"})
MEETINGS = GOVERNANCE | frozenset({
    "meeting", "meeting_agenda_item", "meeting_amendment", "meeting_attendance", "meeting_decision",
    "meeting_action_item", "meeting_action_update", "case_conference_item", "screening_checklist",
})
ACCOUNTS = frozenset({"account"})
EVERYTHING = PARTICIPANT_LIST | TODAY | REFERRALS | MEETINGS | ACCOUNTS  # F5: reload whatever the page shows


class ChangeRelay(QObject):
    """Carries the tables a unit of work wrote (from any thread) to this object's thread, and emits
    them as one `changed(tables)` once the events already queued, such as the rest of the click
    that saved, have run."""

    changed = Signal(object)  # set of table names
    _noted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._noted.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    def note(self, tables: frozenset[str]) -> None:
        """SiteSession.watch_changes's listener: safe to call from a worker thread."""
        self._noted.emit(set(tables))

    def forget(self) -> None:
        self._pending.clear()

    def _collect(self, tables: set[str]) -> None:
        if not self._pending:
            QTimer.singleShot(0, self, self._flush)  # with the relay as context: dropped if it is deleted first
        self._pending |= tables

    def _flush(self) -> None:
        tables, self._pending = self._pending, set()
        if tables:
            self.changed.emit(tables)


# ----- keeping the selection and scroll position of a list -----------------------------------------


@dataclass
class _ViewState:
    view: QAbstractItemView
    selected: list[object]
    current: object
    rows: int
    vertical: int
    horizontal: int


def _row_id(view: QAbstractItemView, row: int) -> object:
    model = view.model()
    return model.index(row, 0).data(ID_ROLE) if model is not None else None


def _capture(view: QAbstractItemView) -> _ViewState:
    model, selection = view.model(), view.selectionModel()
    selected = [index.data(ID_ROLE) for index in selection.selectedRows()] if selection is not None else []
    current = view.currentIndex()
    return _ViewState(
        view,
        [key for key in selected if key is not None],
        current.data(ID_ROLE) if current.isValid() else None,
        model.rowCount() if model is not None else 0,
        view.verticalScrollBar().value(),
        view.horizontalScrollBar().value(),
    )


def _restore(state: _ViewState) -> None:
    view = state.view
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return
    # A paged list starts again at its first page: fetch on to where the person had scrolled.
    rounds = 0
    while model.rowCount() < state.rows and model.canFetchMore(view.rootIndex()) and rounds < FETCH_ROUNDS:
        model.fetchMore(view.rootIndex())
        rounds += 1
    if state.selected:
        now = [index.data(ID_ROLE) for index in selection.selectedRows()]
        if now != state.selected:
            found = [row for row in range(model.rowCount()) if _row_id(view, row) in state.selected]
            if found:
                view.clearSelection()
                for row in found:
                    view.selectionModel().select(
                        model.index(row, 0),
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
    if state.current is not None:
        current = view.currentIndex()
        if not current.isValid() or current.data(ID_ROLE) != state.current:
            row = next((r for r in range(model.rowCount()) if _row_id(view, r) == state.current), None)
            if row is not None:
                column = max(current.column(), 0)
                selection.setCurrentIndex(model.index(row, column), selection.SelectionFlag.NoUpdate)
    view.verticalScrollBar().setValue(min(state.vertical, view.verticalScrollBar().maximum()))
    view.horizontalScrollBar().setValue(min(state.horizontal, view.horizontalScrollBar().maximum()))


@contextmanager
def views_kept(*roots: QWidget) -> Iterator[None]:
    """Reload inside this block: every list under `roots` keeps its selection and scroll position."""
    states = [_capture(view) for root in roots for view in root.findChildren(QAbstractItemView)
              if view.model() is not None]
    yield
    for state in states:
        try:
            _restore(state)
        except RuntimeError:  # the list was rebuilt meanwhile and its old widget deleted
            continue


# ----- the pages ------------------------------------------------------------------------------------


def _form_untouched(form, values: dict) -> bool:  # noqa: ANN001 - a gui.widgets.forms.FormWidget
    """True when `form` still shows `values`, the ones it was filled with (nobody has typed in it).
    Compared through a scratch form, so both sides are read back the same way."""
    from lead_desktop.gui.widgets.forms import FormWidget

    scratch = FormWidget(form.form, form.choices)
    try:
        scratch.set_values(dict(values))
        return scratch.values() == form.values()
    finally:
        scratch.deleteLater()


def _refresh_participants_section(section: QWidget, tables: set[str]) -> None:
    from lead_desktop.gui.participants import ParticipantsPage, TodayPage
    from lead_desktop.gui.referrals import IntakeSummaryWidget

    if tables & PARTICIPANT_LIST:
        for page in section.findChildren(ParticipantsPage):
            with views_kept(page):
                page.refresh()
    if tables & TODAY:
        for page in section.findChildren(TodayPage):
            with views_kept(page):
                page.refresh()
    if tables & REFERRALS:
        for summary in section.findChildren(IntakeSummaryWidget):
            if not summary.isHidden():
                summary.refresh()


def _refresh_referrals_section(section: QWidget, tables: set[str]) -> None:
    from lead_desktop.gui.referrals import ReferralsPage

    if tables & REFERRALS:
        for page in section.findChildren(ReferralsPage):
            with views_kept(page):
                page.refresh()


def _refresh_governance(page: QWidget, tables: set[str]) -> None:
    if tables & GOVERNANCE and getattr(page, "site", None) is not None:
        with views_kept(page):
            page.reload()


def _refresh_meetings(page: QWidget, tables: set[str]) -> None:
    if not tables & MEETINGS or getattr(page, "site", None) is None:
        return
    editor = page.editor
    with views_kept(page.meeting_view):
        page.reload()  # the bodies and the meetings list; the editor keeps the meeting it shows
    detail = editor.detail
    if detail is None:
        return
    if not _form_untouched(editor.details_form, detail.meeting.values):
        log.info("meeting changed elsewhere while its details are being edited; not reloaded")
        return
    with views_kept(editor):
        editor.load(detail.id)


def _refresh_administration(page: QWidget, tables: set[str]) -> None:
    if tables & ACCOUNTS and hasattr(page, "reload_accounts"):
        with views_kept(page.ui.accounts_view):
            page.reload_accounts()


REFRESHERS: dict[str, Callable[[QWidget, set[str]], None]] = {
    "participants": _refresh_participants_section,
    "referrals": _refresh_referrals_section,
    "governance": _refresh_governance,
    "meetings": _refresh_meetings,
    "administration": _refresh_administration,
}


class LiveRefresh(QObject):
    """Reloads the window's page on screen for changes; the others when next shown."""

    def __init__(self, pages: dict[str, QWidget], current_page: Callable[[], QWidget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._current_page = current_page
        self._stale: dict[str, set[str]] = {}

    def forget(self) -> None:
        """Locked or signed out: nothing is pending (the pages reload fully when a site comes back)."""
        self._stale.clear()

    def on_data_changed(self, tables: set[str]) -> None:
        current = self._current_page()
        for key, page in self._pages.items():
            if key not in REFRESHERS:
                continue
            if page is current:
                self._refresh(key, page, set(tables) | self._stale.pop(key, set()))
            else:
                self._stale.setdefault(key, set()).update(tables)

    def refresh_now(self) -> None:
        """F5: the page on screen reads again everything it shows, an open record included."""
        current = self._current_page()
        for key, page in self._pages.items():
            if page is current and key in REFRESHERS:
                self._stale.pop(key, None)
                self._refresh(key, page, set(EVERYTHING))
                reload_record = getattr(page, "reload_open_record", None)
                if reload_record is not None:
                    reload_record()

    def on_page_shown(self, page: QWidget | None) -> None:
        for key, candidate in self._pages.items():
            if candidate is page and key in self._stale:
                self._refresh(key, page, self._stale.pop(key))

    def _refresh(self, key: str, page: QWidget, tables: set[str]) -> None:
        try:
            REFRESHERS[key](page, tables)
        except KnownError:
            log.warning("refreshing the %s page for changes failed", key)

