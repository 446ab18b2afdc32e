"""The `make bench` load scenario's machinery, small: two case-manager processes for three seconds
against the session's PostgreSQL server. Only that it works is checked here, never how fast."""

from __future__ import annotations

from benchmarks import server_load


def test_two_workers_search_and_save_with_nothing_lost(pg_server):
    report = server_load.scenario(pg_server, seconds=3, workers=2, participants=40, history_contacts=2,
                                  intake_every=0, editors=2, quiet=True)

    assert report.operations > 0
    assert report.count("search") > 0 and report.count("save") > 0
    assert report.count("open_profile") > 0 and report.edits > 0  # the optimistic-locking path took part
    assert report.errors == []
    assert report.check.lost_updates == 0
    assert report.check.silent_overwrites == 0
    assert report.check.duplicate_lead_numbers == 0
    assert report.check.audit_ok
    assert report.ok

    rows = {r["scenario"]: r for r in server_load.result_entries(report)}
    assert rows["server_total"]["count"] == report.operations
    assert rows["server_lost_updates"]["count"] == 0
