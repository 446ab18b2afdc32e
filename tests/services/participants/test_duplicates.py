"""Search before create (services.participants.duplicates): who is offered as a likely match."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from tests.services.participants.helpers import days_ago, participant_count, person


def test_jon_and_john_smith_born_the_same_day_are_offered_before_saving(new_site):
    jon = person(new_site, "Jon", "Smith", dob="1980-01-02")
    people, entries = participant_count(new_site), audit_service.count_entries(new_site)
    john = {"first_name": "John", "last_name": "Smith", "dob": "01/02/1980", "enrolled_on": days_ago(1)}

    with pytest.raises(ps.DuplicatesFound) as caught:
        ps.create_participant(new_site, john)
    assert [m.id for m in caught.value.matches] == [jon.id]
    match = caught.value.matches[0]
    assert match.lead_number == jon.lead_number and match.name == "Jon Smith" and match.dob == date(1980, 1, 2)
    assert "same date of birth" in match.reasons and "similar name or alias" in match.reasons
    assert participant_count(new_site) == people and audit_service.count_entries(new_site) == entries

    second = ps.create_participant(new_site, john, reviewed_duplicates=True)
    assert second.id != jon.id and second.lead_number != jon.lead_number
    assert participant_count(new_site) == people + 1


def test_a_person_whose_alias_is_the_new_name_is_offered(new_site):
    marcus = person(new_site, "Marcus", "Brown", aliases="Tiny Tim, Slim")
    with pytest.raises(ps.DuplicatesFound) as caught:
        ps.create_participant(new_site, {"first_name": "Tiny", "last_name": "Tim", "enrolled_on": days_ago(1)})
    assert [m.id for m in caught.value.matches] == [marcus.id]
    assert "Tiny Tim" in caught.value.matches[0].aliases


def test_an_unrelated_person_born_the_same_day_is_not_offered(new_site):
    person(new_site, "Keisha", "Robinson", dob="1980-01-02")
    values = {"first_name": "John", "last_name": "Smith", "dob": "1980-01-02", "enrolled_on": days_ago(1)}
    assert ps.find_duplicates(new_site, values) == []
    created = ps.create_participant(new_site, values)  # no DuplicatesFound
    assert created.name == "John Smith"
