"""The shared fixtures give what they promise: `new_site`, a copy of a site made once per test process,
holds exactly what a site just made by create_site holds, and is open the same way."""

from __future__ import annotations

import stat
from dataclasses import replace

from sqlalchemy import func, select

from lead_desktop.services import participants
from lead_desktop.services import site as sites
from lead_desktop.storage import models as M
from tests.conftest import ADMIN_PASSWORD, SITE_NAME


def _contents(site) -> dict[str, object]:
    """Row counts of every table, the audit log's actions in order, and the settings by key."""
    with site.unit_of_work() as session:
        counts = {table.name: session.scalar(select(func.count()).select_from(table))
                  for table in M.Base.metadata.sorted_tables}
        actions = session.scalars(select(M.AuditEntry.action).order_by(M.AuditEntry.seq)).all()
        settings = {row.key for row in session.scalars(select(M.Setting))}
    return {"counts": counts, "audit": actions, "settings": settings}


def test_a_copied_new_site_holds_what_a_just_created_site_holds(new_site, site_dir, tmp_path):
    made, _recovery = sites.create_site(tmp_path / "made", SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")
    try:
        assert _contents(new_site) == _contents(made)
        assert new_site.actor == replace(made.actor, account_id=new_site.actor.account_id)
        assert new_site.site_name == made.site_name and new_site.lock.held and not new_site.closed
    finally:
        made.close()
    for name in ("site.db", "site.keys"):
        assert stat.S_IMODE((site_dir / name).stat().st_mode) == 0o600
    assert len(new_site.recovery_key) == 64 + 15  # 16 groups of four, with dashes


def test_each_test_gets_its_own_copy_that_signs_in_and_takes_writes(new_site, site_dir):
    person = participants.create_participant(new_site, {"first_name": "Ada", "last_name": "Copy", "enrolled_on": "2025-01-02"})
    new_site.close()
    again = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        assert [r.id for r in participants.list_participants(again).rows] == [person.id]
    finally:
        again.close()


def test_the_copy_before_did_not_leak_into_this_one(new_site):
    assert participants.list_participants(new_site).total == 0
