"""The dialog for one organization of the site's one list, shared by Governance → Organizations and the
Referrals page's agencies (an organization added on either is on both when it refers people).

A new organization of the kind "Law enforcement" is ticked as referring people as soon as that kind
is chosen, unless the person set the tick themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from lead_desktop.domain import organizations as O
from lead_desktop.gui.widgets.dialogs import RecordDialog


def organization_dialog(parent: QWidget, create: Callable[[dict], object],
                        update: Callable[[dict, int], object], row: object | None = None, *,
                        new_values: dict | None = None) -> RecordDialog:
    """New (no `row`) or edit: `create(values)` or `update(values, version)` saves; `row` has `values`
    and `version` (services.governance.Organization, services.referrals.AgencyRow)."""
    translate = QCoreApplication.translate
    if row is None:
        dialog = RecordDialog(translate("OrganizationDialog", "New organization"), O.ORGANIZATION_FORM, create,
                              new_values, None, parent)
        _tick_refers_people_with_kind(dialog)
    else:
        dialog = RecordDialog(translate("OrganizationDialog", "Organization"), O.ORGANIZATION_FORM, update,
                              row.values, None, parent, version=row.version)
    dialog.intro.setText(translate(
        "OrganizationDialog",
        "One list for the whole program: every organization is on Governance → Organizations, and one that "
        "refers people is offered on the referral form too."))
    dialog.intro.setVisible(True)
    return dialog


def _tick_refers_people_with_kind(dialog: RecordDialog) -> None:
    refers = dialog.form.input("refers_people")
    kind = dialog.form.input("kind")
    if not isinstance(refers, QCheckBox) or not isinstance(kind, QComboBox):
        return
    touched = {"refers": False}
    refers.clicked.connect(lambda _checked: touched.update(refers=True))

    def follow(name: str) -> None:
        if name == "kind" and not touched["refers"] and O.refers_by_default(kind.currentData()):
            refers.setChecked(True)

    dialog.form.field_changed.connect(follow)
