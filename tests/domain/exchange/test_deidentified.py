"""The de-identified export (domain/exchange/deidentified.py): age bands and pseudonyms."""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("dob", "band"),
    [(date(2008, 6, 16), "under 18"), (date(2008, 6, 15), "18-24"), (date(2001, 6, 16), "18-24"),
     (date(2001, 6, 15), "25-34"), (date(1961, 6, 16), "55-64"), (date(1961, 6, 15), "65 and over"),
     (None, "unknown"), (date(2027, 1, 1), "unknown")],
)
def test_age_bands_turn_on_the_birthday(dob, band):
    assert X.age_band(dob, date(2026, 6, 15)) == band


def test_pseudonyms_are_stable_per_key_and_unrelated_across_keys():
    key = X.derive_export_key("evaluation key 2026")
    same = X.derive_export_key("evaluation key 2026")
    other = X.derive_export_key("another key for 2026")
    pid = "0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10"
    assert X.pseudonym(key, pid) == X.pseudonym(same, pid)
    assert X.pseudonym(key, pid) != X.pseudonym(other, pid)
    assert X.pseudonym(key, pid) != X.pseudonym(key, pid[:-1] + "1")
    assert X.pseudonym(key, pid).startswith("P-") and pid not in X.pseudonym(key, pid)
    with pytest.raises(ValidationError):
        X.derive_export_key("short")
