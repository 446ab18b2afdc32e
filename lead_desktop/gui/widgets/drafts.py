"""Nothing a person typed is lost: each form that edits a record keeps its unsaved input as a draft.

- `DraftTracker` follows one editor's input: a dialog from its first showing until it closes, or an
  inline form (a profile's Overview, a meeting's details, the site settings) while it is edited. It
  knows how to read and write the input, which form and record it is (`DraftPlace`, given by the
  code that opened the editor) and the version of the record the edit started from.
- `DraftKeeper` is the window's: it writes every tracker's input encrypted (services.drafts) a few
  seconds after the last keystroke, and at once when the window locks, signs out, sleeps or quits;
  it gives an editor that opens the draft left for it (after an unlock, or restored after a crash),
  and when the record changed meanwhile it shows the edit-conflict dialog instead of overwriting.
- `GuardedDialog` is the base of every dialog that edits a record: Cancel, Escape and the close
  button ask "Discard this note?" (worded per form) with Keep editing as the default, when the form
  holds typed input; without input they close at once. The window's Lock shortcut (Ctrl+L) works
  inside it too, since a window-modal dialog keeps the window's own shortcuts from firing.

A tracker is found by the keeper through the editor's parent widgets (the window has one keeper),
so a dialog opened anywhere in the window takes part without being handed anything; a dialog with
no window around it (a test's) still asks before discarding, and keeps no drafts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from lead_desktop.domain.errors import EditConflict, KnownError
from lead_desktop.domain.fields import Form
from lead_desktop.gui.widgets.forms import FormWidget
from lead_desktop.gui.widgets.messages import ask
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.services import drafts as service
from lead_desktop.services.conflicts import same
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)

QUIET_MS = 3000  # a draft is written this long after the last keystroke…
LONGEST_MS = 20_000  # …and at least this often while someone keeps typing

INPUT_EVENTS = frozenset({QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.InputMethod})

# What Cancel asks, by form: the thing the person would lose, in their words.
QUESTIONS = {
    "contact": QT_TRANSLATE_NOOP("drafts", "Discard this note?"),
    "assessment": QT_TRANSLATE_NOOP("drafts", "Discard this assessment?"),
    "goal": QT_TRANSLATE_NOOP("drafts", "Discard this plan goal?"),
    "service": QT_TRANSLATE_NOOP("drafts", "Discard this service linkage?"),
    "housing": QT_TRANSLATE_NOOP("drafts", "Discard this housing entry?"),
    "legal_case": QT_TRANSLATE_NOOP("drafts", "Discard this legal case?"),
    "consent": QT_TRANSLATE_NOOP("drafts", "Discard this consent?"),
    "disclosure": QT_TRANSLATE_NOOP("drafts", "Discard this disclosure?"),
    "participant": QT_TRANSLATE_NOOP("drafts", "Discard the changes to this person's details?"),
    "referral": QT_TRANSLATE_NOOP("drafts", "Discard this referral?"),
    "intake": QT_TRANSLATE_NOOP("drafts", "Discard these intake dates?"),
    "referral_outcome": QT_TRANSLATE_NOOP("drafts", "Discard this outcome?"),
    "referral_agency": QT_TRANSLATE_NOOP("drafts", "Discard this agency?"),
    "referring_officer": QT_TRANSLATE_NOOP("drafts", "Discard this officer?"),
    "meeting": QT_TRANSLATE_NOOP("drafts", "Discard this meeting?"),
    "agenda_item": QT_TRANSLATE_NOOP("drafts", "Discard this agenda item and its notes?"),
    "decision": QT_TRANSLATE_NOOP("drafts", "Discard this decision?"),
    "action_item": QT_TRANSLATE_NOOP("drafts", "Discard this action item?"),
    "amendment": QT_TRANSLATE_NOOP("drafts", "Discard this amendment?"),
    "guest": QT_TRANSLATE_NOOP("drafts", "Discard this guest?"),
    "case_item": QT_TRANSLATE_NOOP("drafts", "Discard these case-conference notes?"),
}
ANY_QUESTION = QT_TRANSLATE_NOOP("drafts", "Discard what you typed?")


@dataclass(frozen=True)
class DraftPlace:
    """Which form on which record (None: a new one), and how the window opens it again: `opener` names
    the way (gui.main_window.drafts), `context` holds the ids it needs. `title` is what the person reads
    in the list of unsaved work."""

    form: str
    record_id: str | None
    opener: str
    context: dict = field(default_factory=dict)
    title: str = ""

    def as_dict(self) -> dict:
        return {"form": self.form, "record_id": self.record_id, "opener": self.opener, "context": self.context,
                "title": self.title}

    @classmethod
    def from_dict(cls, data: dict) -> "DraftPlace":
        return cls(str(data["form"]), data.get("record_id"), str(data["opener"]), dict(data.get("context") or {}),
                   str(data.get("title") or ""))


def question_for(form: str) -> str:
    return QCoreApplication.translate("drafts", QUESTIONS.get(form, ANY_QUESTION))


class DraftTracker(QObject):
    """One editor's unsaved input: how to read and write it, what it is, and whether anything was typed."""

    def __init__(
        self,
        owner: QWidget,
        read: Callable[[], dict],
        write: Callable[[dict], None],
        *,
        form: Form | None = None,
        version_attr: str | None = None,
        conflict: Callable[[EditConflict], object] | None = None,
        comparable: Callable[[dict], dict] | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.read = read
        self.write = write
        self.form = form
        self.version_attr = version_attr
        self.conflict = conflict
        self.comparable = comparable or (lambda values: values)
        self.place: DraftPlace | None = None
        self.draft_id: str | None = None
        self.active = False
        self.keeper: DraftKeeper | None = None
        self.written: dict | None = None  # what is stored now, as the form reads it
        self._initial: dict | None = None

    @property
    def question(self) -> str:
        return question_for(self.place.form if self.place else self.form.name if self.form else "")

    @property
    def version(self) -> int | None:
        value = getattr(self.owner, self.version_attr, None) if self.version_attr else None
        return int(value) if value is not None else None

    def identify(self, place: DraftPlace) -> "DraftTracker":
        self.place = place
        return self

    def activate(self) -> None:
        """The editor shows its starting values now: anything that differs from them is typed input.
        A draft left for this form (after an unlock or a crash) comes back into it."""
        if self.active:
            return
        self.active = True
        self._initial = self.read()
        self.written = None
        self.keeper = keeper_for(self.owner)
        if self.keeper is not None:
            self.keeper.register(self)

    def has_input(self) -> bool:
        return self.active and self._initial is not None and self.read() != self._initial

    def should_ask(self) -> bool:
        """Closing now would lose typed input (while the window locks or quits, the keeper keeps it)."""
        return self.has_input() and not (self.keeper is not None and self.keeper.closing)

    def set_aside(self) -> None:
        """The editor moves on to another record while its input is not saved (a meeting's details when
        another meeting is chosen): the input is written now and stays a draft, offered when the same
        record is edited again."""
        if not self.active:
            return
        if self.keeper is not None:
            self.keeper.write(self)
        self.active = False
        self.draft_id = None

    def finish(self, *, saved: bool = False, discarded: bool = False) -> None:
        """The editor closes: after saving (the draft is done), after the person discarded the input
        (the audit log says so), or without input (a draft typed back to the saved values goes). While the
        window locks or quits the stored draft stays, to open again."""
        if not self.active:
            return
        keeper = self.keeper
        keep = keeper is not None and keeper.closing and not (saved or discarded)
        if keeper is not None and self.draft_id is not None and not keep:
            keeper.remove(self, discarded=discarded and not saved)
        self.active = False
        self.draft_id = None

    def adopt(self, draft: service.DraftInfo) -> None:
        """Put a stored draft's input in the form. When the record changed since the draft's edit began
        and the two versions differ, the conflict dialog shows both (the form stays based on the older
        version, so saving can never silently replace the newer one)."""
        current, current_version = self.read(), self.version
        self.draft_id = draft.id
        self.write(dict(draft.values))
        self.written = self.read()
        if draft.base_version is None or current_version is None or draft.base_version == current_version:
            return
        if self.version_attr:
            setattr(self.owner, self.version_attr, draft.base_version)
        mine, theirs = self.comparable(self.read()), self.comparable(current)
        specs = [s for s in (self.form or ()) if s.name in mine and s.name in theirs]
        if not any(not same(s, mine[s.name], theirs[s.name]) for s in specs):
            if self.version_attr:
                setattr(self.owner, self.version_attr, current_version)
            return
        if self.conflict is not None:
            self.conflict(EditConflict(current_version=current_version, form=self.form,
                                       your_values={s.name: mine[s.name] for s in specs},
                                       their_values={s.name: theirs[s.name] for s in specs}))


def form_tracker(owner: QWidget, form: FormWidget, **kwargs: object) -> DraftTracker:
    """The tracker of an editor that is one FormWidget."""
    return DraftTracker(owner, form.values, lambda values: form.set_values(dict(values)), form=form.form, **kwargs)


def keeper_for(widget: QWidget | None) -> "DraftKeeper | None":
    while widget is not None:
        keeper = getattr(widget, "draft_keeper", None)
        if isinstance(keeper, DraftKeeper):
            return keeper
        widget = widget.parentWidget()
    return None


def confirm_discard(parent: QWidget, tracker: DraftTracker | None, then: Callable[[], object]) -> QMessageBox | None:
    """Run `then` at once when nothing typed would be lost; otherwise ask first, with Keep editing as the
    default (Enter and Escape keep editing). Returns the question box when one is open."""
    if tracker is None or not tracker.should_ask():
        then()
        return None

    def discard() -> None:
        tracker.finish(discarded=True)
        then()

    box = ask(parent, tracker.question, QCoreApplication.translate("drafts", "&Discard"), discard,
              no_text=QCoreApplication.translate("drafts", "&Keep editing"), destructive=True)
    box.setObjectName("discard_question")
    box.setInformativeText(QCoreApplication.translate("drafts", "What you typed has not been saved."))
    return box


class GuardedDialog(QDialog):
    """A dialog that edits a record: its input is kept as a draft, and closing it with input asks first.

    Subclasses set `self.draft` to their tracker; one that is a single `self.form` (a FormWidget) gets
    one made for it (with `version` as the version attribute and `show_conflict` for conflicts)."""

    draft: DraftTracker | None = None
    discard_question: QMessageBox | None = None
    lock_shortcut: QShortcut | None = None

    def draft_tracker(self) -> DraftTracker | None:
        if self.draft is None and isinstance(getattr(self, "form", None), FormWidget):
            self.draft = form_tracker(self, self.form, version_attr="version",
                                      conflict=getattr(self, "show_conflict", None))
        return self.draft

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        tracker = self.draft_tracker()
        if tracker is not None:
            tracker.activate()
        keeper = keeper_for(self.parentWidget())
        if self.lock_shortcut is None and keeper is not None and not keeper.lock_keys.isEmpty():
            self.lock_shortcut = QShortcut(keeper.lock_keys, self)
            self.lock_shortcut.activated.connect(keeper.lock_requested)

    def reject(self) -> None:
        tracker = self.draft_tracker()

        def close() -> None:
            if tracker is not None:
                tracker.finish()
            QDialog.reject(self)

        self.discard_question = confirm_discard(self, tracker, close)

    def accept(self) -> None:
        tracker = self.draft_tracker()
        if tracker is not None:
            tracker.finish(saved=True)
        super().accept()


class DraftKeeper(QObject):
    """The window's drafts: written a few seconds after the last keystroke and whenever the window
    locks, sleeps, signs out or quits; given back to the editors that open for them."""

    problem = Signal(str)  # a draft could not be written (shown in the status bar; never its content)
    lock_requested = Signal()  # the Lock shortcut, pressed inside a form

    def __init__(self, site: Callable[[], SiteSession | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._site = site
        self.trackers: list[DraftTracker] = []
        self.closing = False  # the window locks or quits: closing editors keep their drafts
        self.prefer: str | None = None  # the draft the next editor of its form takes (a restore)
        self.lock_keys = QKeySequence()  # the window's Lock shortcut, for forms to offer too
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.flush_all)
        self._first_input = 0.0
        self._installed = False

    # ----- editors ------------------------------------------------------------------------------

    def register(self, tracker: DraftTracker) -> None:
        self.trackers.append(tracker)
        if not self._installed and QCoreApplication.instance() is not None:
            QCoreApplication.instance().installEventFilter(self)
            self._installed = True
        if tracker.place is None or not service.available(self._site()):
            return
        place = tracker.place
        taken = tuple(t.draft_id for t in self.open_trackers() if t.draft_id and t is not tracker)
        try:
            draft = service.find_draft(self._site(), form=place.form, record_id=place.record_id, opener=place.opener,
                                       context=place.context, prefer=self.prefer, skip=taken)
        except KnownError as error:
            self._failed(error)
            return
        if draft is not None:
            self.prefer = None
            tracker.adopt(draft)

    def open_trackers(self) -> list[DraftTracker]:
        self.trackers = [t for t in self.trackers if shiboken6.isValid(t) and t.active]
        return list(self.trackers)

    def has_input(self) -> bool:
        return any(t.has_input() for t in self.open_trackers())

    def open_places(self) -> list[dict]:
        """The open dialogs, and inline forms holding typed input, in the order they opened (the window's
        place at a lock). An inline form without input comes back with its page."""
        return [t.place.as_dict() | {"draft": t.draft_id} for t in self.open_trackers()
                if t.place is not None and (isinstance(t.owner, QDialog) or t.has_input())]

    # ----- writing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS and self.trackers:
            now = time.monotonic()
            if not self.quiet.isActive():
                self._first_input = now
            if (now - self._first_input) * 1000 >= LONGEST_MS:
                QTimer.singleShot(0, self, self.flush_all)
                self._first_input = now
            self.quiet.start()
        return False

    def flush_all(self) -> None:
        """Write every open editor's input now (or remove a draft typed back to the saved values)."""
        self.quiet.stop()
        for tracker in self.open_trackers():
            self.write(tracker)

    def write(self, tracker: DraftTracker) -> None:
        site = self._site()
        place = tracker.place
        if place is None or not service.available(site):
            return
        try:
            if not tracker.has_input():
                if tracker.draft_id is not None:
                    service.delete_draft(site, tracker.draft_id)
                    tracker.draft_id = None
                tracker.written = None
                return
            values = tracker.read()
            if values == tracker.written and tracker.draft_id is not None:
                return
            tracker.draft_id = service.save_draft(
                site, tracker.draft_id, form=place.form, record_id=place.record_id, opener=place.opener,
                context=place.context, title=place.title, values=values, base_version=tracker.version)
            tracker.written = values
        except KnownError as error:
            self._failed(error)

    def remove(self, tracker: DraftTracker, *, discarded: bool) -> None:
        site = self._site()
        if tracker.draft_id is None or not service.available(site):
            return
        try:
            service.delete_draft(site, tracker.draft_id, discarded=discarded)
        except KnownError as error:
            self._failed(error)

    def _failed(self, error: KnownError) -> None:
        log.warning("a draft could not be kept: %s", type(error).__name__)
        self.problem.emit(error_text(error))

    def let_go(self) -> None:
        """The window locks or quits after `flush_all`: every form's draft stays stored as it is, and no
        form (closing now, or deleted later with its page) is followed any more."""
        self.closing = True
        for tracker in self.open_trackers():
            tracker.active = False
            tracker.draft_id = None
        self.trackers.clear()

    def uninstall(self) -> None:
        self.quiet.stop()
        if self._installed and QCoreApplication.instance() is not None:
            QCoreApplication.instance().removeEventFilter(self)
        self._installed = False
