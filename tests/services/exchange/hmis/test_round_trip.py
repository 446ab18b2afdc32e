"""The demo site through the HMIS CSV FY2026 export and back (issue 17, part 5): an export an HMIS
importer loads without a problem, every coded value on its list, and an import of it into an empty
site that brings the same people, enrollments, exits and demographics."""

from __future__ import annotations

import pytest

from lead_desktop.domain.hmis import codes, spec
from lead_desktop.services import demo
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import site as sites
from tests.helpers.hmis_validator import validate_export
from tests.helpers.sites import signed_in
from tests.services.exchange.hmis.builders import people, read_tables

PASSWORD = "demo password 123"


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    """A demo site of 120 people and its HMIS export (made once for the module)."""
    from lead_desktop.storage import keyslots

    keyslots.force_kdf_cost_for_tests(10)  # the autouse fixture is function-scoped
    try:
        folder = tmp_path_factory.mktemp("demo") / "site"
        demo.create_demo(folder, PASSWORD, participants=120, seed=5)
        target = folder.parent / "hmis.zip"
        with signed_in(folder, "admin", PASSWORD) as site:
            result = ex.export_hmis(site, target)
            expected = people(site)
            consented = {p.id for p in ps.list_participants(site, limit=500).rows
                         if any("hmis" in c.values["recipient_kinds"] and c.extra["state"] in ("active", "expiring")
                                for c in ps.list_records(site, "consent", p.id))}
    finally:
        keyslots.force_kdf_cost_for_tests(None)
    return folder, target, result, expected, consented


def test_the_demo_sites_export_is_one_an_hmis_importer_loads(demo_export):
    _folder, target, result, _expected, consented = demo_export
    assert validate_export(target) == []
    assert result.included == len(consented) > 60 and result.left_out == 120 - len(consented)
    assert result.missing_subsidy == 0
    tables = read_tables(target)
    checked = 0
    for file_name, rows in tables.items():
        for row in rows:
            for column in spec.columns(file_name):
                list_name = spec.list_for(file_name, column, row)
                if list_name and row[column] != "":
                    assert codes.is_valid_code(list_name, row[column]), (file_name, column, row[column])
                    checked += 1
    assert checked > 2000
    assert {r["CurrentLivingSituation"] for r in tables["CurrentLivingSituation.csv"]} >= {"116", "101"}
    assert "435" in {r["Destination"] for r in tables["Exit.csv"]} | {r["LivingSituation"]
                                                                       for r in tables["Enrollment.csv"]} | {
        r["CurrentLivingSituation"] for r in tables["CurrentLivingSituation.csv"]}


def test_the_demo_export_imports_into_an_empty_site_as_the_same_people(demo_export, tmp_path):
    _folder, target, _result, expected, consented = demo_export
    other, _key = sites.create_site(tmp_path / "empty", "Empty LEAD", "admin", PASSWORD, "Admin")
    try:
        result = ex.import_hmis(other, target)
        assert result.committed and result.created == len(consented) and result.updated == 0
        got = people(other)
        assert set(got) <= set(expected) and len(got) == len(consented)
        assert {name: expected[name] for name in got} == got
        again = ex.import_hmis(other, target)
        assert (again.created, again.updated) == (0, 0)
        assert ps.list_participants(other).total == len(consented)
    finally:
        other.close()
