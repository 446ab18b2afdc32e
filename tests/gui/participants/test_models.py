"""Every table model of the participant pages passes Qt's model tester, with real rows from the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from lead_desktop.services import participants as svc
from lead_desktop.gui.candidates import CandidateModel
from lead_desktop.gui.participants.models import (
    CaseloadColumn,
    CaseloadModel,
    MergeModel,
    MergeRow,
    ParticipantColumn,
    ParticipantTableModel,
    TodayModel,
)
from lead_desktop.gui.participants.profile.records import record_column
from lead_desktop.gui.widgets.tables import ID_ROLE, SORT_ROLE, TONE_ROLE, RowsModel

from .conftest import person


def test_participant_model_pages_lazily(qtmodeltester, demo_site):
    model = ParticipantTableModel(demo_site)
    model.reload()
    assert model.total == 150
    assert model.rowCount() == 100  # one page
    assert model.canFetchMore()
    qtmodeltester.check(model)  # the tester fetches the rest as a view would
    assert model.rowCount() == 150
    assert not model.canFetchMore()
    first = model.index(0, ParticipantColumn.LEAD_NUMBER)
    assert first.data() == model.row_at(0).lead_number
    assert model.index(0, 0).data(ID_ROLE) == model.row_at(0).id
    assert model.headerData(ParticipantColumn.NAME, Qt.Orientation.Horizontal) == "Name"


def test_participant_model_sort_requeries_sql(qtmodeltester, demo_site):
    model = ParticipantTableModel(demo_site)
    model.reload()
    before = model.queries
    model.sort(ParticipantColumn.LEAD_NUMBER, Qt.SortOrder.DescendingOrder)
    assert model.queries == before + 1
    expected = svc.list_participants(demo_site, sort="lead_number", descending=True, limit=3).rows
    assert [model.row_at(i).id for i in range(3)] == [r.id for r in expected]
    sort_values = [model.index(i, ParticipantColumn.LEAD_NUMBER).data(SORT_ROLE) for i in range(5)]
    assert sort_values == sorted(sort_values, reverse=True)
    model.sort(ParticipantColumn.ALIASES)  # not sortable: nothing happens
    assert model.sort_key == ("lead_number", True)
    qtmodeltester.check(model)


def test_caseload_model(qtmodeltester, new_site):
    admin = new_site.actor.account_id
    for i in range(26):
        person(new_site, f"Caseload{i}", "Person", case_manager_id=admin)
    model = CaseloadModel()
    model.set_rows(svc.caseloads(new_site))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, CaseloadColumn.ACTIVE).data() == "26"
    assert model.index(0, CaseloadColumn.STATE).data() == "over maximum (25)"
    assert model.index(0, CaseloadColumn.STATE).data(TONE_ROLE) == "danger"
    assert model.index(0, CaseloadColumn.STATE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_record_model(qtmodeltester, new_site):
    someone = person(new_site, "Rosa", "Parks")
    for minutes in (5, 30):
        svc.add_record(
            new_site,
            "contact",
            someone.id,
            {"at": datetime.now() - timedelta(hours=minutes), "duration_minutes": minutes, "location": "Library"},
        )
    columns = [
        record_column("When", lambda r: str(r.values["at"])),
        record_column(
            "Minutes",
            lambda r: str(r.values["duration_minutes"]),
            sort=lambda r: r.values["duration_minutes"],
            tone=lambda r: "warning" if r.values["duration_minutes"] > 10 else None,
        ),
    ]
    model = RowsModel(columns)
    model.set_rows(svc.list_records(new_site, "contact", someone.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    tones = {model.index(r, 1).data(): model.index(r, 1).data(TONE_ROLE) for r in range(2)}
    assert tones == {"30": "warning", "5": None}
    by_minutes = sorted(range(2), key=lambda r: model.index(r, 1).data(SORT_ROLE))
    assert [model.index(r, 1).data() for r in by_minutes] == ["5", "30"]  # numbers sort as numbers, not text


def test_candidate_merge_and_today_models(qtmodeltester, new_site):
    a = person(new_site, "John", "Smith", dob=date(1980, 5, 4))
    matches = svc.find_duplicates(new_site, {"first_name": "Jon", "last_name": "Smith", "dob": date(1980, 5, 4)})
    candidates = CandidateModel()
    candidates.set_rows(matches)
    qtmodeltester.check(candidates)
    assert candidates.index(0, 0).data() == "John Smith"
    assert "same date of birth" in candidates.index(0, 4).data()

    b = person(new_site, "Johnny", "Smith")
    info = svc.merge_participants(new_site, a.id, b.id)
    merges = MergeModel()
    merges.set_rows([MergeRow(info, True, f"{b.lead_number} Johnny Smith")])
    qtmodeltester.check(merges)
    assert merges.index(0, 3).data() == "In effect"

    svc.add_record(
        new_site,
        "legal_case",
        a.id,
        {"jurisdiction": "Municipal Court", "next_court_at": datetime.now() + timedelta(days=2)},
    )
    svc.update_participant(
        new_site, a.id, {**svc.get_participant(new_site, a.id).values, "case_manager_id": new_site.actor.account_id}
    )
    today = TodayModel("Court date")
    today.set_rows(svc.today_page(new_site).court_dates)
    qtmodeltester.check(today)
    assert today.rowCount() == 1
    assert today.headerData(0, Qt.Orientation.Horizontal) == "Court date"
    assert today.index(0, 3).data() == "Municipal Court"
