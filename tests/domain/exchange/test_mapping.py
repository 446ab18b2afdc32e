"""Column mappings (domain/exchange/mapping.py) over the kinds and their targets (kinds.py): suggested
from headers, round trips through JSON, checked, fitted to a file."""

from __future__ import annotations

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import ValidationError


def test_headers_map_by_name_label_or_synonym_each_field_once():
    mapping = X.suggest_mapping(
        X.PARTICIPANTS,
        ["Client ID", "First Name", "Surname", "D.O.B.", "race_ethnicity", "Enrollment Date", "Last name", "Shoe size"],
    )
    assert mapping.mapped == {
        "external_id": "Client ID", "first_name": "First Name", "last_name": "Surname", "dob": "D.O.B.",
        "race_ethnicity": "race_ethnicity", "enrolled_on": "Enrollment Date",
    }
    assert mapping.target_of("Shoe size") == "" and mapping.target_of("Last name") == ""


def test_the_same_header_means_the_participant_in_a_contacts_file():
    mapping = X.suggest_mapping(X.CONTACTS, ["Contact ID", "Client ID", "Date"])
    assert mapping.mapped == {"external_id": "Contact ID", "participant_external_id": "Client ID", "at": "Date"}


def test_exported_headers_map_themselves():
    for kind in X.KINDS:
        targets = X.targets(kind)
        assert X.suggest_mapping(kind, [t.label for t in targets]).mapped == {t.name: t.label for t in targets}
        assert X.suggest_mapping(kind, [t.name for t in targets]).mapped == {t.name: t.name for t in targets}


def test_a_mapping_round_trips_through_json_and_is_checked():
    mapping = X.ColumnMapping(X.CONTACTS, (("When", "at"), ("Who", "lead_number"), ("Junk", "")), X.DAY_FIRST)
    again = X.ColumnMapping.from_json(mapping.to_json())
    assert again.mapped == {"at": "When", "lead_number": "Who"} and again.date_order == X.DAY_FIRST
    with pytest.raises(ValidationError):
        X.ColumnMapping.from_json("{not json")
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping(X.CONTACTS, (("A", "at"), ("B", "at"))))
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping(X.CONTACTS, (("A", "dob"),)))
    with pytest.raises(ValidationError):
        X.check_mapping(X.ColumnMapping("people", ()))


def test_a_saved_mapping_fits_a_file_that_lacks_some_columns():
    mapping = X.ColumnMapping(X.PARTICIPANTS, (("First", "first_name"), ("Start", "enrolled_on")))
    fitted, missing = X.fit_mapping(mapping, ["First", "Other"])
    assert fitted.mapped == {"first_name": "First"} and missing == ["Start"]
    assert X.target(X.PARTICIPANTS, "enrolled_on").label in X.unmapped_required(fitted)
    assert X.unmapped_required(X.ColumnMapping(X.CONTACTS, (("A", "at"),)))  # no way to find the participant
    assert X.unmapped_required(X.ColumnMapping(X.CONTACTS, (("A", "at"), ("B", "lead_number")))) == []


@pytest.mark.parametrize("kind, header, name", [
    (X.REFERRALS, "Alleged Offence", "alleged_offences"),
    (X.REFERRALS, "alleged offences", "alleged_offences"),
    (X.REFERRALS, "OFFENSE", "alleged_offences"),
    (X.PARTICIPANTS, "Enrolment Date", "enrolled_on"),
    (X.PARTICIPANTS, "Date enrolled", "enrolled_on"),
    (X.PARTICIPANTS, "DOB", "dob"),
    (X.PARTICIPANTS, "Birth date", "dob"),
    (X.PARTICIPANTS, "Date-of-Birth:", "dob"),
    (X.PARTICIPANTS, "Participant ID", "external_id"),
    (X.PARTICIPANTS, "PID", "external_id"),
    (X.PARTICIPANTS, "HMIS ID", "external_id"),
    (X.REFERRALS, "Client ID", "participant_external_id"),
    (X.CONTACTS, "pid", "participant_external_id"),
    (X.PARTICIPANTS, "Race/Ethnicity", "race_ethnicity"),
    (X.PARTICIPANTS, "Ethnicity", "race_ethnicity"),
])
def test_us_and_british_spellings_and_common_variants_match(kind, header, name):
    assert X.suggest_mapping(kind, [header]).mapped == {name: header}


def test_british_spellings_are_read_as_us_ones_word_by_word():
    assert X.match_key("Alleged Offence(s)") == "alleged offense s"
    assert X.match_key("Enrolment  date") == "enrollment date"
    assert X.match_key("Organisation / Centre") == "organization center"


def test_a_header_that_matches_nothing_offers_the_closest_fields_first():
    assert X.closest_targets(X.REFERRALS, "Offence charged")[0] == "alleged_offences"
    assert X.closest_targets(X.PARTICIPANTS, "Birthdate (approx.)")[0] == "dob"
    assert X.closest_targets(X.CONTACTS, "Staff member name")[0] == "staff"
    every = X.closest_targets(X.PARTICIPANTS, "Shoe size")
    assert sorted(every) == sorted(t.name for t in X.targets(X.PARTICIPANTS))  # each field still offered once
