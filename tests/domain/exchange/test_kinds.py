"""The import targets' header words (domain.exchange.kinds): both spellings of a word map."""

from __future__ import annotations

from lead_desktop.domain.exchange import mapping
from lead_desktop.domain.exchange.kinds import PARTICIPANTS, REFERRALS


def test_us_and_british_spellings_of_a_header_map_to_the_same_field():
    for header in ("Enrollment date", "Enrolment date", "enrolment_date", "ENROLLMENT DATE"):
        assert mapping.suggest_mapping(PARTICIPANTS, [header]).mapped == {"enrolled_on": header}, header
    for header in ("Alleged offense(s)", "Alleged offence(s)", "Alleged offences", "Offenses", "offence"):
        assert mapping.suggest_mapping(REFERRALS, [header]).mapped == {"alleged_offences": header}, header
