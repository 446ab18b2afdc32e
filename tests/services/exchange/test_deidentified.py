"""The de-identified analysis file (services.exchange.deidentified)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from tests.services.exchange.helpers import read_csv

TODAY = date.today()


def test_the_deidentified_file_holds_no_names_contact_details_or_notes(filled, tmp_path):
    site, people = filled
    result = ex.export_deidentified(site, tmp_path / "deid.csv", "evaluation key 2026")
    assert result.rows == 3
    text = (tmp_path / "deid.csv").read_text(encoding="utf-8-sig")
    for secret in ("José", "Peña", "Luis", "Slim", "Flaco", "505", "HYPERLINK", "bridge", "called twice",
                   "Library", "Two-Spirit", "1979-04-12", "04/12/1979", people["ana"].lead_number, people["ana"].id,
                   site.actor.account_id):
        assert secret not in text, secret
    rows = read_csv(tmp_path / "deid.csv")
    assert list(rows[0]) == list(ex.DEIDENTIFIED_COLUMNS)
    by_band = {r["age_band_at_enrollment"]: r for r in rows}
    ana = by_band["35-44"]  # 44 at enrollment in January 2024
    assert ana["race_ethnicity"] == "1;5" and ana["contacts"] == "1" and ana["enrolled_month"] == "2024-01"
    assert ana["living_situation"] == "410" and ana["case_manager_pseudo_id"].startswith("S-")
    assert by_band["unknown"]["exit_destination"] == "410" and by_band["unknown"]["destination_group"] == "permanent"
    assert by_band["18-24"]["exit_reason"] == "deceased" and by_band["18-24"]["days_enrolled"] == "184"
    entry = audit_service.list_entries(site, limit=1)[0]
    assert entry.entity_type == "deidentified" and entry.detail == {"rows": 3, "format": "csv"}


def test_pseudonyms_are_stable_for_a_key_and_change_with_another(filled, tmp_path):
    site, _people = filled
    ex.export_deidentified(site, tmp_path / "a.csv", "evaluation key 2026")
    ex.export_deidentified(site, tmp_path / "b.xlsx", "evaluation key 2026")
    ex.export_deidentified(site, tmp_path / "c.csv", "a different key, 2027")
    first = [r["pseudo_id"] for r in read_csv(tmp_path / "a.csv")]
    sheet = openpyxl.load_workbook(tmp_path / "b.xlsx").active
    again = [row[0].value for row in sheet.iter_rows(min_row=2)]
    other = [r["pseudo_id"] for r in read_csv(tmp_path / "c.csv")]
    assert first == again and len(set(first)) == 3
    assert not set(first) & set(other)
    with pytest.raises(ValidationError):
        ex.export_deidentified(site, tmp_path / "d.csv", "too short")
    assert not (tmp_path / "d.csv").exists()


def test_the_contact_count_of_the_last_twelve_months(new_site, tmp_path):
    pid = ps.create_participant(new_site, {"first_name": "Dee", "last_name": "Ray",
                                           "enrolled_on": TODAY - timedelta(days=800)}).id
    for days in (10, 200, 500):
        ps.add_record(new_site, "contact", pid, {"at": datetime.combine(TODAY - timedelta(days=days),
                                                                        datetime.min.time())})
    ex.export_deidentified(new_site, tmp_path / "d.csv", "evaluation key 2026")
    row = read_csv(tmp_path / "d.csv")[0]
    assert (row["contacts"], row["contacts_last_12_months"]) == ("3", "2")
