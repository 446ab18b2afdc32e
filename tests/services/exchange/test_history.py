"""Importing a site's history as one unit (services.exchange.history): one workbook or three files, all or
nothing, valid rows only with one rejected-rows file per input, dry run, Cancel, progress, the start day
kept as a site setting, who may do it, the audit log, and mappings saved by name."""

from __future__ import annotations

import csv
import shutil
from datetime import date

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import settings as settings_service
from tests.helpers import sites as site_helpers
from tests.services.exchange.helpers import HISTORY, counts, history_mapping, sample_history, statuses


def test_one_workbook_holds_the_three_sheets_found_by_their_names():
    book = HISTORY / "history.xlsx"
    files = ex.read_history(book, book, book)
    assert (files.people.sheet, files.referrals.sheet, files.contacts.sheet) == ("People", "Referrals", "Contacts")
    assert files.rows == 12 + 14 + 20
    assert files.contacts.rows[4].cells[6] == "Met at the shelter.\nWants help with housing."


def test_everything_or_nothing(new_site, tmp_path):
    folder = tmp_path / "h"
    shutil.copytree(HISTORY, folder)
    text = (folder / "contacts.csv").read_text(encoding="utf-8-sig").replace("04/01/2026 09:30", "04/31/2026 09:30")
    (folder / "contacts.csv").write_text(text, encoding="utf-8-sig")
    files = ex.read_history(folder / "people.csv", folder / "referrals.csv", folder / "contacts.csv")
    result = ex.run_history_import(new_site, files, history_mapping(files))
    assert not result.committed and not result.dry_run and counts(new_site) == (0, 0, 0)
    assert result.report.invalid == 1 and statuses(result.report, "contacts")[14] == ex.INVALID
    assert result.rejected_files == {}
    entry = audit_service.list_entries(new_site, limit=1)[0]
    assert entry.action == AuditAction.IMPORT.value and entry.entity_type == "history"
    assert entry.detail["outcome"] == "refused" and entry.detail["contacts"]["refused"] == 1
    assert settings_service.get_settings(new_site)["started_using_on"] == ""  # nothing kept, not even the day


def test_valid_only_writes_one_file_per_input_beside_each(new_site, tmp_path):
    folder = tmp_path / "h"
    shutil.copytree(HISTORY, folder)
    text = (folder / "people.csv").read_text(encoding="utf-8-sig").replace("09/09/1996", "09/99/1996")
    (folder / "people.csv").write_text(text, encoding="utf-8-sig")
    files = ex.read_history(folder / "people.csv", folder / "referrals.csv", folder / "contacts.csv")
    result = ex.run_history_import(new_site, files, history_mapping(files), valid_only=True)
    assert result.committed
    # H-005 (row 6) is refused, with R-05 and H-005's two contacts.
    assert dict(result.created) == {"people": 7, "referrals": 13, "contacts": 17}
    assert set(result.rejected_files) == {"people", "referrals", "contacts"}
    assert result.rejected_files["contacts"] == folder / "contacts-rejected.csv"
    with open(result.rejected_files["contacts"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Row"] for r in rows] == ["13", "14"] and all("H-005" in r["Reason"] for r in rows)


def test_a_dry_run_does_everything_and_keeps_nothing(new_site):
    files = sample_history()
    result = ex.run_history_import(new_site, files, history_mapping(files), dry_run=True)
    assert result.dry_run and not result.committed
    assert dict(result.created) == {"people": 8, "referrals": 14, "contacts": 19}
    assert counts(new_site) == (0, 0, 0)
    assert settings_service.get_settings(new_site)["started_using_on"] == ""
    assert audit_service.list_entries(new_site, limit=1)[0].detail["outcome"] == "dry_run"


def test_cancel_leaves_nothing_and_progress_reaches_the_end(new_site):
    files = sample_history()
    mapping = history_mapping(files)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ex.ImportCancelled):
        ex.run_history_import(new_site, files, mapping, progress=lambda d, t: seen.append((d, t)),
                              cancelled=lambda: len(seen) > 40)
    assert counts(new_site) == (0, 0, 0)
    assert audit_service.list_entries(new_site, limit=1)[0].detail["outcome"] == "cancelled"
    seen.clear()
    result = ex.run_history_import(new_site, files, mapping, progress=lambda d, t: seen.append((d, t)))
    assert result.committed and seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_the_first_import_keeps_the_start_day_and_the_person_may_choose_another(new_site, tmp_path):
    files = sample_history()
    assert ex.history_start(new_site) is None
    assert ex.default_start(new_site) == date.today()  # the day the site was made
    # From June 2026 on, today's rules: R-13 (an arrest diversion without an officer) is refused.
    result = ex.run_history_import(new_site, files, history_mapping(files), started_on=date(2026, 6, 1),
                                   valid_only=True, rejected_to=tmp_path)
    assert result.committed and result.report.sheet("referrals").invalid == 1
    assert set(result.rejected_files) == {"referrals"} and result.rejected_files["referrals"].parent == tmp_path
    assert ex.history_start(new_site) == date(2026, 6, 1)
    assert settings_service.get_settings(new_site)["started_using_on"] == "2026-06-01"
    settings_service.set_setting(new_site, "started_using_on", "2026-07-01")  # editable as any setting
    assert ex.default_start(new_site) == date(2026, 7, 1)
    with pytest.raises(ValidationError):
        settings_service.set_setting(new_site, "started_using_on", "next week")


def test_only_those_who_keep_the_screening_rules_import_a_history(new_site, site_dir):
    accounts.add_account(new_site, "cm", "Casey Manager", Role.CASE_MANAGER, "case manager password 1")
    new_site.close()
    files = sample_history()
    with site_helpers.signed_in(site_dir, "cm", "case manager password 1") as site:
        with pytest.raises(PermissionDenied):
            ex.check_history(site, files, history_mapping(files))


def test_a_history_mapping_is_saved_by_name_and_read_from_a_file(new_site, tmp_path):
    files = sample_history()
    mapping = history_mapping(files, status_words=(("Dormido", "inactive"),), import_identical_contacts=True)
    assert ex.save_history_mapping(new_site, "Our spreadsheets", mapping) == "Our spreadsheets"
    assert ex.history_mapping_names(new_site) == ["Our spreadsheets"]
    assert ex.load_history_mapping(new_site, "Our spreadsheets") == mapping
    assert [m.name for m in ex.list_mappings(new_site)] == []  # not offered to the one-file import
    path = tmp_path / "mapping.json"
    path.write_text(mapping.with_date_order(X.DAY_FIRST).to_json(), encoding="utf-8")
    assert ex.load_history_mapping(new_site, str(path)).date_order == X.DAY_FIRST
    with pytest.raises(ValidationError):
        ex.load_history_mapping(new_site, "nothing by this name")


def test_every_created_record_is_audited_and_the_chain_holds(new_site):
    files = sample_history()
    before = audit_service.count_entries(new_site)
    result = ex.run_history_import(new_site, files, history_mapping(files))
    entries = audit_service.list_entries(new_site, limit=audit_service.count_entries(new_site) - before)
    created = [e for e in entries if e.action == AuditAction.CREATE.value]
    kinds = {kind: sum(1 for e in created if e.entity_type == kind) for kind in ("participant", "referral", "contact")}
    assert kinds == {"participant": 8, "referral": 14, "contact": 19}
    assert all(e.detail["import_id"] == result.import_id for e in created if e.entity_type in kinds)
    assert audit_service.verify_chain(new_site).ok
