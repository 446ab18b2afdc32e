"""The data-quality list (services.reporting.data_quality): which records count as the site's history,
what each lacks, who may see it, and the report in its three formats."""

from __future__ import annotations

import json
from datetime import date

import pypdf
import pytest

from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts, reporting
from lead_desktop.services import participants as ps
from lead_desktop.services import settings as settings_service
from tests.helpers import sites as site_helpers


def test_only_the_history_is_checked(new_site):
    typed = ps.create_participant(new_site, {"first_name": "Typed", "last_name": "Later",
                                             "enrolled_on": date(2025, 5, 1)})
    doc = reporting.data_quality(new_site)
    assert (doc.started_on, doc.participants_checked, doc.referrals_checked, doc.items) == (None, 0, 0, ())
    settings_service.set_setting(new_site, "started_using_on", "2025-06-01")  # Typed was enrolled before it
    doc = reporting.data_quality(new_site)
    assert doc.participants_checked == 1
    item = doc.items[0]
    assert (item.record, item.record_id, item.reference) == ("participant", typed.id, typed.lead_number)
    assert item.gaps == ("dob", "race", "sex")
    assert dict(doc.gap_counts()) == {"dob": 1, "race": 1, "sex": 1}


def test_it_names_people_so_viewers_never_see_it(new_site, site_dir):
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, "viewer passphrase 123")
    new_site.close()
    with site_helpers.signed_in(site_dir, "pcg", "viewer passphrase 123") as viewer:
        with pytest.raises(PermissionDenied):
            reporting.data_quality(viewer)


def test_pdf_csv_and_json(new_site, tmp_path):
    ps.create_participant(new_site, {"first_name": "Zoë", "last_name": "Ångström", "enrolled_on": date(2025, 5, 1)})
    settings_service.set_setting(new_site, "started_using_on", "2025-06-01")
    results = {fmt: reporting.export(new_site, reporting.ExportRequest("data-quality", fmt), tmp_path / f"q.{fmt}")
               for fmt in reporting.FORMATS}
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(results["pdf"].path).pages)
    assert "What the site's history lacks" in " ".join(text.split()) and "Ångström" in text
    assert "No date of birth,dob,1" in (tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    payload = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert payload["kind"] == "data-quality" and payload["gap_counts"] == {"dob": 1, "race": 1, "sex": 1}
    assert reporting.default_filename(reporting.ExportRequest("data-quality", "csv")).startswith("data-quality-")
