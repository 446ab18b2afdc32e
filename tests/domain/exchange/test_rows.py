"""An imported row's key (domain/exchange/rows.py): the same person is recognised however the file spells them."""

from __future__ import annotations

from datetime import date

from lead_desktop.domain import exchange as X


def test_identity_keys_ignore_case_accents_and_spacing_but_not_the_birth_date():
    a = X.identity_key("participant", ["José ", "García", date(1980, 1, 2)])
    assert a == X.identity_key("participant", ["jose", "GARCIA", date(1980, 1, 2)])
    assert a != X.identity_key("participant", ["jose", "garcia", date(1980, 1, 3)])
    assert X.external_key("participant", " C-1 ") == X.external_key("participant", "C-1")
    assert X.external_key("participant", "C-1") != X.external_key("contact", "C-1")
