"""The HMIS CSV files (domain/exchange/hmis_files.py): race columns, destinations and ids."""

from __future__ import annotations

from lead_desktop.domain import exchange as X


def test_hmis_race_columns_and_race_none():
    out = X.hmis_race(["3", "6"])
    assert out["BlackAfAmerican"] == "1" and out["HispanicLatinaeo"] == "1" and out["White"] == "0"
    assert out["RaceNone"] == ""
    assert X.hmis_race(["9"]) == {**{c: "0" for _, c in X.HMIS.race}, "RaceNone": "9"}
    assert X.hmis_race([])["RaceNone"] == "99"


def test_hmis_destination_and_ids():
    assert X.hmis_destination("410", "moved_away") == "410"
    assert X.hmis_destination(None, "deceased") == "24"
    assert X.hmis_destination(None, "other") == "99"
    assert X.hmis_id("0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10") == "0b9f5b0c1a514cf59d1f2f4a9d2f7e10"
    assert len(X.hmis_id("0b9f5b0c-1a51-4cf5-9d1f-2f4a9d2f7e10")) == 32
