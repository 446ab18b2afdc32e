"""Optimistic locking through the services: a save based on an old version of a record reports both
versions instead of overwriting the newer one, and "keep mine" then saves over it knowingly.

"Someone else" is a second save of the same record made after the first person loaded it (the
services see only versions, so which window or laptop it came from does not matter here). Every
test runs on a laptop site and on a site on the test PostgreSQL server; the last ones are two
clients of one server site, as two laptops would be.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import EditConflict, KnownError, SavedAtTheSameTime
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import conflicts
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from lead_desktop.services import settings as settings_service
from lead_desktop.storage import models as M
from lead_desktop.storage.dberrors import known_error_for
from tests.services.governance.helpers import small_pcg
from tests.services.meetings.helpers import meeting
from tests.services.participants.helpers import TODAY, add_staff, days_ago, moment, person
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import SERVER_SITES
from tests.services.referrals.helpers import arrest, clear_answers

BOTH = pytest.mark.parametrize("backend", ["local", "server"], indirect=True)
SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)


def profile_values(detail: ps.ParticipantDetail, **changes: object) -> dict:
    return {**dict(detail.values), **changes}


# ----- the participant profile ---------------------------------------------------------------


@BOTH
def test_a_stale_profile_save_reports_both_versions_and_keeps_theirs(new_site):
    loaded = person(new_site, "Rosa", "Parkes", phone="555-0100")
    assert loaded.version == 1
    theirs = ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="555-0199"),
                                   expected_version=loaded.version)
    assert theirs.version == 2

    with pytest.raises(EditConflict) as caught:
        ps.update_participant(new_site, loaded.id, profile_values(loaded, where_to_find="Under the bridge"),
                              expected_version=loaded.version)
    conflict = caught.value
    assert isinstance(conflict, KnownError) and conflict.current_version == 2
    assert conflict.yours["Phone"] == "555-0100" and conflict.theirs["Phone"] == "555-0199"
    assert conflict.yours["Where to find them"] == "Under the bridge" and conflict.theirs["Where to find them"] == ""
    assert conflict.their_values["phone"] == "555-0199" and conflict.your_values["where_to_find"] == "Under the bridge"
    assert conflict.form is P.PARTICIPANT_FORM
    assert conflicts.changed_fields(conflict) == ["phone", "where_to_find"]  # in form order
    # The values stay out of the message (it may be logged or shown anywhere).
    assert "555" not in conflict.message and "bridge" not in conflict.message and conflict.params == {}
    assert "555" not in repr(conflict)

    stored = ps.get_participant(new_site, loaded.id)
    assert stored.values["phone"] == "555-0199" and stored.values["where_to_find"] is None and stored.version == 2

    # Keep mine: saving again over the version now saved is a deliberate choice, and it succeeds.
    mine = ps.update_participant(new_site, loaded.id, profile_values(loaded, where_to_find="Under the bridge"),
                                 expected_version=conflict.current_version)
    assert mine.version == 3
    assert mine.values["phone"] == "555-0100" and mine.values["where_to_find"] == "Under the bridge"
    # …and the other person's old version is now the stale one.
    with pytest.raises(EditConflict):
        ps.update_participant(new_site, loaded.id, dict(theirs.values), expected_version=theirs.version)


@BOTH
def test_a_stale_save_that_changes_nothing_they_saved_is_not_a_conflict(new_site):
    """Both people set the same values: nothing to choose between, nothing is lost."""
    loaded = person(new_site, "Rosa", "Parkes")
    ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="555-0199"), expected_version=1)
    again = ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="555-0199"), expected_version=1)
    assert again.values["phone"] == "555-0199"


@BOTH
def test_without_an_expected_version_the_save_is_unchecked(new_site):
    """Callers that do not edit a loaded form (imports, the command line) keep their old behaviour."""
    loaded = person(new_site, "Rosa", "Parkes")
    ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="1"), expected_version=1)
    saved = ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="2"))
    assert saved.values["phone"] == "2" and saved.version == 3


# ----- child records: contacts, consents, assessments, goals, housing, legal cases ------------------------

CHILDREN = {
    "contact": ({"at": moment(-2), "contact_type": "street", "note": "First note"},
                {"note": "Their note"}, {"note": "My note"}, "note"),
    "consent": ({"consent_type": "lead_multi_party", "disclosing_party": "LEAD case management",
                 "recipients": "Police department", "information": ["enrollment"], "purpose": "Coordinate",
                 "right_to_revoke_explained": True, "signer": "participant", "signed_on": days_ago(3),
                 "expires_on": TODAY + timedelta(days=300)},
                {"information": ["enrollment", "legal"]}, {"revoked_on": TODAY}, "information"),
    "assessment": ({"assessed_on": days_ago(1), "need_housing": "high"},
                   {"need_housing": "low"}, {"summary": "Needs ID first"}, "need_housing"),
    "goal": ({"goal": "Get a state ID", "set_on": days_ago(5)},
             {"status": "achieved", "closed_on": TODAY}, {"goal": "Get a state ID and a phone"}, "status"),
    "housing": ({"effective_on": days_ago(4), "living_situation": "116"},
                {"living_situation": "101"}, {"note": "Shelter bed"}, "living_situation"),
    "legal_case": ({"jurisdiction": "Orleans Parish", "status": "open", "case_number": "A-1"},
                   {"case_number": "A-2"}, {"charges": "Trespass"}, "case_number"),
}


@BOTH
@pytest.mark.parametrize("kind", sorted(CHILDREN))
def test_a_stale_child_record_save_is_a_conflict_and_keep_mine_wins_knowingly(new_site, kind):
    first, their_change, my_change, their_field = CHILDREN[kind]
    participant = person(new_site)
    loaded = ps.add_record(new_site, kind, participant.id, first)
    assert loaded.version == 1
    theirs = ps.update_record(new_site, kind, loaded.id, {**loaded.values, **their_change},
                              expected_version=loaded.version)
    assert theirs.version == 2

    mine = {**loaded.values, **my_change}
    with pytest.raises(EditConflict) as caught:
        ps.update_record(new_site, kind, loaded.id, mine, expected_version=loaded.version)
    conflict = caught.value
    assert conflict.current_version == 2
    assert their_field in conflicts.changed_fields(conflict)
    label = ps.CHILD_KINDS[kind].form[their_field].label
    assert conflict.yours[label] != conflict.theirs[label]
    stored = next(r for r in ps.list_records(new_site, kind, participant.id) if r.id == loaded.id)
    assert stored.values[their_field] == theirs.values[their_field], "the other person's save was overwritten"

    kept = ps.update_record(new_site, kind, loaded.id, mine, expected_version=conflict.current_version)
    assert kept.version == 3 and kept.values[their_field] == mine[their_field]


# ----- referrals: the referral, its intake, its outcome; agencies and officers -----------------------


@BOTH
def test_referral_edits_outcome_and_intake_are_version_checked(new_site):
    loaded = arrest(new_site)
    values = dict(loaded.values)
    theirs = rs.update_referral(new_site, loaded.id, {**values, "location": "Their corner"}, None,
                                expected_version=loaded.version)
    with pytest.raises(EditConflict) as caught:
        rs.update_referral(new_site, loaded.id, {**values, "location": "My corner"}, None,
                           expected_version=loaded.version)
    assert caught.value.theirs["Location"] == "Their corner" and caught.value.yours["Location"] == "My corner"
    assert rs.get_referral(new_site, loaded.id).values["location"] == "Their corner"

    # New screening answers replace stored ones the form does not show: any newer version is a conflict.
    with pytest.raises(EditConflict):
        rs.update_referral(new_site, loaded.id, {**values, "location": "Their corner"},
                           clear_answers("arrest_diversion"), expected_version=loaded.version)

    with pytest.raises(EditConflict) as caught:
        rs.set_outcome(new_site, loaded.id, "declined", TODAY, expected_version=loaded.version)
    assert caught.value.current_version == theirs.version
    assert rs.get_referral(new_site, loaded.id).outcome == "pending"
    declined = rs.set_outcome(new_site, loaded.id, "declined", TODAY, expected_version=theirs.version)
    assert declined.outcome == "declined" and declined.version == theirs.version + 1

    with pytest.raises(EditConflict):
        rs.record_intake(new_site, loaded.id, {"intake_completed_on": TODAY}, expected_version=theirs.version)
    done = rs.record_intake(new_site, loaded.id, {"intake_completed_on": TODAY}, expected_version=declined.version)
    assert done.intake["intake_completed_on"] == TODAY


@BOTH
def test_agency_and_officer_saves_are_version_checked(new_site):
    agency_id = rs.save_agency(new_site, {"name": "Harbour PD", "kind": "law_enforcement"})
    loaded = next(a for a in rs.list_agencies(new_site) if a.id == agency_id)
    rs.save_agency(new_site, {"name": "Harbour Police", "kind": "law_enforcement"}, agency_id,
                   expected_version=loaded.version)
    with pytest.raises(EditConflict) as caught:
        rs.save_agency(new_site, {"name": "Harbour PD", "kind": "law_enforcement", "note": "Mine"}, agency_id,
                       expected_version=loaded.version)
    assert caught.value.theirs["Name"] == "Harbour Police"
    assert next(a for a in rs.list_agencies(new_site) if a.id == agency_id).name == "Harbour Police"

    officer_id = rs.save_officer(new_site, {"name": "Officer Reyes", "agency_id": agency_id})
    officer = next(o for o in rs.list_officers(new_site) if o.id == officer_id)
    rs.save_officer(new_site, {"name": "Officer Reyes", "badge": "1", "agency_id": agency_id}, officer_id,
                    expected_version=officer.version)
    with pytest.raises(EditConflict):
        rs.save_officer(new_site, {"name": "Officer Reyes", "badge": "2", "agency_id": agency_id}, officer_id,
                        expected_version=officer.version)
    assert next(o for o in rs.list_officers(new_site) if o.id == officer_id).badge == "1"


# ----- governance and meetings -------------------------------------------------------------------------


@BOTH
def test_governance_records_are_version_checked(new_site):
    built = small_pcg(new_site)
    organization = built.orgs["hd"]
    gov.update_organization(new_site, organization.id, {**organization.values, "short_name": "CHD"},
                            expected_version=organization.version)
    with pytest.raises(EditConflict) as caught:
        gov.update_organization(new_site, organization.id, {**organization.values, "notes": "Mine"},
                                expected_version=organization.version)
    assert caught.value.theirs["Short name"] == "CHD" and caught.value.yours["Short name"] == ""

    body = built.body
    gov.update_body(new_site, body.id, {**body.values, "meets": "Monthly"}, expected_version=body.version)
    with pytest.raises(EditConflict):
        gov.update_body(new_site, body.id, {**body.values, "purpose": "Mine"}, expected_version=body.version)
    assert gov.get_body(new_site, body.id).meets == "Monthly"

    membership = built.members["DA Bo"]
    gov.update_membership(new_site, membership.id, {**membership.values, "role": "co_chair"},
                          expected_version=membership.version)
    with pytest.raises(EditConflict):
        gov.end_membership(new_site, membership.id, expected_version=membership.version)
    assert next(m for m in gov.list_memberships(new_site, body.id) if m.id == membership.id).term_end is None


@BOTH
def test_meetings_agenda_decisions_and_action_items_are_version_checked(new_site):
    built = small_pcg(new_site)
    loaded = meeting(new_site, built.body.id)
    values = dict(loaded.meeting.values)
    mt.update_meeting(new_site, loaded.id, {**values, "place": "Their room"}, expected_version=loaded.meeting.version)
    with pytest.raises(EditConflict) as caught:
        mt.update_meeting(new_site, loaded.id, {**values, "place": "My room"}, expected_version=loaded.meeting.version)
    assert caught.value.theirs["Place"] == "Their room"
    assert mt.get_meeting(new_site, loaded.id).meeting.place == "Their room"

    item = mt.add_agenda_item(new_site, loaded.id, {"title": "Protocol"})
    mt.update_agenda_item(new_site, item.id, {**item.values, "notes": "Theirs"}, expected_version=item.version)
    with pytest.raises(EditConflict):
        mt.update_agenda_item(new_site, item.id, {**item.values, "notes": "Mine"}, expected_version=item.version)

    action = mt.add_action_item(new_site, loaded.id, {"description": "Draft the protocol", "owner": "Chief Ada"})
    mt.update_action_item(new_site, action.id, {**action.values, "owner": "DA Bo"}, expected_version=action.version)
    with pytest.raises(EditConflict) as caught:
        mt.update_action_item(new_site, action.id, {**action.values, "due_on": TODAY}, expected_version=action.version)
    assert caught.value.theirs["Owner"] == "DA Bo" and caught.value.yours["Owner"] == "Chief Ada"
    kept = mt.update_action_item(new_site, action.id, {**action.values, "due_on": TODAY},
                                 expected_version=caught.value.current_version)
    assert kept.owner == "Chief Ada" and kept.due_on == TODAY


# ----- accounts and settings (Administration) -----------------------------------------------------------


@BOTH
def test_account_and_setting_saves_are_version_checked(new_site):
    staff_id = add_staff(new_site, "casey")
    loaded = next(a for a in accounts.list_accounts(new_site) if a.id == staff_id)
    accounts.update_account(new_site, staff_id, "Casey Jones", Role.CASE_MANAGER, expected_version=loaded.version)
    with pytest.raises(EditConflict) as caught:
        accounts.update_account(new_site, staff_id, loaded.display_name, Role.VIEWER, expected_version=loaded.version)
    assert caught.value.theirs == {"Name": "Casey Jones", "Role": "Case manager"}
    assert caught.value.yours == {"Name": "Casey", "Role": "Viewer"}
    assert next(a for a in accounts.list_accounts(new_site) if a.id == staff_id).role is Role.CASE_MANAGER

    versions = settings_service.get_setting_versions(new_site)
    assert versions["inactive_after_days"] == 0  # never saved: still the default
    settings_service.set_setting(new_site, "inactive_after_days", 60, expected_version=versions["inactive_after_days"])
    with pytest.raises(EditConflict) as caught:
        settings_service.set_setting(new_site, "inactive_after_days", 45,
                                     expected_version=versions["inactive_after_days"])
    assert caught.value.their_values == {"inactive_after_days": 60} and caught.value.current_version == 1
    assert settings_service.get_settings(new_site)["inactive_after_days"] == 60
    assert settings_service.set_setting(new_site, "inactive_after_days", 45, expected_version=1) == 45


# ----- the race between the check and the write -------------------------------------------------------


@BOTH
def test_a_write_over_a_row_changed_after_it_was_read_is_a_known_error(new_site):
    """The version in the UPDATE's WHERE clause: StaleDataError at flush becomes SavedAtTheSameTime."""
    loaded = person(new_site, "Rosa", "Parkes")
    table = M.Participant.__table__
    with pytest.raises(SavedAtTheSameTime) as caught:
        with new_site.unit_of_work() as session:
            row = session.get(M.Participant, loaded.id)
            # Another writer's UPDATE lands between this read and this write.
            session.execute(sa.update(table).where(table.c.id == loaded.id)
                            .values(row_version=table.c.row_version + 1))
            row.phone = "555-0100"
    assert isinstance(caught.value, EditConflict) and not caught.value.has_versions
    assert "Save again" in caught.value.message or "save again" in caught.value.message
    assert ps.get_participant(new_site, loaded.id).values["phone"] is None  # nothing half-saved
    assert isinstance(known_error_for(StaleDataError("x")), SavedAtTheSameTime)


# ----- two clients of one server site (two laptops) ---------------------------------------------------


@pytest.fixture
def second_client(new_site, site_dir):
    """Another window on the same server site, signed in separately (its own connection)."""
    from lead_desktop.services.server_site import sign_in_server

    other = sign_in_server(SERVER_SITES[site_dir], "admin", ADMIN_PASSWORD)
    yield other
    if not other.closed:
        other.close()


@SERVER
def test_two_clients_the_second_save_reports_the_conflict_and_both_versions_survive(new_site, second_client):
    loaded = person(new_site, "Rosa", "Parkes")
    same = ps.get_participant(second_client, loaded.id)  # both opened it at version 1
    ps.update_participant(second_client, loaded.id, profile_values(same, phone="555-0199"),
                          expected_version=same.version)
    with pytest.raises(EditConflict) as caught:
        ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="555-0111"),
                              expected_version=loaded.version)
    assert caught.value.your_values["phone"] == "555-0111" and caught.value.their_values["phone"] == "555-0199"
    assert ps.get_participant(new_site, loaded.id).values["phone"] == "555-0199"
    kept = ps.update_participant(new_site, loaded.id, profile_values(loaded, phone="555-0111"),
                                 expected_version=caught.value.current_version)
    assert ps.get_participant(second_client, loaded.id).values["phone"] == kept.values["phone"] == "555-0111"


@SERVER
def test_two_clients_a_save_landing_between_check_and_write_is_refused_by_the_database(new_site, second_client):
    """The race the version check cannot see: the other client commits after this one read the row. The
    UPDATE's WHERE row_version = … matches nothing, and the unit of work says so in plain words."""
    loaded = person(new_site, "Rosa", "Parkes")
    with pytest.raises(SavedAtTheSameTime):
        with new_site.unit_of_work() as session:
            row = session.get(M.Participant, loaded.id)
            assert row.row_version == loaded.version
            ps.update_participant(second_client, loaded.id, profile_values(loaded, phone="555-0199"),
                                  expected_version=loaded.version)
            row.phone = "555-0111"
    stored = ps.get_participant(new_site, loaded.id)
    assert stored.values["phone"] == "555-0199" and stored.version == loaded.version + 1
