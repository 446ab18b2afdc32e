"""The Governance page driven with qtbot: rosters with expiring terms and empty seats in words and
color, adding organizations, people, bodies and members through the form dialogs, and what a
viewer sees."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.governance import GovernancePage
from lead_desktop.gui.widgets.tables import TONE_ROLE
from lead_desktop.services import governance as gov
from tests.services.governance.helpers import member, org
from tests.services.participants.helpers import add_staff, sign_in_as

from .conftest import answer, dialog_of, show, texts

TODAY = date.today()


def row_of(view, name: str) -> int:
    return texts(view, 0).index(name)


def test_roster_shows_expiring_terms_and_empty_seats_in_words_and_colour(qtbot, qtmodeltester, new_site, pcg):
    member(new_site, pcg.body.id, "Soon Gone", org(new_site, "County Council", "elected_office"),
           end=TODAY + timedelta(days=12))
    gov.end_membership(new_site, pcg.members["DA Bo"].id, TODAY - timedelta(days=1))
    page = show(qtbot, GovernancePage(new_site))
    tab = page.bodies_tab
    assert tab.title_label.text() == "Policy Coordinating Group"
    assert tab.summary_label.text().startswith("Decides by consensus, one voice per member agency")
    view = tab.roster_view
    row = row_of(view, "Soon Gone")
    state = view.model().index(row, 4)
    assert state.data() == "Term ends in 12 days" and state.data(TONE_ROLE) == "warning"
    assert view.model().index(row_of(view, "Chief Ada"), 4).data() == "Current"
    assert "DA Bo" not in texts(view, 0)  # an ended term leaves the roster
    assert tab.expiring_label.text() == "1 term ends within 60 days: Soon Gone (12 days)."
    assert tab.empty_seats_label.text() == "1 empty seat: Orleans Parish District Attorney (1)."
    assert tab.empty_seats_label.palette().color(tab.empty_seats_label.foregroundRole()).name() in ("#b00020", "#ff8a80")
    assert "Soon Gone on Policy Coordinating Group" in page.expiring_label.text()
    assert view.isColumnHidden(tab.CONFIDENTIALITY_COLUMN) and not view.isColumnHidden(tab.AUTHORITY_COLUMN)
    qtmodeltester.check(tab.roster_model)
    qtmodeltester.check(tab.seat_model)


def test_add_an_organization_a_person_a_body_and_a_member(qtbot, new_site):
    page = show(qtbot, GovernancePage(new_site))
    assert page.bodies_tab.title_label.text() == "No body yet"

    page.tab_widget.setCurrentWidget(page.organizations_tab)
    qtbot.mouseClick(page.organizations_tab.new_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "organization_dialog")
    qtbot.keyClicks(dialog.form.input("name"), "Harbor Housing")
    kind = dialog.form.input("kind")
    kind.setCurrentIndex(kind.findData("service_provider"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.organizations_tab.view, 0) == ["Harbor Housing"])
    assert texts(page.organizations_tab.view, 2) == ["Service provider"]

    # the same name again is refused next to the field, the dialog stays open
    qtbot.mouseClick(page.organizations_tab.new_button, Qt.MouseButton.LeftButton)
    again = dialog_of(qtbot, page, "organization_dialog")
    qtbot.keyClicks(again.form.input("name"), "harbor housing")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.isVisible() and again.form.problem("name") == "There is already an organization with this name."
    again.reject()

    page.tab_widget.setCurrentWidget(page.people_tab)
    qtbot.mouseClick(page.people_tab.new_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "person_dialog")
    qtbot.keyClicks(dialog.form.input("full_name"), "Ivy Navigator")
    orgs = dialog.form.input("organisation_id")
    orgs.setCurrentIndex(orgs.findText("Harbor Housing"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.people_tab.view, 0) == ["Ivy Navigator"])
    assert texts(page.people_tab.view, 1) == ["Harbor Housing"]

    page.tab_widget.setCurrentWidget(page.bodies_tab)
    tab = page.bodies_tab
    qtbot.mouseClick(tab.new_body_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "body_dialog")
    qtbot.keyClicks(dialog.form.input("name"), "OWG East")
    rule = dialog.form.input("rule")
    rule.setCurrentIndex(rule.findData("quorum_count"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem("quorum_count") == "A quorum by number needs the number of members."
    qtbot.keyClicks(dialog.form.input("quorum_count"), "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.title_label.text() == "OWG East")
    assert tab.summary_label.text().startswith("Operational Work Group. Quorum: 3 voting members.")

    qtbot.mouseClick(tab.add_member_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "membership_dialog")
    people = dialog.form.input("person_id")
    people.setCurrentIndex(people.findText("Ivy Navigator (Harbor Housing)"))
    dialog.form.input("term_end").setText((TODAY + timedelta(days=30)).isoformat())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(tab.roster_view, 0) == ["Ivy Navigator"])
    assert texts(tab.roster_view, 4) == ["Term ends in 30 days"]
    assert texts(tab.roster_view, 6) == ["Not signed"]  # an OWG member without a confidentiality agreement
    assert "Ivy Navigator on OWG East" in page.expiring_label.text()

    # end the term: confirmed; today is the last day, tomorrow they are off the roster
    tab.roster_view.selectRow(0)
    qtbot.mouseClick(tab.end_term_button, Qt.MouseButton.LeftButton)
    answer(qtbot, tab, "End term")
    qtbot.waitUntil(lambda: texts(tab.roster_view, 4) == ["Term ends today"])
    assert gov.list_memberships(new_site, tab.body.id)[0].term_end == TODAY
    assert gov.roster_data(new_site, tab.body.id, TODAY + timedelta(days=1)).members == ()


def test_a_viewer_reads_rosters_without_buttons_to_change_them(qtbot, new_site, site_dir, pcg):
    add_staff(new_site, "pcgviewer", Role.VIEWER)
    new_site.close()
    viewer = sign_in_as(site_dir, "pcgviewer")
    try:
        page = show(qtbot, GovernancePage(viewer))
        tab = page.bodies_tab
        assert tab.roster_model.rowCount() == 5
        for widget in (tab.new_body_button, tab.add_member_button, tab.end_term_button, tab.add_seat_button,
                       page.organizations_tab.new_button, page.people_tab.delete_button):
            assert not widget.isVisible()
        page.set_site(None)
        assert tab.roster_model.rowCount() == 0 and page.organizations_tab.model.rowCount() == 0
    finally:
        viewer.close()


def test_one_organizations_list_serves_governance_and_the_referrals_page(qtbot, new_site):
    from lead_desktop.gui.referrals import ReferralsPage

    page = show(qtbot, GovernancePage(new_site))
    page.tab_widget.setCurrentWidget(page.organizations_tab)
    qtbot.mouseClick(page.organizations_tab.new_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "organization_dialog")
    refers = dialog.form.input("refers_people")
    assert not refers.isChecked() and "Governance → Organizations" in dialog.intro.text()
    qtbot.keyClicks(dialog.form.input("name"), "Harbor Police Department")
    kind = dialog.form.input("kind")
    kind.setCurrentIndex(kind.findData("law_enforcement"))
    assert refers.isChecked()  # a police department refers people unless the person says otherwise
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.organizations_tab.view, 0) == ["Harbor Police Department"])
    assert texts(page.organizations_tab.view, 3) == ["Yes"]

    # Entered once: it is the Referrals page's referring agency too, and the referral form offers it.
    referrals = ReferralsPage(new_site)
    qtbot.addWidget(referrals)
    referrals.refresh()
    assert [referrals.agency_model.row_at(i).name for i in range(referrals.agency_model.rowCount())] == [
        "Harbor Police Department"]

    # A touched tick is left as the person set it.
    qtbot.mouseClick(page.organizations_tab.new_button, Qt.MouseButton.LeftButton)
    other = dialog_of(qtbot, page, "organization_dialog")
    other.form.input("refers_people").click()  # ticked, then not: the person decided
    other.form.input("refers_people").click()
    other.form.input("kind").setCurrentIndex(other.form.input("kind").findData("law_enforcement"))
    assert not other.form.input("refers_people").isChecked()
    other.reject()


def test_a_new_pcg_decides_by_consensus_and_a_new_member_brings_their_organization(qtbot, new_site):
    harbor = org(new_site, "Harbor Housing", "service_provider")
    police = org(new_site, "Harbor Police Department", "law_enforcement")
    ivy = gov.create_person(new_site, {"full_name": "Ivy Navigator", "organisation_id": harbor.id})
    dana = gov.create_person(new_site, {"full_name": "Dana Reyes", "organisation_id": police.id})
    page = show(qtbot, GovernancePage(new_site))
    tab = page.bodies_tab

    qtbot.mouseClick(tab.new_body_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "body_dialog")
    assert dialog.form.values()["rule"] == "quorum_share"
    kind = dialog.form.input("kind")
    kind.setCurrentIndex(kind.findData("pcg"))
    assert dialog.form.values()["rule"] == "consensus_one_voice_per_agency"  # the PCG's rule, chosen for them
    qtbot.keyClicks(dialog.form.input("name"), "Policy Coordinating Group")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.title_label.text() == "Policy Coordinating Group")

    qtbot.mouseClick(tab.add_member_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page, "membership_dialog")
    people, organization = dialog.form.input("person_id"), dialog.form.input("organisation_id")
    people.setCurrentIndex(people.findData(ivy.id))
    assert organization.currentData() == harbor.id  # filled in at once, not only after Save
    people.setCurrentIndex(people.findData(dana.id))
    assert organization.currentData() == police.id  # the next choice of person brings theirs
    organization.setCurrentIndex(organization.findData(harbor.id))  # chosen by hand …
    people.setCurrentIndex(people.findData(ivy.id))
    people.setCurrentIndex(people.findData(dana.id))
    assert organization.currentData() == harbor.id  # … stays
    dialog.reject()
