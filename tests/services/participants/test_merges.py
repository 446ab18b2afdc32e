"""Merging two records of one person and undoing it (services.participants.merges)."""

from __future__ import annotations

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from tests.services.participants.helpers import audit_entries, consent_values, days_ago, ids, moment, person
from tests.services.participants.test_records import KINDS


def _counts(site, participant_id: str) -> dict[str, int]:
    return {kind: len(ps.list_records(site, kind, participant_id)) for kind in ps.CHILD_KINDS}


def test_merge_then_undo_keeps_every_record(new_site):
    kept = person(new_site, "Robert", "Jones", dob="1975-05-05", aliases="Bobby", enrolled_on=days_ago(200))
    merged = person(new_site, "Bob", "Jonas", dob="1975-05-05", aliases="Preacher", enrolled_on=days_ago(100))
    for days in (30, 20):
        ps.add_record(new_site, "contact", kept.id, {"at": moment(-days)})
    for days in (15, 9, 4):
        ps.add_record(new_site, "contact", merged.id, {"at": moment(-days)})
    ps.add_record(new_site, "goal", merged.id, KINDS["goal"][0])
    consent = ps.add_record(new_site, "consent", merged.id, consent_values())
    ps.attach_consent_document(new_site, consent.id, "form.png", b"\x89PNG scan")
    ps.add_record(new_site, "housing", kept.id, KINDS["housing"][0])
    before = {pid: _counts(new_site, pid) for pid in (kept.id, merged.id)}
    assert before[kept.id]["contact"] == 2 and before[merged.id]["contact"] == 3

    info = ps.merge_participants(new_site, kept.id, merged.id)
    assert info.moved["contact"] == 3 and info.moved["participant_alias"] == 1 and not info.undone
    during = _counts(new_site, kept.id)
    assert during["contact"] == 5 and during["goal"] == 1 and during["consent"] == 1 and during["housing"] == 1
    assert _counts(new_site, merged.id) == {kind: 0 for kind in ps.CHILD_KINDS}
    assert ps.get_participant(new_site, kept.id).last_contact_at == moment(-4)
    assert merged.id not in ids(ps.list_participants(new_site))
    assert ps.get_participant(new_site, merged.id).merged_into_id == kept.id
    assert ids(ps.list_participants(new_site, query="bob jonas")) == [kept.id]
    assert ids(ps.list_participants(new_site, query="preacher")) == [kept.id]
    assert "Bob Jonas" in ps.get_participant(new_site, kept.id).values["aliases"]
    assert ps.find_duplicates(new_site, {"first_name": "Bob", "last_name": "Jonas"})[0].id == kept.id
    assert len(ps.consent_documents(new_site, consent.id)) == 1

    undone = ps.undo_merge(new_site, info.id)
    assert undone.undone and undone.id == info.id
    assert {pid: _counts(new_site, pid) for pid in (kept.id, merged.id)} == before
    assert set(ids(ps.list_participants(new_site))) == {kept.id, merged.id}
    assert ids(ps.list_participants(new_site, query="bob jonas")) == [merged.id]
    assert ids(ps.list_participants(new_site, query="preacher")) == [merged.id]
    assert ps.get_participant(new_site, kept.id).values["aliases"] == "Bobby"
    assert ps.get_participant(new_site, kept.id).last_contact_at == moment(-20)
    assert ps.get_participant(new_site, merged.id).last_contact_at == moment(-4)
    assert ps.get_participant(new_site, merged.id).merged_into_id is None
    assert [m.undone for m in ps.merges_for(new_site, merged.id)] == [True]
    with pytest.raises(ValidationError):
        ps.undo_merge(new_site, info.id)

    trail = [(e.action, e.entity_id, e.detail) for e in audit_entries(new_site)]
    assert (AuditAction.UPDATE.value, kept.id, {"merge": info.id, "merged": merged.id}) in trail
    assert (AuditAction.UPDATE.value, kept.id, {"undo_merge": info.id}) in trail
    assert audit_service.verify_chain(new_site).ok


def test_a_street_name_both_records_share_survives_an_edit_during_the_merge(new_site):
    kept = person(new_site, "Robert", "Jones", aliases="Slim")
    merged = person(new_site, "Bob", "Jonas", aliases="slim, Doc")
    info = ps.merge_participants(new_site, kept.id, merged.id)
    during = ps.get_participant(new_site, kept.id)
    assert during.values["aliases"] == "Slim, Doc, Bob Jonas"  # one "Slim", not two
    ps.update_participant(new_site, kept.id, {**during.values, "phone": "555-0100"})

    ps.undo_merge(new_site, info.id)
    assert ps.get_participant(new_site, kept.id).values["aliases"] == "Slim"
    assert ps.get_participant(new_site, merged.id).values["aliases"] == "slim, Doc"
    assert set(ids(ps.list_participants(new_site, query="slim"))) == {kept.id, merged.id}


def test_merge_refusals(new_site):
    one = person(new_site, "One", "Person")
    two = person(new_site, "Two", "Person")
    three = person(new_site, "Three", "Person")
    with pytest.raises(ValidationError) as caught:
        ps.merge_participants(new_site, one.id, one.id)
    assert "two different records" in caught.value.message
    ps.merge_participants(new_site, one.id, two.id)
    with pytest.raises(ValidationError):
        ps.merge_participants(new_site, three.id, two.id)  # already merged
    with pytest.raises(ValidationError):
        ps.merge_participants(new_site, two.id, three.id)  # into a merged record
    with pytest.raises(ps.RecordNotFound):
        ps.merge_participants(new_site, one.id, "no-such-id")
    assert set(ids(ps.list_participants(new_site))) == {one.id, three.id}
