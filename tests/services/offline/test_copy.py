"""What a laptop's working copy holds (services.offline.copy): a case manager's caseload and the lookups
their forms need, everything for a project manager, nothing for a viewer; filled once, then refreshed
from the server's change sequence with only what changed."""

from __future__ import annotations

import sqlalchemy as sa

from lead_desktop.domain.roles import Role
from lead_desktop.services import governance
from lead_desktop.services import participants as ps
from lead_desktop.services.offline import sync
from lead_desktop.storage import models as M
from lead_desktop.storage import working_copy
from tests.helpers.offline import contact, person
from tests.services.participants.helpers import consent_values


def _rows(site, model) -> set[str]:
    with site.copy.unit_of_work() as session:
        return set(session.scalars(sa.select(model.id)))


def test_a_case_managers_copy_holds_their_caseload_and_the_lookups_only(laptop):
    carla, other = laptop.add("carla"), laptop.add("otto")
    mine = person(laptop.admin, carla)
    theirs = person(laptop.admin, other)
    nobodys = person(laptop.admin, None)
    contact(laptop.admin, mine.id, "mine")
    contact(laptop.admin, theirs.id, "theirs")
    consent = ps.add_record(laptop.admin, "consent", mine.id, consent_values())
    ps.attach_consent_document(laptop.admin, consent.id, "form.pdf", b"%PDF-1.4 scan")
    ps.add_record(laptop.admin, "consent", theirs.id, consent_values())
    org = governance.create_organization(laptop.admin, {"name": "Harbour Police", "short_name": "HPD"}).id

    site = laptop.sign_in("carla")
    try:
        assert site.copy.scope == "caseload"
        assert _rows(site, M.Participant) == {mine.id}
        with site.copy.unit_of_work() as session:
            assert session.scalars(sa.select(M.Contact.note)).all() == ["mine"]
            assert session.scalars(sa.select(M.Consent.participant_id)).all() == [mine.id]
            assert len(session.scalars(sa.select(M.ConsentDocument.id)).all()) == 1
            assert {a.username for a in session.scalars(sa.select(M.Account))} >= {"admin", "carla", "otto"}
            assert all(key is None for key in session.scalars(sa.select(M.Account.account_key)))
            assert session.scalar(sa.select(sa.func.count()).select_from(M.AuditEntry)) == 0
        assert org in _rows(site, M.Organization)  # the one list of organizations: the referral form's agencies
        assert nobodys.id not in _rows(site, M.Participant)
    finally:
        site.close()


def test_a_project_managers_copy_holds_everything(laptop):
    laptop.add("pia", Role.PROJECT_MANAGER)
    carla = laptop.add("carla")
    people = {person(laptop.admin, carla).id, person(laptop.admin, None).id}
    org = governance.create_organization(laptop.admin, {"name": "Harbour Police", "short_name": "HPD"}).id
    site = laptop.sign_in("pia")
    try:
        assert site.copy.scope == "everything"
        assert _rows(site, M.Participant) == people
        assert org in _rows(site, M.Organization)
    finally:
        site.close()


def test_viewers_get_no_copy_and_an_old_one_is_removed(laptop):
    laptop.add("vera", Role.VIEWER)
    site = laptop.sign_in("vera")
    try:
        assert site.copy is None
        assert not working_copy.exists(laptop.copy_paths("vera"))
        assert not (laptop.folder / "offline").exists() or not any(
            p for p in (laptop.folder / "offline").iterdir() if p.is_dir())
    finally:
        site.close()


def test_refresh_brings_only_what_changed_and_follows_the_caseload(laptop):
    carla, other = laptop.add("carla"), laptop.add("otto")
    staying = person(laptop.admin, carla)
    leaving = person(laptop.admin, carla)
    contact(laptop.admin, leaving.id, "left with them")
    joining = person(laptop.admin, other)
    for n in range(3):
        contact(laptop.admin, joining.id, f"joined {n}")
    site = laptop.sign_in("carla")
    try:
        assert _rows(site, M.Participant) == {staying.id, leaving.id}
        assert sync.sync(site).received == 0  # nothing changed: nothing read

        changed = contact(laptop.admin, staying.id, "new on the server")
        detail = ps.get_participant(laptop.admin, leaving.id)
        ps.update_participant(laptop.admin, leaving.id, {**detail.values, "case_manager_id": other}, detail.version)
        detail = ps.get_participant(laptop.admin, joining.id)
        ps.update_participant(laptop.admin, joining.id, {**detail.values, "case_manager_id": carla}, detail.version)
        report = sync.sync(site)

        assert _rows(site, M.Participant) == {staying.id, joining.id}
        with site.copy.unit_of_work() as session:
            notes = set(session.scalars(sa.select(M.Contact.note)))
        assert notes == {"new on the server", "joined 0", "joined 1", "joined 2"}
        assert changed.id in _rows(site, M.Contact)
        # The new contact (and its participant's last-contact date), two participant rows, the joining
        # person's three contacts: the rest of the site was not read again.
        assert report.received <= 8
    finally:
        site.close()
