"""Child records of a participant through the service layer: the profile tabs, consents and their scans,
disclosures, merge and undo, and the Today page."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from tests.services.test_participants import (
    TODAY,
    add_staff,
    audit_entries,
    days_ago,
    ids,
    moment,
    person,
    sign_in_as,
)


def consent_values(**changes: object) -> dict:
    values = {
        "consent_type": "lead_multi_party",
        "sud": True,
        "disclosing_party": "LEAD case management",
        "recipients": "Police department\nProsecutor's office",
        "information": ["enrollment", "legal", "substance_use"],
        "purpose": "Coordinate services",
        "right_to_revoke_explained": True,
        "signer": "participant",
        "signed_on": days_ago(30),
        "expires_on": TODAY + timedelta(days=300),
    }
    values.update(changes)
    return values


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
        {"disclosed_on": days_ago(1), "recipient": "Public defender", "information": "Enrolment status",
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


# ----- consents and disclosures --------------------------------------------------------------------


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


def test_a_consent_scan_is_kept_inside_the_encrypted_database(new_site, site_dir):
    owner = person(new_site)
    consent = ps.add_record(new_site, "consent", owner.id, consent_values())
    marker = b"ZANZIBAR-SIGNED-FORM-" * 64
    scan = b"%PDF-1.4\n" + marker + bytes(range(256)) * 40
    before = {p.name for p in site_dir.rglob("*") if p.is_file()}

    info = ps.attach_consent_document(new_site, consent.id, "signed form.PDF", scan)
    assert (info.consent_id, info.media_type, info.size) == (consent.id, "application/pdf", len(scan))
    assert ps.consent_documents(new_site, consent.id) == [info]
    read_info, data = ps.read_consent_document(new_site, info.id)
    assert read_info == info and data == scan
    exports = [e for e in audit_entries(new_site) if e.action == AuditAction.EXPORT.value]
    assert [(e.entity_type, e.entity_id) for e in exports] == [("consent_document", info.id)]

    after = {p.name for p in site_dir.rglob("*") if p.is_file()}
    assert after - before <= {"site.db", "site.db-wal", "site.db-shm"}
    for path in site_dir.rglob("*"):
        if path.is_file():
            assert b"ZANZIBAR-SIGNED-FORM" not in path.read_bytes(), path.name


@pytest.mark.parametrize(
    "filename, size, words",
    [
        ("scan.pdf", ps.MAX_DOCUMENT_BYTES + 1, "larger than 20 MB"),
        ("scan.exe", 100, "PDF or an image"),
        ("scan.docx", 100, "PDF or an image"),
        ("scan", 100, "PDF or an image"),
        ("scan.png", 0, "empty"),
    ],
)
def test_a_wrong_scan_is_refused(new_site, filename, size, words):
    owner = person(new_site)
    consent = ps.add_record(new_site, "consent", owner.id, consent_values())
    with pytest.raises(ValidationError) as caught:
        ps.attach_consent_document(new_site, consent.id, filename, b"\x89PNG" + b"\0" * max(0, size - 4) if size else b"")
    assert words in caught.value.message
    assert ps.consent_documents(new_site, consent.id) == []


# ----- merge and undo --------------------------------------------------------------------------------


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


# ----- today page ------------------------------------------------------------------------------------


def test_today_page_shows_each_case_manager_their_own_day(new_site, site_dir):
    casey, robin = add_staff(new_site, "casey"), add_staff(new_site, "robin")

    def day_for(manager: str, tag: str) -> dict[str, str]:
        court = person(new_site, f"Court{tag}", "Soon", case_manager_id=manager)
        ps.add_record(new_site, "legal_case", court.id, {"jurisdiction": "Municipal Court", "next_court_at": moment(3)})
        ps.add_record(new_site, "contact", court.id, {"at": moment(-1)})
        consent = person(new_site, f"Consent{tag}", "Expiring", case_manager_id=manager)
        ps.add_record(new_site, "consent", consent.id, consent_values(expires_on=TODAY + timedelta(days=20)))
        stale = person(new_site, f"Stale{tag}", "Unseen", case_manager_id=manager, enrolled_on=days_ago(200))
        goal = person(new_site, f"Goal{tag}", "Due", case_manager_id=manager)
        ps.add_record(new_site, "goal", goal.id, {"goal": "Get a state ID", "set_on": days_ago(5),
                                                  "target_date": TODAY + timedelta(days=2)})
        # Things that are not for today: a court date next month, a consent good for a year, a goal achieved.
        quiet = person(new_site, f"Quiet{tag}", "Person", case_manager_id=manager)
        ps.add_record(new_site, "legal_case", quiet.id, {"jurisdiction": "District Court", "next_court_at": moment(30)})
        ps.add_record(new_site, "consent", quiet.id, consent_values())
        ps.add_record(new_site, "goal", quiet.id, {"goal": "Apply for SNAP", "status": "achieved",
                                                   "set_on": days_ago(9), "target_date": days_ago(1)})
        return {"court": court.id, "consent": consent.id, "stale": stale.id, "goal": goal.id, "quiet": quiet.id}

    expected = {"casey": day_for(casey, "C"), "robin": day_for(robin, "R")}
    new_site.close()

    for username, theirs in expected.items():
        cm = sign_in_as(site_dir, username)
        try:
            day = ps.today_page(cm)
            seen = {
                "court": [i.participant_id for i in day.court_dates],
                "consent": [i.participant_id for i in day.expiring_consents],
                "stale": [i.participant_id for i in day.not_contacted],
                "goal": [i.participant_id for i in day.goals_due],
            }
            assert seen == {key: [theirs[key]] for key in seen}, username
            assert day.inactive_after_days == 90
            assert day.court_dates[0].when == moment(3) and day.court_dates[0].what == "Municipal Court"
            assert day.goals_due[0].what == "Get a state ID"
            assert day.expiring_consents[0].when == TODAY + timedelta(days=20)
        finally:
            cm.close()


def test_court_dates_of_resolved_cases_are_not_flagged_or_listed(new_site):
    from datetime import datetime, timedelta

    from lead_desktop.services import participants as P

    person = P.create_participant(new_site, {"first_name": "Rosa", "last_name": "Quill", "enrolled_on": "2025-01-01",
                                             "case_manager_id": new_site.actor.account_id}, reviewed_duplicates=True)
    soon = datetime.now().replace(microsecond=0) + timedelta(days=2)
    case = P.add_record(new_site, "legal_case", person.id, {"jurisdiction": "District Court", "next_court_at": soon})
    assert "upcoming" in case.flags
    assert [i.participant_id for i in P.today_page(new_site).court_dates] == [person.id]
    assert P.list_participants(new_site, court_this_week=True).total == 1
    values = dict(case.values, status="resolved")
    resolved = P.update_record(new_site, "legal_case", case.id, values)
    assert "upcoming" not in resolved.flags
    assert P.today_page(new_site).court_dates == []
    assert P.list_participants(new_site, court_this_week=True).total == 0


def test_a_scan_must_be_the_file_type_it_claims(new_site, tmp_path):
    from datetime import date

    import pytest

    from lead_desktop.domain.errors import ValidationError
    from lead_desktop.services import participants as P

    person = P.create_participant(new_site, {"first_name": "Ivo", "last_name": "Pell", "enrolled_on": "2025-01-01"},
                                  reviewed_duplicates=True)
    consent = P.add_record(new_site, "consent", person.id, {
        "disclosing_party": "LEAD", "recipients": "Prosecutor", "information": ["legal"], "purpose": "coordination",
        "right_to_revoke_explained": True, "signed_on": date(2025, 1, 2), "expires_on": date(2027, 1, 2)})
    with pytest.raises(ValidationError):
        P.attach_consent_document(new_site, consent.id, "signed.pdf", b"MZ\x90\x00 not a pdf at all")
    assert P.consent_documents(new_site, consent.id) == []
    doc = P.attach_consent_document(new_site, consent.id, "signed.pdf", b"%PDF-1.4\n%real enough\n")
    assert doc.media_type == "application/pdf"


def test_a_bar_in_the_search_is_not_a_wildcard(new_site):
    from lead_desktop.services import participants as P

    P.create_participant(new_site, {"first_name": "Ada", "last_name": "Byron", "enrolled_on": "2025-01-01"},
                         reviewed_duplicates=True)
    assert P.list_participants(new_site, query="|").total == 1  # no term at all: everyone, as an empty box
    assert P.list_participants(new_site, query="zzz |").total == 0
