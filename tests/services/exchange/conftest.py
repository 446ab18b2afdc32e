"""Sites and files the exchange tests share: a people CSV, two people imported from it, and a site
filled with tricky values for the exports."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lead_desktop.services import participants as ps
from tests.services.exchange.helpers import HEADER, import_file, person_row, write_csv


@pytest.fixture
def people_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "people.csv", [
        HEADER,
        person_row("C-1", "Marcus", "Okafor"),
        person_row("C-2", "Rosa", "Delgado", "11/03/1985"),
        person_row("C-3", "James", "Whitfield", "1968-07-30"),
    ])


@pytest.fixture
def two_people(new_site, people_csv):
    import_file(new_site, people_csv)
    return {r.name: r for r in ps.list_participants(new_site).rows}


@pytest.fixture
def filled(new_site):
    """Three participants with tricky values, contacts and a housing history."""
    site = new_site
    manager = site.actor.account_id
    ana = ps.create_participant(site, {
        "first_name": "José", "middle_name": "Luis", "last_name": "Peña-García", "aliases": "Slim, El Flaco",
        "dob": date(1979, 4, 12), "dob_quality": "1", "race_ethnicity": ["1", "5"], "sex": "1",
        "gender_identity": "Two-Spirit", "veteran_status": "0", "disabling_condition": "1", "phone": "+1 505 555 0101",
        "where_to_find": "=HYPERLINK(\"http://x\") under the bridge\nmornings", "case_manager_id": manager,
        "status": "active", "enrolled_on": date(2024, 1, 15),
    }, reviewed_duplicates=True)
    ben = ps.create_participant(site, {
        "first_name": "@Ben", "last_name": "Okafor", "name_quality": "2", "race_ethnicity": ["9"], "sex": "0",
        "status": "exited", "enrolled_on": date(2023, 5, 1), "exit_date": date(2024, 2, 1),
        "exit_reason": "moved_away", "exit_destination": "410",
    }, reviewed_duplicates=True)
    cy = ps.create_participant(site, {
        "first_name": "Cy", "last_name": "Twombly", "dob": date(2001, 6, 30), "status": "exited",
        "enrolled_on": date(2024, 3, 1), "exit_date": date(2024, 9, 1), "exit_reason": "deceased",
    }, reviewed_duplicates=True)
    ps.add_record(site, "contact", ana.id, {"at": datetime(2024, 1, 16, 10, 30), "contact_type": "street",
                                            "location": "Library steps", "duration_minutes": 20,
                                            "note": "-- called twice; no answer\n+ left a message"})
    ps.add_record(site, "contact", ana.id, {"at": datetime(2024, 2, 1, 14, 0), "contact_type": "court",
                                            "unable_to_locate": True, "note": "@court: not there"})
    ps.add_record(site, "contact", ben.id, {"at": datetime(2023, 6, 1, 9, 15), "contact_type": "phone",
                                            "duration_minutes": 5})
    ps.add_record(site, "housing", ana.id, {"effective_on": date(2023, 12, 1), "living_situation": "116"})
    ps.add_record(site, "housing", ana.id, {"effective_on": date(2024, 6, 1), "living_situation": "410"})
    return site, {"ana": ana, "ben": ben, "cy": cy}
