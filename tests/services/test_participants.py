"""Participants through the service layer: validation, LEAD numbers, duplicates, search, lists, roles, audit.

Child records, consents, merges and the Today page live in test_participants_records.py,
which borrows the small helpers defined here.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest

from tests.helpers import sites as site_helpers
from lead_desktop.domain import participants as P
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.fields import FormInvalid
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import settings as settings_service
from lead_desktop.services import site as sites

TODAY = date.today()
TEMPORARY_PASSWORD = "temporary pass 123"
OWN_PASSWORD = "my own pass phrase 456"


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def moment(days: int = 0, hours: int = 0) -> datetime:
    """Today at 10:00 shifted by whole days (and hours); never in the future for days < 0."""
    return datetime.combine(TODAY, datetime.min.time()) + timedelta(days=days, hours=10 + hours)


def person(site: sites.SiteSession, first: str | None = "Jon", last: str | None = "Smith", **values: object):
    """Create a participant (duplicates already reviewed) enrolled ten days ago unless told otherwise."""
    data = {"first_name": first, "last_name": last, "enrolled_on": days_ago(10), **values}
    return ps.create_participant(site, data, reviewed_duplicates=True)


def add_staff(site: sites.SiteSession, username: str, role: Role = Role.CASE_MANAGER) -> str:
    return accounts.add_account(site, username, username.title(), role, TEMPORARY_PASSWORD).id


def sign_in_as(folder, username: str) -> sites.SiteSession:
    """Sign in as a person added by add_staff, choosing their own password at first sign-in as the window does."""
    site = site_helpers.sign_in(folder, username, TEMPORARY_PASSWORD)
    assert site.actor.must_change_password
    accounts.change_own_password(site, TEMPORARY_PASSWORD, OWN_PASSWORD)
    assert not site.actor.must_change_password
    return site


def participant_count(site: sites.SiteSession) -> int:
    return ps.list_participants(site, limit=1).total


def ids(page: ps.ParticipantPage) -> list[str]:
    return [row.id for row in page.rows]


def audit_entries(site: sites.SiteSession) -> list[audit_service.AuditRow]:
    return audit_service.list_entries(site, limit=100000)


# ----- validation through the service -----------------------------------------------------------

VALID = {
    "first_name": "Rosa",
    "last_name": "Parkes",
    "dob": "1979-04-02",
    "enrolled_on": days_ago(30),
    "race_ethnicity": ["3"],
    "sex": "0",
}

BAD_PARTICIPANTS = {
    "impossible date": ("dob", {"dob": "2025-13-45"}),
    "words for a date": ("dob", {"dob": "yesterday"}),
    "impossible enrolment date": ("enrolled_on", {"enrolled_on": "2025-02-30"}),
    "birth date in the future": ("dob", {"dob": TODAY + timedelta(days=1)}),
    "enrolment date in the future": ("enrolled_on", {"enrolled_on": (TODAY + timedelta(days=3)).isoformat()}),
    "missing enrolment date": ("enrolled_on", {"enrolled_on": None}),
    "blank enrolment date": ("enrolled_on", {"enrolled_on": "   "}),
    "no first and no last name": ("last_name", {"first_name": "", "last_name": "  "}),
    "not collected combined with a race": ("race_ethnicity", {"race_ethnicity": ["99", "3"]}),
    "prefers not to answer combined with a race (CSV text)": ("race_ethnicity", {"race_ethnicity": "5;9"}),
    "exited without exit date": ("exit_date", {"status": "exited", "exit_reason": "moved_away"}),
    "exited without exit reason": ("exit_reason", {"status": "exited", "exit_date": days_ago(1)}),
    "exit before enrolment": (
        "exit_date",
        {"status": "exited", "exit_reason": "moved_away", "enrolled_on": days_ago(10), "exit_date": days_ago(20)},
    ),
    "status not in the list": ("status", {"status": "gone fishing"}),
}


def _assert_plain(err: FormInvalid, field: str) -> None:
    assert field in err.problems, err.problems
    label = P.PARTICIPANT_FORM[field].label
    assert label in err.message  # "Please correct the highlighted fields: Date of birth."
    for text in (err.message, err.problems[field].message):
        assert text.strip() and text.rstrip().endswith(".")
        assert "{" not in text and "Error" not in text and "Traceback" not in text and "None" not in text


@pytest.mark.parametrize("case", list(BAD_PARTICIPANTS), ids=list(BAD_PARTICIPANTS))
def test_bad_participant_is_refused_with_a_plain_message_and_nothing_is_saved(new_site, case):
    field, change = BAD_PARTICIPANTS[case]
    person(new_site, "Already", "There")
    people, entries = participant_count(new_site), audit_service.count_entries(new_site)

    with pytest.raises(FormInvalid) as caught:
        ps.create_participant(new_site, {**VALID, **change})
    _assert_plain(caught.value, field)

    assert participant_count(new_site) == people
    assert audit_service.count_entries(new_site) == entries


def test_bad_update_changes_nothing(new_site):
    saved = person(new_site, "Rosa", "Parkes", dob="1979-04-02")
    entries = audit_service.count_entries(new_site)
    values = dict(saved.values)

    with pytest.raises(FormInvalid) as caught:
        ps.update_participant(new_site, saved.id, {**values, "dob": "2025-13-45", "phone": "555-0100"})
    _assert_plain(caught.value, "dob")

    # Viewing audits one entry; nothing else was written.
    again = ps.get_participant(new_site, saved.id)
    assert again.values["dob"] == date(1979, 4, 2)
    assert again.values["phone"] is None
    assert audit_service.count_entries(new_site) == entries + 1


def test_several_problems_are_named_together(new_site):
    with pytest.raises(FormInvalid) as caught:
        ps.create_participant(new_site, {**VALID, "dob": "yesterday", "enrolled_on": None, "sex": "7"})
    assert set(caught.value.problems) == {"dob", "enrolled_on", "sex"}
    assert all(label in caught.value.message for label in ("Date of birth", "Enrolment date", "Sex"))


def test_a_viewer_cannot_be_made_a_case_manager(new_site):
    viewer = add_staff(new_site, "vera", Role.VIEWER)
    people = participant_count(new_site)
    with pytest.raises(ValidationError) as caught:
        ps.create_participant(new_site, {**VALID, "case_manager_id": viewer}, reviewed_duplicates=True)
    assert caught.value.field == "case_manager_id"
    assert participant_count(new_site) == people
    assert viewer not in [account_id for account_id, _ in ps.case_managers(new_site)]


# ----- LEAD numbers ---------------------------------------------------------------------------


def test_lead_numbers_are_prefix_and_six_digits_increasing_and_unique(new_site):
    prefix = settings_service.get_settings(new_site)["participant_prefix"]
    assert prefix == "ZANZ"  # from the site name "Zanzibar Harbour LEAD"
    made = [person(new_site, f"Person{i}", "Number") for i in range(5)]
    numbers = [p.lead_number for p in made]
    assert all(re.fullmatch(r"ZANZ-\d{6}", n) for n in numbers), numbers
    sequences = [int(n.split("-")[1]) for n in numbers]
    assert sequences == sorted(sequences) and len(set(numbers)) == len(numbers)
    assert sequences[0] == 1 and sequences == list(range(1, 6))


def test_a_new_prefix_applies_to_new_records_only(new_site):
    old = person(new_site, "Before", "Change")
    settings_service.set_setting(new_site, "participant_prefix", "nola")
    new = person(new_site, "After", "Change")

    assert old.lead_number == "ZANZ-000001"
    assert ps.get_participant(new_site, old.id).lead_number == "ZANZ-000001"
    assert new.lead_number == "NOLA-000002"
    assert ids(ps.list_participants(new_site, query="nola-000002")) == [new.id]
    assert ids(ps.list_participants(new_site, query="zanz")) == [old.id]


# ----- duplicates -------------------------------------------------------------------------------


def test_jon_and_john_smith_born_the_same_day_are_offered_before_saving(new_site):
    jon = person(new_site, "Jon", "Smith", dob="1980-01-02")
    people, entries = participant_count(new_site), audit_service.count_entries(new_site)
    john = {"first_name": "John", "last_name": "Smith", "dob": "01/02/1980", "enrolled_on": days_ago(1)}

    with pytest.raises(ps.DuplicatesFound) as caught:
        ps.create_participant(new_site, john)
    assert [m.id for m in caught.value.matches] == [jon.id]
    match = caught.value.matches[0]
    assert match.lead_number == jon.lead_number and match.name == "Jon Smith" and match.dob == date(1980, 1, 2)
    assert "same date of birth" in match.reasons and "similar name or alias" in match.reasons
    assert participant_count(new_site) == people and audit_service.count_entries(new_site) == entries

    second = ps.create_participant(new_site, john, reviewed_duplicates=True)
    assert second.id != jon.id and second.lead_number != jon.lead_number
    assert participant_count(new_site) == people + 1


def test_a_person_whose_alias_is_the_new_name_is_offered(new_site):
    marcus = person(new_site, "Marcus", "Brown", aliases="Tiny Tim, Slim")
    with pytest.raises(ps.DuplicatesFound) as caught:
        ps.create_participant(new_site, {"first_name": "Tiny", "last_name": "Tim", "enrolled_on": days_ago(1)})
    assert [m.id for m in caught.value.matches] == [marcus.id]
    assert "Tiny Tim" in caught.value.matches[0].aliases


def test_an_unrelated_person_born_the_same_day_is_not_offered(new_site):
    person(new_site, "Keisha", "Robinson", dob="1980-01-02")
    values = {"first_name": "John", "last_name": "Smith", "dob": "1980-01-02", "enrolled_on": days_ago(1)}
    assert ps.find_duplicates(new_site, values) == []
    created = ps.create_participant(new_site, values)  # no DuplicatesFound
    assert created.name == "John Smith"


# ----- search -----------------------------------------------------------------------------------


@pytest.fixture
def searchable(new_site):
    people = {
        "jose": person(new_site, "José", "García", aliases="Slim Jim"),
        "joan": person(new_site, "Joan", "Garcia-Lopez", aliases="Sunshine"),
        "tyrone": person(new_site, "Tyrone", "Walker", aliases="Doc"),
        "percent": person(new_site, "Ana", "Lima", aliases="Hundred%"),
    }
    return new_site, people


def test_search_finds_by_alias_number_and_folds_case_and_accents(searchable):
    site, people = searchable
    search = lambda q: set(ids(ps.list_participants(site, query=q)))  # noqa: E731
    jose, joan, tyrone = people["jose"].id, people["joan"].id, people["tyrone"].id

    assert search("slim") == {jose}
    assert search("SUNSHINE") == {joan}
    assert search("jose") == {jose}
    assert search("JOSÉ") == {jose}
    assert search("garcía") == {jose, joan}
    assert search("  garcia   jose ") == {jose}  # terms AND together
    assert search("garcia sunshine") == {joan}
    assert search("garcia walker") == set()
    number = people["tyrone"].lead_number
    assert search(number.split("-")[1]) == {tyrone}  # "000003"
    assert search(number.lower()) == {tyrone}
    assert ps.list_participants(site, query="garcia").total == 2


def test_search_treats_percent_and_underscore_literally(searchable):
    site, people = searchable
    assert participant_count(site) == 4
    assert ps.list_participants(site, query="%").total == 1  # only the alias with a real "%"
    assert ids(ps.list_participants(site, query="hundred%")) == [people["percent"].id]
    assert ps.list_participants(site, query="_").total == 0
    assert ps.list_participants(site, query="j_se").total == 0
    assert ps.list_participants(site, query="w%r").total == 0
    assert ps.list_participants(site, query="\\").total == 0


def test_very_long_search_input_is_capped_without_error(searchable):
    site, people = searchable
    assert ps.list_participants(site, query="x" * 100_000).total == 0
    # Capped to the first 100 characters and a few terms: the repeated term still finds José.
    assert ids(ps.list_participants(site, query="jose " * 5000)) == [people["jose"].id]
    assert ps.list_participants(site, query=" ".join(f"t{i}" for i in range(5000))).total == 0


# ----- lists ------------------------------------------------------------------------------------


def test_status_follows_last_contact_and_the_inactive_setting(new_site):
    days = settings_service.get_settings(new_site)["inactive_after_days"]
    assert days == 90
    fresh = person(new_site, "Fresh", "Enrolment", enrolled_on=days_ago(10))
    stale = person(new_site, "Stale", "Enrolment", enrolled_on=days_ago(200))
    seen = person(new_site, "Seen", "Lately", enrolled_on=days_ago(400))
    ps.add_record(new_site, "contact", seen.id, {"at": moment(-3)})
    lost = person(new_site, "Seen", "Long Ago", enrolled_on=days_ago(400))
    ps.add_record(new_site, "contact", lost.id, {"at": moment(-120)})
    # A search for someone only ever counts as a contact when they were found.
    looked = person(new_site, "Looked", "For", enrolled_on=days_ago(400))
    ps.add_record(new_site, "contact", looked.id, {"at": moment(-1), "unable_to_locate": True})
    gone = person(new_site, "Gone", "Away", status="exited", enrolled_on=days_ago(300), exit_date=days_ago(100),
                  exit_reason="moved_away")

    shown = {row.id: row.status for row in ps.list_participants(new_site).rows}
    assert shown == {fresh.id: "active", stale.id: "inactive", seen.id: "active", lost.id: "inactive",
                     looked.id: "inactive", gone.id: "exited"}
    assert ps.get_participant(new_site, stale.id).effective_status == "inactive"
    assert set(ids(ps.list_participants(new_site, status="inactive"))) == {stale.id, lost.id, looked.id}
    assert set(ids(ps.list_participants(new_site, status="active"))) == {fresh.id, seen.id}
    assert set(ids(ps.list_participants(new_site, status="exited"))) == {gone.id}

    settings_service.set_setting(new_site, "inactive_after_days", 365)
    assert set(ids(ps.list_participants(new_site, status="inactive"))) == {looked.id}
    assert ps.get_participant(new_site, stale.id).effective_status == "active"


@pytest.mark.parametrize("age", [88, 89, 90, 91, 92])
def test_status_filter_agrees_with_the_shown_status_at_the_boundary(new_site, age):
    by_enrolment = person(new_site, "Never", "Contacted", enrolled_on=days_ago(age))
    by_contact = person(new_site, "Last", "Contacted", enrolled_on=days_ago(500))
    ps.add_record(new_site, "contact", by_contact.id, {"at": moment(-age, hours=3)})
    ps.add_record(new_site, "contact", by_contact.id, {"at": moment(-age + 2), "unable_to_locate": True})

    shown = {row.id: row.status for row in ps.list_participants(new_site).rows}
    active = set(ids(ps.list_participants(new_site, status="active")))
    inactive = set(ids(ps.list_participants(new_site, status="inactive")))
    no_contact = set(ids(ps.list_participants(new_site, no_contact_days=90)))
    for pid in (by_enrolment.id, by_contact.id):
        expected = "inactive" if age >= 90 else "active"
        assert shown[pid] == expected
        assert (pid in inactive, pid in active) == (expected == "inactive", expected == "active")
        assert (pid in no_contact) == (expected == "inactive")


def test_my_caseload_and_case_manager_filter(new_site):
    me = new_site.actor.account_id
    other = add_staff(new_site, "casey")
    mine = {person(new_site, f"Mine{i}", "Caseload", case_manager_id=me).id for i in range(3)}
    theirs = {person(new_site, f"Theirs{i}", "Caseload", case_manager_id=other).id for i in range(2)}
    nobody = person(new_site, "Unassigned", "Person").id

    assert set(ids(ps.list_participants(new_site, mine=True))) == mine
    assert ps.list_participants(new_site, mine=True).total == 3
    assert set(ids(ps.list_participants(new_site, case_manager_id=other))) == theirs
    assert set(ids(ps.list_participants(new_site))) == mine | theirs | {nobody}
    assert {row.case_manager for row in ps.list_participants(new_site, case_manager_id=other).rows} == {"Casey"}


def test_no_contact_in_n_days(new_site):
    recent = person(new_site, "Recent", "Contact", enrolled_on=days_ago(400))
    ps.add_record(new_site, "contact", recent.id, {"at": moment(-10)})
    older = person(new_site, "Older", "Contact", enrolled_on=days_ago(400))
    ps.add_record(new_site, "contact", older.id, {"at": moment(-40)})
    new = person(new_site, "New", "Enrolment", enrolled_on=days_ago(5))
    exited = person(new_site, "Exited", "Long Ago", status="exited", enrolled_on=days_ago(400),
                    exit_date=days_ago(200), exit_reason="no_further_need")

    assert set(ids(ps.list_participants(new_site, no_contact_days=30))) == {older.id}
    assert set(ids(ps.list_participants(new_site, no_contact_days=7))) == {older.id, recent.id}
    assert exited.id not in ids(ps.list_participants(new_site, no_contact_days=1))
    assert new.id in ids(ps.list_participants(new_site, no_contact_days=1))


def test_court_date_this_week(new_site):
    soon = person(new_site, "Court", "Tomorrow")
    ps.add_record(new_site, "legal_case", soon.id, {"jurisdiction": "Municipal Court", "next_court_at": moment(1)})
    later = person(new_site, "Court", "Next Month")
    ps.add_record(new_site, "legal_case", later.id, {"jurisdiction": "District Court", "next_court_at": moment(20)})
    past = person(new_site, "Court", "Yesterday")
    ps.add_record(new_site, "legal_case", past.id, {"jurisdiction": "District Court", "next_court_at": moment(-1)})
    removed = person(new_site, "Court", "Removed")
    case = ps.add_record(new_site, "legal_case", removed.id, {"jurisdiction": "County Court", "next_court_at": moment(2)})
    ps.delete_record(new_site, "legal_case", case.id)

    assert ids(ps.list_participants(new_site, court_this_week=True)) == [soon.id]


@pytest.fixture
def sortable(new_site):
    names = [("Zoe", "Adams", "1990-05-01"), ("Ann", "Young", "1970-01-15"), ("Émile", "Baker", "1985-12-31"),
             ("Bob", "baker", "1960-07-04"), ("Carl", "Nguyen", "2000-02-29"), ("Dee", "Morris", "1975-03-03")]
    made = [person(new_site, first, last, dob=dob) for first, last, dob in names]
    return new_site, made


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["name", "lead_number", "dob"])
def test_sorting(sortable, sort, descending):
    site, made = sortable
    key = {
        "name": lambda d: (P.fold(f"{d.values['last_name']}, {d.values['first_name']}"), d.lead_number),
        "lead_number": lambda d: d.lead_number,
        "dob": lambda d: d.values["dob"],
    }[sort]
    expected = [d.id for d in sorted(made, key=key, reverse=descending)]
    got = ids(ps.list_participants(site, sort=sort, descending=descending))
    assert got == expected


def test_paging_is_stable_and_covers_everything(new_site):
    for i in range(7):
        person(new_site, "Sam", "Lee")  # identical names: the tie-break decides
    for i in range(16):
        person(new_site, f"Person{i:02d}", "Other" if i % 2 else "Lee", dob=f"19{60 + i}-01-01")
    everyone = set(ids(ps.list_participants(new_site, limit=500)))
    assert len(everyone) == 23
    for sort in ("name", "dob", "lead_number", "status", "last_contact", "case_manager"):
        for descending in (False, True):
            seen: list[str] = []
            for offset in range(0, 25, 5):
                page = ps.list_participants(new_site, sort=sort, descending=descending, limit=5, offset=offset)
                assert page.total == 23
                seen += ids(page)
            assert len(seen) == len(set(seen)) == 23, (sort, descending)
            assert set(seen) == everyone


def test_caseloads_against_the_standard(new_site):
    heavy, busy, light = add_staff(new_site, "heavy"), add_staff(new_site, "busy"), add_staff(new_site, "light")
    for i in range(26):
        person(new_site, f"Heavy{i}", "Load", case_manager_id=heavy)
    for i in range(21):
        person(new_site, f"Busy{i}", "Load", case_manager_id=busy)
    for i in range(3):
        person(new_site, f"Light{i}", "Load", case_manager_id=light)
    for i in range(4):  # exited people do not count
        person(new_site, f"Exited{i}", "Load", case_manager_id=light, status="exited", exit_date=days_ago(1),
               exit_reason="moved_away")

    rows = {row.case_manager_id: row for row in ps.caseloads(new_site)}
    assert (rows[heavy].active, rows[heavy].state) == (26, "over_maximum")
    assert (rows[busy].active, rows[busy].state) == (21, "over_average")
    assert (rows[light].active, rows[light].state) == (3, "ok")
    assert new_site.actor.account_id not in rows  # nobody on the administrator's caseload


# ----- roles --------------------------------------------------------------------------------------


def test_a_viewer_never_sees_participant_records(new_site, site_dir):
    rosa = person(new_site, "Rosa", "Parkes")
    other = person(new_site, "Other", "Person")
    consent = ps.add_record(new_site, "consent", rosa.id, {
        "disclosing_party": "LEAD", "recipients": "Police", "information": ["enrollment"], "purpose": "Coordination",
        "right_to_revoke_explained": True, "signed_on": days_ago(1), "expiry_event": "End of participation"})
    scan = ps.attach_consent_document(new_site, consent.id, "form.pdf", b"%PDF-1.4 signed")
    merge = ps.merge_participants(new_site, rosa.id, other.id)
    add_staff(new_site, "vera", Role.VIEWER)
    new_site.close()

    viewer = sign_in_as(site_dir, "vera")
    try:
        assert viewer.actor.role is Role.VIEWER
        refused = [
            lambda: ps.get_participant(viewer, rosa.id),
            lambda: ps.list_participants(viewer),
            lambda: ps.list_participants(viewer, query="rosa"),
            lambda: ps.today_page(viewer),
            lambda: ps.add_record(viewer, "contact", rosa.id, {"at": moment(-1)}),
            lambda: ps.list_records(viewer, "contact", rosa.id),
            lambda: ps.create_participant(viewer, VALID),
            lambda: ps.update_participant(viewer, rosa.id, dict(rosa.values)),
            lambda: ps.find_duplicates(viewer, VALID),
            lambda: ps.caseloads(viewer),
            lambda: ps.case_managers(viewer),
            lambda: ps.consent_documents(viewer, consent.id),
            lambda: ps.read_consent_document(viewer, scan.id),
            lambda: ps.attach_consent_document(viewer, consent.id, "form.pdf", b"%PDF-1.4"),
            lambda: ps.merges_for(viewer, rosa.id),
            lambda: ps.undo_merge(viewer, merge.id),
            lambda: ps.merge_preview(viewer, rosa.id, other.id),
            lambda: ps.delete_record(viewer, "consent", consent.id),
        ]
        for call in refused:
            with pytest.raises(PermissionDenied) as caught:
                call()
            assert "Viewer" in caught.value.message
    finally:
        viewer.close()


def test_a_case_manager_can_create_and_edit(new_site, site_dir):
    add_staff(new_site, "casey")
    new_site.close()
    cm = sign_in_as(site_dir, "casey")
    try:
        made = ps.create_participant(cm, {**VALID, "case_manager_id": cm.actor.account_id})
        changed = ps.update_participant(cm, made.id, {**made.values, "phone": "555-0199", "aliases": "Rosie"})
        assert changed.values["phone"] == "555-0199" and changed.values["aliases"] == "Rosie"
        contact = ps.add_record(cm, "contact", made.id, {"at": moment(-1), "note": "Met at the library"})
        assert contact.extra["staff_id"] == cm.actor.account_id
        assert ids(ps.list_participants(cm, mine=True)) == [made.id]
        assert ps.get_participant(cm, made.id).last_contact_at == moment(-1)
    finally:
        cm.close()


# ----- audit --------------------------------------------------------------------------------------


def test_views_and_changes_are_audited_with_ids_only(new_site):
    rosa = person(new_site, "Rosalind", "Quimby", aliases="Birdie", phone="555-0142")
    ps.update_participant(new_site, rosa.id, {**rosa.values, "last_name": "Quimbley"})
    contact = ps.add_record(new_site, "contact", rosa.id, {"at": moment(-1), "note": "Quimby at the bus station"})
    before_view = audit_service.count_entries(new_site)
    ps.get_participant(new_site, rosa.id)
    assert audit_service.count_entries(new_site) == before_view + 1

    entries = audit_entries(new_site)
    view = entries[0]
    assert (view.action, view.entity_type, view.entity_id) == (AuditAction.VIEW.value, "participant", rosa.id)
    assert view.actor == "admin"
    actions = {(e.action, e.entity_type, e.entity_id) for e in entries}
    assert (AuditAction.CREATE.value, "participant", rosa.id) in actions
    assert (AuditAction.UPDATE.value, "participant", rosa.id) in actions
    assert (AuditAction.CREATE.value, "contact", contact.id) in actions
    update = next(e for e in entries if e.action == AuditAction.UPDATE.value and e.entity_id == rosa.id)
    assert update.detail["fields"] == ["last_name"]  # which fields, never their values
    created = next(e for e in entries if e.action == AuditAction.CREATE.value and e.entity_id == contact.id)
    assert created.detail["participant"] == rosa.id

    text = json.dumps([[e.actor, e.entity_type, e.entity_id, e.detail] for e in entries]).casefold()
    for secret in ("rosalind", "quimby", "quimbley", "birdie", "555-0142", "bus station"):
        assert secret not in text
    assert audit_service.verify_chain(new_site).ok


def test_listing_and_searching_write_no_view_entries_but_opening_a_profile_does(new_site):
    rosa = person(new_site, "Rosa", "Parkes")
    entries = audit_service.count_entries(new_site)
    ps.list_participants(new_site, query="rosa")
    assert audit_service.count_entries(new_site) == entries
    ps.get_participant(new_site, rosa.id)
    ps.get_participant(new_site, rosa.id)
    assert audit_service.count_entries(new_site) == entries + 2


def test_opening_a_missing_record_is_a_known_error(new_site):
    with pytest.raises(ps.RecordNotFound):
        ps.get_participant(new_site, "no-such-id")
    assert participant_count(new_site) == 0
