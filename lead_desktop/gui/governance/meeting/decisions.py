"""The Decisions tab: consensus or a vote with counts, mover and seconder, and what a decision changed.

A part of `MeetingEditor` (a mixin: the editor owns the widgets, the site and the meeting shown).
"""

from __future__ import annotations


from lead_desktop.domain import governance as G
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.actions import button, button_row
from lead_desktop.gui.widgets.dialogs import RecordDialog
from lead_desktop.gui.widgets.look import DANGER, MUTED, OK
from lead_desktop.gui.widgets.messages import ask_then
from lead_desktop.gui.widgets.tables import Column, RowsModel
from lead_desktop.gui.widgets.text import vocab_label
from lead_desktop.gui.widgets.views import make_table, selected_rows
from lead_desktop.services import meetings as mt
from lead_desktop.gui.governance.common import tr


class DecisionsPart:
    """Builds the Decisions tab and records decisions."""

    def _votes_text(self, d: mt.DecisionRow) -> str:
        if d.method != "vote":
            return vocab_label(G.DECISION_METHOD, d.method)
        text = self.tr("Vote {yes}–{no}").format(yes=d.votes_for or 0, no=d.votes_against or 0)
        if d.votes_abstain:
            text += self.tr(", {count} abstaining").format(count=d.votes_abstain)
        return text

    def _link_text(self, d: mt.DecisionRow) -> str:
        if d.criteria_version_number is not None:
            version = mt.version_label(d.criteria_version_number, tr)
            return self.tr("Eligibility criteria: {version}").format(version=version)
        if d.criteria_version:
            return self.tr("Eligibility criteria: {version}").format(version=d.criteria_version)
        if d.intake_deadline_days:
            return self.tr("Intake deadline: {days} days").format(days=d.intake_deadline_days)
        return ""

    def _build_decisions(self) -> None:
        self.decisions_tab, layout = self._tab("decisions_tab", self.tr("D&ecisions"))
        self.decision_model = RowsModel([
            Column(self.tr("No."), lambda d: str(d.position), sort=lambda d: d.position),
            Column(self.tr("Decision"), lambda d: d.text),
            Column(self.tr("Decided by"), self._votes_text),
            Column(self.tr("Outcome"), lambda d: vocab_label(G.DECISION_OUTCOME, d.outcome),
                tone=lambda d: {"adopted": OK, "not_adopted": DANGER}.get(d.outcome, MUTED)),
            Column(self.tr("Moved / seconded"), lambda d: " / ".join(x for x in (d.mover, d.seconder) if x)),
            Column(self.tr("Changes"), self._link_text),
        ], self)
        self.decision_view = make_table(self.decision_model, self.decisions_tab, "decisions_table", self.tr("Decisions"))
        self.decision_view.doubleClicked.connect(lambda _i: self.edit_decision())
        self.add_decision_button = button(self.tr("&New decision…"), self.decisions_tab, "add_decision_button",
                                          self.add_decision)
        self.edit_decision_button = button(self.tr("Edit decision…"), self.decisions_tab, "edit_decision_button",
                                           self.edit_decision)
        self.remove_decision_button = button(self.tr("&Remove decision…"), self.decisions_tab,
                                             "remove_decision_button", self.remove_decision)
        layout.addLayout(button_row(self.add_decision_button, self.edit_decision_button, self.remove_decision_button))
        layout.addWidget(self.decision_view, 1)

    def _decision_choices(self) -> dict[str, list[tuple[str, str]]]:
        agenda = [(a.id, f"{a.position}. {a.title}") for a in (self.detail.agenda if self.detail else ())]
        try:
            versions = mt.criteria_version_choices(self.site, tr)
        except KnownError:
            versions = []
        return {"agenda_item_id": agenda, "criteria_version_id": versions}

    def add_decision(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.id
        return self._open_part(RecordDialog(self.tr("Add decision"), G.DECISION_FORM,
                               lambda values: mt.add_decision(self.site, meeting_id, values), None,
                               self._decision_choices(), self, columns=2), "decision", None)

    def edit_decision(self) -> RecordDialog | None:
        rows = selected_rows(self.decision_view)
        if not rows or self.detail is None or not self.detail.editable:
            return None
        decision = rows[0]
        return self._open_part(RecordDialog(self.tr("Edit decision"), G.DECISION_FORM,
                               lambda values, version: mt.update_decision(self.site, decision.id, values, version),
                               decision.values, self._decision_choices(), self, columns=2,
                               version=decision.version), "decision", decision.id)

    def remove_decision(self) -> None:
        rows = selected_rows(self.decision_view)
        if not rows:
            return
        decision = rows[0]

        ask_then(self, self.tr("Remove this decision from the minutes?"), self.tr("Remove decision"), lambda: mt.remove_decision(self.site, decision.id), self._reload)

