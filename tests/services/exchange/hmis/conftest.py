"""A site with the HMIS details kept and consents that name the HMIS, on top of the exchange tests'
`filled` site: José Luis Peña-García (ana) under a 42 CFR Part 2 consent naming the HMIS, @Ben Okafor
(ben) under a consent naming it without the substance-use flag, Cy Twombly (cy) with no consent."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from tests.services.exchange.hmis.builders import DETAILS, consent

@pytest.fixture
def hmis_filled(filled):
    """`filled`, its HMIS details kept, ana and ben consenting to the HMIS, a stay in treatment for each."""
    site, people = filled
    ex.save_hmis_site(site, DETAILS)
    consent(site, people["ana"], sud=True)
    consent(site, people["ben"], sud=False)
    consent(site, people["cy"], sud=False, hmis=False)
    ben = ps.get_participant(site, people["ben"].id)
    ps.update_participant(site, ben.id, {**ben.values, "exit_destination": "435", "exit_destination_subsidy": "433"})
    # ben came from treatment (his prior living situation); ana was in treatment at a street contact.
    ps.add_record(site, "housing", people["ben"].id, {"effective_on": date(2023, 4, 1), "living_situation": "205"})
    ps.add_record(site, "housing", people["ana"].id, {"effective_on": date(2024, 3, 1), "living_situation": "205"})
    ps.add_record(site, "contact", people["ana"].id, {"at": datetime(2024, 3, 5, 9, 0), "contact_type": "street",
                                                      "location": "=Clinic door"})
    return site, people
