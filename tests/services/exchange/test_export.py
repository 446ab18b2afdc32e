"""List exports (services.exchange.export): CSV and Excel that import back into a fresh site unchanged,
formula neutralization, audit, cancel."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import openpyxl
import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from lead_desktop.services.session import SiteSession
from tests.conftest import ADMIN_PASSWORD
from tests.helpers import sites as site_helpers
from tests.services.exchange.helpers import read_csv, rows_of
from tests.services.exchange.hmis.builders import DETAILS


def all_values(site: SiteSession) -> dict[str, dict]:
    """Participants by full name → their form values (case manager as the account's user name)."""
    out = {}
    names = {a.id: a.username for a in accounts.list_accounts(site)}
    for row in ps.list_participants(site, limit=500).rows:
        detail = ps.get_participant(site, row.id)
        values = dict(detail.values)
        values["case_manager_id"] = names.get(values["case_manager_id"])
        out[row.name] = values
    return out


def all_contacts(site: SiteSession) -> dict[str, list[dict]]:
    out = {}
    for row in ps.list_participants(site, limit=500).rows:
        out[row.name] = sorted((dict(r.values) for r in ps.list_records(site, "contact", row.id)),
                               key=lambda v: v["at"])
    return out


@pytest.mark.parametrize(("suffix", "labels"), [(".csv", True), (".csv", False), (".xlsx", True), (".xlsx", False)])
def test_export_then_import_into_a_fresh_site_reproduces_the_records(filled, tmp_path, suffix, labels):
    site, _people = filled
    participants_file = tmp_path / f"participants{suffix}"
    contacts_file = tmp_path / f"contacts{suffix}"
    assert ex.export_list(site, "participants", participants_file, labels=labels).rows == 3
    assert ex.export_list(site, "contacts", contacts_file, labels=labels).rows == 3
    expected_people, expected_contacts = all_values(site), all_contacts(site)

    other, _key = sites.create_site(tmp_path / "fresh", "Other LEAD", "admin", ADMIN_PASSWORD, "Other Admin")
    try:
        for kind, path in (("participants", participants_file), ("contacts", contacts_file)):
            table = ex.read_table(path)
            mapping = ex.suggest_mapping(kind, table.headers)
            result = ex.run_import(other, table, mapping)
            assert result.committed, [r.reasons for r in result.report.rows]
            assert all(not r.warnings for r in result.report.rows)
        assert all_values(other) == expected_people
        assert all_contacts(other) == expected_contacts
        assert {r.lead_number[:5] for r in ps.list_participants(other).rows} == {"OTHE-"}  # the new site's numbers
        # The same files again: nothing new.
        for kind, path in (("participants", participants_file), ("contacts", contacts_file)):
            table = ex.read_table(path)
            again = ex.run_import(other, table, ex.suggest_mapping(kind, table.headers))
            assert again.created == 0
        assert rows_of(other) == 3 and rows_of(other, "contacts") == 3
    finally:
        other.close()


def test_reimporting_a_sites_own_export_finds_everyone_on_file(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.csv")
    result = ex.run_import(site, *(lambda t: (t, ex.suggest_mapping("participants", t.headers)))(
        ex.read_table(tmp_path / "p.csv")))
    assert result.created == 0 and result.report.count(ex.ON_FILE) == 3


def test_csv_exports_neutralise_formula_injection(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.csv")
    ex.export_list(site, "contacts", tmp_path / "c.csv")
    people = {r["Last name"]: r for r in read_csv(tmp_path / "p.csv")}
    assert people["Peña-García"]["Phone"] == "'+1 505 555 0101"
    assert people["Peña-García"]["Where to find them"].startswith("'=HYPERLINK(")
    assert people["Okafor"]["First name"] == "'@Ben"
    notes = [r["Note"] for r in read_csv(tmp_path / "c.csv")]
    assert "'-- called twice; no answer\n+ left a message" in notes and "'@court: not there" in notes
    for path in (tmp_path / "p.csv", tmp_path / "c.csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
            for cell in row:
                assert not cell or cell[0] not in X.FORMULA_TRIGGERS


def test_xlsx_exports_keep_text_as_text(filled, tmp_path):
    site, _people = filled
    ex.export_list(site, "participants", tmp_path / "p.xlsx", labels=False)
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["lead_number", "first_name", "middle_name"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert cells["+1 505 555 0101"].data_type == "s"
    formula_text = next(v for v in cells if v.startswith("=HYPERLINK"))
    assert cells[formula_text].data_type == "s"  # stored as a string, never run as a formula
    dobs = [row[header.index("dob")].value for row in sheet.iter_rows(min_row=2)]
    assert datetime(1979, 4, 12) in dobs  # a real date cell


def test_list_exports_are_audited_and_need_a_role_that_sees_records(filled, tmp_path, site_dir):
    site, _people = filled
    ex.export_list(site, "referrals", tmp_path / "r.csv")
    entry = audit_service.list_entries(site, limit=1)[0]
    assert (entry.action, entry.entity_type, entry.detail["rows"]) == (AuditAction.EXPORT.value, "referrals", 0)
    accounts.add_account(site, "pcg", "PCG Member", Role.VIEWER, "viewer pass phrase 1")
    site.close()
    viewer = site_helpers.sign_in(site_dir, "pcg", "viewer pass phrase 1")
    try:
        for call in (lambda: ex.export_list(viewer, "participants", tmp_path / "v.csv"),
                     lambda: ex.export_deidentified(viewer, tmp_path / "v.csv", "a long enough key"),
                     lambda: ex.export_hmis(viewer, tmp_path / "v.zip")):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        viewer.close()
    assert not (tmp_path / "v.csv").exists() and not (tmp_path / "v.zip").exists()


def test_a_cancelled_export_leaves_no_file(filled, tmp_path):
    site, _people = filled
    with pytest.raises(ex.ExportCancelled):
        ex.export_list(site, "participants", tmp_path / "p.csv", cancelled=lambda: True)
    with pytest.raises(ex.ExportCancelled):
        ex.export_hmis(site, tmp_path / "hmis.zip", details=DETAILS, cancelled=lambda: True)
    with pytest.raises(ex.ExportCancelled):
        ex.export_hmis(site, tmp_path / "hmis", cancelled=lambda: True)
    assert all(not ps.list_records(site, "disclosure", p.id) for p in ps.list_participants(site).rows)
    assert [p.name for p in tmp_path.iterdir() if p.name != "site"] == []  # (site: a local site's own folder)
