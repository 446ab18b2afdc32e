"""Writing a checked history in bulk (services.exchange.history_write): records stored as the window's
services store them — LEAD numbers after the last, sort and search names, aliases, the last contact,
a referral's subject, intake due date, screening and link — and the import keys of a second run."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from lead_desktop.storage import models as M
from tests.services.exchange.helpers import history_mapping, sample_history, write_csv, write_history

PAST = date(2026, 1, 1)


def test_records_are_stored_as_the_window_stores_them(new_site, tmp_path):
    earlier = ps.create_participant(new_site, {"first_name": "First", "last_name": "Onfile",
                                               "enrolled_on": date(2024, 1, 1)})
    people = write_csv(tmp_path / "people.csv", [
        ["Client ID", "First Name", "Last Name", "Aliases", "DOB", "Status"],
        ["A", "José", "Peña", "Slim; El Flaco", "03/14/1980", "Active"],
        ["B", "Ben", "Dos", "", "", "Not enrolled"],
    ])
    files = write_history(tmp_path / "h", [], [
        ["A", "02/03/2025 14:10", "Arrest diversion", "City Police Department", "", "", "Enrolled", "02/10/2025"],
        ["B", "03/03/2025 10:00", "Community", "", "", "", "", ""],
    ], [
        ["A", "02/12/2025 10:00", "Street / field", "20", "First contact."],
        ["A", "03/12/2025 10:00", "Phone", "5", "Later one."],
    ])
    files = ex.HistoryFiles(ex.read_sheet(people, "people"), files.referrals, files.contacts)
    result = ex.run_history_import(new_site, files, history_mapping(files), started_on=PAST)
    assert result.committed

    jose = next(p for p in ps.list_participants(new_site, query="slim").rows)
    assert jose.lead_number == ps.get_participant(new_site, earlier.id).lead_number[:-1] + "2"
    detail = ps.get_participant(new_site, jose.id)
    assert detail.values["enrolled_on"] == date(2025, 2, 10) and detail.values["aliases"] == "Slim, El Flaco"
    assert [p.name for p in ps.list_participants(new_site, query="pena").rows] == ["José Peña"]
    with new_site.unit_of_work() as session:
        row = session.get(M.Participant, jose.id)
        assert row.last_contact_at == datetime(2025, 3, 12, 10, 0)
        assert row.enrolled_on_source == X.ENROLLED_FROM_OUTCOME
        assert row.row_version == 1
        referrals = {r.first_name: r for r in session.scalars(select(M.Referral))}
        arrest, community = referrals["José"], referrals["Ben"]
        assert arrest.participant_id == jose.id and arrest.outcome == "enrolled"
        assert arrest.intake_due_on == date(2025, 3, 5) and arrest.intake_completed_on == date(2025, 2, 10)
        assert arrest.recorded_before and arrest.officer_id is None and arrest.checklist_id is not None
        assert arrest.screening_result is None  # no answers in a history
        assert (community.last_name, community.outcome, community.participant_id) == ("Dos", "pending", None)
        assert community.intake_due_on is None
        keys = session.execute(select(M.ImportKey.kind, M.ImportKey.external_id)
                               .where(M.ImportKey.import_id == result.import_id)).all()
    assert sorted(k for k, _e in keys) == ["contact", "contact", "participant", "referral", "referral"]
    assert ("participant", "A") in keys
    assert [r.name for r in rs.list_referrals(new_site, query="flaco").rows] == ["José Peña"]


def test_contacts_for_a_participant_on_file_move_their_last_contact(new_site, tmp_path):
    files = sample_history()
    ex.run_history_import(new_site, files, history_mapping(files))
    more = write_history(tmp_path, [["H-001", "José", "Peña", "03/14/1980", "Male", "", "Active"]], [],
                         [["H-001", "10/01/2026 09:00", "Phone", "5", "Called."]])
    result = ex.run_history_import(new_site, more, history_mapping(more))
    assert dict(result.created) == {"people": 0, "referrals": 0, "contacts": 1}
    jose = next(p for p in ps.list_participants(new_site, query="pena").rows)
    with new_site.unit_of_work() as session:
        assert session.get(M.Participant, jose.id).last_contact_at == datetime(2026, 10, 1, 9, 0)
