"""A participant's profile through services.participants.profile: validation, LEAD numbers, saving."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.roles import Role
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import settings as settings_service
from tests.services.participants.helpers import TODAY, VALID, add_staff, days_ago, ids, participant_count, person

BAD_PARTICIPANTS = {
    "impossible date": ("dob", {"dob": "2025-13-45"}),
    "words for a date": ("dob", {"dob": "yesterday"}),
    "impossible enrollment date": ("enrolled_on", {"enrolled_on": "2025-02-30"}),
    "birth date in the future": ("dob", {"dob": TODAY + timedelta(days=1)}),
    "enrollment date in the future": ("enrolled_on", {"enrolled_on": (TODAY + timedelta(days=3)).isoformat()}),
    "missing enrollment date": ("enrolled_on", {"enrolled_on": None}),
    "blank enrollment date": ("enrolled_on", {"enrolled_on": "   "}),
    "no first and no last name": ("last_name", {"first_name": "", "last_name": "  "}),
    "not collected combined with a race": ("race_ethnicity", {"race_ethnicity": ["99", "3"]}),
    "prefers not to answer combined with a race (CSV text)": ("race_ethnicity", {"race_ethnicity": "5;9"}),
    "exited without exit date": ("exit_date", {"status": "exited", "exit_reason": "moved_away"}),
    "exited without exit reason": ("exit_reason", {"status": "exited", "exit_date": days_ago(1)}),
    "exit before enrollment": (
        "exit_date",
        {"status": "exited", "exit_reason": "moved_away", "enrolled_on": days_ago(10), "exit_date": days_ago(20)},
    ),
    "status not in the list": ("status", {"status": "gone fishing"}),
}


def _assert_plain(err: FormInvalid, field: str) -> None:
    assert field in err.problems, err.problems
    label = P.PARTICIPANT_FORM[field].label
    assert label in err.message  # "Please correct the highlighted fields: Date of birth."
    for text in (err.message, err.problems[field].message):
        assert text.strip() and text.rstrip().endswith(".")
        assert "{" not in text and "Error" not in text and "Traceback" not in text and "None" not in text


@pytest.mark.parametrize("case", list(BAD_PARTICIPANTS), ids=list(BAD_PARTICIPANTS))
def test_bad_participant_is_refused_with_a_plain_message_and_nothing_is_saved(new_site, case):
    field, change = BAD_PARTICIPANTS[case]
    person(new_site, "Already", "There")
    people, entries = participant_count(new_site), audit_service.count_entries(new_site)

    with pytest.raises(FormInvalid) as caught:
        ps.create_participant(new_site, {**VALID, **change})
    _assert_plain(caught.value, field)

    assert participant_count(new_site) == people
    assert audit_service.count_entries(new_site) == entries


def test_bad_update_changes_nothing(new_site):
    saved = person(new_site, "Rosa", "Parkes", dob="1979-04-02")
    entries = audit_service.count_entries(new_site)
    values = dict(saved.values)

    with pytest.raises(FormInvalid) as caught:
        ps.update_participant(new_site, saved.id, {**values, "dob": "2025-13-45", "phone": "555-0100"})
    _assert_plain(caught.value, "dob")

    # Viewing audits one entry; nothing else was written.
    again = ps.get_participant(new_site, saved.id)
    assert again.values["dob"] == date(1979, 4, 2)
    assert again.values["phone"] is None
    assert audit_service.count_entries(new_site) == entries + 1


def test_several_problems_are_named_together(new_site):
    with pytest.raises(FormInvalid) as caught:
        ps.create_participant(new_site, {**VALID, "dob": "yesterday", "enrolled_on": None, "sex": "7"})
    assert set(caught.value.problems) == {"dob", "enrolled_on", "sex"}
    assert all(label in caught.value.message for label in ("Date of birth", "Enrollment date", "Sex"))


def test_a_viewer_cannot_be_made_a_case_manager(new_site):
    viewer = add_staff(new_site, "vera", Role.VIEWER)
    people = participant_count(new_site)
    with pytest.raises(ValidationError) as caught:
        ps.create_participant(new_site, {**VALID, "case_manager_id": viewer}, reviewed_duplicates=True)
    assert caught.value.field == "case_manager_id"
    assert participant_count(new_site) == people
    assert viewer not in [account_id for account_id, _ in ps.case_managers(new_site)]


def test_lead_numbers_are_prefix_and_six_digits_increasing_and_unique(new_site):
    prefix = settings_service.get_settings(new_site)["participant_prefix"]
    assert prefix == "ZANZ"  # from the site name "Zanzibar Harbour LEAD"
    made = [person(new_site, f"Person{i}", "Number") for i in range(5)]
    numbers = [p.lead_number for p in made]
    assert all(re.fullmatch(r"ZANZ-\d{6}", n) for n in numbers), numbers
    sequences = [int(n.split("-")[1]) for n in numbers]
    assert sequences == sorted(sequences) and len(set(numbers)) == len(numbers)
    assert sequences[0] == 1 and sequences == list(range(1, 6))


def test_a_new_prefix_applies_to_new_records_only(new_site):
    old = person(new_site, "Before", "Change")
    settings_service.set_setting(new_site, "participant_prefix", "nola")
    new = person(new_site, "After", "Change")

    assert old.lead_number == "ZANZ-000001"
    assert ps.get_participant(new_site, old.id).lead_number == "ZANZ-000001"
    assert new.lead_number == "NOLA-000002"
    assert ids(ps.list_participants(new_site, query="nola-000002")) == [new.id]
    assert ids(ps.list_participants(new_site, query="zanz")) == [old.id]


def test_opening_a_missing_record_is_a_known_error(new_site):
    with pytest.raises(ps.RecordNotFound):
        ps.get_participant(new_site, "no-such-id")
    assert participant_count(new_site) == 0
