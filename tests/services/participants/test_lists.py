"""The participant list (services.participants.lists): search, status, filters, sorting, paging, caseloads."""

from __future__ import annotations

import pytest

from lead_desktop.domain import participants as P
from lead_desktop.services import audit as audit_service
from lead_desktop.services import participants as ps
from lead_desktop.services import settings as settings_service
from tests.services.participants.helpers import add_staff, days_ago, ids, moment, participant_count, person


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


def test_status_follows_last_contact_and_the_inactive_setting(new_site):
    days = settings_service.get_settings(new_site)["inactive_after_days"]
    assert days == 90
    fresh = person(new_site, "Fresh", "Enrollment", enrolled_on=days_ago(10))
    stale = person(new_site, "Stale", "Enrollment", enrolled_on=days_ago(200))
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
    by_enrollment = person(new_site, "Never", "Contacted", enrolled_on=days_ago(age))
    by_contact = person(new_site, "Last", "Contacted", enrolled_on=days_ago(500))
    ps.add_record(new_site, "contact", by_contact.id, {"at": moment(-age, hours=3)})
    ps.add_record(new_site, "contact", by_contact.id, {"at": moment(-age + 2), "unable_to_locate": True})

    shown = {row.id: row.status for row in ps.list_participants(new_site).rows}
    active = set(ids(ps.list_participants(new_site, status="active")))
    inactive = set(ids(ps.list_participants(new_site, status="inactive")))
    no_contact = set(ids(ps.list_participants(new_site, no_contact_days=90)))
    for pid in (by_enrollment.id, by_contact.id):
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
    new = person(new_site, "New", "Enrollment", enrolled_on=days_ago(5))
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


def test_listing_and_searching_write_no_view_entries_but_opening_a_profile_does(new_site):
    rosa = person(new_site, "Rosa", "Parkes")
    entries = audit_service.count_entries(new_site)
    ps.list_participants(new_site, query="rosa")
    assert audit_service.count_entries(new_site) == entries
    ps.get_participant(new_site, rosa.id)
    ps.get_participant(new_site, rosa.id)
    assert audit_service.count_entries(new_site) == entries + 2


def test_a_bar_in_the_search_is_not_a_wildcard(new_site):
    from lead_desktop.services import participants as P

    P.create_participant(new_site, {"first_name": "Ada", "last_name": "Byron", "enrolled_on": "2025-01-01"},
                         reviewed_duplicates=True)
    assert P.list_participants(new_site, query="|").total == 1  # no term at all: everyone, as an empty box
    assert P.list_participants(new_site, query="zzz |").total == 0
