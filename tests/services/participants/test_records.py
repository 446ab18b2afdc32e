"""A participant's child records (services.participants.records): the profile tabs, consents,
disclosures."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from tests.services.participants.helpers import TODAY, audit_entries, consent_values, days_ago, moment, person

# kind → (values to add, one change to make, field that shows the change)
KINDS = {
    "contact": (
        {"at": moment(-2), "contact_type": "street", "location": "Bus station", "duration_minutes": "15",
         "note": "Talked about ID"},
        {"contact_type": "office", "duration_minutes": 30},
        "contact_type",
    ),
    "goal": (
        {"goal": "Get a state ID", "domain": "income_benefits", "set_on": days_ago(5),
         "target_date": TODAY + timedelta(days=30)},
        {"status": "achieved", "closed_on": TODAY},
        "status",
    ),
    "service": (
        {"service_type": "housing", "provider": "Harbor Housing", "referred_on": days_ago(3)},
        {"outcome": "1", "outcome_on": TODAY},
        "outcome",
    ),
    "housing": (
        {"effective_on": days_ago(20), "living_situation": "116"},
        {"living_situation": "435"},
        "living_situation",
    ),
    "legal_case": (
        {"jurisdiction": "Municipal Court", "case_number": "24-CR-1", "next_court_at": moment(12)},
        {"status": "warrant"},
        "status",
    ),
    "consent": (consent_values(), {"purpose": "Housing search"}, "purpose"),
    "disclosure": (
        {"disclosed_on": days_ago(1), "recipient": "Public defender", "information": "Enrollment status",
         "reason_without_consent": "Court order"},
        {"recipient": "Prosecutor's office"},
        "recipient",
    ),
    "assessment": (
        {"assessed_on": days_ago(4), "need_housing": "high", "need_legal": "low", "summary": "Sleeping outside"},
        {"need_housing": "moderate"},
        "need_housing",
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_child_record_round_trip(new_site, kind):
    values, change, field = KINDS[kind]
    owner = person(new_site, "Rosa", "Parkes", enrolled_on=days_ago(60))
    bystander = person(new_site, "Other", "Person", enrolled_on=days_ago(60))

    added = ps.add_record(new_site, kind, owner.id, values)
    listed = ps.list_records(new_site, kind, owner.id)
    assert [r.id for r in listed] == [added.id]
    assert ps.list_records(new_site, kind, bystander.id) == []
    stored = listed[0].values
    for name, value in values.items():
        if name == "duration_minutes":
            value = int(value)
        assert stored[name] == value, name

    updated = ps.update_record(new_site, kind, added.id, {**stored, **change})
    assert updated.values[field] == change[field]
    assert ps.list_records(new_site, kind, owner.id)[0].values[field] == change[field]

    ps.delete_record(new_site, kind, added.id)
    assert ps.list_records(new_site, kind, owner.id) == []
    with pytest.raises(ps.RecordNotFound):
        ps.update_record(new_site, kind, added.id, {**stored, **change})
    with pytest.raises(ps.RecordNotFound):
        ps.delete_record(new_site, kind, added.id)

    trail = [(e.action, e.entity_type, e.entity_id) for e in audit_entries(new_site)]
    for action in (AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE):
        assert (action.value, kind, added.id) in trail
    assert audit_service.verify_chain(new_site).ok


def test_bad_child_record_is_refused_and_nothing_is_saved(new_site):
    owner = person(new_site)
    entries = audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        ps.add_record(new_site, "contact", owner.id, {"at": "yesterday"})
    assert "at" in caught.value.problems and "Date and time" in caught.value.message
    with pytest.raises(FormInvalid) as caught:
        ps.add_record(new_site, "contact", owner.id, {"at": moment(2)})
    assert "cannot be in the future" in caught.value.problems["at"].message
    with pytest.raises(FormInvalid):
        ps.add_record(new_site, "goal", owner.id, {"goal": "ID", "set_on": TODAY, "target_date": days_ago(3)})
    with pytest.raises(ps.RecordNotFound):
        ps.add_record(new_site, "contact", "no-such-person", {"at": moment(-1)})
    assert ps.list_records(new_site, "contact", owner.id) == []
    assert ps.list_records(new_site, "goal", owner.id) == []
    assert audit_service.count_entries(new_site) == entries


def test_contacts_keep_last_contact_up_to_date(new_site):
    owner = person(new_site, enrolled_on=days_ago(300))
    last = lambda: ps.get_participant(new_site, owner.id).last_contact_at  # noqa: E731
    assert last() is None

    first = ps.add_record(new_site, "contact", owner.id, {"at": moment(-5)})
    assert last() == moment(-5)
    ps.add_record(new_site, "contact", owner.id, {"at": moment(-1), "unable_to_locate": "yes"})
    assert last() == moment(-5)  # looked for and not found: no contact
    older = ps.add_record(new_site, "contact", owner.id, {"at": moment(-20)})
    assert last() == moment(-5)
    ps.update_record(new_site, "contact", first.id, {**first.values, "at": moment(-3)})
    assert last() == moment(-3)
    ps.delete_record(new_site, "contact", first.id)
    assert last() == moment(-20)
    ps.update_record(new_site, "contact", older.id, {**older.values, "unable_to_locate": True})
    assert last() is None
    row = next(r for r in ps.list_participants(new_site).rows if r.id == owner.id)
    assert row.last_contact_at is None and row.status == "inactive"


def test_consent_states(new_site):
    owner = person(new_site)
    cases = {
        "expired": consent_values(signed_on=days_ago(400), expires_on=days_ago(1)),
        "expiring": consent_values(expires_on=TODAY + timedelta(days=30)),
        "expiring today": consent_values(expires_on=TODAY),
        "active": consent_values(expires_on=TODAY + timedelta(days=31)),
        "until an event": consent_values(expires_on=None, expiry_event="End of LEAD participation"),
        "revoked": consent_values(revoked_on=days_ago(1)),
    }
    made = {name: ps.add_record(new_site, "consent", owner.id, values) for name, values in cases.items()}
    states = {name: record.extra["state"] for name, record in made.items()}
    assert states == {"expired": "expired", "expiring": "expiring", "expiring today": "expiring", "active": "active",
                      "until an event": "active", "revoked": "revoked"}
    listed = {r.id: r for r in ps.list_records(new_site, "consent", owner.id)}
    assert listed[made["expired"].id].flags == {"expired"}
    assert listed[made["revoked"].id].extra["state"] == "revoked"
    assert listed[made["expired"].id].values["information"] == ["enrollment", "legal", "substance_use"]
    in_force = {r.id for r in ps.active_consents(new_site, owner.id)}
    assert in_force == {made[n].id for n in ("expiring", "expiring today", "active", "until an event")}


@pytest.mark.parametrize(
    "change, field",
    [
        ({"expires_on": None, "expiry_event": ""}, "expires_on"),
        ({"expires_on": days_ago(40)}, "expires_on"),  # before the date signed
        ({"recipients": " "}, "recipients"),
        ({"information": []}, "information"),
        ({"signer": "representative"}, "representative_name"),
        ({"right_to_revoke_explained": None}, "right_to_revoke_explained"),
    ],
)
def test_an_incomplete_consent_is_refused(new_site, change, field):
    owner = person(new_site)
    entries = audit_service.count_entries(new_site)
    with pytest.raises(FormInvalid) as caught:
        ps.add_record(new_site, "consent", owner.id, consent_values(**change))
    assert field in caught.value.problems
    assert ps.list_records(new_site, "consent", owner.id) == []
    assert audit_service.count_entries(new_site) == entries


def test_a_disclosure_needs_a_consent_or_a_reason(new_site):
    owner = person(new_site)
    other = person(new_site, "Other", "Person")
    consent = ps.add_record(new_site, "consent", owner.id, consent_values())
    foreign = ps.add_record(new_site, "consent", other.id, consent_values())
    base = {"disclosed_on": TODAY, "recipient": "Prosecutor's office", "information": "Engagement status"}

    with pytest.raises(ValidationError) as caught:
        ps.add_record(new_site, "disclosure", owner.id, base)
    assert caught.value.field == "reason_without_consent" and "without one" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        ps.add_record(new_site, "disclosure", owner.id, {**base, "consent_id": foreign.id})
    assert caught.value.field == "consent_id"
    assert ps.list_records(new_site, "disclosure", owner.id) == []

    under_consent = ps.add_record(new_site, "disclosure", owner.id, {**base, "consent_id": consent.id})
    with_reason = ps.add_record(new_site, "disclosure", owner.id, {**base, "reason_without_consent": "Court order"})
    assert {r.id for r in ps.list_records(new_site, "disclosure", owner.id)} == {under_consent.id, with_reason.id}
    with pytest.raises(ValidationError):
        ps.update_record(new_site, "disclosure", with_reason.id, {**with_reason.values, "reason_without_consent": ""})


def test_a_consent_that_was_not_in_force_does_not_cover_a_disclosure(new_site):
    owner = person(new_site)
    expired = ps.add_record(new_site, "consent", owner.id, consent_values(signed_on=days_ago(400),
                                                                          expires_on=days_ago(10)))
    revoked = ps.add_record(new_site, "consent", owner.id, consent_values(revoked_on=days_ago(5)))
    base = {"recipient": "Prosecutor's office", "information": "Engagement status"}

    for consent, day in ((expired, days_ago(1)), (revoked, days_ago(2)), (expired, days_ago(500))):
        with pytest.raises(ValidationError) as caught:
            ps.add_record(new_site, "disclosure", owner.id, {**base, "disclosed_on": day, "consent_id": consent.id})
        assert caught.value.field == "consent_id" and "not in force" in caught.value.message
    assert ps.list_records(new_site, "disclosure", owner.id) == []

    # Logged after the fact: the consent was in force on the day of the disclosure.
    before_expiry = ps.add_record(new_site, "disclosure", owner.id,
                                  {**base, "disclosed_on": days_ago(20), "consent_id": expired.id})
    before_revocation = ps.add_record(new_site, "disclosure", owner.id,
                                      {**base, "disclosed_on": days_ago(6), "consent_id": revoked.id})
    # A documented exception (e.g. a medical emergency) stays possible.
    excepted = ps.add_record(new_site, "disclosure", owner.id, {
        **base, "disclosed_on": days_ago(1), "consent_id": revoked.id, "reason_without_consent": "Medical emergency"})
    assert {r.id for r in ps.list_records(new_site, "disclosure", owner.id)} == {
        before_expiry.id, before_revocation.id, excepted.id}
