"""Enrolling a referred person: link the participant the duplicate check found, or create a new one.

Enrolling twice never makes two people: the buttons are disabled while the service runs, and the
service itself enrolls a referral only once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.candidates import CandidateModel, candidate_table
from lead_desktop.gui.referrals.common import result_text
from lead_desktop.gui.widgets.look import DANGER, MUTED, WARNING, paint_label, problem_label, show_problem
from lead_desktop.gui.widgets.text import error_text, format_date
from lead_desktop.gui.widgets.views import fit_columns, selected_id
from lead_desktop.services import participants as participants_service
from lead_desktop.services import referrals as svc
from lead_desktop.services.session import SiteSession


class EnrollDialog(QDialog):
    """Enroll the referred person: link an existing participant the duplicate check found, or create one.

    Both buttons are disabled while the service runs, and the service itself enrolls a referral only
    once, so a double click cannot make two people.
    """

    enrolled = Signal(object)  # svc.Enrollment

    def __init__(self, site: SiteSession, referral_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll_dialog")
        self.setWindowTitle(self.tr("Enroll in LEAD"))
        self._site = site
        self._referral_id = referral_id
        self.enrollment: svc.Enrollment | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.matches_label = QLabel(self)
        self.matches_label.setObjectName("matches_label")
        self.matches_label.setWordWrap(True)
        layout.addWidget(self.matches_label)
        self.candidates = CandidateModel(self)
        self.view = candidate_table(self.candidates, self, "matches_table", self.tr("Possible matches"))
        layout.addWidget(self.view, 1)
        self.problem_label = problem_label(self)
        layout.addWidget(self.problem_label)
        layout.addStretch(0)  # takes the height when there is no table of matches
        self._layout = layout
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.link_button = self.buttons.addButton(self.tr("&Link to selected participant"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.link_button.setObjectName("link_button")
        self.create_button = self.buttons.addButton(self.tr("&Create new participant"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setObjectName("create_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.link_button.clicked.connect(self.link_selected)
        self.create_button.clicked.connect(self.create_new)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self._load()

    def _load(self) -> None:
        try:
            detail = svc.get_referral(self._site, self._referral_id)
            matches = svc.enrollment_matches(self._site, self._referral_id) if detail.participant_id is None else []
        except KnownError as error:
            self._fail(error)
            self.link_button.setEnabled(False)
            self.create_button.setEnabled(False)
            return
        dob = format_date(detail.values.get("dob")) or self.tr("unknown")
        self.intro.setText(self.tr(
            "Enroll {name} (born {dob}), referred {when} — screening: {result}. A new participant is made from the "
            "referral's name, aliases, date of birth, race and ethnicity, sex and case manager.").format(
            name=detail.name, dob=dob, when=format_date(detail.values.get("referred_at")),
            result=result_text(detail.result)))
        if detail.participant_id:
            self.matches_label.setText(self.tr("Already enrolled as {number}.").format(
                number=detail.participant_lead_number))
            self._show_matches(False)
            # Enrolling again only returns the participant (the service is idempotent): this opens it.
            self.create_button.setText(self.tr("&Open participant"))
            return
        self.candidates.set_rows(matches)
        fit_columns(self.view)
        if matches:
            self.matches_label.setText(self.tr(
                "This person may already have a participant record. Link the referral to the right record, or "
                "create a new participant if none of these is them."))
            paint_label(self.matches_label, WARNING)
            self.view.selectRow(0)
        else:
            self.matches_label.setText(self.tr("No existing participant looks like this person."))
            paint_label(self.matches_label, MUTED)
        self._show_matches(bool(matches))

    def _show_matches(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.link_button.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)
        if not shown:  # nothing to choose from: a short dialog
            self.resize(self.width(), self.layout().sizeHint().height() + 24)

    def _fail(self, error: KnownError) -> None:
        show_problem(self.problem_label, error_text(error), DANGER)

    def _run(self, call: Callable[[], svc.Enrollment]) -> None:
        self.link_button.setEnabled(False)
        self.create_button.setEnabled(False)
        try:
            result = call()
        except participants_service.DuplicatesFound as found:
            self.candidates.set_rows(found.matches)
            fit_columns(self.view)
            self._show_matches(True)
            self.view.selectRow(0)
            self.link_button.setEnabled(True)
            self.create_button.setEnabled(True)
            return
        except KnownError as error:
            self._fail(error)
            self.link_button.setEnabled(True)
            self.create_button.setEnabled(True)
            return
        self.enrollment = result
        self.enrolled.emit(result)
        self.accept()

    def link_selected(self) -> None:
        chosen = selected_id(self.view)
        if chosen is None:
            return
        self._run(lambda: svc.enroll(self._site, self._referral_id, chosen))

    def create_new(self) -> None:
        # The person saw the matches (or there were none): creating is their reviewed decision.
        self._run(lambda: svc.enroll(self._site, self._referral_id, reviewed_duplicates=True))
