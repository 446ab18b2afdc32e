"""Every table model of the referral pages passes Qt's model tester, with real rows from the services."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lead_desktop.domain import referrals as R
from lead_desktop.gui.referrals.models import (
    AgencyModel,
    ChecklistVersionModel,
    CriteriaModel,
    OfficerModel,
    QueueColumn,
    QueueModel,
    ReferralColumn,
    ReferralTableModel,
)
from lead_desktop.gui.widgets.tables import ID_ROLE, SORT_ROLE, TONE_ROLE
from lead_desktop.services import referrals as svc
from tests.services.referrals.helpers import arrest


def test_queue_model_shows_days_left_in_words_and_colour(qapp, qtmodeltester, queue_site):
    model = QueueModel()
    model.set_rows(svc.intake_queue(queue_site))
    qtmodeltester.check(model)
    texts = [model.index(r, QueueColumn.DAYS_LEFT).data() for r in range(model.rowCount())]
    assert texts == ["2 days overdue", "due today", "2 days left — due soon", "28 days left"]
    tones = [model.index(r, 0).data(TONE_ROLE) for r in range(4)]
    assert tones == ["danger", "danger", "warning", "ok"]
    assert model.index(0, QueueColumn.DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, QueueColumn.DAYS_LEFT).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, QueueColumn.NAME).data() == "Olga Okafor"
    assert model.index(0, 0).data(ID_ROLE) == queue_site.referrals["overdue"].id
    sort_values = [model.index(r, QueueColumn.DAYS_LEFT).data(SORT_ROLE) for r in range(4)]
    assert sort_values == sorted(sort_values)
    assert model.headerData(QueueColumn.DAYS_LEFT, Qt.Orientation.Horizontal) == "Days left"


def test_referral_model_pages_and_sorts_in_sql(qapp, qtmodeltester, new_site):
    for n in range(105):
        arrest(new_site, days=-(n % 20) - 1, first_name=f"P{n:03d}")
    model = ReferralTableModel(new_site)
    model.reload()
    assert model.total == 105 and model.rowCount() == 100 and model.canFetchMore()
    before = model.queries
    model.sort(ReferralColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert model.queries == before + 1 and model.row_at(0).name == "P000 Okafor"
    model.sort(ReferralColumn.SOURCE)  # not sortable in SQL: nothing happens
    assert model.sort_key == ("name", False) and model.queries == before + 1
    assert model.index(0, ReferralColumn.RESULT).data() == "Eligible"
    assert model.index(0, ReferralColumn.OUTCOME).data() == "Pending"
    assert "days left" in model.index(0, ReferralColumn.INTAKE).data()
    qtmodeltester.check(model)  # the tester fetches the rest as a view would
    assert model.rowCount() == 105


def test_source_models(qapp, qtmodeltester, new_site):
    arrest(new_site)
    agencies, officers = AgencyModel(), OfficerModel()
    agencies.set_rows(svc.list_agencies(new_site))
    officers.set_rows(svc.list_officers(new_site))
    qtmodeltester.check(agencies)
    qtmodeltester.check(officers)
    assert [agencies.index(0, c).data() for c in range(5)] == [
        "Harbour Police Department", "Law enforcement", "1", "1", "yes"]
    assert [officers.index(0, c).data() for c in range(5)] == [
        "Officer Dana Reyes", "4411", "Harbour Police Department", "1", "yes"]


def test_checklist_models(qapp, qtmodeltester, new_site):
    versions, criteria = ChecklistVersionModel(), CriteriaModel()
    versions.set_rows(svc.checklist_versions(new_site))
    criteria.set_rows(R.DEFAULT_CHECKLIST)
    qtmodeltester.check(versions)
    qtmodeltester.check(criteria)
    assert versions.index(0, 0).data() == "1" and versions.index(0, 2).data() == "Ada Administrator"
    assert criteria.rowCount() == len(R.DEFAULT_CHECKLIST)
    assert criteria.index(1, 0).data() == "Drug quantity above the site limit (pills may be exempt) (limit 3 g)"
    assert criteria.index(9, 1).data() == "Social contact referral"
    assert criteria.index(0, 1).data() == "all pathways"
