"""The outbox (services.offline.outbox): what may change offline is kept as a queued operation in the same
transaction; everything else is refused there and leaves nothing behind."""

from __future__ import annotations

import json
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import NeedsServer, ValidationError
from lead_desktop.domain.roles import Role
from lead_desktop.services import governance, settings
from lead_desktop.services import participants as ps
from lead_desktop.services.exchange.files import SourceRow, SourceTable
from lead_desktop.services.offline import outbox, sync
from lead_desktop.storage import models as M
from tests.helpers.offline import contact, person

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.dates() | st.datetimes()
    | st.times() | st.binary(max_size=20) | st.decimals(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(values)
def test_arguments_survive_the_queue(value):
    assert outbox.decode(outbox.encode({"v": value})) == {"v": value}


def test_the_dataclasses_an_import_carries_survive_the_queue():
    table = SourceTable(Path("/tmp/contacts.csv"), "csv", ("Name", "When"),
                        (SourceRow(2, ("Ana", datetime(2024, 5, 1, 10, 30))),), "utf-8", ",")
    mapping = X.ColumnMapping(X.CONTACTS, (("Name", "participant"), ("When", "at")))
    out = outbox.decode(outbox.encode({"table": table, "mapping": mapping, "when": time(9), "n": Decimal("2.5")}))
    assert out == {"table": table, "mapping": mapping, "when": time(9), "n": Decimal("2.5")}
    with pytest.raises(TypeError):
        outbox.encode({"thing": object()})


def _queue(site) -> list[M.OfflineOperation]:
    with site.copy.unit_of_work() as session:
        return list(session.scalars(sa.select(M.OfflineOperation).order_by(M.OfflineOperation.seq)))


def test_a_change_offline_is_queued_with_its_ids_and_version(laptop):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        record = contact(site, someone.id, "under the bridge")
        changed = ps.update_record(site, "contact", record.id, {**record.values, "note": "by the river"},
                                   expected_version=record.version)
        ps.get_participant(site, someone.id)  # a view: audited in the copy, nothing to send
        first, second = _queue(site)
        assert (first.kind, first.target, first.expected_version, first.local_version) == \
            ("participants.add_record", record.id, None, 1)
        assert [row_id for _table, row_id in json.loads(first.payload)["ids"]] == [record.id]
        assert someone.id in json.loads(first.keys)
        assert (second.kind, second.target, second.expected_version, second.local_version) == \
            ("participants.update_record", record.id, 1, changed.version)
        assert outbox.decode(json.loads(second.payload)["arguments"])["values"]["note"] == "by the river"
        with site.copy.unit_of_work() as session:
            actions = session.scalars(sa.select(M.AuditEntry.action).order_by(M.AuditEntry.seq)).all()
        assert actions == ["create", "update", "view"]
    finally:
        site.close()


def test_what_cannot_be_queued_is_refused_offline_and_leaves_nothing(laptop):
    laptop.add("abe", Role.ADMINISTRATOR)
    kept, merged = person(laptop.admin, None), person(laptop.admin, None)
    site = laptop.sign_in("abe")
    try:
        sync.go_offline(site)
        before = governance.list_bodies(site)  # reading works on an administrator's copy
        with pytest.raises(NeedsServer) as refused:
            governance.create_body(site, {"name": "Policy Coordinating Group", "kind": "pcg"})
        assert refused.value.area == "governance"
        with pytest.raises(NeedsServer) as refused:
            settings.set_setting(site, "auto_lock_minutes", 20)
        assert refused.value.area == "settings"
        with pytest.raises(NeedsServer) as refused:  # not queued: the copy's unit of work refuses the change
            ps.merge_participants(site, kept.id, merged.id)
        assert refused.value.area == ""
        with pytest.raises(ValidationError):  # a refused form queues nothing either
            ps.add_record(site, "contact", kept.id, {"contact_type": "street"})
        assert governance.list_bodies(site) == before
        assert ps.get_participant(site, merged.id).merged_into_id is None
        assert int(site.setting("auto_lock_minutes")) == 15
        assert _queue(site) == []
    finally:
        site.close()


def test_a_participant_made_offline_has_no_number_until_it_is_sent(laptop):
    carla = laptop.add("carla")
    person(laptop.admin, carla)
    site = laptop.sign_in("carla")
    try:
        sync.go_offline(site)
        first, second = person(site, carla), person(site, carla)
        assert first.lead_number == "~sync-1" and second.lead_number == "~sync-2"
        assert all(ps.list_participants(site, limit=10).rows)
        report = sync.go_online(site)
        assert report.sent == 2 and report.waiting == 0
        numbers = {ps.get_participant(site, p.id).lead_number for p in (first, second)}  # read from the copy
        prefix = str(site.setting("participant_prefix"))
        assert numbers == {f"{prefix}-000002", f"{prefix}-000003"}
    finally:
        site.close()
