"""The `make bench` offline scenario's machinery, small, on the session's PostgreSQL server: a case
manager's copy filled, refreshed and its queue sent. Only that it works is checked here, never how fast."""

from __future__ import annotations

from benchmarks import offline_sync


def test_the_offline_scenario_fills_refreshes_and_sends_its_hundred_changes(pg_server):
    rows = {r["scenario"]: r for r in offline_sync.scenario(pg_server, participants=120, quiet=True)}

    assert set(rows) == {"offline_first_fill", "offline_refresh_100", "offline_send_100"}
    assert all(r["seconds"] > 0 and r["n"] == 120 for r in rows.values())
    assert rows["offline_send_100"]["target_seconds"] == 5.0  # the scenario raises unless all 100 arrived
